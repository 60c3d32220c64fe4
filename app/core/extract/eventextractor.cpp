// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventextractor.h"

#include "eventcoreference.h"
#include "eventfinder.h"
#include "eventorder.h"
#include "eventpeople.h"
#include "eventquotes.h"

#include <QRegularExpression>

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

// "a phone call between Steve Witkoff, the US special envoy, and Yuri Ushakov": the two named
// after "between" take part, whatever stands in apposition to them.
void addPeopleBetween(QList<EventMention> &mentions, const TextAnalysis &text, const EventPeople &people)
{
    static const QRegularExpression between(u"^[\\s,]*between\\b"_s, QRegularExpression::CaseInsensitiveOption);
    for (EventMention &m : mentions) {
        if ((m.eventClass != EventClass::Call && m.eventClass != EventClass::Meeting) || m.insideQuote || m.participants.size() >= 2 || m.sentence < 0
            || m.sentence >= text.sentences.size()) {
            continue;
        }
        const TextRange sentence = text.sentences[m.sentence].range;
        const QStringView rest = QStringView(text.text).mid(m.range.end, std::max(0, sentence.end - m.range.end));
        const QRegularExpressionMatch match = between.matchView(rest);
        if (!match.hasMatch()) {
            continue;
        }
        const int from = m.range.end + int(match.capturedEnd());
        const int andAt = int(rest.indexOf(u" and "_s, match.capturedEnd()));
        if (andAt < 0) {
            continue;
        }
        // The second person follows "and" within a few words; stop at the clause after it.
        const int to = std::min(sentence.end, m.range.end + andAt + 80);
        QStringList found;
        for (const EventPeople::Found &f : people.inRange({from, to})) {
            if (!found.contains(f.id)) {
                found.append(f.id);
            }
            if (found.size() == 2) {
                break;
            }
        }
        if (found.size() < 2) {
            continue;
        }
        for (const QString &id : std::as_const(found)) {
            if (!m.participants.contains(id)) {
                m.participants.append(id);
                m.participantNames.append(people.shortName(id));
            }
        }
    }
}

// "negotiators met in Geneva on Sunday": where a clause's meeting took place.
void addClausePlaces(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words)
{
    const auto wordAt = [&](int k) { return QStringView(text.text).mid(words[k].range.start, words[k].range.length()); };
    for (EventMention &m : mentions) {
        if (m.eventClass != EventClass::Meeting || !m.place.isEmpty() || m.clauseLabel.isEmpty() || m.headWord < 0) {
            continue;
        }
        for (int k = m.headWord + 1; k < m.headWord + 5 && k + 1 < int(words.size()); ++k) {
            if (words[k].kind == ScannedWord::Kind::Punctuation) {
                break;
            }
            const QStringView w = wordAt(k);
            if ((w == u"in" || w == u"at") && words[k + 1].capitalised && words[k + 1].kind == ScannedWord::Kind::Letters) {
                int end = k + 1;
                while (end < int(words.size()) && end < k + 5 && words[end].capitalised && words[end].kind == ScannedWord::Kind::Letters
                    && text.sentenceAt(words[end].range.start) == m.sentence) {
                    ++end;
                }
                const QString place = QStringView(text.text).mid(words[k + 1].range.start, words[end - 1].range.end - words[k + 1].range.start).toString();
                // "in January", "on Monday" are times, not places.
                static const QRegularExpression calendar(
                    u"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
                    u"Friday|Saturday|Sunday|The|A|An)\\b"_s);
                if (!calendar.match(place).hasMatch()) {
                    m.place = place;
                }
                break;
            }
        }
    }
}

// "Asked about the recording on Tuesday, the president defended his envoy": a dated clause
// told inside another mention is that mention's date, not a happening of its own.
void absorbInnerClauses(QList<EventMention> &mentions)
{
    QList<bool> absorbed(mentions.size(), false);
    for (int c = 0; c < int(mentions.size()); ++c) {
        const EventMention &clause = mentions[c];
        if (clause.clauseLabel.isEmpty() || !clause.verb) {
            continue;
        }
        for (int o = 0; o < int(mentions.size()); ++o) {
            EventMention &outer = mentions[o];
            if (o == c || absorbed[o] || !outer.clauseLabel.isEmpty() || outer.sentence != clause.sentence || clause.range.start < outer.range.start
                || clause.range.end > outer.range.end) {
                continue;
            }
            if (outer.time < 0) {
                outer.time = clause.time;
            }
            absorbed[c] = true;
            break;
        }
    }
    QList<EventMention> kept;
    kept.reserve(mentions.size());
    for (int i = 0; i < int(mentions.size()); ++i) {
        if (!absorbed[i]) {
            kept.append(mentions[i]);
        }
    }
    mentions = kept;
}

// "Dmitry Peskov, the Kremlin spokesman, told reporters on Monday": the clause lost its subject
// to the apposition; the person named in its sentence made the statement.
void nameStatementsBySpeaker(QList<Event> &events, const EventPeople &people)
{
    static const QRegularExpression speechFirst(u"^(?:Told|Tells|Asked|Asks|Said|Says|Warned|Statement|Warning)\\b"_s);
    for (Event &event : events) {
        if (event.participants.isEmpty() || !speechFirst.match(event.label).hasMatch()) {
            continue;
        }
        QString label = event.label;
        label[0] = label[0].toLower();
        if (const QString named = EventCoreference::statementLabel(label, {people.shortName(event.participants.first())}); !named.isEmpty()) {
            event.label = named;
        }
    }
}
} // namespace

void addEvents(StoryGraph &graph, const TextAnalysis &text, const ArticleTimes &times)
{
    const EventPeople people(graph.people);
    QList<EventMention> mentions = findEventMentions(text, times.words, times.times, people, quoteRanges(graph, text));
    addPeopleBetween(mentions, text, people);
    absorbInnerClauses(mentions);
    addClausePlaces(mentions, text, times.words);
    QList<Event> events = EventCoreference(text.text, times.times, times.articleId).cluster(mentions, graph.problems);
    // Quotes go by the people named as taking part, before the looser sentence cast is added.
    linkQuotesToEvents(graph.quotes, events, mentions, text);
    addSentencePeople(events, mentions, text, people);
    nameStatementsBySpeaker(events, people);
    orderEvents(events, mentions, times.words, text, times.times);
    graph.events += events;
}

} // namespace Sourceline
