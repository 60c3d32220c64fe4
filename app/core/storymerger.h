// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

namespace Sourceline {

/// Merges per-article graphs (each with local ids) into one story: the same person, event or
/// quote found in several articles becomes one node; ids are renumbered story-wide in
/// article order; events are then ranked chronologically.
[[nodiscard]] StoryGraph mergeStories(const QList<StoryGraph> &articleGraphs);

} // namespace Sourceline
