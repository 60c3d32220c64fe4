// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "peoplewords.h"

#include <QList>

namespace Sourceline {

/// Words between a pair of quote marks within one paragraph.
struct QuotedSpan
{
    TextRange inner; ///< the quoted words without the marks and the blanks next to them
    int open = -1; ///< position of the opening mark
    int close = -1; ///< position of the closing mark; -1 when the paragraph ends first
    int paragraph = -1;
    bool single = false; ///< single marks at the outer level ('...' or ‘...’)
    bool continuesPrevious = false; ///< reopens a quote the previous paragraph left open
    bool continuesNext = false; ///< left open at the paragraph end and reopened by the next paragraph
};

/// Pairs quote marks paragraph by paragraph. Straight, curly, low-9 and guillemet marks pair
/// with each other in any mix; a mark opens when a word follows it and closes when a word
/// precedes it. Apostrophes, plural possessives ("the horses' carrots") and a stray mark at a
/// paragraph end never open a quotation. Single marks inside double ones are text.
class QuoteMarks
{
public:
    [[nodiscard]] static QList<QuotedSpan> find(const ArticleWords &words);
};

} // namespace Sourceline
