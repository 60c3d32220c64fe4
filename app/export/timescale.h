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

/// Maps days to x and back, linearly, and chooses ticks that suit the zoom: years, quarters,
/// months, weeks or days, never closer than their labels allow.
class TimeScale
{
public:
    TimeScale() = default;
    /// firstDay (a Julian day, may be fractional) sits at x = left; each day is pixelsPerDay wide.
    TimeScale(qreal firstDay, qreal pixelsPerDay, qreal left);

    [[nodiscard]] qreal x(qreal julianDay) const { return m_left + (julianDay - m_firstDay) * m_pixelsPerDay; }
    [[nodiscard]] qreal day(qreal x) const { return m_firstDay + (x - m_left) / m_pixelsPerDay; }
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

    qreal m_firstDay = 0;
    qreal m_pixelsPerDay = 1;
    qreal m_left = 0;
};

} // namespace Sourceline
