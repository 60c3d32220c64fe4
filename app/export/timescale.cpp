// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timescale.h"

#include <QFontMetricsF>
#include <QLocale>

#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
constexpr qreal daysPerMonth = 30.436875;
constexpr int maximumTicks = 4000;

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

int monthIndex(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

QDate fromMonthIndex(int index)
{
    // Floor division: months before year 0 are never drawn, but keep the arithmetic honest.
    const int year = index >= 0 ? index / 12 : (index - 11) / 12;
    return QDate(year, index - year * 12 + 1, 1);
}
} // namespace

TimeScale::TimeScale(qreal firstDay, qreal pixelsPerDay, qreal left, const QList<AxisBreak> &breaks, qreal breakWidth)
    : m_firstDay(firstDay)
    , m_pixelsPerDay(pixelsPerDay > 0 ? pixelsPerDay : 1)
    , m_left(left)
    , m_breakWidth(std::max<qreal>(0, breakWidth))
{
    for (const AxisBreak &gap : breaks) {
        // A break must save room and follow the one before it; anything else is ignored.
        if (gap.toDay > gap.fromDay && (m_breaks.isEmpty() || gap.fromDay >= m_breaks.constLast().toDay)
            && (gap.toDay - gap.fromDay) * m_pixelsPerDay > widthOf(gap)) {
            m_breaks.append(gap);
        }
    }
}

qreal TimeScale::x(qreal julianDay) const
{
    qreal saved = 0;
    for (const AxisBreak &gap : m_breaks) {
        if (julianDay <= gap.fromDay) {
            break;
        }
        const qreal start = m_left + (gap.fromDay - m_firstDay) * m_pixelsPerDay - saved;
        if (julianDay < gap.toDay) {
            return start + (julianDay - gap.fromDay) / (gap.toDay - gap.fromDay) * widthOf(gap);
        }
        saved += (gap.toDay - gap.fromDay) * m_pixelsPerDay - widthOf(gap);
    }
    return m_left + (julianDay - m_firstDay) * m_pixelsPerDay - saved;
}

qreal TimeScale::day(qreal x) const
{
    qreal saved = 0;
    for (const AxisBreak &gap : m_breaks) {
        const qreal start = m_left + (gap.fromDay - m_firstDay) * m_pixelsPerDay - saved;
        if (x <= start) {
            break;
        }
        if (x < start + widthOf(gap)) {
            return gap.fromDay + (x - start) / widthOf(gap) * (gap.toDay - gap.fromDay);
        }
        saved += (gap.toDay - gap.fromDay) * m_pixelsPerDay - widthOf(gap);
    }
    return m_firstDay + (x - m_left + saved) / m_pixelsPerDay;
}

QDate TimeScale::date(qreal x) const
{
    return QDate::fromJulianDay(static_cast<qint64>(std::floor(day(x))));
}

qreal TimeScale::approximateWidth(const Step &step) const
{
    return (step.days > 0 ? step.days : step.months * daysPerMonth) * m_pixelsPerDay;
}

TimeScale::Step TimeScale::majorStep(const QFontMetricsF &labelMetrics) const
{
    // The widest label each kind of step can show, plus breathing room.
    const qreal dayLabel = labelMetrics.horizontalAdvance(u"28 Sep 2025"_s) + 18;
    const qreal monthLabel = labelMetrics.horizontalAdvance(u"Sep 2025"_s) + 18;
    const qreal yearLabel = labelMetrics.horizontalAdvance(u"2025"_s) + 18;
    static constexpr std::array<Step, 11> steps{{{1, 0}, {7, 0}, {0, 1}, {0, 3}, {0, 12}, {0, 24}, {0, 60}, {0, 120}, {0, 240}, {0, 600}, {0, 1200}}};
    for (const Step &step : steps) {
        const qreal needed = step.days > 0 ? dayLabel : (step.months < 12 ? monthLabel : yearLabel);
        if (approximateWidth(step) >= needed) {
            return step;
        }
    }
    return steps.back();
}

TimeScale::Step TimeScale::minorStep(const Step &major) const
{
    Step minor;
    if (major.days == 7) {
        minor.days = 1;
    } else if (major.months == 1) {
        minor.days = 7;
    } else if (major.months == 3) {
        minor.months = 1;
    } else if (major.months == 12) {
        minor.months = approximateWidth({0, 1}) >= 8 ? 1 : 3;
    } else if (major.months > 12) {
        minor.months = major.months / (major.months % 5 == 0 && major.months >= 60 ? 5 : 2);
    }
    if ((minor.days > 0 || minor.months > 0) && approximateWidth(minor) < 6) {
        return {};
    }
    return minor;
}

QString TimeScale::majorUnit(const QFontMetricsF &labelMetrics) const
{
    const Step step = majorStep(labelMetrics);
    if (step.days == 1) {
        return u"day"_s;
    }
    if (step.days == 7) {
        return u"week"_s;
    }
    if (step.months == 1) {
        return u"month"_s;
    }
    if (step.months == 3) {
        return u"quarter"_s;
    }
    return step.months == 12 ? u"year"_s : u"years"_s;
}

QList<TimelineTick> TimeScale::ticks(qreal fromX, qreal toX, const QFontMetricsF &labelMetrics) const
{
    if (m_breaks.isEmpty()) {
        return ticksWithoutBreaks(fromX, toX, labelMetrics);
    }
    // Each stretch between breaks is an axis of its own: its first label names the year again.
    // A slow stretch is one too, with ticks to suit its own pace.
    QList<TimelineTick> result;
    for (qsizetype i = 0; i < 2 * m_breaks.size() + 1; ++i) {
        const qsizetype gap = i / 2;
        const bool slow = i % 2 == 1;
        if (slow && m_breaks[gap].isCut()) {
            continue;
        }
        const qreal left = slow ? std::max(fromX, breakLeft(gap)) : gap == 0 ? fromX : std::max(fromX, breakRight(gap - 1));
        const qreal right = slow ? std::min(toX, breakRight(gap)) : gap == m_breaks.size() ? toX : std::min(toX, breakLeft(gap));
        if (right <= left) {
            continue;
        }
        const AxisBreak *stretch = slow ? &m_breaks[gap] : nullptr;
        const TimeScale pace = stretch ? TimeScale(stretch->fromDay, stretch->width / (stretch->toDay - stretch->fromDay), breakLeft(gap)) : *this;
        bool yearShown = false;
        for (TimelineTick tick : pace.ticksWithoutBreaks(left, right, labelMetrics)) {
            if (tick.x < left - 0.5 || tick.x > right + 0.5) {
                continue;
            }
            if (!tick.label.isEmpty() && !yearShown && !tick.carriesYear) {
                tick.carriesYear = true;
                tick.label += u' ' + QString::number(tick.date.year());
            }
            yearShown = yearShown || !tick.label.isEmpty();
            result.append(tick);
        }
    }
    // Labels either side of a break may meet; the later one goes, and hands its year on.
    qreal labelEnd = std::numeric_limits<qreal>::lowest();
    bool yearDropped = false;
    std::stable_sort(result.begin(), result.end(), [](const TimelineTick &a, const TimelineTick &b) { return a.x < b.x; });
    for (TimelineTick &tick : result) {
        if (tick.label.isEmpty()) {
            continue;
        }
        if (tick.x < labelEnd) {
            yearDropped = yearDropped || tick.carriesYear;
            tick.label.clear();
            continue;
        }
        if (yearDropped && !tick.carriesYear) {
            tick.carriesYear = true;
            tick.label += u' ' + QString::number(tick.date.year());
        }
        yearDropped = false;
        labelEnd = tick.x + 4 + labelMetrics.horizontalAdvance(tick.label) + 8;
    }
    return result;
}

QList<TimelineTick> TimeScale::ticksWithoutBreaks(qreal fromX, qreal toX, const QFontMetricsF &labelMetrics) const
{
    QList<TimelineTick> result;
    if (!(toX > fromX)) {
        return result;
    }
    const Step major = majorStep(labelMetrics);
    const Step minor = minorStep(major);
    const QDate from = date(fromX);
    const QDate to = date(toX).addDays(1);
    if (!from.isValid() || !to.isValid()) {
        return result;
    }

    // Enumerates the boundaries of one step kind from `from` to `to`.
    const auto boundaries = [&](const Step &step) {
        QList<QDate> dates;
        if (step.days > 0) {
            QDate day = from;
            if (step.days == 7) {
                day = day.addDays(1 - day.dayOfWeek()); // weeks start on Monday
            }
            for (; day <= to && dates.size() < maximumTicks; day = day.addDays(step.days)) {
                dates.append(day);
            }
        } else if (step.months > 0) {
            int index = monthIndex(from);
            index -= ((index % step.months) + step.months) % step.months;
            for (QDate month = fromMonthIndex(index); month <= to && dates.size() < maximumTicks; month = fromMonthIndex(index)) {
                dates.append(month);
                index += step.months;
            }
        }
        return dates;
    };

    const QList<QDate> majors = boundaries(major);
    int previousYear = 0;
    for (const QDate &day : majors) {
        TimelineTick tick;
        tick.date = day;
        tick.x = x(day.toJulianDay());
        tick.major = true;
        // The first tick that shows names its year; later ones only when the year turns.
        const bool visible = tick.x >= fromX - 1;
        const bool newYear = previousYear != 0 && day.year() != previousYear;
        const bool firstShown = previousYear == 0 && visible;
        if (visible) {
            previousYear = day.year();
        }
        if (major.days > 0) {
            tick.carriesYear = firstShown || newYear;
            tick.label = english().toString(day, tick.carriesYear ? u"d MMM yyyy"_s : u"d MMM"_s);
        } else if (major.months < 12) {
            tick.carriesYear = firstShown || newYear || day.month() == 1;
            tick.label = english().toString(day, tick.carriesYear ? u"MMM yyyy"_s : u"MMM"_s);
        } else {
            tick.carriesYear = true;
            tick.label = QString::number(day.year());
        }
        result.append(tick);
    }
    for (const QDate &day : boundaries(minor)) {
        if (!majors.contains(day)) {
            result.append({x(day.toJulianDay()), day, {}, false, false});
        }
    }
    return result;
}

} // namespace Sourceline
