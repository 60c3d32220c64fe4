// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventextractor.h"

#include "eventcoreference.h"
#include "eventfinder.h"
#include "eventorder.h"
#include "eventpeople.h"
#include "eventquotes.h"

#include <QRegularExpression>

#include <algorithm>

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

// "Trump spoke by telephone with Putin on Thursday", "Trump and Putin spoke by phone": a call
// told by its verb, with the people on either side of it and the time of its sentence.
void addPhoneCalls(
    QList<EventMention> &mentions, const TextAnalysis &text, const ArticleTimes &times, const EventPeople &people, const QList<TextRange> &quotes)
{
    static const QRegularExpression spoke(
        u"\\b(?:spoke|talked|speaks|talks|chatted|conferred)\\s+(?:by\\s+(?:tele)?phone|on\\s+the\\s+(?:tele)?phone|over\\s+the\\s+(?:tele)?phone|by\\s+video\\s*link)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression partner(u"^(?:\\s+for\\s+[^,.;]{0,40}?)?\\s+with\\b"_s, QRegularExpression::CaseInsensitiveOption);
    const auto inQuote
        = [&quotes](int position) { return std::any_of(quotes.cbegin(), quotes.cend(), [position](const TextRange &q) { return q.contains(position); }); };
    bool added = false;
    for (int s = 0; s < int(text.sentences.size()); ++s) {
        const TextRange sentence = text.sentences[s].range;
        const QStringView words = text.textOf(sentence);
        QRegularExpressionMatchIterator it = spoke.globalMatchView(words);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int verbStart = sentence.start + int(match.capturedStart());
            const int verbEnd = sentence.start + int(match.capturedEnd());
            if (inQuote(verbStart)) {
                continue;
            }
            EventMention m;
            m.verb = true;
            m.lemma = u"call"_s;
            m.eventClass = EventClass::Call;
            m.sentence = s;
            m.paragraph = text.sentences[s].paragraph;
            // The subject: the people named just before the verb ("Trump and Putin", "Trump").
            const QList<EventPeople::Found> before = people.inRange({sentence.start, verbStart});
            int start = verbStart;
            int named = 0;
            for (qsizetype b = before.size() - 1; b >= 0 && named < 2; --b) {
                if (before[b].range.end > start) {
                    continue; // the same words found for a second person form
                }
                ++named;
                const QStringView between = QStringView(text.text).mid(before[b].range.end, start - before[b].range.end).trimmed();
                const bool adjoining = between.isEmpty() || between == u"and" || (named == 1 && between.size() < 3);
                if (!adjoining) {
                    break;
                }
                if (!m.participants.contains(before[b].id)) {
                    m.participants.prepend(before[b].id);
                    m.participantNames.prepend(people.shortName(before[b].id));
                }
                start = before[b].range.start;
            }
            int end = verbEnd;
            if (const QRegularExpressionMatch with = partner.matchView(QStringView(text.text).mid(verbEnd, std::max(0, sentence.end - verbEnd)));
                with.hasMatch()) {
                const int from = verbEnd + int(with.capturedEnd());
                for (const EventPeople::Found &f : people.inRange({from, std::min(sentence.end, from + 60)})) {
                    if (!m.participants.contains(f.id)) {
                        m.participants.append(f.id);
                        m.participantNames.append(people.shortName(f.id));
                        end = f.range.end;
                    }
                    break;
                }
            }
            if (m.participants.isEmpty()) {
                continue;
            }
            m.range = {start, end};
            // The sentence's dated expression, the nearest to the verb.
            int best = -1;
            for (int t = 0; t < int(times.times.size()); ++t) {
                const ResolvedTime &time = times.times[t];
                if (!time.date.isDated() || !sentence.contains(time.mention.range.start) || time.mention.kind == TimeMention::Kind::Duration) {
                    continue;
                }
                if (best < 0 || std::abs(time.mention.range.start - verbEnd) < std::abs(times.times[best].mention.range.start - verbEnd)) {
                    best = t;
                }
            }
            m.time = best;
            const auto word
                = std::lower_bound(times.words.cbegin(), times.words.cend(), verbStart, [](const ScannedWord &w, int at) { return w.range.start < at; });
            m.headWord = int(word - times.words.cbegin());
            // A call already found by another rule ("Thursday's call" inside the same words) stays one.
            const bool known = std::any_of(mentions.cbegin(), mentions.cend(), [&m](const EventMention &other) {
                return other.sentence == m.sentence && other.eventClass == EventClass::Call && other.range.overlaps(m.range);
            });
            if (!known) {
                mentions.append(m);
                added = true;
            }
        }
    }
    if (added) {
        std::stable_sort(mentions.begin(), mentions.end(), [](const EventMention &a, const EventMention &b) { return a.range.start < b.range.start; });
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
    const QList<TextRange> quotes = quoteRanges(graph, text);
    QList<EventMention> mentions = findEventMentions(text, times.words, times.times, people, quotes);
    addPhoneCalls(mentions, text, times, people, quotes);
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
