// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QDate>
#include <QStringView>

namespace Sourceline {

/// The calendar date in a publication date as news pages and feeds write it: ISO 8601 dates
/// and date-times ("2025-11-26", "2025-11-26T09:30:00+01:00"; the date as written, not moved
/// to UTC), "November 26, 2025", "Nov. 26, 2025", "26 November 2025", "Wednesday 26th of
/// November 2025", RFC 2822 ("Wed, 26 Nov 2025 10:00:00 +0000"), US numeric "11/26/2025" (day first after a time in GMT, BST, CET, IST ...: "04/03/2025 17:10
/// GMT") and "2025/11/26". Invalid when the text holds no complete date.
[[nodiscard]] QDate parsePublicationDate(QStringView text);

/// The date a news site writes into an article's address, the year, the month and the day each
/// a segment of the path: "https://site.example/news/2025/06/12/bus-lanes",
/// "https://site.example/world/2025/oct/26/louvre". Invalid when the path holds none.
[[nodiscard]] QDate dateInAddress(QStringView url);

/// 1..12 for a month name or its abbreviation ("Nov", "november", "Sept."), else 0.
[[nodiscard]] int monthNumber(QStringView name);

} // namespace Sourceline
