// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timefinder.h"
#include "eventlexicon.h"
#include "wordmatch.h"
#include "wordshapes.h"

#include <QDate>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Sourceline::WordLiterals;

namespace Sourceline {

namespace {
using K = TimeLexeme::Kind;

// Reads the words of one text; every match function takes a word index and, on success,
// returns the mention with endWord set past its last word.
class TimeScanner
{
public:
    TimeScanner(QStringView text, const QList<ScannedWord> &words)
        : m_text(text)
        , m_words(words)
    {
        m_lexemes.reserve(words.size());
        for (const ScannedWord &word : words) {
            m_lexemes.append(word.kind == ScannedWord::Kind::Letters ? timeLexeme(text.mid(word.range.start, word.range.length())) : TimeLexeme{});
        }
    }

    QList<TimeMention> scan()
    {
        QList<TimeMention> mentions;
        int i = 0;
        const int n = int(m_words.size());
        while (i < n) {
            if (cannotOpen(i)) {
                ++i;
                continue;
            }
            std::optional<TimeMention> found = match(i);
            if (found) {
                if (found->firstWord < 0) {
                    found->firstWord = i;
                }
                found->range = {m_words[found->firstWord].range.start, m_words[found->endWord - 1].range.end};
                i = found->endWord;
                mentions.append(*found);
            } else {
                ++i;
            }
        }
        joinClockTimes(mentions);
        for (TimeMention &m : mentions) {
            m.datesNothing = m.datesNothing || comparedSince(m);
        }
        return mentions;
    }

private:
    // Most words of a text: a mark, or a lower-case word with no time lexeme that match() would
    // only test for "the", "noon", "midday" and "then" before giving up. Passed without the call.
    [[nodiscard]] bool cannotOpen(int i) const
    {
        const ScannedWord &w = m_words[i];
        if (w.kind == ScannedWord::Kind::Punctuation) {
            return true;
        }
        if (w.kind != ScannedWord::Kind::Letters || w.capitalised || m_lexemes[i].kind != K::None) {
            return false;
        }
        // The first letters of the five words let nearly every other word by without the list.
        const char16_t c = m_text[w.range.start].unicode();
        const char16_t first = (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
        if (first < 0x80 && first != u't' && first != u'n' && first != u'm' && first != u'f') {
            return true;
        }
        return !isOneOf(word(i), {u"the"_w, u"noon"_w, u"midday"_w, u"then"_w, u"fiscal"_w});
    }

    // A day that can take a time of day: "Oct. 14", "Tuesday", "yesterday", "that day".
    [[nodiscard]] static bool namesOneDay(const TimeMention &m)
    {
        if (m.hour >= 0) {
            return false;
        }
        switch (m.kind) {
        case TimeMention::Kind::Date:
            return (m.day > 0 || m.holiday != Holiday::None) && m.endDay == 0;
        case TimeMention::Kind::Weekday:
            return true;
        case TimeMention::Kind::Deictic:
        case TimeMention::Kind::Anaphoric:
            return m.unit == TimeUnit::Day && !m.wholeUnit;
        case TimeMention::Kind::Duration:
        case TimeMention::Kind::Order:
            break;
        }
        return false;
    }

    // Whether only the given little words (and commas) lie in words [from, to).
    [[nodiscard]] bool onlyLinks(int from, int to, std::initializer_list<QStringView> links) const
    {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; ++k) {
            if (!isPunct(k, u',') && !isOneOf(word(k), links)) {
                return false;
            }
        }
        return true;
    }

    // "Oct. 14 at 9:15 p.m.", "at 7am on Tuesday 11 March": the time of day is read on the day
    // beside it, never against another; each keeps its own words.
    static void onTheDayOf(TimeMention &clock, const TimeMention &day)
    {
        TimeMention dated = day;
        dated.firstWord = clock.firstWord;
        dated.endWord = clock.endWord;
        dated.range = clock.range;
        dated.hour = clock.hour;
        dated.minute = clock.minute;
        dated.zone = clock.zone;
        clock = dated;
    }

    // "11:10 p.m. EDT (0310 GMT)": the same moment told again on another clock, in brackets
    // right after the first.
    [[nodiscard]] bool restatesClock(const TimeMention &clock, const TimeMention &before) const
    {
        return clock.hour >= 0 && before.hour >= 0 && isPunct(clock.firstWord - 1, u'(') && before.endWord == clock.firstWord - 1;
    }

    void joinClockTimes(QList<TimeMention> &mentions) const
    {
        for (int i = 0; i < int(mentions.size()); ++i) {
            TimeMention &m = mentions[i];
            if (m.hour < 0 || m.kind != TimeMention::Kind::Anaphoric) {
                continue;
            }
            const bool restated = i > 0 && restatesClock(m, mentions[i - 1]);
            // "By 2 a.m. EDT (0600 GMT) on Friday": the day after the brackets is the first
            // clock's too.
            int next = i + 1;
            int gapStart = m.endWord;
            if (next < int(mentions.size()) && restatesClock(mentions[next], m) && isPunct(mentions[next].endWord, u')')) {
                gapStart = mentions[next].endWord + 1;
                ++next;
            }
            if (i > 0 && !restated && namesOneDay(mentions[i - 1])
                && onlyLinks(mentions[i - 1].endWord, m.firstWord,
                    {u"at"_w, u"around"_w, u"about"_w, u"shortly"_w, u"after"_w, u"before"_w, u"by"_w, u"from"_w, u"just"_w})) {
                onTheDayOf(m, mentions[i - 1]);
            } else if (next < int(mentions.size()) && namesOneDay(mentions[next]) && onlyLinks(gapStart, mentions[next].firstWord, {u"on"_w, u")"_w})) {
                // "(0310 GMT Friday)": a day inside the brackets only says when it was there.
                if (restated && next == i + 1 && isPunct(mentions[next].endWord, u')')) {
                    mentions[next].datesNothing = true;
                }
                onTheDayOf(m, mentions[next]);
            }
            m.datesNothing = m.datesNothing || restated;
        }
    }

    [[nodiscard]] int size() const { return int(m_words.size()); }
    [[nodiscard]] bool valid(int i) const { return i >= 0 && i < size(); }
    [[nodiscard]] QStringView word(int i) const { return valid(i) ? m_text.sliced(m_words[i].range.start, m_words[i].range.length()) : QStringView(); }
    [[nodiscard]] TimeLexeme lex(int i) const { return valid(i) ? m_lexemes[i] : TimeLexeme{}; }
    // The length decides first: most words asked about are not as long as the word sought.
    [[nodiscard]] bool is(int i, QStringView lower) const { return valid(i) && m_words[i].range.length() == lower.size() && equalsLower(word(i), lower); }
    [[nodiscard]] bool isPunct(int i, QChar c) const
    {
        return valid(i) && m_words[i].kind == ScannedWord::Kind::Punctuation && m_text[m_words[i].range.start] == c;
    }
    [[nodiscard]] bool isDash(int i) const { return isPunct(i, u'-') || isPunct(i, QChar(0x2013)) || isPunct(i, QChar(0x2010)); }
    [[nodiscard]] bool attached(int i) const { return valid(i) && !m_words[i].spaceBefore; }
    [[nodiscard]] bool digits(int i) const { return valid(i) && m_words[i].kind == ScannedWord::Kind::Digits; }
    [[nodiscard]] int number(int i) const { return digits(i) && m_words[i].range.length() <= 4 ? word(i).toInt() : -1; }

    // "14", "14th", "21st", "2nd", "3rd", or a spelled ordinal; -1 when not a day of the month.
    [[nodiscard]] int dayNumber(int i) const
    {
        if (!valid(i)) {
            return -1;
        }
        int value = -1;
        if (digits(i) && m_words[i].range.length() <= 2) {
            value = word(i).toInt();
        } else if (m_words[i].kind == ScannedWord::Kind::Alphanumeric) {
            const QStringView w = word(i);
            static const QStringView suffixes[] = {u"st"_w, u"nd"_w, u"rd"_w, u"th"_w};
            for (const QStringView suffix : suffixes) {
                if (w.size() >= 3 && w.size() <= 4 && w.endsWith(suffix, Qt::CaseInsensitive)) {
                    bool ok = false;
                    value = w.chopped(2).toInt(&ok);
                    if (!ok) {
                        value = -1;
                    }
                }
            }
        } else if (lex(i).kind == K::Ordinal) {
            value = lex(i).value;
        }
        return value >= 1 && value <= 31 ? value : -1;
    }

    [[nodiscard]] int yearNumber(int i) const
    {
        if (!digits(i) || m_words[i].range.length() != 4) {
            return -1;
        }
        const int value = word(i).toInt();
        return value >= 1800 && value <= 2199 ? value : -1;
    }

    // A month name that is really a month: capitalised, and "May"/"March" need company.
    [[nodiscard]] int monthAt(int i) const
    {
        const TimeLexeme l = lex(i);
        if (l.kind != K::Month || !m_words[i].capitalised) {
            return 0;
        }
        return l.value;
    }

    [[nodiscard]] bool prepositionBefore(int i) const
    {
        static const QStringView cues[] = {u"in"_w, u"since"_w, u"by"_w, u"until"_w, u"till"_w, u"during"_w, u"of"_w, u"from"_w, u"through"_w, u"throughout"_w,
            u"early"_w, u"late"_w, u"mid"_w, u"last"_w, u"next"_w, u"this"_w, u"that"_w, u"before"_w, u"after"_w, u"between"_w, u"around"_w, u"to"_w, u"into"_w,
            u"and"_w, u"earlier"_w, u"later"_w, u"for"_w};
        if (!valid(i)) {
            return false;
        }
        for (const QStringView cue : cues) {
            if (is(i, cue)) {
                return true;
            }
        }
        return false;
    }

    std::optional<TimeMention> match(int i)
    {
        const ScannedWord &w = m_words[i];
        if (w.kind == ScannedWord::Kind::Punctuation) {
            return std::nullopt;
        }
        if (w.kind == ScannedWord::Kind::Digits) {
            if (auto m = clockTime(i)) {
                return m;
            }
            if (auto m = numericDate(i)) {
                return m;
            }
            if (auto m = dayFirstDate(i)) {
                return m;
            }
            if (auto m = quantity(i)) {
                return m;
            }
            return yearAlone(i);
        }
        if (w.kind == ScannedWord::Kind::Alphanumeric) {
            if (auto m = monthSpan(i)) {
                return m;
            }
            if (auto m = decade(i)) {
                return m;
            }
            if (auto m = clockTime(i)) {
                return m;
            }
            return dayFirstDate(i);
        }
        const TimeLexeme l = std::as_const(m_lexemes)[i];
        switch (l.kind) {
        case K::Month:
            return monthDate(i, i, 0);
        case K::Weekday:
            return weekday(i);
        case K::Ordinal:
            if (auto m = dayFirstDate(i)) {
                return m;
            }
            return monthSpan(i);
        case K::Season:
            return monthSpan(i);
        case K::Deictic:
            return deicticDay(i);
        case K::Part:
            if (auto m = monthSpan(i)) {
                return m;
            }
            return partOf(i);
        case K::Last:
        case K::Next:
        case K::This:
            if (auto m = monthSpan(i)) {
                return m;
            }
            if (auto m = relativeUnit(i)) {
                return m;
            }
            return std::nullopt;
        case K::That:
            if (auto m = thatMonth(i)) {
                return m;
            }
            return anaphoricThat(i, i, 0);
        case K::Later:
        case K::Earlier:
            return orderWord(i);
        case K::Number:
        case K::Approximately:
            return quantity(i);
        case K::Unit:
            return bareUnits(i);
        default:
            break;
        }
        if (is(i, u"the"_w)) {
            if (auto m = monthSpan(i)) {
                return m;
            }
            return theRelative(i);
        }
        if (is(i, u"fiscal"_w)) {
            return fiscalYear(i);
        }
        if (auto m = namedDay(i)) {
            return m;
        }
        if (auto m = noon(i)) {
            return m;
        }
        if (is(i, u"then"_w) && thenIsTemporal(i)) {
            TimeMention m;
            m.kind = TimeMention::Kind::Order;
            m.direction = 1;
            m.endWord = i + 1;
            return m;
        }
        return std::nullopt;
    }

    // 2025-11-26, 11/26/2025, 26/11/2025
    std::optional<TimeMention> numericDate(int i)
    {
        if (!attached(i + 1) || !attached(i + 2) || !attached(i + 3) || !attached(i + 4) || !digits(i + 2) || !digits(i + 4)) {
            return std::nullopt;
        }
        TimeMention m;
        if (isDash(i + 1) && isDash(i + 3) && m_words[i].range.length() == 4) {
            m.year = number(i);
            m.month = number(i + 2);
            m.day = number(i + 4);
        } else if (isPunct(i + 1, u'/') && isPunct(i + 3, u'/')) {
            int first = number(i);
            int second = number(i + 2);
            m.year = number(i + 4);
            if (m_words[i + 4].range.length() == 2) {
                m.year += 2000;
            }
            // American order unless the first number cannot be a month.
            if (first > 12) {
                std::swap(first, second);
            }
            m.month = first;
            m.day = second;
        } else {
            return std::nullopt;
        }
        if (!QDate(m.year, m.month, m.day).isValid()) {
            return std::nullopt;
        }
        m.endWord = i + 5;
        return m;
    }

    // After a month at `monthWord`: "October 14", "Oct. 14, 2025", "Oct. 11 and 12", "October 21st",
    // "October 2025", or the month alone when a preposition introduces it.
    std::optional<TimeMention> monthDate(int first, int monthWord, int part)
    {
        const int month = monthAt(monthWord);
        if (month == 0) {
            return std::nullopt;
        }
        TimeMention m;
        m.month = month;
        m.part = part;
        int j = monthWord + 1;
        if (lex(monthWord).abbreviation) {
            if (!isPunct(j, u'.') || !attached(j)) {
                // "Oct 14" without the point is common, but a bare "Mar" is not a month.
                if (dayNumber(j) < 0) {
                    return std::nullopt;
                }
            } else {
                ++j;
            }
        }
        if (const int day = dayNumber(j); day > 0 && !(digits(j) && isPunct(j + 1, u'%'))) {
            m.day = day;
            ++j;
            // A range of days in the same month: "Oct. 11 and 12", "October 11-12", "11 to 14".
            const int link = j;
            if ((is(link, u"and"_w) || is(link, u"to"_w) || is(link, u"through"_w) || isDash(link)) && dayNumber(link + 1) > m.day
                && !isPunct(link + 2, u'%')) {
                m.endDay = dayNumber(link + 1);
                j = link + 2;
            }
            if (isPunct(j, u',') && yearNumber(j + 1) > 0) {
                m.year = yearNumber(j + 1);
                j += 2;
            } else if (yearNumber(j) > 0) {
                m.year = yearNumber(j);
                ++j;
            }
            if (!QDate(m.year > 0 ? m.year : 2024, m.month, m.day).isValid()) {
                return std::nullopt;
            }
            if (m.year == 0) {
                j = yearRelation(m, j);
            }
        } else if (yearNumber(j) > 0) {
            m.year = yearNumber(j);
            ++j;
        } else if (is(j, u"of"_w) && yearNumber(j + 1) > 0) {
            m.year = yearNumber(j + 1);
            j += 2;
        } else if (const int end = is(j, u"of"_w) ? yearRelation(m, j) : j; end != j) {
            j = end; // "in November of that year": the month of the year the story is at
        } else if (lex(monthWord).abbreviation) {
            return std::nullopt;
        } else if (part == 0 && !prepositionBefore(first - 1) && !monthBeforeNoun(first, j)) {
            return std::nullopt;
        }
        m.endWord = j;
        m.firstWord = first;
        return m;
    }

    // "an October call", "the February recess": a month naming when a thing happens. "May" is
    // left out: "the May government" names a prime minister.
    [[nodiscard]] bool monthBeforeNoun(int monthWord, int after) const
    {
        return (is(monthWord - 1, u"the"_w) || is(monthWord - 1, u"an"_w)) && valid(after) && m_words[after].kind == ScannedWord::Kind::Letters
            && !m_words[after].capitalised && lex(monthWord).value != 5 && lex(after).kind == K::None;
    }

    // Runs of months within a year: "last spring", "the autumn of 2022", "in late summer",
    // "the second quarter of 2020", "third-quarter results", "Q3 2025", "the first half of next
    // year". Without a year, a season needs a preposition ("in the summer") or last/this/next, a
    // quarter the adjective or Q form, and a half its year: "in the third quarter" and "the first
    // half" are parts of a match as often as of a year.
    std::optional<TimeMention> monthSpan(int i)
    {
        int k = i;
        const bool the = is(k, u"the"_w);
        if (the) {
            ++k;
        }
        int direction = 0;
        if (const TimeLexeme l = lex(k); l.kind == K::Last || l.kind == K::Next || l.kind == K::This) {
            if (the || is(k, u"past"_w) || is(k, u"previous"_w) || is(k, u"prior"_w) || is(k, u"preceding"_w)) {
                return std::nullopt; // "the last quarter" is a count from the end, not a date
            }
            direction = l.kind == K::Last ? -1 : (l.kind == K::Next ? 1 : 2);
            ++k;
        }
        int part = 0;
        if (lex(k).kind == K::Part && isOneOf(word(k), {u"early"_w, u"mid"_w, u"late"_w})) {
            part = lex(k).value;
            ++k;
            if (isDash(k)) {
                ++k;
            }
        }
        TimeMention m;
        bool adjective = false;
        bool quarter = false;
        bool half = false;
        // "Arab Spring", "Prague Spring": a capitalised season inside a sentence is a name. "the
        // fall of Kabul": "fall" is a season only beside a year or last/this/next/early/late.
        const bool sentenceStart = !valid(k - 1) || isPunct(k - 1, u'.');
        const bool fallSeason = !is(k, u"fall"_w) || direction != 0 || part != 0 || yearNumber(k + 1) > 0 || (is(k + 1, u"of"_w) && yearNumber(k + 2) > 0);
        if (lex(k).kind == K::Season && (!m_words[k].capitalised || sentenceStart) && fallSeason) {
            m.spanMonth = lex(k).value;
            m.spanMonths = 3;
            ++k;
        } else if (m_words.value(k).kind == ScannedWord::Kind::Alphanumeric && m_words[k].range.length() == 2 && word(k).front().toLower() == u'q'
            && word(k).back() >= u'1' && word(k).back() <= u'4') {
            m.spanMonth = 3 * (word(k).back().unicode() - u'1') + 1;
            m.spanMonths = 3;
            adjective = true; // "Q3" is as plain as "third-quarter"
            m.datesNothing = true;
            quarter = true;
            ++k;
        } else {
            int ordinal = lex(k).kind == K::Ordinal ? lex(k).value : 0;
            if (is(k, u"final"_w)) {
                ordinal = 4;
            }
            if (ordinal < 1 || ordinal > 4 || direction != 0) {
                return std::nullopt;
            }
            int unit = k + 1;
            adjective = isDash(unit) && attached(unit);
            if (adjective) {
                ++unit;
            }
            // "third-quarter profit", "results for the second quarter": what figures cover; "in
            // the first quarter of 2026" may date a visit.
            const bool figures = adjective || is(k - 1, u"for"_w) || (is(k - 1, u"the"_w) && is(k - 2, u"for"_w));
            if (is(unit, u"quarter"_w)) {
                m.spanMonth = 3 * (ordinal - 1) + 1;
                m.spanMonths = 3;
                m.datesNothing = figures;
                quarter = true;
            } else if (is(unit, u"half"_w) && ordinal <= 2) {
                m.spanMonth = ordinal == 1 ? 1 : 7;
                m.spanMonths = 6;
                m.datesNothing = figures;
                half = true;
            } else {
                return std::nullopt;
            }
            k = unit + 1;
        }
        m.part = part;
        m.firstWord = the ? i + 1 : i;
        if (is(k, u"of"_w) && yearNumber(k + 1) > 0) {
            m.year = yearNumber(k + 1);
            k += 2;
        } else if (yearNumber(k) > 0 && !is(k - 1, u"quarter"_w) && !is(k - 1, u"half"_w)) {
            m.year = yearNumber(k); // "summer 2024", "Q3 2025"
            ++k;
        } else if (const int end = yearRelation(m, k); end != k) {
            k = end; // "the first half of next year"
        } else if (direction != 0) {
            m.yearRelation = 2;
            m.direction = direction;
        } else if (quarter || half) {
            if (!adjective || half) {
                return std::nullopt;
            }
        } else if (!(part != 0 || prepositionBefore(i - 1) || is(i - 1, u"over"_w))) {
            return std::nullopt;
        }
        if (the && m.year == 0 && m.yearRelation == 0 && !prepositionBefore(i - 1) && !is(i - 1, u"over"_w)) {
            return std::nullopt; // "the summer was dry": a subject, not a time
        }
        m.endWord = k;
        return m;
    }

    // "fiscal 2026", "fiscal year 2026": a year of datesNothing, named by the year it ends in.
    std::optional<TimeMention> fiscalYear(int i)
    {
        int k = i + 1;
        if (is(k, u"year"_w)) {
            ++k;
        }
        const int year = yearNumber(k);
        if (year <= 0) {
            return std::nullopt;
        }
        TimeMention m;
        m.year = year;
        m.datesNothing = true;
        m.endWord = k + 1;
        return m;
    }

    // "of that year", "the following year", "of last year" after a date without its year.
    int yearRelation(TimeMention &m, int j) const
    {
        int k = j;
        if (is(k, u"of"_w)) {
            ++k;
        }
        const bool the = is(k, u"the"_w);
        if (the) {
            ++k;
        }
        const TimeLexeme l = lex(k);
        if (!is(k + 1, u"year"_w)) {
            return j;
        }
        if (l.kind == K::That && !the) {
            m.yearRelation = 1;
        } else if (the && (l.kind == K::That || l.kind == K::Next || l.kind == K::Last)) {
            m.yearRelation = 1;
            m.yearOffset = l.kind == K::Next ? 1 : (l.kind == K::Last ? -1 : 0);
        } else if (!the && (l.kind == K::Last || l.kind == K::Next || l.kind == K::This)) {
            m.yearRelation = 2;
            m.yearOffset = l.kind == K::Last ? -1 : (l.kind == K::Next ? 1 : 0);
        } else {
            return j;
        }
        return k + 2;
    }

    // "p.m.", "pm", "PM" at i: 12 for the afternoon, 0 for the morning, -1 when none; end is
    // set past the words read.
    [[nodiscard]] int meridiem(int i, int &end) const
    {
        if (!valid(i) || m_words[i].kind != ScannedWord::Kind::Letters) {
            return -1;
        }
        const QStringView w = word(i);
        if (equalsLower(w, u"am"_w) || equalsLower(w, u"pm"_w)) {
            end = i + 1;
            return w.front().toLower() == u'p' ? 12 : 0;
        }
        // "a.m." and "p.m." are scanned as "p" "." "m" ".".
        if ((equalsLower(w, u"a"_w) || equalsLower(w, u"p"_w)) && isPunct(i + 1, u'.') && attached(i + 1) && is(i + 2, u"m"_w) && attached(i + 2)) {
            end = isPunct(i + 3, u'.') && attached(i + 3) ? i + 4 : i + 3;
            return w.front().toLower() == u'p' ? 12 : 0;
        }
        return -1;
    }

    // The time zone written after a clock time ("GMT", "ET", "local time"), read into m.zone;
    // returns the word after it.
    int zoneAfter(TimeMention &m, int i) const
    {
        static const QStringView zones[] = {u"GMT"_w, u"UTC"_w, u"BST"_w, u"CET"_w, u"CEST"_w, u"EET"_w, u"EEST"_w, u"MSK"_w, u"ET"_w, u"EST"_w, u"EDT"_w,
            u"CT"_w, u"CST"_w, u"CDT"_w, u"MT"_w, u"MST"_w, u"MDT"_w, u"PT"_w, u"PST"_w, u"PDT"_w};
        if (!valid(i) || m_words[i].kind != ScannedWord::Kind::Letters) {
            return i;
        }
        for (const QStringView zone : zones) {
            if (word(i) == zone) {
                m.zone = zone.toString();
                return i + 1;
            }
        }
        // "5 a.m. Eastern time", "9 p.m. Pacific": the American zones by name, as "ET" and "PT";
        // a name going on ("Central Park") is a place.
        static const std::pair<QStringView, QStringView> namedZones[]
            = {{u"Eastern"_w, u"ET"_w}, {u"Central"_w, u"CT"_w}, {u"Mountain"_w, u"MT"_w}, {u"Pacific"_w, u"PT"_w}};
        for (const auto &[name, zone] : namedZones) {
            if (word(i) == name && (!valid(i + 1) || !m_words[i + 1].capitalised || is(i + 1, u"time"_w))) {
                m.zone = zone.toString();
                return is(i + 1, u"time"_w) ? i + 2 : i + 1;
            }
        }
        // "local time", "Kyiv time": the place's own clock, whose offset the text rarely gives.
        if (is(i + 1, u"time"_w) && (is(i, u"local"_w) || m_words[i].capitalised)) {
            return i + 2;
        }
        return i;
    }

    // "18:30", "9:15 p.m.", "14:32 GMT", "9pm", "9 a.m. ET". A time opening a line (a live-blog
    // entry) belongs to the day of writing; elsewhere to the day the narrative is at, unless a
    // date stands beside it (see joinClockTimes).
    std::optional<TimeMention> clockTime(int i)
    {
        int hour = -1;
        int minute = 0;
        int end = i + 1;
        int afternoon = -1;
        if (m_words[i].kind == ScannedWord::Kind::Alphanumeric) {
            // "9pm", "11am"
            const QStringView w = word(i);
            const QStringView suffix = w.last(std::min<qsizetype>(2, w.size()));
            if (w.size() < 3 || w.size() > 4 || (!equalsLower(suffix, u"am"_w) && !equalsLower(suffix, u"pm"_w))) {
                return std::nullopt;
            }
            bool ok = false;
            hour = w.chopped(2).toInt(&ok);
            if (!ok) {
                return std::nullopt;
            }
            afternoon = suffix.front().toLower() == u'p' ? 12 : 0;
        } else if (digits(i) && m_words[i].range.length() <= 2 && isPunct(i + 1, u':') && attached(i + 1) && attached(i + 2)) {
            hour = number(i);
            if (digits(i + 2) && m_words[i + 2].range.length() == 2) {
                minute = number(i + 2);
                end = i + 3;
                afternoon = meridiem(end, end);
            } else if (m_words[i + 2].kind == ScannedWord::Kind::Alphanumeric && word(i + 2).size() == 4) {
                // "9:15pm"
                const QStringView w = word(i + 2);
                bool ok = false;
                minute = w.first(2).toInt(&ok);
                if (!ok || (!equalsLower(w.last(2), u"am"_w) && !equalsLower(w.last(2), u"pm"_w))) {
                    return std::nullopt;
                }
                afternoon = equalsLower(w.last(2), u"pm"_w) ? 12 : 0;
                end = i + 3;
            } else {
                return std::nullopt;
            }
        } else if (TimeMention zoned; digits(i) && m_words[i].range.length() == 4 && zoneAfter(zoned, i + 1) == i + 2 && !zoned.zone.isEmpty()) {
            // "0310 GMT", "1500 UTC": the wires' 24-hour clock, known from the zone after it (a
            // year is never followed by one).
            const int value = number(i);
            hour = value / 100;
            minute = value % 100;
        } else if (digits(i) && m_words[i].range.length() <= 2) {
            // "9 p.m.": a bare hour needs its a.m. or p.m.
            hour = number(i);
            afternoon = meridiem(i + 1, end);
            if (afternoon < 0) {
                return std::nullopt;
            }
        } else {
            return std::nullopt;
        }
        if (afternoon >= 0) {
            if (hour < 1 || hour > 12) {
                return std::nullopt;
            }
            hour = hour % 12 + afternoon;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return std::nullopt;
        }
        TimeMention m;
        m.hour = hour;
        m.minute = minute;
        m.endWord = zoneAfter(m, end);
        const int start = m_words[i].range.start;
        const bool lineStart = start == 0 || m_text[start - 1] == u'\n';
        if (lineStart) {
            m.kind = TimeMention::Kind::Deictic;
        } else {
            // "that day" at the given hour.
            m.kind = TimeMention::Kind::Anaphoric;
            m.unit = TimeUnit::Day;
        }
        return m;
    }

    // "at noon", "by midday": noon of the day the narrative is at. "Midnight" is left alone: it
    // may close a day or open the next.
    std::optional<TimeMention> noon(int i)
    {
        if (!(is(i, u"noon"_w) || is(i, u"midday"_w))
            || !(is(i - 1, u"at"_w) || is(i - 1, u"by"_w) || is(i - 1, u"until"_w) || is(i - 1, u"before"_w) || is(i - 1, u"after"_w) || is(i - 1, u"around"_w)
                || is(i - 1, u"from"_w))) {
            return std::nullopt;
        }
        TimeMention m;
        m.kind = TimeMention::Kind::Anaphoric;
        m.unit = TimeUnit::Day;
        m.hour = 12;
        m.minute = 0;
        m.endWord = zoneAfter(m, i + 1);
        return m;
    }

    // "14 October 2025", "21st of October", "the 3rd of May"
    std::optional<TimeMention> dayFirstDate(int i)
    {
        const int day = dayNumber(i);
        if (day < 0) {
            return std::nullopt;
        }
        int j = i + 1;
        // "22-23 November", "3 to 5 March", "11 and 12 October": a run of days before the month.
        int endDay = 0;
        if (((isDash(j) && attached(j) && attached(j + 1)) || is(j, u"to"_w) || is(j, u"and"_w)) && digits(j + 1) && dayNumber(j + 1) > day
            && monthAt(j + 2) != 0) {
            endDay = dayNumber(j + 1);
            j += 2;
        }
        if (is(j, u"of"_w)) {
            ++j;
        }
        const int month = monthAt(j);
        if (month == 0 || (lex(j).abbreviation && !isPunct(j + 1, u'.'))) {
            return std::nullopt;
        }
        TimeMention m;
        m.day = day;
        m.endDay = endDay;
        m.month = month;
        j += lex(j).abbreviation ? 2 : 1;
        if (isPunct(j, u',') && yearNumber(j + 1) > 0) {
            m.year = yearNumber(j + 1);
            j += 2;
        } else if (yearNumber(j) > 0) {
            m.year = yearNumber(j);
            ++j;
        }
        if (!QDate(m.year > 0 ? m.year : 2024, m.month, m.day).isValid() || (endDay > 0 && !QDate(m.year > 0 ? m.year : 2024, m.month, endDay).isValid())) {
            return std::nullopt;
        }
        if (m.year == 0) {
            j = yearRelation(m, j); // "28 March next year", as "March 28 of that year"
        }
        m.endWord = j;
        return m;
    }

    // "the 1980s", "since the 1990s"
    std::optional<TimeMention> decade(int i)
    {
        const QStringView w = word(i);
        if (w.size() != 5 || !w.endsWith(u's') || (!w.startsWith(u'1') && !w.startsWith(u'2'))) {
            return std::nullopt;
        }
        bool ok = false;
        const int year = w.first(4).toInt(&ok);
        if (!ok || year % 10 != 0 || year < 1800 || year > 2190) {
            return std::nullopt;
        }
        TimeMention m;
        m.kind = TimeMention::Kind::Date;
        m.year = year;
        m.month = -1; // a decade: see the resolver
        m.firstWord = (is(i - 1, u"the"_w) || lex(i - 1).kind == K::Part) ? i - 1 : i;
        if (lex(i - 1).kind == K::Part) {
            m.part = lex(i - 1).value;
        }
        m.endWord = i + 1;
        return m;
    }

    // "1999" or "2000 to 2015" alone on a line, or before a colon that opens the line's entry:
    // a timeline's heading, whose years need no cue.
    [[nodiscard]] bool yearsLine(int i) const
    {
        const auto rangeWord
            = [this](int k) { return yearNumber(k) > 0 || isPunct(k, u'-') || isPunct(k, QChar(0x2013)) || isPunct(k, QChar(0x2014)) || is(k, u"to"_w); };
        const auto sameLine
            = [this](int from, int to) { return !m_text.sliced(m_words[from].range.end, m_words[to].range.start - m_words[from].range.end).contains(u'\n'); };
        int first = i;
        while (valid(first - 1) && sameLine(first - 1, first)) {
            if (!rangeWord(--first)) {
                return false;
            }
        }
        for (int k = i + 1; valid(k) && sameLine(k - 1, k); ++k) {
            // "1946: Graduates from the Naval Academy": a dated list's entry opens with its year.
            if (isPunct(k, u':')) {
                break;
            }
            if (!rangeWord(k)) {
                return false;
            }
        }
        const qsizetype lineStart = m_text.lastIndexOf(u'\n', m_words[first].range.start) + 1;
        return m_text.sliced(lineStart, m_words[first].range.start - lineStart).trimmed().isEmpty();
    }

    std::optional<TimeMention> yearAlone(int i)
    {
        const int year = yearNumber(i);
        if (year < 0) {
            return std::nullopt;
        }
        // Years need a cue, or "2,000 troops" style counts would become dates.
        const bool possessive = isPunct(i + 1, u'\'') || isPunct(i + 1, QChar(0x2019));
        // "a 2019 survey", "the 2022 invasion", "its 2023 report": a year before a noun.
        const bool determiner = is(i - 1, u"the"_w) || is(i - 1, u"a"_w) || is(i - 1, u"an"_w) || is(i - 1, u"its"_w) || is(i - 1, u"his"_w)
            || is(i - 1, u"her"_w) || is(i - 1, u"their"_w);
        const bool beforeNoun = valid(i + 1) && m_words[i + 1].kind == ScannedWord::Kind::Letters && !m_words[i + 1].capitalised && lex(i + 1).kind != K::Unit;
        // "the 2015 Boxing Day floods": the year says which Boxing Day.
        if (holidayAt(i + 1).first != Holiday::None) {
            if (auto m = namedDay(i + 1, year)) {
                m->firstWord = i;
                return m;
            }
        }
        if (!prepositionBefore(i - 1) && !possessive && !(determiner && (beforeNoun || is(i - 1, u"the"_w))) && !yearsLine(i)) {
            return std::nullopt;
        }
        if (determiner && (digits(i + 1) || lex(i + 1).kind == K::Unit)) {
            return std::nullopt;
        }
        TimeMention m;
        m.year = year;
        m.endWord = i + 1;
        // "breaking the 1916 record", "far short of its 1916 mark": the year says which record a
        // figure is measured against, not when anything told beside it happened ("the 1916
        // flood", "a 2019 blog post" are of that year, and so is what is told of them).
        m.datesNothing = determiner
            && isOneOf(word(i + 1),
                {u"record"_w, u"records"_w, u"mark"_w, u"level"_w, u"levels"_w, u"high"_w, u"low"_w, u"peak"_w, u"crest"_w, u"total"_w, u"benchmark"_w,
                    u"baseline"_w});
        m.datesNothing = m.datesNothing || titleOfYear(i);
        return m;
    }

    // "the Trade Expansion Act of 1962", "the Civil Rights Act of 1964": a year after the
    // capitalised title of a law or treaty is part of its name; it dates the passing, not what
    // a sentence tells of the law ("imports covered under Section 232 of the ... Act of 1962").
    [[nodiscard]] bool titleOfYear(int i) const
    {
        return is(i - 1, u"of"_w) && valid(i - 2) && m_words[i - 2].capitalised
            && isOneOf(word(i - 2), {u"act"_w, u"acts"_w, u"law"_w, u"treaty"_w, u"convention"_w, u"charter"_w, u"code"_w, u"accords"_w, u"compact"_w});
    }

    // Whether words from i read `lower` with an apostrophe-s ("New Year's") standing as "'s";
    // returns the word after, or -1.
    [[nodiscard]] int phraseEnd(int i, std::initializer_list<QStringView> lower) const
    {
        int k = i;
        for (const QStringView part : lower) {
            if (part == u"'s"_w) {
                if (!(isPunct(k, u'\'') || isPunct(k, QChar(0x2019))) || !is(k + 1, u"s"_w)) {
                    return -1;
                }
                k += 2;
                continue;
            }
            if (!is(k, part) || !m_words[k].capitalised) {
                return -1;
            }
            ++k;
        }
        return k;
    }

    // A capitalised word before i that makes a national day someone else's: "India's
    // Independence Day", "Canadian Thanksgiving", "Orthodox Christmas".
    [[nodiscard]] bool ownedByAnother(int i) const
    {
        if ((isPunct(i - 1, u'\'') || isPunct(i - 1, QChar(0x2019))) || (is(i - 1, u"s"_w) && (isPunct(i - 2, u'\'') || isPunct(i - 2, QChar(0x2019))))) {
            return !is(i - 2, u"america"_w) && !is(i - 3, u"america"_w);
        }
        if (!valid(i - 1) || !m_words[i - 1].capitalised || m_words[i - 1].kind != ScannedWord::Kind::Letters) {
            return false;
        }
        // A sentence or a heading may start right before the day.
        if (!valid(i - 2) || isPunct(i - 2, u'.') || isPunct(i - 2, u'"') || isPunct(i - 2, QChar(0x201C))) {
            return !isOneOf(word(i - 1),
                {u"on"_w, u"by"_w, u"until"_w, u"till"_w, u"before"_w, u"after"_w, u"since"_w, u"at"_w, u"over"_w, u"for"_w, u"the"_w, u"this"_w, u"last"_w,
                    u"next"_w, u"during"_w, u"around"_w, u"through"_w, u"from"_w, u"in"_w, u"every"_w, u"each"_w, u"ahead"_w, u"of"_w, u"that"_w, u"a"_w});
        }
        return !isOneOf(word(i - 1), {u"US"_w, u"U"_w, u"S"_w, u"American"_w, u"America"_w, u"The"_w});
    }

    // "Christmas Eve", "Thanksgiving", "New Year's Day", "Boxing Day", "Easter Monday",
    // "Christmas 2024". Only the capitalised forms; a place or a thing named after the day
    // ("Christmas Island", "the Easter Rising") is not a date.
    [[nodiscard]] std::pair<Holiday, int> holidayAt(int i) const
    {
        if (!valid(i) || !m_words[i].capitalised || m_words[i].kind != ScannedWord::Kind::Letters) {
            return {Holiday::None, -1};
        }
        struct Named
        {
            std::initializer_list<QStringView> words;
            Holiday holiday;
            bool national; ///< a day some other country keeps on another date
        };
        static const Named named[] = {
            {{u"thanksgiving"_w, u"day"_w}, Holiday::Thanksgiving, true},
            {{u"thanksgiving"_w}, Holiday::Thanksgiving, true},
            {{u"christmas"_w, u"day"_w}, Holiday::ChristmasDay, true},
            {{u"christmas"_w, u"eve"_w}, Holiday::ChristmasEve, true},
            {{u"christmas"_w}, Holiday::ChristmasDay, true},
            {{u"boxing"_w, u"day"_w}, Holiday::BoxingDay, false},
            {{u"new"_w, u"year"_w, u"'s"_w, u"day"_w}, Holiday::NewYearsDay, false},
            {{u"new"_w, u"year"_w, u"'s"_w, u"eve"_w}, Holiday::NewYearsEve, false},
            {{u"easter"_w, u"sunday"_w}, Holiday::Easter, true},
            {{u"easter"_w, u"monday"_w}, Holiday::EasterMonday, true},
            {{u"easter"_w}, Holiday::Easter, true},
            {{u"good"_w, u"friday"_w}, Holiday::GoodFriday, true},
            {{u"independence"_w, u"day"_w}, Holiday::IndependenceDay, true},
            {{u"halloween"_w}, Holiday::Halloween, false},
            {{u"memorial"_w, u"day"_w}, Holiday::MemorialDay, true},
            {{u"labor"_w, u"day"_w}, Holiday::LaborDay, true},
            {{u"veterans"_w, u"day"_w}, Holiday::VeteransDay, true},
            {{u"veterans"_w, u"'"_w, u"day"_w}, Holiday::VeteransDay, true},
            {{u"veteran"_w, u"'s"_w, u"day"_w}, Holiday::VeteransDay, true},
            {{u"remembrance"_w, u"day"_w}, Holiday::RemembranceDay, false},
            {{u"victory"_w, u"day"_w}, Holiday::VictoryDay, false},
        };
        // Every capitalised word is asked; few can open a holiday's name.
        static const WordShapes openings([] {
            QList<QStringView> firsts;
            for (const Named &n : named) {
                firsts.append(*n.words.begin());
            }
            return firsts;
        }());
        if (!openings.mayHold(word(i))) {
            return {Holiday::None, -1};
        }
        for (const Named &n : named) {
            int end = -1;
            if (*n.words.begin() == u"veterans"_w && n.words.size() == 3) {
                // "Veterans' Day": the apostrophe alone.
                if (is(i, u"veterans"_w) && (isPunct(i + 1, u'\'') || isPunct(i + 1, QChar(0x2019))) && is(i + 2, u"day"_w) && m_words[i + 2].capitalised) {
                    end = i + 3;
                }
            } else {
                end = phraseEnd(i, n.words);
            }
            if (end < 0) {
                continue;
            }
            // "Christmas Island", "Easter Rising", "Thanksgiving Parade": another name.
            if (n.words.size() == 1 && valid(end) && m_words[end].capitalised && m_words[end].kind == ScannedWord::Kind::Letters && lex(end).kind == K::None) {
                return {Holiday::None, -1};
            }
            if (n.national && ownedByAnother(i)) {
                return {Holiday::None, -1};
            }
            return {n.holiday, end};
        }
        return {Holiday::None, -1};
    }

    // A holiday as a date, with the year written after it ("Christmas 2024") when there is one.
    std::optional<TimeMention> namedDay(int i, int year = 0)
    {
        const auto [holiday, end] = holidayAt(i);
        if (holiday == Holiday::None) {
            return std::nullopt;
        }
        TimeMention m;
        m.holiday = holiday;
        m.month = holidayMonth(holiday);
        m.year = year;
        m.endWord = end;
        if (year == 0) {
            if (const int after = yearNumber(end); after > 0) {
                m.year = after;
                m.endWord = end + 1;
            }
        }
        return m;
    }

    // "Friday", "last Friday", "next Monday", "Friday night", "Monday, Oct. 13, 2025"
    std::optional<TimeMention> weekday(int i)
    {
        if (!m_words[i].capitalised) {
            return std::nullopt;
        }
        // "Palm Sunday", "Super Tuesday", "Black Friday": named days, not the days of this week.
        if (valid(i - 1) && m_words[i - 1].capitalised
            && isOneOf(word(i - 1), {u"palm"_w, u"super"_w, u"black"_w, u"bloody"_w, u"cyber"_w, u"ash"_w, u"holy"_w, u"maundy"_w, u"shrove"_w, u"whit"_w})) {
            return std::nullopt;
        }
        // "taught Sunday school", "in his Sunday best": the weekday names a kind of thing, not a day.
        if (isOneOf(word(i + 1), {u"school"_w, u"schools"_w, u"best"_w, u"roast"_w})) {
            return std::nullopt;
        }
        int next = i + 1;
        // "Wednesday afternoon, Sept. 25": the part of the day may stand before the date it restates.
        if (lex(next).kind == K::DayPart && isPunct(next + 1, u',')) {
            ++next;
        }
        if (isPunct(next, u',')) {
            ++next;
        }
        if (monthAt(next) != 0) {
            if (auto full = monthDate(i, next, 0); full && full->day > 0) {
                full->weekday = lex(i).value;
                return full;
            }
        }
        if (const int day = dayNumber(next); day > 0 && monthAt(next + 1) != 0) {
            if (auto full = dayFirstDate(next)) {
                full->firstWord = i;
                full->weekday = lex(i).value;
                return full;
            }
        }
        TimeMention m;
        m.kind = TimeMention::Kind::Weekday;
        m.weekday = lex(i).value;
        m.firstWord = i;
        const TimeLexeme before = lex(i - 1);
        if (before.kind == K::Last) {
            m.direction = -1;
            m.firstWord = i - 1;
        } else if (before.kind == K::Next) {
            m.direction = 1;
            m.firstWord = i - 1;
        } else if (before.kind == K::This) {
            m.direction = 2;
            m.firstWord = i - 1;
        }
        m.endWord = i + 1;
        if (lex(i + 1).kind == K::DayPart) {
            m.endWord = i + 2;
        }
        if (theStorysWeekday(i, m.endWord)) {
            m.direction = 3;
            m.firstWord = i - 1;
        }
        return m;
    }

    // "on the Sunday", "by the Friday night": the one of the week the story is at, as a
    // narrative tells it. Not "the Sunday Times" or "the Sunday service", and not "the Friday
    // before the vote", which counts from the vote.
    [[nodiscard]] bool theStorysWeekday(int i, int after) const
    {
        if (!is(i - 1, u"the"_w) || !isOneOf(word(i - 2), {u"on"_w, u"by"_w, u"until"_w, u"till"_w, u"over"_w, u"since"_w, u"from"_w, u"through"_w})) {
            return false;
        }
        if (!valid(after) || m_words[after].kind == ScannedWord::Kind::Punctuation) {
            return true;
        }
        return isOneOf(word(after),
            {u"and"_w, u"or"_w, u"but"_w, u"when"_w, u"that"_w, u"he"_w, u"she"_w, u"they"_w, u"it"_w, u"we"_w, u"as"_w, u"at"_w, u"in"_w, u"with"_w, u"to"_w});
    }

    // "yesterday", "today", "tomorrow morning"
    std::optional<TimeMention> deicticDay(int i)
    {
        TimeMention m;
        m.kind = TimeMention::Kind::Deictic;
        m.offset = lex(i).value;
        m.endWord = lex(i + 1).kind == K::DayPart ? i + 2 : i + 1;
        return m;
    }

    // "last week", "next month", "this year", "this morning", "last night", "the past week"
    std::optional<TimeMention> relativeUnit(int i)
    {
        const TimeLexeme l = lex(i);
        int j = i + 1;
        if (l.kind == K::This && lex(j).kind == K::Last) {
            ++j; // "this past week"
        }
        if (const int month = monthAt(j); month > 0 && !lex(j).abbreviation && dayNumber(j + 1) < 0) {
            // "next April", "last September", "this June": the nearest such month that way.
            TimeMention m;
            m.month = month;
            m.yearRelation = 2;
            m.direction = l.kind == K::Last ? -1 : (l.kind == K::Next ? 1 : 2);
            m.endWord = j + 1;
            // "took office the following January", "the previous March": the nearest such month
            // that way from the date the story is at, not from the time of writing.
            if (is(i - 1, u"the"_w) && l.kind != K::This) {
                m.yearRelation = 1;
                m.firstWord = i - 1;
            }
            return m;
        }
        const TimeLexeme unit = lex(j);
        TimeMention m;
        m.kind = TimeMention::Kind::Deictic;
        m.endWord = j + 1;
        if (unit.kind == K::DayPart) {
            // "last night" is yesterday evening; "this morning" is today.
            m.offset = (l.kind == K::Last && is(j, u"night"_w)) ? -1 : 0;
            if (l.kind == K::Next) {
                return std::nullopt;
            }
            return m;
        }
        if (unit.kind != K::Unit || TimeUnit(unit.value) == TimeUnit::Hour || TimeUnit(unit.value) == TimeUnit::Minute
            || TimeUnit(unit.value) == TimeUnit::Decade) {
            return std::nullopt;
        }
        // Plurals after these words are spans ("the past two weeks" is handled as a duration).
        if (word(j).endsWith(u's') && TimeUnit(unit.value) != TimeUnit::Day) {
            return std::nullopt;
        }
        m.unit = TimeUnit(unit.value);
        m.wholeUnit = true;
        m.offset = l.kind == K::Last ? -1 : (l.kind == K::Next ? 1 : 0);
        if (m.unit == TimeUnit::Day) {
            return std::nullopt; // "next day" without "the" is rare and ambiguous
        }
        return m;
    }

    // "earlier this month", "later this year", "later that day", "earlier that week"
    std::optional<TimeMention> orderWord(int i)
    {
        const TimeLexeme l = lex(i);
        const int bound = l.kind == K::Later ? 1 : -1;
        if (lex(i + 1).kind == K::This) {
            if (auto m = relativeUnit(i + 1)) {
                m->firstWord = i;
                m->bound = bound;
                return m;
            }
        }
        if (lex(i + 1).kind == K::That) {
            if (auto m = anaphoricThat(i + 1, i, bound)) {
                return m;
            }
        }
        if (is(i + 1, u"than"_w) || is(i - 1, u"no"_w) || is(i - 1, u"than"_w)) {
            return std::nullopt;
        }
        if (is(i + 1, u"in"_w) && is(i + 2, u"the"_w)) {
            return std::nullopt; // "earlier in the day": vague, and "in the" starts another phrase
        }
        TimeMention m;
        m.kind = TimeMention::Kind::Order;
        m.direction = bound;
        m.endWord = i + 1;
        return m;
    }

    // "that day", "that same week", "the same day" (from theRelative), "that morning"
    // "That January, ...", "by that March": the month of the year the story is at. After a
    // verb, "that" opens a clause instead ("said that January was the worst month").
    std::optional<TimeMention> thatMonth(int i) const
    {
        const int month = monthAt(i + 1);
        if (month == 0 || lex(i + 1).abbreviation || dayNumber(i + 2) > 0 || yearNumber(i + 2) > 0) {
            return std::nullopt;
        }
        const bool demonstrative = m_words[i].capitalised
            || isOneOf(word(i - 1),
                {u"in"_w, u"by"_w, u"until"_w, u"till"_w, u"during"_w, u"from"_w, u"through"_w, u"throughout"_w, u"since"_w, u"of"_w, u"before"_w, u"after"_w});
        if (!demonstrative) {
            return std::nullopt;
        }
        TimeMention m;
        m.month = month;
        m.yearRelation = 1;
        m.firstWord = i;
        m.endWord = i + 2;
        return m;
    }

    std::optional<TimeMention> anaphoricThat(int i, int first, int bound)
    {
        int j = i + 1;
        if (is(j, u"same"_w)) {
            ++j;
        }
        const TimeLexeme unit = lex(j);
        TimeMention m;
        m.kind = TimeMention::Kind::Anaphoric;
        m.firstWord = first;
        m.bound = bound;
        m.endWord = j + 1;
        if (unit.kind == K::DayPart) {
            return m;
        }
        if (unit.kind != K::Unit || word(j).endsWith(u's')) {
            return std::nullopt;
        }
        m.unit = TimeUnit(unit.value);
        m.wholeUnit = true;
        if (m.unit == TimeUnit::Hour || m.unit == TimeUnit::Minute || m.unit == TimeUnit::Decade) {
            return std::nullopt;
        }
        return m;
    }

    // "the next day", "the following week", "the day before", "the previous month",
    // "the same day", "the next morning", "the end of October", "the 21st of October"
    std::optional<TimeMention> theRelative(int i)
    {
        const TimeLexeme l = lex(i + 1);
        // "over the weekend", "at the weekend", "by the weekend": the last or the coming one.
        if (is(i + 1, u"weekend"_w)
            && isOneOf(word(i - 1), {u"over"_w, u"at"_w, u"on"_w, u"during"_w, u"by"_w, u"until"_w, u"through"_w, u"throughout"_w, u"since"_w})
            && !isOneOf(word(i + 2), {u"of"_w, u"before"_w, u"after"_w}) && !isPunct(i + 2, u'\'')) {
            TimeMention m;
            m.kind = TimeMention::Kind::Deictic;
            m.unit = TimeUnit::Weekend;
            m.wholeUnit = true;
            m.eitherSide = true;
            m.direction = isOneOf(word(i - 1), {u"by"_w, u"until"_w}) ? 1 : 0;
            m.firstWord = i;
            m.endWord = i + 2;
            return m;
        }
        // "the following two days", "the next three days", "the previous two days": a span of
        // days beside the date the story is at.
        if ((l.kind == K::Last || l.kind == K::Next) && lex(i + 3).kind == K::Unit && TimeUnit(lex(i + 3).value) == TimeUnit::Day
            && word(i + 3).endsWith(u's')) {
            const int amount = lex(i + 2).kind == K::Number ? lex(i + 2).value : (digits(i + 2) ? word(i + 2).toInt() : 0);
            if (amount >= 2 && amount <= 31) {
                TimeMention m;
                m.kind = is(i + 1, u"past"_w) ? TimeMention::Kind::Deictic : TimeMention::Kind::Anaphoric;
                m.unit = TimeUnit::Day;
                m.offset = l.kind == K::Last ? -amount : 1;
                m.count = amount;
                m.endWord = i + 4;
                return m;
            }
        }
        if (l.kind == K::Last || l.kind == K::Next) {
            const TimeLexeme unit = lex(i + 2);
            if (unit.kind == K::DayPart || (unit.kind == K::Unit && !word(i + 2).endsWith(u's'))) {
                TimeMention m;
                // "the past week" is measured from now; "the previous week" from the story.
                m.kind = is(i + 1, u"past"_w) ? TimeMention::Kind::Deictic : TimeMention::Kind::Anaphoric;
                m.unit = unit.kind == K::DayPart ? TimeUnit::Day : TimeUnit(unit.value);
                // "the following decade" counts from the story's year; "the past decade" is a span.
                if (m.unit == TimeUnit::Hour || m.unit == TimeUnit::Minute || (m.unit == TimeUnit::Decade && is(i + 1, u"past"_w))) {
                    return std::nullopt;
                }
                m.offset = l.kind == K::Last ? -1 : 1;
                if (unit.kind == K::DayPart) {
                    m.offset = l.kind == K::Last ? -1 : (is(i + 2, u"night"_w) && l.kind == K::Next ? 0 : 1);
                }
                m.wholeUnit = unit.kind == K::Unit && m.unit != TimeUnit::Day;
                m.endWord = i + 3;
                return m;
            }
            return std::nullopt;
        }
        if (l.kind == K::That) {
            return anaphoricThat(i + 1, i, 0);
        }
        if (l.kind == K::Unit || l.kind == K::DayPart) {
            // "the day before", "the night before", "the week after"
            const bool before = is(i + 2, u"before"_w) || lex(i + 2).kind == K::Earlier;
            const bool after = is(i + 2, u"after"_w) || lex(i + 2).kind == K::Later;
            if ((before || after) && !word(i + 1).endsWith(u's') && endsClause(i + 3)) {
                TimeMention m;
                m.kind = TimeMention::Kind::Anaphoric;
                m.unit = l.kind == K::Unit ? TimeUnit(l.value) : TimeUnit::Day;
                if (m.unit == TimeUnit::Hour || m.unit == TimeUnit::Minute || m.unit == TimeUnit::Decade) {
                    return std::nullopt;
                }
                m.offset = before ? -1 : 1;
                m.wholeUnit = m.unit != TimeUnit::Day;
                m.endWord = i + 3;
                return m;
            }
            // "the day before the dive", "the week after the vote": counted from the happening
            // named after it, as "a day before the vote" is.
            if ((is(i + 2, u"before"_w) || is(i + 2, u"after"_w)) && !word(i + 1).endsWith(u's') && valid(i + 3)
                && (isOneOf(word(i + 3), {u"the"_w, u"a"_w, u"an"_w, u"his"_w, u"her"_w, u"its"_w, u"their"_w, u"this"_w, u"that"_w})
                    || m_words[i + 3].capitalised)
                && (l.kind == K::DayPart || TimeUnit(l.value) == TimeUnit::Day || TimeUnit(l.value) == TimeUnit::Week)) {
                TimeMention m;
                m.kind = TimeMention::Kind::Order;
                m.unit = l.kind == K::Unit ? TimeUnit(l.value) : TimeUnit::Day;
                m.direction = is(i + 2, u"before"_w) ? -1 : 1;
                m.offset = m.direction;
                m.beforeNoun = true;
                m.endWord = i + 3;
                return m;
            }
            return std::nullopt;
        }
        if (l.kind == K::Part && (is(i + 2, u"of"_w))) {
            // "the end of October", "the beginning of 2025"
            if (auto m = partOf(i + 1)) {
                m->firstWord = i;
                return m;
            }
        }
        if (dayNumber(i + 1) > 0 && is(i + 2, u"of"_w)) {
            if (auto m = dayFirstDate(i + 1)) {
                m->firstWord = i;
                return m;
            }
        }
        return std::nullopt;
    }

    // "early October", "mid-October", "late 2024", "end of October", "beginning of 2025"
    std::optional<TimeMention> partOf(int i)
    {
        const int part = lex(i).value;
        int j = i + 1;
        if (isDash(j) || is(j, u"of"_w)) {
            ++j;
        }
        if (monthAt(j) != 0) {
            return monthDate(i, j, part);
        }
        if (const int year = yearNumber(j); year > 0) {
            TimeMention m;
            m.year = year;
            m.part = part;
            m.firstWord = i;
            m.endWord = j + 1;
            return m;
        }
        // "by the end of the year", "at the start of the month", "the end of the decade": the
        // year, month or decade the story is in.
        if (is(j, u"the"_w) && lex(j + 1).kind == K::Unit && !word(j + 1).endsWith(u's')) {
            const TimeUnit unit = TimeUnit(lex(j + 1).value);
            if (unit == TimeUnit::Year || unit == TimeUnit::Month || unit == TimeUnit::Decade) {
                TimeMention m;
                m.kind = TimeMention::Kind::Anaphoric;
                m.unit = unit;
                m.wholeUnit = true;
                m.part = part;
                m.firstWord = is(i - 1, u"the"_w) ? i - 1 : i;
                m.endWord = j + 2;
                return m;
            }
        }
        return std::nullopt;
    }

    // Numbers with units: "two days later", "a week ago", "four-year", "nearly four years",
    // "24 hours", "three days before the vote".
    std::optional<TimeMention> quantity(int i)
    {
        int first = i;
        int j = i;
        while (lex(j).kind == K::Approximately) {
            ++j;
            if (is(j, u"than"_w)) {
                ++j;
            }
        }
        if (j != i && !(lex(j).kind == K::Number || digits(j))) {
            return std::nullopt;
        }
        // "stopped at T-minus 3 minutes 50 seconds": a countdown's clock, no length of time.
        if (is(i - 1, u"minus"_w)) {
            return std::nullopt;
        }
        int amount = -2;
        if (digits(j) && isPunct(j - 1, u',') && attached(j) && attached(j - 1) && digits(j - 2)) {
            return std::nullopt; // "000 days" of "1,000 days"
        }
        if (digits(j)) {
            amount = number(j);
            // "1,000 days", "1,200-day": thousands written with commas.
            while (m_words[j].range.length() <= 3 && isPunct(j + 1, u',') && attached(j + 1) && attached(j + 2) && digits(j + 2)
                && m_words[j + 2].range.length() == 3 && amount < 1000000) {
                amount = amount * 1000 + word(j + 2).toInt();
                j += 2;
            }
            if (m_words[j].range.length() > 4 || isPunct(j + 1, u',') || isPunct(j + 1, u'.')) {
                if (!(isPunct(j + 1, u',') || isPunct(j + 1, u'.')) || attached(j + 2)) {
                    return std::nullopt;
                }
            }
        } else if (lex(j).kind == K::Number) {
            amount = lex(j).value;
            // "twenty-four", "a few", "a couple of"
            if (amount >= 20 && isDash(j + 1) && lex(j + 2).kind == K::Number && lex(j + 2).value < 10) {
                amount += lex(j + 2).value;
                j += 2;
            } else if (amount == 1 && (is(j + 1, u"few"_w) || is(j + 1, u"couple"_w))) {
                amount = is(j + 1, u"few"_w) ? -1 : 2;
                ++j;
                if (is(j + 1, u"of"_w)) {
                    ++j;
                }
            }
        } else {
            return std::nullopt;
        }
        ++j;
        const bool hyphenated = isDash(j) && attached(j);
        if (hyphenated) {
            ++j;
        }
        const TimeLexeme unit = lex(j);
        if (unit.kind != K::Unit) {
            return std::nullopt;
        }
        // "a day" alone is not worth a duration; "a day later" is.
        TimeMention m;
        m.unit = TimeUnit(unit.value);
        m.endWord = j + 1;
        m.firstWord = first;
        if (!hyphenated) {
            const int k = j + 1;
            const TimeLexeme after = lex(k);
            if (after.kind == K::Ago) {
                m.kind = TimeMention::Kind::Deictic;
                if (m.unit == TimeUnit::Minute || (m.unit == TimeUnit::Hour && amount < 6)) {
                    // "a few minutes ago", "two hours ago": earlier on the day of writing.
                    m.unit = TimeUnit::Day;
                    m.offset = 0;
                    m.endWord = k + 1;
                    return m;
                }
                m.offset = -std::max(amount, 1);
                m.datesNothing = afterFigure(first);
                m.endWord = k + 1;
                // "a year ago today": the anniversary, to the day ("a year ago, today's leaders" is not).
                if ((is(k + 1, u"today"_w) || is(k + 1, u"tonight"_w)) && !isPunct(k + 2, u'\'') && !isPunct(k + 2, QChar(0x2019)) && amount > 0) {
                    m.toTheDay = true;
                    m.endWord = k + 2;
                }
                return usableAmount(m, amount);
            }
            if (is(k, u"from"_w) && is(k + 1, u"now"_w)) {
                m.kind = TimeMention::Kind::Deictic;
                m.offset = std::max(amount, 1);
                m.endWord = k + 2;
                return usableAmount(m, amount);
            }
            // "a week into the shutdown": counted from the start of the happening named ("45
            // minutes into the dive" is a time of day no date gives).
            const bool into
                = is(k, u"into"_w) && isDeterminer(word(k + 1)) && !is(first - 1, u"in"_w) && m.unit != TimeUnit::Hour && m.unit != TimeUnit::Minute;
            // "docked about an hour later than planned", "opened two years earlier than expected":
            // compared with a plan, the count is a delay or a gain, a length of time that
            // dates nothing.
            if ((after.kind == K::Later || after.kind == K::Earlier) && is(k + 1, u"than"_w)) {
                m.kind = TimeMention::Kind::Duration;
                m.duration = isoDuration(amount, m.unit);
                return m;
            }
            const bool later = after.kind == K::Later || is(k, u"after"_w) || into;
            const bool earlier = after.kind == K::Earlier || is(k, u"before"_w);
            if (later || earlier) {
                m.endWord = k + 1;
                // "five matches in 15 days after the FA ordered a replay", "in the 11 days before
                // Christmas": a span of time, not a point counted from the event.
                const bool span = isOneOf(word(first - 1), {u"in"_w, u"within"_w, u"for"_w, u"over"_w, u"the"_w});
                if (span && (is(k, u"after"_w) || is(k, u"before"_w))) {
                    m.endWord = k;
                    m.kind = TimeMention::Kind::Duration;
                    m.duration = isoDuration(amount, m.unit);
                    return m;
                }
                if ((is(k, u"after"_w) || is(k, u"before"_w) || into) && (!endsClause(k + 1) || pronounClause(k + 1))) {
                    // "three days before the vote": ordered against an event, not a date.
                    m.kind = TimeMention::Kind::Order;
                    m.direction = later ? 1 : -1;
                    m.offset = later ? std::max(amount, 1) : -std::max(amount, 1);
                    m.beforeNoun = true;
                    return m;
                }
                m.kind = TimeMention::Kind::Anaphoric;
                m.offset = later ? std::max(amount, 1) : -std::max(amount, 1);
                m.datesNothing = afterFigure(first);
                return usableAmount(m, amount);
            }
        }
        // "an hour and a half", "a year and a half": the half is of the unit just named.
        const QString withHalf = !hyphenated && amount >= 1 && is(m.endWord, u"and"_w) && is(m.endWord + 1, u"a"_w) && is(m.endWord + 2, u"half"_w)
                && !(isDash(m.endWord + 3) && attached(m.endWord + 3))
            ? halfDuration(amount, m.unit)
            : QString();
        if (amount == 1 && !hyphenated && is(first, u"a"_w) && withHalf.isEmpty()) {
            return std::nullopt;
        }
        m.kind = TimeMention::Kind::Duration;
        m.duration = withHalf.isEmpty() ? isoDuration(amount, m.unit) : withHalf;
        if (!withHalf.isEmpty()) {
            m.endWord += 3;
        }
        // "a 28-year-old pilot", "a two-hour-long meeting": the whole compound is the expression.
        if (hyphenated && isDash(m.endWord) && attached(m.endWord) && (is(m.endWord + 1, u"long"_w) || is(m.endWord + 1, u"old"_w))) {
            m.endWord += 2;
        }
        return m;
    }

    // "the deadliest hurricane since Katrina in 2005", "the highest level since 2008": the date
    // is the yardstick of a record, not when the clause happened. So it is for a count from it:
    // "the third U.S. bank failure since March", "has followed every funding lapse since 1995".
    [[nodiscard]] bool comparedSince(const TimeMention &m) const
    {
        if (m.kind != TimeMention::Kind::Date || !valid(m.firstWord)) {
            return false;
        }
        int k = m.firstWord - 1;
        if (is(k, u"in"_w)) {
            --k;
            for (int name = 0; name < 3 && valid(k) && m_words[k].capitalised && m_words[k].kind == ScannedWord::Kind::Letters; ++name) {
                --k; // "since Katrina in 2005", "since Hurricane Katrina in 2005"
            }
        }
        if (!is(k, u"since"_w)) {
            return false;
        }
        for (int j = k - 1; j >= 0 && j >= k - 12; --j) {
            // ("the third U.S. bank failure": a point inside a word or before a lower-case word
            // ends no sentence.)
            const bool point = isPunct(j, u'.') && (attached(j + 1) || !m_words[j + 1].capitalised);
            if (m_words[j].kind == ScannedWord::Kind::Punctuation && isOneOf(word(j), {u"."_w, u";"_w, u":"_w, u"!"_w, u"?"_w}) && !point) {
                return false;
            }
            const QStringView w = word(j);
            if (m_words[j].kind == ScannedWord::Kind::Letters && !m_words[j].capitalised
                && ((w.size() > 5 && w.endsWith(u"iest"_w))
                    || isOneOf(w,
                        {u"first"_w, u"most"_w, u"least"_w, u"worst"_w, u"best"_w, u"biggest"_w, u"largest"_w, u"highest"_w, u"lowest"_w, u"strongest"_w,
                            u"weakest"_w, u"fastest"_w, u"slowest"_w, u"longest"_w, u"shortest"_w, u"greatest"_w, u"smallest"_w, u"sharpest"_w, u"steepest"_w,
                            u"hottest"_w, u"coldest"_w, u"wettest"_w, u"warmest"_w, u"latest"_w, u"second"_w, u"third"_w, u"fourth"_w, u"fifth"_w, u"sixth"_w,
                            u"seventh"_w, u"eighth"_w, u"ninth"_w, u"tenth"_w, u"every"_w}))) {
                return true;
            }
        }
        return false;
    }

    // "fell to 212 million euros, from 321 million euros a year earlier": the time a figure is
    // compared with, not when anything happened.
    [[nodiscard]] bool afterFigure(int first) const
    {
        for (int k = first - 1; k >= first - 3 && valid(k); --k) {
            if (digits(k) || isPunct(k, u'%')) {
                return true;
            }
            if (!isOneOf(word(k), {u"million"_w, u"billion"_w, u"euros"_w, u"pounds"_w, u"dollars"_w, u"percent"_w, u"bn"_w, u"m"_w})) {
                return false;
            }
        }
        return false;
    }

    // A vague count ("several days later") cannot be computed: keep it as an order word.
    static std::optional<TimeMention> usableAmount(TimeMention m, int amount)
    {
        if (amount < 0) {
            m.direction = m.offset > 0 ? 1 : -1;
            m.offset = 0;
            m.kind = TimeMention::Kind::Order;
        }
        return m;
    }

    // "days later", "weeks before the election", "months earlier", "hours after"
    // "in the coming weeks", "in recent days", "in the days ahead": a stretch of time just
    // before or after the time of writing, of no length told; the plural unit has no number.
    std::optional<TimeMention> vagueStretch(int i) const
    {
        const bool before = is(i - 1, u"coming"_w) || is(i - 1, u"recent"_w);
        const bool ahead = is(i - 1, u"the"_w) && is(i + 1, u"ahead"_w);
        // ("the coming weeks' talks", "recent days of rain": the unit belongs to another noun.)
        if ((!before && !ahead) || is(i + 1, u"of"_w) || isPunct(i + 1, u'\'') || isPunct(i + 1, QChar(0x2019))) {
            return std::nullopt;
        }
        TimeMention m;
        m.kind = TimeMention::Kind::Duration;
        m.unit = TimeUnit(lex(i).value);
        m.duration = isoDuration(-1, m.unit);
        m.firstWord = before && is(i - 2, u"the"_w) ? i - 2 : i - 1;
        m.endWord = ahead ? i + 2 : i + 1;
        return m;
    }

    std::optional<TimeMention> bareUnits(int i)
    {
        if (!word(i).endsWith(u's')) {
            return std::nullopt;
        }
        if (auto stretch = vagueStretch(i)) {
            return stretch;
        }
        const int k = i + 1;
        const TimeLexeme after = lex(k);
        const bool later = after.kind == K::Later || is(k, u"after"_w);
        const bool earlier = after.kind == K::Earlier || is(k, u"before"_w);
        // ("hours later than planned" is a delay, which orders nothing.)
        if ((!later && !earlier) || is(k + 1, u"than"_w)) {
            return std::nullopt;
        }
        TimeMention m;
        m.kind = TimeMention::Kind::Order;
        m.direction = later ? 1 : -1;
        m.unit = TimeUnit(lex(i).value);
        m.firstWord = (is(i - 1, u"just"_w) || is(i - 1, u"only"_w) || is(i - 1, u"mere"_w)) ? i - 1 : i;
        m.endWord = k + 1;
        m.beforeNoun = (is(k, u"after"_w) || is(k, u"before"_w)) && (!endsClause(k + 1) || pronounClause(k + 1));
        return m;
    }

    // "three weeks after he kissed her", "ten days before he returns": after "after" or
    // "before", a pronoun and its verb are the clause counted from, not a new clause ("two days
    // later he said"). (A present or a modal tells a clause still ahead, which dates nothing.)
    [[nodiscard]] bool pronounClause(int i) const
    {
        if (!valid(i + 1) || m_words[i + 1].kind != ScannedWord::Kind::Letters || !isOneOf(word(i), {u"he"_w, u"she"_w, u"they"_w, u"it"_w, u"we"_w})) {
            return false;
        }
        const QStringView verb = m_text.mid(m_words[i + 1].range.start, m_words[i + 1].range.length());
        const bool present = verb.size() > 3 && verb.endsWith(u's') && !verb.endsWith(u"ss"_s) && !verb.endsWith(u"us"_s);
        return verb.endsWith(u"ed"_s) || looksPastTense(verb) || present
            || isOneOf(word(i + 1), {u"was"_w, u"were"_w, u"had"_w, u"is"_w, u"are"_w, u"will"_w, u"would"_w, u"can"_w, u"could"_w});
    }

    [[nodiscard]] bool endsClause(int i) const
    {
        if (!valid(i)) {
            return true;
        }
        if (m_words[i].kind == ScannedWord::Kind::Punctuation) {
            const QChar c = m_text[m_words[i].range.start];
            return c == u',' || c == u'.' || c == u';' || c == u':' || c == u')' || c == u'!' || c == u'?' || c == QChar(0x2014);
        }
        static const QStringView starters[]
            = {u"and"_w, u"but"_w, u"when"_w, u"as"_w, u"while"_w, u"in"_w, u"on"_w, u"at"_w, u"with"_w, u"he"_w, u"she"_w, u"they"_w, u"it"_w};
        for (const QStringView s : starters) {
            if (is(i, s)) {
                return true;
            }
        }
        return false;
    }

    // "then" orders events ("and then", ", then", "Then ...", "since then"), except after "if"
    // clauses ("if ..., then").
    [[nodiscard]] bool thenIsTemporal(int i) const
    {
        if (is(i - 1, u"since"_w) || is(i - 1, u"until"_w) || is(i - 1, u"by"_w) || is(i - 1, u"and"_w) || is(i - 1, u"only"_w) || is(i - 1, u"just"_w)) {
            return true;
        }
        if (is(i + 1, u","_w) || isPunct(i - 1, u',') || !valid(i - 1) || isPunct(i - 1, u'.')) {
            for (int k = i - 1; k >= 0 && k > i - 25; --k) {
                if (isPunct(k, u'.')) {
                    break;
                }
                if (is(k, u"if"_w)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    // A whole count and a half of a unit, in the unit below it; empty for units not halved so.
    static QString halfDuration(int amount, TimeUnit unit)
    {
        switch (unit) {
        case TimeUnit::Hour:
            return u"PT"_s + QString::number(amount) + u"H30M"_s;
        case TimeUnit::Day:
            return u"P"_s + QString::number(amount) + u"DT12H"_s;
        case TimeUnit::Year:
            return u"P"_s + QString::number(amount) + u"Y6M"_s;
        default:
            return {};
        }
    }

    static QString isoDuration(int amount, TimeUnit unit)
    {
        const QString count = amount >= 0 ? QString::number(amount) : u"X"_s;
        switch (unit) {
        case TimeUnit::Day:
            return u"P"_s + count + u"D"_s;
        case TimeUnit::Week:
            return u"P"_s + count + u"W"_s;
        case TimeUnit::Weekend:
            return u"P"_s + count + u"WE"_s;
        case TimeUnit::Month:
            return u"P"_s + count + u"M"_s;
        case TimeUnit::Year:
            return u"P"_s + count + u"Y"_s;
        case TimeUnit::Decade:
            return amount >= 0 ? u"P"_s + QString::number(amount * 10) + u"Y"_s : u"PXDE"_s;
        case TimeUnit::Hour:
            return u"PT"_s + count + u"H"_s;
        case TimeUnit::Minute:
            return u"PT"_s + count + u"M"_s;
        }
        return {};
    }

    QStringView m_text;
    const QList<ScannedWord> &m_words;
    QList<TimeLexeme> m_lexemes;
};
} // namespace

QList<TimeMention> findTimeMentions(QStringView text, const QList<ScannedWord> &words)
{
    return TimeScanner(text, words).scan();
}

} // namespace Sourceline
