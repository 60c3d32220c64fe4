// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "readabledate.h"

#include "storygraph.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
QString monthName(int month)
{
    return QLocale(QLocale::English).monthName(month, QLocale::LongFormat);
}
} // namespace

QString readableDate(const QDate &date)
{
    if (!date.isValid()) {
        return {};
    }
    return monthName(date.month()) + u' ' + QString::number(date.day()) + u", "_s + QString::number(date.year());
}

QString readableDate(const QString &iso)
{
    // An ISO week ("2025-W47") reads as the week of its Monday.
    static const QRegularExpression weekPattern(u"^(\\d{4})-W(\\d{2})$"_s);
    if (const QRegularExpressionMatch week = weekPattern.match(iso); week.hasMatch()) {
        const int number = week.captured(2).toInt();
        const QDate monday = DateValue::mondayOfWeek(week.captured(1).toInt(), number);
        return number >= 1 && number <= 53 && monday.isValid() ? u"week of "_s + readableDate(monday) : iso;
    }
    static const QRegularExpression pattern(u"^(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2}))?)?$"_s);
    const QRegularExpressionMatch match = pattern.match(iso);
    if (!match.hasMatch()) {
        return iso;
    }
    const QString year = match.captured(1);
    const int month = match.captured(2).toInt();
    const int day = match.captured(3).toInt();
    const bool knownYear = year != u"XXXX"_s;
    if (month < 1 || month > 12) {
        return knownYear && match.captured(2).isEmpty() ? year : iso;
    }
    QString text = monthName(month);
    if (day > 0) {
        text += u' ' + QString::number(day);
        if (knownYear) {
            text += u", "_s + year;
        }
    } else if (knownYear) {
        text += u' ' + year;
    }
    return text;
}

} // namespace Sourceline
