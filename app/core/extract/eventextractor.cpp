// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventextractor.h"

#include "eventcoreference.h"
#include "eventfinder.h"
#include "eventlexicon.h"
#include "eventorder.h"
#include "eventpeople.h"
#include "eventquotes.h"
#include "wordmatch.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// Index of the first scanned word that starts at or after offset.
int wordIndexAt(const QList<ScannedWord> &words, int offset)
{
    const auto word = std::lower_bound(words.cbegin(), words.cend(), offset, [](const ScannedWord &w, int at) { return w.range.start < at; });
    return int(word - words.cbegin());
}

// Mentions added by a rule go back into text order, which the coreference relies on.
void sortByPosition(QList<EventMention> &mentions)
{
    std::stable_sort(mentions.begin(), mentions.end(), [](const EventMention &a, const EventMention &b) { return a.range.start < b.range.start; });
}
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
        sortByPosition(mentions);
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

// "She later chaired the national review of rural bridges, whose report ...": a step in a life
// or a story told with "later" or "then" is an event even when its sentence names another.
void addLaterSteps(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words, const QList<TextRange> &quotes)
{
    static const QRegularExpression step(
        u"\\b(?:later|then|eventually|subsequently|afterwards)\\s+([a-z]{3,}ed)\\s+((?:the|a|an|its|his|her|their)\\s+[^,.;:]{1,40}?)"
        u"(?=\\s+(?:of|in|on|at|for|to|with|by|whose|which|that|and|after|before)\\b|[,.;:]|$)"_s);
    // "Previously, the valley's only road link had been a single-track pass": the state of things
    // before the story's events.
    static const QRegularExpression before(
        u"^(?:Previously|Earlier|Before that|Until then|Back then),\\s+(?:the\\s+)?((?:[\\w'’-]+\\s+){1,6}?"
        u"(?:had\\s+(?:long\\s+)?been|had\\s+[a-z]+ed))\\s+([^,.;:]{1,40}?)(?=\\s+(?:that|which|who|and|until|when)\\b|[,.;:]|$)"_s);
    bool added = false;
    for (int s = 0; s < int(text.sentences.size()); ++s) {
        const TextRange sentence = text.sentences[s].range;
        QList<QRegularExpressionMatch> matches;
        for (QRegularExpressionMatchIterator it = step.globalMatchView(text.textOf(sentence)); it.hasNext();) {
            matches.append(it.next());
        }
        if (const QRegularExpressionMatch state = before.matchView(text.textOf(sentence)); state.hasMatch()) {
            matches.append(state);
        }
        for (const QRegularExpressionMatch &match : std::as_const(matches)) {
            const TextRange range{sentence.start + int(match.capturedStart(1)), sentence.start + int(match.capturedEnd(2))};
            const bool quoted = std::any_of(quotes.cbegin(), quotes.cend(), [&range](const TextRange &q) { return q.contains(range.start); });
            const bool known = std::any_of(mentions.cbegin(), mentions.cend(), [&range](const EventMention &m) { return m.range.overlaps(range); });
            if (quoted || known) {
                continue;
            }
            EventMention m;
            m.verb = true;
            m.indefinite = true;
            m.lemma = match.captured(1).section(u' ', -1).toLower();
            m.eventClass = EventClass::Action;
            m.range = range;
            m.sentence = s;
            m.paragraph = text.sentences[s].paragraph;
            QString label = match.captured(1) + u' ' + match.captured(2);
            label[0] = label[0].toUpper();
            m.clauseLabel = label;
            m.headWord = wordIndexAt(words, range.start);
            mentions.append(m);
            added = true;
        }
    }
    if (added) {
        sortByPosition(mentions);
    }
}

// "The commission is due to meet for the first time on Nov. 3", "the two sides are expected to
// sign on Friday": a scheduled happening with its date.
void addScheduled(QList<EventMention> &mentions, const TextAnalysis &text, const ArticleTimes &times, const QList<TextRange> &quotes)
{
    static const QRegularExpression scheduled(u"\\b(?:[Tt]he\\s+)?((?:[\\w'’-]+\\s+){0,2}?[\\w'’-]+)\\s+(?:is|are|was|were)\\s+"
                                              u"(?:now\\s+)?(due|scheduled|set|expected|slated)\\s+to\\s+([a-z]+)\\b"_s);
    static const QRegularExpression pronoun(u"^(?:it|they|he|she|we|this|that|which|who)$"_s, QRegularExpression::CaseInsensitiveOption);
    static constexpr QStringView scheduleWords[] = {u"due", u"scheduled", u"set", u"expected", u"slated"};
    bool added = false;
    for (int s = 0; s < int(text.sentences.size()); ++s) {
        const TextRange sentence = text.sentences[s].range;
        // The pattern is costly at every word, and most sentences lack all of its verbs.
        const QStringView sentenceText = text.textOf(sentence);
        if (!std::any_of(std::begin(scheduleWords), std::end(scheduleWords), [sentenceText](QStringView w) { return sentenceText.contains(w); })) {
            continue;
        }
        QRegularExpressionMatchIterator it = scheduled.globalMatchView(sentenceText);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (pronoun.match(match.captured(1)).hasMatch()) {
                continue;
            }
            const TextRange range{sentence.start + int(match.capturedStart(1)), sentence.start + int(match.capturedEnd(3))};
            const bool quoted = std::any_of(quotes.cbegin(), quotes.cend(), [&range](const TextRange &q) { return q.contains(range.start); });
            const bool known
                = std::any_of(mentions.cbegin(), mentions.cend(), [&](const EventMention &m) { return m.sentence == s && m.range.overlaps(range); });
            if (quoted || known) {
                continue;
            }
            int time = -1;
            for (int t = 0; t < int(times.times.size()); ++t) {
                const ResolvedTime &candidate = times.times[t];
                if (candidate.date.isDated() && candidate.mention.kind != TimeMention::Kind::Duration && candidate.mention.range.start >= range.end
                    && candidate.mention.range.end <= sentence.end) {
                    time = t;
                    break;
                }
            }
            if (time < 0) {
                continue;
            }
            EventMention m;
            m.verb = true;
            m.indefinite = true;
            m.lemma = match.captured(3);
            m.eventClass = EventClass::Action;
            m.range = range;
            m.sentence = s;
            m.paragraph = text.sentences[s].paragraph;
            m.time = time;
            m.planned = true;
            QString label = match.captured(1) + u' ' + match.captured(2) + u" to "_s + match.captured(3);
            label[0] = label[0].toUpper();
            m.clauseLabel = label;
            const auto word = std::lower_bound(times.words.cbegin(), times.words.cend(), sentence.start + int(match.capturedStart(3)),
                [](const ScannedWord &w, int at) { return w.range.start < at; });
            m.headWord = int(word - times.words.cbegin());
            mentions.append(m);
            added = true;
        }
    }
    if (added) {
        sortByPosition(mentions);
    }
}

// "The 28-point plan ... was cut to 19 points", "the revised framework now has 19 points": a new
// version of a numbered document, told by its new count.
void addRevisions(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words, const QList<TextRange> &quotes)
{
    static const QRegularExpression revision(u"\\b(?:(cut|reduced|trimmed|pared|shortened|slimmed|expanded|extended)\\s+(?:[\\w'’-]+\\s+){0,5}?"
                                             u"(?:down\\s+|back\\s+)?to|now\\s+(?:has|have|contains|lists))\\s+(\\d+)\\s+(points|articles|clauses|pages)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    bool added = false;
    for (int s = 0; s < int(text.sentences.size()); ++s) {
        const TextRange sentence = text.sentences[s].range;
        QRegularExpressionMatchIterator it = revision.globalMatchView(text.textOf(sentence));
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const TextRange range{sentence.start + int(match.capturedStart()), sentence.start + int(match.capturedEnd())};
            const bool quoted = std::any_of(quotes.cbegin(), quotes.cend(), [&range](const TextRange &q) { return q.contains(range.start); });
            if (quoted) {
                continue;
            }
            EventMention m;
            m.lemma = u"version"_s;
            m.eventClass = EventClass::Document;
            m.revised = true;
            m.indefinite = true;
            m.verb = true;
            QString unit = match.captured(3).toLower();
            unit.chop(1);
            m.number = match.captured(2) + u'-' + unit;
            m.labelWords = {u"revised"_s};
            m.range = range;
            m.sentence = s;
            m.paragraph = text.sentences[s].paragraph;
            m.headWord = wordIndexAt(words, range.start);
            mentions.append(m);
            added = true;
        }
    }
    if (added) {
        sortByPosition(mentions);
    }
}

// Times the event finder left unattached or too coarse:
// - "The trial opened last month, on May 12": an appositive, finer date inside the first wins;
// - "met three times in September": a verb's date after a count of times;
// - "In 2019 a fire in the same section forced an evacuation": a sentence that opens with a
//   date dates its first happening.
void refineMentionTimes(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ResolvedTime> &times)
{
    static const QRegularExpression apposition(u"^\\s*,\\s*(?:on\\s+|in\\s+)?$"_s);
    static const QRegularExpression count(u"^\\s*(?:(?:once|twice|again|several times|many times|\\w+\\s+times)\\s*)?(?:in|on|during)?\\s*$"_s);
    // "In 2019 a fire ...", not the "08:45 -" of a live report.
    static const QRegularExpression opening(u"^\\s*(?:In|On|By|During)\\s*$"_s);
    const auto between = [&text](int from, int to) { return QStringView(text.text).mid(from, std::max(0, to - from)); };
    const auto dated
        = [&times](int t) { return t >= 0 && t < int(times.size()) && times[t].date.isDated() && times[t].mention.kind != TimeMention::Kind::Duration; };
    QSet<int> used;
    QHash<int, QList<int>> bySentence;
    for (int i = 0; i < int(mentions.size()); ++i) {
        used.insert(mentions[i].time);
        bySentence[mentions[i].sentence].append(i);
    }
    // Times are in text order: the first one starting at or after a position.
    const auto firstFrom = [&times](int position) {
        return int(std::lower_bound(times.cbegin(), times.cend(), position, [](const ResolvedTime &t, int at) { return t.mention.range.start < at; })
            - times.cbegin());
    };
    for (EventMention &m : mentions) {
        if (m.insideQuote) {
            continue;
        }
        if (dated(m.time)) {
            const ResolvedTime &coarse = times[m.time];
            for (int t = m.time + 1; t < int(times.size()) && times[t].mention.range.start <= coarse.mention.range.end + 6; ++t) {
                const ResolvedTime &fine = times[t];
                const bool inside = dated(t) && fine.date.granularity > coarse.date.granularity && coarse.date.earliest.isValid()
                    && fine.date.earliest.isValid() && coarse.date.earliest <= fine.date.earliest
                    && (!coarse.date.latest.isValid() || fine.date.earliest <= coarse.date.latest);
                // "On Friday of that week, October 17": a calendar date restating a relative one wins.
                const bool restated = dated(t) && fine.mention.kind == TimeMention::Kind::Date && coarse.mention.kind != TimeMention::Kind::Date
                    && fine.date.granularity == DateValue::Granularity::Day;
                if ((inside || restated) && apposition.matchView(between(coarse.mention.range.end, fine.mention.range.start)).hasMatch()) {
                    m.time = t;
                    m.timeInside = false;
                    break;
                }
            }
            continue;
        }
        if (m.verb) {
            for (int t = firstFrom(m.range.end); t < int(times.size()) && times[t].mention.range.start <= m.range.end + 30; ++t) {
                const TextRange range = times[t].mention.range;
                if (dated(t) && !used.contains(t) && text.sentenceAt(range.start) == m.sentence
                    && count.matchView(between(m.range.end, range.start)).hasMatch()) {
                    m.time = t;
                    used.insert(t);
                    break;
                }
            }
            if (m.time >= 0) {
                continue;
            }
        }
        if (m.sentence < 0 || m.sentence >= text.sentences.size()) {
            continue;
        }
        const TextRange sentence = text.sentences[m.sentence].range;
        for (int t = firstFrom(sentence.start); t < int(times.size()) && times[t].mention.range.start < m.range.start; ++t) {
            const TextRange range = times[t].mention.range;
            if (range.end > m.range.start || !dated(t) || used.contains(t) || !opening.matchView(between(sentence.start, range.start)).hasMatch()) {
                continue;
            }
            // Only the first happening after the date, and only with nothing but words between.
            const QList<int> told = bySentence.value(m.sentence);
            const bool firstAfter = std::none_of(
                told.cbegin(), told.cend(), [&](int other) { return mentions[other].range.start >= range.end && mentions[other].range.start < m.range.start; });
            if (firstAfter && !between(range.end, m.range.start).contains(u';')) {
                m.time = t;
                used.insert(t);
            }
            break;
        }
    }
}

// "deadlines could be extended if the talks were going well", "once a deal was close": a
// happening named under a condition is not told as having happened.
void dropConditional(QList<EventMention> &mentions, const TextAnalysis &text)
{
    static const QRegularExpression condition(u"\\b(?:if|unless|whether|once)\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    mentions.removeIf([&text](const EventMention &m) {
        if (m.verb || !m.clauseLabel.isEmpty() || m.insideQuote || m.time >= 0) {
            return false;
        }
        return condition.matchView(QStringView(text.text).mid(std::max(0, m.range.start - 10), std::min(10, m.range.start))).hasMatch();
    });
}

// "We will resume the live coverage tomorrow": the outlet speaking of itself tells no news.
void dropNarratorClauses(QList<EventMention> &mentions, const TextAnalysis &text)
{
    static const QRegularExpression narrator(u"(?:^|[\\s.:-])(?:we|We|I)\\s*$"_s);
    static const QRegularExpression opening(u"^(?:We|I)\\s"_s);
    mentions.removeIf([&text](const EventMention &m) {
        if (m.clauseLabel.isEmpty() || m.insideQuote) {
            return false;
        }
        return opening.matchView(text.textOf(m.range)).hasMatch()
            || narrator.matchView(QStringView(text.text).mid(std::max(0, m.range.start - 12), std::min(12, m.range.start))).hasMatch();
    });
}

// "Asked about the recording on Tuesday, the president defended his envoy": a dated clause
// told inside another mention is that mention's date, not a happening of its own.
void absorbInnerClauses(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words)
{
    QList<bool> absorbed(mentions.size(), false);
    // Only mentions of one sentence can hold each other: long texts stay linear.
    QHash<int, QList<int>> bySentence;
    for (int i = 0; i < int(mentions.size()); ++i) {
        bySentence[mentions[i].sentence].append(i);
    }
    for (int c = 0; c < int(mentions.size()); ++c) {
        const EventMention &clause = mentions[c];
        if (clause.clauseLabel.isEmpty() || !clause.verb) {
            continue;
        }
        for (const int o : bySentence.value(clause.sentence)) {
            EventMention &outer = mentions[o];
            if (o == c || absorbed[o] || !outer.clauseLabel.isEmpty() || outer.sentence != clause.sentence || outer.insideQuote) {
                continue;
            }
            // Inside it, or its subject: "A funeral will be held on Friday" is the funeral, while
            // in "the first flood alerts went out" the flood is not what went out.
            const bool inside = clause.range.start >= outer.range.start && clause.range.end <= outer.range.end;
            bool subject = false;
            if (!inside && clause.range.overlaps(outer.range) && clause.headWord >= 0 && clause.headWord < int(words.size())) {
                const int verbStart = words[clause.headWord].range.start;
                static const QRegularExpression auxiliaries(u"^\\s*(?:(?:will|would|was|were|is|are|be|been|being|has|have|had|to|not)\\s+)*$"_s);
                subject = outer.range.end <= verbStart
                    && auxiliaries.matchView(QStringView(text.text).mid(outer.range.end, verbStart - outer.range.end)).hasMatch();
            }
            if (!inside && !subject) {
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

// "She moved to Scotland in 1966" gives the clause "Moved": the person of its sentence is who
// moved, so the label says so ("Halloran moved").
// "was", "had", "will": an auxiliary may open a clause label or close the subject before it.
bool isClauseAuxiliary(QStringView word)
{
    return isOneOf(word, {u"was", u"were", u"is", u"are", u"had", u"has", u"have", u"will", u"would"});
}

// The plain noun phrase a sentence opens with ("The expansion", "Port workers"), up to three
// words before a comma or a verb, or empty: pronouns, names (the people stage's business) and
// openings such as "On Friday," or "After the vote" are no subject here.
QString sentenceSubject(const TextAnalysis &text, const QList<ScannedWord> &words, int position)
{
    const int s = text.sentenceAt(position);
    if (s < 0) {
        return {};
    }
    const TextRange sentence = text.sentences[s].range;
    int k = wordIndexAt(words, sentence.start);
    if (k >= words.size() || words[k].range.start >= position) {
        return {};
    }
    const auto wordAt = [&](int i) { return text.textOf(words[i].range); };
    if (isOneOf(wordAt(k), {u"the", u"a", u"an", u"this", u"that", u"its", u"their"})) {
        ++k;
    }
    QStringList phrase;
    for (; k < words.size() && words[k].range.start < position && phrase.size() <= 3; ++k) {
        const QStringView w = wordAt(k);
        if (words[k].kind != ScannedWord::Kind::Letters || words[k].capitalised != (phrase.isEmpty() && k == wordIndexAt(words, sentence.start))) {
            break;
        }
        phrase.append(w.toString());
    }
    const bool ends = k < words.size() && (words[k].kind == ScannedWord::Kind::Punctuation || looksPastTense(wordAt(k)) || isClauseAuxiliary(wordAt(k)));
    if (phrase.isEmpty() || phrase.size() > 3 || !ends || isOneOf(phrase.first(), {u"it", u"he", u"she", u"they", u"we", u"i", u"you", u"there"})) {
        return {};
    }
    QString subject = phrase.join(u' ');
    subject[0] = subject[0].toUpper();
    return subject;
}

void nameSubjectlessClauses(
    QList<Event> &events, const QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words, const EventPeople &people)
{
    for (const EventMention &m : mentions) {
        if (m.event < 0 || m.clauseLabel.isEmpty() || m.headWord < 0 || m.insideQuote) {
            continue;
        }
        Event &event = events[m.event];
        if (event.label != m.clauseLabel) {
            continue;
        }
        // The clause starts at its verb when no subject was found before it; "Witkoff would
        // travel" and "senior advisers would meet" have theirs.
        const QString first = m.clauseLabel.section(u' ', 0, 0);
        const QString atStart = text.textOf(m.range).toString().section(u' ', 0, 0);
        const QStringView verb = m.headWord < words.size() ? text.textOf(words[m.headWord].range) : QStringView();
        // "Was meant", "Had been informed": an auxiliary may open the clause instead of its verb.
        const bool auxiliaryFirst = isClauseAuxiliary(first);
        if (first.compare(atStart, Qt::CaseInsensitive) != 0 || (first.compare(verb, Qt::CaseInsensitive) != 0 && !auxiliaryFirst) || first.isEmpty()
            || m.range.start == 0) {
            continue;
        }
        QString label = m.clauseLabel;
        label[0] = label[0].toLower();
        if (!event.participants.isEmpty()) {
            event.label = people.shortName(event.participants.first()) + u' ' + label;
            continue;
        }
        // "Her best-known work, the Carran Bridge, opened in June 1979": the name in apposition
        // just before the verb is what opened.
        static const QRegularExpression apposition(u"(?:^|[,(]\\s*)(?:the\\s+)?((?:[A-Z][\\w'’-]*)(?:\\s+(?:of\\s+)?[A-Z][\\w'’-]*){0,4})\\s*,\\s*$"_s);
        const QStringView before = QStringView(text.text).mid(std::max(0, m.range.start - 80), std::min(80, m.range.start));
        if (const QRegularExpressionMatch name = apposition.matchView(before); name.hasMatch()) {
            event.label = name.captured(1) + u' ' + label;
            continue;
        }
        // "The expansion, first approved in 2019, was meant to open in late 2026": the noun phrase
        // that opens the sentence is what the clause is about.
        if (const QString subject = sentenceSubject(text, words, m.range.start); !subject.isEmpty()) {
            event.label = subject + u' ' + label;
        }
    }
}

// "Dmitry Peskov, the Kremlin spokesman, told reporters on Monday": the clause lost its subject
// to the apposition; the person named in its sentence made the statement.
void nameStatementsBySpeaker(QList<Event> &events, const EventPeople &people)
{
    static const QRegularExpression speechFirst(u"^(?:Told|Tells|Asked|Asks|Said|Says|Warned|Statement|Warning|Remarks to|Question to)\\b"_s);
    for (Event &event : events) {
        if (event.participants.isEmpty() || !speechFirst.match(event.label).hasMatch()) {
            continue;
        }
        QString label = event.label;
        label[0] = label[0].toLower();
        // "Remarks to reporters" was said by the person of its sentence.
        static const QRegularExpression occasion(u"^(remarks|question) to "_s);
        label.replace(occasion, label.startsWith(u"question"_s) ? u"asked "_s : u"told "_s);
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
    addLaterSteps(mentions, text, times.words, quotes);
    addPeopleBetween(mentions, text, people);
    absorbInnerClauses(mentions, text, times.words);
    addClausePlaces(mentions, text, times.words);
    refineMentionTimes(mentions, text, times.times);
    addScheduled(mentions, text, times, quotes);
    addRevisions(mentions, text, times.words, quotes);
    dropNarratorClauses(mentions, text);
    dropConditional(mentions, text);
    QList<Event> events = EventCoreference(text.text, times.times, times.articleId).cluster(mentions, graph.problems);
    // Quotes go by the people named as taking part, before the looser sentence cast is added.
    linkQuotesToEvents(graph.quotes, events, mentions, text);
    addSentencePeople(events, mentions, text, people);
    nameSubjectlessClauses(events, mentions, text, times.words, people);
    nameStatementsBySpeaker(events, people);
    orderEvents(events, mentions, times.words, text, times.times);
    graph.events += events;
}

} // namespace Sourceline
