// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "timelexicon.h"
#include "timewords.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Sourceline {

/// A temporal expression as written, before any reference time is applied: "October 14"
/// (month 10, day 14, year unknown), "last Friday" (weekday 5, direction past), "two days
/// later" (anaphoric, +2 days), "four-year" (duration P4Y), "previously" (order word).
struct TimeMention
{
    enum class Kind {
        Date, ///< calendar parts as written (year may be 0 = not written)
        Weekday, ///< a day of the week, possibly with last/next/this
        Deictic, ///< relative to the time of writing: yesterday, last week, two days ago
        Anaphoric, ///< relative to the date the narrative is at: the next day, later that year
        Duration, ///< a length of time: "four-year", "two weeks"
        Order, ///< a vague order word: previously, later, then, days before
    };
    Kind kind = Kind::Date;
    TextRange range;
    int firstWord = -1; ///< words [firstWord, endWord) of the scanned text
    int endWord = 0;

    int year = 0; ///< 0 when not written
    int month = 0; ///< 0 when not written
    int day = 0; ///< 0 when not written
    int endDay = 0; ///< last day of a written range ("Oct. 11 and 12"), else 0
    int part = 0; ///< 1 early, 2 mid, 3 late within the month or year; 0 none
    /// Where a missing year comes from: 0 the usual rule, 1 the narrative ("July 1 of that
    /// year", with yearOffset for "the following year"), 2 the time of writing ("next April",
    /// "March 3 of last year"; yearOffset -1/0/+1 or, with a month alone, the nearest such month).
    int yearRelation = 0;
    int yearOffset = 0;

    int weekday = 0; ///< 1 Monday .. 7 Sunday
    int direction = 0; ///< -1 last/previous, +1 next/coming, 0 unmarked, 2 "this", 3 "on the Sunday" (the story's); for Weekday and Order

    TimeUnit unit = TimeUnit::Day; ///< for Deictic and Anaphoric
    int offset = 0; ///< signed number of units from the anchor
    bool wholeUnit = false; ///< "last week" names a calendar week, "a week ago" a day
    bool toTheDay = false; ///< "a year ago today": the very day, not the loose year
    int bound = 0; ///< -1 "earlier this month" (up to the anchor), +1 "later that year" (after it)

    QString duration; ///< ISO 8601 duration for Duration
    bool beforeNoun = false; ///< Order words followed by what they order: "days before the vote"

    int hour = -1; ///< a time of day ("9:15 p.m." is 21), or -1 when none is written
    int minute = 0;
    QString zone; ///< the zone written after a time of day: "GMT", "ET"; empty when none
    int count = 0; ///< "the following two days": the number of whole days the span covers, else 0
    Holiday holiday = Holiday::None; ///< a named day ("Christmas Eve"); its day is found once the year is
    /// A run of months within a year: a season ("last spring": 3 for 3; winter runs into the next
    /// year), a quarter ("the third quarter": 7 for 3) or a half ("the first half": 1 for 6); 0 none.
    int spanMonth = 0;
    int spanMonths = 0;
    /// A quarter, half or fiscal year ("third-quarter profit"), the time a figure is compared with
    /// ("from 321 million a year earlier") or the end of a range ("from 2016 to 2022"), whose start
    /// carries the whole span: no happening is dated by it alone.
    bool datesNothing = false;
    bool eitherSide = false; ///< "over the weekend": the last one or the coming one, as the clause's tense says
};

/// Finds every temporal expression in `words` (scanned from `text`), in text order.
[[nodiscard]] QList<TimeMention> findTimeMentions(QStringView text, const QList<ScannedWord> &words);

} // namespace Sourceline
