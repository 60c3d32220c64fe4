// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "timelinelayout.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

namespace Sourceline {

struct TimelinePageOptions
{
    qreal width = 1600;
    QString title; ///< empty: the first article's title
    bool legend = true;
    bool footer = true;
};

/// One entry of the legend: a swatch and what it stands for.
struct TimelineLegendItem
{
    enum class Kind { Lane, Exact, Approximate, Undated, NotDone, Quote, Cluster };
    Kind kind = Kind::Lane;
    int colorIndex = -1; ///< for lanes
    QString text;
    QRectF rect; ///< swatch and text
};

/// The composition of an exported timeline: title, summary, legend, the timeline itself
/// and a footer crediting the source articles. Geometry only; TimelineRenderer paints it.
class TimelinePage
{
public:
    /// timeline must be arranged for timelineWidth(options.width).
    TimelinePage(const StoryGraph &story, const TimelineLayout &timeline, const TimelinePageOptions &options);

    /// Width to arrange the timeline for, on a page of pageWidth.
    [[nodiscard]] static qreal timelineWidth(qreal pageWidth);
    [[nodiscard]] static qreal margin(qreal pageWidth);
    /// The title a story gets when the user gives none.
    [[nodiscard]] static QString defaultTitle(const StoryGraph &story);

    [[nodiscard]] const TimelineLayout &timeline() const { return m_timeline; }
    [[nodiscard]] QPointF timelineOrigin() const { return m_timelineOrigin; }
    [[nodiscard]] QSizeF size() const { return m_size; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] const QStringList &titleLines() const { return m_titleLines; }
    [[nodiscard]] QRectF titleRect() const { return m_titleRect; }
    /// The title's font: the style's, or smaller for a title that would take more than two lines.
    [[nodiscard]] QFont titleFont() const { return m_titleFont; }
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QRectF summaryRect() const { return m_summaryRect; }
    [[nodiscard]] const QList<TimelineLegendItem> &legend() const { return m_legend; }
    [[nodiscard]] const QStringList &footerLines() const { return m_footerLines; }
    [[nodiscard]] QRectF footerRect() const { return m_footerRect; }
    [[nodiscard]] QString credit() const { return m_credit; }

private:
    void placeLegend(qreal left, qreal right, qreal &y);
    void placeFooter(const StoryGraph &story, qreal left, qreal right, qreal &y);

    TimelineLayout m_timeline;
    QPointF m_timelineOrigin;
    QSizeF m_size;
    QString m_title;
    QStringList m_titleLines;
    QFont m_titleFont;
    QRectF m_titleRect;
    QString m_summary;
    QRectF m_summaryRect;
    QList<TimelineLegendItem> m_legend;
    QStringList m_footerLines;
    QRectF m_footerRect;
    QString m_credit;
};

} // namespace Sourceline
