// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventdating.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
// Timelines are read next to English articles, so dates are worded in English whatever the desktop locale.
const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString monthName(int month)
{
    return english().monthName(month, QLocale::ShortFormat);
}

bool isWholeMonth(const QDate &first, const QDate &last)
{
    return first.day() == 1 && last == first.addMonths(1).addDays(-1);
}

bool isWholeMonths(const QDate &first, const QDate &last)
{
    return first.day() == 1 && last.addDays(1).day() == 1;
}
} // namespace

QString dayText(const QDate &date)
{
    return english().toString(date, u"d MMM yyyy"_s);
}

QString spanText(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid()) {
        return {};
    }
    if (first == last) {
        return dayText(first);
    }
    if (first.day() == 1 && first.month() == 1 && last.month() == 12 && last.day() == 31) {
        return first.year() == last.year() ? QString::number(first.year()) : u"%1 – %2"_s.arg(first.year()).arg(last.year());
    }
    if (isWholeMonth(first, last)) {
        return u"%1 %2"_s.arg(monthName(first.month())).arg(first.year());
    }
    if (isWholeMonths(first, last)) {
        if (first.year() == last.year()) {
            return u"%1 – %2 %3"_s.arg(monthName(first.month()), monthName(last.month())).arg(first.year());
        }
        return u"%1 %2 – %3 %4"_s.arg(monthName(first.month())).arg(first.year()).arg(monthName(last.month())).arg(last.year());
    }
    if (first.year() == last.year() && first.month() == last.month()) {
        return u"%1–%2 %3 %4"_s.arg(first.day()).arg(last.day()).arg(monthName(first.month())).arg(first.year());
    }
    if (first.year() == last.year()) {
        return u"%1 %2 – %3 %4 %5"_s.arg(first.day()).arg(monthName(first.month())).arg(last.day()).arg(monthName(last.month())).arg(first.year());
    }
    return dayText(first) + u" – "_s + dayText(last);
}

EventDating EventDating::of(const DateValue &date)
{
    static const QRegularExpression calendar(u"^(\\d{4}|XXXX)(?:-(\\d{2}|XX)(?:-(\\d{2}|XX))?)?$"_s);
    static const QRegularExpression isoWeek(u"^(\\d{4})-W(\\d{2})$"_s);

    EventDating dating;
    dating.text = u"Undated"_s;
    QDate first;
    QDate last;
    bool yearUnknown = false;
    int unknownYearMonth = 0;
    int unknownYearDay = 0;

    if (const auto match = calendar.match(date.iso); match.hasMatch()) {
        const bool hasYear = match.captured(1) != u"XXXX"_s;
        const int year = match.captured(1).toInt();
        const int month = match.captured(2).toInt(); // 0 when absent or XX
        const int day = match.captured(3).toInt();
        if (!hasYear) {
            yearUnknown = month > 0;
            unknownYearMonth = month;
            unknownYearDay = day;
        } else if (month == 0) {
            first = QDate(year, 1, 1);
            last = QDate(year, 12, 31);
        } else if (day == 0) {
            first = QDate(year, month, 1);
            last = first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
        } else {
            first = QDate(year, month, day);
            last = first;
        }
    } else if (const auto week = isoWeek.match(date.iso); week.hasMatch()) {
        first = DateValue::mondayOfWeek(week.captured(1).toInt(), week.captured(2).toInt());
        last = first.addDays(6);
    }
    // Explicit bounds are better knowledge than the granularity of the value.
    if (date.earliest.isValid()) {
        first = date.earliest;
        if (!last.isValid() || last < first) {
            last = date.latest.isValid() && date.latest >= first ? date.latest : first;
        }
    }
    if (date.latest.isValid() && first.isValid() && date.latest >= first) {
        last = date.latest;
    }

    if (first.isValid() && last.isValid()) {
        dating.kind = first == last ? Kind::Exact : Kind::Approximate;
        dating.firstDay = first.toJulianDay();
        dating.lastDay = last.toJulianDay();
        dating.text = spanText(first, last);
        if (date.granularity == DateValue::Granularity::Week && first.daysTo(last) == 6) {
            dating.text = u"Week of "_s + dayText(first);
        }
    } else if (yearUnknown && unknownYearMonth >= 1 && unknownYearMonth <= 12) {
        dating.kind = Kind::YearUnknown;
        dating.text = unknownYearDay > 0 ? u"%1 %2, year unknown"_s.arg(unknownYearDay).arg(monthName(unknownYearMonth))
                                         : u"%1, year unknown"_s.arg(english().monthName(unknownYearMonth));
    }
    return dating;
}

} // namespace Sourceline
