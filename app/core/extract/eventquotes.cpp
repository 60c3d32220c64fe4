// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventquotes.h"

#include <QHash>

#include <algorithm>

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
    for (const EventMention &m : mentions) {
        if (m.event < 0) {
            continue;
        }
        hosts[m.event] = hosts[m.event] || canHostWords(m);
        ++mentionCount[m.event];
    }
    const MentionGroups byParagraph(
        int(mentions.size()), [&mentions](int i) { return mentions[i].event < 0 ? std::nullopt : std::optional<int>(mentions[i].paragraph); });
    // Read through a const view (no detach check per event); the lists are reused per quote.
    const QList<Event> &told = events;
    QList<int> scores(events.size(), 0);
    QList<bool> venue(events.size(), false);
    QList<bool> near(events.size(), false);
    // The events that can host words, by the people named as taking part, in event order: a
    // quote's speaker then leads to the few events that name them, not through every event.
    QHash<QString, QList<int>> hostsNaming;
    for (int e = 0; e < int(told.size()); ++e) {
        if (!hosts[e]) {
            continue;
        }
        for (const QString &id : told[e].participants) {
            QList<int> &naming = hostsNaming[id];
            if (naming.isEmpty() || naming.last() != e) {
                naming.append(e);
            }
        }
    }
    QList<int> venues; // the events marked as the quote's venue, in the order found
    QList<int> candidates; // events the quote may belong to, in event order
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
        venues.clear();
        // "Trump has spoken to reporters aboard Air Force One ... he said": the day the speaker
        // is told to have spoken, earlier in the words' paragraph.
        QStringView saidOn;
        for (const int i : byParagraph.of(paragraph)) {
            const EventMention &m = mentions[i];
            if (quote.span.range().overlaps(m.range) || m.insideQuote) {
                continue;
            }
            near[m.event] = true;
            const bool sameSentence = m.sentence == sentence || m.sentence == cueSentence;
            if (m.venue && sameSentence && !venue[m.event]) {
                venue[m.event] = true;
                venues.append(m.event);
            }
            const Event &occasion = told[m.event];
            const bool toldBefore = m.range.start < quote.span.start;
            if (toldBefore && !hosts[m.event] && occasion.date.granularity == DateValue::Granularity::Day && !quote.speaker.isEmpty()
                && occasion.participants.contains(quote.speaker)) {
                saidOn = occasion.date.iso;
            }
        }
        int best = -1;
        // Only an event naming the speaker or marked as the venue can take the quote; they are
        // weighed in event order, as a walk through every event would.
        candidates.clear();
        if (!quote.speaker.isEmpty()) {
            if (const auto naming = hostsNaming.constFind(quote.speaker); naming != hostsNaming.cend()) {
                candidates += *naming;
            }
        }
        candidates += venues;
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (const int e : std::as_const(candidates)) {
            if (!hosts[e]) {
                continue;
            }
            const bool speaker = !quote.speaker.isEmpty() && told[e].participants.contains(quote.speaker);
            const bool addressee = !quote.addressee.isEmpty() && told[e].participants.contains(quote.addressee);
            if (!speaker && !venue[e]) {
                continue;
            }
            // Words said on another day than the event's were not said in it.
            if (!venue[e] && !saidOn.isEmpty() && told[e].date.granularity == DateValue::Granularity::Day && told[e].date.iso != saidOn) {
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
