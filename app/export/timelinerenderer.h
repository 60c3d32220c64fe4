// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storytheme.h"
#include "timelinelayout.h"
#include "timelinepage.h"

#include <QRectF>

class QPainter;

namespace Sourceline {

/// How a card is shown beyond its content: the view's selection and hover.
struct TimelineCardState
{
    bool selected = false;
    bool hovered = false;
};

/// Paints timeline layouts onto any QPainter: the view's scene, a PNG, an SVG or a PDF.
/// Each part can be painted alone so that the view can draw cards as items and pin the
/// axis and lane names to its edges, while exports paint the whole page at once.
class TimelineRenderer
{
public:
    explicit TimelineRenderer(const StoryColors &colors);

    [[nodiscard]] const StoryColors &colors() const { return m_colors; }
    void setColors(const StoryColors &colors) { m_colors = colors; }

    /// Lane bands and the gridlines of major ticks, within exposed (layout coordinates).
    void paintBackground(QPainter *painter, const TimelineLayout &layout, const QRectF &exposed) const;
    /// The axis band with its ticks between fromX and toX, its top at `top`.
    void paintAxis(QPainter *painter, const TimelineLayout &layout, qreal top, qreal fromX, qreal toX) const;
    /// Lane names, starting at x = left (the view keeps them at its left edge).
    void paintLaneHeaders(QPainter *painter, const TimelineLayout &layout, qreal left) const;
    void paintCard(QPainter *painter, const TimelineLayout &layout, const TimelineCard &card, TimelineCardState state = {}) const;
    /// A card as a plain block, for when it is drawn too small to read.
    void paintCardOutline(QPainter *painter, const TimelineLayout &layout, const TimelineCard &card, TimelineCardState state = {}) const;
    /// Everything of a layout at its own coordinates.
    void paintTimeline(QPainter *painter, const TimelineLayout &layout, const QString &selectedEvent = {}) const;
    /// The note that stands in for an empty timeline, within area.
    void paintEmptyNote(QPainter *painter, const TimelineLayout &layout, const QRectF &area) const;
    /// A whole export page: background, title, legend, timeline, footer.
    void paintPage(QPainter *painter, const TimelinePage &page) const;

private:
    [[nodiscard]] QColor laneColor(const TimelineLayout &layout, int lane) const;
    void paintEventMarks(QPainter *painter, const TimelineLayout &layout, qreal y, qreal fromX, qreal toX) const;
    void paintAxisBreaks(QPainter *painter, const TimelineLayout &layout, qreal y, qreal fromX, qreal toX) const;
    void paintSpan(QPainter *painter, const TimelineCard &card, const QColor &color) const;
    void paintQuoteMark(QPainter *painter, const QRectF &rect, Quote::Kind kind) const;
    void paintCallout(QPainter *painter, const TimelineLayout &layout, const TimelineCard &card) const;
    void paintLegendSwatch(QPainter *painter, const TimelineLegendItem &item, const QRectF &swatch) const;

    StoryColors m_colors;
};

} // namespace Sourceline
