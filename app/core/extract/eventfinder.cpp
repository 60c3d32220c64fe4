// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventfinder.h"
#include "peoplelexicon.h"
#include "wordmatch.h"
#include "wordshapes.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;
using namespace Sourceline::WordLiterals;

namespace Sourceline {

namespace {

// "When asked about ...", "Asked about ...": the words a response clause opens with.
constexpr std::initializer_list<QStringView> responseOpenings = {u"when"_w, u"asked"_w, u"questioned"_w, u"pressed"_w};

// Whether word may be one of responseOpenings, by its first letter: "w", "a", "q" or "p" in
// either case, or a letter outside ASCII, which only the list itself can judge.
bool mayOpenResponse(QStringView word)
{
    if (word.isEmpty()) {
        return false;
    }
    const char16_t first = word.front().unicode();
    if (first >= 0x80) {
        return true;
    }
    const char16_t lower = (first >= u'A' && first <= u'Z') ? char16_t(first + (u'a' - u'A')) : first;
    return lower == u'w' || lower == u'a' || lower == u'q' || lower == u'p';
}

// Whether word ends in "ly" as written, as QStringView::endsWith() says, without its call.
bool endsInLy(QStringView word)
{
    return word.size() >= 2 && word[word.size() - 2] == u'l' && word.back() == u'y';
}

class EventScanner
{
public:
    EventScanner(
        const TextAnalysis &text, const QList<ScannedWord> &words, const QList<ResolvedTime> &times, const EventPeople &people, const QList<TextRange> &quotes)
        : m_text(text.text)
        , m_analysis(text)
        , m_words(words)
        , m_times(times)
        , m_people(people)
        , m_quotes(quotes)
    {
        std::sort(m_quotes.begin(), m_quotes.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
        m_timeAt.fill(-1, words.size());
        for (int t = 0; t < int(times.size()); ++t) {
            for (int w = std::max(0, times[t].mention.firstWord); w < times[t].mention.endWord && w < int(words.size()); ++w) {
                m_timeAt[w] = t;
            }
        }
        mapSentences();
    }

    QList<EventMention> scan() const
    {
        QList<EventMention> mentions = nounsAndVerbs();
        addClauses(mentions);
        std::sort(mentions.begin(), mentions.end(), [](const EventMention &a, const EventMention &b) { return a.range.start < b.range.start; });
        return mentions;
    }

private:
    QList<EventMention> nounsAndVerbs() const
    {
        QList<EventMention> mentions;
        for (int i = 0; i < int(m_words.size()); ++i) {
            if (m_words[i].kind != ScannedWord::Kind::Letters) {
                continue;
            }
            const QStringView w = word(i);
            // The clause's opening words, tested here so that other words skip the call; their
            // first letters let nearly every word go by without the list.
            if (mayOpenResponse(w) && isOneOf(w, responseOpenings)) {
                if (auto m = responseClause(i)) {
                    mentions.append(std::move(*m));
                    continue;
                }
            }
            // "Zelensky visits the White House": a plural-looking event noun between a name and
            // what it governs is the verb of a present-tense clause.
            // (The word tests come first: they let almost every word go by without a look-up.)
            const bool betweenNameAndObject = w.endsWith(u's') && valid(i - 1) && m_words[i - 1].capitalised
                && m_words[i - 1].kind == ScannedWord::Kind::Letters && valid(i + 1) && m_words[i + 1].kind == ScannedWord::Kind::Letters
                && (m_words[i + 1].capitalised || isDeterminer(word(i + 1)));
            if (const EventWord present = betweenNameAndObject ? eventVerb(w) : EventWord{}; present.eventClass != EventClass::None) {
                if (auto m = verbMention(i, present)) {
                    mentions.append(std::move(*m));
                    continue;
                }
            }
            if (const EventWord noun = eventNoun(w); noun.eventClass != EventClass::None) {
                // "the Marine Accident Investigation Branch", "the Marine Board of Investigation":
                // a capitalised event word inside an institution's name names no happening.
                // "NASA Administrator Bill Nelson": nor does one that opens a person's name.
                const bool inName = m_words[i].capitalised
                    && ((!sentenceInitial(i)
                            && ((valid(i + 1) && m_words[i + 1].capitalised && isInstitutionWord(word(i + 1)))
                                || (is(i - 1, u"of"_w) && valid(i - 2) && m_words[i - 2].capitalised) || nameGoesOnPastAnd(i)))
                        || opensPersonName(i) || endsPersonsName(i));
                if (inName) {
                    continue;
                }
                if (auto m = nounMention(i, noun)) {
                    mentions.append(std::move(*m));
                }
                continue;
            }
            if (m_words[i].capitalised) {
                continue;
            }
            if (const EventWord verb = eventVerb(w); verb.eventClass != EventClass::None) {
                if (auto m = verbMention(i, verb)) {
                    mentions.append(std::move(*m));
                }
            }
        }
        return mentions;
    }

    // "District of Columbia Fire and EMS Chief John Donnelly", "Dorset Fire and Rescue": a
    // capitalised word after a capitalised word, joined by "and" to another, is inside a name.
    [[nodiscard]] bool nameGoesOnPastAnd(int i) const
    {
        const auto capitalisedWord = [this](int k) { return valid(k) && m_words[k].kind == ScannedWord::Kind::Letters && m_words[k].capitalised; };
        return capitalisedWord(i - 1) && !isFunctionWord(word(i - 1)) && is(i + 1, u"and"_w) && capitalisedWord(i + 2) && !isFunctionWord(word(i + 2));
    }

    // Dated clauses and clauses with an order word ("previously", "later") that name no event
    // noun of their own become events of their own: "The ban was adopted on 14 April 2023",
    // "A lower court upheld the ban on Nov. 20, 2023", "Previously, Dairyvale had recalled ...".
    void addClauses(QList<EventMention> &mentions) const
    {
        QList<bool> timeUsed(m_times.size(), false);
        QHash<int, int> mentionByHead;
        for (int i = 0; i < int(mentions.size()); ++i) {
            EventMention &m = mentions[i];
            mentionByHead.insert(m.headWord, i);
            if (m.time < 0) {
                continue;
            }
            // "voted down the water bill on Tuesday": the date is the vote's, not the bill's.
            const bool thing = m.eventClass == EventClass::Document || m.eventClass == EventClass::Report || m.eventClass == EventClass::Agreement;
            const int firstWord = wordAt(m.range.start);
            if (thing && !m.timeInside && !m.verb && firstWord >= 0 && (clauseVerb(firstWord - 1) || clauseVerb(firstWord - 2) || votedOn(firstWord))) {
                m.time = -1;
                continue;
            }
            // "Sunak called the election on May 22": calling an election, a vote or a strike
            // announces it; the date is the calling's, not the happening's.
            if (!m.timeInside && !m.verb && firstWord >= 0 && (calledFor(firstWord - 1) || (isDeterminer(word(firstWord - 1)) && calledFor(firstWord - 2)))) {
                m.time = -1;
                continue;
            }
            timeUsed[m.time] = true;
        }
        QList<bool> absorbed(mentions.size(), false);
        QSet<int> clauseVerbs;
        for (int t = 0; t < int(m_times.size()); ++t) {
            const ResolvedTime &time = m_times[t];
            const TimeMention &tm = time.mention;
            const bool ordering = tm.kind == TimeMention::Kind::Order && !tm.beforeNoun && tm.offset == 0;
            const bool dated = time.date.isDated() && tm.kind != TimeMention::Kind::Duration && !tm.datesNothing;
            if ((!dated && !ordering) || timeUsed[t] || !valid(tm.firstWord) || insideQuote(tm.range.start) || (dateline(tm) && !opensEntry(tm))) {
                continue;
            }
            // "Later, on March 19, Swiss authorities arranged", "Later on Friday, he apologized":
            // the date or day restating an order word dates the clause; the order word leaves the
            // verb to it.
            if (ordering && t + 1 < int(m_times.size()) && (isPunct(tm.endWord, u',') || is(tm.endWord, u"on"_w))
                && m_times[t + 1].mention.firstWord <= tm.endWord + 2
                && (m_times[t + 1].mention.kind == TimeMention::Kind::Date || m_times[t + 1].mention.kind == TimeMention::Kind::Weekday)
                && m_times[t + 1].date.isDated()) {
                continue;
            }
            // "March 26, 1:25 a.m. — The ship loses power": the entry is dated by its time of
            // day, which carries the day too.
            if (dated && t + 1 < int(m_times.size()) && isPunct(tm.endWord, u',') && m_times[t + 1].mention.firstWord == tm.endWord + 1
                && m_times[t + 1].date.isDated() && opensEntry(m_times[t + 1].mention)) {
                continue;
            }
            // "a deal on next year's catch limits early on Friday": a possessive date belongs to
            // the noun after it, not to the clause.
            if (const QStringView after = QStringView(m_text).mid(tm.range.end, 2); after == u"'s"_w || after == u"\u2019s"_w) {
                continue;
            }
            // "Meyers said the July 19 update contained a mismatch": a day written in figures
            // between an article and a noun names which thing is meant; it does not date the clause
            // around it. "before the Christmas recess", "the August recess" do.
            // So does a year after "a": "despite a 2019 law that guarantees it" ("the 2008 crisis"
            // may name the happening the clause is set in, and "in a 2019 blog post the company
            // argued" tells where it was done).
            const bool dayInFigures = time.date.granularity == DateValue::Granularity::Day
                && std::any_of(m_text.cbegin() + tm.range.start, m_text.cbegin() + tm.range.end, [](QChar c) { return c.isDigit(); });
            const bool aYear = time.date.granularity == DateValue::Granularity::Year && tm.month == 0 && isOneOf(word(tm.firstWord - 1), {u"a"_w, u"an"_w})
                && !isOneOf(word(tm.firstWord - 2), {u"in"_w, u"at"_w, u"during"_w, u"on"_w});
            if ((dayInFigures || aYear) && valid(tm.firstWord - 1)
                && isOneOf(word(tm.firstWord - 1), {u"the"_w, u"a"_w, u"an"_w, u"its"_w, u"their"_w, u"this"_w, u"that"_w}) && valid(tm.endWord)
                && m_words[tm.endWord].kind == ScannedWord::Kind::Letters && !m_words[tm.endWord].capitalised && !isFunctionWord(word(tm.endWord))) {
                continue;
            }
            if (const int p = paragraphOf(tm.range.start); p >= 0 && m_analysis.paragraphs[p].heading) {
                // "April 23, 2021" over "The Court of Appeal quashes the convictions": a
                // timeline's heading that holds only dates dates the happening its section opens with.
                if (const int entry = sectionEntry(p, tm); dated && entry >= 0) {
                    dateEntry(mentions, t, tm, entry, mentionByHead, clauseVerbs, absorbed);
                    timeUsed[t] = true;
                }
                continue;
            }
            // "The hearing is set to run until Sept. 27": the day a happening lasts until is its
            // end, not when it took place. So is the day a thing kept "in place" lasts until, and
            // the day a term runs until ("extended his contract until 2027 last summer",
            // "appointed him on a contract until June 2027") is no time of the signing.
            if (isOneOf(word(tm.firstWord - 1), {u"until"_w, u"till"_w, u"through"_w})
                && (isOneOf(word(tm.firstWord - 2), {u"run"_w, u"runs"_w, u"last"_w, u"lasts"_w, u"continue"_w, u"continues"_w, u"go"_w, u"goes"_w, u"place"_w})
                    || isTermNoun(word(tm.firstWord - 2)))) {
                timeUsed[t] = true;
                continue;
            }
            // "a transcript of the call published by Bloomberg on Tuesday": the date is the
            // publishing's, told in a reduced relative; no clause before it owns it.
            bool reducedRelative = false;
            for (int k = tm.firstWord - 1; k >= 0 && k >= tm.firstWord - 6 && !punct(k); --k) {
                if (is(k + 1, u"by"_w)
                    && isOneOf(word(k), {u"published"_w, u"released"_w, u"leaked"_w, u"obtained"_w, u"reported"_w, u"broadcast"_w, u"posted"_w, u"aired"_w})
                    && !auxiliary(k - 1) && m_words.value(k - 1).kind == ScannedWord::Kind::Letters && !m_words[k - 1].capitalised) {
                    reducedRelative = true;
                    break;
                }
            }
            if (reducedRelative) {
                continue;
            }
            // "10:40 p.m." on a line of its own: a live blog's time stamp dates the first
            // happening its entry tells.
            if (dated && stampLine(tm)) {
                const int entry = paragraphOf(m_words.value(tm.endWord).range.start);
                for (int k = tm.endWord; valid(k) && k < tm.endWord + 40 && paragraphOf(m_words[k].range.start) == entry; ++k) {
                    if (!clauseVerb(k) || clauseVerbs.contains(k)) {
                        continue;
                    }
                    // "Helene made landfall at 11:10 p.m.": a sentence with a time of its own
                    // says when it happened; the stamp only when it was written.
                    // "Merchan has set sentencing for July 11": the day a decision fixed is no
                    // time of the deciding.
                    // (A length of time, "after a two-hour delay", says when nothing happened.)
                    const auto ownTimeAt = [this](int w) {
                        return m_timeAt[w] >= 0 && m_times[m_timeAt[w]].planVerb < 0 && m_times[m_timeAt[w]].mention.kind != TimeMention::Kind::Duration;
                    };
                    bool ownTime = false;
                    for (int w = k; valid(w) && sameSentence(w, k) && !ownTime; --w) {
                        ownTime = ownTimeAt(w);
                    }
                    for (int w = k + 1; valid(w) && sameSentence(w, k) && !ownTime; ++w) {
                        ownTime = ownTimeAt(w);
                    }
                    if (ownTime) {
                        continue;
                    }
                    if (const auto it = mentionByHead.constFind(k); it != mentionByHead.cend()) {
                        mentions[*it].time = mentions[*it].time < 0 ? t : mentions[*it].time;
                    } else if (addClause(mentions, k, t, true, false, tm, mentionByHead, absorbed)) {
                        clauseVerbs.insert(k);
                    }
                    break;
                }
                timeUsed[t] = true;
                continue;
            }
            // "Oct. 17: Zelensky visits the White House": a timeline entry dates what it tells.
            if (dated && opensEntry(tm) && dateEntry(mentions, t, tm, tm.endWord + 1, mentionByHead, clauseVerbs, absorbed)) {
                timeUsed[t] = true;
                continue;
            }
            // "In the call on 14 October, Witkoff suggested ...": the date right after an event
            // noun is that event's, not the clause's after the comma.
            if (dated && is(tm.firstWord - 1, u"on"_w) && mentionByHead.contains(tm.firstWord - 2)) {
                EventMention &noun = mentions[mentionByHead.value(tm.firstWord - 2)];
                if (!noun.verb && noun.time < 0 && (noun.eventClass == EventClass::Call || noun.eventClass == EventClass::Meeting)) {
                    noun.time = t;
                    noun.venue = false;
                    timeUsed[t] = true;
                    continue;
                }
            }
            // "On Friday the judge moved the sentencing to 26 November": the deciding has its
            // day and its label tells the new one; the day fixed adds no happening of its own.
            if (time.planVerb >= 0 && (clauseVerbs.contains(time.planVerb) || mentionByHead.contains(time.planVerb))) {
                timeUsed[t] = true;
                continue;
            }
            // "wage figures due on April 2", "the deadline for claims is March 31": the noun
            // phrase is the event.
            if (dated) {
                if (auto np = scheduledThing(tm)) {
                    // "His federal trial in Washington on charges of trying to overturn the 2020
                    // election had been set for March 4": the event noun opening the sentence is
                    // what was set, not the last noun before the verb.
                    if (const int subject = subjectEventNoun(np->headWord, mentionByHead);
                        subject != np->headWord && (!mentionByHead.contains(np->headWord) || !np->planText.isEmpty())) {
                        np->headWord = subject;
                        if (!np->planText.isEmpty()) {
                            QString label = word(subject).toString() + u' ' + np->planText;
                            label[0] = label[0].toUpper();
                            np->clauseLabel = label;
                        }
                    }
                    // "The trial of the former mayor is set for March 3": the trial told by its noun.
                    if (const auto known = mentionByHead.constFind(np->headWord); known != mentionByHead.cend() && mentions[*known].time < 0) {
                        mentions[*known].time = t;
                        if (np->clauseLabel.contains(u' ') && mentions[*known].participants.isEmpty()) {
                            mentions[*known].clauseLabel = np->clauseLabel; // "Trial of the former mayor"
                        }
                        timeUsed[t] = true;
                        continue;
                    }
                    np->time = t;
                    mentions.append(std::move(*np));
                    continue;
                }
            }
            // "on Tuesday, when the first flood alerts went out": the when-clause is an event too.
            QList<int> verbs;
            if (isPunct(tm.endWord, u',') && is(tm.endWord + 1, u"when"_w)) {
                verbs.append(verbForward(tm.endWord + 2));
            } else if (is(tm.endWord, u"when"_w)) {
                verbs.append(whenClauseVerb(tm.endWord));
            }
            int verb = -1;
            if (isOneOf(word(tm.firstWord - 1), {u"will"_w, u"would"_w, u"could"_w, u"should"_w, u"might"_w, u"must"_w}) && valid(tm.endWord)
                && m_words[tm.endWord].kind == ScannedWord::Kind::Letters && !m_words[tm.endWord].capitalised) {
                verb = tm.endWord; // "The ministry will later publish the results"
            }
            if (verb < 0) {
                verb = verbBackward(tm.firstWord, tm.kind != TimeMention::Kind::Order);
            }
            if (verb == -1) {
                // "On Tuesday and again on Wednesday, a plane picked up": the clause follows the
                // day the range ends on.
                const bool joined = t + 1 < int(m_times.size()) && m_times[t + 1].mention.datesNothing && m_times[t + 1].mention.firstWord > tm.endWord
                    && m_times[t + 1].mention.firstWord - tm.endWord <= 3;
                verb = verbForward(joined ? m_times[t + 1].mention.endWord : tm.endWord);
            } else if (clauseVerbs.contains(verb) && isPunct(tm.firstWord - 1, u',') && tm.kind != TimeMention::Kind::Duration && valid(tm.endWord)
                && m_words[tm.endWord].kind == ScannedWord::Kind::Letters && !isFunctionWord(word(tm.endWord))) {
                // "reported a loss on Oct. 23, the same day workers voted down its third offer":
                // the time after the comma restates the dated clause's day and dates the clause
                // that follows it, before any comma.
                const int forward = verbForward(tm.endWord);
                bool comma = false;
                for (int k = tm.endWord; forward >= 0 && k < forward && !comma; ++k) {
                    comma = isPunct(k, u',');
                }
                if (forward >= 0 && !comma && forward - tm.endWord <= 4) {
                    verb = forward;
                }
            } else if (clauseVerbs.contains(verb) && is(tm.firstWord - 1, u"on"_w) && is(tm.firstWord - 2, u"and"_w)) {
                // "By 1 October the toll had passed 160, and on 7 October it stood above 230": the
                // verb behind has its date; the clause the date opens has its own verb, before
                // any comma.
                const int forward = verbForward(tm.endWord);
                bool comma = false;
                for (int k = tm.endWord; forward >= 0 && k < forward && !comma; ++k) {
                    comma = isPunct(k, u',');
                }
                if (forward >= 0 && !comma) {
                    verb = forward;
                }
            }
            verbs.append(verb);
            if (dated) {
                verbs.append(mainVerbOfWhileClause(verb));
            }
            for (const int v : std::as_const(verbs)) {
                if (v < 0 || clauseVerbs.contains(v)) {
                    continue;
                }
                if (const auto it = mentionByHead.constFind(v); it != mentionByHead.cend()) {
                    if (mentions[*it].time < 0 && dated) {
                        mentions[*it].time = t; // "Putin met Witkoff on Friday"
                    }
                    continue;
                }
                // "Earlier on Tuesday, Driscoll held talks": an order word that adds no clause leaves
                // the verb to the date after it.
                if (addClause(mentions, v, t, dated, ordering, tm, mentionByHead, absorbed)) {
                    clauseVerbs.insert(v);
                    // "he said in a written statement on Sunday night": the saying is the statement.
                    if (const int told = statementSaidIn(v, mentionByHead); told >= 0 && told < absorbed.size() && mentions[told].time < 0) {
                        absorbed[told] = true;
                    }
                }
            }
        }
        QList<EventMention> kept;
        kept.reserve(mentions.size());
        for (int i = 0; i < int(mentions.size()); ++i) {
            if (i >= absorbed.size() || !absorbed[i]) {
                kept.append(std::move(mentions[i]));
            }
        }
        mentions = std::move(kept);
    }

    // "A plane collided with a helicopter as it approached the airport on Wednesday night": a
    // clause of the same moment ("as it", "while they") shares its day with the event verb of
    // the clause it hangs on; that verb, or -1.
    [[nodiscard]] int mainVerbOfWhileClause(int verb) const
    {
        if (verb < 2 || !isOneOf(word(verb - 1), {u"it"_w, u"he"_w, u"she"_w, u"they"_w}) || !isOneOf(word(verb - 2), {u"as"_w, u"while"_w})) {
            return -1;
        }
        for (int k = verb - 3; valid(k) && k >= verb - 12 && sameSentence(k, verb) && !punct(k); --k) {
            if (m_words[k].kind == ScannedWord::Kind::Letters && !m_words[k].capitalised && eventVerb(word(k)).eventClass != EventClass::None) {
                return k;
            }
        }
        return -1;
    }

    // The undated report noun a speech verb names its telling by ("said in a written statement",
    // "told reporters in an interview" is another's), or -1.
    [[nodiscard]] int statementSaidIn(int verb, const QHash<int, int> &mentionByHead) const
    {
        if (!isOneOf(word(verb), {u"said"_w, u"says"_w}) || !is(verb + 1, u"in"_w)) {
            return -1;
        }
        for (int k = verb + 2; valid(k) && k <= verb + 5 && sameSentence(k, verb); ++k) {
            if (const auto it = mentionByHead.constFind(k); it != mentionByHead.cend()) {
                return isOneOf(word(k), {u"statement"_w, u"interview"_w, u"speech"_w, u"post"_w}) ? *it : -1;
            }
        }
        return -1;
    }

    bool addClause(QList<EventMention> &mentions, int verb, int t, bool dated, bool ordering, const TimeMention &tm, const QHash<int, int> &mentionByHead,
        QList<bool> &absorbed) const
    {
        // "They have not lost at home since August", "London had not seen the document until
        // 20 November": what did not happen is no event of the timeline.
        // "had not walked out since the 1980s" tells when it last happened: that stays.
        for (int k = verb - 1; k >= verb - 3 && valid(k) && sameSentence(k, verb) && !punct(k) && !is(tm.firstWord - 1, u"since"_w); --k) {
            if (isOneOf(word(k), {u"not"_w, u"never"_w, u"t"_w})) {
                return false;
            }
        }
        {
            // A dated clause with an event noun told in the same sentence is that noun's date.
            if (ordering) {
                bool hasMention = false;
                for (const EventMention &m : std::as_const(mentions)) {
                    hasMention = hasMention || m.sentence == m_sentenceOfWord[tm.firstWord];
                }
                if (hasMention) {
                    return false;
                }
            }
            EventMention m = clauseMention(verb, tm);
            if (dated) {
                m.time = t;
            }
            // "ordered the recall of a batch": the clause is the recall.
            for (int k = verb + 1; k < m.headWord + 8 && valid(k); ++k) {
                const auto it = mentionByHead.constFind(k);
                if (it == mentionByHead.cend() || absorbed[*it] || m_words[k].range.start >= m.range.end) {
                    continue;
                }
                const EventMention &object = mentions[*it];
                // ("called the election": the calling announces the election, which comes later.)
                if (object.eventClass != EventClass::Document && object.eventClass != EventClass::Report && object.eventClass != EventClass::Agreement
                    && !calledFor(verb)) {
                    // "Residents put on a fundraising picnic": the label reaches the event noun.
                    if (object.range.end > m.range.end) {
                        m.clauseLabel += u' ' + QStringView(m_text).mid(m.range.end, object.range.end - m.range.end).toString().simplified();
                        m.range.end = object.range.end;
                    }
                    m.lemma = object.lemma;
                    m.eventClass = object.eventClass;
                    m.indefinite = object.indefinite;
                    m.leaked = object.leaked;
                    absorbed[*it] = true;
                }
                break;
            }
            mentions.append(std::move(m));
        }
        return true;
    }

    // A date that opens its paragraph, after no more than list marks, and is followed by a colon
    // or a dash: "Oct. 17: ...", "- Nov. 20 — ...".
    [[nodiscard]] bool opensEntry(const TimeMention &tm) const
    {
        const int p = paragraphOf(tm.range.start);
        if (p < 0 || !(isPunct(tm.endWord, u':') || dash(tm.endWord) || isPunct(tm.endWord, QChar(0x2014)))) {
            return false;
        }
        const int paragraphStart = m_analysis.paragraphs[p].range.start;
        for (int k = tm.firstWord - 1; valid(k) && m_words[k].range.start >= paragraphStart; --k) {
            // "March 26, 1:25 a.m. —": the day before the time of day belongs to the entry's date.
            // "1. March 26: ...": so does a numbered list's number opening the line.
            if (!punct(k) && m_timeAt[k] < 0 && !entryNumber(k, paragraphStart)) {
                return false;
            }
        }
        return true;
    }

    // Whether word k is the number of a numbered entry: one or two figures opening the
    // paragraph, with a full stop or a bracket right after them ("1.", "12)").
    [[nodiscard]] bool entryNumber(int k, int paragraphStart) const
    {
        return m_words[k].kind == ScannedWord::Kind::Digits && m_words[k].range.start == paragraphStart && m_words[k].range.length() <= 2
            && (isPunct(k + 1, u'.') || isPunct(k + 1, u')')) && attached(k + 1);
    }

    // A heading that holds only dates ("April 23, 2021", "2000 to 2015"): a timeline's section.
    [[nodiscard]] bool datesHeading(int heading) const
    {
        const TextRange range = m_analysis.paragraphs[heading].range;
        if (!m_analysis.paragraphs[heading].heading) {
            return false;
        }
        for (int k = wordIndexAt(m_words, range.start); valid(k) && m_words[k].range.start < range.end; ++k) {
            if (m_timeAt[k] < 0 && !punct(k) && !isOneOf(word(k), {u"to"_w, u"and"_w, u"until"_w, u"through"_w})) {
                return false;
            }
        }
        return true;
    }

    // The first word of the section under a dates heading whose first date is tm; -1 for any
    // other heading.
    [[nodiscard]] int sectionEntry(int heading, const TimeMention &tm) const
    {
        if (wordIndexAt(m_words, m_analysis.paragraphs[heading].range.start) != tm.firstWord || heading + 1 >= m_analysis.paragraphs.size()
            || m_analysis.paragraphs[heading + 1].heading || !datesHeading(heading)) {
            return -1;
        }
        const int entry = wordIndexAt(m_words, m_analysis.paragraphs[heading + 1].range.start);
        return valid(entry) ? entry : -1;
    }

    // Whether a paragraph stands in a timeline's section: the heading above it holds only dates.
    [[nodiscard]] bool inDatesSection(int paragraph) const
    {
        for (int p = paragraph - 1; p >= 0 && p >= paragraph - 4; --p) {
            if (m_analysis.paragraphs[p].heading) {
                return datesHeading(p);
            }
        }
        return false;
    }

    // A time of day alone on its line: "10:40 p.m." over a live blog's entry.
    [[nodiscard]] bool stampLine(const TimeMention &tm) const
    {
        const int p = paragraphOf(tm.range.start);
        if (p < 0 || tm.hour < 0 || tm.kind != TimeMention::Kind::Deictic) {
            return false;
        }
        const TextRange paragraph = m_analysis.paragraphs[p].range;
        return tm.range.start == paragraph.start && QStringView(m_text).mid(tm.range.end, std::max(0, paragraph.end - tm.range.end)).trimmed().isEmpty();
    }

    // A verb of a timeline entry, past or present: "presents", "meet", "begin".
    [[nodiscard]] bool entryVerb(int k) const
    {
        static const std::initializer_list<QStringView> verbs = {u"meet"_w, u"meets"_w, u"speak"_w, u"speaks"_w, u"hold"_w, u"holds"_w, u"sign"_w, u"signs"_w,
            u"say"_w, u"says"_w, u"present"_w, u"presents"_w, u"begin"_w, u"begins"_w, u"announce"_w, u"announces"_w, u"visit"_w, u"visits"_w, u"arrive"_w,
            u"arrives"_w, u"travel"_w, u"travels"_w, u"publish"_w, u"publishes"_w, u"agree"_w, u"agrees"_w, u"reject"_w, u"rejects"_w, u"launch"_w,
            u"launches"_w, u"leave"_w, u"leaves"_w, u"return"_w, u"returns"_w, u"impose"_w, u"imposes"_w, u"call"_w, u"calls"_w, u"tell"_w, u"tells"_w,
            u"warn"_w, u"warns"_w, u"approve"_w, u"approves"_w, u"vote"_w, u"votes"_w, u"win"_w, u"wins"_w, u"resign"_w, u"resigns"_w, u"release"_w,
            u"releases"_w, u"open"_w, u"opens"_w, u"reopen"_w, u"reopens"_w, u"close"_w, u"closes"_w, u"end"_w, u"ends"_w, u"host"_w, u"hosts"_w, u"receive"_w,
            u"receives"_w, u"send"_w, u"sends"_w, u"unveil"_w, u"unveils"_w, u"accept"_w, u"accepts"_w, u"offer"_w, u"offers"_w, u"submit"_w, u"submits"_w,
            u"declare"_w, u"declares"_w, u"order"_w, u"orders"_w, u"give"_w, u"gives"_w, u"take"_w, u"takes"_w, u"fly"_w, u"flies"_w, u"land"_w, u"lands"_w,
            u"strike"_w, u"strikes"_w, u"attack"_w, u"attacks"_w, u"find"_w, u"finds"_w, u"plead"_w, u"pleads"_w, u"testify"_w, u"testifies"_w, u"sue"_w,
            u"sues"_w, u"convict"_w, u"convicts"_w, u"acquit"_w, u"acquits"_w, u"indict"_w, u"indicts"_w, u"collapse"_w, u"collapses"_w, u"apologise"_w,
            u"apologises"_w, u"apologize"_w, u"apologizes"_w, u"quit"_w, u"quits"_w, u"die"_w, u"dies"_w, u"invade"_w, u"invades"_w, u"seize"_w, u"seizes"_w,
            u"acquire"_w, u"acquires"_w, u"appoint"_w, u"appoints"_w, u"elect"_w, u"elects"_w, u"withdraw"_w, u"withdraws"_w, u"admit"_w, u"admits"_w,
            u"deny"_w, u"denies"_w, u"confirm"_w, u"confirms"_w, u"buy"_w, u"buys"_w, u"step"_w, u"steps"_w, u"backs"_w, u"put"_w, u"puts"_w, u"pass"_w,
            u"passes"_w};
        // Words that are as often plural nouns ("New rules take effect"): a verb only after a name
        // and before what such a verb takes ("FTX files for bankruptcy", "CoinDesk reports that").
        static const std::initializer_list<QStringView> nounsOrVerbs = {u"files"_w, u"reports"_w, u"rules"_w, u"names"_w, u"fires"_w, u"charges"_w, u"bans"_w,
            u"blocks"_w, u"arrests"_w, u"raises"_w, u"lifts"_w, u"sells"_w, u"issues"_w, u"posts"_w};
        if (clauseVerb(k)) {
            return true;
        }
        if (!valid(k) || m_words[k].kind != ScannedWord::Kind::Letters || m_words[k].capitalised || !valid(k - 1) || punct(k - 1)) {
            return false;
        }
        if (isOneOf(word(k), nounsOrVerbs)) {
            return m_words[k - 1].capitalised && m_words[k - 1].kind == ScannedWord::Kind::Letters && !isDeterminer(word(k - 1)) && valid(k + 1)
                && (m_words[k + 1].capitalised
                    || isOneOf(word(k + 1), {u"for"_w, u"that"_w, u"on"_w, u"against"_w, u"its"_w, u"his"_w, u"her"_w, u"their"_w, u"the"_w, u"a"_w, u"an"_w}));
        }
        return isOneOf(word(k), verbs) && !isDeterminer(word(k - 1)) && !isOneOf(word(k - 1), {u"to"_w, u"of"_w, u"for"_w, u"a"_w, u"an"_w});
    }

    // "April 1 — The first channel opens": a timeline's present tells what happened; the label
    // says it as the other articles of the story do ("First channel opened").
    void tellInThePast(EventMention &m) const
    {
        const QStringView verb = word(m.headWord);
        const QString past = pastOfPresent(verb);
        if (past.isEmpty()) {
            return;
        }
        for (qsizetype at = m.clauseLabel.indexOf(verb); at >= 0; at = m.clauseLabel.indexOf(verb, at + 1)) {
            const bool start = at == 0 || m.clauseLabel[at - 1] == u' ';
            const bool end = at + verb.size() == m.clauseLabel.size() || m.clauseLabel[at + verb.size()] == u' ';
            if (start && end) {
                m.clauseLabel.replace(at, verb.size(), past);
                m.lemma = past.toLower();
                return;
            }
        }
    }

    // An entry tells a happening, so a lower-case word between its subject and a determiner is
    // its verb, whatever the verb: "Divers recover the bodies", "The ship suffers a blackout".
    [[nodiscard]] bool presentEntryVerb(int k) const
    {
        if (!valid(k) || !valid(k - 1) || !valid(k + 1) || m_words[k].kind != ScannedWord::Kind::Letters || m_words[k].capitalised
            || m_words[k - 1].kind != ScannedWord::Kind::Letters || m_words[k + 1].kind != ScannedWord::Kind::Letters) {
            return false;
        }
        const QStringView w = word(k);
        if (w.size() < 3 || w.endsWith(u"ly"_w) || w.endsWith(u"ing"_w) || isDeterminer(w) || isDeterminer(word(k - 1)) || auxiliary(k)
            || isOneOf(word(k - 1), {u"of"_w, u"to"_w, u"for"_w, u"in"_w, u"on"_w, u"at"_w, u"by"_w, u"with"_w, u"from"_w, u"and"_w, u"or"_w})
            || isOneOf(w,
                {u"and"_w, u"or"_w, u"but"_w, u"that"_w, u"which"_w, u"who"_w, u"with"_w, u"from"_w, u"into"_w, u"onto"_w, u"over"_w, u"under"_w, u"after"_w,
                    u"before"_w, u"about"_w, u"than"_w, u"for"_w, u"off"_w, u"out"_w, u"near"_w})) {
            return false;
        }
        // "Trump defeats Kamala Harris": a third-person present between two names.
        if (m_words[k - 1].capitalised && m_words[k + 1].capitalised && w.size() >= 5 && w.endsWith(u's') && !w.endsWith(u"ss"_w) && !w.endsWith(u"us"_w)
            && !w.endsWith(u"is"_w)) {
            return true;
        }
        return isOneOf(
            word(k + 1), {u"the"_w, u"a"_w, u"an"_w, u"its"_w, u"their"_w, u"his"_w, u"her"_w, u"two"_w, u"three"_w, u"four"_w, u"five"_w, u"six"_w, u"all"_w});
    }

    // "Helene forms in the Caribbean", "The death toll passes 100", "Helene makes landfall": a
    // third-person present after the entry's subject, before a preposition, a figure or the noun
    // of a light verb. Only taken when nothing surer is found: "Rescue teams reach the town"
    // has its verb in "reach", not in the plural before it.
    [[nodiscard]] bool presentBeforeComplement(int k) const
    {
        if (!valid(k) || !valid(k - 1) || !valid(k + 1) || m_words[k].kind != ScannedWord::Kind::Letters || m_words[k].capitalised
            || (m_words[k - 1].kind != ScannedWord::Kind::Letters && !numberedName(k - 1))) {
            return false;
        }
        const QStringView w = word(k);
        if (w.size() < 4 || !w.endsWith(u's') || w.endsWith(u"ss"_w) || w.endsWith(u"us"_w) || w.endsWith(u"is"_w) || isDeterminer(word(k - 1)) || auxiliary(k)
            || isOneOf(word(k - 1), {u"of"_w, u"to"_w, u"for"_w, u"in"_w, u"on"_w, u"at"_w, u"by"_w, u"with"_w, u"from"_w, u"and"_w, u"or"_w})) {
            return false;
        }
        if (isOneOf(w, {u"makes"_w, u"takes"_w, u"gives"_w, u"holds"_w})) {
            return m_words[k + 1].kind == ScannedWord::Kind::Letters && !m_words[k + 1].capitalised;
        }
        return complementAfter(k);
    }

    // The noun before "in" and the date ending at word k ("flight" in "the first test flight in
    // December 2019"), or -1.
    [[nodiscard]] int nounBeforeDate(int k) const
    {
        if (!valid(k) || m_timeAt[k] < 0 || m_times[m_timeAt[k]].mention.endWord != k + 1) {
            return -1;
        }
        const int noun = m_times[m_timeAt[k]].mention.firstWord - 2;
        const bool isNoun = valid(noun) && is(noun + 1, u"in"_w) && m_words[noun].kind == ScannedWord::Kind::Letters && !m_words[noun].capitalised
            && !looksPastTense(word(noun)) && !auxiliary(noun) && !isFunctionWord(word(noun)) && !isDeterminer(word(noun));
        return isNoun ? noun : -1;
    }

    // A count before a noun phrase: "two", "12", "several" (no year or time, no "Crew-10").
    [[nodiscard]] bool countBefore(int k) const
    {
        if (!valid(k) || m_timeAt[k] >= 0) {
            return false;
        }
        return (m_words[k].kind == ScannedWord::Kind::Digits && !numberedName(k))
            || isOneOf(word(k), {u"two"_w, u"three"_w, u"four"_w, u"five"_w, u"six"_w, u"seven"_w, u"eight"_w, u"nine"_w, u"ten"_w, u"several"_w, u"many"_w});
    }

    // Whether word k is the number that ends a name: "Crew-10", "Soyuz MS-25", "Apollo 11",
    // the way missions, flights and models are named ("Crew-10 docks at the station").
    [[nodiscard]] bool numberedName(int k) const
    {
        if (!valid(k) || m_words[k].kind != ScannedWord::Kind::Digits || m_timeAt[k] >= 0) {
            return false;
        }
        const int name = dash(k - 1) && attached(k - 1) && attached(k) ? k - 2 : k - 1;
        return valid(name) && m_words[name].kind == ScannedWord::Kind::Letters && m_words[name].capitalised && !isFunctionWord(word(name))
            && !isDeterminer(word(name));
    }

    // "Nov. 1: SNAP benefits lapse for the first time": a plain present after a plural subject,
    // before a preposition, is the entry's verb as "passes" is after a singular one.
    [[nodiscard]] bool pluralPresentBeforeComplement(int k) const
    {
        if (!valid(k) || !valid(k - 1) || !valid(k + 1) || m_words[k].kind != ScannedWord::Kind::Letters || m_words[k].capitalised
            || m_words[k - 1].kind != ScannedWord::Kind::Letters || m_words[k - 1].capitalised) {
            return false;
        }
        const QStringView w = word(k);
        const QStringView subject = word(k - 1);
        if (w.size() < 3 || w.endsWith(u's') || w.endsWith(u"ly"_w) || w.endsWith(u"ing"_w) || w.endsWith(u"ed"_w) || subject.size() < 4
            || !subject.endsWith(u's') || subject.endsWith(u"ss"_w) || subject.endsWith(u"us"_w) || subject.endsWith(u"is"_w) || isFunctionWord(w)
            || auxiliary(k)
            || isOneOf(w, {u"out"_w, u"up"_w, u"down"_w, u"off"_w, u"back"_w, u"away"_w, u"again"_w, u"ahead"_w, u"home"_w, u"together"_w, u"too"_w})) {
            // ("The oxygen estimate runs out in the morning": a particle after a singular verb.)
            return false;
        }
        return isOneOf(word(k + 1), {u"for"_w}) || complementAfter(k);
    }

    // A figure, a sum or a preposition right after word k: what a verb of a timeline's entry takes.
    [[nodiscard]] bool complementAfter(int k) const
    {
        // "Cohen wires $130,000": a sum is a figure too.
        if (m_words[k + 1].kind == ScannedWord::Kind::Digits
            || (isOneOf(word(k + 1), {u"$"_w, u"\u00A3"_w, u"\u20AC"_w}) && m_words.value(k + 2).kind == ScannedWord::Kind::Digits)) {
            return true;
        }
        return isOneOf(word(k + 1),
            {u"in"_w, u"on"_w, u"at"_w, u"near"_w, u"across"_w, u"through"_w, u"into"_w, u"over"_w, u"about"_w, u"around"_w, u"off"_w, u"up"_w, u"down"_w,
                u"out"_w, u"back"_w, u"past"_w, u"above"_w, u"below"_w, u"with"_w});
    }

    // Gives an entry's date to the happening the entry tells: its first event noun that is no
    // document or report ("Putin and Trump hold a phone call"), else its verb's clause ("Driscoll
    // presents the plan"), else the document it names.
    bool dateEntry(QList<EventMention> &mentions, int t, const TimeMention &tm, int first, const QHash<int, int> &mentionByHead, QSet<int> &clauseVerbs,
        QList<bool> &absorbed) const
    {
        int thing = -1;
        int verb = -1;
        int present = -1; // a verb known only by its place: "Divers recover the bodies"
        int complemented = -1; // a present known by what follows it: "The toll passes 100"
        const int end = first + 23;
        for (int k = first; valid(k) && k < end && sameSentence(k, first); ++k) {
            // "The board releases its report, which says the ship lost power before the crash":
            // once the entry has its verb, what a relative clause or "before" tells is not the entry.
            // Nor is what a when-clause tells: "A second attempt stops when a ground computer halts
            // the countdown".
            if ((verb >= 0 || thing >= 0 || present >= 0 || complemented >= 0)
                && (isPunct(k, u',')
                    || isOneOf(word(k), {u"which"_w, u"who"_w, u"before"_w, u"after"_w, u"since"_w, u"until"_w, u"because"_w, u"when"_w, u"while"_w}))) {
                break;
            }
            if (const auto it = mentionByHead.constFind(k); it != mentionByHead.cend()) {
                EventMention &m = mentions[*it];
                if (m.time >= 0) {
                    // "Sept. 19: The House passes a stopgap bill to fund the government through
                    // Nov. 21": a noun with a date of its own after the entry's verb leaves the
                    // verb the entry's.
                    if (verb >= 0 || present >= 0 || complemented >= 0) {
                        break;
                    }
                    return false;
                }
                // "Sept. 27: The storm races through Georgia": a storm lives for days; the entry
                // tells what it did, so its verb, when one follows, is the entry's.
                const bool lasting = !m.verb && isLastingStorm(m.lemma);
                const bool isThing
                    = m.eventClass == EventClass::Document || m.eventClass == EventClass::Report || m.eventClass == EventClass::Agreement || lasting;
                if (!isThing || m.verb) {
                    m.time = t;
                    // "Oct. 16: Putin and Trump hold a phone call": the entry's people take part.
                    if (!m.verb && m.participants.isEmpty()) {
                        addParticipants(m, first, k, false);
                    }
                    return true;
                }
                if (thing < 0) {
                    thing = *it;
                }
            } else if (verb < 0 && present < 0 && !clauseVerbs.contains(k) && entryVerb(k)) {
                verb = k;
            } else if (verb < 0 && present < 0 && !clauseVerbs.contains(k) && presentEntryVerb(k)) {
                present = k;
            } else if (verb < 0 && present < 0 && complemented < 0 && !clauseVerbs.contains(k)
                && (presentBeforeComplement(k) || pluralPresentBeforeComplement(k))) {
                complemented = k;
            }
        }
        if (verb < 0 && (thing < 0 || (!mentions[thing].verb && isLastingStorm(mentions[thing].lemma)))) {
            verb = present >= 0 ? present : complemented;
        }
        if (verb < 0 && thing < 0 && subjectlessEntryVerb(first) && !clauseVerbs.contains(first) && !mentionByHead.contains(first)) {
            verb = first;
        }
        if (verb >= 0) {
            clauseVerbs.insert(verb);
            if (addClause(mentions, verb, t, true, false, tm, mentionByHead, absorbed) && mentions.last().headWord == verb
                && mentions.last().eventClass == EventClass::Action) {
                tellInThePast(mentions.last());
            }
            return true;
        }
        if (thing >= 0) {
            mentions[thing].time = t;
            return true;
        }
        return nounEntry(mentions, t, tm);
    }

    // "Dec. 29, 2024: Dies at home", "1946: Graduates from the Naval Academy": a life's list
    // leaves out the subject it is about, so its entry opens with the verb. Asked only when no
    // other word of the entry is its verb ("Protests erupt in Nairobi" has one after the noun).
    [[nodiscard]] bool subjectlessEntryVerb(int k) const
    {
        if (!valid(k) || !valid(k + 1) || m_words[k].kind != ScannedWord::Kind::Letters || !m_words[k].capitalised || m_words[k + 1].capitalised || punct(k + 1)
            || m_timeAt[k] >= 0) {
            return false;
        }
        const QStringView w = word(k);
        if (w.size() < 4 || isFunctionWord(w) || isDeterminer(w)) {
            return false;
        }
        const bool present = w.endsWith(u's') && !w.endsWith(u"ss"_w) && !w.endsWith(u"us"_w) && !w.endsWith(u"is"_w) && !pastOfPresent(w).isEmpty();
        // "Protests erupt in Nairobi": a plain present before what it takes is the verb of a
        // plural subject the entry opens with.
        const QStringView next = word(k + 1);
        if (present && !next.endsWith(u's') && !isFunctionWord(next) && !complementAfter(k)
            && !isOneOf(next, {u"from"_w, u"to"_w, u"for"_w, u"as"_w, u"of"_w, u"by"_w}) && m_words[k + 1].kind == ScannedWord::Kind::Letters && valid(k + 2)
            && (complementAfter(k + 1) || isDeterminer(word(k + 2)))) {
            return false;
        }
        // "Pieces of the Titan are unloaded": a plural noun, with its verb after it.
        for (int a = k + 1; present && valid(a) && a < k + 7 && !punct(a); ++a) {
            if (isOneOf(word(a), {u"is"_w, u"are"_w, u"was"_w, u"were"_w, u"has"_w, u"have"_w})) {
                return false;
            }
        }
        return present || looksPastTense(w);
    }

    // "April 22: Opening statements.", "Nov. 5: Election Day.": an entry that is only a short
    // noun phrase names the happening itself.
    bool nounEntry(QList<EventMention> &mentions, int t, const TimeMention &tm) const
    {
        int first = tm.endWord;
        while (valid(first) && punct(first) && !isPunct(first, u'.') && sameSentence(tm.endWord, first)) {
            ++first;
        }
        int end = first;
        while (valid(end) && m_words[end].kind == ScannedWord::Kind::Letters && end - first < 5) {
            ++end;
        }
        // The phrase ends its sentence, and no word of it is a verb or a function word.
        if (end == first || end - first > 4 || !valid(end) || !isPunct(end, u'.') || m_sentenceOfWord[first] != m_sentenceOfWord[tm.endWord - 1]
            || !m_words[first].capitalised) {
            return false;
        }
        for (int k = first; k < end; ++k) {
            if (looksPastTense(word(k)) || auxiliary(k) || isDeterminer(word(k)) || isFunctionWord(word(k)) || m_timeAt[k] >= 0) {
                return false;
            }
        }
        EventMention m;
        m.headWord = end - 1;
        const EventWord noun = eventNoun(word(end - 1));
        m.lemma = noun.eventClass != EventClass::None ? noun.lemma : word(end - 1).toString().toLower();
        m.eventClass = noun.eventClass != EventClass::None ? noun.eventClass : EventClass::Action;
        m.indefinite = true;
        m.sentence = m_sentenceOfWord[first];
        m.paragraph = paragraphOf(m_words[first].range.start);
        m.clauseLabel = wordsText(first, end);
        m.range = {m_words[first].range.start, m_words[end - 1].range.end};
        m.time = t;
        mentions.append(m);
        return true;
    }

    // "A trial on whether the owners can limit their liability is set for June": the event noun
    // that opens the sentence is what is set, not the last noun of what it is about.
    [[nodiscard]] int subjectEventNoun(int head, const QHash<int, int> &mentionByHead) const
    {
        int start = head;
        while (valid(start - 1) && sameSentence(start - 1, head) && head - start < 16 && !punct(start - 1)) {
            --start;
        }
        if (valid(start - 1) && sameSentence(start - 1, head)) {
            return head; // a clause inside the sentence: its subject is not known to open it
        }
        for (int k = start; k < start + 4 && k < head; ++k) {
            if (mentionByHead.contains(k) && isOneOf(word(k + 1), {u"on"_w, u"of"_w, u"over"_w, u"into"_w, u"about"_w, u"in"_w, u"for"_w})) {
                return k;
            }
        }
        return head;
    }

    // "Judge Kaplan set sentencing for March 28", "rescheduled the vote for Friday": the date is
    // the thing's that was set, not the setting's.
    std::optional<EventMention> scheduledObject(const TimeMention &tm) const
    {
        const int link = tm.firstWord - 1;
        if (!is(link, u"for"_w) || (tm.day == 0 && tm.weekday == 0)) {
            return std::nullopt;
        }
        const int last = link - 1;
        int first = last;
        while (valid(first) && last - first < 4 && m_words[first].kind == ScannedWord::Kind::Letters && !m_words[first].capitalised
            && !isDeterminer(word(first)) && !isFunctionWord(word(first)) && !looksPastTense(word(first))) {
            --first;
        }
        const int verb = valid(first) && isDeterminer(word(first)) ? first - 1 : first;
        ++first;
        // "set aside funds for Friday", "pushed back the vote": a particle makes another verb.
        if (first <= last && isOneOf(word(first), {u"aside"_w, u"up"_w, u"off"_w, u"out"_w, u"back"_w, u"down"_w, u"apart"_w, u"about"_w})) {
            return std::nullopt;
        }
        if (first > last || !valid(verb)
            || !isOneOf(word(verb),
                {u"set"_w, u"sets"_w, u"scheduled"_w, u"schedules"_w, u"rescheduled"_w, u"fixed"_w, u"postponed"_w, u"moved"_w, u"pushed"_w, u"delayed"_w,
                    u"deferred"_w})) {
            return std::nullopt;
        }
        EventMention m;
        m.headWord = last;
        const EventWord noun = eventNoun(word(last));
        m.lemma = noun.eventClass != EventClass::None ? noun.lemma : word(last).toString().toLower();
        m.eventClass = noun.eventClass != EventClass::None ? noun.eventClass : EventClass::Action;
        m.indefinite = true;
        m.sentence = m_sentenceOfWord[last];
        m.paragraph = paragraphOf(m_words[last].range.start);
        // (No subject: the setter is no subject of the thing set.) "Sentencing set for Feb. 19":
        // the label says the day is a plan, not a day it happened.
        QString participle = word(verb).toString().toLower();
        if (participle == u"sets"_s) {
            participle = u"set"_s;
        } else if (participle == u"schedules"_s) {
            participle = u"scheduled"_s;
        }
        QString text = wordsText(first, last + 1) + u' ' + participle + u" for "_s + QStringView(m_text).mid(tm.range.start, tm.range.length()).toString();
        text[0] = text[0].toUpper();
        m.clauseLabel = text;
        m.planned = true;
        m.range = {m_words[first].range.start, m_words[last].range.end};
        return m;
    }

    // "wage figures due on April 2", "the hearing, scheduled for May 3", "the deadline is March 31"
    std::optional<EventMention> scheduledThing(const TimeMention &tm) const
    {
        if (auto object = scheduledObject(tm)) {
            return object;
        }
        int k = tm.firstWord - 1;
        // ("planned for the summer": a season written with its article; "Witkoff is expected in
        // the spring" tells of a person, not of a thing set for a time.)
        if (is(k, u"the"_w) && tm.spanMonth > 0 && is(k - 1, u"for"_w)) {
            --k;
        }
        if (isOneOf(word(k), {u"on"_w, u"for"_w, u"in"_w, u"at"_w, u"by"_w})) {
            --k;
        }
        // "is due to begin on Feb. 2", "is expected to take place on Friday"
        if (is(k, u"place"_w) && is(k - 1, u"take"_w) && is(k - 2, u"to"_w)) {
            k -= 3;
        } else if (isOneOf(word(k), {u"begin"_w, u"start"_w, u"open"_w, u"resume"_w, u"end"_w, u"close"_w, u"conclude"_w, u"finish"_w}) && is(k - 1, u"to"_w)) {
            k -= 2;
        }
        const bool scheduled = isOneOf(word(k), {u"due"_w, u"scheduled"_w, u"slated"_w, u"set"_w, u"planned"_w, u"expected"_w});
        const int scheduledWord = k;
        if (scheduled) {
            --k;
            // "a public hearing, tentatively planned for the summer": a manner adverb before the
            // plan word is part of the plan.
            if (valid(k) && m_words[k].kind == ScannedWord::Kind::Letters && !m_words[k].capitalised && m_words[k].range.length() > 4 && endsInLy(word(k))
                && isPunct(k - 1, u',')) {
                --k;
            }
            if (isPunct(k, u',')) {
                --k;
            }
        }
        // "The trial was first scheduled to start on March 25", "had been set for March 4": a
        // plan as it once stood, which the label says it was.
        bool once = false;
        QStringList how;
        while (valid(k)
            && (isOneOf(word(k), {u"is"_w, u"are"_w, u"was"_w, u"were"_w, u"be"_w, u"will"_w, u"now"_w, u"still"_w, u"been"_w, u"had"_w, u"has"_w, u"have"_w})
                || (scheduled && (isOneOf(word(k), {u"first"_w, u"originally"_w, u"initially"_w, u"once"_w, u"previously"_w}))))) {
            once = once || isOneOf(word(k), {u"was"_w, u"were"_w, u"had"_w});
            if (!auxiliary(k) || isOneOf(word(k), {u"first"_w, u"originally"_w, u"initially"_w, u"previously"_w})) {
                how.prepend(word(k).toString());
            } else if (is(k, u"once"_w)) {
                how.prepend(u"once"_s);
            }
            --k;
        }
        // "A second trial, of two former officers charged with misconduct, is due to begin": the
        // thing is before what the commas set aside.
        if (scheduled && isPunct(k, u',')) {
            for (int c = k - 1; valid(c) && c > k - 20 && sameSentence(c, k); --c) {
                if (isPunct(c, u',')) {
                    k = c - 1;
                    break;
                }
            }
        }
        if (!scheduled && k == tm.firstWord - 1) {
            return std::nullopt;
        }
        if (!scheduled && !isOneOf(word(k + 1), {u"is"_w, u"are"_w, u"was"_w, u"were"_w, u"be"_w})) {
            return std::nullopt;
        }
        // The noun phrase ending at k: nouns and modifiers back to a determiner or a break.
        const auto phraseStart = [this, &tm](int end) {
            int start = end + 1;
            for (int w = end; valid(w) && end - w < 6 && sameSentence(w, tm.firstWord); --w) {
                // "so-called": a hyphenated modifier is one word of the phrase.
                const bool hyphen = dash(w) && attached(w) && attached(w + 1);
                const bool compound = valid(w - 1) && dash(w - 1) && attached(w);
                // "The King's Speech": a possessor belongs to the phrase it opens.
                if ((apostrophe(w) && attached(w) && is(w + 1, u"s"_w) && attached(w + 1)) || (is(w, u"s"_w) && apostrophe(w - 1) && attached(w))) {
                    continue;
                }
                if (!hyphen && m_words[w].kind != ScannedWord::Kind::Letters) {
                    break;
                }
                if (!hyphen && !compound
                    && (looksPastTense(word(w))
                        || isOneOf(word(w),
                            {u"said"_w, u"at"_w, u"on"_w, u"that"_w, u"which"_w, u"and"_w, u"to"_w, u"with"_w, u"by"_w, u"as"_w, u"said"_w, u"says"_w}))) {
                    break;
                }
                start = w;
                if (isDeterminer(word(w))) {
                    break;
                }
            }
            return start;
        };
        const int phraseEnd = k;
        int last = k;
        int first = phraseStart(k);
        if (first > last || isOneOf(word(last), {u"it"_w, u"he"_w, u"she"_w, u"they"_w, u"this"_w, u"that"_w}) || looksPastTense(word(last))) {
            return std::nullopt;
        }
        // "The trial of the former mayor is set for March 3", "A meeting of the coalition of the
        // willing is planned for Thursday": the thing set is the head before "of".
        // "Talks between the two sides are scheduled for Tuesday": so is the head before "between".
        const auto linked = [this](int first) {
            return is(first - 1, u"of"_w) || (is(first - 1, u"between"_w) && eventNoun(word(first - 2)).eventClass != EventClass::None);
        };
        for (int links = 0; links < 2 && isDeterminer(word(first)) && linked(first) && valid(first - 2) && m_words[first - 2].kind == ScannedWord::Kind::Letters
            && sameSentence(first - 2, tm.firstWord);
            ++links) {
            const int head = first - 2;
            const int start = phraseStart(head);
            if (start > head || isFunctionWord(word(head))) {
                break;
            }
            last = head;
            first = start;
        }
        EventMention m;
        m.headWord = last;
        const EventWord noun = eventNoun(word(last));
        m.lemma = noun.eventClass != EventClass::None ? noun.lemma : word(last).toString().toLower();
        m.eventClass = noun.eventClass != EventClass::None ? noun.eventClass : EventClass::Action;
        m.indefinite = true;
        m.sentence = m_sentenceOfWord[last];
        m.paragraph = paragraphOf(m_words[last].range.start);
        const int labelFirst = isDeterminer(word(first)) && first < last ? first + 1 : first;
        QString text = wordsText(labelFirst, phraseEnd + 1);
        if (scheduled && once) {
            // "Trial first scheduled for March 25": the day was a plan, perhaps given up since.
            how.append(word(scheduledWord).toString());
            m.planText = how.join(u' ') + u" for "_s + QStringView(m_text).mid(tm.range.start, tm.range.length()).toString();
            text += u' ' + m.planText;
            m.planned = true;
        }
        text[0] = text[0].toUpper();
        m.clauseLabel = text;
        m.range = {m_words[first].range.start, m_words[phraseEnd].range.end};
        return m;
    }

    // "VALMORA, March 14 (Golden Test Wire) -": the dateline dates the article, not an event. It
    // is a date before a bracket or a dash with at most a place name before it in its paragraph;
    // within a sentence, "landed at 5:57 p.m. EDT (2157 GMT)" or "on Tuesday — a day early —",
    // the bracket or dash only adds to the clause the date belongs to.
    [[nodiscard]] bool dateline(const TimeMention &tm) const
    {
        if (!isPunct(tm.endWord, u'(') && !dash(tm.endWord) && !isPunct(tm.endWord, QChar(0x2014))) {
            return false;
        }
        const int p = paragraphOf(tm.range.start);
        const int paragraphStart = p >= 0 ? m_analysis.paragraphs[p].range.start : 0;
        for (int k = tm.firstWord - 1; valid(k) && m_words[k].range.start >= paragraphStart; --k) {
            if (k < tm.firstWord - 8 || (!punct(k) && m_timeAt[k] < 0 && !(m_words[k].capitalised && m_words[k].kind == ScannedWord::Kind::Letters))) {
                return false;
            }
        }
        return true;
    }

    [[nodiscard]] bool auxiliary(int k) const
    {
        // (Most words fail the shapes of the list, which costs less than the list.)
        static constexpr std::initializer_list<QStringView> auxiliaries = {u"was"_w, u"were"_w, u"had"_w, u"has"_w, u"have"_w, u"been"_w, u"be"_w, u"being"_w,
            u"is"_w, u"are"_w, u"will"_w, u"would"_w, u"could"_w, u"should"_w, u"might"_w, u"may"_w, u"must"_w, u"can"_w, u"already"_w, u"not"_w, u"also"_w,
            u"later"_w, u"then"_w, u"last"_w, u"first"_w, u"finally"_w, u"just"_w, u"only"_w, u"never"_w, u"since"_w, u"recently"_w, u"previously"_w,
            u"earlier"_w, u"still"_w, u"now"_w, u"eventually"_w, u"subsequently"_w};
        static const WordShapes auxiliaryShapes(auxiliaries);
        const QStringView w = word(k);
        return (auxiliaryShapes.mayHold(w) && isOneOf(w, auxiliaries))
            || (endsInLy(w) && !m_words[k].capitalised && m_words[k].range.length() > 4 && !lyNoun(k));
    }

    // "the supply was thought to have run out", "Kalmaria's assembly is expected": a noun in
    // "-ly", not an adverb.
    // The common noun before the preposition that opens a list of names ending at word last
    // ("poll" in "the exit poll for the BBC, ITV and"), or -1.
    [[nodiscard]] int headBeforeListOfNames(int last, int verb) const
    {
        for (int k = last; valid(k - 1) && k > last - 12 && sameSentence(k, verb); --k) {
            if (isPunct(k, u',') || (m_words[k].capitalised && m_words[k].kind == ScannedWord::Kind::Letters) || is(k, u"the"_w)) {
                continue;
            }
            const int head = k - 1;
            if (isOneOf(word(k), {u"for"_w, u"of"_w, u"from"_w, u"by"_w, u"with"_w}) && m_words[head].kind == ScannedWord::Kind::Letters
                && !m_words[head].capitalised && !isFunctionWord(word(head)) && !isDeterminer(word(head)) && !auxiliary(head) && !looksPastTense(word(head))) {
                return head;
            }
            return -1;
        }
        return -1;
    }

    // "ahead of", "instead of", "because of": the word before "of" opens a preposition, not a
    // noun the phrase after "of" qualifies.
    [[nodiscard]] bool complexPreposition(int k) const
    {
        return isOneOf(word(k), {u"ahead"_w, u"instead"_w, u"because"_w, u"out"_w, u"regardless"_w, u"outside"_w, u"inside"_w, u"front"_w, u"spite"_w});
    }

    [[nodiscard]] bool lyNoun(int k) const { return isOneOf(word(k), {u"supply"_w, u"assembly"_w, u"anomaly"_w, u"monopoly"_w}); }

    // "called the election", "calls a snap vote": "call" before a happening that is not a call
    // means to announce it ("called off" and "called for" are other verbs).
    [[nodiscard]] bool calledFor(int k) const { return isOneOf(word(k), {u"called"_w, u"calls"_w, u"call"_w, u"calling"_w}) && !m_words[k].capitalised; }

    // "damaged", "flooded": a past form no infinitive shares ("to cut", "to proceed" are verbs).
    [[nodiscard]] static bool regularPastParticiple(QStringView word) { return word.size() > 5 && word.endsWith(u"ed"_w) && !word.endsWith(u"eed"_w); }

    // "voted 94.6% against the tentative agreement on Thursday", "voted overwhelmingly for the
    // deal": a past verb, then a preposition of siding, before the thing the mention at `first`
    // names; a few words of count or manner may stand between.
    [[nodiscard]] bool votedOn(int first) const
    {
        bool sided = false;
        for (int k = first - 1; valid(k) && k >= first - 7; --k) {
            if (isOneOf(word(k), {u"against"_w, u"for"_w, u"on"_w, u"over"_w})) {
                sided = true;
            } else if (sided && clauseVerb(k)) {
                return true;
            } else if (!isDeterminer(word(k)) && m_words[k].kind != ScannedWord::Kind::Digits && !(punct(k) && attached(k))
                && !(m_words[k].kind == ScannedWord::Kind::Letters && !m_words[k].capitalised && !isFunctionWord(word(k)) && !looksPastTense(word(k)))) {
                return false;
            }
        }
        return false;
    }

    // A past-tense verb of the clause, not an adjective ("the affected tins") or a reduced
    // relative ("formula made by Dairyvale").
    [[nodiscard]] bool clauseVerb(int k) const
    {
        if (!valid(k) || m_words[k].kind != ScannedWord::Kind::Letters || (m_words[k].capitalised && !sentenceInitial(k)) || !looksPastTense(word(k))) {
            return false;
        }
        // "U.S.-led efforts", "state-owned banks": a past form hyphened to the word before it is an adjective.
        if (dash(k - 1) && attached(k) && attached(k - 1)) {
            return false;
        }
        // "in the three months that ended June 28", "the quarter which began in April": the end
        // or start of a span of time bounds a period; nothing happened.
        if (isOneOf(word(k), {u"ended"_w, u"began"_w, u"started"_w}) && valid(k - 2) && isOneOf(word(k - 1), {u"that"_w, u"which"_w})
            && isOneOf(word(k - 2), {u"months"_w, u"weeks"_w, u"days"_w, u"quarter"_w, u"year"_w, u"period"_w, u"month"_w, u"week"_w, u"half"_w})) {
            return false;
        }
        int before = k - 1;
        while (valid(before) && auxiliary(before)
            && !isOneOf(word(before), {u"was"_w, u"were"_w, u"had"_w, u"has"_w, u"have"_w, u"been"_w, u"be"_w, u"is"_w, u"are"_w})) {
            --before;
        }
        const bool helped = valid(before) && isOneOf(word(before), {u"was"_w, u"were"_w, u"had"_w, u"has"_w, u"have"_w, u"been"_w, u"be"_w, u"is"_w, u"are"_w});
        // "the ship that destroyed the bridge in March": after a relative "that", a past form
        // with an object of its own is the relative clause's verb.
        // So is one dated right after it: "the lapse that began in December 2018".
        // So is one before a count: "the faulty update that crashed about 8.5 million computers".
        const bool relative = is(k - 1, u"that"_w) && valid(k + 1)
            && ((m_words[k + 1].kind == ScannedWord::Kind::Letters
                    && (isDeterminer(word(k + 1)) || m_words[k + 1].capitalised
                        || (isOneOf(word(k + 1), {u"in"_w, u"on"_w}) && valid(k + 2) && m_timeAt[k + 2] >= 0)
                        || (isOneOf(word(k + 1), {u"about"_w, u"nearly"_w, u"almost"_w, u"roughly"_w, u"some"_w, u"more"_w})
                            && m_words.value(k + 2).kind == ScannedWord::Kind::Digits)))
                || (m_words[k + 1].kind == ScannedWord::Kind::Digits && m_timeAt[k + 1] < 0));
        // "Florida's sparsely populated Big Bend", "the newly elected mayor": an adverb between
        // the determiner and the participle leaves it an adjective.
        const int modifier = endsInLy(word(k - 1)) && valid(k - 1) && !m_words[k - 1].capitalised && m_words[k - 1].range.length() > 4 ? k - 2 : k - 1;
        if (!helped && !relative && (isDeterminer(word(modifier)) || (is(modifier, u"s"_w) && punct(modifier - 1)))) {
            return false;
        }
        // "after two scrubbed attempts", "three injured officers": a past form between a count
        // and a noun describes the things counted.
        if (!helped && countBefore(k - 1) && valid(k + 1) && m_words[k + 1].kind == ScannedWord::Kind::Letters && !m_words[k + 1].capitalised
            && !isFunctionWord(word(k + 1)) && !isOneOf(word(k + 1), {u"to"_w, u"by"_w, u"of"_w, u"for"_w, u"from"_w, u"with"_w, u"into"_w, u"up"_w})) {
            return false;
        }
        if (!helped && is(k + 1, u"by"_w)) {
            return false;
        }
        // "toured damaged neighbourhoods", "returned to flooded homes": a past form after another
        // verb or a preposition, before a noun, describes the noun.
        if (!helped && valid(k + 1) && m_words[k + 1].kind == ScannedWord::Kind::Letters && !m_words[k + 1].capitalised && !isFunctionWord(word(k + 1))
            && !looksPastTense(word(k + 1)) && valid(k - 1) && m_words[k - 1].kind == ScannedWord::Kind::Letters && !m_words[k - 1].capitalised
            && ((is(k - 1, u"to"_w) && regularPastParticiple(word(k))) // not "to cut rates"
                || isOneOf(word(k - 1), {u"into"_w, u"of"_w, u"with"_w, u"from"_w, u"in"_w, u"through"_w, u"across"_w, u"among"_w, u"around"_w})
                || (looksPastTense(word(k - 1)) && !auxiliary(k - 1)))) {
            return false;
        }
        return true;
    }

    // "Moore has said Maryland aims to open a bridge in 2028", "said Russia had withdrawn its
    // forces in August": a time after a speech verb and a finite verb or plan of the clause it
    // reports is that clause's, not the saying's ("said on Monday", "told reporters on Monday").
    // What verbBackward() gives for a time a reported clause owns: no verb, and none to look
    // for after it ("though he later said the date was not fixed" is not what it dates).
    static constexpr int ownedByReportedClause = -2;

    [[nodiscard]] bool reportsAnotherClause(int verb, int time) const
    {
        if (!isOneOf(word(verb), {u"said"_w, u"told"_w, u"added"_w, u"stated"_w, u"noted"_w, u"warned"_w, u"claimed"_w, u"insisted"_w, u"argued"_w})) {
            return false;
        }
        for (int k = verb + 1; k < time; ++k) {
            const QStringView w = word(k);
            if (isOneOf(w,
                    {u"is"_w, u"are"_w, u"was"_w, u"were"_w, u"had"_w, u"has"_w, u"have"_w, u"will"_w, u"would"_w, u"could"_w, u"can"_w, u"should"_w,
                        u"might"_w, u"may"_w, u"must"_w})
                || (is(k + 1, u"to"_w)
                    && isOneOf(w,
                        {u"aims"_w, u"aimed"_w, u"plans"_w, u"planned"_w, u"hopes"_w, u"hoped"_w, u"expects"_w, u"expected"_w, u"intends"_w, u"intended"_w,
                            u"wants"_w, u"wanted"_w, u"seeks"_w, u"sought"_w}))) {
                return true;
            }
        }
        return false;
    }

    [[nodiscard]] int verbBackward(int from, bool marksFree) const
    {
        // Sixteen words back; for a date, marks do not count ("Florida's Big Bend, near Perry,"
        // is five words). A count from another happening ("three months after the fire") stays
        // nearer.
        int reach = from - 16;
        const int opener = isOneOf(word(from - 1), {u"between"_w, u"in"_w, u"on"_w, u"since"_w, u"from"_w, u"by"_w}) ? from - 2 : from - 1;
        for (int k = from - 1; valid(k) && k >= reach && sameSentence(k, from); --k) {
            if (punct(k) && marksFree) {
                --reach;
            }
            if (isPunct(k, u';') || isPunct(k, u':') || isPunct(k, u'"') || isPunct(k, QChar(0x201C)) || isPunct(k, QChar(0x201D))) {
                return -1;
            }
            // "Rovers will face Port Ellery, who meet in the semi-final on Sunday": a date inside
            // a relative clause is that clause's; a verb before it is another's.
            if (isOneOf(word(k), {u"who"_w, u"which"_w}) && isPunct(k - 1, u',')) {
                return -1;
            }
            // "Ellison, who ran Alameda and once dated Bankman-Fried, is back on the stand this
            // morning": a date after a relative clause is not that clause's; its verbs are passed.
            if (isPunct(k, u',')) {
                for (int r = k - 1; valid(r) && r > k - 14 && sameSentence(r, k) && !isPunct(r, u','); --r) {
                    if (isOneOf(word(r), {u"who"_w, u"which"_w, u"whose"_w}) && isPunct(r - 1, u',')) {
                        reach -= k - r;
                        k = r - 1; // the comma that opens the clause; the loop goes on before it
                        break;
                    }
                    // "named Emmett Shear, a co-founder of the streaming site Twitch, as its interim
                    // chief late Sunday": an apposition after a name is passed like a relative clause.
                    if (isPunct(r - 1, u',') && isOneOf(word(r), {u"a"_w, u"an"_w, u"the"_w}) && valid(r - 2) && m_words[r - 2].capitalised
                        && m_words[r - 2].kind == ScannedWord::Kind::Letters) {
                        reach -= k - r + 1;
                        k = r - 1;
                        break;
                    }
                }
                continue;
            }
            if (m_timeAt[k] >= 0) {
                // "The liftoff came more than four years after the first test flight in December
                // 2019": a date inside what a counted span is told from is that happening's; the
                // verb before the span is years away from it.
                if (const TimeMention &span = m_times[m_timeAt[k]].mention; span.kind == TimeMention::Kind::Order && span.beforeNoun && span.offset != 0) {
                    return -1;
                }
                continue;
            }
            // "Jurors heard that between March 2018 and October 2021 the council awarded 27
            // contracts": a date after "that" is the reported clause's.
            if (k == opener && isOneOf(word(k), {u"that"_w, u"whether"_w})) {
                return -1;
            }
            if (clauseVerb(k)) {
                return reportsAnotherClause(k, from) ? ownedByReportedClause : k;
            }
            // "the two would meet next week"
            if (m_words[k].kind == ScannedWord::Kind::Letters && !m_words[k].capitalised
                && isOneOf(word(k - 1), {u"will"_w, u"would"_w, u"could"_w, u"should"_w, u"might"_w, u"may"_w, u"must"_w, u"shall"_w, u"ll"_w})
                && !auxiliary(k)) {
                return k;
            }
            // "The crew was to return on June 14": a plan told by "was to".
            if (m_words[k].kind == ScannedWord::Kind::Letters && !m_words[k].capitalised && is(k - 1, u"to"_w)
                && isOneOf(word(k - 2), {u"is"_w, u"are"_w, u"was"_w, u"were"_w}) && !isDeterminer(word(k)) && !auxiliary(k)) {
                return k;
            }
            // "a weather window had opened and the team was planning to dive on Sunday": the
            // date is the plan's, told in a past frame; no verb before the plan owns it.
            if (m_words[k].kind == ScannedWord::Kind::Letters && !m_words[k].capitalised && is(k - 1, u"to"_w)
                && isOneOf(word(k - 2), {u"planning"_w, u"planned"_w, u"hoping"_w, u"hoped"_w, u"preparing"_w, u"intending"_w})
                && isOneOf(word(k - 3), {u"was"_w, u"were"_w, u"had"_w})) {
                return -1;
            }
        }
        return -1;
    }

    // "was climbing on Friday evening when a door plug, a panel that fills an unused exit, tore
    // away": the past verb of the when-clause at word `when`, past an aside set off by commas
    // after its subject; -1 when there is none within twenty words.
    [[nodiscard]] int whenClauseVerb(int when) const
    {
        for (int k = when + 1; valid(k) && k < when + 20 && sameSentence(k, when); ++k) {
            if (isPunct(k, u';') || isPunct(k, u':') || isPunct(k, u'.')) {
                return -1;
            }
            if (isPunct(k, u',') && k > when + 1 && isDeterminer(word(k + 1))) {
                int close = k + 1;
                while (valid(close) && close < k + 14 && sameSentence(close, k) && !isPunct(close, u',')) {
                    ++close;
                }
                if (!isPunct(close, u',')) {
                    return -1;
                }
                k = close;
                continue;
            }
            if (m_timeAt[k] < 0 && clauseVerb(k)) {
                return k;
            }
        }
        return -1;
    }

    [[nodiscard]] int verbForward(int from) const
    {
        int end = from + 8;
        // "July 1: The court rules ... The next day, Merchan postpones the sentencing": in a
        // timeline's entry the present tells what happened.
        bool entry = false;
        if (const int p = valid(from) ? paragraphOf(m_words[from].range.start) : -1; p >= 0) {
            int first = wordIndexAt(m_words, m_analysis.paragraphs[p].range.start);
            while (valid(first) && punct(first)) {
                ++first;
            }
            entry = (valid(first) && m_timeAt[first] >= 0 && opensEntry(m_times[m_timeAt[first]].mention)) || inDatesSection(p);
        }
        const bool relative = insideRelativeClause(from - 1);
        for (int k = from; valid(k) && k < end && sameSentence(k, from - 1); ++k) {
            if (isPunct(k, u';') || isPunct(k, u':') || isPunct(k, u'"') || isPunct(k, QChar(0x201C)) || isPunct(k, QChar(0x201D)) || isPunct(k, u'.')) {
                return -1;
            }
            // "Trump, who takes office on January 20, has opposed the deal": the comma closing
            // the relative clause the date is in leaves the main verb to no date.
            if (relative && isPunct(k, u',')) {
                return -1;
            }
            if (m_timeAt[k] >= 0) {
                continue;
            }
            // "Late on Wednesday, as Asheville was still counting its losses, Milton made
            // landfall": the aside between commas sets the scene; the date is the main clause's.
            if (isPunct(k, u',') && isOneOf(word(k + 1), {u"as"_w, u"while"_w, u"although"_w, u"though"_w, u"despite"_w})) {
                int close = k + 2;
                while (valid(close) && close < k + 16 && sameSentence(close, k) && !isPunct(close, u',')) {
                    ++close;
                }
                if (isPunct(close, u',')) {
                    end = std::max(end, close + 8);
                    k = close;
                    continue;
                }
            }
            if (clauseVerb(k) || (entry && (entryVerb(k) || presentEntryVerb(k)))) {
                return k;
            }
            // "will later publish": a future verb after its modal.
            if (isOneOf(word(k), {u"will"_w, u"would"_w, u"to"_w}) && !is(k, u"to"_w)) {
                int v = k + 1;
                while (valid(v) && auxiliary(v) && !is(v, u"be"_w)) {
                    ++v;
                }
                if (valid(v) && m_words[v].kind == ScannedWord::Kind::Letters && !m_words[v].capitalised && !isDeterminer(word(v)) && !is(v, u"be"_w)) {
                    return v;
                }
            }
        }
        return -1;
    }

    // Whether word k is inside a relative clause set off by a comma (", who takes office on"):
    // "who" or "which" after a comma, with no comma between.
    [[nodiscard]] bool insideRelativeClause(int k) const
    {
        for (int r = k; valid(r) && r > k - 12 && !isPunct(r, u','); --r) {
            if (isOneOf(word(r), {u"who"_w, u"which"_w}) && isPunct(r - 1, u',')) {
                return true;
            }
        }
        return false;
    }

    EventMention clauseMention(int verb, const TimeMention &tm) const
    {
        EventMention m;
        m.verb = true;
        m.indefinite = true;
        m.headWord = verb;
        m.lemma = word(verb).toString().toLower();
        m.eventClass = EventClass::Action;
        if (const EventWord known = eventVerb(word(verb)); known.eventClass != EventClass::None) {
            m.lemma = known.lemma; // "voted": later "the vote" is this event
            m.eventClass = known.eventClass;
        }
        m.sentence = m_sentenceOfWord[verb];
        m.paragraph = paragraphOf(m_words[verb].range.start);
        // Subject: back over auxiliaries and the time itself to the noun phrase before them.
        int k = verb - 1;
        // "will stay closed", "remained shut": a copula before the participle belongs to the verb.
        static const std::initializer_list<QStringView> copulas = {u"stay"_w, u"stays"_w, u"stayed"_w, u"remain"_w, u"remains"_w, u"remained"_w, u"become"_w,
            u"becomes"_w, u"became"_w, u"get"_w, u"gets"_w, u"got"_w};
        while (valid(k) && sameSentence(k, verb)
            && (auxiliary(k) || m_timeAt[k] >= 0 || (is(k, u"on"_w) && m_timeAt.value(k + 1, -1) >= 0) || (k == verb - 1 && isOneOf(word(k), copulas)))) {
            --k;
        }
        const int subjectEnd = k + 1;
        bool appositive = false; // the subject is a name before ", who" or ", which"
        bool relative = false; // the subject is the noun phrase right before "who": "three of" is not in it
        if (isPunct(k, u',') && isPunct(k - 2, u',')
            && isOneOf(word(k - 1), {u"meanwhile"_w, u"however"_w, u"though"_w, u"instead"_w, u"too"_w, u"also"_w, u"separately"_w, u"likewise"_w})) {
            // "OpenAI, meanwhile, named Emmett Shear": an adverb set off by commas stands
            // between the subject and its verb.
            k -= 3;
        } else if ((is(k, u"who"_w) || (is(k, u"which"_w) && valid(k - 2) && (m_words[k - 2].capitalised || nounBeforeDate(k - 2) >= 0)))
            && isPunct(k - 1, u',')) {
            // "Lopez, who replaced Henrik Saal", "Storm Amy, which brought winds": the subject is
            // before the comma.
            k -= 2;
            appositive = true;
            // "the first test flight in December 2019, which failed to reach the station": the
            // date after the noun tells when; the noun before it did it.
            if (const int noun = nounBeforeDate(k); noun >= 0) {
                k = noun;
            }
            // "Graham Thorpe, 61, who led the council": an age between commas is not who did it.
            if (m_words.value(k).kind == ScannedWord::Kind::Digits && isPunct(k - 1, u',')) {
                k -= 2;
            }
        } else if (is(k, u"who"_w) && valid(k - 1) && m_words[k - 1].kind == ScannedWord::Kind::Letters && !m_words[k - 1].capitalised
            && !isDeterminer(word(k - 1)) && !looksPastTense(word(k - 1)) && !isFunctionWord(word(k - 1))) {
            // "the six men who died on March 26": the noun before a relative "who" did it.
            k -= 1;
            relative = true;
        } else if (isPunct(k, u',') && participleAfterComma(k, verb) && m_words.value(k - 1).kind == ScannedWord::Kind::Letters && !looksPastTense(word(k - 1))
            && !isFunctionWord(word(k - 1)) && !auxiliary(k - 1)) {
            // "The original 28-point plan, first reported last week, would ...": a participle set
            // off after a noun tells what was done to that noun.
            k -= 1;
            appositive = true;
        } else if (const int opening = asideBeforeVerb(k, verb); opening >= 0) {
            // "a door plug, a panel that fills an unused emergency exit, tore away": the noun
            // before an aside set off by commas did it.
            k = opening - 1;
            appositive = true;
        } else if (k == verb - 1 && is(k, u"that"_w) && valid(k - 1) && m_words[k - 1].kind == ScannedWord::Kind::Letters && !isDeterminer(word(k - 1))
            && !looksPastTense(word(k - 1)) && !isOneOf(word(k - 1), {u"so"_w, u"now"_w, u"such"_w, u"says"_w, u"say"_w})) {
            // "the ship that destroyed the bridge": the noun before a relative "that" did it.
            k -= 1;
        }
        // "Valdosta, Georgia, reported gusts": a place with its state set off by commas; the
        // place did it.
        if (isPunct(k, u',') && valid(k - 3) && m_words[k - 1].capitalised && m_words[k - 1].kind == ScannedWord::Kind::Letters && isPunct(k - 2, u',')
            && m_words[k - 3].capitalised && m_words[k - 3].kind == ScannedWord::Kind::Letters && sameSentence(k - 3, verb)) {
            k -= 3;
            // "33,000 workers in the Seattle area and Portland, Oregon, went on strike": a place
            // inside a phrase after a preposition only says where the subject before it is.
            if (const int head = nounBeforePlacePhrase(k, verb); head >= 0) {
                k = head;
            }
        }
        int subjectLast = k;
        int subjectStart = subjectLast + 1;
        int innerMarks = 0; // the apostrophes and hyphens inside words, which do not count as words
        while (valid(k) && sameSentence(k, verb) && subjectLast - k - innerMarks < 6) {
            // "On 7 October it stood above 230": the date that opens the clause is no part of its
            // subject ("Friday's vote" is).
            if (m_timeAt[k] >= 0 && k < subjectLast && !apostrophe(k + 1) && m_times[m_timeAt[k]].mention.kind != TimeMention::Kind::Duration) {
                break;
            }
            // "On Monday alone it scrapped 1,000 flights": "alone" after the date is the date's.
            if (is(k, u"alone"_w) && valid(k - 1) && m_timeAt[k - 1] >= 0 && k < subjectLast) {
                break;
            }
            const bool joint = ((is(k, u"of"_w) && !relative) || is(k, u"s"_w) || apostrophe(k)) && k < subjectLast;
            // "160,000 customers", "A magnitude 7.7 earthquake": a comma or point inside a figure
            // is part of it.
            const bool figure = (isPunct(k, u',') || isPunct(k, u'.')) && attached(k) && attached(k + 1)
                && m_words.value(k - 1).kind == ScannedWord::Kind::Digits && m_words.value(k + 1).kind == ScannedWord::Kind::Digits;
            // "A Canadian P-3 aircraft", "the F-16 jets": a hyphen before the number of a model's
            // name is part of it.
            // "The original 28-point plan": so is the hyphen after a number.
            const bool inWord = dash(k) && attached(k) && attached(k + 1) && k < subjectLast
                && ((m_words.value(k + 1).kind == ScannedWord::Kind::Digits && m_words.value(k - 1).capitalised)
                    || m_words.value(k - 1).kind == ScannedWord::Kind::Digits
                    // "A 26-year-old man was arrested": so is a hyphen inside a compound of words
                    // before the subject's noun ("The 23-year-old joined" is named by the person).
                    || (m_words.value(k - 1).kind == ScannedWord::Kind::Letters && m_words.value(k + 1).kind == ScannedWord::Kind::Letters
                        && !m_words[k - 1].capitalised && !m_words[k + 1].capitalised && k + 1 < subjectLast && !isFunctionWord(word(k - 1))));
            // "U.S. Steel shareholders": so is each full stop of a dotted initialism of two letters
            // or more (after "John J." the walk stops, as before any other full stop).
            const bool initial = isPunct(k, u'.') && attached(k) && valid(k - 1) && m_words[k - 1].capitalised && m_words[k - 1].range.length() == 1
                && ((attached(k - 1) && isPunct(k - 2, u'.')) || (attached(k + 1) && m_words.value(k + 1).kind == ScannedWord::Kind::Letters));
            if (punct(k) && !apostrophe(k) && !figure && !inWord && !initial) {
                break;
            }
            innerMarks += apostrophe(k) || inWord || initial || (is(k, u"s"_w) && apostrophe(k - 1)) ? 1 : 0;
            if (!joint && m_words[k].kind == ScannedWord::Kind::Letters && !m_words[k].capitalised && looksPastTense(word(k))) {
                break;
            }
            if (isOneOf(word(k),
                    {u"that"_w, u"which"_w, u"when"_w, u"and"_w, u"but"_w, u"after"_w, u"before"_w, u"as"_w, u"while"_w, u"because"_w, u"said"_w, u"says"_w,
                        u"say"_w, u"if"_w, u"who"_w, u"since"_w, u"until"_w, u"where"_w, u"though"_w, u"although"_w, u"whereas"_w, u"unless"_w, u"once"_w,
                        u"whether"_w, u"yet"_w, u"or"_w, u"nor"_w, u"so"_w, u"than"_w, u"at"_w, u"in"_w})) {
                break; // (a place after "at" or "in" qualifies the subject before it: see below)
            }
            subjectStart = k;
            // "Merchan told the lawyers he would keep the jurors": a pronoun right before the
            // verb is its whole subject.
            if (k == subjectLast && isOneOf(word(k), {u"he"_w, u"she"_w, u"they"_w, u"we"_w})) {
                break;
            }
            if (isDeterminer(word(k))) {
                // "The defendant's applications to stay the sentencing were denied": a noun
                // phrase after an infinitive is the infinitive's object; the subject goes on.
                if (is(k - 2, u"to"_w) && valid(k - 3) && m_words[k - 1].kind == ScannedWord::Kind::Letters && !m_words[k - 1].capitalised
                    && m_words[k - 3].kind == ScannedWord::Kind::Letters && !m_words[k - 3].capitalised && !isFunctionWord(word(k - 3))
                    && !looksPastTense(word(k - 3)) && !auxiliary(k - 3) && sameSentence(k - 3, verb) && subjectLast - (k - 3) < 8) {
                    k -= 3;
                    continue;
                }
                break;
            }
            --k;
        }
        // "Bram follows Storm Amy, which brought winds": the name alone, not the clause it ends.
        if (appositive && subjectStart <= subjectLast && m_words[subjectLast].capitalised) {
            // ("The former mayor of Lakeview, who resigned" keeps its words: only a verb before the
            // name ends the subject there.)
            const int run = capitalisedStart(subjectLast);
            const int before = run - 1;
            const bool verbBefore = before >= subjectStart && m_words[before].kind == ScannedWord::Kind::Letters && !m_words[before].capitalised
                && !isDeterminer(word(before)) && !isFunctionWord(word(before)) && (word(before).endsWith(u's') || looksPastTense(word(before)));
            // "follow Altman to Microsoft, which had hired him": nor is what a preposition before
            // the name ties it to ("of" does tie it: "the former mayor of Lakeview").
            const bool prepositionBefore = before >= subjectStart
                && isOneOf(word(before), {u"to"_w, u"from"_w, u"with"_w, u"for"_w, u"by"_w, u"into"_w, u"against"_w, u"toward"_w, u"towards"_w, u"over"_w});
            if (verbBefore || prepositionBefore) {
                subjectStart = run;
            }
        }
        // "Schools in the area will stay closed": the place after the preposition qualifies the
        // subject before it, which names who or what the verb is about.
        // "Shannon Gilreath of the Coast Guard told reporters": the name before "of the" is who
        // told, the organisation only says where the person works.
        // "Pilots of the Harbor Service told": the whole phrase is who told.
        if (!relative && subjectStart <= subjectLast && is(subjectStart, u"the"_w) && is(subjectStart - 1, u"of"_w) && valid(subjectStart - 2)
            && sameSentence(subjectStart - 2, verb) && m_words[subjectStart - 2].kind == ScannedWord::Kind::Letters && !isFunctionWord(word(subjectStart - 2))
            && !looksPastTense(word(subjectStart - 2)) && !auxiliary(subjectStart - 2) && !complexPreposition(subjectStart - 2)) {
            const int head = subjectStart - 2;
            int first = head;
            while (first > head - 3 && valid(first - 1) && sameSentence(first - 1, verb) && m_words[first - 1].kind == ScannedWord::Kind::Letters
                && m_words[first - 1].capitalised == m_words[head].capitalised && !isFunctionWord(word(first - 1)) && !looksPastTense(word(first - 1))) {
                --first;
            }
            if (m_words[head].capitalised && !m_people.inRange({m_words[first].range.start, m_words[head].range.end}).isEmpty()) {
                subjectLast = head;
            }
            subjectStart = first;
        }
        if (subjectStart <= subjectLast
            && isOneOf(word(subjectStart - 1), {u"in"_w, u"at"_w, u"across"_w, u"near"_w, u"around"_w, u"throughout"_w, u"along"_w, u"from"_w})
            && sameSentence(subjectStart - 2, verb)) {
            const int head = subjectStart - 2;
            const bool noun = m_words.value(head).kind == ScannedWord::Kind::Letters && !isDeterminer(word(head)) && !auxiliary(head)
                && !looksPastTense(word(head)) && !isFunctionWord(word(head))
                && !isOneOf(word(head), {u"said"_w, u"says"_w, u"live"_w, u"lives"_w, u"work"_w, u"works"_w});
            if (noun) {
                subjectStart = nounPhraseStart(head, verb);
                subjectLast = head;
            }
        }
        // "The committee that reviewed the deal referred it": the noun phrase before the verb is
        // the object of a relative clause inside the subject; the noun before "that" did it.
        if (!relative && !appositive && subjectStart <= subjectLast && valid(subjectStart - 3) && sameSentence(subjectStart - 3, verb)
            && looksPastTense(word(subjectStart - 1)) && isOneOf(word(subjectStart - 2), {u"that"_w, u"which"_w, u"who"_w})) {
            const int head = subjectStart - 3;
            if (m_words[head].kind == ScannedWord::Kind::Letters && !isFunctionWord(word(head)) && !isDeterminer(word(head)) && !auxiliary(head)
                && !looksPastTense(word(head)) && !isOneOf(word(head), {u"said"_w, u"says"_w, u"say"_w})) {
                subjectStart = nounPhraseStart(head, verb);
                subjectLast = head;
            }
        }
        // "Questions about who should investigate the disaster were raised", "Concerns over how
        // the firm handled the recall grew": the noun phrase before the verb is the object of a
        // clause inside the subject; the subject is the noun before "about" or "over".
        if (!relative && !appositive && subjectStart <= subjectLast && valid(subjectStart - 2)
            && (looksPastTense(word(subjectStart - 1))
                || isOneOf(word(subjectStart - 2), {u"should"_w, u"would"_w, u"could"_w, u"will"_w, u"can"_w, u"to"_w, u"must"_w, u"might"_w}))) {
            for (int k = subjectStart - 2; valid(k - 1) && k > subjectStart - 10 && sameSentence(k, verb) && !punct(k); --k) {
                if (!isOneOf(word(k), {u"about"_w, u"over"_w})) {
                    continue;
                }
                const int head = k - 1;
                if (m_words[head].kind != ScannedWord::Kind::Letters || isFunctionWord(word(head)) || isDeterminer(word(head)) || auxiliary(head)
                    || looksPastTense(word(head))) {
                    break;
                }
                subjectStart = nounPhraseStart(head, verb);
                subjectLast = head;
                break;
            }
        }
        // "The exit poll for the BBC, ITV and Sky News suggests": the last name of a list after a
        // preposition is the preposition's object; the noun before the preposition did it.
        if (!relative && !appositive && subjectStart <= subjectLast && m_words[subjectStart].capitalised && is(subjectStart - 1, u"and"_w)) {
            if (const int head = headBeforeListOfNames(subjectStart - 2, verb); head >= 0) {
                subjectStart = nounPhraseStart(head, verb);
                subjectLast = head;
            }
        }
        // "A Canadian patrol plane searching for a missing submersible in the North Atlantic picked
        // up noises", "Rescuers working in the rubble found": the noun before the participle did
        // it; the participle's phrase only says what it was doing.
        if (!relative && !appositive && subjectStart <= subjectLast) {
            for (int k = subjectLast; valid(k) && k > subjectStart - 10 && sameSentence(k, verb) && !punct(k) && !auxiliary(k); --k) {
                if (looksPastTense(word(k)) || isOneOf(word(k), {u"said"_w, u"says"_w, u"that"_w, u"which"_w, u"who"_w})) {
                    break;
                }
                const QStringView w = word(k);
                // ("Coastal flooding remained likely": an -ing word right before the verb is a noun.)
                // ("the underwater listening system": an -ing word before a noun is a compound's.)
                if (m_words[k].capitalised || w.size() <= 5 || !w.endsWith(u"ing"_w) || k + 1 >= subjectEnd
                    || !(isDeterminer(word(k + 1))
                        || isOneOf(word(k + 1),
                            {u"for"_w, u"in"_w, u"on"_w, u"at"_w, u"with"_w, u"to"_w, u"from"_w, u"into"_w, u"across"_w, u"near"_w, u"through"_w, u"along"_w,
                                u"around"_w, u"over"_w, u"under"_w, u"toward"_w, u"towards"_w, u"off"_w, u"up"_w, u"out"_w}))
                    || !valid(k - 1)
                    || isOneOf(word(k - 1),
                        {u"of"_w, u"for"_w, u"in"_w, u"on"_w, u"at"_w, u"with"_w, u"to"_w, u"from"_w, u"by"_w, u"about"_w, u"after"_w, u"before"_w,
                            u"without"_w, u"while"_w, u"when"_w, u"since"_w})
                    || m_words[k - 1].kind != ScannedWord::Kind::Letters || (m_words[k - 1].capitalised && !sentenceInitial(k - 1))
                    || isFunctionWord(word(k - 1)) || isDeterminer(word(k - 1)) || auxiliary(k - 1) || looksPastTense(word(k - 1))) {
                    continue;
                }
                const int head = k - 1;
                subjectStart = nounPhraseStart(head, verb);
                subjectLast = head;
                break;
            }
        }
        QStringList label;
        const QList<EventPeople::Found> subjectPeople
            = subjectStart <= subjectLast ? m_people.inRange({m_words[subjectStart].range.start, m_words[subjectLast].range.end}) : QList<EventPeople::Found>{};
        // "Marco Rubio and Sergei Lavrov spoke": two people who did it together.
        // (One name may be found twice, by two of its written forms.)
        const bool onePerson = !subjectPeople.isEmpty()
            && std::all_of(
                subjectPeople.cbegin(), subjectPeople.cend(), [&subjectPeople](const EventPeople::Found &f) { return f.id == subjectPeople.last().id; });
        const QList<EventPeople::Found> partner = onePerson && is(subjectStart - 1, u"and"_w) && valid(subjectStart - 2) && sameSentence(subjectStart - 2, verb)
                && m_words[subjectStart - 2].capitalised
            ? m_people.inRange({m_words[std::max(0, subjectStart - 6)].range.start, m_words[subjectStart - 2].range.end})
            : QList<EventPeople::Found>{};
        int partnerFirst = subjectStart - 2;
        while (!partner.isEmpty() && partnerFirst > 0 && m_words[partnerFirst - 1].range.start >= partner.last().range.start) {
            --partnerFirst;
        }
        // "talks between Trump and Putin ended": the pair is the object of a preposition.
        const bool pair = !partner.isEmpty() && partner.last().range.end == m_words[subjectStart - 2].range.end && partner.last().id != subjectPeople.last().id
            && !isOneOf(word(partnerFirst - 1), {u"between"_w, u"with"_w, u"of"_w, u"to"_w, u"by"_w, u"for"_w, u"from"_w, u"against"_w, u"and"_w, u"among"_w});
        // "In 1983 she founded Lingua Devices": a pronoun after the clause's date is the subject too.
        const bool pronoun = subjectStart <= subjectLast && isOneOf(word(subjectLast), {u"he"_w, u"she"_w})
            && (subjectStart == subjectLast || m_timeAt.value(subjectLast - 1, -1) >= 0 || punct(subjectLast - 1));
        if (!pair && !partner.isEmpty() && isOneOf(word(partnerFirst - 1), {u"between"_w, u"with"_w, u"among"_w}) && valid(partnerFirst - 2)
            && sameSentence(partnerFirst - 2, verb) && m_words[partnerFirst - 2].kind == ScannedWord::Kind::Letters) {
            // "Talks between Trump and Putin ended": the noun before the pair did it.
            subjectLast = partnerFirst - 2;
            subjectStart = subjectLast;
            while (subjectStart > subjectLast - 3 && valid(subjectStart - 1) && sameSentence(subjectStart - 1, verb)
                && m_words[subjectStart - 1].kind == ScannedWord::Kind::Letters && !isFunctionWord(word(subjectStart - 1))) {
                --subjectStart;
            }
        }
        if (pair) {
            label.append(m_people.shortName(partner.last().id) + u" and "_s + m_people.shortName(subjectPeople.last().id));
            m.participants.append(partner.last().id);
            m.participantNames.append(m_people.shortName(partner.last().id));
            addParticipants(m, subjectStart, subjectLast + 1, true);
            subjectStart = partnerFirst;
        } else if (const QString who = pronoun ? antecedent(subjectLast) : QString(); !who.isEmpty()) {
            // "She said she had resigned the following year": the person the paragraph is about.
            label.append(m_people.shortName(who));
            m.participants.append(who);
            m.participantNames.append(m_people.shortName(who));
        } else if (const QString named = subjectStart <= subjectLast ? nameCutBySubject(subjectStart, subjectLast) : QString(); !named.isEmpty()) {
            // "Yoon Suk-yeol lifted martial law": the subject's words began inside a hyphened
            // name; the label names the person as the article does ("Yoon lifted ...").
            label.append(m_people.shortName(named));
            m.participants.append(named);
            m.participantNames.append(m_people.shortName(named));
        } else if (const QString thing = subjectStart == subjectLast && is(subjectStart, u"it"_w) ? documentNamedBefore(subjectStart) : QString();
            !thing.isEmpty()) {
            // "A 28-point plan ... alarmed Kyiv. It was revised in Geneva on Sunday": the plan was.
            label.append(thing);
        } else if (subjectStart <= subjectLast
            && !isOneOf(wordsText(subjectStart, subjectLast + 1), {u"he"_w, u"she"_w, u"it"_w, u"they"_w, u"we"_w, u"i"_w, u"you"_w})) {
            if (is(subjectStart - 1, u"and"_w)) {
                subjectStart = jointNamesStart(subjectStart - 1, subjectStart);
            }
            int first = subjectStart;
            if (isDeterminer(word(first)) && !is(first, u"his"_w) && !is(first, u"her"_w) && !is(first, u"their"_w) && !is(first, u"its"_w)) {
                ++first;
            }
            // "Bankman-Fried is arrested": the subject began inside a hyphened name that is no
            // person of the article's; the label keeps the whole name.
            if (first == subjectStart && m_words[first].capitalised) {
                first = hyphenedNameStart(first, 0);
                subjectStart = first;
            }
            label.append(wordsText(first, subjectLast + 1));
            addParticipants(m, subjectStart, subjectLast + 1, true);
        }
        // Auxiliaries between subject and verb ("was", "had been") stay; the time does not.
        for (int a = subjectEnd; a < verb; ++a) {
            if (m_timeAt[a] < 0 && !is(a, u"on"_w)
                && (isOneOf(word(a), {u"was"_w, u"were"_w, u"had"_w, u"has"_w, u"have"_w, u"been"_w, u"be"_w, u"will"_w, u"would"_w, u"not"_w, u"never"_w})
                    || (a == verb - 1 && isOneOf(word(a), copulas)))) {
                label.append(word(a).toString());
            }
        }
        label.append(word(verb).toString());
        int end = verb + 1;
        if (isOneOf(word(end), {u"down"_w, u"up"_w, u"out"_w, u"off"_w, u"back"_w, u"over"_w, u"office"_w})) {
            label.append(word(end).toString());
            ++end;
        }
        end += courtesyTitleWords(end); // "called Mr. Trump": the label says "called Trump"
        const int objectStart = end;
        const auto insideWord = [this](int k) {
            // "Trump's", "1,200", "$4 billion", "14%": marks that belong to a word or a figure.
            const QStringView mark = valid(k) ? QStringView(m_text).mid(m_words[k].range.start, m_words[k].range.length()) : QStringView();
            return (apostrophe(k) && is(k + 1, u"s"_w))
                || (attached(k) && attached(k + 1) && m_words.value(k - 1).kind == ScannedWord::Kind::Digits
                    && m_words.value(k + 1).kind == ScannedWord::Kind::Digits)
                || ((mark == u"$"_w || mark == u"\u00A3"_w || mark == u"\u20AC"_w) && attached(k + 1) && m_words.value(k + 1).kind == ScannedWord::Kind::Digits)
                || (mark == u"%"_w && attached(k) && m_words.value(k - 1).kind == ScannedWord::Kind::Digits)
                // "the original 28-point plan", "a long-range missile"
                || ((mark == u"-"_w || mark == u"\u2010"_w) && attached(k) && attached(k + 1) && valid(k + 1) && !punct(k + 1))
                // "leaves St. John's", "near Mt. Hood": the point of a short title of a place
                || (mark == u"."_w && attached(k) && m_words.value(k - 1).capitalised && m_words.value(k - 1).range.length() <= 2 && valid(k + 1)
                    && m_words[k + 1].capitalised && m_words[k + 1].kind == ScannedWord::Kind::Letters);
        };
        int marks = 0; // "28-point" is one word of the object, not three
        // "employ about 1,800 people", "cost over $2 billion": an approximation, not a preposition.
        const auto approximation = [this](int k) {
            const auto figure = [this](int f) {
                return m_words.value(f).kind == ScannedWord::Kind::Digits || word(f) == u"$"_w || word(f) == u"\u00A3"_w || word(f) == u"\u20AC"_w;
            };
            // "launched more than 460 drones", "fewer than 20 seats"
            if (isOneOf(word(k), {u"more"_w, u"fewer"_w, u"less"_w}) && is(k + 1, u"than"_w) && figure(k + 2)) {
                return true;
            }
            if (is(k, u"than"_w) && isOneOf(word(k - 1), {u"more"_w, u"fewer"_w, u"less"_w}) && figure(k + 1)) {
                return true;
            }
            return isOneOf(word(k), {u"about"_w, u"over"_w, u"around"_w, u"nearly"_w, u"almost"_w, u"roughly"_w, u"some"_w}) && figure(k + 1);
        };
        // "held a second day of talks": "of" before the event noun the object measures.
        const auto ofEvent = [this](int k) { return is(k, u"of"_w) && eventNoun(word(k + 1)).eventClass != EventClass::None; };
        // "struck one of the bridge's supports": after a quantity alone, "of" leads to the thing.
        const auto ofPart = [this, objectStart](int k) {
            return is(k, u"of"_w) && k == objectStart + 1
                && isOneOf(word(objectStart),
                    {u"one"_w, u"two"_w, u"three"_w, u"some"_w, u"part"_w, u"most"_w, u"all"_w, u"many"_w, u"much"_w, u"each"_w, u"none"_w, u"several"_w,
                        u"half"_w, u"parts"_w});
        };
        // "made landfall late on Friday night": "late" belongs to the time after it.
        // "arrived less than two weeks after Helene", "ended nearly a year later": so does a
        // bound on the length of time after it.
        const auto partOfTime = [this](int k) {
            return (isOneOf(word(k), {u"late"_w, u"early"_w})
                       && (m_timeAt.value(k + 1, -1) >= 0 || (isOneOf(word(k + 1), {u"on"_w, u"in"_w}) && m_timeAt.value(k + 2, -1) >= 0)))
                || (isOneOf(word(k), {u"more"_w, u"less"_w}) && is(k + 1, u"than"_w) && m_timeAt.value(k + 2, -1) >= 0)
                || (isOneOf(word(k), {u"nearly"_w, u"almost"_w, u"just"_w, u"only"_w, u"roughly"_w}) && m_timeAt.value(k + 1, -1) >= 0);
        };
        // "spent three days in Miami": a length of time is the object, not the clause's date.
        const auto duration = [this, objectStart](int k) {
            return k == objectStart && valid(k) && m_timeAt[k] >= 0 && m_times[m_timeAt[k]].mention.kind == TimeMention::Kind::Duration;
        };
        if (duration(end)) {
            const int after = m_times[m_timeAt[end]].mention.endWord;
            marks += after - end - 1;
            end = after;
        }
        // The words that end an object; most words are not one, which the shapes of the list
        // tell before the list, and before the exceptions are looked at.
        static constexpr std::initializer_list<QStringView> objectEnds
            = {u"on"_w, u"in"_w, u"at"_w, u"for"_w, u"to"_w, u"from"_w, u"with"_w, u"by"_w, u"after"_w, u"before"_w, u"since"_w, u"until"_w, u"during"_w,
                u"of"_w, u"and"_w, u"but"_w, u"that"_w, u"which"_w, u"who"_w, u"when"_w, u"as"_w, u"while"_w, u"because"_w, u"into"_w, u"over"_w, u"about"_w,
                u"against"_w, u"than"_w, u"without"_w, u"amid"_w, u"outside"_w, u"inside"_w, u"between"_w, u"among"_w, u"within"_w};
        static const WordShapes objectEndShapes(objectEnds);
        const auto endsObject = [this](int k) {
            const QStringView w = word(k);
            return objectEndShapes.mayHold(w) && isOneOf(w, objectEnds);
        };
        while (valid(end) && end < objectStart + 5 + marks && sameSentence(end, verb) && m_timeAt[end] < 0 && !partOfTime(end)
            && (!punct(end) || insideWord(end)) && (!endsObject(end) || approximation(end) || ofEvent(end) || ofPart(end))) {
            marks += punct(end) ? 2 : 0;
            marks += ofPart(end) ? 2 : 0; // "one of the" names one thing
            ++end;
        }
        // "located a debris field about 1,600 feet": an object cut inside a figure leaves the
        // figure, and the word that approximated it, out.
        if (end > objectStart && valid(end) && punct(end) && insideWord(end) && m_words[end - 1].kind == ScannedWord::Kind::Digits) {
            --end;
            while (end > objectStart && (approximation(end - 1) || isOneOf(word(end - 1), {u"about"_w, u"some"_w, u"nearly"_w, u"around"_w, u"over"_w}))) {
                --end;
            }
        }
        // "announced a": an object cut short leaves no dangling article behind.
        while (end > objectStart && isOneOf(word(end - 1), {u"a"_w, u"an"_w, u"the"_w, u"its"_w, u"their"_w, u"his"_w, u"her"_w})) {
            --end;
        }
        // "raised interest rates through 2023", "sorted boxes through Sunday": the preposition of
        // the time the object stops at is the time's, not the object's last word.
        while (end > objectStart && valid(end) && m_timeAt[end] >= 0 && isOneOf(word(end - 1), {u"through"_w, u"throughout"_w, u"till"_w})) {
            --end;
        }
        // "Witkoff is expected in Moscow": where someone is expected or due says what is.
        if (end == objectStart && isOneOf(word(verb), {u"expected"_w, u"due"_w}) && isOneOf(word(end), {u"in"_w, u"at"_w}) && valid(end + 1)
            && m_words[end + 1].capitalised && m_timeAt[end + 1] < 0) {
            end = capitalisedEnd(end + 1);
        }
        if (end > objectStart) {
            label.append(wordsText(objectStart, end));
            // "Putin called Trump": the person the deed was done to takes part in it.
            if (!m.participants.isEmpty()) {
                for (const EventPeople::Found &f : m_people.inRange({m_words[objectStart].range.start, m_words[end - 1].range.end})) {
                    if (!m.participants.contains(f.id)) {
                        m.participants.append(f.id);
                        m.participantNames.append(m_people.shortName(f.id));
                    }
                }
            }
        }
        // "Merchan set sentencing for July 11", "moved the sentencing from 18 September to 26
        // November": the day the deciding fixed is what it did.
        const auto plannedAt = [this, verb](int k) {
            const int t = m_timeAt.value(k, -1);
            return t >= 0 && m_times[t].planVerb == verb ? t : -1;
        };
        int planLink = end;
        if (is(planLink, u"from"_w) && plannedAt(planLink + 1) >= 0) {
            planLink = m_times[plannedAt(planLink + 1)].mention.endWord;
        }
        if (isOneOf(word(planLink), {u"for"_w, u"to"_w, u"until"_w}) && plannedAt(planLink + 1) >= 0 && end - objectStart < 6) {
            const TextRange planned = m_times[plannedAt(planLink + 1)].mention.range;
            label.append(word(planLink).toString() + u' ' + QStringView(m_text).mid(planned.start, planned.length()).toString());
        }
        // "Merchan agreed to delay the hearing to 18 September": an infinitive that moved or set
        // something is what was agreed; the label keeps it and the new day.
        if (end == objectStart && is(objectStart, u"to"_w) && valid(objectStart + 1) && m_words[objectStart + 1].kind == ScannedWord::Kind::Letters) {
            const int moving = objectStart + 1;
            for (int k = moving + 1; valid(k) && k < moving + 8 && sameSentence(k, verb) && !isPunct(k, u','); ++k) {
                if (const int t = m_timeAt[k]; t >= 0) {
                    if (m_times[t].planVerb == moving) {
                        label.append(wordsText(objectStart, m_times[t].mention.endWord));
                    }
                    break;
                }
            }
        }
        QString text = label.join(u' ');
        // "A jury found former mayor Robert Kaine guilty of ...": the finding is a verdict on the
        // person, told as the news tells it ("Kaine found guilty"); a later "the verdict" is it.
        if (isOneOf(word(verb), {u"found"_w, u"finds"_w})) {
            for (int g = objectStart + 1; valid(g) && g < objectStart + 9 && sameSentence(g, verb) && !punct(g); ++g) {
                if (!isOneOf(word(g), {u"guilty"_w, u"liable"_w})) {
                    continue;
                }
                const bool negated = is(g - 1, u"not"_w);
                const int who = negated ? g - 2 : g - 1;
                if (who >= objectStart && m_words[who].capitalised && m_words[who].kind == ScannedWord::Kind::Letters) {
                    text = word(who).toString() + u" found "_s + (negated ? u"not "_s : QString()) + word(g).toString();
                    addParticipants(m, objectStart, who + 1, true);
                    m.venue = false;
                    m.lemma = u"verdict"_s;
                    m.eventClass = EventClass::Decision;
                    m.range = {m_words[subjectStart <= subjectLast ? subjectStart : verb].range.start, m_words[g].range.end};
                    m.clauseLabel = text;
                    return m;
                }
                break;
            }
        }
        if (!text.isEmpty()) {
            text[0] = text[0].toUpper();
        }
        m.clauseLabel = text;
        const int rangeStart = subjectStart <= subjectLast ? subjectStart : verb;
        m.range = {m_words[rangeStart].range.start, m_words[std::max(verb, end - 1)].range.end};
        m.venue = false;
        Q_UNUSED(tm)
        return m;
    }

    void mapSentences()
    {
        m_sentenceOfWord.fill(-1, m_words.size());
        const QList<Sentence> &sentences = m_analysis.sentences;
        m_sentenceFirst.fill(0, sentences.size());
        m_sentenceEnd.fill(0, sentences.size());
        int s = 0;
        for (int w = 0; w < int(m_words.size()); ++w) {
            const int pos = m_words[w].range.start;
            while (s < sentences.size() && sentences[s].range.end <= pos) {
                ++s;
            }
            if (s < sentences.size() && sentences[s].range.contains(pos)) {
                if (m_sentenceEnd[s] == 0) {
                    m_sentenceFirst[s] = w;
                }
                m_sentenceOfWord[w] = s;
                m_sentenceEnd[s] = w + 1;
            }
        }
    }

    [[nodiscard]] int count() const { return int(m_words.size()); }
    [[nodiscard]] int wordAt(int position) const
    {
        const auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), position, [](const ScannedWord &w, int pos) { return w.range.start < pos; });
        return it == m_words.cend() || it->range.start != position ? -1 : int(it - m_words.cbegin());
    }
    [[nodiscard]] bool valid(int i) const { return i >= 0 && i < count(); }
    [[nodiscard]] QStringView word(int i) const
    {
        return valid(i) ? QStringView(m_text).sliced(m_words[i].range.start, m_words[i].range.length()) : QStringView();
    }
    // The length decides first: most words asked about are not as long as the word sought.
    [[nodiscard]] bool is(int i, QStringView lower) const { return valid(i) && m_words[i].range.length() == lower.size() && equalsLower(word(i), lower); }
    [[nodiscard]] bool punct(int i) const { return valid(i) && m_words[i].kind == ScannedWord::Kind::Punctuation; }
    [[nodiscard]] bool isPunct(int i, QChar c) const { return punct(i) && m_text[m_words[i].range.start] == c; }
    [[nodiscard]] bool apostrophe(int i) const { return isPunct(i, u'\'') || isPunct(i, QChar(0x2019)); }
    [[nodiscard]] bool dash(int i) const { return isPunct(i, u'-') || isPunct(i, QChar(0x2010)) || isPunct(i, QChar(0x2013)); }
    [[nodiscard]] bool attached(int i) const { return valid(i) && !m_words[i].spaceBefore; }
    [[nodiscard]] bool sameSentence(int a, int b) const { return valid(a) && valid(b) && m_sentenceOfWord[a] == m_sentenceOfWord[b]; }
    [[nodiscard]] bool clauseBreak(int i) const
    {
        if (!punct(i)) {
            return false;
        }
        const QChar c = m_text[m_words[i].range.start];
        return c == u',' || c == u'.' || c == u';' || c == u':' || c == u'(' || c == u')' || c == u'!' || c == u'?' || c == QChar(0x2014) || c == u'"'
            || c == QChar(0x201C) || c == QChar(0x201D);
    }
    [[nodiscard]] bool sentenceInitial(int i) const
    {
        const int s = m_sentenceOfWord.value(i, -1);
        if (s < 0) {
            return i == 0;
        }
        int first = m_sentenceFirst[s];
        while (first < i && punct(first)) {
            ++first;
        }
        return first == i;
    }
    [[nodiscard]] bool insideQuote(int position) const
    {
        auto it = std::upper_bound(m_quotes.cbegin(), m_quotes.cend(), position, [](int pos, const TextRange &r) { return pos < r.start; });
        if (it == m_quotes.cbegin()) {
            return false;
        }
        --it;
        return it->contains(position);
    }
    [[nodiscard]] int paragraphOf(int position) const
    {
        const QList<Paragraph> &paragraphs = m_analysis.paragraphs;
        auto it = std::upper_bound(paragraphs.cbegin(), paragraphs.cend(), position, [](int pos, const Paragraph &p) { return pos < p.range.start; });
        return it == paragraphs.cbegin() ? -1 : int(it - paragraphs.cbegin()) - 1;
    }

    // "Nippon Steel and U.S. Steel filed two lawsuits": two names joined by "and" that open the
    // sentence do the deed together. Where the subject starts, given the "and" and the start
    // of the name after it; that start unless a name opens the sentence before the "and".
    [[nodiscard]] int jointNamesStart(int conjunction, int start) const
    {
        const int before = conjunction - 1;
        const int name = isDeterminer(word(start)) ? start + 1 : start; // "and the Bank of England"
        if (!valid(name) || !m_words[name].capitalised || !valid(before) || m_words[before].kind != ScannedWord::Kind::Letters || !m_words[before].capitalised
            || !sameSentence(before, start)) {
            return start;
        }
        const int run = capitalisedStart(before);
        if (sentenceInitial(run)) {
            return run;
        }
        return is(run - 1, u"the"_w) && sentenceInitial(run - 1) ? run - 1 : start;
    }

    // A capitalised run ending at `last` (backwards) or starting at `first` (forwards).
    [[nodiscard]] int capitalisedStart(int last) const
    {
        int k = last;
        while (valid(k - 1) && m_words[k - 1].kind == ScannedWord::Kind::Letters && m_words[k - 1].capitalised && sameSentence(k - 1, last)
            && !isDeterminer(word(k - 1))
            && !(sentenceInitial(k - 1) && isOneOf(word(k - 1), {u"when"_w, u"after"_w, u"before"_w, u"in"_w, u"on"_w, u"as"_w}))) {
            --k;
        }
        return k;
    }
    [[nodiscard]] int capitalisedEnd(int first) const
    {
        int k = first;
        while (valid(k) && m_words[k].kind == ScannedWord::Kind::Letters
            && (m_words[k].capitalised || (k > first && isOneOf(word(k), {u"of"_w}) && valid(k + 1) && m_words[k + 1].capitalised)) && sameSentence(k, first)) {
            ++k;
        }
        return k;
    }
    // Where the hyphened name ending at word k begins ("Bankman-Fried", "Suk-yeol"): a name
    // the word scanner cut at its hyphens. Never before word floor.
    [[nodiscard]] int hyphenedNameStart(int k, int floor) const
    {
        while (k >= floor + 2 && dash(k - 1) && attached(k - 1) && attached(k) && m_words[k - 2].capitalised
            && m_words[k - 2].kind == ScannedWord::Kind::Letters) {
            k -= 2;
        }
        return k;
    }

    [[nodiscard]] QString wordsText(int first, int end) const
    {
        if (!valid(first) || end <= first) {
            return {};
        }
        return QStringView(m_text).mid(m_words[first].range.start, m_words[end - 1].range.end - m_words[first].range.start).toString().simplified();
    }

    // People named within words [first, end): person ids, or the capitalised words themselves.
    void addParticipants(EventMention &m, int first, int end, bool lastOnly) const
    {
        if (!valid(first) || end <= first) {
            return;
        }
        const TextRange range{m_words[first].range.start, m_words[std::min(end, count()) - 1].range.end};
        QList<EventPeople::Found> found = m_people.inRange(range);
        // "Putin's foreign policy aide Yuri Ushakov": the possessor only describes the one named.
        const auto possessor = [this](const EventPeople::Found &f) {
            const QStringView after = QStringView(m_text).mid(f.range.end, 2);
            return after == u"'s"_w || after == u"\u2019s"_w;
        };
        if (std::any_of(found.cbegin(), found.cend(), [&](const EventPeople::Found &f) { return !possessor(f); })) {
            found.removeIf(possessor);
        }
        if (!found.isEmpty()) {
            if (lastOnly) {
                found = {found.last()};
            }
            for (const EventPeople::Found &f : std::as_const(found)) {
                if (!m.participants.contains(f.id)) {
                    m.participants.append(f.id);
                    m.participantNames.append(m_people.shortName(f.id));
                }
            }
            return;
        }
        // No people stage result here: take the last capitalised word of each run as a name.
        QString name;
        for (int k = first; k < end; ++k) {
            // "Russian officials", "European leaders": a capitalised word before a common noun
            // describes it.
            // ("The Coast Guard was told": a verb after the range is no noun the name describes.)
            const bool verbAfter
                = k + 1 >= end && valid(k + 1) && (auxiliary(k + 1) || looksPastTense(word(k + 1)) || isOneOf(word(k + 1), {u"says"_w, u"tells"_w}));
            const bool modifier = !verbAfter && valid(k + 1) && m_words[k + 1].kind == ScannedWord::Kind::Letters && !m_words[k + 1].capitalised
                && !isOneOf(word(k + 1),
                    {u"in"_w, u"on"_w, u"at"_w, u"and"_w, u"of"_w, u"to"_w, u"for"_w, u"with"_w, u"from"_w, u"by"_w, u"during"_w, u"after"_w, u"before"_w,
                        u"about"_w, u"over"_w, u"who"_w, u"which"_w, u"that"_w, u"said"_w, u"says"_w});
            const bool hyphenFollows = k + 2 < end && dash(k + 1) && attached(k + 1) && attached(k + 2) && m_words[k + 2].capitalised;
            // "OceanGate's former director told": the possessor only says whose director.
            const bool possessor = k + 2 < end && apostrophe(k + 1) && is(k + 2, u"s"_w);
            if (m_words[k].kind == ScannedWord::Kind::Letters && m_words[k].capitalised && !isDeterminer(word(k)) && !modifier && !hyphenFollows
                && !possessor) {
                name = wordsText(hyphenedNameStart(k, first), k + 1); // "Bankman-Fried resigns"
                if (isInstitutionWord(word(k))) {
                    name = wordsText(capitalisedStart(k), k + 1); // "the Coast Guard told", not "Guard"
                }
                if (!lastOnly && !(valid(k + 1) && m_words[k + 1].capitalised && m_words[k + 1].kind == ScannedWord::Kind::Letters)) {
                    addName(m, name);
                    name.clear();
                }
            }
        }
        if (lastOnly && !name.isEmpty()) {
            addName(m, name);
        }
    }
    void addName(EventMention &m, const QString &name) const
    {
        const QString id = m_people.named(name);
        if (!id.isEmpty()) {
            if (!m.participants.contains(id)) {
                m.participants.append(id);
                m.participantNames.append(m_people.shortName(id));
            }
        } else if (!m.participantNames.contains(name)) {
            m.participantNames.append(name);
        }
    }

    void attachTime(EventMention &m, int t, bool inside) const
    {
        if (t < 0 || m.time >= 0 || !m_times[t].date.isDated() || m_times[t].mention.datesNothing) {
            return;
        }
        const TimeMention::Kind kind = m_times[t].mention.kind;
        if (kind == TimeMention::Kind::Duration || kind == TimeMention::Kind::Order) {
            return;
        }
        m.time = t;
        m.timeInside = inside;
    }

    // "The call, on Oct. 14, was between ...", "the call, which took place on October 14, ...":
    // an aside right after the noun that says when it happened; first is the aside's first word.
    void attachAsideDate(EventMention &m, int first) const
    {
        int at = first;
        if (is(at, u"which"_w) && isOneOf(word(at + 1), {u"took"_w, u"happened"_w, u"occurred"_w})) {
            at += is(at + 2, u"place"_w) ? 3 : 2;
        }
        if (isOneOf(word(at), {u"on"_w, u"in"_w})) {
            ++at;
        }
        if (valid(at) && m_timeAt[at] >= 0) {
            attachTime(m, m_timeAt[at], false);
        }
    }

    // Words after the head: "between A and B", "with A", "to the White House", "in Geneva",
    // "on/about X", "that uncovered X", "on October 14".
    void complements(EventMention &m, int head) const
    {
        int k = head + 1;
        const int limit = head + 14;
        bool afterVerb = false;
        int verbAt = -1;
        // "a transcript of the call published by Bloomberg on Tuesday": what follows the
        // participle tells of the publishing, not of the call.
        if (m.eventClass != EventClass::Document && m.eventClass != EventClass::Report
            && isOneOf(
                word(k), {u"published"_w, u"released"_w, u"leaked"_w, u"obtained"_w, u"reported"_w, u"broadcast"_w, u"posted"_w, u"aired"_w, u"seen"_w})) {
            return;
        }
        while (valid(k) && k < limit && sameSentence(k, head)) {
            if (m_timeAt[k] >= 0) {
                const int t = m_timeAt[k];
                // "Zelensky's Friday meeting": a time in front of another event noun is that event's.
                int after = m_times[t].mention.endWord;
                if (is(after, u"s"_w) && valid(after - 1) && punct(after - 1)) {
                    ++after;
                }
                // "delayed the hearing to 18 September": the hearing was not held then; the day
                // is the delay's plan.
                const bool movedThing = m_times[t].planVerb >= 0 && m_times[t].planVerb < head;
                // ("The signing at the White House came shortly after 10 p.m.": a place may stand
                // between the noun and its verb; the time follows the verb.)
                const bool near = k - head <= 6 || (verbAt >= 0 && k - verbAt <= 4);
                if (near && eventNoun(word(after)).eventClass == EventClass::None && !movedThing) {
                    attachTime(m, t, false);
                }
                k = m_times[t].mention.endWord;
                continue;
            }
            if (isPunct(k, u'.') || isPunct(k, u';') || isPunct(k, u'(') || isPunct(k, u':')) {
                break;
            }
            if (k == head + 1 && isPunct(k, u',')) {
                attachAsideDate(m, k + 1);
                break;
            }
            // "came shortly after 10 p.m.": after the noun's own verb, a time right after "before"
            // or "after" bounds when it happened; before the verb, "the call before the summit"
            // names another happening.
            if (verbAt >= 0 && isOneOf(word(k), {u"before"_w, u"after"_w}) && valid(k + 1) && m_timeAt[k + 1] >= 0
                && m_times[m_timeAt[k + 1]].mention.hour >= 0) {
                ++k;
                continue;
            }
            // ("a bill to fund the government through Nov. 21": the day a thing lasts until is
            // not when it happened.)
            const bool through = is(k, u"through"_w) && valid(k + 1) && m_timeAt[k + 1] >= 0;
            if (through || isPunct(k, u',')
                || isOneOf(word(k), {u"before"_w, u"after"_w, u"until"_w, u"since"_w, u"ahead"_w, u"following"_w, u"when"_w, u"while"_w})) {
                break;
            }
            // Another event noun ends what belongs to this mention.
            if (k > head + 1 && eventNoun(word(k)).eventClass != EventClass::None) {
                break;
            }
            if (afterVerb) {
                ++k;
                continue;
            }
            if (is(k, u"between"_w)) {
                int andWord = k + 1;
                while (valid(andWord) && andWord < k + 12 && !is(andWord, u"and"_w) && !clauseBreak(andWord)) {
                    ++andWord;
                }
                if (is(andWord, u"and"_w)) {
                    addParticipants(m, k + 1, andWord, true);
                    int end = andWord + 1;
                    while (valid(end) && end < andWord + 11 && !clauseBreak(end)
                        && !isOneOf(word(end), {u"who"_w, u"which"_w, u"that"_w, u"on"_w, u"about"_w, u"over"_w, u"to"_w, u"in"_w, u"at"_w})) {
                        ++end;
                    }
                    addParticipants(m, andWord + 1, end, true);
                    k = end;
                    continue;
                }
            }
            // "a call on Oct. 14 in which Witkoff advised Ushakov": who spoke in it or met at it.
            if ((m.eventClass == EventClass::Call || m.eventClass == EventClass::Meeting) && isOneOf(word(k), {u"in"_w, u"during"_w, u"at"_w})
                && is(k + 1, u"which"_w)) {
                int end = k + 2;
                while (valid(end) && end < k + 10 && !clauseBreak(end) && !isOneOf(word(end), {u"that"_w, u"who"_w, u"which"_w, u"how"_w, u"about"_w})) {
                    ++end;
                }
                addParticipants(m, k + 2, end, false);
                break;
            }
            if (is(k, u"with"_w) && m.eventClass != EventClass::Document) {
                int end = k + 1;
                while (valid(end) && end < k + 8 && !clauseBreak(end)
                    && !isOneOf(word(end), {u"on"_w, u"about"_w, u"over"_w, u"in"_w, u"at"_w, u"who"_w, u"which"_w, u"that"_w, u"to"_w})) {
                    ++end;
                }
                addParticipants(m, k + 1, end, false);
                k = end;
                continue;
            }
            if (is(k, u"to"_w) && (m.lemma == u"visit"_w || m.lemma == u"trip"_w)) {
                int first = k + 1;
                if (is(first, u"the"_w)) {
                    ++first;
                }
                const int end = capitalisedEnd(first);
                if (end > first) {
                    m.destination = wordsText(first, end);
                    k = end;
                    continue;
                }
            }
            if ((is(k, u"in"_w) || is(k, u"at"_w)) && m.eventClass == EventClass::Meeting && m.place.isEmpty()) {
                const int end = capitalisedEnd(k + 1);
                if (end > k + 1 && m_timeAt[k + 1] < 0) {
                    m.place = wordsText(k + 1, end);
                    k = end;
                    continue;
                }
            }
            if ((m.eventClass == EventClass::Report || m.eventClass == EventClass::Response) && m.topic.isEmpty()) {
                int topicStart = -1;
                if (isOneOf(word(k), {u"on"_w, u"about"_w, u"into"_w, u"of"_w, u"to"_w})) {
                    topicStart = k + 1;
                } else if (isOneOf(word(k), {u"that"_w, u"which"_w})
                    && isOneOf(word(k + 1),
                        {u"uncovered"_w, u"revealed"_w, u"exposed"_w, u"disclosed"_w, u"detailed"_w, u"described"_w, u"showed"_w, u"published"_w, u"broke"_w,
                            u"obtained"_w})) {
                    topicStart = k + 2;
                } else if (is(k, u"by"_w) && m_words.value(k + 1).capitalised) {
                    const int end = capitalisedEnd(k + 1);
                    m.labelWords.prepend(wordsText(k + 1, end));
                    k = end;
                    continue;
                }
                if (topicStart > 0) {
                    int end = topicStart;
                    while (valid(end) && end < topicStart + 6 && !clauseBreak(end)
                        && !isOneOf(word(end), {u"that"_w, u"which"_w, u"who"_w, u"and"_w, u"but"_w, u"as"_w, u"when"_w}) && m_timeAt[end] < 0
                        && !(end > topicStart && eventNoun(word(end - 1)).eventClass != EventClass::None)) {
                        ++end;
                    }
                    if (end > topicStart) {
                        m.topic = wordsText(topicStart, end);
                    }
                    k = end;
                    continue;
                }
            }
            // The clause's verb ends what belongs to this mention, except its date.
            if (m_words[k].kind == ScannedWord::Kind::Letters && !m_words[k].capitalised && looksPastTense(word(k))
                && !isOneOf(word(k),
                    {u"scheduled"_w, u"planned"_w, u"set"_w, u"due"_w, u"expected"_w, u"held"_w, u"slated"_w, u"leaked"_w, u"published"_w, u"released"_w})) {
                // "The storm moved north through Georgia on Sept. 27": a storm lives for days, and
                // what it did on a day is a clause of its own, not the storm.
                if (isLastingStorm(m.lemma) && !isOneOf(word(k), {u"hit"_w, u"struck"_w, u"took"_w, u"happened"_w, u"occurred"_w})) {
                    break;
                }
                afterVerb = true; // "the call took place on October 14": the date still belongs
                // (Only a verb that tells the noun's happening take place: "the agreement resolves
                // the claims the government filed last month" dates the filing.)
                if (verbAt < 0 && isOneOf(word(k), {u"came"_w, u"took"_w, u"happened"_w, u"occurred"_w, u"began"_w, u"started"_w, u"ended"_w})) {
                    verbAt = k;
                }
                ++k;
                continue;
            }
            ++k;
        }
    }

    // "made landfall as a Category 4 hurricane", "Helene becomes a hurricane", "has grown into a
    // huge storm", "the deadliest hurricane to strike the US", "the third storm in 13 months": the
    // noun says what kind of thing something was, or ranks it among others; it tells no
    // happening of its own. ("As a storm approached, ..." does.)
    [[nodiscard]] bool namesAKind(int h) const
    {
        const bool closes = !valid(h + 1) || punct(h + 1) || isOneOf(word(h + 1), {u"with"_w, u"and"_w, u"near"_w, u"at"_w, u"on"_w, u"in"_w, u"over"_w});
        for (int k = h - 1; valid(k) && k >= h - 5 && sameSentence(k, h) && !punct(k); --k) {
            const QStringView w = word(k);
            if (isOneOf(w, {u"a"_w, u"an"_w}) && isOneOf(word(k - 1), {u"as"_w, u"becomes"_w, u"became"_w, u"become"_w, u"remains"_w, u"remained"_w})) {
                return closes;
            }
            // "grew into a storm" is what it became; "flew into a storm" is not.
            if (isOneOf(w, {u"a"_w, u"an"_w}) && is(k - 1, u"into"_w)
                && isOneOf(word(k - 2),
                    {u"grew"_w, u"grown"_w, u"grows"_w, u"turned"_w, u"turns"_w, u"developed"_w, u"develops"_w, u"strengthened"_w, u"strengthens"_w,
                        u"intensified"_w, u"intensifies"_w})) {
                return closes;
            }
            if (m_words[k].capitalised) {
                continue; // "as a Category 4 hurricane"
            }
            const bool ranks = (w.size() > 5 && w.endsWith(u"iest"_w))
                || isOneOf(
                    w, {u"second"_w, u"third"_w, u"fourth"_w, u"fifth"_w, u"worst"_w, u"biggest"_w, u"largest"_w, u"strongest"_w, u"most"_w, u"latest"_w});
            if (ranks && (is(h + 1, u"to"_w) || is(h + 1, u"since"_w) || is(h + 1, u"in"_w) || is(h + 1, u"on"_w) || is(h + 1, u"of"_w))) {
                return true;
            }
        }
        return false;
    }

    std::optional<EventMention> nounMention(int h, const EventWord &noun) const
    {
        const QStringView next = word(h + 1);
        // "ceasefire proposal", "call transcript", "negotiation process": the head is later.
        if (m_words.value(h + 1).kind == ScannedWord::Kind::Letters && attachedOrSpaced(h + 1) && sameSentence(h, h + 1)) {
            if (eventNoun(next).eventClass != EventClass::None && !eventNoun(next).plural && !m_words[h + 1].capitalised) {
                return std::nullopt;
            }
            // (Most words fail the shapes of the list, which costs less than the list.)
            static constexpr std::initializer_list<QStringView> notTheHead = {u"process"_w, u"practice"_w, u"tactics"_w, u"tactic"_w, u"center"_w, u"centre"_w,
                u"line"_w, u"lines"_w, u"room"_w, u"sign"_w, u"log"_w, u"logs"_w, u"record"_w, u"records"_w, u"rate"_w, u"rates"_w, u"period"_w, u"zone"_w,
                u"team"_w, u"director"_w, u"officials"_w, u"date"_w, u"site"_w, u"deadline"_w, u"details"_w, u"transcript"_w, u"transcripts"_w, u"recording"_w,
                u"agenda"_w, u"partner"_w, u"partners"_w, u"negotiators"_w, u"table"_w, u"document"_w, u"documents"_w, u"terms"_w, u"points"_w, u"season"_w,
                u"campaign"_w, u"trail"_w, u"box"_w, u"card"_w, u"signs"_w, u"letter"_w, u"warning"_w, u"warnings"_w, u"alert"_w, u"alerts"_w, u"watch"_w,
                u"defences"_w, u"defenses"_w, u"defence"_w, u"defense"_w, u"barrier"_w, u"barriers"_w, u"risk"_w, u"risks"_w, u"insurance"_w, u"plain"_w,
                u"plains"_w, u"map"_w, u"maps"_w, u"relief"_w, u"victims"_w, u"survivors"_w, u"brigade"_w, u"service"_w, u"services"_w, u"station"_w,
                u"crews"_w, u"crew"_w, u"chief"_w, u"department"_w, u"alarm"_w, u"alarms"_w, u"exit"_w, u"safety"_w, u"prevention"_w, u"protection"_w,
                u"fund"_w, u"funds"_w, u"funding"_w, u"scheme"_w, u"policy"_w, u"spokesman"_w, u"spokeswoman"_w, u"spokesperson"_w, u"lawyer"_w, u"lawyers"_w,
                u"judge"_w, u"jury"_w, u"witness"_w, u"witnesses"_w, u"footage"_w, u"coverage"_w, u"drill"_w, u"drills"_w, u"damage"_w, u"levels"_w, u"level"_w,
                u"forecast"_w, u"office"_w, u"offices"_w, u"officer"_w, u"officers"_w, u"analyst"_w, u"analysts"_w, u"committee"_w, u"committees"_w,
                u"staff"_w};
            static const WordShapes notTheHeadShapes(notTheHead);
            if (notTheHeadShapes.mayHold(next) && isOneOf(next, notTheHead)) {
                // "a severe flood warning", "new flood defences": a warning of a flood is not one.
                return std::nullopt;
            }
        }
        // "West Yorkshire Fire and Rescue Service", "the Flood Recovery Framework": an event word
        // inside an organisation's or a programme's name names no event. A name after the word
        // ("Storm Ciara") still does.
        if (m_words[h].capitalised) {
            for (int k = h + 1; valid(k) && k <= h + 5 && sameSentence(h, k); ++k) {
                if (isOneOf(word(k), {u"and"_w, u"of"_w, u"&"_w})) {
                    continue;
                }
                if (m_words[k].kind != ScannedWord::Kind::Letters || !m_words[k].capitalised) {
                    break;
                }
                if ((PeopleLexicon::isOrganisationWord(word(k)) || isOneOf(word(k), {u"framework"_w, u"scheme"_w, u"regulations"_w, u"directive"_w}))
                    && (eventNoun(word(k)).eventClass == EventClass::None || eventNoun(word(k)).eventClass == EventClass::Document)) {
                    return std::nullopt;
                }
            }
        }
        // "call on Congress to act" asks; "the call on 14 October" happened.
        const bool datedOn = is(h + 1, u"on"_w) && m_timeAt.value(h + 2, -1) >= 0;
        if (noun.lemma == u"call"_w && isOneOf(next, {u"for"_w, u"on"_w, u"to"_w, u"it"_w, u"them"_w, u"him"_w, u"her"_w}) && !datedOn) {
            return std::nullopt;
        }
        // "weeks after ruling himself out", "before calling them": a noun takes no object pronoun,
        // so the word is a verb; after a determiner or a possessor it is the noun a reflexive
        // stresses ("the decision itself").
        const bool determined = isDeterminer(word(h - 1)) || (is(h - 1, u"s"_w) && apostrophe(h - 2));
        if (!determined
            && isOneOf(next, {u"him"_w, u"them"_w, u"us"_w, u"me"_w, u"himself"_w, u"herself"_w, u"themselves"_w, u"itself"_w, u"myself"_w, u"ourselves"_w})) {
            return std::nullopt;
        }
        // "strikes down", "calls off", "plans out": a verb with its particle.
        if (isOneOf(next, {u"down"_w, u"off"_w, u"out"_w, u"up"_w}) && m_words.value(h + 1).kind == ScannedWord::Kind::Letters) {
            return std::nullopt;
        }
        if (namesAKind(h)) {
            return std::nullopt;
        }
        // "he plans to visit", "O'Leary plans to be there": a verb with its subject before it,
        // not the noun ("Biden's plans to visit" stays one).
        if (isOneOf(word(h), {u"plans"_w, u"plan"_w}) && is(h + 1, u"to"_w) && valid(h - 1) && m_words[h - 1].kind == ScannedWord::Kind::Letters
            && (isOneOf(word(h - 1), {u"he"_w, u"she"_w, u"it"_w, u"they"_w, u"we"_w, u"i"_w, u"you"_w})
                || (m_words[h - 1].capitalised && !isDeterminer(word(h - 1))))) {
            return std::nullopt;
        }
        // "The agency plans to publish new charts": after a body that acts, "plans to" and a verb
        // is its present ("the peace plans to end the war" stay a noun).
        if (is(h, u"plans"_w) && is(h + 1, u"to"_w) && valid(h + 2) && m_words[h + 2].kind == ScannedWord::Kind::Letters && !m_words[h + 2].capitalised
            && !isDeterminer(word(h + 2)) && valid(h - 1) && m_words[h - 1].kind == ScannedWord::Kind::Letters && actingBody(word(h - 1))) {
            return std::nullopt;
        }
        // "The researchers plan to study": after a plural noun, "plan to" and a verb is the
        // plural's present ("the peace plan to end the war" stays a noun).
        if (is(h, u"plan"_w) && is(h + 1, u"to"_w) && valid(h + 2) && m_words[h + 2].kind == ScannedWord::Kind::Letters && !m_words[h + 2].capitalised
            && !isDeterminer(word(h + 2)) && valid(h - 1) && m_words[h - 1].kind == ScannedWord::Kind::Letters && !m_words[h - 1].capitalised
            && word(h - 1).size() > 3 && word(h - 1).endsWith(u's') && !word(h - 1).endsWith(u"ss"_w) && !apostrophe(h - 2)) {
            return std::nullopt;
        }
        // Headlines restate the story in telegraphic verbs ("Top court strikes down ban").
        if (const int p = paragraphOf(m_words[h].range.start); p >= 0 && m_analysis.paragraphs[p].heading) {
            return std::nullopt;
        }
        EventMention m;
        m.headWord = h;
        m.lemma = noun.lemma;
        m.eventClass = noun.eventClass;
        m.sentence = m_sentenceOfWord[h];
        // "Hurricane Helene", "Storm Ciara": a storm is known by its name.
        if (isLastingStorm(noun.lemma) && m_words[h].capitalised && valid(h + 1) && m_words[h + 1].capitalised
            && m_words[h + 1].kind == ScannedWord::Kind::Letters && sameSentence(h, h + 1) && !PeopleLexicon::isOrganisationWord(word(h + 1))) {
            m.name = word(h).toString() + u' ' + word(h + 1).toString();
        }
        int start = h;
        bool determiner = false;
        bool premodifier = false;
        bool hypothetical = false;
        int k = h - 1;
        while (valid(k) && sameSentence(k, h)) {
            if (m_timeAt[k] >= 0) {
                const int t = m_timeAt[k];
                const TimeMention::Kind kind = m_times[t].mention.kind;
                if (kind == TimeMention::Kind::Duration) {
                    m.number = wordsText(m_times[t].mention.firstWord, m_times[t].mention.endWord);
                } else {
                    attachTime(m, t, true);
                }
                start = m_times[t].mention.firstWord;
                k = start - 1;
                premodifier = true;
                continue;
            }
            // Possessor: "Zelensky's", "Trump's", "the Kremlin's"
            // "Thursday's call", "last week's vote": a time in the possessive dates the event.
            if (is(k, u"s"_w) && apostrophe(k - 1) && attached(k) && attached(k - 1) && valid(k - 2) && m_timeAt[k - 2] >= 0) {
                const int t = m_timeAt[k - 2];
                attachTime(m, t, true);
                start = m_times[t].mention.firstWord;
                k = start - 1;
                premodifier = true;
                continue;
            }
            if (is(k, u"s"_w) && apostrophe(k - 1) && attached(k) && attached(k - 1) && valid(k - 2) && m_words[k - 2].kind == ScannedWord::Kind::Letters) {
                const int last = k - 2;
                // ("Bankman-Fried's trial": a hyphened name is one possessor.)
                const int first = m_words[last].capitalised ? hyphenedNameStart(capitalisedStart(last), 0) : last;
                if (m.possessor.isEmpty()) {
                    // "Ukrainian President Volodymyr Zelensky's" is Zelensky's.
                    m.possessor = m_words[last].capitalised ? wordsText(hyphenedNameStart(last, 0), last + 1) : word(last).toString();
                    if (m_words[last].capitalised) {
                        addParticipants(m, first, last + 1, true);
                        if (!m.participantNames.isEmpty()) {
                            m.possessor = m.participantNames.last();
                        }
                    }
                }
                start = first;
                k = first - 1;
                premodifier = true;
                if (is(k, u"the"_w)) {
                    start = k;
                    determiner = true;
                }
                break;
            }
            // "20-point", "Trump-Putin", "three-day", "high-level"
            if (m_words[k].kind == ScannedWord::Kind::Letters && dash(k - 1) && attached(k) && attached(k - 1) && valid(k - 2)) {
                const int first = k - 2;
                if (m_words[first].kind == ScannedWord::Kind::Digits) {
                    m.number = wordsText(first, k + 1);
                } else if (m_words[first].capitalised && m_words[k].capitalised) {
                    addName(m, word(first).toString());
                    addName(m, word(k).toString());
                }
                start = first;
                k = first - 1;
                premodifier = true;
                continue;
            }
            if (punct(k)) {
                break;
            }
            bool indefinite = false;
            if (isDeterminer(word(k), &indefinite)) {
                start = k;
                determiner = true;
                m.indefinite = indefinite;
                // "his Oct. 14 call with Yuri Ushakov": the owner is the person told of before.
                if (is(k, u"his"_w) || is(k, u"her"_w)) {
                    if (const QString who = antecedent(k); !who.isEmpty() && !m.participants.contains(who)) {
                        m.participants.prepend(who);
                        m.participantNames.prepend(m_people.shortName(who));
                    }
                }
                if (is(k, u"no"_w)) {
                    hypothetical = true;
                }
                break;
            }
            const EventModifier modifier = eventModifier(word(k));
            // Between a determiner and the noun any plain word is a modifier: "a fundraising picnic".
            const bool afterDeterminer = m_words[k].kind == ScannedWord::Kind::Letters && !m_words[k].capitalised && valid(k - 1) && isDeterminer(word(k - 1));
            if (modifier.kind != EventModifier::Kind::None || (!m_words[k].capitalised && isKnownAdjective(word(k))) || afterDeterminer) {
                switch (modifier.kind) {
                case EventModifier::Kind::Label:
                    m.labelWords.prepend(word(k).toString().toLower());
                    break;
                case EventModifier::Kind::Leaked:
                    m.leaked = true;
                    break;
                case EventModifier::Kind::Planned:
                    m.planned = true;
                    break;
                case EventModifier::Kind::Revised:
                    m.revised = true;
                    m.labelWords.prepend(word(k).toString().toLower());
                    break;
                case EventModifier::Kind::Original:
                    m.original = true;
                    break;
                case EventModifier::Kind::Hypothetical:
                    hypothetical = true;
                    break;
                case EventModifier::Kind::Distinct:
                    m.distinct = true;
                    m.labelWords.prepend(word(k).toString().toLower());
                    break;
                case EventModifier::Kind::None:
                case EventModifier::Kind::Plain:
                    break;
                }
                start = k;
                premodifier = true;
                --k;
                continue;
            }
            if (m_words[k].kind == ScannedWord::Kind::Letters && m_words[k].capitalised && !isFunctionWord(word(k))) {
                const QString proper = word(k).toString();
                if (!m_people.named(proper).isEmpty()) {
                    addName(m, proper);
                }
                m.labelWords.prepend(proper);
                start = k;
                premodifier = true;
                --k;
                continue;
            }
            break;
        }
        if (!determiner && !premodifier) {
            // A bare noun is an event only as a plural after a preposition: "after talks in Geneva".
            const bool afterPreposition = isOneOf(word(h - 1),
                {u"after"_w, u"before"_w, u"during"_w, u"in"_w, u"at"_w, u"from"_w, u"following"_w, u"amid"_w, u"since"_w, u"of"_w, u"for"_w, u"hold"_w,
                    u"held"_w, u"holding"_w, u"holds"_w, u"began"_w, u"begin"_w, u"resumed"_w, u"resume"_w, u"opened"_w, u"started"_w, u"joined"_w,
                    u"attended"_w, u"launched"_w});
            if (!(noun.plural && afterPreposition)) {
                return std::nullopt;
            }
        }
        if (!determiner
            && isOneOf(word(start - 1),
                {u"to"_w, u"will"_w, u"would"_w, u"could"_w, u"should"_w, u"can"_w, u"may"_w, u"might"_w, u"must"_w, u"did"_w, u"not"_w, u"they"_w, u"we"_w,
                    u"i"_w, u"you"_w, u"he"_w, u"she"_w, u"it"_w})) {
            return std::nullopt;
        }
        if (hypothetical || (m.indefinite && hypotheticalContext(start, noun.eventClass))) {
            return std::nullopt;
        }
        // "any ceasefire would need guarantees", "no agreement was reached": none took place.
        if (isOneOf(word(start), {u"any"_w, u"no"_w})) {
            return std::nullopt;
        }
        // "some of his conversations were held over messaging apps": a share of many, none told.
        if (noun.plural && is(start - 1, u"of"_w)
            && isOneOf(word(start - 2), {u"some"_w, u"many"_w, u"most"_w, u"all"_w, u"several"_w, u"few"_w, u"none"_w, u"each"_w, u"one"_w})) {
            return std::nullopt;
        }
        // "set off a storm in Washington", "a storm of criticism": a row, not weather.
        if (isOneOf(word(h), {u"storm"_w, u"firestorm"_w}) && !m_words[h].capitalised) {
            const bool ofFeeling = is(h + 1, u"of"_w) && valid(h + 2) && !m_words[h + 2].capitalised;
            bool stirred = false;
            for (int k = start - 1; k >= start - 3 && valid(k) && !punct(k); --k) {
                stirred = stirred
                    || isOneOf(word(k),
                        {u"off"_w, u"sparked"_w, u"sparking"_w, u"spark"_w, u"sparks"_w, u"caused"_w, u"causing"_w, u"triggered"_w, u"triggering"_w,
                            u"provoked"_w, u"unleashed"_w, u"stirred"_w, u"whipped"_w, u"created"_w, u"prompted"_w});
            }
            if (ofFeeling || stirred) {
                return std::nullopt;
            }
        }
        // What came before the noun phrase: "during the call" makes the call a venue.
        m.venue = isOneOf(word(start - 1), {u"during"_w, u"in"_w, u"at"_w, u"on"_w, u"after"_w, u"throughout"_w});
        m.range = {m_words[start].range.start, m_words[h].range.end};
        m.insideQuote = insideQuote(m_words[h].range.start);
        m.paragraph = paragraphOf(m_words[h].range.start);
        complements(m, h);
        if (dealActedOn(m, start)) {
            return std::nullopt;
        }
        // "Merchan had postponed the trial ten days earlier": the day is the postponing's, and
        // the trial was not held on it; the label says what happened to it.
        if (m.time >= 0 && (m.eventClass == EventClass::Meeting || m.eventClass == EventClass::Vote || m.eventClass == EventClass::Decision)) {
            const int before = start - 1;
            const QStringView verb = word(before);
            const bool moved = isOneOf(verb,
                {u"postponed"_w, u"delayed"_w, u"adjourned"_w, u"deferred"_w, u"cancelled"_w, u"canceled"_w, u"rescheduled"_w, u"postpones"_w, u"delays"_w,
                    u"adjourns"_w, u"defers"_w, u"cancels"_w, u"reschedules"_w});
            if (moved && valid(before) && m_words[before].kind == ScannedWord::Kind::Letters) {
                QString past = verb.toString().toLower();
                if (!looksPastTense(verb)) {
                    past = pastOfPresent(verb);
                }
                if (!past.isEmpty()) {
                    QString label = word(h).toString() + u' ' + past;
                    label[0] = label[0].toUpper();
                    m.clauseLabel = label;
                    m.planned = true;
                }
            }
        }
        return m;
    }

    [[nodiscard]] bool attachedOrSpaced(int) const { return true; }

    // "should block the deal", "approved the deal", "a review of the deal": a bare "the deal"
    // that a verb or a noun acts on is the purchase or merger being fought over, not a
    // happening; every such mention would join one undated "Deal". Dated ("reached the deal
    // on Friday") or set as a time ("after the deal") it still tells one.
    [[nodiscard]] bool dealActedOn(const EventMention &m, int start) const
    {
        // ("approved the deal on Friday", "extended the deadline for abandoning the deal to June
        // 18", "a review of the deal in April": a day after the object is the clause's, which
        // addClauses() then tells; one inside it, "the June 18 deal", is the deal's.)
        if (m.lemma != u"deal"_w || m.timeInside || m.venue || start != m.headWord - 1 || !is(start, u"the"_w) || !valid(start - 1)
            || !sameSentence(start - 1, start)) {
            return false;
        }
        const ScannedWord &before = m_words[start - 1];
        return before.kind == ScannedWord::Kind::Letters && !before.capitalised
            && !isOneOf(word(start - 1), {u"before"_w, u"since"_w, u"until"_w, u"following"_w, u"amid"_w, u"despite"_w, u"by"_w});
    }

    // A noun naming a body that acts as one, in any case: "the agency", "the company", "the union".
    [[nodiscard]] static bool actingBody(QStringView w)
    {
        return isOneOf(w,
            {u"agency"_w, u"company"_w, u"government"_w, u"union"_w, u"firm"_w, u"board"_w, u"council"_w, u"ministry"_w, u"department"_w, u"administration"_w,
                u"commission"_w, u"committee"_w, u"city"_w, u"state"_w, u"airline"_w, u"bank"_w, u"group"_w, u"party"_w, u"court"_w, u"regulator"_w,
                u"operator"_w, u"authority"_w});
    }

    // The noun before the preposition that opens the place phrase ending at word `place`
    // ("workers in the Seattle area and Portland"); -1 when the place opens no such phrase.
    [[nodiscard]] int nounBeforePlacePhrase(int place, int verb) const
    {
        for (int k = place - 1; valid(k - 1) && k > place - 9 && sameSentence(k, verb) && !punct(k); --k) {
            if (isOneOf(word(k), {u"in"_w, u"near"_w, u"from"_w, u"outside"_w, u"around"_w, u"across"_w})) {
                const bool noun = m_words[k - 1].kind == ScannedWord::Kind::Letters && !m_words[k - 1].capitalised && !isFunctionWord(word(k - 1))
                    && !looksPastTense(word(k - 1)) && !auxiliary(k - 1);
                return noun ? k - 1 : -1;
            }
        }
        return -1;
    }

    // The opening comma of an aside that the comma at word `closing` ends right before the
    // verb: an appositive ("a door plug, a panel that fills an exit, tore away") or a
    // participle phrase ("the capsule, flying as Crew-9, splashed down") after a common noun;
    // -1 when there is none within twelve words.
    [[nodiscard]] int asideBeforeVerb(int closing, int verb) const
    {
        // ("The offer, reached with ..., was announced": the verb's auxiliaries may follow the comma.)
        if (!isPunct(closing, u',') || closing >= verb || verb - closing > 3) {
            return -1;
        }
        for (int a = closing + 1; a < verb; ++a) {
            if (!auxiliary(a)) {
                return -1;
            }
        }
        for (int c = closing - 2; c > closing - 14 && valid(c - 1) && sameSentence(c - 1, verb); --c) {
            if (!punct(c) || isPunct(c, u'-') || isPunct(c, u'\'') || isPunct(c, QChar(0x2019))) {
                continue; // a word, or a mark inside one ("Crew-9", "Boeing's")
            }
            if (!isPunct(c, u',')) {
                return -1; // a quote, a dash or a full stop: no plain aside
            }
            const QStringView opener = word(c + 1);
            // "The offer, reached with the help of the labor secretary, was announced": a past
            // participle opens an aside too.
            const bool asideOpens = !m_words[c + 1].capitalised
                && (isOneOf(opener, {u"a"_w, u"an"_w}) || (opener.size() > 5 && opener.endsWith(u"ing"_w)) || (opener.size() > 3 && looksPastTense(opener)));
            // (A name before the aside is the people stage's; "according to" and "including" are
            // prepositions, not participles.)
            const bool preposition = isOneOf(opener, {u"according"_w, u"including"_w, u"following"_w, u"regarding"_w, u"concerning"_w, u"excluding"_w});
            const bool nounBefore = !preposition && !m_words[c - 1].capitalised && m_words[c - 1].kind == ScannedWord::Kind::Letters
                && !isFunctionWord(word(c - 1)) && !looksPastTense(word(c - 1)) && !auxiliary(c - 1) && !word(c - 1).endsWith(u"ly"_w);
            return asideOpens && nounBefore ? c : -1;
        }
        return -1;
    }

    // Whether the verb is a participle after the comma at word comma with an adverb between
    // ("first reported", "originally drafted"), and no helper that makes it the main clause's
    // ("was meant"). Without the adverb, ", the Kremlin aide, told" closes an apposition.
    [[nodiscard]] bool participleAfterComma(int comma, int verb) const
    {
        if (verb == comma + 1
            || !isOneOf(
                word(comma + 1), {u"first"_w, u"originally"_w, u"initially"_w, u"previously"_w, u"widely"_w, u"recently"_w, u"formally"_w, u"jointly"_w})) {
            return false;
        }
        for (int a = comma + 1; a < verb; ++a) {
            if (isOneOf(word(a), {u"was"_w, u"were"_w, u"is"_w, u"are"_w, u"had"_w, u"has"_w, u"have"_w, u"will"_w, u"would"_w, u"be"_w, u"been"_w})) {
                return false;
            }
        }
        return looksPastTense(word(verb));
    }

    // The words naming the plan, deal or decision an "it" opening a clause at word k stands for:
    // the nearest such noun in its sentence or the one before, with the words before it that
    // tell it apart ("28-point plan"); empty when there is none. "said it would" is the speaker.
    [[nodiscard]] QString documentNamedBefore(int k) const
    {
        const bool opensClause = sentenceInitial(k)
            || isOneOf(word(k - 1), {u"when"_w, u"after"_w, u"before"_w, u"until"_w, u"because"_w, u"since"_w, u"and"_w, u"but"_w, u"as"_w, u"once"_w});
        if (!opensClause) {
            return {};
        }
        const int sentence = m_sentenceOfWord[k];
        for (int h = k - 1; valid(h) && m_sentenceOfWord[h] >= sentence - 1; --h) {
            if (m_words[h].kind != ScannedWord::Kind::Letters || m_words[h].capitalised || insideQuote(m_words[h].range.start)) {
                continue;
            }
            const EventClass kind = eventNoun(word(h)).eventClass;
            if (kind != EventClass::Document && kind != EventClass::Agreement && kind != EventClass::Decision) {
                continue;
            }
            int first = h;
            while (first > h - 3 && valid(first - 1) && !isDeterminer(word(first - 1)) && !isFunctionWord(word(first - 1))
                && (!punct(first - 1) || (dash(first - 1) && attached(first - 1) && attached(first)))) {
                --first;
            }
            // "a 28-point plan", "the deal": a noun phrase, not "ruling that ..." after a comma.
            if (isDeterminer(word(first - 1))) {
                return wordsText(first, h + 1);
            }
        }
        return {};
    }

    // Where the noun phrase ending at head starts: up to three words of the verb's sentence
    // before it, back to its determiner ("the underwater listening system").
    [[nodiscard]] int nounPhraseStart(int head, int verb) const
    {
        int first = head;
        while (first > head - 3 && valid(first - 1) && sameSentence(first - 1, verb) && m_words[first - 1].kind == ScannedWord::Kind::Letters
            && !isFunctionWord(word(first - 1)) && !looksPastTense(word(first - 1)) && !auxiliary(first - 1)) {
            --first;
            if (isDeterminer(word(first))) {
                break;
            }
        }
        // "Friday's earthquake": a possessive's "s" is no word of its own; its owner comes with it.
        if (is(first, u"s"_w) && apostrophe(first - 1) && attached(first - 1) && attached(first) && valid(first - 2)
            && m_words[first - 2].kind == ScannedWord::Kind::Letters && sameSentence(first - 2, verb)) {
            first -= 2;
        }
        return first;
    }

    // "Mr. Trump", "Ms Lee": how many words at k are a courtesy title before a name (the
    // title and its full stop), or 0.
    [[nodiscard]] int courtesyTitleWords(int k) const
    {
        if (!valid(k) || !m_words[k].capitalised || !isOneOf(word(k), {u"mr"_w, u"mrs"_w, u"ms"_w, u"mx"_w, u"dr"_w})) {
            return 0;
        }
        const int name = isPunct(k + 1, u'.') && attached(k + 1) ? k + 2 : k + 1;
        return valid(name) && m_words[name].capitalised && m_words[name].kind == ScannedWord::Kind::Letters ? name - k : 0;
    }

    [[nodiscard]] static bool isFunctionWord(QStringView w)
    {
        // (Most words fail the shapes of the list, which costs less than the list.)
        static constexpr std::initializer_list<QStringView> functionWords = {u"the"_w, u"a"_w, u"an"_w, u"in"_w, u"on"_w, u"at"_w, u"after"_w, u"before"_w,
            u"during"_w, u"when"_w, u"while"_w, u"but"_w, u"and"_w, u"as"_w, u"although"_w, u"though"_w, u"since"_w, u"beyond"_w, u"according"_w, u"it"_w,
            u"he"_w, u"she"_w, u"they"_w, u"we"_w, u"i"_w, u"this"_w, u"that"_w, u"its"_w, u"his"_w, u"her"_w};
        static const WordShapes functionWordShapes(functionWords);
        return functionWordShapes.mayHold(w) && isOneOf(w, functionWords);
    }

    [[nodiscard]] static bool isKnownAdjective(QStringView w)
    {
        return isOneOf(
            w, {u"substantive"_w, u"specific"_w, u"proposed"_w, u"alleged"_w, u"so-called"_w, u"much"_w, u"widely"_w, u"now"_w, u"infamous"_w, u"disputed"_w});
    }

    // Words just before an indefinite noun that make it sought or possible, not held: "seek a
    // deal", "It can then open an investigation".
    [[nodiscard]] bool hypotheticalContext(int start, EventClass eventClass) const
    {
        for (int k = start - 1; k >= start - 3 && valid(k) && sameSentence(k, start); --k) {
            if (isOneOf(word(k),
                    {u"achieve"_w, u"achieving"_w, u"reach"_w, u"reaching"_w, u"require"_w, u"requires"_w, u"need"_w, u"needs"_w, u"seek"_w, u"seeking"_w,
                        u"want"_w, u"wants"_w, u"pursue"_w, u"pursuing"_w, u"toward"_w, u"towards"_w, u"without"_w, u"if"_w, u"whether"_w, u"close"_w,
                        u"closer"_w, u"nearing"_w, u"near"_w, u"hope"_w, u"hopes"_w, u"hoped"_w, u"push"_w, u"pushing"_w, u"can"_w, u"could"_w, u"may"_w,
                        u"might"_w})) {
                return true;
            }
            if (eventClass == EventClass::Agreement && isOneOf(word(k), {u"for"_w, u"on"_w})) {
                return true;
            }
        }
        return false;
    }

    // Whether a person's name ends with word i.
    [[nodiscard]] bool isNameEnd(int i) const
    {
        const QList<EventPeople::Found> found = m_people.inRange({m_words[std::max(0, i - 4)].range.start, m_words[i].range.end});
        return !found.isEmpty() && found.last().range.end == m_words[i].range.end;
    }

    // "The leader of the council, Cllr Martin Pryce,": one name set off by commas, not a list
    // ("The two ministers, Ruth Amsel and Karim Odell,").
    [[nodiscard]] bool isAppositiveName(int i) const
    {
        if (!isNameEnd(i)) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 6; --k) {
            if (m_words[k].kind == ScannedWord::Kind::Punctuation) {
                return m_text[m_words[k].range.start] == u',';
            }
            if (is(k, u"and"_w) || is(k, u"or"_w)) {
                return false;
            }
        }
        return false;
    }

    // "Putin met Witkoff", "Zelensky visited Washington", "Trump responded to the report".
    // Whether the sentence of word k tells a date.
    [[nodiscard]] bool datedSentence(int k) const
    {
        for (int i = k; i >= 0 && sameSentence(i, k); --i) {
            if (m_timeAt[i] >= 0 && m_times[m_timeAt[i]].date.isDated()) {
                return true;
            }
        }
        for (int i = k + 1; valid(i) && sameSentence(i, k); ++i) {
            if (m_timeAt[i] >= 0 && m_times[m_timeAt[i]].date.isDated()) {
                return true;
            }
        }
        return false;
    }

    // The person whose written name ends where the subject [first, last] ends but began
    // before it, as when the words of "Yoon Suk-yeol" are split at the hyphen; else empty.
    [[nodiscard]] QString nameCutBySubject(int first, int last) const
    {
        for (const EventPeople::Found &found : m_people.inRange({m_words[std::max(0, first - 6)].range.start, m_words[last].range.end})) {
            if (found.range.end == m_words[last].range.end && found.range.start < m_words[first].range.start) {
                return found.id;
            }
        }
        return {};
    }

    // Who "he" or "she" at word k stands for: the last person named before it in its sentence,
    // else the first one named in the nearest sentence of its paragraph that names one.
    [[nodiscard]] QString antecedent(int k) const
    {
        const int sentence = m_sentenceOfWord[k];
        if (sentence < 0) {
            return {};
        }
        const int paragraph = m_analysis.sentences[sentence].paragraph;
        const QList<EventPeople::Found> before = m_people.inRange({m_analysis.sentences[sentence].range.start, m_words[k].range.start});
        if (!before.isEmpty()) {
            return before.last().id;
        }
        for (int b = sentence - 1; b >= 0 && b >= sentence - 3 && m_analysis.sentences[b].paragraph == paragraph; --b) {
            if (const QList<EventPeople::Found> found = m_people.inRange(m_analysis.sentences[b].range); !found.isEmpty()) {
                return found.first().id;
            }
        }
        return {};
    }

    std::optional<EventMention> verbMention(int v, const EventWord &verb) const
    {
        int s = v - 1;
        // "Pryce has resigned", "the envoy had quietly met": auxiliaries and adverbs stand between.
        for (int skipped = 0; skipped < 3 && valid(s) && !m_words[s].capitalised
            && (isOneOf(word(s), {u"has"_w, u"have"_w, u"had"_w, u"was"_w, u"were"_w, u"also"_w, u"then"_w, u"later"_w, u"already"_w})
                || (endsInLy(word(s)) && !lyNoun(s)));
            ++skipped) {
            --s;
        }
        // "The leader of the council, Cllr Martin Pryce, has resigned": the appositive name is the subject.
        if (s != v - 1 && valid(s) && s > 0 && m_words[s].kind == ScannedWord::Kind::Punctuation && m_text[m_words[s].range.start] == u','
            && isAppositiveName(s - 1)) {
            --s;
        }
        if (!valid(s) || !sameSentence(s, v) || m_words[s].kind != ScannedWord::Kind::Letters || insideQuote(m_words[v].range.start)) {
            return std::nullopt;
        }
        EventMention m;
        m.verb = true;
        m.headWord = v;
        m.lemma = verb.lemma;
        m.eventClass = verb.eventClass;
        m.sentence = m_sentenceOfWord[v];
        const QList<EventPeople::Found> subject = m_people.inRange({m_words[std::max(0, s - 4)].range.start, m_words[s].range.end});
        int start = s;
        if (!subject.isEmpty() && subject.last().range.end == m_words[s].range.end) {
            m.participants.append(subject.last().id);
            m.participantNames.append(m_people.shortName(subject.last().id));
            start = s;
            while (start > 0 && m_words[start - 1].range.start >= subject.last().range.start) {
                --start;
            }
        } else if (m_words[s].capitalised && !isFunctionWord(word(s))) {
            start = std::min(capitalisedStart(s), hyphenedNameStart(s, 0));
            addName(m, wordsText(hyphenedNameStart(s, 0), s + 1)); // "Bankman-Fried resigns"
        } else if (const QString who = isOneOf(word(s), {u"he"_w, u"she"_w}) && !datedSentence(v) ? antecedent(s) : QString(); !who.isEmpty()) {
            // (A dated sentence gives the clause its own event, subject and all.)
            // "Trump flew to Alaska. There he met Putin": the person the paragraph is about.
            m.participants.append(who);
            m.participantNames.append(m_people.shortName(who));
        } else {
            return std::nullopt;
        }
        m.range = {m_words[start].range.start, m_words[v].range.end};
        m.paragraph = paragraphOf(m_words[v].range.start);
        // Objects: the person met or called, the place visited, what a response answers.
        int o = v + 1;
        if (m.eventClass == EventClass::Response && is(o, u"to"_w)) {
            int end = o + 1;
            while (valid(end) && end < o + 7 && !clauseBreak(end) && !isOneOf(word(end), {u"by"_w, u"with"_w, u"that"_w, u"which"_w, u"on"_w, u"in"_w})) {
                ++end;
            }
            m.topic = wordsText(o + 1, end);
        } else if (m.lemma == u"meeting"_w || m.lemma == u"call"_w || m.lemma == u"visit"_w) {
            if (is(o, u"with"_w)) {
                ++o;
            }
            o += courtesyTitleWords(o);
            const int end = capitalisedEnd(o);
            if (end > o) {
                if (m.lemma == u"visit"_w && m_people.inRange({m_words[o].range.start, m_words[end - 1].range.end}).isEmpty()) {
                    m.destination = wordsText(o, end);
                } else {
                    addParticipants(m, o, end, false);
                }
            }
        }
        complements(m, v);
        return m;
    }

    // "John Deal said", "Stan Deal, who led the commercial airplanes unit": a capitalised event
    // word after a capitalised word ends a person's name when that word is a known given name or
    // "who" follows (no happening is a "who").
    [[nodiscard]] bool endsPersonsName(int i) const
    {
        if (!valid(i - 1) || !m_words[i - 1].capitalised || m_words[i - 1].kind != ScannedWord::Kind::Letters) {
            return false;
        }
        const bool who = is(i + 1, u"who"_w) || (isPunct(i + 1, u',') && is(i + 2, u"who"_w));
        // ("the Camp David Accords": a given name inside a longer name opens no person's name.)
        const bool opensName = !valid(i - 2) || !m_words[i - 2].capitalised || sentenceInitial(i - 1);
        return who || (opensName && PeopleLexicon::isGivenName(word(i - 1)));
    }

    // Whether a person's name, as the people stage found it, starts at word i.
    [[nodiscard]] bool opensPersonName(int i) const
    {
        const int start = m_words[i].range.start;
        const QList<EventPeople::Found> named = m_people.inRange({start, std::min(int(m_text.size()), start + 60)});
        return !named.isEmpty() && named.first().range.start == start;
    }

    // "When questioned about the leaked recording, President Trump claimed ...": a response.
    std::optional<EventMention> responseClause(int i) const
    {
        if (!isOneOf(word(i), responseOpenings) || !sentenceInitial(i)) {
            return std::nullopt;
        }
        int k = i + 1;
        if (is(i, u"when"_w)) {
            if (!isOneOf(word(k), {u"asked"_w, u"questioned"_w, u"pressed"_w, u"quizzed"_w, u"confronted"_w, u"challenged"_w})) {
                return std::nullopt;
            }
            ++k;
        }
        if (!isOneOf(word(k), {u"about"_w, u"on"_w, u"over"_w, u"whether"_w, u"with"_w})) {
            return std::nullopt;
        }
        const int topicStart = k + 1;
        int comma = topicStart;
        while (valid(comma) && comma < topicStart + 12 && !isPunct(comma, u',') && sameSentence(comma, i)) {
            ++comma;
        }
        if (!isPunct(comma, u',')) {
            return std::nullopt;
        }
        // The subject: a person named within the next few words, then a speech verb.
        int verbWord = comma + 1;
        while (valid(verbWord) && verbWord < comma + 6
            && !isOneOf(word(verbWord),
                {u"said"_w, u"claimed"_w, u"stated"_w, u"replied"_w, u"responded"_w, u"insisted"_w, u"told"_w, u"answered"_w, u"dismissed"_w, u"defended"_w,
                    u"denied"_w, u"argued"_w, u"added"_w, u"suggested"_w, u"acknowledged"_w, u"says"_w})) {
            ++verbWord;
        }
        if (!valid(verbWord) || verbWord >= comma + 6 || verbWord == comma + 1) {
            return std::nullopt;
        }
        EventMention m;
        m.headWord = verbWord;
        m.verb = true;
        m.lemma = u"response"_s;
        m.eventClass = EventClass::Response;
        m.sentence = m_sentenceOfWord[i];
        m.paragraph = paragraphOf(m_words[i].range.start);
        m.topic = wordsText(topicStart, comma);
        addParticipants(m, comma + 1, verbWord, true);
        if (m.participantNames.isEmpty()) {
            return std::nullopt;
        }
        m.range = {m_words[i].range.start, m_words[verbWord].range.end};
        return m;
    }

    QStringView m_text;
    const TextAnalysis &m_analysis;
    const QList<ScannedWord> &m_words;
    const QList<ResolvedTime> &m_times;
    const EventPeople &m_people;
    QList<TextRange> m_quotes;
    QList<int> m_timeAt;
    QList<int> m_sentenceOfWord;
    QList<int> m_sentenceFirst;
    QList<int> m_sentenceEnd;
};
} // namespace

QList<EventMention> findEventMentions(
    const TextAnalysis &text, const QList<ScannedWord> &words, const QList<ResolvedTime> &times, const EventPeople &people, const QList<TextRange> &quotes)
{
    return EventScanner(text, words, times, people, quotes).scan();
}

QList<TextRange> quotedRanges(const TextAnalysis &text)
{
    QList<TextRange> ranges;
    const QStringView whole(text.text);
    constexpr QChar straight = u'"';
    constexpr QChar opening(0x201C);
    constexpr QChar closing(0x201D);
    for (const Paragraph &paragraph : text.paragraphs) {
        int open = -1;
        const int start = std::max(0, paragraph.range.start);
        const int end = std::min(paragraph.range.end, int(whole.size()));
        if (start >= end) {
            continue;
        }
        // Only '"', U+201C and U+201D matter: each is looked for with Qt's vector search, and
        // the marks are taken in text order.
        const QStringView words = whole.sliced(start, end - start);
        qsizetype nextStraight = words.indexOf(straight);
        qsizetype nextOpening = words.indexOf(opening);
        qsizetype nextClosing = words.indexOf(closing);
        while (nextStraight >= 0 || nextOpening >= 0 || nextClosing >= 0) {
            qsizetype at = words.size();
            for (const qsizetype next : {nextStraight, nextOpening, nextClosing}) {
                if (next >= 0 && next < at) {
                    at = next;
                }
            }
            const QChar c = words[at];
            const int i = start + int(at);
            if (c == opening || (c == straight && open < 0)) {
                open = i + 1;
            } else if ((c == closing || c == straight) && open >= 0) {
                ranges.append({open, i});
                open = -1;
            }
            if (c == straight) {
                nextStraight = words.indexOf(straight, at + 1);
            } else if (c == opening) {
                nextOpening = words.indexOf(opening, at + 1);
            } else {
                nextClosing = words.indexOf(closing, at + 1);
            }
        }
        if (open >= 0) {
            ranges.append({open, paragraph.range.end});
        }
    }
    return ranges;
}

// The words are in text order.
int wordIndexAt(const QList<ScannedWord> &words, int offset)
{
    const auto word = std::lower_bound(words.cbegin(), words.cend(), offset, [](const ScannedWord &w, int at) { return w.range.start < at; });
    return int(word - words.cbegin());
}

void sortByPosition(QList<EventMention> &mentions)
{
    std::stable_sort(mentions.begin(), mentions.end(), [](const EventMention &a, const EventMention &b) { return a.range.start < b.range.start; });
}

} // namespace Sourceline
