// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventextractor.h"

#include "eventcoreference.h"
#include "eventfinder.h"
#include "eventorder.h"
#include "eventpeople.h"
#include "eventquotes.h"

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
    QList<EventMention> mentions = findEventMentions(text, times.words, times.times, people, quoteRanges(graph, text));
    QList<Event> events = EventCoreference(text.text, times.times, times.articleId).cluster(mentions, graph.problems);
    // Quotes go by the people named as taking part, before the looser sentence cast is added.
    linkQuotesToEvents(graph.quotes, events, mentions, text);
    addSentencePeople(events, mentions, text, people);
    orderEvents(events, mentions, times.words, text, times.times);
    graph.events += events;
}

} // namespace Sourceline
