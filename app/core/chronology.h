// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

namespace Sourceline {

/// Puts the events of a whole story in order. Dated events are anchors (one earlier than
/// another when its latest possible day precedes the other's earliest); Event::after adds the
/// order the texts give. Ranks follow a topological order of these constraints, with the order
/// in which the articles tell events deciding where nothing else does. A cycle (the texts
/// contradict each other or the dates) is broken by dropping its weakest constraint, which is
/// reported in StoryGraph::problems. Undated events get a placement saying what holds them.
class Chronology
{
public:
    /// Sets Event::rank (0-based) and Event::placement; removes dropped constraints from Event::after.
    void rank(StoryGraph &story) const;
};

} // namespace Sourceline
