// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QDate>
#include <QStringView>

namespace Sourceline {

/// What a single word can contribute to a temporal expression.
struct TimeLexeme
{
    enum class Kind {
        None,
        Month, ///< value 1..12; abbreviated forms set `abbreviation`
        Weekday, ///< value 1 (Monday) .. 7 (Sunday)
        Number, ///< spelled-out number: value
        Ordinal, ///< "first" .. "thirty-first" written as one word: value
        Unit, ///< value: a TimeUnit
        DayPart, ///< morning, afternoon, evening, night
        Deictic, ///< today (0), yesterday (-1), tomorrow (+1), tonight (0)
        Last, ///< last, past, previous, preceding
        Next, ///< next, coming, following, upcoming
        This, ///< this, current
        That, ///< that, same
        Ago,
        Later, ///< later, afterwards, afterward, subsequently, thereafter
        Earlier, ///< earlier, previously, before (as an adverb), formerly
        Part, ///< early (1), mid (2), late (3), end (3), beginning (1), start (1)
        Approximately, ///< nearly, about, almost, around, some, roughly
        FutureCue, ///< will, planned, scheduled, expected, upcoming, due ...
        Season, ///< spring, summer, autumn, fall, winter: value is the first month (3, 6, 9, 12)
    };
    Kind kind = Kind::None;
    int value = 0;
    bool abbreviation = false;
};

enum class TimeUnit { Day = 1, Week, Weekend, Month, Year, Decade, Hour, Minute };

/// Holidays and named days that news writes instead of a date ("until Thanksgiving", "the
/// 2015 Boxing Day floods").
enum class Holiday {
    None,
    Thanksgiving, ///< US: fourth Thursday of November
    ChristmasDay,
    ChristmasEve,
    BoxingDay,
    NewYearsDay,
    NewYearsEve,
    Easter,
    GoodFriday,
    EasterMonday,
    IndependenceDay, ///< US: July 4
    Halloween,
    MemorialDay, ///< US: last Monday of May
    LaborDay, ///< US: first Monday of September
    VeteransDay,
    RemembranceDay,
    VictoryDay, ///< May 9
};

/// The day `holiday` falls on in `year`; invalid for Holiday::None.
[[nodiscard]] QDate holidayDate(Holiday holiday, int year);

/// The month a holiday usually falls in (Easter: April), for readers that need one before the
/// year is known.
[[nodiscard]] int holidayMonth(Holiday holiday);

/// Looks up one word (any case).
[[nodiscard]] TimeLexeme timeLexeme(QStringView word);

} // namespace Sourceline
