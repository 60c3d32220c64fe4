// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "textanalysis.h"
#include "timewords.h"

#include <QList>

namespace Sourceline {

/// Sentence by sentence, which trigger words of the event patterns it has ("spoke", "later",
/// "due", "points", "banks"), read in one pass over the scanned words. A pattern's regular expression
/// needs its trigger word, so a sentence without one is skipped at the cost of a bit test.
class EventTriggers
{
public:
    enum Trigger : quint8 {
        CallVerb = 1, ///< spoke, talked, called, rang ... in any case
        OrderWord = 2, ///< later, then, eventually ... as written
        ScheduleWord = 4, ///< due, scheduled, set, expected, slated, as written
        CountUnit = 8, ///< points, articles, clauses, pages, in any case
        RiverBanks = 16, ///< banks, as written
    };

    EventTriggers(const TextAnalysis &text, const QList<ScannedWord> &words);

    [[nodiscard]] bool has(int sentence, Trigger trigger) const { return sentence >= 0 && sentence < m_bits.size() && (m_bits[sentence] & trigger); }

private:
    QList<quint8> m_bits;
};

} // namespace Sourceline
