// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventpatterns.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

// "Trump spoke by telephone with Putin on Thursday", "Trump and Putin spoke by phone": a call
// told by its verb, with the people on either side of it and the time of its sentence.
void EventPatterns::addPhoneCalls(QList<EventMention> &mentions, const TextAnalysis &text, const ArticleTimes &times, const EventPeople &people,
    const QList<TextRange> &quotes, const EventTriggers &triggers)
{
    static const QRegularExpression spoke(u"\\b(?:(?:spoke|talked|speaks|talks|chatted|conferred)\\s+(?:by\\s+(?:tele)?phone|on\\s+the\\s+(?:tele)?phone|"
                                          u"over\\s+the\\s+(?:tele)?phone|by\\s+video\\s*link)\\b"
                                          u"|(?:called|rang|telephoned)(?=\\s+[A-Z])|(?:spoke|talked)(?=\\s+with\\s))"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression partner(u"^(?:\\s+for\\s+[^,.;]{0,40}?)?\\s+with\\b"_s, QRegularExpression::CaseInsensitiveOption);
    const auto inQuote
        = [&quotes](int position) { return std::any_of(quotes.cbegin(), quotes.cend(), [position](const TextRange &q) { return q.contains(position); }); };
    bool added = false;
    for (int s = 0; s < int(text.sentences.size()); ++s) {
        const TextRange sentence = text.sentences[s].range;
        const QStringView words = text.textOf(sentence);
        if (!triggers.has(s, EventTriggers::CallVerb)) {
            continue;
        }
        QRegularExpressionMatchIterator it = spoke.globalMatchView(words);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int verbStart = sentence.start + int(match.capturedStart());
            const int verbEnd = sentence.start + int(match.capturedEnd());
            if (inQuote(verbStart)) {
                continue;
            }
            // "Witkoff spoke with Yuri Ushakov": a conversation, by phone or not; only with a
            // person on the other side ("spoke with reporters" is a statement).
            const bool conversation = !match.capturedView().contains(u' ')
                && (match.capturedView().startsWith(u"spoke"_s, Qt::CaseInsensitive) || match.capturedView().startsWith(u"talked"_s, Qt::CaseInsensitive));
            EventMention m;
            m.verb = true;
            m.lemma = conversation ? u"conversation"_s : u"call"_s;
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
            // "Putin called Trump two days later": the person called follows the verb; in
            // "called Witkoff a traitor" or "called Congress back" the verb names no call.
            if (conversation) {
                const QList<EventPeople::Found> partners = people.inRange({verbEnd, std::min(sentence.end, verbEnd + 60)});
                const bool adjoining = !partners.isEmpty()
                    && QStringView(text.text).mid(verbEnd, partners.first().range.start - verbEnd).trimmed().compare(u"with"_s, Qt::CaseInsensitive) == 0;
                if (!adjoining || m.participants.isEmpty() || m.participants.contains(partners.first().id)) {
                    continue;
                }
                m.participants.append(partners.first().id);
                m.participantNames.append(people.shortName(partners.first().id));
                end = partners.first().range.end;
            } else if (!match.capturedView().contains(u' ')) {
                static const QRegularExpression complement(
                    u"^(?:['\u2019]|\\s+(?:a|an|the|his|her|their|its|back|out|off|up|for|it|him|them)\\b)"_s, QRegularExpression::CaseInsensitiveOption);
                const QList<EventPeople::Found> called = people.inRange({verbEnd, std::min(sentence.end, verbEnd + 60)});
                const bool adjoining = !called.isEmpty() && QStringView(text.text).mid(verbEnd, called.first().range.start - verbEnd).trimmed().isEmpty();
                if (!adjoining || m.participants.contains(called.first().id)
                    || complement.matchView(QStringView(text.text).mid(called.first().range.end, std::max(0, sentence.end - called.first().range.end)))
                        .hasMatch()) {
                    continue;
                }
                m.participants.append(called.first().id);
                m.participantNames.append(people.shortName(called.first().id));
                end = called.first().range.end;
            } else if (const QRegularExpressionMatch with = partner.matchView(QStringView(text.text).mid(verbEnd, std::max(0, sentence.end - verbEnd)));
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
                // "two days before Trump and Putin spoke": a counting phrase dates another happening.
                if (!time.date.isDated() || !sentence.contains(time.mention.range.start) || time.mention.kind == TimeMention::Kind::Duration
                    || time.mention.kind == TimeMention::Kind::Order) {
                    continue;
                }
                if (best < 0 || std::abs(time.mention.range.start - verbEnd) < std::abs(times.times[best].mention.range.start - verbEnd)) {
                    best = t;
                }
            }
            m.time = best;
            m.headWord = wordIndexAt(times.words, verbStart);
            // A call already found by another rule ("Thursday's call" inside the same words) stays one.
            const bool known = std::any_of(mentions.cbegin(), mentions.cend(), [&m](const EventMention &other) {
                return other.sentence == m.sentence && other.eventClass == EventClass::Call && other.range.overlaps(m.range);
            });
            if (!known) {
                // "Witkoff spoke with Ushakov on Oct. 14" found first as a dated clause: the call is it.
                mentions.removeIf([&m](const EventMention &other) {
                    return other.sentence == m.sentence && other.verb && other.eventClass == EventClass::Action && other.headWord == m.headWord;
                });
                mentions.append(m);
                added = true;
            }
        }
    }
    if (added) {
        sortByPosition(mentions);
    }
}

// "She later chaired the national review of rural bridges, whose report ...": a step in a life
// or a story told with "later" or "then" is an event even when its sentence names another.
void EventPatterns::addLaterSteps(
    QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words, const QList<TextRange> &quotes, const EventTriggers &triggers)
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
        const QStringView sentenceText = text.textOf(sentence);
        QList<QRegularExpressionMatch> matches;
        // Both expressions are case-sensitive: their order words as written decide cheaply.
        if (triggers.has(s, EventTriggers::OrderWord)) {
            for (QRegularExpressionMatchIterator it = step.globalMatchView(sentenceText); it.hasNext();) {
                matches.append(it.next());
            }
        }
        static constexpr QStringView stateOpenings[] = {u"Previously", u"Earlier", u"Before that", u"Until then", u"Back then"};
        if (std::any_of(std::begin(stateOpenings), std::end(stateOpenings), [sentenceText](QStringView w) { return sentenceText.startsWith(w); })) {
            if (const QRegularExpressionMatch state = before.matchView(sentenceText); state.hasMatch()) {
                matches.append(state);
            }
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

// "after the River Calder burst its banks": the flooding a story is about, told by the idiom
// English news uses for it, with the time its sentence gives.
void EventPatterns::addRiverFloods(
    QList<EventMention> &mentions, const TextAnalysis &text, const ArticleTimes &times, const QList<TextRange> &quotes, const EventTriggers &triggers)
{
    static const QRegularExpression banks(u"\\b((?:[Tt]he\\s+)?(?:[A-Z][\\w'\u2019-]*\\s+){0,2}(?:[Rr]iver|[A-Z][\\w'\u2019-]*))\\s+"
                                          u"(?:burst|broke|overtopped|breached|overflowed|burst\\s+through)\\s+(?:its|their)\\s+banks\\b"_s);
    bool added = false;
    for (int s = 0; s < int(text.sentences.size()); ++s) {
        const TextRange sentence = text.sentences[s].range;
        const QStringView sentenceText = text.textOf(sentence);
        if (!triggers.has(s, EventTriggers::RiverBanks)) {
            continue;
        }
        const QRegularExpressionMatch match = banks.matchView(sentenceText);
        if (!match.hasMatch()) {
            continue;
        }
        const TextRange range{sentence.start + int(match.capturedStart()), sentence.start + int(match.capturedEnd())};
        const bool quoted = std::any_of(quotes.cbegin(), quotes.cend(), [&range](const TextRange &q) { return q.contains(range.start); });
        if (quoted) {
            continue;
        }
        int time = -1;
        for (int t = 0; t < int(times.times.size()); ++t) {
            const ResolvedTime &candidate = times.times[t];
            if (candidate.date.isDated() && candidate.mention.kind != TimeMention::Kind::Duration && candidate.mention.kind != TimeMention::Kind::Order
                && sentence.contains(candidate.mention.range.start)) {
                time = t;
                break;
            }
        }
        EventMention m;
        m.verb = true;
        m.lemma = u"flooding"_s;
        m.eventClass = EventClass::Disaster;
        m.range = range;
        m.sentence = s;
        m.paragraph = text.sentences[s].paragraph;
        m.time = time;
        QString label = QStringView(text.text).mid(range.start, range.length()).toString();
        if (label.startsWith(u"the "_s) || label.startsWith(u"The "_s)) {
            label = label.mid(4);
        }
        label[0] = label[0].toUpper();
        m.clauseLabel = label;
        m.headWord = wordIndexAt(times.words, range.start);
        mentions.append(m);
        added = true;
    }
    if (added) {
        sortByPosition(mentions);
    }
}

// "The commission is due to meet for the first time on Nov. 3", "the two sides are expected to
// sign on Friday": a scheduled happening with its date.
void EventPatterns::addScheduled(
    QList<EventMention> &mentions, const TextAnalysis &text, const ArticleTimes &times, const QList<TextRange> &quotes, const EventTriggers &triggers)
{
    static const QRegularExpression scheduled(u"\\b(?:[Tt]he\\s+)?((?:[\\w'’-]+\\s+){0,2}?[\\w'’-]+)\\s+(?:is|are|was|were)\\s+"
                                              u"(?:now\\s+)?(due|scheduled|set|expected|slated)\\s+to\\s+([a-z]+)\\b"_s);
    static const QRegularExpression pronoun(u"^(?:it|they|he|she|we|this|that|which|who)$"_s, QRegularExpression::CaseInsensitiveOption);
    bool added = false;
    for (int s = 0; s < int(text.sentences.size()); ++s) {
        const TextRange sentence = text.sentences[s].range;
        // The pattern is costly at every word, and most sentences lack all of its verbs.
        const QStringView sentenceText = text.textOf(sentence);
        if (!triggers.has(s, EventTriggers::ScheduleWord)) {
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
            // "expected to employ about 1,800 people", "due to open a new plant": a figure or a
            // thing right after the verb says what was expected.
            static const QRegularExpression object(
                u"^\\s+((?:(?:about|around|nearly|almost|some|over|roughly|up "
                u"to)\\s+)?[$\\x{00A3}\\x{20AC}]?\\d[\\d,.]*(?:\\s+(?:million|billion|percent))?\\s+[a-z]+"
                u"|(?:the|a|an|its|their|his|her)\\s+[a-z]+(?:\\s+(?!when|after|before|until|as|and|but|that|which|if|on|in|at|by|for|to|from|with)[a-z]+)?)\\b"_s);
            if (const QRegularExpressionMatch what = object.matchView(sentenceText.mid(match.capturedEnd(3))); what.hasMatch()) {
                label += u' ' + what.captured(1);
            }
            label[0] = label[0].toUpper();
            m.clauseLabel = label;
            m.headWord = wordIndexAt(times.words, sentence.start + int(match.capturedStart(3)));
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
void EventPatterns::addRevisions(
    QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words, const QList<TextRange> &quotes, const EventTriggers &triggers)
{
    static const QRegularExpression revision(u"\\b(?:(cut|reduced|trimmed|pared|shortened|slimmed|expanded|extended)\\s+(?:[\\w'’-]+\\s+){0,5}?"
                                             u"(?:down\\s+|back\\s+)?to|now\\s+(?:has|have|contains|lists))\\s+(\\d+)\\s+(points|articles|clauses|pages)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    bool added = false;
    for (int s = 0; s < int(text.sentences.size()); ++s) {
        const TextRange sentence = text.sentences[s].range;
        const QStringView sentenceText = text.textOf(sentence);
        // A new count needs a figure and its unit; few sentences have both.
        if (!triggers.has(s, EventTriggers::CountUnit) || !hasAsciiDigit(sentenceText)) {
            continue;
        }
        QRegularExpressionMatchIterator it = revision.globalMatchView(sentenceText);
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

} // namespace Sourceline
