// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

#include <memory>

namespace Sourceline {

/// Merges per-article graphs (each with local ids) into one story: the same person, event or
/// quote found in several articles becomes one node; ids are renumbered story-wide in
/// article order; events are then ranked chronologically.
[[nodiscard]] StoryGraph mergeStories(const QList<StoryGraph> &articleGraphs);

/// The same merge one article at a time, so that articles can be merged while later ones are
/// still being extracted. add() in article order, then finish() once.
class StoryMerger
{
public:
    StoryMerger();
    ~StoryMerger();
    StoryMerger(const StoryMerger &) = delete;
    StoryMerger &operator=(const StoryMerger &) = delete;

    void add(const StoryGraph &articleGraph);
    /// The merged story, ranked; the merger starts empty again.
    [[nodiscard]] StoryGraph finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace Sourceline
