// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "peoplewords.h"

#include <QSet>
#include <QString>

namespace Sourceline {

/// Tells runs of capitalised words that name places or storms rather than people: "the French
/// Broad River" (and so "the French Broad"), "Florida's Big Bend region", "Chimney Rock village",
/// "West Asheville", the "Fla." of "Perry, Fla.", "Hurricane Helene" (and so "Helene"), and
/// named days ("Labor Day", "Boxing Day") that look like a given name and a surname.
/// One pass over the article's words when built; each question after is a look-up.
class PlaceCues
{
public:
    enum class Kind { None, Place, Storm, NamedDay };

    explicit PlaceCues(const ArticleWords &words);

    /// What the run of words [first, end) names, when the article marks it as a place or storm.
    [[nodiscard]] Kind kindOf(qsizetype first, qsizetype end) const;

private:
    void scanRun(qsizetype first, qsizetype end);
    [[nodiscard]] QString keyOf(qsizetype first, qsizetype end) const;
    [[nodiscard]] bool isStormWord(qsizetype i) const;
    [[nodiscard]] bool isStateAbbreviation(qsizetype i) const;
    [[nodiscard]] bool isCompassPlace(qsizetype first, qsizetype end) const;
    [[nodiscard]] bool isSeat(qsizetype first) const;
    [[nodiscard]] bool isRomanceSite(qsizetype first, qsizetype end) const;

    const ArticleWords &w;
    QSet<QString> m_places; ///< lower-case names the article marks as places somewhere
    QSet<QString> m_storms; ///< lower-case storm names, with and without "Hurricane"
};

} // namespace Sourceline
