// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timelexicon.h"

#include "timewords.h"
#include "wordindex.h"
#include "wordshapes.h"

#include <unordered_map>

namespace Sourceline {

namespace {
using K = TimeLexeme::Kind;

const std::unordered_map<std::u16string_view, TimeLexeme> &lexicon()
{
    static const std::unordered_map<std::u16string_view, TimeLexeme> table = [] {
        std::unordered_map<std::u16string_view, TimeLexeme> t;
        const std::u16string_view months[]
            = {u"january", u"february", u"march", u"april", u"may", u"june", u"july", u"august", u"september", u"october", u"november", u"december"};
        const std::u16string_view monthAbbreviations[] = {u"jan", u"feb", u"mar", u"apr", u"", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
        for (int m = 0; m < 12; ++m) {
            t[months[m]] = {K::Month, m + 1, false};
            if (!monthAbbreviations[m].empty()) {
                t[monthAbbreviations[m]] = {K::Month, m + 1, true};
            }
        }
        t[u"sept"] = {K::Month, 9, true};
        const std::u16string_view weekdays[] = {u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday"};
        for (int d = 0; d < 7; ++d) {
            t[weekdays[d]] = {K::Weekday, d + 1, false};
        }
        const std::u16string_view numbers[] = {u"zero", u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine", u"ten", u"eleven",
            u"twelve", u"thirteen", u"fourteen", u"fifteen", u"sixteen", u"seventeen", u"eighteen", u"nineteen", u"twenty"};
        for (int n = 0; n <= 20; ++n) {
            t[numbers[n]] = {K::Number, n, false};
        }
        t[u"thirty"] = {K::Number, 30, false};
        t[u"forty"] = {K::Number, 40, false};
        t[u"fifty"] = {K::Number, 50, false};
        t[u"sixty"] = {K::Number, 60, false};
        t[u"seventy"] = {K::Number, 70, false};
        t[u"eighty"] = {K::Number, 80, false};
        t[u"ninety"] = {K::Number, 90, false};
        t[u"hundred"] = {K::Number, 100, false};
        t[u"a"] = {K::Number, 1, false};
        t[u"an"] = {K::Number, 1, false};
        t[u"several"] = {K::Number, -1, false};
        t[u"few"] = {K::Number, -1, false};
        t[u"couple"] = {K::Number, 2, false};
        const std::u16string_view ordinals[] = {u"first", u"second", u"third", u"fourth", u"fifth", u"sixth", u"seventh", u"eighth", u"ninth", u"tenth"};
        for (int n = 0; n < 10; ++n) {
            t[ordinals[n]] = {K::Ordinal, n + 1, false};
        }
        const std::pair<std::u16string_view, TimeUnit> units[] = {
            {u"day", TimeUnit::Day},
            {u"days", TimeUnit::Day},
            {u"week", TimeUnit::Week},
            {u"weeks", TimeUnit::Week},
            {u"weekend", TimeUnit::Weekend},
            {u"month", TimeUnit::Month},
            {u"months", TimeUnit::Month},
            {u"year", TimeUnit::Year},
            {u"years", TimeUnit::Year},
            {u"decade", TimeUnit::Decade},
            {u"decades", TimeUnit::Decade},
            {u"hour", TimeUnit::Hour},
            {u"hours", TimeUnit::Hour},
            {u"minute", TimeUnit::Minute},
            {u"minutes", TimeUnit::Minute},
        };
        for (const auto &[word, unit] : units) {
            t[word] = {K::Unit, int(unit), false};
        }
        for (const std::u16string_view word : {u"morning", u"afternoon", u"evening", u"night", u"overnight"}) {
            t[word] = {K::DayPart, 0, false};
        }
        t[u"spring"] = {K::Season, 3, false};
        t[u"summer"] = {K::Season, 6, false};
        t[u"autumn"] = {K::Season, 9, false};
        t[u"fall"] = {K::Season, 9, false};
        t[u"winter"] = {K::Season, 12, false};
        t[u"today"] = {K::Deictic, 0, false};
        t[u"tonight"] = {K::Deictic, 0, false};
        t[u"yesterday"] = {K::Deictic, -1, false};
        t[u"tomorrow"] = {K::Deictic, 1, false};
        for (const std::u16string_view word : {u"last", u"past", u"previous", u"preceding", u"prior"}) {
            t[word] = {K::Last, 0, false};
        }
        for (const std::u16string_view word : {u"next", u"coming", u"following", u"upcoming"}) {
            t[word] = {K::Next, 0, false};
        }
        t[u"this"] = {K::This, 0, false};
        t[u"current"] = {K::This, 0, false};
        t[u"that"] = {K::That, 0, false};
        t[u"same"] = {K::That, 0, false};
        t[u"ago"] = {K::Ago, 0, false};
        for (const std::u16string_view word : {u"later", u"afterwards", u"afterward", u"subsequently", u"thereafter"}) {
            t[word] = {K::Later, 0, false};
        }
        for (const std::u16string_view word : {u"earlier", u"previously", u"formerly"}) {
            t[word] = {K::Earlier, 0, false};
        }
        t[u"early"] = {K::Part, 1, false};
        t[u"beginning"] = {K::Part, 1, false};
        t[u"start"] = {K::Part, 1, false};
        t[u"mid"] = {K::Part, 2, false};
        t[u"middle"] = {K::Part, 2, false};
        t[u"late"] = {K::Part, 3, false};
        t[u"end"] = {K::Part, 3, false};
        // ("less than two weeks after", "fewer than 20 minutes": a bound, held with the length.)
        for (const std::u16string_view word :
            {u"nearly", u"about", u"almost", u"around", u"roughly", u"approximately", u"some", u"over", u"more", u"less", u"fewer"}) {
            t[word] = {K::Approximately, 0, false};
        }
        for (const std::u16string_view word :
            {u"will", u"ll", u"shall", u"planned", u"plans", u"planning", u"plan", u"scheduled", u"schedule", u"expected", u"expects", u"due", u"upcoming",
                u"would", u"intends", u"aims", u"hopes", u"wants", u"seeks", u"until", u"ahead", u"before", u"could", u"might", u"soon"}) {
            t[word] = {K::FutureCue, 0, false};
        }
        return t;
    }();
    return table;
}
} // namespace

TimeLexeme timeLexeme(QStringView word)
{
    // Every scanned word is asked about, most of them more than once.
    static const WordShapes shapes(lexicon());
    if (!shapes.mayHold(word)) {
        return {};
    }
    // Words of the shapes' letters and lengths, "the" among them, are told apart by the index.
    static const WordIndex<TimeLexeme> index(lexicon());
    TimeLexeme found;
    switch (index.find(word, &found)) {
    case WordIndex<TimeLexeme>::Found::Yes:
        return found;
    case WordIndex<TimeLexeme>::Found::No:
        return {};
    case WordIndex<TimeLexeme>::Found::NotAscii:
        break;
    }
    const LowerWord lower(word);
    if (lower.view().empty()) {
        return {};
    }
    const auto &table = lexicon();
    const auto it = table.find(lower.view());
    return it == table.end() ? TimeLexeme{} : it->second;
}

namespace {
// The Gregorian Easter Sunday (the anonymous Gregorian algorithm).
QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

// The n-th given weekday of a month; n = -1 is the last one.
QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n < 0) {
        const QDate last = QDate(year, month, 1).addMonths(1).addDays(-1);
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    const QDate first(year, month, 1);
    return first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}
} // namespace

QDate holidayDate(Holiday holiday, int year)
{
    switch (holiday) {
    case Holiday::None:
        return {};
    case Holiday::Thanksgiving:
        return nthWeekday(year, 11, 4, 4);
    case Holiday::ChristmasDay:
        return QDate(year, 12, 25);
    case Holiday::ChristmasEve:
        return QDate(year, 12, 24);
    case Holiday::BoxingDay:
        return QDate(year, 12, 26);
    case Holiday::NewYearsDay:
        return QDate(year, 1, 1);
    case Holiday::NewYearsEve:
        return QDate(year, 12, 31);
    case Holiday::Easter:
        return easterSunday(year);
    case Holiday::GoodFriday:
        return easterSunday(year).addDays(-2);
    case Holiday::EasterMonday:
        return easterSunday(year).addDays(1);
    case Holiday::IndependenceDay:
        return QDate(year, 7, 4);
    case Holiday::Halloween:
        return QDate(year, 10, 31);
    case Holiday::MemorialDay:
        return nthWeekday(year, 5, 1, -1);
    case Holiday::LaborDay:
        return nthWeekday(year, 9, 1, 1);
    case Holiday::VeteransDay:
    case Holiday::RemembranceDay:
        return QDate(year, 11, 11);
    case Holiday::VictoryDay:
        return QDate(year, 5, 9);
    }
    return {};
}

int holidayMonth(Holiday holiday)
{
    // Any year will do for the fixed days; Easter falls in April more often than in March.
    return holiday == Holiday::None                                                                        ? 0
        : holiday == Holiday::Easter || holiday == Holiday::GoodFriday || holiday == Holiday::EasterMonday ? 4
                                                                                                           : holidayDate(holiday, 2001).month();
}

} // namespace Sourceline
