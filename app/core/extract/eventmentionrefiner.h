// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "eventfinder.h"

namespace Sourceline {

/// Corrects the mentions found before they are grouped: the people on both sides of
/// "between", the place of a meeting, dates the finder left out or too coarse, and mentions
/// that tell no happening (a condition, the outlet itself, a clause inside another mention).
class EventMentionRefiner
{
public:
    static void addPeopleBetween(QList<EventMention> &mentions, const TextAnalysis &text, const EventPeople &people);
    static void addClausePlaces(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words);
    static void addPlacesPointedBack(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words);
    static void refineMentionTimes(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ResolvedTime> &times);
    static void dropConditional(QList<EventMention> &mentions, const TextAnalysis &text);
    static void dropNarratorClauses(QList<EventMention> &mentions, const TextAnalysis &text);
    static void dropCallVerbs(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words, const EventPeople &people);
    /// Drops an event noun that only modifies another event noun: "launch" in "a launch
    /// readiness briefing" names no launch.
    static void dropModifierNouns(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words);
    /// Sets each mention's status from the grammar that tells it, and drops the mentions of a
    /// happening denied ("did not meet") or only supposed ("if the talks fail").
    static void tellStatuses(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words);
    static void absorbInnerClauses(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words);
};

} // namespace Sourceline
