// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QDate>
#include <QList>
#include <QString>

class QFontMetricsF;

namespace Sourceline {

struct TimelineTick
{
    qreal x = 0;
    QDate date;
    QString label; ///< empty on minor ticks
    bool major = false;
    bool carriesYear = false; ///< the label names the year: drawn a little stronger
};

/// A stretch of days the axis draws narrower than the rest: a cut (no event, a fixed small
/// width), so that one event years before the rest does not squeeze the story into a corner,
/// or a slow stretch where time runs on at a pace of its own.
struct AxisBreak
{
    qreal fromDay = 0;
    qreal toDay = 0;
    /// Negative: a cut, drawn at the scale's break width with no ticks. Otherwise a slow
    /// stretch: time runs on across this many pixels, at a pace of its own, ticks and all.
    qreal width = -1;
    [[nodiscard]] bool isCut() const { return width < 0; }
    bool operator==(const AxisBreak &) const = default;
};

/// Maps days to x and back, linearly but for its breaks, and chooses ticks that suit the zoom:
/// years, quarters, months, weeks or days, never closer than their labels allow.
class TimeScale
{
public:
    TimeScale() = default;
    /// firstDay (a Julian day, may be fractional) sits at x = left; each day is pixelsPerDay wide,
    /// except inside breaks (ascending, not overlapping), which take breakWidth each.
    TimeScale(qreal firstDay, qreal pixelsPerDay, qreal left, const QList<AxisBreak> &breaks = {}, qreal breakWidth = 0);

    [[nodiscard]] qreal x(qreal julianDay) const;
    [[nodiscard]] qreal day(qreal x) const;
    [[nodiscard]] const QList<AxisBreak> &breaks() const { return m_breaks; }
    /// Where break i starts and ends on the x axis.
    [[nodiscard]] qreal breakLeft(qsizetype i) const { return x(m_breaks[i].fromDay); }
    [[nodiscard]] qreal breakRight(qsizetype i) const { return breakLeft(i) + widthOf(m_breaks[i]); }
    [[nodiscard]] qreal pixelsPerDay() const { return m_pixelsPerDay; }
    [[nodiscard]] QDate date(qreal x) const;

    /// Ticks between fromX and toX. Labels never collide when drawn with labelMetrics.
    [[nodiscard]] QList<TimelineTick> ticks(qreal fromX, qreal toX, const QFontMetricsF &labelMetrics) const;

    /// Name of the unit the major ticks would use at this zoom ("day", "week", "month", "quarter", "year", ...).
    [[nodiscard]] QString majorUnit(const QFontMetricsF &labelMetrics) const;

private:
    struct Step
    {
        int days = 0; ///< a step of whole days (1 or 7), or
        int months = 0; ///< a step of whole months
    };
    [[nodiscard]] Step majorStep(const QFontMetricsF &labelMetrics) const;
    [[nodiscard]] Step minorStep(const Step &major) const;
    [[nodiscard]] qreal approximateWidth(const Step &step) const;
    [[nodiscard]] QList<TimelineTick> ticksWithoutBreaks(qreal fromX, qreal toX, const QFontMetricsF &labelMetrics) const;
    [[nodiscard]] qreal widthOf(const AxisBreak &gap) const { return gap.isCut() ? m_breakWidth : gap.width; }

    qreal m_firstDay = 0;
    qreal m_pixelsPerDay = 1;
    qreal m_left = 0;
    QList<AxisBreak> m_breaks;
    qreal m_breakWidth = 0;
};

} // namespace Sourceline
