// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timelinecarditem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
// Below this scale a card's text is too small to read; a block keeps the picture and is cheap.
constexpr qreal readableDetail = 0.5;
} // namespace

QString cardToolTip(const TimelineCard &card)
{
    QString tip = u"<b>%1</b>"_s.arg(card.label.toHtmlEscaped());
    if (!card.dateText.isEmpty()) {
        tip += u"<br>"_s + card.dateText.toHtmlEscaped();
    }
    if (card.kind == TimelineCard::Kind::Cluster) {
        tip += u"<br><i>Click to zoom in</i>"_s;
    } else if (card.dating == EventDating::Kind::Undated || card.dating == EventDating::Kind::YearUnknown) {
        tip += u"<br><i>Placed by the order of the text</i>"_s;
        if (!card.placement.isEmpty()) {
            tip += u"<br>"_s + card.placement.toHtmlEscaped();
        }
    }
    if (!card.quoteMarks.isEmpty()) {
        tip += card.quoteMarks.size() == 1 ? u"<br>1 quote"_s : u"<br>%1 quotes"_s.arg(card.quoteMarks.size());
    }
    return tip;
}

TimelineCardItem::TimelineCardItem(const TimelineLayout *layout, const TimelineRenderer *renderer, int index)
    : m_layout(layout)
    , m_renderer(renderer)
    , m_index(index)
{
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(cardToolTip(card()));
}

const TimelineCard &TimelineCardItem::card() const
{
    return m_layout->cards().at(m_index);
}

void TimelineCardItem::setCurrent(bool current)
{
    if (current != m_current) {
        m_current = current;
        update();
    }
}

QRectF TimelineCardItem::boundingRect() const
{
    return card().rect;
}

QPainterPath TimelineCardItem::shape() const
{
    // Only the card and its callout take clicks, not the empty corners of the span bar's row.
    QPainterPath path;
    path.addRect(card().box);
    if (!card().calloutBox.isEmpty()) {
        path.addRect(card().calloutBox);
    }
    if (card().hasSpan()) {
        path.addRect(card().spanBar);
    }
    return path;
}

void TimelineCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const TimelineCardState state{m_current, m_hovered};
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < readableDetail) {
        m_renderer->paintCardOutline(painter, *m_layout, card(), state);
    } else {
        m_renderer->paintCard(painter, *m_layout, card(), state);
    }
}

void TimelineCardItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void TimelineCardItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace Sourceline
