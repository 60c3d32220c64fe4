// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timeresolver.h"

#include "eventlexicon.h"
#include "timeexpressions.h"
#include "wordmatch.h"

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
using G = DateValue::Granularity;

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

QString yearText(int year)
{
    return QString::number(year).rightJustified(4, u'0');
}

// Narrows [first, last] to its first, middle or last third for "early", "mid", "late".
void narrow(DateValue &value, int part)
{
    if (part == 0 || !value.earliest.isValid()) {
        return;
    }
    const qint64 days = value.earliest.daysTo(value.latest) + 1;
    const qint64 third = days / 3;
    const QDate first = value.earliest;
    if (part == 1) {
        value.latest = first.addDays(third - 1);
    } else if (part == 2) {
        value.earliest = first.addDays(third);
        value.latest = first.addDays(2 * third - 1);
    } else {
        value.earliest = first.addDays(2 * third);
    }
}

QDate startOfWeek(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}
} // namespace

TimeResolver::TimeResolver(QStringView text, const QList<ScannedWord> &words, const QList<TextRange> &paragraphs, const QDate &published)
    : m_text(text)
    , m_words(words)
    , m_paragraphs(paragraphs)
    , m_published(published)
{
}

DateValue TimeResolver::dayValue(const QDate &date)
{
    if (!date.isValid()) {
        return {};
    }
    // Written by hand: QDate::toString() formats through a printf for every date of a text.
    const int year = date.year();
    if (year < 1 || year > 9999) {
        return {date.toString(Qt::ISODate), G::Day, date, date};
    }
    const int month = date.month();
    const int day = date.day();
    const char16_t iso[] = {char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10), char16_t(u'0' + year / 10 % 10), char16_t(u'0' + year % 10), u'-',
        char16_t(u'0' + month / 10), char16_t(u'0' + month % 10), u'-', char16_t(u'0' + day / 10), char16_t(u'0' + day % 10)};
    return {QString::fromUtf16(iso, std::size(iso)), G::Day, date, date};
}

DateValue TimeResolver::monthValue(int year, int month, int part)
{
    const QDate first(year, month, 1);
    DateValue value{yearText(year) + u'-' + twoDigits(month), G::Month, first, first.addMonths(1).addDays(-1)};
    narrow(value, part);
    return value;
}

DateValue TimeResolver::yearValue(int year, int part)
{
    DateValue value{yearText(year), G::Year, QDate(year, 1, 1), QDate(year, 12, 31)};
    narrow(value, part);
    return value;
}

DateValue TimeResolver::weekValue(const QDate &dayInWeek)
{
    int weekYear = 0;
    const int week = dayInWeek.weekNumber(&weekYear);
    const QDate monday = startOfWeek(dayInWeek);
    return {yearText(weekYear) + u"-W"_s + twoDigits(week), G::Week, monday, monday.addDays(6)};
}

int TimeResolver::paragraphOf(int position)
{
    while (m_paragraph + 1 < m_paragraphs.size() && m_paragraphs[m_paragraph + 1].start <= position) {
        ++m_paragraph;
    }
    return m_paragraph;
}

// The nearest verb-like word before the expression decides: "will meet on Friday", "scheduled
// for March 3", "before Zelensky's Friday meeting" look ahead; "said", "met", "was" look back.
namespace {
// A case-insensitive comparison that lets words of another length go by without folding them:
// Qt's case folding keeps a word's length, so only words as long as `other` can be equal.
bool sameWord(QStringView word, QStringView other)
{
    if (word.size() != other.size()) {
        return false;
    }
    // ASCII letters fold by one bit; only a word with other characters needs Qt's case folding.
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t a = word[i].unicode();
        const char16_t b = other[i].unicode();
        if (a >= 0x80 || b >= 0x80) {
            return word.compare(other, Qt::CaseInsensitive) == 0;
        }
        const char16_t lowerA = (a >= u'A' && a <= u'Z') ? char16_t(a + (u'a' - u'A')) : a;
        const char16_t lowerB = (b >= u'A' && b <= u'Z') ? char16_t(b + (u'a' - u'A')) : b;
        if (lowerA != lowerB) {
            return false;
        }
    }
    return true;
}

// "says", "adds": a present that reports what was said, so tells no time ahead.
bool isPresentOfSaying(QStringView word)
{
    return isOneOf(word, {u"says", u"tells", u"adds", u"notes", u"writes", u"recalls", u"insists", u"claims", u"argues", u"explains", u"reports"});
}
} // namespace

TimeResolver::Outlook TimeResolver::outlook(const TimeMention &mention) const
{
    // "a cut in May is a real possibility", "Friday will be"
    for (int k = mention.endWord; k < mention.endWord + 2 && k < m_words.size(); ++k) {
        const QStringView word = wordText(k);
        // "opened on Monday and is 11 feet deep": after "and" another clause goes on.
        if (sameWord(word, u"and"_s) || sameWord(word, u"but"_s) || sameWord(word, u"or"_s)) {
            break;
        }
        if ((sameWord(word, u"is"_s) || sameWord(word, u"will"_s)) && !endsPastRelativeClause(mention)) {
            return Outlook::Ahead;
        }
        // "the Thursday deadline", "a Friday cutoff": a limit lies ahead until it is said to have passed.
        if (k == mention.endWord && (sameWord(word, u"deadline"_s) || sameWord(word, u"cutoff"_s) || sameWord(word, u"ultimatum"_s))
            && !deadlinePassed(mention)) {
            return Outlook::Ahead;
        }
        if (m_words[k].kind == ScannedWord::Kind::Punctuation) {
            break;
        }
    }
    if (const Outlook plan = planOutlook(mention); plan != Outlook::Unmarked) {
        return plan;
    }
    static const QStringView pastWords[] = {u"was", u"were", u"had", u"did", u"said", u"met", u"told", u"held", u"took", u"came", u"went", u"made", u"gave",
        u"spoke", u"saw", u"ago", u"since", u"after"};
    // "until Monday", "days before Zelensky's visit on Oct. 17": a bound says only which side of
    // the date something lies, not that the date is ahead; the clause's tense may still decide.
    Outlook unmarked = Outlook::Unmarked;
    const auto pastTense = [&unmarked] { return unmarked == Outlook::Bound ? Outlook::BoundPast : Outlook::Past; };
    int reach = 18; // words looked back; a participle phrase skipped below adds its own length
    bool infinitive = false; // a "to" and its verb lie between the word looked at and the mention
    for (int k = mention.firstWord - 1; k >= 0 && k >= mention.firstWord - reach; --k) {
        const ScannedWord &w = m_words[k];
        const QStringView word = wordText(k);
        if (w.kind == ScannedWord::Kind::Punctuation) {
            const QChar c = word.front();
            if ((c == u'.' && !abbreviationPoint(k)) || c == u'!' || c == u'?' || c == u';' || c == u'"' || c == QChar(0x201C) || c == QChar(0x201D)) {
                return unmarked;
            }
            if (c == u'.') {
                ++reach; // the points of "U.S." are no words
            }
            // "Amorim named United head coach, to start on Nov. 11": an infinitive set off by a
            // comma tells what is to come of the clause before it.
            // ("persuaded the co-owner, Ratcliffe, to keep him, and in July he signed": a clause
            // after the infinitive has its own tense.)
            // ("had asked its chief executive, George Kurtz, to testify in late July": after a
            // comma that closes a name set off after its noun, the infinitive is what the person
            // was asked or named to do, ahead of a deciding that may itself be weeks old: the day
            // is the nearest such day on either side.)
            if (c == u',' && infinitiveAt(k + 1, mention.firstWord)
                && std::none_of(m_words.cbegin() + k + 1, m_words.cbegin() + mention.firstWord, [this](const ScannedWord &between) {
                       return between.kind == ScannedWord::Kind::Punctuation || equalsLower(m_text.mid(between.range.start, between.range.length()), u"and");
                   })) {
                return closesNameApposition(k) ? Outlook::Either : Outlook::Ahead;
            }
            continue;
        }
        // (Asked below up to five times, and the same each time.)
        const bool endsInEd = word.endsWith(u"ed"_s);
        // "gave Ukraine until Thanksgiving to accept it, but on Tuesday he said": a new clause
        // has its own tense; the cue before "but" governs another time.
        if (equalsLower(word, u"but")) {
            return unmarked;
        }
        // "told residents to leave by noon Wednesday", "is forecast to make landfall on Wednesday":
        // the day of what is ordered or foreseen lies after the telling.
        if (infinitive) {
            if (isOneOf(word, {u"forecast", u"forecasts", u"predicted", u"predicts", u"projected", u"projects", u"likely"})) {
                return pastPlan(k) ? Outlook::Either : Outlook::Ahead;
            }
            // "said he wanted to form a government by Easter": what is wanted comes after the wanting.
            if (isOneOf(word, {u"wanted", u"hoped", u"intended", u"aimed", u"wants", u"hopes", u"intends", u"aims"})) {
                return Outlook::Fixed;
            }
            if (isOneOf(word,
                    {u"told", u"urged", u"ordered", u"warned", u"advised", u"instructed", u"directed", u"telling", u"urging", u"ordering", u"warning",
                        u"advising", u"urges", u"orders", u"warns", u"advises"})) {
                return Outlook::Fixed;
            }
        }
        infinitive = infinitive || infinitiveAt(k, mention.firstWord);
        // "a partial reopening was promised by Christmas": what is promised by a day comes after
        // the promise.
        // "has promised a Senate vote on them in December": the thing promised, named between
        // the promise and the date, takes the date ("promised in December to ..." dates the promise).
        if (isOneOf(word, {u"promised", u"pledged", u"vowed", u"promises", u"pledges", u"vows", u"guaranteed"})
            && ((k + 2 == mention.firstWord && sameWord(wordText(k + 1), u"by"_s)) || (k + 2 < mention.firstWord && isDeterminer(wordText(k + 1))))) {
            return Outlook::Fixed;
        }
        // "passengers flying through Saturday": right before a day, American for "until" ("walked
        // through Saturday's market" is a place).
        const bool through = k == mention.firstWord - 1 && equalsLower(word, u"through") && !possessiveAfter(mention);
        // "were buying ahead of the tariffs in April": "ahead of" is "before", a bound whose side
        // the clause's tense decides, no future of its own.
        const bool aheadOf = k + 1 < mention.firstWord && equalsLower(word, u"ahead") && equalsLower(wordText(k + 1), u"of");
        if (through || aheadOf || isOneOf(word, {u"before", u"until", u"till"})) {
            // "shortly before 8 p.m. on Tuesday" bounds the hour, not the day.
            const bool onTheHour = mention.hour >= 0 && k >= mention.firstWord - 2 && equalsLower(word, u"before");
            if (!onTheHour) {
                unmarked = Outlook::Bound;
            }
            continue;
        }
        // "the so-called coalition", "Russian-backed": a participle inside a compound adjective.
        if (k > 0 && m_words[k - 1].kind == ScannedWord::Kind::Punctuation && !w.spaceBefore && endsInEd) {
            continue;
        }
        // "could open by April, with the main channel restored by the end of May": a participle
        // after "with" and its noun has no tense; the clause it hangs on decides.
        if (endsInEd && k >= 2) {
            bool absolute = false;
            // ("50-foot": a hyphen inside a word does not end the phrase.)
            for (int w = k - 1;
                w >= 0 && w >= k - 8 && (m_words[w].kind != ScannedWord::Kind::Punctuation || (!m_words[w].spaceBefore && !m_words[w + 1].spaceBefore)); --w) {
                absolute = absolute || sameWord(wordText(w), u"with"_s);
            }
            if (absolute && !isOneOf(wordText(k - 1), {u"was", u"were", u"had", u"has", u"have", u"been", u"is", u"are"})) {
                reach += 8;
                continue;
            }
        }
        // "stay closed until Monday": an adjective after a linking verb, not a past tense.
        if (k > 0 && endsInEd && isOneOf(wordText(k - 1), {u"stay", u"stays", u"remain", u"remains", u"keep", u"keeps"})) {
            continue;
        }
        const TimeLexeme l = timeLexeme(word);
        // "reported the 28-point plan on Nov. 19": the noun names a document; only "plans to"
        // and "plan to" look ahead.
        // "carried the plan to Kyiv": a place after "to" is where the document went.
        const bool planTo
            = k + 2 < m_words.size() && equalsLower(wordText(k + 1), u"to") && m_words[k + 2].kind == ScannedWord::Kind::Letters && !m_words[k + 2].capitalised;
        const bool planNoun = l.kind == TimeLexeme::Kind::FutureCue && isOneOf(word, {u"plan", u"plans", u"schedule"}) && !planTo;
        if (planNoun) {
            continue;
        }
        // "had cancelled a planned meeting in August", "postponed 46 planned operations on
        // Friday": "planned" describes the noun after a determiner or a count; the clause's own
        // verb decides.
        const bool attributive
            = l.kind == TimeLexeme::Kind::FutureCue && k > 0 && endsInEd && (isDeterminer(wordText(k - 1)) || m_words[k - 1].kind == ScannedWord::Kind::Digits);
        if (attributive) {
            continue;
        }
        // "will have access to their insured deposits by Monday": a participle right after an
        // article or a possessive describes the noun; it is no past tense of the clause.
        if (endsInEd && k > 0 && isOneOf(wordText(k - 1), {u"the", u"a", u"an", u"their", u"its", u"his", u"our", u"your", u"my"})) {
            continue;
        }
        // "plans to publish revised charts by the end of the month": after an infinitive's verb
        // (not "to have") a participle describes the object; it is no past tense of the clause.
        if (endsInEd && k >= 2 && sameWord(wordText(k - 2), u"to"_s) && m_words[k - 1].kind == ScannedWord::Kind::Letters && !m_words[k - 1].capitalised
            && !sameWord(wordText(k - 1), u"have"_s)) {
            continue;
        }
        // "following Idalia in August 2023", "following the storm": a preposition, not "the
        // following week".
        if (l.kind == TimeLexeme::Kind::Next && sameWord(word, u"following"_s) && k + 1 < mention.firstWord
            && (m_words[k + 1].capitalised || isDeterminer(wordText(k + 1)))) {
            continue;
        }
        const bool asEarlyAs = l.kind == TimeLexeme::Kind::Part && k + 1 < mention.firstWord && sameWord(wordText(k + 1), u"as"_s);
        // "a deal on next year's catch limits early on Friday": that "next" is the noun's.
        const bool possessiveNext = l.kind == TimeLexeme::Kind::Next && k + 3 < mention.firstWord && (wordText(k + 2) == u"'" || wordText(k + 2) == u"\u2019")
            && wordText(k + 3) == u"s";
        // "The next day, the judge postponed it": opening the sentence, that "next" is of another
        // time, not a plan ("talks resume the following week" still looks ahead).
        const bool nextDay = l.kind == TimeLexeme::Kind::Next && k > 0 && isDeterminer(wordText(k - 1))
            && (k < 2 || m_words[k - 2].kind == ScannedWord::Kind::Punctuation) && k + 1 < mention.firstWord
            && timeLexeme(wordText(k + 1)).kind == TimeLexeme::Kind::Unit;
        if (nextDay) {
            continue;
        }
        // "said in October it would furlough workers starting Oct. 25": a future told of a
        // past saying lies after the saying's day, not after the time of writing.
        if (l.kind == TimeLexeme::Kind::FutureCue && mention.kind == TimeMention::Kind::Date && equalsLower(word, u"would") && datedSayingBefore(k, mention)) {
            return Outlook::Either;
        }
        if ((l.kind == TimeLexeme::Kind::FutureCue || l.kind == TimeLexeme::Kind::Next || asEarlyAs) && !possessiveNext) {
            return l.kind == TimeLexeme::Kind::FutureCue && mention.kind == TimeMention::Kind::Date && pastPlan(k) ? Outlook::Either : Outlook::Ahead;
        }
        // "the deadline is March 31": a present copula next to a date looks ahead.
        if (k >= mention.firstWord - 3 && (sameWord(word, u"is"_s) || sameWord(word, u"are"_s))) {
            return Outlook::Ahead;
        }
        // "did not reopen until June 10", "wasn't found until May 7": it happened then, in the past.
        if (unmarked == Outlook::Bound && isOneOf(word, {u"did", u"was", u"were", u"had"}) && k + 1 < mention.firstWord
            && (sameWord(wordText(k + 1), u"not"_s) || sameWord(wordText(k + 1), u"never"_s))) {
            return Outlook::Past;
        }
        // "it took until Nov. 18", "the strike lasted until March": a wait that has ended, not a
        // deadline given ("gave Ukraine until Thanksgiving").
        if (unmarked == Outlook::Bound && k + 1 < mention.firstWord && isOneOf(wordText(k + 1), {u"until", u"till"})
            && isOneOf(word, {u"took", u"lasted", u"waited", u"stayed", u"remained", u"continued"})) {
            return Outlook::Past;
        }
        // "Trump, who faces Kamala Harris on 5 November": a present in a relative clause tells a
        // day still ahead ("says", "adds" report what was said, so not those).
        // "Trump, who takes office on Monday", "the quarter, which ends in late September": so too
        // a weekday or a month of its own.
        if ((mention.kind == TimeMention::Kind::Date || (mention.kind == TimeMention::Kind::Weekday && mention.direction == 0)) && k > 0 && word.size() >= 5
            && word.endsWith(u's') && !word.endsWith(u"ss"_s) && !word.endsWith(u"us"_s) && !word.endsWith(u"is"_s) && !m_words[k].capitalised
            && isOneOf(wordText(k - 1), {u"who", u"which"}) && mention.firstWord - k <= 12 && !isPresentOfSaying(word)) {
            return Outlook::Ahead;
        }
        // "Microsoft and Meta, which report quarterly results on Wednesday": the plural present.
        if ((mention.kind == TimeMention::Kind::Date || (mention.kind == TimeMention::Kind::Weekday && mention.direction == 0)) && k > 1
            && m_words[k - 2].kind == ScannedWord::Kind::Punctuation && wordText(k - 2) == u"," && pluralPresentAt(k)
            && isOneOf(wordText(k - 1), {u"who", u"which"}) && mention.firstWord - k <= 8) {
            return Outlook::Ahead;
        }
        // "United travel to Bodo/Glimt on Thursday", "two days after he faces Manchester City on
        // Tuesday": a fixture or a trip told in the present is the one to come.
        if (mention.kind == TimeMention::Kind::Weekday && mention.direction == 0 && k > 0 && mention.firstWord - k <= 10 && !m_words[k].capitalised
            && isOneOf(word, {u"travel", u"travels", u"face", u"faces", u"host", u"hosts", u"play", u"plays", u"visit", u"visits"})
            && !isDeterminer(wordText(k - 1)) && !isOneOf(wordText(k - 1), {u"to", u"their", u"his", u"her", u"its", u"our", u"of"})) {
            return Outlook::Ahead;
        }
        // "another cut when the Fed meets in November": a present in a when-clause tells a
        // time still ahead ("when the Fed met" stays past).
        if (mention.kind == TimeMention::Kind::Date && k >= 2 && k + 2 >= mention.firstWord && word.size() >= 5 && word.endsWith(u's')
            && !word.endsWith(u"ss"_s) && !m_words[k].capitalised
            && (clauseOpenerAt(k - 2) || (k >= 3 && clauseOpenerAt(k - 3)) || (k >= 4 && clauseOpenerAt(k - 4))) && !isPresentOfSaying(word)) {
            return Outlook::Ahead;
        }
        // "kept a red flag warning in place through Friday", "extended the closure until Monday":
        // what is kept or extended to a weekday lasts on from the keeping, into the days ahead.
        if (unmarked == Outlook::Bound && mention.kind == TimeMention::Kind::Weekday && mention.direction == 0 && isOneOf(word, {u"kept", u"extended"})) {
            return Outlook::Bound;
        }
        // "has closed the bridge until Monday": a present perfect is the time of writing, so the
        // bound lies ahead of it.
        if (unmarked == Outlook::Bound && k > 0 && isOneOf(wordText(k - 1), {u"has", u"have"}) && (endsInEd || looksPastTense(word))) {
            return Outlook::Bound;
        }
        const bool afterBe = k > 0 && sameWord(wordText(k - 1), u"be"_s);
        // "will hold a news conference after the docking on Thursday": "after" is no past when a
        // future stands before it in the clause.
        // ("will not be banned after testing positive twice in March": what a gerund after "after"
        // tells came before the future, on either side of the time of writing.)
        if (equalsLower(word, u"after") && futureBefore(k)) {
            return wordText(k + 1).endsWith(u"ing"_s) && k + 1 < mention.firstWord ? Outlook::Either : Outlook::Ahead;
        }
        // (The past words are of three to five letters; sameWord() wants the same length.)
        if (!afterBe && word.size() >= 3 && word.size() <= 5) {
            for (const QStringView past : pastWords) {
                if (sameWord(word, past)) {
                    return pastTense();
                }
            }
        }
        // "is set to vote in January", "is poised to", "is to fly on Friday": plans, not facts.
        if ((isOneOf(word, {u"set", u"poised", u"slated", u"going"}) || (isOneOf(word, {u"is", u"are"}) && infinitiveAt(k + 1, mention.firstWord)))
            && k + 1 < mention.firstWord && equalsLower(wordText(k + 1), u"to")) {
            return mention.kind == TimeMention::Kind::Date && pastPlan(k) ? Outlook::Either : Outlook::Ahead;
        }
        // "in the western United States", "aboard a United Airlines flight": a capitalised word
        // inside the sentence is a name, whatever its ending.
        if (w.capitalised && k > 0 && m_words[k - 1].kind != ScannedWord::Kind::Punctuation) {
            continue;
        }
        // "before the developer withdrew in January": an irregular past decides like "said"; forms
        // that are present tense too ("is set to", "cut") say nothing.
        if (!afterBe && !endsInEd && looksPastTense(word)
            && !isOneOf(word,
                {u"set", u"cut", u"put", u"hit", u"quit", u"shut", u"split", u"spread", u"beat", u"bid", u"reset", u"cast", u"let", u"cost", u"hurt",
                    u"read"})) {
            return pastTense();
        }
        if (word.size() > 4 && endsInEd) {
            // "will be presented", "to be held": the participle of a future passive.
            const bool passive = k > 0 && sameWord(wordText(k - 1), u"be"_s);
            if (!passive) {
                return pastTense();
            }
        }
    }
    return unmarked;
}

// "when the Fed meets", "as the monsoon season approaches": a conjunction of time whose
// clause, told in the present, is still to come.
bool TimeResolver::clauseOpenerAt(int k) const
{
    // ("as many as 300 homes in May": "as" opens a clause only before its subject's determiner.)
    return equalsLower(wordText(k), u"when") || (equalsLower(wordText(k), u"as") && k + 1 < m_words.size() && isDeterminer(wordText(k + 1)));
}

// "report", "meet" at word k: a lower-case verb that may be a plural present, not a past, a
// modal, a participle or a word of saying.
bool TimeResolver::pluralPresentAt(int k) const
{
    const ScannedWord &w = m_words[k];
    const QStringView word = wordText(k);
    return w.kind == ScannedWord::Kind::Letters && !w.capitalised && word.size() >= 4 && !word.endsWith(u's') && !word.endsWith(u"ed"_s)
        && !word.endsWith(u"ing"_s) && !word.endsWith(u"ly"_s) && !looksPastTense(word)
        && !isOneOf(word,
            {u"have", u"were", u"would", u"could", u"might", u"should", u"must", u"will", u"also", u"still", u"then", u"once", u"both", u"they", u"many",
                u"most", u"some", u"none", u"said", u"says", u"told", u"tell", u"say", u"know", u"think", u"believe", u"made", u"became"});
}

// "to leave", "to become" at word k, before word `end`: a "to" and a verb, not "to Tampa",
// "to the coast" or "to 20 inches".
bool TimeResolver::infinitiveAt(int k, int end) const
{
    if (k + 1 >= end || !sameWord(wordText(k), u"to"_s)) {
        return false;
    }
    const ScannedWord &next = m_words[k + 1];
    return next.kind == ScannedWord::Kind::Letters && !next.capitalised && !isDeterminer(wordText(k + 1)) && !wordText(k + 1).endsWith(u"ing"_s);
}

// "Saturday's market": the mention is followed by a possessive.
bool TimeResolver::possessiveAfter(const TimeMention &mention) const
{
    return mention.endWord < m_words.size() && (wordText(mention.endWord) == u"'" || wordText(mention.endWord) == u"\u2019");
}

// "was originally due to", "had been set for", "were first scheduled to": the plan as it stood
// at some past time, not as it stands now.
bool TimeResolver::pastPlan(int cue) const
{
    for (int k = cue - 1; k >= 0 && k >= cue - 3; --k) {
        const QStringView word = wordText(k);
        if (m_words[k].kind == ScannedWord::Kind::Punctuation) {
            return false;
        }
        if (isOneOf(word, {u"was", u"were", u"had"})) {
            return true;
        }
        // "had been planned", "had originally been planned"
        if (equalsLower(word, u"been")) {
            int had = k - 1;
            while (had > 0 && had >= k - 2 && wordText(had).size() > 4 && wordText(had).endsWith(u"ly"_s)) {
                --had;
            }
            return had >= 0 && equalsLower(wordText(had), u"had");
        }
        if (!(word.size() > 4 && word.endsWith(u"ly"_s)) && !isOneOf(word, {u"first", u"once", u"then", u"also", u"still"})) {
            return false;
        }
    }
    return false;
}

// "set sentencing for Feb. 19", "adjourned the hearing until Monday", "postponed to March",
// "called a general election for 4 July": a date something is put off or fixed for lies after
// the deciding, so ahead when the deciding is now, and after its own day when the sentence
// tells one ("On July 2 the judge moved it to Sept. 18"). "moved the sentencing from 18
// September": the date given up was a plan, on either side of the time of writing.
// "extended the warning until midnight on Friday": a time of day may stand between.
TimeResolver::Outlook TimeResolver::planOutlook(const TimeMention &mention, int *verb) const
{
    int bound = mention.firstWord - 1;
    if (bound >= 2 && isOneOf(wordText(bound), {u"on", u"of"}) && isOneOf(wordText(bound - 1), {u"midnight", u"noon", u"midday", u"morning", u"evening"})) {
        bound -= 2;
    }
    // "targeted for no earlier than March 12": the bound leaves the day the one set.
    if (bound >= 3 && equalsLower(wordText(bound), u"than") && isOneOf(wordText(bound - 1), {u"earlier", u"later", u"sooner"})
        && equalsLower(wordText(bound - 2), u"no")) {
        bound -= 3;
    }
    // "set sentencing for a day in mid-July", "for a date in June": the day is still the one set.
    if (bound >= 1 && equalsLower(wordText(bound), u"in") && isOneOf(wordText(bound - 1), {u"day", u"date"})) {
        --bound;
    }
    if (bound >= 2 && isOneOf(wordText(bound), {u"day", u"date"}) && equalsLower(wordText(bound - 1), u"a") && equalsLower(wordText(bound - 2), u"for")) {
        bound -= 2;
    }
    if (bound < 0) {
        return Outlook::Unmarked;
    }
    // "has declared Jan. 9 a national day of mourning", "named Friday a holiday": the day is what
    // the deciding made of it, not when it was decided.
    if (mention.firstWord == bound + 1 && isOneOf(wordText(mention.endWord), {u"a", u"an"})
        && isOneOf(
            wordText(bound), {u"declared", u"declares", u"declare", u"designated", u"designates", u"designate", u"proclaimed", u"proclaims", u"named"})) {
        if (verb) {
            *verb = bound;
        }
        const bool now = bound > 0 && isOneOf(wordText(bound - 1), {u"has", u"have", u"will"});
        return now && !decidingDay(mention).isValid() ? Outlook::Ahead : Outlook::Fixed;
    }
    const bool from = equalsLower(wordText(bound), u"from");
    if (!from && !isOneOf(wordText(bound), {u"for", u"until", u"till", u"to"})) {
        return Outlook::Unmarked;
    }
    if (from && mention.kind != TimeMention::Kind::Date) {
        return Outlook::Unmarked;
    }
    int reach = 5; // "called an all-hands safety meeting for": a verb, its object and the noun's words
    for (int k = bound - 1; k >= 0 && k >= bound - reach; --k) {
        if (m_words[k].kind == ScannedWord::Kind::Punctuation) {
            if (wordText(k) == u"." && abbreviationPoint(k)) {
                ++reach; // "from Dec. 18 to": the point of a short month is no break
                continue;
            }
            // "postpones Trump's sentencing to September": a possessive is inside the noun.
            if ((wordText(k) == u"'" || wordText(k) == u"\u2019") && k + 1 < bound && equalsLower(wordText(k + 1), u"s")) {
                reach += 2;
                continue;
            }
            // "called an all-hands safety meeting for Tuesday": a hyphen inside a word is no break.
            if (wordText(k) == u"-" && k + 1 < bound && !m_words[k].spaceBefore && !m_words[k + 1].spaceBefore) {
                reach += 2;
                continue;
            }
            break;
        }
        const QStringView word = wordText(k);
        if (!from && equalsLower(word, u"from")) {
            reach += 4; // "moved the sentencing from 18 September to 26 November"
            continue;
        }
        // ("postpones", "delay": a timeline's present and an infinitive decide as well.)
        const bool moving = isOneOf(word,
            {u"moved", u"postponed", u"pushed", u"delayed", u"deferred", u"rescheduled", u"adjourned", u"brought", u"shifted", u"moves", u"postpones",
                u"delays", u"defers", u"reschedules", u"adjourns", u"move", u"postpone", u"delay", u"defer", u"reschedule", u"adjourn", u"slipped", u"slips",
                u"slip"});
        // "The ban runs from February 9 to May 4", "the exhibition lasts until June 1": what lasts
        // now lasts over the days around the time of writing, the nearest such days on either side.
        if (isOneOf(word, {u"runs", u"lasts", u"continues", u"extends", u"stretches"})) {
            return Outlook::Either;
        }
        if (from) {
            if (moving) {
                if (verb) {
                    *verb = k;
                }
                return Outlook::Either;
            }
            continue;
        }
        // "set aside funds for Friday", "set up a desk for Monday": a particle makes another verb.
        // (What such a verb is for still lies ahead.)
        if (k + 1 < bound && isOneOf(wordText(k + 1), {u"aside", u"up", u"off", u"out", u"down", u"apart", u"about"})) {
            return isOneOf(word, {u"set", u"sets", u"booked", u"called", u"calls", u"call"}) ? Outlook::Ahead : Outlook::Unmarked;
        }
        if (moving
            || isOneOf(word,
                {u"set", u"sets", u"scheduled", u"schedules", u"slated", u"targeted", u"targets", u"fixed", u"extended", u"booked", u"called", u"calls",
                    u"call", u"pushes", u"push"})) {
            if (verb) {
                *verb = k;
            }
            if (mention.kind != TimeMention::Kind::Date) {
                return Outlook::Ahead;
            }
            // "has set", "will be moved": the deciding is now or still to come.
            const bool now = k > 0
                && (isOneOf(wordText(k - 1), {u"has", u"have", u"will", u"be", u"is", u"are"})
                    || (equalsLower(wordText(k - 1), u"been") && k > 1 && isOneOf(wordText(k - 2), {u"has", u"have"})));
            // ("- July 2, 2024: Sentencing is postponed to September 18": a timeline's present
            // tells the deciding on its entry's day, not now.)
            return pastPlan(k) ? Outlook::Either : now && !decidingDay(mention).isValid() ? Outlook::Ahead : Outlook::Fixed;
        }
    }
    return Outlook::Unmarked;
}

// The day its sentence tells of the deciding, to the month at least, or nothing.
QDate TimeResolver::decidingDay(const TimeMention &m) const
{
    // (From the date's last word: the word after it may open the next paragraph.)
    if (m_narrativeWord < 1 || !m_narrative.earliest.isValid() || m_narrative.granularity == G::Year || m_narrative.granularity == G::None
        || !sameSentence(m_narrativeWord - 1, m.firstWord)) {
        return {};
    }
    return m_narrative.earliest;
}

// The year of the first such day on or after the day its sentence tells of the deciding ("In
// early September the judge moved the hearing to Nov. 26"), or 0 when the sentence tells none.
int TimeResolver::yearAfterDeciding(const TimeMention &m) const
{
    const QDate decided = decidingDay(m);
    if (!decided.isValid() || m.month <= 0) {
        return 0;
    }
    for (int year = decided.year(); year <= decided.year() + 1; ++year) {
        const QDate day(year, m.month, std::min(std::max(m.day, 1), QDate(year, m.month, 1).daysInMonth()));
        if (day >= decided || (m.day == 0 && m.month == decided.month() && year == decided.year())) {
            return year;
        }
    }
    return 0;
}

// "missed the Friday deadline", "the Thursday deadline passed": a limit already behind.
bool TimeResolver::deadlinePassed(const TimeMention &mention) const
{
    static const QStringView passedWords[] = {u"passed", u"expired", u"lapsed", u"missed", u"went", u"elapsed", u"met", u"after", u"since", u"ignored"};
    const auto isPassedWord = [this](int k) {
        const QStringView word = wordText(k);
        for (const QStringView passed : passedWords) {
            if (sameWord(word, passed)) {
                return true;
            }
        }
        return false;
    };
    for (int k = mention.endWord + 1; k < mention.endWord + 4 && k < m_words.size(); ++k) {
        if (m_words[k].kind == ScannedWord::Kind::Punctuation) {
            break;
        }
        if (isPassedWord(k)) {
            return true;
        }
    }
    for (int k = mention.firstWord - 1; k >= 0 && k >= mention.firstWord - 3; --k) {
        if (m_words[k].kind == ScannedWord::Kind::Punctuation) {
            break;
        }
        if (isPassedWord(k)) {
            return true;
        }
    }
    return false;
}

// "On Wednesday, the first anniversary, the governor is to lead a memorial": a date that opens
// its sentence takes the tense of the clause after it.
TimeResolver::Outlook TimeResolver::openingOutlook(const TimeMention &mention) const
{
    for (int k = mention.firstWord - 1; k >= 0; --k) {
        const QStringView word = wordText(k);
        if (m_words[k].kind == ScannedWord::Kind::Punctuation) {
            if ((word == u"." && !abbreviationPoint(k)) || word == u"!" || word == u"?" || word == u"\n") {
                break;
            }
            continue;
        }
        if (!isOneOf(word, {u"on", u"by", u"from", u"until", u"early", u"late", u"later", u"then", u"and", u"but"})) {
            return Outlook::Unmarked; // not the sentence's opening words
        }
    }
    for (int k = mention.endWord; k < m_words.size() && k < mention.endWord + 20; ++k) {
        const QStringView word = wordText(k);
        if (m_words[k].kind == ScannedWord::Kind::Punctuation) {
            // "Gov. Wes Moore": the point of a short capitalised title does not end the sentence.
            const bool title = word == u"." && k > 0 && m_words[k - 1].capitalised && m_words[k - 1].range.length() <= 4 && !m_words[k].spaceBefore;
            if ((word == u"." && !title && !abbreviationPoint(k)) || word == u"!" || word == u"?" || word == u";" || word == u":") {
                break;
            }
            continue;
        }
        if (isOneOf(word, {u"will", u"shall"})
            || (isOneOf(word, {u"is", u"are"}) && k + 1 < m_words.size() && isOneOf(wordText(k + 1), {u"to", u"due", u"expected", u"scheduled", u"set"}))) {
            return Outlook::Ahead;
        }
        if (isOneOf(word, {u"would", u"could"})) {
            return Outlook::Unmarked;
        }
        // "On Oct. 2, Biden flew over the valley", written a week before Oct. 2: the clause
        // tells a day gone by, so last year's.
        if (isOneOf(word, {u"was", u"were", u"had", u"did", u"said"}) || (word.size() > 4 && word.endsWith(u"ed"_s)) || looksPastTense(word)) {
            return Outlook::Past;
        }
    }
    return Outlook::Unmarked;
}

// "said in October it would", "announced on Oct. 2 that it would": a past saying shortly
// before the modal at word k, in a sentence that has already told a day.
bool TimeResolver::datedSayingBefore(int k, const TimeMention &mention) const
{
    if (!decidingDay(mention).isValid()) {
        return false;
    }
    for (int w = k - 1; w >= 0 && w >= k - 8; --w) {
        if (m_words[w].kind == ScannedWord::Kind::Punctuation && wordText(w) != u",") {
            return false;
        }
        if (isOneOf(wordText(w), {u"said", u"announced", u"told", u"warned", u"signalled", u"signaled", u"indicated"})) {
            return true;
        }
    }
    return false;
}

// "Two astronauts who launched in early June will not ride it home": the "will" after the date
// is the main clause's; the date is the relative clause's, and that is past. A possessive's
// marks ("Boeing's") do not end the clause.
bool TimeResolver::endsPastRelativeClause(const TimeMention &mention) const
{
    for (int k = mention.firstWord - 1; k >= 1 && k >= mention.firstWord - 10; --k) {
        const QStringView word = wordText(k);
        if (m_words[k].kind == ScannedWord::Kind::Punctuation) {
            if ((word == u"'" || word == u"\u2019") && equalsLower(wordText(k + 1), u"s")) {
                continue;
            }
            return false;
        }
        if (isOneOf(wordText(k - 1), {u"who", u"which", u"that"}) && m_words[k].kind == ScannedWord::Kind::Letters && !m_words[k].capitalised
            && (looksPastTense(word) || (word.size() > 4 && word.endsWith(u"ed"_s)))) {
            return true;
        }
    }
    return false;
}

// Whether a month or day without its year follows, in the same sentence, a date of a year
// before the time of writing that the story is at, told as a happening's time ("was in 2023,
// when ..."), not naming a noun ("the 2020 election") nor followed by a year of its own ("in
// early August this year"); and the clause tells no plan.
bool TimeResolver::followsPastSentenceDate(const TimeMention &mention, Outlook outlook) const
{
    if (mention.month <= 0 || mention.yearRelation != 0 || (outlook != Outlook::Past && outlook != Outlook::Unmarked) || m_narrativeWord < 0
        || m_narrativeWord > mention.firstWord || m_narrativeNamesNoun || !m_narrative.earliest.isValid() || m_narrative.granularity == G::None
        || !m_published.isValid() || m_narrative.earliest.year() >= m_published.year() || !sameSentence(m_narrativeWord - 1, mention.firstWord)) {
        return false;
    }
    const int after = sameWord(wordText(mention.endWord), u"of"_s) ? mention.endWord + 1 : mention.endWord;
    return !(isOneOf(wordText(after), {u"this", u"last", u"next"}) && sameWord(wordText(after + 1), u"year"_s));
}

// Whether the comma at word k closes a name set off by commas: ", George Kurtz,".
bool TimeResolver::closesNameApposition(int k) const
{
    for (int w = k - 1; w >= 1 && w >= k - 4; --w) {
        if (m_words[w].kind == ScannedWord::Kind::Punctuation) {
            return w < k - 1 && wordText(w) == u"," && m_words[w - 1].kind == ScannedWord::Kind::Letters && !m_words[w - 1].capitalised;
        }
        if (!m_words[w].capitalised) {
            return false;
        }
    }
    return false;
}

bool TimeResolver::futureBefore(int k) const
{
    for (int w = k - 1; w >= 0 && w >= k - 8; --w) {
        if (m_words[w].kind == ScannedWord::Kind::Punctuation) {
            return false;
        }
        if (isOneOf(wordText(w), {u"will", u"shall"})) {
            return true;
        }
    }
    return false;
}

// "said that Ukraine should accept the plan by Nov. 27": a modal between the past verb and
// the date tells what is still to be done.
bool TimeResolver::modalBefore(const TimeMention &mention) const
{
    for (int k = mention.firstWord - 1; k >= 0 && k >= mention.firstWord - 8; --k) {
        const QStringView word = wordText(k);
        if (m_words[k].kind == ScannedWord::Kind::Punctuation && word != u",") {
            return false;
        }
        if (isOneOf(word, {u"should", u"must", u"can", u"may", u"shall", u"ought"})) {
            return true;
        }
        if (looksPastTense(word)) {
            return false;
        }
    }
    return false;
}

// "The budget takes effect Jan. 1.", "the ban comes into force on March 1": a present-tense
// start or end of a rule speaks of a date not yet reached, even with no "will" before it.
bool TimeResolver::presentOnset(const TimeMention &mention) const
{
    int k = mention.firstWord - 1;
    if (isOneOf(wordText(k), {u"on", u"from"})) {
        --k;
    }
    if (k < 0 || m_words[k].kind == ScannedWord::Kind::Punctuation) {
        return false;
    }
    const QStringView verb = wordText(k);
    if (isOneOf(verb, {u"begins", u"starts", u"opens", u"expires", u"lapses", u"resumes"})) {
        return true;
    }
    if (!isOneOf(verb, {u"effect", u"force"})) {
        return false;
    }
    // "takes effect", "take effect"; "comes into force", "goes into effect", "enters into force"
    if (isOneOf(wordText(k - 1), {u"takes", u"take"})) {
        return true;
    }
    return equalsLower(wordText(k - 1), u"into") && isOneOf(wordText(k - 2), {u"comes", u"come", u"goes", u"go", u"enters", u"enter"});
}

// The year in which month/day lies nearest the time of writing, on either side.
int TimeResolver::nearestYear(int month, int day) const
{
    int best = m_published.year();
    qint64 bestDistance = -1;
    for (const int year : {m_published.year() - 1, m_published.year(), m_published.year() + 1}) {
        const QDate date(year, month, std::min(day, QDate(year, month, 1).daysInMonth()));
        const qint64 distance = std::abs(date.daysTo(m_published));
        if (bestDistance < 0 || distance < bestDistance) {
            best = year;
            bestDistance = distance;
        }
    }
    return best;
}

// "The judge set the next hearing for December 4" in April: the deciding a report tells with no
// day of its own is news, so recent, and the day it fixed lies after it. The first such day from
// two months before the time of writing (a plan reported a little late may already be past).
int TimeResolver::fixedYear(int month, int day) const
{
    const QDate earliest = m_published.addDays(-61);
    for (const int year : {m_published.year() - 1, m_published.year()}) {
        if (QDate(year, month, std::min(day, QDate(year, month, 1).daysInMonth())) >= earliest) {
            return year;
        }
    }
    return m_published.year() + 1;
}

// "last spring", "the second quarter of 2020", "third-quarter results": a run of months, named
// by the year it starts in. Without a year: last/next the nearest one wholly before/after the
// time of writing, "this" the one of this year, and a bare one the latest to have begun (or,
// when the clause looks ahead, the current or coming one).
DateValue TimeResolver::resolveSpan(const TimeMention &m, Outlook outlook) const
{
    const auto spanStart = [&m](int year) { return QDate(year, m.spanMonth, 1); };
    const auto spanEnd = [&m](int year) { return QDate(year, m.spanMonth, 1).addMonths(m.spanMonths).addDays(-1); };
    int year = m.year;
    if (year == 0 && m.yearRelation == 1 && m_narrative.earliest.isValid()) {
        year = m_narrative.earliest.year() + m.yearOffset;
    } else if (year == 0 && m.yearRelation == 2 && m_published.isValid()) {
        const int now = m_published.year();
        if (m.direction == -1) {
            year = now;
            while (spanEnd(year) >= m_published) {
                --year;
            }
        } else if (m.direction == 1) {
            year = now - 1;
            while (spanStart(year) <= m_published) {
                ++year;
            }
        } else if (m.direction == 2) {
            year = m.spanMonth == 12 && m_published.month() <= 2 ? now - 1 : now;
        } else {
            year = now + m.yearOffset;
        }
    } else if (year == 0 && m_published.isValid()) {
        int latestBegun = m_published.year() + 1;
        while (spanStart(latestBegun) > m_published) {
            --latestBegun;
        }
        int current = m_published.year() - 1; // the one under way or the coming one
        while (spanEnd(current) < m_published) {
            ++current;
        }
        if (outlook == Outlook::Ahead || outlook == Outlook::Fixed) {
            year = current;
        } else if (outlook == Outlook::Past || outlook == Outlook::BoundPast) {
            year = latestBegun;
        } else {
            // "in the winter session" written in late November: the nearer one, on either side.
            const qint64 behind = spanEnd(latestBegun) < m_published ? spanEnd(latestBegun).daysTo(m_published) : 0;
            const qint64 ahead = m_published.daysTo(spanStart(current));
            year = ahead >= 0 && ahead < behind ? current : latestBegun;
        }
    } else if (year == 0) {
        year = m_lastYear;
    }
    if (year <= 0) {
        return {};
    }
    DateValue value{yearText(year), G::Year, spanStart(year), spanEnd(year)};
    narrow(value, m.part);
    return value;
}

DateValue TimeResolver::resolveDate(const TimeMention &m, Outlook outlook) const
{
    if (m.spanMonth > 0) {
        return resolveSpan(m, outlook);
    }
    const bool future = outlook == Outlook::Ahead || outlook == Outlook::Fixed;
    if (m.month < 0) {
        // A decade, written the TimeML way: "198X".
        DateValue value{QString::number(m.year / 10) + u'X', G::Year, QDate(m.year, 1, 1), QDate(m.year + 9, 12, 31)};
        narrow(value, m.part);
        return value;
    }
    int year = m.year;
    if (year == 0 && m.yearRelation == 1 && m_narrative.earliest.isValid()) {
        year = m_narrative.earliest.year() + m.yearOffset;
        // "the following January", "the previous March": the nearest such month that way.
        if (m.direction == 1) {
            year += m.month > m_narrative.earliest.month() ? 0 : 1;
        } else if (m.direction == -1) {
            year -= m.month < m_narrative.earliest.month() ? 0 : 1;
        }
    } else if (year == 0 && m.yearRelation == 2 && m_published.isValid()) {
        year = m_published.year() + m.yearOffset;
        if (m.direction == 1) {
            year = m_published.year() + (m.month > m_published.month() ? 0 : 1);
        } else if (m.direction == -1) {
            year = m_published.year() - (m.month < m_published.month() ? 0 : 1);
        } else if (m.direction == 2) {
            year = m_published.year();
        }
    }
    if (m.holiday != Holiday::None) {
        return resolveHoliday(m, year, outlook);
    }
    if (year == 0 && m.month > 0 && m.day > 0 && m.weekday > 0 && m_published.isValid()) {
        // "Thursday 13 March": the year nearest the reference in which that day is a Thursday.
        for (const int candidate : {m_published.year(), m_published.year() + 1, m_published.year() - 1}) {
            if (QDate(candidate, m.month, m.day).dayOfWeek() == m.weekday) {
                year = candidate;
                break;
            }
        }
    }
    // "in June 2023 the company went back. On June 17, ...": a day of the month the paragraph
    // has just named, in a year other than the time of writing, is of that year. (A month alone
    // may be followed by its own year: "in early August this year".)
    if (year == 0 && m.month > 0 && m.day > 0 && m.yearRelation == 0 && m_narrativeParagraph == m_paragraph && m_narrative.earliest.isValid()
        && m_narrative.granularity >= G::Month && m_narrative.earliest.month() == m.month
        && (!m_published.isValid() || m_narrative.earliest.year() != m_published.year())) {
        year = m_narrative.earliest.year();
    }
    // "was in 2023, when a Soyuz was hit by a leak the previous December and returned empty in
    // March": a month its sentence tells after a date of a past year follows that date.
    if (year == 0 && followsPastSentenceDate(m, outlook)) {
        year = m_narrative.earliest.year() + (m.month >= m_narrative.earliest.month() ? 0 : 1);
    }
    // "## December 2019 / ... On December 16 the judge rules": a timeline's section is set in
    // the year its heading names.
    if (year == 0 && m.month > 0 && m.yearRelation == 0 && m_sectionDate.earliest.isValid() && inSectionOf(m_section, m_paragraph)
        && (m_sectionDate.granularity == G::Year || m_sectionDate.earliest.month() == m.month)) {
        year = m_sectionDate.earliest.year();
    }
    if (year == 0 && m.month > 0) {
        if (m_published.isValid()) {
            year = m_published.year();
            const QDate candidate(year, m.month, m.day > 0 ? m.day : 1);
            const bool sameMonth = m.day == 0 && m.month == m_published.month();
            // "should accept the plan by Nov. 27" in an article of Nov. 26: a day a week or less
            // ahead is the coming one, not last year's, whatever the tense around it.
            // "collapsed on March 26" the day before its first anniversary is last year's.
            const bool comingDays = m.day > 0 && candidate > m_published && candidate <= m_published.addDays(7) && (outlook != Outlook::Past || modalBefore(m));
            // ("In early September the judge moved it to the week before Nov. 28": a bound told
            // beside a dated deciding lies after that day too.)
            const int decidedYear = outlook == Outlook::Fixed || outlook == Outlook::Either || outlook == Outlook::Bound || outlook == Outlook::BoundPast
                ? yearAfterDeciding(m)
                : 0;
            if (decidedYear > 0) {
                year = decidedYear;
            } else if (outlook == Outlook::Fixed && !sameMonth) {
                year = fixedYear(m.month, m.day > 0 ? m.day : 1);
            } else if ((outlook == Outlook::Bound || outlook == Outlook::BoundPast || outlook == Outlook::Either
                           || (outlook == Outlook::Unmarked && modalBefore(m)))
                && !sameMonth) {
                // ("he may return to official training on April 13": what may or must happen is
                // told around the time of writing, so the nearest such day.)
                // (A past deciding with no day told may be last week's or last spring's: the
                // day it fixed is the nearest such day, on either side of the time of writing.)
                year = nearestYear(m.month, m.day > 0 ? m.day : 1);
            } else if (outlook == Outlook::Unmarked && !sameMonth && m.day > 0 && presentOnset(m)) {
                // Weeks before the new year "takes effect Jan. 1" is the coming one; a date
                // later this year stays in this year.
                const QDate coming(year + 1, m.month, std::min(m.day, QDate(year + 1, m.month, 1).daysInMonth()));
                if (candidate < m_published && coming <= m_published.addDays(75)) {
                    ++year;
                }
            } else if (!future && candidate > m_published && !sameMonth && !comingDays
                && !(outlook == Outlook::Unmarked && candidate <= m_published.addDays(31))) {
                // (With no tense to tell, a day within a month after the time of writing is this
                // year's: news leaves out the year of the days around it, and a plan whose verb
                // lies far before its day, "are scheduled to spend a week ... before returning,
                // most likely ..., around June 14", is still ahead.)
                --year;
            } else if (future && candidate < m_published && !sameMonth && !namedBeforeParagraphDay(m, candidate)) {
                ++year;
            }
        } else if (m_lastYear > 0) {
            year = m_lastYear;
        }
    }
    if (m.month == 0) {
        return year > 0 ? yearValue(year, m.part) : DateValue{};
    }
    if (m.day == 0) {
        if (year == 0) {
            return {u"XXXX-"_s + twoDigits(m.month), G::Month, {}, {}};
        }
        return monthValue(year, m.month, m.part);
    }
    if (year == 0) {
        return {u"XXXX-"_s + twoDigits(m.month) + u'-' + twoDigits(m.day), G::Day, {}, {}};
    }
    DateValue value = dayValue(QDate(year, m.month, m.day));
    if (m.endDay > m.day) {
        value.latest = QDate(year, m.month, m.endDay);
    }
    return value;
}

// A holiday takes the usual year rule: the last one unless a cue looks ahead, and the coming
// one when it is a week or less away ("until Thanksgiving" in an article of Nov. 21).
DateValue TimeResolver::resolveHoliday(const TimeMention &m, int year, Outlook outlook) const
{
    if (year == 0 && m_published.isValid()) {
        year = m_published.year();
        const QDate candidate = holidayDate(m.holiday, year);
        // A holiday is talked about in the weeks before it: "and then Boxing Day", "at
        // Christmas" in late November are this year's; the last one is more than ten months back.
        const bool comingWeeks = candidate > m_published && candidate <= m_published.addDays(45);
        const QDate lastYears = holidayDate(m.holiday, year - 1);
        const QDate nextYears = holidayDate(m.holiday, year + 1);
        const bool plan = outlook == Outlook::Bound || outlook == Outlook::BoundPast || outlook == Outlook::Either || outlook == Outlook::Fixed;
        if (const QDate decided = plan ? decidingDay(m) : QDate(); decided.isValid()) {
            // "In early September the judge moved the hearing to the week before Thanksgiving":
            // the first such holiday after the deciding.
            year = decided.year();
            if (holidayDate(m.holiday, year) < decided) {
                ++year;
            }
        } else if (outlook == Outlook::Bound || outlook == Outlook::BoundPast || outlook == Outlook::Either || outlook == Outlook::Fixed) {
            const QDate nearest = std::min({candidate, lastYears, nextYears},
                [this](const QDate &a, const QDate &b) { return std::abs(a.daysTo(m_published)) < std::abs(b.daysTo(m_published)); });
            year = nearest.year();
        } else if (outlook == Outlook::Unmarked && candidate > m_published && !comingWeeks) {
            --year;
        } else if (outlook == Outlook::Unmarked && candidate < m_published && nextYears <= m_published.addDays(45)) {
            ++year; // "New Year's Day" in a December article
        } else if (outlook == Outlook::Past && candidate > m_published && candidate > m_published.addDays(7)) {
            --year; // "took effect on New Year's Day"; "gave Ukraine until Thanksgiving" a week ahead is this year's
        } else if ((outlook == Outlook::Ahead || outlook == Outlook::Fixed) && candidate < m_published) {
            ++year;
        }
    } else if (year == 0) {
        year = m_lastYear;
    }
    if (year == 0) {
        const QDate any = holidayDate(m.holiday, 2001);
        const bool fixed = holidayDate(m.holiday, 2002).day() == any.day() && holidayDate(m.holiday, 2003).day() == any.day();
        return fixed ? DateValue{u"XXXX-"_s + twoDigits(any.month()) + u'-' + twoDigits(any.day()), G::Day, {}, {}} : DateValue{};
    }
    return dayValue(holidayDate(m.holiday, year));
}

DateValue TimeResolver::resolveWeekday(const TimeMention &m, Outlook outlook) const
{
    // "until Monday", "before Friday's meeting": a weekday set as a bound lies after the time
    // the clause is at, which for a past clause told against the time of writing is not known.
    // "Workers can return to work on Wednesday": a present modal before a bare verb looks ahead.
    const bool future = outlook == Outlook::Ahead || outlook == Outlook::Bound || (outlook == Outlook::BoundPast && m_paragraphDay.isValid())
        || (outlook == Outlook::Unmarked && modalBefore(m));
    // "on the Sunday": the one nearest the day the story is at, on either side.
    if (m.direction == 3 && m_narrative.granularity == G::Day && m_narrative.earliest.isValid()) {
        int delta = m.weekday - m_narrative.earliest.dayOfWeek(); // -6 .. 6
        if (delta > 3) {
            delta -= 7;
        } else if (delta < -3) {
            delta += 7;
        }
        return dayValue(m_narrative.earliest.addDays(delta));
    }
    // A weekday in a paragraph that has named a day is read against that day, unless it is that
    // very weekday: "The call, on Oct. 14, ... A recording was published on Tuesday" names
    // another Tuesday, or the writer would not have named the day twice.
    QDate anchor = m_published;
    bool narrative = false;
    const bool sameWeekday
        = m_paragraphDay.isValid() && m_paragraphDay.dayOfWeek() == m.weekday && m.direction == 0 && m_published.isValid() && !m_paragraphDayOpens;
    // "The previous record ended on Jan. 25, 2019. The current shutdown passed that mark on
    // Tuesday": news names by weekday only days near its telling, so a day of another year half
    // a year or more back is no anchor for one.
    const bool farBack
        = m_paragraphDay.isValid() && m_published.isValid() && m_paragraphDay.year() < m_published.year() && m_paragraphDay.daysTo(m_published) > 180;
    // "The offensive began on Nov. 27 ... Hama followed on Thursday", written on Dec. 8: a plain
    // weekday of a past clause is a day of the week of writing; read against a day told more
    // than a week back it would lie before the day the sentence moves on from. (A timeline
    // entry's own day is restated by its weekday: "June 18: ... on Sunday morning"; "Friday of
    // that week" says which week.)
    const bool pastWeekAfter = m.direction == 0 && !m_paragraphDayOpens && !m_text.mid(m.range.end, 4).startsWith(u" of "_s)
        && (outlook == Outlook::Unmarked || outlook == Outlook::Past) && m_paragraphDay.isValid() && m_published.isValid()
        && m_paragraphDay < m_published.addDays(-7) && m_published.addDays(-((m_published.dayOfWeek() - m.weekday + 7) % 7)) > m_paragraphDay;
    if (m_paragraphDay.isValid() && (!m_published.isValid() || m_paragraphDay <= m_published) && !sameWeekday && !farBack && !pastWeekAfter) {
        anchor = m_paragraphDay;
        narrative = true;
    }
    if (!anchor.isValid()) {
        return {};
    }
    const int delta = m.weekday - anchor.dayOfWeek(); // -6 .. 6
    int back = delta <= 0 ? delta : delta - 7; // same day or the most recent past one
    int ahead = delta > 0 ? delta : delta + 7; // strictly after
    if (m.direction == -1) {
        // "won 411 seats last Thursday", written on a Friday: the day before the time of writing
        // is "yesterday", so "last Thursday" is the one of the week before.
        const bool yesterday = back == -1 && !narrative;
        return dayValue(anchor.addDays(back == 0 || yesterday ? back - 7 : back));
    }
    if (m.direction == 1) {
        return dayValue(anchor.addDays(ahead));
    }
    if (m.direction == 2) {
        // "this Friday": the one in the anchor's week, which may lie on either side.
        return dayValue(startOfWeek(anchor).addDays(m.weekday - 1));
    }
    if (future) {
        return dayValue(anchor.addDays(narrative || delta != 0 ? ahead : 0));
    }
    // "On Monday, Sept. 23, the centre began advisories. The system became a storm on Tuesday
    // morning", written that Friday: news names by weekday only the days of its own week, so
    // between a day of that week and the time of writing lies the day meant, not before it.
    if (narrative && m.direction == 0 && outlook != Outlook::Fixed && outlook != Outlook::Either && m_published.isValid() && anchor > m_published.addDays(-7)) {
        const int sincePublished = m.weekday - m_published.dayOfWeek();
        return dayValue(m_published.addDays(sincePublished <= 0 ? sincePublished : sincePublished - 7));
    }
    if (outlook == Outlook::Fixed || outlook == Outlook::Either) {
        // "told residents to leave by Wednesday": after a telling near the time of writing, so
        // the nearest such day on either side.
        return dayValue(anchor.addDays(ahead <= 3 ? ahead : back));
    }
    return dayValue(anchor.addDays(back));
}

// "**25 November** – A recording of the 14 October call is published": a dated thing named in a
// paragraph set on a later day lies before that day, whatever the tense of its clause.
bool TimeResolver::namedBeforeParagraphDay(const TimeMention &mention, QDate candidate) const
{
    return m_paragraphDay.isValid() && candidate <= m_paragraphDay && namesANoun(mention);
}

namespace {
// The first of the mentions (in text order) that starts after mention does.
QList<TimeMention>::const_iterator mentionAfter(const TimeMention &mention, const QList<TimeMention> &mentions)
{
    return std::upper_bound(mentions.cbegin(), mentions.cend(), mention.range.start, [](int at, const TimeMention &other) { return at < other.range.start; });
}
} // namespace

// The written day that opens the noun phrase right after mention ("the October 14 call").
const TimeMention *TimeResolver::datedNounAfter(const TimeMention &mention, const QList<TimeMention> &mentions) const
{
    const auto next = mentionAfter(mention, mentions);
    // "twelve days before the 2016 election": a written year names the happening too; counting
    // from some other date told nearby would be a guess.
    if (next == mentions.cend() || next->kind != TimeMention::Kind::Date || (next->day == 0 && next->year == 0) || next->range.start - mention.range.end > 6) {
        return nullptr;
    }
    const QStringView gap = m_text.mid(mention.range.end, next->range.start - mention.range.end).trimmed();
    return gap.isEmpty() || isDeterminer(gap) ? &*next : nullptr;
}

// "two days before Trump and Putin spoke by phone on Oct. 16": the written day that closes the
// clause counted from, with no punctuation between.
const TimeMention *TimeResolver::datedClauseAfter(const TimeMention &mention, const QList<TimeMention> &mentions) const
{
    const auto next = mentionAfter(mention, mentions);
    if (next == mentions.cend() || next->kind != TimeMention::Kind::Date || next->day == 0 || next->range.start - mention.range.end > 120) {
        return nullptr;
    }
    const QStringView gap = m_text.mid(mention.range.end, next->range.start - mention.range.end);
    static const QStringView breaks = u",;:.!?\"\u201C\u201D\n";
    return std::none_of(gap.cbegin(), gap.cend(), [](QChar c) { return breaks.contains(c); }) ? &*next : nullptr;
}

// "Four days after the storm came ashore, ... on Sunday": for a counting phrase that opens its
// sentence, the day its main clause tells, after the clause counted from and its comma.
const TimeMention *TimeResolver::mainClauseDayAfter(const TimeMention &mention, const QList<TimeMention> &mentions) const
{
    qsizetype at = mention.range.start;
    while (at > 0 && (m_text[at - 1] == u' ' || m_text[at - 1] == u'\t')) {
        --at;
    }
    if (at > 0 && !QStringView(u".!?\n").contains(m_text[at - 1])) {
        return nullptr;
    }
    const auto next = mentionAfter(mention, mentions);
    const bool day = next != mentions.cend() && (next->kind == TimeMention::Kind::Date || next->kind == TimeMention::Kind::Weekday);
    if (!day || next->range.start - mention.range.end > 240) {
        return nullptr;
    }
    const QStringView gap = m_text.mid(mention.range.end, next->range.start - mention.range.end);
    const qsizetype comma = gap.indexOf(u',');
    // (A stop inside a number, "1.2 million", ends nothing.)
    static const QStringView ends = u";:!?\"\u201C\u201D\n";
    bool oneSentence = true;
    for (qsizetype i = 0; i < gap.size() && oneSentence; ++i) {
        oneSentence = !ends.contains(gap[i]) && !(gap[i] == u'.' && (i + 1 == gap.size() || !gap[i + 1].isDigit()));
    }
    return comma > 0 && oneSentence ? &*next : nullptr;
}

// "Thursday, Sept. 26" as a paragraph of its own: a day that heads what follows it.
bool TimeResolver::aloneOnItsLine(const TimeMention &mention) const
{
    const TextRange paragraph = paragraphRange(mention.range.start);
    const auto wordy = [](QChar c) { return c.isLetterOrNumber(); };
    const QStringView before = m_text.mid(paragraph.start, mention.range.start - paragraph.start);
    const QStringView after = m_text.mid(mention.range.end, paragraph.end - mention.range.end);
    return std::none_of(before.cbegin(), before.cend(), wordy) && std::none_of(after.cbegin(), after.cend(), wordy);
}

bool TimeResolver::opensItsLine(const TimeMention &mention) const
{
    const TextRange paragraph = paragraphRange(mention.range.start);
    return m_text.mid(paragraph.start, mention.range.start - paragraph.start).trimmed().isEmpty();
}

// "Saturday and Sunday" on a line of its own: a line of nothing but weekdays, joined or not.
bool TimeResolver::weekdaysLine(const QList<TimeMention> &mentions, qsizetype index) const
{
    const TextRange paragraph = paragraphRange(mentions[index].range.start);
    const auto joiner = [](QStringView gap) {
        gap = gap.trimmed();
        return std::none_of(gap.cbegin(), gap.cend(), [](QChar c) { return c.isLetterOrNumber(); }) || isOneOf(gap, {u"and", u"to", u"through"});
    };
    qsizetype first = index;
    while (first > 0 && mentions[first - 1].range.end > paragraph.start) {
        --first;
    }
    qsizetype last = index;
    while (last + 1 < mentions.size() && mentions[last + 1].range.start < paragraph.end) {
        ++last;
    }
    int at = paragraph.start;
    for (qsizetype i = first; i <= last; ++i) {
        if (mentions[i].kind != TimeMention::Kind::Weekday || !joiner(m_text.mid(at, mentions[i].range.start - at))) {
            return false;
        }
        at = mentions[i].range.end;
    }
    const QStringView after = m_text.mid(at, paragraph.end - at);
    return std::none_of(after.cbegin(), after.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

TextRange TimeResolver::paragraphRange(int position) const
{
    const int p = paragraphIndex(position);
    return p < 0 ? TextRange{0, int(m_text.size())} : m_paragraphs[p];
}

// The index of the paragraph holding a position, or -1 before the first.
int TimeResolver::paragraphIndex(int position) const
{
    const auto after = std::upper_bound(m_paragraphs.cbegin(), m_paragraphs.cend(), position, [](int at, const TextRange &p) { return at < p.start; });
    return int(after - m_paragraphs.cbegin()) - 1;
}

// Headings that hold nothing but dates ("April 23, 2021", "2000 to 2015", "May 22 to 24,
// 2024"): a timeline's sections, each set on its date.
QList<bool> TimeResolver::dateHeadings(const QList<TimeMention> &mentions) const
{
    QList<bool> result(m_headings.size(), false);
    QList<QString> rest(m_headings.size());
    for (const TimeMention &m : mentions) {
        const int p = paragraphIndex(m.range.start);
        if (p < 0 || p >= m_headings.size() || !m_headings[p]) {
            continue;
        }
        const TextRange paragraph = m_paragraphs[p];
        if (rest[p].isNull()) {
            rest[p] = m_text.sliced(paragraph.start, paragraph.length()).toString();
        }
        rest[p].replace(m.range.start - paragraph.start, m.range.length(), QString(m.range.length(), u' '));
    }
    for (qsizetype p = 0; p < rest.size(); ++p) {
        if (rest[p].isNull()) {
            continue;
        }
        result[p] = true;
        for (const QStringView word : QStringView(rest[p]).tokenize(u' ', Qt::SkipEmptyParts)) {
            const bool mark = std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
            if (!mark && !isOneOf(word, {u"to", u"and", u"until", u"through"})) {
                result[p] = false;
                break;
            }
        }
    }
    return result;
}

// Whether a paragraph lies in the section a heading opens: no other heading comes between.
bool TimeResolver::inSectionOf(int heading, int paragraph) const
{
    if (heading < 0 || paragraph < heading || paragraph >= m_headings.size()) {
        return false;
    }
    for (int p = heading + 1; p <= paragraph; ++p) {
        if (m_headings[p]) {
            return false;
        }
    }
    return true;
}

// "two days after the envoy's call", "a week after the Geneva talks": the last date told in a
// paragraph that names the same happening (by its noun, or a word for the same kind of
// happening), or null when none does.
const ResolvedTime *TimeResolver::namedAnchor(const TimeMention &mention, const QList<ResolvedTime> &resolved) const
{
    // The head of the noun phrase after the mention: its last word before punctuation.
    QStringView head;
    for (int k = mention.endWord; k < mention.endWord + 6 && k < m_words.size(); ++k) {
        const ScannedWord &w = m_words[k];
        const QStringView word = m_text.mid(w.range.start, w.range.length());
        if (w.kind == ScannedWord::Kind::Punctuation) {
            if (word == u"'" || word == u"\u2019") {
                continue;
            }
            break;
        }
        if (w.kind != ScannedWord::Kind::Letters || (k > mention.endWord && !w.spaceBefore) || isDeterminer(word)) {
            continue; // the "s" of a possessive, "the", "that"
        }
        if (w.capitalised && k > mention.endWord && !head.isEmpty() && head.front().isLower()) {
            break; // "after the call Putin phoned": a name starts the clause
        }
        head = word;
    }
    static const QList<QList<QStringView>> kinds{{u"call", u"conversation", u"phone"}, {u"talks", u"meeting", u"negotiations", u"summit"}};
    QList<QStringView> names{head};
    for (const QList<QStringView> &kind : kinds) {
        if (kind.contains(head)) {
            names = kind;
        }
    }
    if (head.size() < 3 || isDeterminer(head)) {
        return nullptr;
    }
    return lastDateNaming(names, mention, resolved);
}

// Whether the word at `at` in text follows a determiner ("the", "its").
static bool afterDeterminer(QStringView text, qsizetype at)
{
    qsizetype end = at;
    while (end > 0 && text[end - 1].isSpace()) {
        --end;
    }
    qsizetype begin = end;
    while (begin > 0 && text[begin - 1].isLetter() && end - begin < 6) {
        --begin;
    }
    return end > begin && isOneOf(text.mid(begin, end - begin), {u"the", u"a", u"an", u"its", u"their", u"his", u"her"});
}

// The last date told in a paragraph that has one of names as a word (before the mention, in the
// mention's own paragraph), or null when none does.
const ResolvedTime *TimeResolver::lastDateNaming(const QList<QStringView> &names, const TimeMention &mention, const QList<ResolvedTime> &resolved) const
{
    const auto namesIt = [this, &names](const TextRange &paragraph) {
        const QStringView text = m_text.mid(paragraph.start, paragraph.length());
        for (const QStringView name : names) {
            for (qsizetype at = text.indexOf(name, 0, Qt::CaseInsensitive); at >= 0; at = text.indexOf(name, at + 1, Qt::CaseInsensitive)) {
                const bool start = at == 0 || !text[at - 1].isLetter();
                const bool end = at + name.size() >= text.size() || !text[at + name.size()].isLetter();
                // ("the failed lender": a past form after a determiner names a thing, not the failing.)
                const bool verbForm = name.endsWith(u"ed"_s) || looksPastTense(name);
                if (start && end && !(verbForm && afterDeterminer(text, at))) {
                    return true;
                }
            }
        }
        return false;
    };
    const TextRange own = paragraphRange(mention.range.start);
    for (qsizetype t = resolved.size() - 1; t >= 0 && t >= resolved.size() - 40; --t) {
        const ResolvedTime &candidate = resolved[t];
        // ("set sentencing for a day in mid-July": a day fixed for another thing dates nothing named.)
        if (!candidate.date.isDated() || !candidate.date.earliest.isValid() || candidate.mention.kind == TimeMention::Kind::Order || candidate.planVerb >= 0) {
            continue;
        }
        const TextRange paragraph = paragraphRange(candidate.mention.range.start);
        // The mention's own paragraph names the happening in the mention itself.
        const TextRange searched = paragraph.start == own.start ? TextRange{paragraph.start, mention.range.start} : paragraph;
        if (namesIt(searched)) {
            return &candidate;
        }
    }
    return nullptr;
}

// "three weeks after he kissed her", "two days after she was named", "ten days before he
// returns": a clause (a pronoun and its verb) follows the order word; the verb it tells, or -1
// when a noun follows.
int TimeResolver::clauseVerbAfter(const TimeMention &mention) const
{
    const int subject = mention.endWord;
    if (const int reported = namedClauseVerb(subject); reported >= 0) {
        return reported;
    }
    if (subject + 1 >= m_words.size() || m_words[subject + 1].kind != ScannedWord::Kind::Letters
        || !isOneOf(wordText(subject), {u"he", u"she", u"they", u"we", u"i", u"you", u"it"})) {
        return -1;
    }
    int verb = subject + 1;
    // "after she was named": the participle tells the happening, not the auxiliary.
    if (isOneOf(wordText(verb), {u"was", u"were", u"had", u"has", u"have", u"is", u"are"}) && verb + 1 < m_words.size()
        && m_words[verb + 1].kind == ScannedWord::Kind::Letters && (wordText(verb + 1).endsWith(u"ed"_s) || looksPastTense(wordText(verb + 1)))) {
        ++verb;
    }
    // ("ten days before he returns": a clause in the present is still a clause; what it
    // tells lies ahead and dates nothing told.)
    return verb;
}

// "a day after the Supreme Court ruled that ...", "a week after the bridge collapsed.": a short
// noun phrase with "the" and a past verb that ends the clause or reports ("ruled that") is a
// happening of its own, not the one the story is at; the verb, or -1. (A verb with an object,
// "after the storm hit Cuba", may be a participle: "after the storm named Helene".)
int TimeResolver::namedClauseVerb(int subject) const
{
    if (subject >= m_words.size() || !equalsLower(wordText(subject), u"the")) {
        return -1;
    }
    for (int k = subject + 2; k < m_words.size() && k <= subject + 4; ++k) {
        if (m_words[k].kind != ScannedWord::Kind::Letters || m_words[k].capitalised) {
            if (m_words[k].kind != ScannedWord::Kind::Letters || m_words[k - 1].kind != ScannedWord::Kind::Letters || !m_words[k - 1].capitalised) {
                return -1;
            }
            continue; // "the Supreme Court"
        }
        const QStringView word = wordText(k);
        if (!(word.size() > 3 && word.endsWith(u"ed"_s))) {
            continue;
        }
        const bool ends = k + 1 >= m_words.size() || m_words[k + 1].kind == ScannedWord::Kind::Punctuation || equalsLower(wordText(k + 1), u"that");
        return ends ? k : -1;
    }
    return -1;
}

// "17 days before Biden leaves office", "a day after the companies announced the deal": a
// clause of its own after the order word. The day the narrative is at is the wrong start for
// the count when the clause lies ahead, or when that day is the sentence's own ("said on
// Tuesday ..., a day after ...": the sentence's day is where the count ends). ("Two days after
// Dmitriev returned home", after a paragraph on his visit, does go on from it.)
bool TimeResolver::narrativeMissesClause(const TimeMention &mention) const
{
    int verb = verbAfterName(mention.endWord);
    // "after the talks collapsed", "after an Army Black Hawk on that route struck a jet": a
    // subject of a few words, then a verb in the past.
    if (verb < 0 && isOneOf(wordText(mention.endWord), {u"the", u"a", u"an"})) {
        for (int k = mention.endWord + 2; k < m_words.size() && k <= mention.endWord + 7 && m_words[k].kind == ScannedWord::Kind::Letters; ++k) {
            if (!m_words[k].capitalised && looksPastTense(wordText(k))) {
                verb = k;
                break;
            }
        }
    }
    if (verb < 0) {
        return false;
    }
    return !looksPastTense(wordText(verb)) || (m_narrativeWord >= 0 && sameSentence(m_narrativeWord, mention.firstWord));
}

// "17 days before Biden leaves office", "two days after President Trump approved it": a name
// and a verb after the order word; the verb (past, or a present timelines write), or -1.
int TimeResolver::verbAfterName(int subject) const
{
    int k = subject;
    while (k < m_words.size() && k < subject + 3 && m_words[k].kind == ScannedWord::Kind::Letters && m_words[k].capitalised) {
        ++k;
    }
    if (k == subject || k + 1 >= m_words.size() || m_words[k].kind != ScannedWord::Kind::Letters || m_words[k].capitalised
        || m_words[k + 1].kind != ScannedWord::Kind::Letters) {
        return -1;
    }
    const QStringView verb = wordText(k);
    return looksPastTense(verb) || !pastOfPresent(verb).isEmpty() ? k : -1;
}

DateValue TimeResolver::resolveRelative(const TimeMention &m, const QDate &anchor, G anchorGranularity) const
{
    if (!anchor.isValid()) {
        return {};
    }
    DateValue value;
    if (m.toTheDay && anchorGranularity == G::Day) {
        switch (m.unit) {
        case TimeUnit::Week:
            return dayValue(anchor.addDays(7 * m.offset));
        case TimeUnit::Month:
            return dayValue(anchor.addMonths(m.offset));
        case TimeUnit::Year:
            return dayValue(anchor.addYears(m.offset));
        case TimeUnit::Decade:
            return dayValue(anchor.addYears(10 * m.offset));
        default:
            break;
        }
    }
    switch (m.unit) {
    case TimeUnit::Day:
        if (anchorGranularity == G::Month && m.offset != 0 && std::abs(m.offset) <= 7) {
            // "two days after that conversation" last month: that month, give or take the days.
            value = monthValue(anchor.year(), anchor.month());
            value.earliest = value.earliest.addDays(m.offset);
            value.latest = value.latest.addDays(m.offset);
            return value;
        }
        if (anchorGranularity != G::Day) {
            return {};
        }
        return dayValue(anchor.addDays(m.offset));
    case TimeUnit::Week:
        // "a call last month ... called off the following week": a week counted from a month
        // or a year could be any of them.
        if (anchorGranularity != G::Day && anchorGranularity != G::Week) {
            return {};
        }
        if (!m.wholeUnit && m.offset == 0) {
            return anchorGranularity == G::Day ? dayValue(anchor) : DateValue{};
        }
        value = weekValue(anchor.addDays(7 * m.offset));
        break;
    case TimeUnit::Weekend: {
        if (anchorGranularity != G::Day && anchorGranularity != G::Week) {
            return {};
        }
        const QDate base = anchor.addDays(7 * m.offset);
        const QDate saturday = startOfWeek(base).addDays(5);
        value = dayValue(saturday);
        value.latest = saturday.addDays(1);
        break;
    }
    case TimeUnit::Month: {
        const QDate shifted = anchor.addMonths(m.offset);
        value = monthValue(shifted.year(), shifted.month());
        break;
    }
    case TimeUnit::Year: {
        // "two years ago" names a year, not a day: news rarely means the exact date.
        const QDate shifted = anchor.addYears(m.offset);
        value = yearValue(shifted.year());
        break;
    }
    case TimeUnit::Decade: {
        if (m.wholeUnit) {
            // "the end of the decade", "the following decade": a decade, written the TimeML way.
            const int first = anchor.addYears(10 * m.offset).year() / 10 * 10;
            value = {QString::number(first / 10) + u'X', G::Year, QDate(first, 1, 1), QDate(first + 9, 12, 31)};
            break;
        }
        // "a decade ago": about ten years back, a year as loose as "two years ago".
        const QDate shifted = anchor.addYears(10 * m.offset);
        value = yearValue(shifted.year());
        break;
    }
    case TimeUnit::Hour:
    case TimeUnit::Minute:
        return {};
    }
    if (m.offset == 0 && m.bound != 0 && anchorGranularity == G::Day) {
        // "earlier this month" ends at the anchor; "later that year" starts after it.
        if (m.bound < 0) {
            value.latest = std::min(value.latest, anchor);
        } else {
            value.earliest = std::max(value.earliest, anchor);
        }
    }
    return value;
}

// ", five days after the Gaza ceasefire", ", exactly one year after his inauguration": only a
// comma (and a word of measure) between a date and an order phrase that restates it.
bool TimeResolver::restatesMonth(QStringView gap)
{
    if (!gap.startsWith(u',')) {
        return false;
    }
    const QStringView rest = gap.sliced(1).trimmed();
    return rest.isEmpty() || isOneOf(rest, {u"in", u"by", u"that"});
}

bool TimeResolver::restates(QStringView gap)
{
    if (!gap.startsWith(u',')) {
        return false;
    }
    const QStringView rest = gap.sliced(1).trimmed();
    return rest.isEmpty() || isOneOf(rest, {u"exactly", u"just", u"nearly", u"almost", u"some", u"about", u"precisely", u"roughly"});
}

QStringView TimeResolver::wordText(int index) const
{
    return index >= 0 && index < m_words.size() ? m_text.mid(m_words[index].range.start, m_words[index].range.length()) : QStringView();
}

// "the Oct. 14 call", "an October call": a date between a determiner and a lower-case word.
bool TimeResolver::namesANoun(const TimeMention &mention) const
{
    if (mention.firstWord < 1 || mention.endWord >= m_words.size() || m_words[mention.endWord].kind != ScannedWord::Kind::Letters
        || m_words[mention.endWord].capitalised) {
        return false;
    }
    const ScannedWord &before = m_words[mention.firstWord - 1];
    return isDeterminer(m_text.mid(before.range.start, before.range.length()));
}

// "Delta has cancelled about 5,000 flights since Friday", "have been missing since Sunday": a
// present perfect over a span that runs from the day to the time of writing. "since Friday,
// when he resigned" or "had been closed since Monday" is no span up to now.
bool TimeResolver::sinceUntilNow(const TimeMention &mention) const
{
    if (mention.firstWord < 2 || !sameWord(wordText(mention.firstWord - 1), u"since"_s)) {
        return false;
    }
    for (int k = mention.firstWord - 2; k >= 0 && k >= mention.firstWord - 12; --k) {
        if (m_words[k].kind == ScannedWord::Kind::Punctuation) {
            const QChar c = m_text[m_words[k].range.start];
            if ((c == u'.' && !abbreviationPoint(k)) || c == u';' || c == u'!' || c == u'?' || c == u':') {
                return false;
            }
            continue;
        }
        const QStringView word = wordText(k);
        if (sameWord(word, u"has"_s) || sameWord(word, u"have"_s) || sameWord(word, u"ve"_s)) {
            return true;
        }
        if (sameWord(word, u"had"_s) || sameWord(word, u"was"_s) || sameWord(word, u"were"_s)) {
            return false;
        }
    }
    return false;
}

// "7 a.m. EDT on Thursday", "the U.S. envoy": the point closes an abbreviation, not a sentence.
bool TimeResolver::abbreviationPoint(int k) const
{
    if (k < 1 || m_words[k].spaceBefore || m_words[k - 1].kind == ScannedWord::Kind::Punctuation) {
        return false;
    }
    const ScannedWord &previous = m_words[k - 1];
    if (previous.range.length() == 1 && k >= 2 && m_words[k - 2].kind == ScannedWord::Kind::Punctuation && m_text[m_words[k - 2].range.start] == u'.'
        && !previous.spaceBefore) {
        return true; // the last point of "a.m." or "U.S."
    }
    if (previous.range.length() == 1 && k + 2 < m_words.size() && m_words[k + 1].range.length() == 1 && !m_words[k + 1].spaceBefore
        && m_words[k + 2].kind == ScannedWord::Kind::Punctuation && m_text[m_words[k + 2].range.start] == u'.') {
        return true; // the first point of "U.S." or "a.m."
    }
    if (timeLexeme(m_text.mid(previous.range.start, previous.range.length())).abbreviation) {
        return true; // "Sept. 27"
    }
    return k + 1 < m_words.size() && m_words[k + 1].kind == ScannedWord::Kind::Letters && !m_words[k + 1].capitalised;
}

// Whether no sentence ends in words [from, to): a full stop ends one when a capitalised word
// follows and it does not close an abbreviation ("Oct.", "U.S.") or an initial.
// Whether word k (after the first, before the last) ends its sentence: "!" or "?", or a full
// stop before a capital that closes no initial and no abbreviation ("Jan.").
bool TimeResolver::endsSentenceAt(int k) const
{
    const ScannedWord &w = m_words[k];
    if (w.kind != ScannedWord::Kind::Punctuation) {
        return false;
    }
    const QChar c = m_text[w.range.start];
    if (c == u'!' || c == u'?') {
        return true;
    }
    if (c != u'.' || !m_words[k + 1].capitalised) {
        return false;
    }
    const ScannedWord &previous = m_words[k - 1];
    return previous.range.length() != 1 && !timeLexeme(m_text.mid(previous.range.start, previous.range.length())).abbreviation;
}

bool TimeResolver::sameSentence(int from, int to) const
{
    if (to - from > 80) {
        return false; // longer than any sentence: the scan stays short
    }
    // "August 21, 2024" on a line of its own over the first paragraph: a paragraph's end ends a
    // sentence, full stop or not.
    if (from >= 0 && to < m_words.size() && from < to && paragraphIndex(m_words[from].range.start) != paragraphIndex(m_words[to].range.start)) {
        return false;
    }
    for (int k = std::max(from, 1); k < to && k + 1 < m_words.size(); ++k) {
        if (endsSentenceAt(k)) {
            return false;
        }
    }
    return true;
}

// "will stay in charge for the games against Chelsea on Sunday, PAOK on Thursday and Leicester
// City on Nov. 10": a time listed after one the sentence looks ahead to, with no verb of its own
// between them, lies ahead too.
bool TimeResolver::listedAfterComing(const ResolvedTime &before, const TimeMention &mention) const
{
    const bool coming = before.future || (m_published.isValid() && before.date.earliest.isValid() && before.date.earliest > m_published);
    if (!coming || mention.firstWord - before.mention.endWord > 8 || !sameSentence(before.mention.endWord, mention.firstWord)) {
        return false;
    }
    bool joined = false;
    for (int k = before.mention.endWord; k < mention.firstWord; ++k) {
        const QStringView w = wordText(k);
        if (looksPastTense(w) || isOneOf(w, {u"said", u"says", u"after", u"before", u"since", u"but"})) {
            return false;
        }
        joined = joined || w == u"," || equalsLower(w, u"and");
    }
    return joined;
}

// Whether word `to` is in the sentence of word `from` or the one right after it (`from` may be
// the full stop that ends its sentence).
bool TimeResolver::withinNextSentence(int from, int to) const
{
    if (to - from > 120) {
        return false;
    }
    int sentences = 0;
    for (int k = std::max(from, 1); k < to && k + 1 < m_words.size(); ++k) {
        if (endsSentenceAt(k) && ++sentences > 1) {
            return false;
        }
    }
    return true;
}

bool TimeResolver::toldBySaying(const TimeMention &mention) const
{
    // Between the verb and the day only the words of where and how it was said: "said in a
    // statement on Thursday", "told reporters late Wednesday".
    for (int k = mention.firstWord - 1; k >= 0 && k >= mention.firstWord - 5; --k) {
        const QStringView word = wordText(k);
        if (isOneOf(word, {u"said", u"says", u"told", u"announced", u"added", u"confirmed", u"stated"})) {
            return true;
        }
        if (!isOneOf(word, {u"on", u"late", u"early", u"reporters", u"journalists", u"in", u"a", u"statement", u"at", u"briefing", u"news", u"conference"})) {
            return false;
        }
    }
    return false;
}

bool TimeResolver::pastVerbAt(int k) const
{
    // (A verb of saying tells only that something was said, which any day may hold.)
    return k >= 1 && k < m_words.size() && m_words[k].kind == ScannedWord::Kind::Letters && !m_words[k].capitalised && m_words[k].range.length() > 3
        && looksPastTense(wordText(k)) && !isDeterminer(wordText(k - 1))
        && !isOneOf(wordText(k), {u"said", u"told", u"added", u"wrote", u"stated", u"announced", u"confirmed", u"reported", u"asked"});
}

int TimeResolver::clockClauseVerb(const TimeMention &clock) const
{
    for (int k = clock.endWord; k < clock.endWord + 10 && k + 1 < m_words.size() && !endsSentenceAt(k); ++k) {
        if (pastVerbAt(k)) {
            return k;
        }
    }
    for (int k = clock.firstWord - 1; k >= 1 && k >= clock.firstWord - 10 && !endsSentenceAt(k); --k) {
        if (pastVerbAt(k)) {
            return k;
        }
    }
    return -1;
}

const ResolvedTime *TimeResolver::dayToldWithVerb(int verb, const TimeMention &clock, const QList<ResolvedTime> &resolved) const
{
    const QStringView told = wordText(verb);
    for (qsizetype t = resolved.size() - 1; t >= 0 && t >= resolved.size() - 40; --t) {
        const ResolvedTime &candidate = resolved[t];
        if (candidate.date.granularity != G::Day || !candidate.date.earliest.isValid() || candidate.mention.kind == TimeMention::Kind::Order
            || candidate.planVerb >= 0 || candidate.future || candidate.mention.datesNothing || sameSentence(candidate.mention.firstWord, clock.firstWord)) {
            continue;
        }
        // The candidate's own sentence, a bounded walk either way from it.
        for (int k = candidate.mention.firstWord - 1; k >= 1 && k >= candidate.mention.firstWord - 30 && !endsSentenceAt(k); --k) {
            if (sameWord(wordText(k), told)) {
                return &candidate;
            }
        }
        for (int k = candidate.mention.endWord; k < candidate.mention.endWord + 30 && k + 1 < m_words.size() && !endsSentenceAt(k); ++k) {
            if (sameWord(wordText(k), told)) {
                return &candidate;
            }
        }
    }
    return nullptr;
}

bool TimeResolver::restatesClockOf(const ResolvedTime &before, const TimeMention &mention) const
{
    return mention.hour >= 0 && before.mention.hour >= 0 && before.mention.endWord == mention.firstWord - 1 && wordText(mention.firstWord - 1) == u"(";
}

QDate TimeResolver::dayOnClockOf(const TimeMention &clock, const ResolvedTime &restating)
{
    const QDate day = restating.date.earliest;
    const std::optional<int> theirs = zoneOffsetSeconds(restating.mention.zone, day);
    const std::optional<int> ours = zoneOffsetSeconds(clock.zone, day);
    if (restating.date.granularity != G::Day || !day.isValid() || !theirs || !ours) {
        return {};
    }
    const int minutesInto = restating.mention.hour * 60 + restating.mention.minute + (*ours - *theirs) / 60;
    const int dayShift = minutesInto < 0 ? -1 : (minutesInto >= 24 * 60 ? 1 : 0);
    const int ourMinutes = minutesInto - dayShift * 24 * 60;
    if (ourMinutes / 60 != clock.hour || ourMinutes % 60 != clock.minute) {
        return {}; // not the same moment after all
    }
    return day.addDays(dayShift);
}

QList<ResolvedTime> TimeResolver::resolve(const QList<TimeMention> &mentions)
{
    QList<ResolvedTime> resolved;
    resolved.reserve(mentions.size());
    m_paragraph = -1;
    m_paragraphDay = {};
    m_narrative = {};
    m_narrativeParagraph = -1;
    m_narrativeWord = -1;
    m_narrativeNamesNoun = false;
    m_narrativeSaid = false;
    m_lastYear = 0;
    m_dateHeadings = dateHeadings(mentions);
    m_section = -1;
    m_sectionDate = {};
    int currentParagraph = -2;
    int narrativeWord = -1; // the word after the mention that set the narrative's date
    QDate lastDay; // the last day the text has named, for an hour told after a month or a year
    QDate storyDay; // the last day named that was not only the day of a saying
    int restatedClockWord = -1; // the word after a clock restating the one before it in brackets
    int nounDateWord = -1; // the word after the last date inside an of-phrase ("of an Oct. 14 call")
    QDate dayBeforeNounDate; // the paragraph's day before that date set it
    QDate thisWeeksDay[8]; // by weekday (1..7): the day a bare weekday was read as against the time of writing
    QDate sectionDay; // the day a line of its own last named ("Thursday, Sept. 26" over a live blog's entries)
    std::pair<QDate, QDate> weekdaySection; // the days a line of weekdays after it heads ("Saturday and Sunday")
    int weekdaySectionParagraph = -1;
    for (const TimeMention &m : mentions) {
        const int paragraph = paragraphOf(m.range.start);
        if (paragraph != currentParagraph) {
            currentParagraph = paragraph;
            m_paragraphDay = {};
            m_paragraphDayOpens = false;
        }
        Outlook side = outlook(m);
        if (side == Outlook::Unmarked) {
            side = openingOutlook(m);
        }
        if (side == Outlook::Unmarked && !resolved.isEmpty() && listedAfterComing(resolved.last(), m)) {
            side = Outlook::Ahead;
        }
        ResolvedTime r{m, {}, side == Outlook::Ahead};
        if (planOutlook(m, &r.planVerb) == Outlook::Unmarked) {
            r.planVerb = -1;
        }
        // "set sentencing for July 11 at 10 a.m.": the hour of a planned day is planned too.
        if (m.hour >= 0 && !resolved.isEmpty() && resolved.last().planVerb >= 0 && m.firstWord >= 1 && m.firstWord - resolved.last().mention.endWord <= 1
            && m.firstWord >= resolved.last().mention.endWord
            && (m.firstWord == resolved.last().mention.endWord || isOneOf(wordText(m.firstWord - 1), {u"at", u","}))) {
            r.planVerb = resolved.last().planVerb;
        }
        // "On Tuesday, Nov. 25, Bloomberg published a transcript of the Oct. 14 call. Ushakov said
        // the next day ...": a date naming a noun after the sentence has told its own date looks
        // back; the story stays where the sentence put it.
        const bool aside = narrativeWord >= 0 && namesANoun(m) && sameSentence(narrativeWord, m.firstWord);
        switch (m.kind) {
        case TimeMention::Kind::Date:
            r.date = resolveDate(m, side);
            if (ResolvedTime *told = resolved.isEmpty() ? nullptr : &resolved.last(); told
                && (told->mention.kind == TimeMention::Kind::Anaphoric || told->mention.kind == TimeMention::Kind::Deictic) && r.date.isDated()
                && restatesMonth(m_text.mid(told->mention.range.end, m.range.start - told->mention.range.end).trimmed())) {
                if (m.year == 0 && m.day == 0 && m.yearRelation == 0 && m.spanMonth == 0 && m.month > 0 && told->date.earliest.isValid()
                    && told->date.earliest.month() == m.month && (told->date.granularity == G::Month || told->date.granularity == G::Day)) {
                    // "Two months later, in March": the month restates the date just counted to.
                    r.date = monthValue(told->date.earliest.year(), m.month, m.part);
                } else {
                    // "Three years later, in July 2021": the date written out says what the count meant.
                    told->date = r.date;
                }
            }
            if (m.year > 0) {
                m_lastYear = m.year;
            }
            if (r.date.granularity == G::Day && r.date.earliest.isValid() && !aside) {
                // "a recording of an Oct. 14 call": the date of what another thing is of.
                const bool inNoun = namesANoun(m) && wordText(m.firstWord - 2).compare(u"of"_s, Qt::CaseInsensitive) == 0;
                dayBeforeNounDate = inNoun ? m_paragraphDay : QDate();
                nounDateWord = inNoun ? m.endWord : -1;
                m_paragraphDay = r.date.earliest;
                // "June 18: The Titan begins its descent on Sunday morning": a day that opens its
                // entry is the day the entry's own weekday restates.
                const QStringView before = m_text.mid(paragraphRange(m.range.start).start, m.range.start - paragraphRange(m.range.start).start);
                m_paragraphDayOpens = std::none_of(before.cbegin(), before.cend(), [](QChar c) { return c.isLetterOrNumber(); });
                if (m.hour < 0 && aloneOnItsLine(m)) {
                    sectionDay = r.date.earliest;
                    weekdaySection = {};
                }
            }
            break;
        case TimeMention::Kind::Weekday: {
            // "Bloomberg published a recording of an Oct. 14 call on Tuesday": the date inside the
            // of-phrase names the call; the verb's own weekday is read as if it were not there.
            const bool verbsDay = nounDateWord >= 0 && !namesANoun(m) && sameSentence(nounDateWord, m.firstWord)
                && wordText(m.firstWord - 1).compare(u"on"_s, Qt::CaseInsensitive) == 0;
            const QDate paragraphDay = m_paragraphDay;
            if (verbsDay) {
                m_paragraphDay = dayBeforeNounDate;
            }
            // "adjourned on Tuesday ... The trial opened on Nov. 10. The judge told the jury on
            // Tuesday morning": news names by weekday only the days of its own week, so a weekday
            // already read in that week keeps its day beside an older date.
            const QDate known = m.direction == 0 ? thisWeeksDay[m.weekday] : QDate();
            const bool olderAnchor = m_paragraphDay.isValid() && m_published.isValid() && m_paragraphDay < m_published.addDays(-7);
            // "Friday, Nov. 17 / ... / Saturday and Sunday / Investors pushed ... On Sunday he
            // came": a timeline's line of weekdays heads the days after the last day a line
            // named, and a weekday in its section is one of those days.
            const bool sectionHeading = m.direction == 0 && sectionDay.isValid() && weekdaysLine(mentions, &m - mentions.data());
            const QDate inSection = m.direction == 0 && !m_paragraphDay.isValid() && weekdaySection.first.isValid()
                ? weekdaySection.first.addDays((m.weekday - weekdaySection.first.dayOfWeek() + 7) % 7)
                : QDate();
            const bool inSectionDays = inSection.isValid() && inSection <= weekdaySection.second;
            if (sectionHeading) {
                const int ahead = (m.weekday - sectionDay.dayOfWeek() + 7) % 7;
                r.date = dayValue(sectionDay.addDays(ahead == 0 ? 7 : ahead));
                weekdaySection = {paragraph == weekdaySectionParagraph ? weekdaySection.first : r.date.earliest, r.date.earliest};
                weekdaySectionParagraph = paragraph;
                sectionDay = r.date.earliest;
            } else if (inSectionDays) {
                r.date = dayValue(inSection);
            } else if (known.isValid() && olderAnchor && (side == Outlook::Unmarked || side == Outlook::Past)) {
                r.date = dayValue(known);
            } else {
                r.date = resolveWeekday(m, side);
            }
            if (m.direction == 0 && !m_paragraphDay.isValid() && r.date.earliest.isValid() && !sectionHeading && !inSectionDays) {
                thisWeeksDay[m.weekday] = r.date.earliest;
            }
            if (verbsDay) {
                m_paragraphDay = paragraphDay;
            }
            break;
        }
        case TimeMention::Kind::Deictic:
            if (m.hour >= 0 && m.offset == 0 && sectionDay.isValid()) {
                // "Thursday, Sept. 26" then "6:45 p.m. - Winds are picking up": a live blog's
                // stamps are of the day the line over them names, not of the day it was last updated.
                r.date = dayValue(sectionDay);
            } else if (m.eitherSide && m_published.isValid()) {
                // "over the weekend" in a past clause is the last one (this one when written on it);
                // so is "had recovered by the weekend", though "by" alone looks ahead.
                TimeMention weekend = m;
                const bool pastClause = side == Outlook::Past || side == Outlook::BoundPast;
                const bool ahead = (m.direction == 1 && !pastClause) || side == Outlook::Ahead || side == Outlook::Bound;
                weekend.offset = ahead || m_published.dayOfWeek() >= 6 ? 0 : -1;
                r.date = resolveRelative(weekend, m_published, G::Day);
            } else {
                r.date = resolveRelative(m, m_published, G::Day);
            }
            break;
        case TimeMention::Kind::Anaphoric:
            if (m.offset == 0 && m.wholeUnit && m.hour < 0 && (side == Outlook::Ahead || side == Outlook::Bound) && m_published.isValid()
                && m_narrative.earliest.isValid() && m_narrative.earliest < m_published && m.unit != TimeUnit::Day) {
                // "The FAA restricted flights on Jan. 31. It plans to publish new charts by the
                // end of the month": a month still to come is the one of writing, not one gone.
                r.date = resolveRelative(m, m_published, G::Day);
            } else if (m_narrative.earliest.isValid()) {
                const QDate anchor = m.bound > 0 ? m_narrative.earliest : m_narrative.earliest;
                r.date = resolveRelative(m, anchor, m_narrative.granularity);
                if (m.offset == 0 && m.wholeUnit && m_narrative.granularity == G::Day && m.bound != 0) {
                    // "later that year" starts after the day the narrative is at.
                    if (m.bound > 0) {
                        r.date.earliest = m_narrative.earliest.addDays(1);
                    } else {
                        r.date.latest = m_narrative.earliest.addDays(-1);
                    }
                }
                if (m.offset == 0 && !m.wholeUnit && m.hour >= 0 && side == Outlook::Ahead && m_narrative.granularity == G::Day && m_published.isValid()
                    && m_narrative.earliest < m_published) {
                    // "The jets collided at 2048 ET Wednesday. / The airport is set to reopen at
                    // 11 a.m.": an hour still to come is of the day of writing, not of a day gone.
                    r.date = dayValue(m_published);
                } else if (const ResolvedTime *told = m.offset == 0 && !m.wholeUnit && m.hour >= 0 && !m_paragraphDay.isValid()
                            && (side == Outlook::Past || side == Outlook::Unmarked) && clockClauseVerb(m) >= 0
                        ? dayToldWithVerb(clockClauseVerb(m), m, resolved)
                        : nullptr;
                    told && told->date.earliest != m_narrative.earliest) {
                    // "The jets collided on Jan. 29. On Friday, the FAA banned the route. / At 8:47
                    // p.m. the tower called. Shortly before 8:48 p.m. the two aircraft collided":
                    // the hour of a happening already dated is of its day, and so are the hours
                    // told before it in its paragraph, which the narrative put on another day.
                    const QDate day = told->date.earliest;
                    for (qsizetype b = resolved.size() - 1; b >= 0 && paragraphIndex(resolved[b].mention.range.start) == paragraph; --b) {
                        ResolvedTime &before = resolved[b];
                        if (before.mention.kind == TimeMention::Kind::Anaphoric && before.mention.hour >= 0 && before.date.earliest == m_narrative.earliest) {
                            before.date = dayValue(day);
                        }
                    }
                    r.date = dayValue(day);
                } else if (m.offset == 0 && !m.wholeUnit && m.hour >= 0 && m_narrativeSaid && storyDay.isValid() && storyDay <= m_narrative.earliest
                    && storyDay.daysTo(m_narrative.earliest) <= 7 && (side == Outlook::Past || side == Outlook::Unmarked)) {
                    // "The jet crashed on Wednesday night. Officials said on Thursday there were no
                    // survivors. / It struck the helicopter shortly before 9 p.m.": a day named for
                    // the telling is not the day the story's hours are of.
                    r.date = dayValue(storyDay);
                } else if (m.offset == 0 && !m.wholeUnit && m_narrative.granularity == G::Day) {
                    r.date = dayValue(m_narrative.earliest); // "that day", "the same day"
                } else if (m.offset == 0 && !m.wholeUnit && m.hour >= 0 && lastDay.isValid()) {
                    // "won on Tuesday night, handing the party its first win since last November.
                    // The AP called the race at 7:58 p.m.": an hour is of the last day told.
                    r.date = dayValue(lastDay);
                }
                // "Two weeks later, on Tuesday": the weekday is read in the week the story moved to.
                if (m.offset != 0 && (r.date.granularity == G::Day || r.date.granularity == G::Week)) {
                    m_paragraphDay = r.date.latest.isValid() ? r.date.latest : r.date.earliest;
                }
            } else if (m.unit != TimeUnit::Decade || m.offset == 0) {
                // ("over the following decade" with no date told before counts from nothing known.)
                r.date = resolveRelative(m, m_published, G::Day);
            }
            if (m.part != 0 && r.date.isDated()) {
                const QStringView opening = m_text.mid(m.range.start, std::min(16, m.range.length()));
                if (m.unit == TimeUnit::Year && r.date.earliest.isValid()
                    && (opening.contains(u"end"_s) || opening.contains(u"start"_s) || opening.contains(u"beginning"_s))) {
                    // "by the end of the year" is its last month, "the start of the year" its first.
                    r.date = monthValue(r.date.earliest.year(), m.part == 3 ? 12 : 1);
                } else {
                    narrow(r.date, m.part); // "the end of the month", "the end of the decade"
                }
            }
            break;
        case TimeMention::Kind::Order:
            if (m.offset != 0 && m.beforeNoun && !resolved.isEmpty() && resolved.last().date.isDated()
                && restates(m_text.mid(resolved.last().mention.range.end, m.range.start - resolved.last().mention.range.end).trimmed())) {
                // "on Oct. 14, five days after the Gaza ceasefire": the phrase restates the date.
                r.date = resolved.last().date;
            } else if (const TimeMention *inside
                = m.offset != 0 && m.beforeNoun ? (datedNounAfter(m, mentions) ? datedNounAfter(m, mentions) : datedClauseAfter(m, mentions)) : nullptr) {
                // "two days after the October 14 call": counted from the date inside the noun.
                const DateValue from = resolveDate(*inside, Outlook::Unmarked);
                // ("two months before the 2016 election" is no month of its own.)
                if (from.earliest.isValid() && (from.granularity != G::Year || m.unit == TimeUnit::Year || m.unit == TimeUnit::Decade)) {
                    r.date = resolveRelative(m, from.earliest, from.granularity);
                }
            } else if (const int verb = m.offset != 0 && m.beforeNoun ? clauseVerbAfter(m) : -1; verb >= 0) {
                // "three weeks after he kissed her": counted from the day the story told that
                // happening on; a happening told with no day gives no date (the narrative's day
                // may be only the time of writing).
                const bool past = wordText(verb).endsWith(u"ed"_s) || looksPastTense(wordText(verb));
                if (const ResolvedTime *anchor = past ? lastDateNaming({wordText(verb)}, m, resolved) : nullptr) {
                    r.date = resolveRelative(m, anchor->date.earliest, anchor->date.granularity);
                }
            } else if (const ResolvedTime *anchor = m.offset != 0 && m.beforeNoun ? namedAnchor(m, resolved) : nullptr) {
                // "two days after the envoy's call": counted from the date told with the call.
                r.date = resolveRelative(m, anchor->date.earliest, anchor->date.granularity);
            } else if (m.offset == 0 && !m.beforeNoun && m.direction == 1 && (m.unit == TimeUnit::Hour || m.unit == TimeUnit::Minute)
                && m_narrative.granularity == G::Day && m_narrative.earliest.isValid()) {
                // "was arrested on Monday. Hours later, prosecutors charged him": a few hours on
                // from a day told is, as news tells it, that day.
                r.date = dayValue(m_narrative.earliest);
            } else if (m.offset != 0 && m.beforeNoun && m_narrative.earliest.isValid() && !narrativeMissesClause(m)
                && (m_narrativeWord < 0 || withinNextSentence(m_narrativeWord, m.firstWord))) {
                // "two years after the flood": counted from the date the narrative is at, which
                // is, in news, almost always the date of the event just named. A date told
                // sentences before names another ("In November 1979 the embassy was seized. The
                // crisis lasted 444 days. Four years after his victory, he lost").
                r.date = resolveRelative(m, m_narrative.earliest, m_narrative.granularity);
            }
            // "had gone back to work two months after the collapse", written before those two
            // months were up: the anchor found was the wrong one, and no date beats a wrong one.
            if (side == Outlook::Past && m_published.isValid() && r.date.earliest.isValid() && r.date.earliest > m_published) {
                r.date = {};
            }
            break;
        case TimeMention::Kind::Duration:
            break;
        }
        if (r.date.granularity == G::Day && r.date.earliest.isValid() && m_published.isValid() && r.date.earliest < m_published && sinceUntilNow(m)) {
            r.date.latest = m_published; // "has cancelled 5,000 flights since Friday": from Friday to now
        }
        if (m.count > 1 && r.date.granularity == G::Day && r.date.earliest.isValid()) {
            // "the following two days" ends a day before its count is up from where it starts.
            r.date.latest = r.date.earliest.addDays(m.count - 1);
        }
        // "What happened in the early hours of March 26": a heading that takes the story back to
        // a written day sets where its section is; one that moves on only names what comes.
        const bool heading = paragraph >= 0 && paragraph < m_headings.size() && m_headings[paragraph] && !m_dateHeadings[paragraph]
            && !(m.kind == TimeMention::Kind::Date && m.day > 0 && r.date.granularity == G::Day && r.date.earliest.isValid() && m_narrative.earliest.isValid()
                && r.date.earliest < m_narrative.earliest);
        // "On May 30 the judge set sentencing for July 11. The next day ...": the story stays at
        // the deciding; the day a plan names is not a day the story has reached.
        // ("a bill to fund the government through Nov. 21. The Senate rejects it the same day":
        // nor is the day a thing lasts until.)
        const bool plan = side == Outlook::Fixed || side == Outlook::Either || side == Outlook::Bound || side == Outlook::BoundPast;
        if (paragraph >= 0 && m_dateHeadings.value(paragraph) && paragraph != m_section && r.date.isDated() && r.date.earliest.isValid()) {
            m_section = paragraph;
            m_sectionDate = r.date;
        }
        // "at about 8:48 p.m. EST (0148 GMT Thursday)": the day on the other clock says which
        // day the first clock's hour was of, and the story stays at that moment.
        // (The day written after the other clock, "Thursday", is of that clock only.)
        const bool restatingDay = m.datesNothing && restatedClockWord >= 0 && m.firstWord - restatedClockWord <= 1;
        const bool restating = restatingDay || (!resolved.isEmpty() && restatesClockOf(resolved.last(), m));
        restatedClockWord = restating && !restatingDay ? m.endWord : -1;
        if (restating && !restatingDay && resolved.last().mention.kind == TimeMention::Kind::Anaphoric) {
            if (const QDate day = dayOnClockOf(resolved.last().mention, r); day.isValid() && r.date.earliest.isValid()) {
                resolved.last().date = dayValue(day);
                m_narrative = resolved.last().date;
                m_narrativeSaid = false;
                lastDay = day;
                storyDay = day;
            }
        }
        if (r.date.isDated() && r.date.earliest.isValid() && !heading && !aside && !plan && !restating) {
            m_narrative = r.date;
            m_narrativeSaid = r.date.granularity == G::Day && toldBySaying(m);
            m_narrativeParagraph = paragraph;
            narrativeWord = m.endWord;
            m_narrativeWord = m.endWord;
            m_narrativeNamesNoun = namesANoun(m);
        }
        if (r.date.granularity == G::Day && r.date.earliest.isValid() && !heading && !aside && !plan && !restating) {
            lastDay = r.date.earliest;
            storyDay = m_narrativeSaid ? storyDay : r.date.earliest;
        }
        resolved.append(r);
    }
    datePhrasesByTheirMainClause(resolved, mentions);
    joinRanges(resolved);
    return resolved;
}

// "Four days after Milton came ashore, a million homes were without power on Sunday": a
// counting phrase with nothing told before to count from is dated by the day its main clause
// tells, after the comma (the events count the happening back from it). That day is resolved
// after the phrase, so this is a pass of its own.
void TimeResolver::datePhrasesByTheirMainClause(QList<ResolvedTime> &resolved, const QList<TimeMention> &mentions) const
{
    for (ResolvedTime &r : resolved) {
        const TimeMention &m = r.mention;
        if (m.kind != TimeMention::Kind::Order || m.offset == 0 || !m.beforeNoun || r.date.isDated()) {
            continue;
        }
        if (const TimeMention *main = mainClauseDayAfter(m, mentions)) {
            if (const ResolvedTime &day = resolved[main - mentions.data()]; day.date.granularity == G::Day && day.date.earliest.isValid()) {
                r.date = day.date;
            }
        }
    }
}

// "from 2016 to 2022", "between March 2018 and October 2021", "2019-2021": the first date spans
// the range (its value stays as written), the second dates nothing of its own.
void TimeResolver::joinRanges(QList<ResolvedTime> &resolved) const
{
    for (int i = 1; i < int(resolved.size()); ++i) {
        ResolvedTime &first = resolved[i - 1];
        ResolvedTime &second = resolved[i];
        const auto dayOrDate = [](const ResolvedTime &t) {
            return t.mention.kind == TimeMention::Kind::Date || (t.mention.kind == TimeMention::Kind::Weekday && t.date.granularity == G::Day);
        };
        if (!dayOrDate(first) || !dayOrDate(second) || !first.date.latest.isValid() || !second.date.latest.isValid() || second.date.latest <= first.date.latest
            || first.mention.firstWord < 1) {
            continue;
        }
        const QStringView gap = m_text.mid(first.mention.range.end, second.mention.range.start - first.mention.range.end).trimmed();
        const ScannedWord &opener = m_words[first.mention.firstWord - 1];
        const QStringView before = m_text.mid(opener.range.start, opener.range.length());
        const bool dates = first.mention.kind == TimeMention::Kind::Date && second.mention.kind == TimeMention::Kind::Date;
        // ("moved the hearing from 18 September to 26 November" names two plans, not a span.)
        const bool fromTo
            = dates && isOneOf(before, {u"from"}) && isOneOf(gap, {u"to", u"until", u"through", u"till"}) && planOutlook(first.mention) != Outlook::Either;
        const bool between = dates && isOneOf(before, {u"between"}) && gap == u"and";
        // "2000 to 2015" as a timeline's heading: its section spans the years.
        const bool headingSpan = dates && m_dateHeadings.value(paragraphIndex(first.mention.range.start))
            && isOneOf(gap, {u"to", u"until", u"through", u"-", u"\u2013", u"\u2014"});
        // "On Tuesday and again on Wednesday, a plane picked up noises", "heard on Tuesday and
        // Wednesday": one telling over the days of one week.
        const bool days = first.mention.kind == TimeMention::Kind::Weekday && second.mention.kind == TimeMention::Kind::Weekday
            && isOneOf(gap, {u"and", u"and on", u"and again on", u"and again"}) && first.date.earliest.daysTo(second.date.earliest) <= 6;
        // "1971-1975: Serves as governor": a dated list's entry that opens with a span of years.
        const bool entrySpan = dates && first.mention.day == 0 && second.mention.day == 0 && isOneOf(gap, {u"-", u"\u2013", u"to"})
            && m_text.mid(second.mention.range.end).startsWith(u':') && opensItsLine(first.mention);
        if (fromTo || between || headingSpan || entrySpan || days) {
            first.date.latest = second.date.latest;
            second.mention.datesNothing = true;
        }
    }
}

} // namespace Sourceline
