// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "eventfinder.h"
#include "eventtriggers.h"
#include "timeexpressions.h"

namespace Sourceline {

/// Event mentions that whole sentence patterns tell, beyond the nouns and verbs the event
/// finder reads: a call told by its verb, a step told with "later", a scheduled happening, a
/// new version of a numbered document. Each adds mentions in text order.
class EventPatterns
{
public:
    static void addPhoneCalls(QList<EventMention> &mentions, const TextAnalysis &text, const ArticleTimes &times, const EventPeople &people,
        const QList<TextRange> &quotes, const EventTriggers &triggers);
    static void addLaterSteps(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words, const QList<TextRange> &quotes,
        const EventTriggers &triggers);
    static void addRiverFloods(
        QList<EventMention> &mentions, const TextAnalysis &text, const ArticleTimes &times, const QList<TextRange> &quotes, const EventTriggers &triggers);
    static void addScheduled(
        QList<EventMention> &mentions, const TextAnalysis &text, const ArticleTimes &times, const QList<TextRange> &quotes, const EventTriggers &triggers);
    static void addRevisions(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words, const QList<TextRange> &quotes,
        const EventTriggers &triggers);
};

} // namespace Sourceline
