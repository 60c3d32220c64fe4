// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../storygraph.h"
#include "textanalysis.h"
#include "timeexpressions.h"

namespace Sourceline {

/// The event stage of one article: finds event mentions, groups them into events with labels,
/// dates, participants (from graph.people) and sources, reads the order cues, and links the
/// quotes in graph.quotes to the events they were said in. Appends to graph.events.
void addEvents(StoryGraph &graph, const TextAnalysis &text, const ArticleTimes &times);

} // namespace Sourceline
