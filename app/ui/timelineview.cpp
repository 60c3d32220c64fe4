// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timelineview.h"

#include "storyselection.h"
#include "timelinecarditem.h"

#include <QApplication>
#include <QGestureEvent>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
constexpr qreal zoomStep = 1.5;
constexpr qreal maximumPixelsPerDay = 2000;
// In the view a crowded stretch becomes a cluster early: a few rows of cards read, dozens do not.
constexpr int viewMaxStack = 8;

TimelineLanes lanesFor(TimelineView::LaneMode mode)
{
    switch (mode) {
    case TimelineView::LaneMode::ByPerson:
        return TimelineLanes::ByPerson;
    case TimelineView::LaneMode::ByArticle:
        return TimelineLanes::ByArticle;
    case TimelineView::LaneMode::None:
        break;
    }
    return TimelineLanes::None;
}
} // namespace

TimelineView::TimelineView(StorySelection *selection, QWidget *parent)
    : QGraphicsView(parent)
    , m_selection(selection)
    , m_scene(new QGraphicsScene(this))
    , m_renderer(StoryColors::forScheme(ColorScheme::Light))
{
    setScene(m_scene);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // The axis and lane names are pinned to the viewport's edges, so scrolling must repaint
    // rather than shift pixels.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->grabGesture(Qt::PinchGesture);
    setAccessibleName(u"Timeline"_s);
    if (m_selection) {
        connect(m_selection, &StorySelection::currentChanged, this, &TimelineView::showCurrent);
    }
}

TimelineView::~TimelineView() = default;

void TimelineView::setStory(std::shared_ptr<const StoryGraph> story)
{
    m_story = std::move(story);
    m_fitted = true;
    rebuild();
}

void TimelineView::setColorScheme(ColorScheme scheme)
{
    m_scheme = scheme;
    m_renderer.setColors(StoryColors::forScheme(scheme));
    viewport()->update();
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode) {
        return;
    }
    m_laneMode = mode;
    rebuild();
}

void TimelineView::setHappenedOnly(bool happenedOnly)
{
    if (happenedOnly == m_happenedOnly) {
        return;
    }
    m_happenedOnly = happenedOnly;
    rebuild();
}

void TimelineView::rebuild()
{
    const qreal previous = m_layout.eventCount() > 0 && !m_fitted ? pixelsPerDay() : 0;
    TimelineOptions options;
    options.lanes = lanesFor(m_laneMode);
    options.happenedOnly = m_happenedOnly;
    m_layout = m_story ? TimelineLayout(*m_story, options, TimelineStyle::standard()) : TimelineLayout();
    if (previous > 0) {
        arrange(previous);
    } else {
        arrangeFitted();
    }
    if (m_selection) {
        showCurrent(m_selection->current());
    }
}

qreal TimelineView::fitPixelsPerDay() const
{
    return m_layout.fitPixelsPerDay(std::max(200, viewport()->width()));
}

void TimelineView::arrange(qreal pixelsPerDay)
{
    m_items.clear();
    m_scene->clear();
    TimelineArrangement arrangement;
    arrangement.width = std::max(200, viewport()->width());
    arrangement.pixelsPerDay = pixelsPerDay;
    arrangement.maxStack = viewMaxStack;
    m_layout.arrange(arrangement);
    const QRectF bounds = m_layout.bounds();
    m_scene->setSceneRect(bounds);
    setSceneRect(bounds);
    m_items.reserve(m_layout.cards().size());
    for (int i = 0; i < m_layout.cards().size(); ++i) {
        auto *item = new TimelineCardItem(&m_layout, &m_renderer, i);
        m_scene->addItem(item);
        m_items.append(item);
    }
    const int current = m_layout.cardIndexOf(m_current);
    if (current >= 0) {
        m_items.at(current)->setCurrent(true);
    }
    viewport()->update();
}

void TimelineView::arrangeFitted()
{
    m_fitted = true;
    arrange(0); // the layout fits the width itself, slow stretches and all
    m_fittedPace = pixelsPerDay();
}

QRectF TimelineView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

QDate TimelineView::visibleFrom() const
{
    if (!m_layout.hasDates()) {
        return {};
    }
    return m_layout.scale().date(std::max(visibleSceneRect().left(), m_layout.plotLeft()));
}

QDate TimelineView::visibleTo() const
{
    if (!m_layout.hasDates()) {
        return {};
    }
    return m_layout.scale().date(std::min(visibleSceneRect().right(), m_layout.plotRight()));
}

void TimelineView::zoomIn()
{
    zoomBy(zoomStep, viewport()->width() / 2.0);
}

void TimelineView::zoomOut()
{
    zoomBy(1 / zoomStep, viewport()->width() / 2.0);
}

void TimelineView::fitAll()
{
    arrangeFitted();
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
}

void TimelineView::zoomBy(qreal factor, qreal viewportX)
{
    if (m_layout.eventCount() == 0) {
        return;
    }
    // Zoomed views keep true time; zooming out ends at the fitted view.
    const qreal fit = std::max(fitPixelsPerDay(), m_fittedPace);
    const qreal wanted = std::clamp(pixelsPerDay() * factor, fit, std::max(fit, maximumPixelsPerDay));
    const bool fitted = wanted <= fit * 1.0001;
    if (fitted ? m_fitted : qFuzzyCompare(wanted, pixelsPerDay())) {
        return;
    }
    // Keep the day under the pointer where it is.
    const qreal day = m_layout.scale().day(mapToScene(QPoint(qRound(viewportX), 0)).x());
    const int verticalPosition = verticalScrollBar()->value();
    if (fitted) {
        arrangeFitted();
    } else {
        m_fitted = false;
        arrange(wanted);
    }
    const qreal sceneX = m_layout.scale().x(day);
    horizontalScrollBar()->setValue(qRound(sceneX - viewportX - m_layout.bounds().left()));
    verticalScrollBar()->setValue(verticalPosition);
}

void TimelineView::zoomTo(qreal fromX, qreal toX)
{
    if (toX <= fromX) {
        return;
    }
    const qreal fromDay = m_layout.scale().day(fromX);
    const qreal toDay = m_layout.scale().day(toX);
    const qreal usable = std::max(100, viewport()->width() - 80);
    const qreal wanted = std::min(maximumPixelsPerDay, usable / std::max(0.5, toDay - fromDay));
    m_fitted = false;
    arrange(std::max(wanted, fitPixelsPerDay()));
    horizontalScrollBar()->setValue(qRound(m_layout.scale().x(fromDay) - 40));
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted) {
        arrangeFitted();
    }
}

void TimelineView::drawBackground(QPainter *painter, const QRectF &rect)
{
    m_renderer.paintBackground(painter, m_layout, rect);
}

void TimelineView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect)
    const QRectF visible = visibleSceneRect();
    m_renderer.paintLaneHeaders(painter, m_layout, std::max(visible.left(), qreal(0)));
    m_renderer.paintAxis(painter, m_layout, visible.top(), visible.left(), visible.right());
    if (m_layout.cards().isEmpty()) {
        m_renderer.paintEmptyNote(painter, m_layout, visible);
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal notches = event->angleDelta().y() / 120.0;
        if (notches != 0) {
            zoomBy(std::pow(1.25, notches), event->position().x());
        }
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitAll();
        return;
    case Qt::Key_Left:
        step(-1);
        return;
    case Qt::Key_Right:
        step(1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_current.isEmpty()) {
            Q_EMIT sourceRequested(m_current);
        }
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void TimelineView::step(int direction)
{
    const QStringList &order = m_layout.eventOrder();
    if (order.isEmpty()) {
        return;
    }
    const qsizetype at = order.indexOf(m_current);
    qsizetype next = 0;
    if (at < 0) {
        next = direction > 0 ? 0 : order.size() - 1;
    } else {
        next = std::clamp<qsizetype>(at + direction, 0, order.size() - 1);
    }
    select(order.at(next));
}

void TimelineView::select(const QString &eventId)
{
    if (m_selection) {
        m_selection->select(eventId); // a no-op for the current id, so no loop through showCurrent
    } else {
        showCurrent(eventId);
    }
}

void TimelineView::showCurrent(const QString &id)
{
    const QString eventId = m_layout.eventFor(id);
    if (eventId == m_current && !eventId.isEmpty()) {
        return;
    }
    const int previous = m_layout.cardIndexOf(m_current);
    if (previous >= 0 && previous < m_items.size()) {
        m_items.at(previous)->setCurrent(false);
    }
    m_current = eventId;
    const int index = m_layout.cardIndexOf(m_current);
    if (index >= 0 && index < m_items.size()) {
        m_items.at(index)->setCurrent(true);
        const TimelineCard &card = m_layout.cards().at(index);
        // Leave room for the pinned axis above the card.
        ensureVisible(card.box.adjusted(0, -m_layout.style().axisHeight, 0, 0), 40, 20);
    }
}

TimelineCardItem *TimelineView::cardItemAt(const QPoint &viewportPos) const
{
    for (QGraphicsItem *item : items(viewportPos)) {
        if (auto *card = dynamic_cast<TimelineCardItem *>(item)) {
            return card;
        }
    }
    return nullptr;
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || (event->position().toPoint() - m_pressPosition).manhattanLength() >= QApplication::startDragDistance()) {
        return;
    }
    if (TimelineCardItem *item = cardItemAt(event->position().toPoint())) {
        const TimelineCard &card = item->card();
        if (card.kind == TimelineCard::Kind::Cluster) {
            zoomTo(std::min(card.spanFrom, card.box.left()), std::max(card.spanTo, card.anchorX + 1));
        } else {
            select(card.eventId);
        }
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (TimelineCardItem *item = cardItemAt(event->position().toPoint()); item && item->card().kind == TimelineCard::Kind::Event) {
        const QString id = item->card().eventId;
        select(id);
        Q_EMIT sourceRequested(id);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), gesture->position().x());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()).x());
            }
            gestures->accept(pinch);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

} // namespace Sourceline
