// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

namespace Sourceline {

/// A hand-built story in the shape extraction produces (the leaked-call story and its
/// aftermath): exact, month, week, ranged and undated events, seven people, three articles,
/// direct, partial and indirect quotes. Timeline tests use it so they do not depend on extraction.
[[nodiscard]] StoryGraph sampleStory();

/// count events over about two years, reproducible from seed: mostly exact days, some months,
/// ranges and undated events, labels of varied length, 12 people, 4 articles, quotes.
[[nodiscard]] StoryGraph generatedStory(int count, quint32 seed = 1);

/// One article and an event on each of the given days ("2024-03-26"; empty: undated), named
/// "Event 1", "Event 2", ... with ids e1, e2, ... in the order given.
[[nodiscard]] StoryGraph storyOfDates(const QStringList &dates);

} // namespace Sourceline
