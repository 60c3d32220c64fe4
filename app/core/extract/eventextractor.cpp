// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventextractor.h"

#include "eventcoreference.h"
#include "eventfinder.h"
#include "eventlabels.h"
#include "eventlexicon.h"
#include "eventmentionrefiner.h"
#include "eventorder.h"
#include "eventpatterns.h"
#include "eventpeople.h"
#include "eventquotes.h"
#include "wordmatch.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
QList<TextRange> quoteRanges(const StoryGraph &graph, const TextAnalysis &text)
{
    QList<TextRange> ranges = quotedRanges(text);
    for (const Quote &quote : graph.quotes) {
        if (quote.kind != Quote::Kind::Indirect && quote.span.isValid()) {
            ranges.append(quote.span.range());
        }
    }
    return ranges;
}

// Without a named participant, the people named in the sentence that introduces an event
// (outside quotes) take part in it.
void addSentencePeople(QList<Event> &events, const QList<EventMention> &mentions, const TextAnalysis &text, const EventPeople &people)
{
    QList<bool> done(events.size(), false);
    for (const EventMention &m : mentions) {
        if (m.event < 0 || done[m.event] || m.insideQuote) {
            continue;
        }
        done[m.event] = true;
        Event &event = events[m.event];
        if (!event.participants.isEmpty() || m.sentence < 0 || m.sentence >= text.sentences.size()) {
            continue;
        }
        for (const EventPeople::Found &found : people.inRange(text.sentences[m.sentence].range)) {
            if (!event.participants.contains(found.id)) {
                event.participants.append(found.id);
            }
        }
    }
}

} // namespace

void addEvents(StoryGraph &graph, const TextAnalysis &text, const ArticleTimes &times)
{
    const EventPeople people(graph.people);
    const QList<TextRange> quotes = quoteRanges(graph, text);
    QList<EventMention> mentions = findEventMentions(text, times.words, times.times, people, quotes);
    const EventTriggers triggers(text, times.words);
    EventPatterns::addPhoneCalls(mentions, text, times, people, quotes, triggers);
    EventPatterns::addLaterSteps(mentions, text, times.words, quotes, triggers);
    EventMentionRefiner::addPeopleBetween(mentions, text, people);
    EventMentionRefiner::absorbInnerClauses(mentions, text, times.words);
    EventMentionRefiner::addClausePlaces(mentions, text, times.words);
    EventMentionRefiner::addPlacesPointedBack(mentions, text, times.words);
    EventMentionRefiner::refineMentionTimes(mentions, text, times.times);
    EventPatterns::addScheduled(mentions, text, times, quotes, triggers);
    EventPatterns::addRiverFloods(mentions, text, times, quotes, triggers);
    EventPatterns::addRevisions(mentions, text, times.words, quotes, triggers);
    EventMentionRefiner::dropNarratorClauses(mentions, text);
    EventMentionRefiner::dropConditional(mentions, text);
    EventMentionRefiner::dropCallVerbs(mentions, text, times.words, people);
    EventMentionRefiner::dropModifierNouns(mentions, text, times.words);
    EventMentionRefiner::tellStatuses(mentions, text, times.words);
    QList<Event> events = EventCoreference(text.text, times.times, times.articleId).cluster(mentions, graph.problems);
    // Quotes go by the people named as taking part, before the looser sentence cast is added.
    linkQuotesToEvents(graph.quotes, events, mentions, text);
    // Labels name only the people told as taking part, not the sentence's cast.
    QList<QStringList> named;
    named.reserve(events.size());
    for (const Event &event : std::as_const(events)) {
        named.append(event.participants);
    }
    addSentencePeople(events, mentions, text, people);
    EventLabels::nameSubjectlessClauses(events, mentions, text, times.words, people);
    EventLabels::nameStatementsBySpeaker(events, people);
    EventLabels::tidyLabels(events, named, text, times.words, people, graph.entities);
    orderEvents(events, mentions, times.words, text, times.times);
    graph.events += events;
}

} // namespace Sourceline
