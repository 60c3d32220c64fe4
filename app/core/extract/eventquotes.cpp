// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventquotes.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
// Words are said in calls, meetings, interviews and replies, not in plans or attacks.
bool canHostWords(const EventMention &m)
{
    switch (m.eventClass) {
    case EventClass::Call:
    case EventClass::Meeting:
    case EventClass::Response:
        return true;
    case EventClass::Report:
        return m.lemma != u"report" && m.lemma != u"investigation" && m.lemma != u"leak";
    default:
        return false;
    }
}
} // namespace

void linkQuotesToEvents(QList<Quote> &quotes, QList<Event> &events, const QList<EventMention> &mentions, const TextAnalysis &text)
{
    QList<bool> hosts(events.size(), false);
    QList<int> mentionCount(events.size(), 0);
    QHash<int, QList<int>> byParagraph;
    for (int i = 0; i < int(mentions.size()); ++i) {
        const EventMention &m = mentions[i];
        if (m.event < 0) {
            continue;
        }
        hosts[m.event] = hosts[m.event] || canHostWords(m);
        ++mentionCount[m.event];
        byParagraph[m.paragraph].append(i);
    }
    // Read through a const view (no detach check per event); the lists are reused per quote.
    const QList<Event> &told = events;
    QList<int> scores(events.size(), 0);
    QList<bool> venue(events.size(), false);
    QList<bool> near(events.size(), false);
    for (Quote &quote : quotes) {
        if (!quote.span.isValid()) {
            continue;
        }
        const int sentence = text.sentenceAt(quote.span.start);
        const int cueSentence = quote.cue.isValid() ? text.sentenceAt(quote.cue.start) : -1;
        const int paragraph = sentence >= 0 ? text.sentences[sentence].paragraph : -1;
        scores.fill(0);
        venue.fill(false);
        near.fill(false);
        for (const int i : byParagraph.value(paragraph)) {
            const EventMention &m = mentions[i];
            if (quote.span.range().overlaps(m.range) || m.insideQuote) {
                continue;
            }
            near[m.event] = true;
            if (m.venue && (m.sentence == sentence || m.sentence == cueSentence)) {
                venue[m.event] = true;
            }
        }
        int best = -1;
        for (int e = 0; e < int(events.size()); ++e) {
            if (!hosts[e]) {
                continue;
            }
            const bool speaker = !quote.speaker.isEmpty() && told[e].participants.contains(quote.speaker);
            const bool addressee = !quote.addressee.isEmpty() && told[e].participants.contains(quote.addressee);
            if (!speaker && !venue[e]) {
                continue;
            }
            int score = (venue[e] ? 10 : 0) + (speaker ? 4 : 0) + (addressee ? 4 : 0) + (near[e] ? 2 : 0) + (told[e].date.isDated() ? 1 : 0);
            scores[e] = score;
            if (best < 0 || score > scores[best] || (score == scores[best] && mentionCount[e] > mentionCount[best])) {
                best = e;
            }
        }
        if (best >= 0) {
            quote.event = events[best].id;
            events[best].quotes.append(quote.id);
        }
    }
}

} // namespace Sourceline
