// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QDate>
#include <QString>

namespace Sourceline {

/// An ISO 8601 story date as readers write it, no more precise than the value:
/// "2025-10-14" → "October 14, 2025", "XXXX-10-14" → "October 14", "2025-10" → "October 2025",
/// "2025" → "2025". Anything else comes back unchanged. English, like the articles.
[[nodiscard]] QString readableDate(const QString &iso);
[[nodiscard]] QString readableDate(const QDate &date);

} // namespace Sourceline
