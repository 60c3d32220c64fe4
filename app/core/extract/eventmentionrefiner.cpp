// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventmentionrefiner.h"

#include "eventlexicon.h"
#include "eventstatusreader.h"
#include "wordmatch.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
// "three days before Ukrainian President Volodymyr Zelensky visited": between the counting
// phrase and the verb only the name of its subject, titles included.
bool onlyCapitalisedWords(QStringView gap)
{
    if (gap.size() > 60) {
        return false;
    }
    for (const QStringView word : gap.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (!word.front().isUpper() || std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c == u',' || c == u';' || c == u':'; })) {
            return false;
        }
    }
    return true;
}

// Where "between" ends when it opens rest after white space and commas, as the expression
// "^[\s,]*between\b" (any case) finds it, or -1. Its "\s" and "\w" are ASCII, and no other
// character folds to a letter of "between"; a word that is not all ASCII goes to the expression.
qsizetype endOfBetween(QStringView rest)
{
    static const QRegularExpression between(u"^[\\s,]*between\\b"_s, QRegularExpression::CaseInsensitiveOption);
    qsizetype i = 0;
    while (i < rest.size() && (rest[i] == u' ' || rest[i] == u',' || (rest[i] >= u'\t' && rest[i] <= u'\r'))) {
        ++i;
    }
    constexpr QStringView word = u"between";
    if (rest.size() - i < word.size()) {
        return -1;
    }
    for (qsizetype k = 0; k < word.size(); ++k) {
        const char16_t c = rest[i + k].unicode();
        if (c >= 0x80) {
            const QRegularExpressionMatch match = between.matchView(rest);
            return match.hasMatch() ? match.capturedEnd() : -1;
        }
        if (((c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c) != word[k].unicode()) {
            return -1;
        }
    }
    const qsizetype end = i + word.size();
    const auto wordCharacter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'; };
    return end == rest.size() || !wordCharacter(rest[end]) ? end : -1;
}

// "the noises heard on Tuesday", "a report published in May": the time after a participle is
// the participle's. "Asked about it on Tuesday" has none.
bool afterParticiple(QStringView text, int position)
{
    QStringView before = text.mid(std::max(0, position - 24), std::min(position, 24)).trimmed();
    for (const QStringView preposition : {u" on", u" in", u" at", u" late on", u" early on"}) {
        if (before.endsWith(preposition)) {
            before.chop(preposition.size());
            break;
        }
    }
    const qsizetype space = before.lastIndexOf(u' ');
    const QStringView last = space < 0 ? before : before.sliced(space + 1);
    return looksPastTense(last) && !isOneOf(last, {u"asked", u"Asked", u"questioned", u"pressed"});
}

// "raised concerns before the crash", "since the collapse": a noun after a word that orders
// against it names an earlier happening as a yardstick; the time the sentence is told at is
// not its time.
bool namesAYardstick(QStringView text, const EventMention &m)
{
    if (m.verb || m.timeInside) {
        return false;
    }
    const QStringView before = text.mid(std::max(0, m.range.start - 12), std::min(m.range.start, 12)).trimmed();
    for (const QStringView word : {u"before", u"after", u"since", u"until", u"following", u"prior to", u"ahead of"}) {
        if (before.endsWith(word) && (before.size() == word.size() || !before[before.size() - word.size() - 1].isLetter())) {
            return true;
        }
    }
    return false;
}
} // namespace

// "a phone call between Steve Witkoff, the US special envoy, and Yuri Ushakov": the two named
// after "between" take part, whatever stands in apposition to them.
void EventMentionRefiner::addPeopleBetween(QList<EventMention> &mentions, const TextAnalysis &text, const EventPeople &people)
{
    for (EventMention &m : mentions) {
        if ((m.eventClass != EventClass::Call && m.eventClass != EventClass::Meeting) || m.insideQuote || m.participants.size() >= 2 || m.sentence < 0
            || m.sentence >= text.sentences.size()) {
            continue;
        }
        const TextRange sentence = text.sentences[m.sentence].range;
        const QStringView rest = QStringView(text.text).mid(m.range.end, std::max(0, sentence.end - m.range.end));
        const qsizetype betweenEnd = endOfBetween(rest);
        if (betweenEnd < 0) {
            continue;
        }
        const int from = m.range.end + int(betweenEnd);
        const int andAt = int(rest.indexOf(u" and "_s, betweenEnd));
        if (andAt < 0) {
            continue;
        }
        // The second person follows "and" within a few words; stop at the clause after it.
        const int to = std::min(sentence.end, m.range.end + andAt + 80);
        QStringList found;
        for (const EventPeople::Found &f : people.inRange({from, to})) {
            // "and Putin's foreign policy aide Yuri Ushakov": the possessor is not the one called.
            const QStringView after = QStringView(text.text).mid(f.range.end, 2);
            if (after == u"'s" || after == u"\u2019s") {
                continue;
            }
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
void EventMentionRefiner::addClausePlaces(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words)
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

// "Trump said the two leaders would meet in Budapest. That summit never happened.": a meeting
// pointed back to with "that" or "this" is the one the sentence before placed.
void EventMentionRefiner::addPlacesPointedBack(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words)
{
    static const QRegularExpression placed(
        u"\\b(?:meet|meeting|summit|talks|gather|convene)\\s+(?:in|at)\\s+([A-Z][\\w'\u2019-]*(?:\\s+[A-Z][\\w'\u2019-]*){0,2})"_s);
    static const QRegularExpression calendar(u"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
                                             u"Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)\\b"_s);
    for (EventMention &m : mentions) {
        if (m.eventClass != EventClass::Meeting || m.verb || !m.place.isEmpty() || m.headWord < 1 || m.sentence < 1 || !m.participants.isEmpty()) {
            continue;
        }
        const QStringView before = text.textOf(words[m.headWord - 1].range);
        if (before.compare(u"that"_s, Qt::CaseInsensitive) != 0 && before.compare(u"this"_s, Qt::CaseInsensitive) != 0) {
            continue;
        }
        const Sentence &previous = text.sentences[m.sentence - 1];
        if (previous.paragraph != text.sentences[m.sentence].paragraph) {
            continue;
        }
        if (const QRegularExpressionMatch match = placed.matchView(text.textOf(previous.range));
            match.hasMatch() && !calendar.match(match.captured(1)).hasMatch()) {
            m.place = match.captured(1);
        }
    }
}

// Times the event finder left unattached or too coarse:
// - "The trial opened last month, on May 12": an appositive, finer date inside the first wins;
// - "met three times in September": a verb's date after a count of times;
// - "In 2019 a fire in the same section forced an evacuation": a sentence that opens with a
//   date dates its first happening.
void EventMentionRefiner::refineMentionTimes(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ResolvedTime> &times)
{
    static const QRegularExpression apposition(u"^\\s*,\\s*(?:on\\s+|in\\s+)?$"_s);
    // "met three times in September", "hosted Zelensky at the White House, on Oct. 17"
    static const QRegularExpression count(u"^\\s*(?:(?:once|twice|again|several times|many times|\\w+\\s+times)\\s*)?"
                                          u"(?:(?:at|in)\\s+(?:the\\s+)?(?:[A-Z][\\w'\u2019-]*\\s*){1,4},?\\s*)?(?:in|on|during)?\\s*$"_s);
    // "In 2019 a fire ...", not the "08:45 -" of a live report.
    static const QRegularExpression opening(u"^\\s*(?:In|On|By|During)\\s*$"_s);
    const auto between = [&text](int from, int to) { return QStringView(text.text).mid(from, std::max(0, to - from)); };
    const auto dated = [&times](int t) {
        return t >= 0 && t < int(times.size()) && times[t].date.isDated() && times[t].mention.kind != TimeMention::Kind::Duration
            && !times[t].mention.datesNothing;
    };
    QSet<int> used;
    for (int i = 0; i < int(mentions.size()); ++i) {
        used.insert(mentions[i].time);
    }
    const MentionGroups bySentence(int(mentions.size()), [&mentions](int i) { return std::optional<int>(mentions[i].sentence); });
    // Times are in text order: the first one starting at or after a position.
    const auto firstFrom = [&times](int position) {
        return int(std::lower_bound(times.cbegin(), times.cend(), position, [](const ResolvedTime &t, int at) { return t.mention.range.start < at; })
            - times.cbegin());
    };
    QSet<int> countedFrom; // mentions a date is counted from: never the sentence's own date
    // "A day after the Geneva talks, Driscoll met a Russian delegation": the date counted from
    // the talks is the meeting's; the talks were the day before.
    for (EventMention &m : mentions) {
        if (m.insideQuote || m.sentence < 0 || m.sentence >= text.sentences.size()) {
            continue;
        }
        // The counting phrase ends right before the happening counted from.
        const int t = firstFrom(text.sentences[m.sentence].range.start);
        int counting = -1;
        for (int k = t; k < int(times.size()) && times[k].mention.range.start < m.range.start; ++k) {
            const TimeMention &tm = times[k].mention;
            if (dated(k) && tm.kind == TimeMention::Kind::Order && tm.beforeNoun && tm.range.end <= m.range.start
                && (m.range.start - tm.range.end <= 2
                    || (m.verb && onlyCapitalisedWords(QStringView(text.text).sliced(tm.range.end, m.range.start - tm.range.end))))) {
                counting = k;
            }
        }
        if (counting < 0) {
            continue;
        }
        countedFrom.insert(int(&m - mentions.data()));
        // The happening counted from took place before or after the sentence's date, never on
        // it; its own date may follow ("two days before they spoke on Oct. 16").
        // ("Four days after Milton came ashore, ... on Sunday": the count is dated by the main
        // clause's day, which comes after the happening counted from.)
        const bool mainClauseDay = m.time >= 0 && times[m.time].mention.range.start > m.range.end && times[m.time].date.iso == times[counting].date.iso
            && !times[counting].mention.range.contains(times[m.time].mention.range.start);
        if (!m.timeInside
            && (m.time == counting || mainClauseDay || (m.time >= 0 && times[m.time].mention.range.start < times[counting].mention.range.start))) {
            m.time = -1;
        }
        // On Oct. 14, "five days after the Gaza ceasefire": the ceasefire was on Oct. 9.
        const ResolvedTime &count = times[counting];
        if (m.time < 0 && count.mention.unit == TimeUnit::Day && count.date.granularity == DateValue::Granularity::Day && count.date.earliest.isValid()) {
            m.countedDate = TimeResolver::dayValue(count.date.earliest.addDays(-count.mention.offset));
        }
        for (const int other : bySentence.of(m.sentence)) {
            EventMention &main = mentions[other];
            if (&main != &m && (main.time < 0 || main.time == counting) && !main.insideQuote && !main.range.overlaps(m.range)) {
                main.time = counting;
                used.insert(counting);
                if (m.time == counting) {
                    m.time = -1;
                }
                break;
            }
        }
    }
    // "## Oct. 17: Zelensky at the White House" over "Zelensky met Trump, who ...": a dated
    // heading dates the first happening of its section when that sentence gives no date.
    for (int p = 0; p + 1 < int(text.paragraphs.size()); ++p) {
        const Paragraph &heading = text.paragraphs[p];
        const Paragraph &body = text.paragraphs[p + 1];
        if (!heading.heading || body.heading || body.firstSentence >= body.endSentence) {
            continue;
        }
        int dayTime = -1;
        for (int t = firstFrom(heading.range.start); t < int(times.size()) && times[t].mention.range.start < heading.range.end; ++t) {
            if (dated(t) && times[t].mention.kind == TimeMention::Kind::Date) {
                dayTime = dayTime < 0 ? t : -2; // one date, or the heading names a span
            }
        }
        const TextRange first = text.sentences[body.firstSentence].range;
        const int own = firstFrom(first.start);
        const bool dates = own < int(times.size()) && times[own].mention.range.start < first.end && dated(own);
        if (dayTime >= 0 && dates && times[own].mention.kind == TimeMention::Kind::Anaphoric && times[own].date.iso != times[dayTime].date.iso) {
            // "October 17: ..." over "The next day, Zelensky met Trump": the day counted from
            // the story before is the day the heading names.
            for (const int i : bySentence.of(body.firstSentence)) {
                if (mentions[i].time == own) {
                    mentions[i].time = dayTime;
                }
            }
            continue;
        }
        if (dayTime < 0 || dates) {
            continue;
        }
        for (const int i : bySentence.of(body.firstSentence)) {
            EventMention &m = mentions[i];
            if (!m.insideQuote && m.time < 0 && !m.planned) {
                m.time = dayTime;
                used.insert(dayTime);
                break;
            }
        }
    }
    // "10:40 p.m." on a line of its own over "A tide gauge stopped reporting": a live blog's
    // time stamp dates what its entry tells without a date of its own.
    for (int p = 0; p + 1 < int(text.paragraphs.size()); ++p) {
        const Paragraph &stamp = text.paragraphs[p];
        const Paragraph &entry = text.paragraphs[p + 1];
        const int t = firstFrom(stamp.range.start);
        if (entry.heading || !dated(t) || times[t].mention.hour < 0 || times[t].mention.kind != TimeMention::Kind::Deictic
            || times[t].mention.range.start != stamp.range.start || !between(times[t].mention.range.end, stamp.range.end).trimmed().isEmpty()) {
            continue;
        }
        for (int sentence = entry.firstSentence; sentence < entry.endSentence; ++sentence) {
            for (const int i : bySentence.of(sentence)) {
                EventMention &m = mentions[i];
                if (!m.insideQuote && m.time < 0 && !m.planned && !namesAYardstick(text.text, m)) {
                    m.time = t;
                }
            }
        }
    }
    // "16 October – Putin and Trump speak for two hours. Trump announces a summit in Budapest.":
    // a timeline entry's date dates each later sentence of the entry that gives none of its own.
    for (const Paragraph &entry : text.paragraphs) {
        if (entry.heading || entry.endSentence - entry.firstSentence < 2) {
            continue;
        }
        const int t = firstFrom(entry.range.start);
        if (!dated(t) || times[t].mention.kind != TimeMention::Kind::Date || times[t].date.granularity != DateValue::Granularity::Day
            || std::any_of(
                text.text.cbegin() + entry.range.start, text.text.cbegin() + times[t].mention.range.start, [](QChar c) { return c.isLetterOrNumber(); })) {
            continue;
        }
        const QStringView after = between(times[t].mention.range.end, entry.range.end).trimmed();
        if (after.isEmpty() || !(after.front() == u':' || after.front() == u'-' || after.front() == QChar(0x2013) || after.front() == QChar(0x2014))) {
            continue;
        }
        for (int sentence = entry.firstSentence + 1; sentence < entry.endSentence; ++sentence) {
            const TextRange range = text.sentences[sentence].range;
            if (const int own = firstFrom(range.start); own < int(times.size()) && times[own].mention.range.start < range.end) {
                continue; // a sentence with a time of its own is read by it
            }
            // The sentence's first happening; what it names after ("announces a summit") may
            // lie on another day.
            for (const int i : bySentence.of(sentence)) {
                EventMention &m = mentions[i];
                if (!m.insideQuote && m.time < 0 && !m.planned) {
                    m.time = t;
                    break;
                }
            }
        }
    }
    // "accept the plan by Nov. 27": a deadline for the document, not its date.
    static const QRegularExpression deadline(u"^\\s+by\\s+$"_s);
    for (EventMention &m : mentions) {
        if ((m.eventClass == EventClass::Document || m.eventClass == EventClass::Agreement) && dated(m.time) && !m.timeInside
            && deadline.matchView(between(m.range.end, times[m.time].mention.range.start)).hasMatch()) {
            m.time = -1;
        }
    }
    // "11:20 GMT Driscoll met Russian officials on Monday night": the entry's time stamp says
    // when it was written; a date in the sentence says when it happened.
    for (EventMention &m : mentions) {
        if (m.insideQuote || !dated(m.time) || times[m.time].mention.hour < 0 || times[m.time].mention.kind != TimeMention::Kind::Deictic || m.sentence < 0
            || m.sentence >= text.sentences.size()) {
            continue;
        }
        const TextRange sentence = text.sentences[m.sentence].range;
        bool topicsDay = false;
        for (int t = firstFrom(sentence.start); t < int(times.size()) && times[t].mention.range.start < sentence.end; ++t) {
            // "Asked about the noises heard on Tuesday and Wednesday, Mauger said": the days are
            // the noises'.
            const int at = times[t].mention.range.start;
            const bool joined
                = topicsDay && at - times[t - 1].mention.range.end <= 5 && between(times[t - 1].mention.range.end, at).trimmed().endsWith(u"and"_s);
            topicsDay = m.eventClass == EventClass::Response && m.range.contains(at) && (joined || afterParticiple(text.text, at));
            // ("has set sentencing for July 11": the day a decision fixed is not when it was made.)
            if (t != m.time && dated(t) && times[t].mention.hour < 0 && !used.contains(t) && times[t].mention.kind != TimeMention::Kind::Order && !topicsDay
                && times[t].planVerb < 0) {
                m.time = t;
                used.insert(t);
                break;
            }
        }
    }
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
        // "On April 1, six days after the crash, they asked": the opening date is not the crash's.
        if (m.sentence < 0 || m.sentence >= text.sentences.size() || countedFrom.contains(int(&m - mentions.data()))) {
            continue;
        }
        const TextRange sentence = text.sentences[m.sentence].range;
        // (The sentence's mentions, looked up once for all its times.)
        const std::span<const int> told = bySentence.of(m.sentence);
        for (int t = firstFrom(sentence.start); t < int(times.size()) && times[t].mention.range.start < m.range.start; ++t) {
            const TextRange range = times[t].mention.range;
            // "On Sunday, negotiators meeting in Geneva trimmed the draft": the opening date is
            // the whole sentence's, even when a later mention holds it too.
            const bool sharedHere = std::any_of(told.begin(), told.end(), [&](int other) { return mentions[other].time == t && &mentions[other] != &m; });
            // "Two months later, in March, more than 30 experts signed": a time that opens the
            // sentence before a comma sets its scene as "In March" does.
            const bool bareOpening = between(sentence.start, range.start).trimmed().isEmpty() && between(range.end, range.end + 1) == u",";
            if (range.end > m.range.start || !dated(t) || (used.contains(t) && !sharedHere)
                || !(bareOpening || opening.matchView(between(sentence.start, range.start)).hasMatch())) {
                continue;
            }
            // Only the first happening after the date, and only with nothing but words between.
            const bool firstAfter = std::none_of(
                told.begin(), told.end(), [&](int other) { return mentions[other].range.start >= range.end && mentions[other].range.start < m.range.start; });
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
void EventMentionRefiner::dropConditional(QList<EventMention> &mentions, const TextAnalysis &text)
{
    static const QRegularExpression condition(u"\\b(?:if|unless|whether|once)\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    // "there were no plans for a meeting", "without a vote": a happening denied.
    static const QRegularExpression denied(
        u"\\b(?:no|without)\\s+(?:(?:credible\\s+|clear\\s+)?(?:plans?|date|need|sign|evidence|indication)\\s+(?:for|of)\\s+)?(?:(?:a|an|any|the)\\s+)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    // "the offer was never put to a vote", "did not hold a ballot": brought about, it is said, never.
    static const QRegularExpression neverBrought(
        u"\\b(?:not|never)\\s+(?:been\\s+)?(?:(?:put|brought|taken|came|come|went|gone|go)\\s+to\\s+(?:(?:a|an|any)\\s+)?|(?:hold|held|have|had)\\s+"
        u"(?:(?:a|an|any|the)\\s+)?)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    mentions.removeIf([&text](const EventMention &m) {
        if (m.verb || !m.clauseLabel.isEmpty() || m.insideQuote || m.time >= 0) {
            return false;
        }
        const QStringView before = QStringView(text.text).mid(std::max(0, m.range.start - 36), std::min(36, m.range.start));
        // The expressions cost far more than looking for their words first.
        const QStringView last = before.last(std::min<qsizetype>(10, before.size()));
        return (mayContainAny(last, {u"if", u"unless", u"whether", u"once"}) && condition.matchView(last).hasMatch())
            || (mayContainAny(before, {u"no", u"without"}) && denied.matchView(before).hasMatch())
            || (mayContainAny(last, {u"to", u"hold", u"held", u"have", u"had"}) && mayContainAny(before, {u"not", u"never"})
                && neverBrought.matchView(before).hasMatch());
    });
}

namespace {
// Whether text holds needle, as QStringView::contains() says: for the few characters before a
// mention a plain loop costs less than the library's general search.
bool holds(QStringView text, QStringView needle)
{
    const qsizetype n = needle.size();
    for (qsizetype i = 0; i + n <= text.size(); ++i) {
        qsizetype k = 0;
        while (k < n && text[i + k] == needle[k]) {
            ++k;
        }
        if (k == n) {
            return true;
        }
    }
    return false;
}
} // namespace

// Whether gap is white space and auxiliaries each followed by white space, as the expression
// "^\s*(?:(?:will|would|was|were|is|are|be|been|being|has|have|had|to|not)\s+)*$" says: its
// words as written, its "\s" the ASCII white space (a final line feed, which "$" may stand
// before, is white space already).
bool onlyAuxiliaries(QStringView gap)
{
    static constexpr QStringView auxiliaries[]
        = {u"will", u"would", u"was", u"were", u"is", u"are", u"be", u"been", u"being", u"has", u"have", u"had", u"to", u"not"};
    const auto space = [](QChar c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); };
    qsizetype i = 0;
    while (i < gap.size() && space(gap[i])) {
        ++i;
    }
    while (i < gap.size()) {
        qsizetype end = i;
        while (end < gap.size() && !space(gap[end])) {
            ++end;
        }
        const QStringView word = gap.sliced(i, end - i);
        if (end == gap.size() || std::find(std::begin(auxiliaries), std::end(auxiliaries), word) == std::end(auxiliaries)) {
            return false;
        }
        i = end;
        while (i < gap.size() && space(gap[i])) {
            ++i;
        }
    }
    return true;
}

// "We will resume the live coverage tomorrow": the outlet speaking of itself tells no news;
// nor does a clause it only asks about.
void EventMentionRefiner::dropNarratorClauses(QList<EventMention> &mentions, const TextAnalysis &text)
{
    static const QRegularExpression narrator(u"(?:^|[\\s.:-])(?:we|We|I)\\s*$"_s);
    static const QRegularExpression opening(u"^(?:We|I)\\s"_s);
    // "The transcript shows what that choice has meant": a clause asked about, not told.
    static const QRegularExpression asked(u"\\b(?:what|how|why)\\s+(?:(?:that|the|this|its|his|her|their)\\s+)?$"_s);
    mentions.removeIf([&text](const EventMention &m) {
        if (m.clauseLabel.isEmpty() || m.insideQuote) {
            return false;
        }
        const QStringView before = QStringView(text.text).mid(std::max(0, m.range.start - 20), std::min(20, m.range.start));
        // The expressions are case-sensitive: their words as written decide cheaply.
        const QStringView clause = text.textOf(m.range);
        const QStringView last = before.last(std::min<qsizetype>(12, before.size()));
        // ", it turned out,", "it seems": the telling's aside, no happening.
        const bool aside = isOneOf(clause, {u"it turned out", u"it seems", u"it appears"}) || m.clauseLabel == u"Turned out";
        return aside || ((clause.startsWith(u'W') || clause.startsWith(u'I')) && opening.matchView(clause).hasMatch())
            || ((holds(last, u"we") || holds(last, u"We") || last.contains(u'I')) && narrator.matchView(last).hasMatch())
            || ((holds(before, u"wh") || holds(before, u"how")) && asked.matchView(before).hasMatch());
    });
}

// "Asked about the recording on Tuesday, the president defended his envoy": a dated clause
// told inside another mention is that mention's date, not a happening of its own.
void EventMentionRefiner::absorbInnerClauses(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words)
{
    QList<bool> absorbed(mentions.size(), false);
    // Only mentions of one sentence can hold each other: long texts stay linear.
    const MentionGroups bySentence(int(mentions.size()), [&mentions](int i) { return std::optional<int>(mentions[i].sentence); });
    for (int c = 0; c < int(mentions.size()); ++c) {
        const EventMention &clause = mentions[c];
        if (clause.clauseLabel.isEmpty() || !clause.verb) {
            continue;
        }
        for (const int o : bySentence.of(clause.sentence)) {
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
                subject = outer.range.end <= verbStart && onlyAuxiliaries(QStringView(text.text).mid(outer.range.end, verbStart - outer.range.end));
            }
            if (!inside && !subject) {
                continue;
            }
            // "The storm moved north through Georgia on Sept. 27": a storm lives for days, and
            // what it did on one of them is the clause; the noun is only its subject.
            if (subject && isLastingStorm(outer.lemma)) {
                absorbed[o] = true;
                break;
            }
            // "Asked about the noises heard on Tuesday, Mauger said": the time of what the
            // question was about is not the answer's.
            const bool aboutTopic = outer.eventClass == EventClass::Response && clause.headWord < outer.headWord && clause.headWord >= 0
                && clause.headWord < words.size()
                && !isOneOf(text.textOf(words[clause.headWord].range), {u"asked", u"Asked", u"questioned", u"Questioned", u"pressed", u"Pressed"});
            if (outer.time < 0 && !aboutTopic) {
                outer.time = clause.time;
            }
            absorbed[c] = true;
            break;
        }
    }
    if (!absorbed.contains(true)) {
        return; // nothing to take out: the mentions stay where they are
    }
    QList<EventMention> kept;
    kept.reserve(mentions.size());
    for (int i = 0; i < int(mentions.size()); ++i) {
        if (!absorbed[i]) {
            kept.append(std::move(mentions[i]));
        }
    }
    mentions = std::move(kept);
}

// "Witkoff suggested that Putin call Trump": "call" before the person called is a verb, not
// a "Putin call".
void EventMentionRefiner::dropCallVerbs(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words, const EventPeople &people)
{
    mentions.removeIf([&](const EventMention &m) {
        if (m.verb || m.eventClass != EventClass::Call || m.headWord < 0 || m.headWord + 1 >= words.size() || !m.clauseLabel.isEmpty()) {
            return false;
        }
        const ScannedWord &next = words[m.headWord + 1];
        const QStringView after = text.textOf(next.range);
        if (isOneOf(after, {u"him", u"her", u"them", u"me", u"us"})) {
            return true;
        }
        const QList<EventPeople::Found> called = people.inRange({next.range.start, std::min(int(text.text.size()), next.range.start + 40)});
        return !called.isEmpty() && called.first().range.start == next.range.start;
    });
}

namespace {
// "Starliner scheduled" says nothing of what is scheduled: "Starliner scheduled to launch",
// "Storm expected to make landfall".
void nameWhatIsPlanned(EventMention &m, const TextAnalysis &text, const QList<ScannedWord> &words)
{
    const int head = m.headWord;
    if (!m.verb || m.clauseLabel.isEmpty() || head < 0 || head + 2 >= int(words.size()) || !m.status || *m.status == EventStatus::Happened) {
        return;
    }
    const QStringView cue = text.textOf(words[head].range);
    const auto plain = [&words](int k) { return words[k].kind == ScannedWord::Kind::Letters && !words[k].capitalised; };
    if (!m.clauseLabel.endsWith(cue) || !equalsLower(text.textOf(words[head + 1].range), u"to") || !plain(head + 2)) {
        return;
    }
    QString what = u" to "_s + text.textOf(words[head + 2].range).toString();
    // "make landfall", "take place", "hold talks": a light verb needs its noun.
    if (isOneOf(text.textOf(words[head + 2].range), {u"make", u"take", u"hold", u"have", u"give", u"reach"})) {
        // "hold separate talks": the noun, and a modifier before it.
        for (int k = head + 3; k < head + 5 && k < int(words.size()) && plain(k) && !isDeterminer(text.textOf(words[k].range))
            && !isOneOf(text.textOf(words[k].range), {u"on", u"in", u"at", u"with", u"for", u"to", u"by", u"from", u"after", u"before", u"and", u"or"});
            ++k) {
            what += u' ' + text.textOf(words[k].range).toString();
        }
    }
    m.clauseLabel += what;
}
} // namespace

void EventMentionRefiner::dropModifierNouns(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words)
{
    QList<bool> modifier(mentions.size(), false);
    for (qsizetype i = 0; i + 1 < mentions.size(); ++i) {
        const EventMention &m = mentions[i];
        // (Mentions are in text order: the phrase that holds this noun as a modifier starts with it.)
        for (qsizetype n = i + 1; n < mentions.size() && mentions[n].range.start <= m.range.start; ++n) {
            const EventMention &outer = mentions[n];
            if (m.verb || outer.verb || !m.clauseLabel.isEmpty() || m.headWord < 0 || outer.headWord <= m.headWord || outer.headWord - m.headWord > 3
                || outer.range.end < m.range.end) {
                continue;
            }
            // Only plain words between the two nouns: "launch readiness briefing", not "call about
            // the summit".
            bool plain = true;
            for (int k = m.headWord + 1; k < outer.headWord && plain; ++k) {
                plain = words[k].kind == ScannedWord::Kind::Letters && !words[k].capitalised && !isDeterminer(text.textOf(words[k].range))
                    && !isOneOf(text.textOf(words[k].range), {u"of", u"about", u"with", u"between", u"on", u"in", u"at", u"for", u"to", u"and", u"or", u"by"});
            }
            modifier[i] = modifier[i] || plain;
        }
    }
    qsizetype at = 0;
    mentions.removeIf([&modifier, &at](const EventMention &) { return modifier[at++]; });
}

void EventMentionRefiner::tellStatuses(QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words)
{
    const EventStatusReader reader(text, words);
    QList<bool> denied(mentions.size(), false);
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        EventMention &m = mentions[i];
        if (m.insideQuote) {
            continue;
        }
        const EventStatusReader::Telling told = reader.of(m);
        denied[i] = told.denied;
        m.status = told.status;
        nameWhatIsPlanned(m, text, words);
        if (!m.status && m.planned) {
            m.status = EventStatus::Planned;
        }
        if (!m.status && m.verb) {
            m.status = EventStatus::Happened;
        }
    }
    qsizetype at = 0;
    mentions.removeIf([&denied, &at](const EventMention &) { return denied[at++]; });
}

} // namespace Sourceline
