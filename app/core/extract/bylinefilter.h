// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "peoplefinder.h"
#include "textanalysis.h"

namespace Sourceline {

/// The paragraphs that credit the writers: the byline near the top ("By Luis Ortega | June 6,
/// 2025", "Analysis by ...") and the credits that close a wire story ("(Reporting by ...;
/// Editing by ...)"); empty when there are none.
[[nodiscard]] QList<TextRange> creditParagraphs(const TextAnalysis &text);

/// Removes the people who are named only inside ranges (the writer of a byline is not someone
/// in the story), keeping ids, profiles and mentions of everyone else consistent.
void dropPeopleOnlyIn(PeopleResult &people, const QList<TextRange> &ranges);
/// The same for the people of one-word names written only inside ranges, whatever descriptors
/// were resolved to them (a title-case headline's capitalised verb is no person).
void dropOneWordNamesOnlyIn(PeopleResult &people, const QList<TextRange> &ranges);
/// The same for organisations and places: the agency of a byline is no actor of the story.
void dropEntitiesOnlyIn(PeopleResult &people, const QList<TextRange> &ranges);

} // namespace Sourceline
