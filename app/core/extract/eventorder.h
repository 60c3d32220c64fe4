// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../storygraph.h"
#include "eventfinder.h"

namespace Sourceline {

/// Reads the order cues of one article into Event::after (ids of events known to come first):
/// "A ... before B", "A after B", "A influenced / led to / prompted B", "B, ... later",
/// "previously" and the past perfect (before the dated event the narrative is at), plans being
/// arranged (after the event arranging them), a revised version (after what it revises), a report
/// (after what it reports) and a response (after the reports it answers). Days are not used
/// here (the chronology orders dated events itself), but times of one day are: "at 1:28 a.m."
/// comes after "shortly before 1 a.m." and before "on Tuesday afternoon".
void orderEvents(
    QList<Event> &events, const QList<EventMention> &mentions, const QList<ScannedWord> &words, const TextAnalysis &text, const QList<ResolvedTime> &times);

} // namespace Sourceline
