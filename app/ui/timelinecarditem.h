// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "timelinerenderer.h"

#include <QGraphicsItem>

namespace Sourceline {

/// One card of the timeline view. Paints through the shared TimelineRenderer, so the view
/// shows exactly what an export draws; drawn too small to read, it becomes a plain block.
class TimelineCardItem : public QGraphicsItem
{
public:
    TimelineCardItem(const TimelineLayout *layout, const TimelineRenderer *renderer, int index);

    [[nodiscard]] int index() const { return m_index; }
    [[nodiscard]] const TimelineCard &card() const;
    void setCurrent(bool current);
    [[nodiscard]] bool isCurrent() const { return m_current; }

    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    const TimelineLayout *m_layout;
    const TimelineRenderer *m_renderer;
    int m_index;
    bool m_current = false;
    bool m_hovered = false;
};

/// The tooltip of a card: its label, its date and, for an event placed by order, why it sits there.
[[nodiscard]] QString cardToolTip(const TimelineCard &card);

} // namespace Sourceline
