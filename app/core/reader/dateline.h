// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QString>
#include <QStringView>

namespace Sourceline {

struct Article;

/// A wire dateline opening a story: "WASHINGTON, Nov. 25 (Harbor Wire) -",
/// "KYIV, Ukraine, Nov 26, 2025 (Reuters) —". Wires rarely write the year there. A release
/// names its distributor ("WICHITA, Kan., Jan. 8, 2024 /PRNewswire/ --",
/// "SEATTLE--(BUSINESS WIRE)--Jan. 26, 2024--") or brackets only its date ("WASHINGTON (Feb.
/// 6, 2024) —"), which gives no outlet.
struct Dateline
{
    int month = 0;
    int day = 0;
    int year = 0; ///< 0 when the dateline writes none
    QString outlet; ///< the agency in brackets

    [[nodiscard]] bool isValid() const { return month > 0 && day > 0; }

    /// The dateline at the start of paragraph, or an invalid one.
    [[nodiscard]] static Dateline parse(QStringView paragraph);

    /// The dateline among the first paragraphs of article, or an invalid one.
    [[nodiscard]] static Dateline find(const Article &article);

    /// Dates and credits an article that states no date of its own from the dateline in its
    /// first paragraphs. The year comes from the dateline, the article's address
    /// ("/2025/11/25/") or a copyright line; without one the article stays undated, as a
    /// guessed year would be worse than none.
    static void applyTo(Article &article);
};

} // namespace Sourceline
