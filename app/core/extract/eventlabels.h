// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "eventfinder.h"

namespace Sourceline {

/// Finishes the labels of an article's events once they are grouped: a clause told without
/// its subject gets the person or thing that did it, and a statement is named by its speaker.
class EventLabels
{
public:
    static void nameSubjectlessClauses(
        QList<Event> &events, const QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words, const EventPeople &people);
    static void nameStatementsBySpeaker(QList<Event> &events, const EventPeople &people);
    /// Labels read like headlines: "Driscoll carried the plan", not "Army Secretary Dan Driscoll
    /// carried the plan" or "Met Russian officials"; "Ushakov call", not "Call"; no time stamp
    /// or connective ("By then") at the start, no empty topic ("Transcript on his").
    /// named: each event's participants as the text told them, before the sentence's cast.
    static void tidyLabels(QList<Event> &events, const QList<QStringList> &named, const TextAnalysis &text, const QList<ScannedWord> &words,
        const EventPeople &people, const QList<Entity> &entities);
};

} // namespace Sourceline
