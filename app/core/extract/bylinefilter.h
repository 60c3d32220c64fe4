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

enum class PeopleToDrop { Anyone, OneWordNames };

/// Removes the people who are named only inside ranges (the writer of a byline is not someone
/// in the story), keeping ids, profiles and mentions of everyone else consistent.
void dropPeopleOnlyIn(PeopleResult &people, const QList<TextRange> &ranges, PeopleToDrop which = PeopleToDrop::Anyone);
/// The same for organisations and places: the agency of a byline is no actor of the story.
void dropEntitiesOnlyIn(PeopleResult &people, const QList<TextRange> &ranges);

} // namespace Sourceline
