// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "peoplefinder.h"
#include "textanalysis.h"

namespace Sourceline {

/// The paragraph near the top that credits the writer ("By Luis Ortega | June 6, 2025",
/// "Reporting by ..."), or an empty range when there is none.
[[nodiscard]] TextRange bylineParagraph(const TextAnalysis &text);

/// Removes the people who are named only inside range (the writer of a byline is not someone
/// in the story), keeping ids, profiles and mentions of everyone else consistent.
void dropPeopleOnlyIn(PeopleResult &people, const TextRange &range);

} // namespace Sourceline
