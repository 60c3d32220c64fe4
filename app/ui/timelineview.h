// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"
#include "storytheme.h"
#include "timelinelayout.h"
#include "timelinerenderer.h"

#include <QDate>
#include <QGraphicsView>
#include <QPointer>

#include <memory>

namespace Sourceline {

class StorySelection;
class TimelineCardItem;

/// The story's chronology on a time axis: events as cards in lanes, quotes as marks on the
/// events they were said in. Zooms (Ctrl+wheel, +/-, pinch), pans (drag, scroll), follows the
/// shared selection and changes it on click; Left/Right walk the events, Enter opens a source.
/// Every zoom lays the cards out again for the new scale, so labels never overlap; when
/// events crowd, they gather into clusters that zoom in on click.
class TimelineView : public QGraphicsView
{
    Q_OBJECT
public:
    enum class LaneMode { None, ByPerson, ByArticle };

    explicit TimelineView(StorySelection *selection, QWidget *parent = nullptr);
    ~TimelineView() override;

    void setStory(std::shared_ptr<const StoryGraph> story);
    void setColorScheme(ColorScheme scheme);
    void setLaneMode(LaneMode mode);
    /// Whether planned, expected and called-off events are left out (they are shown by default).
    void setHappenedOnly(bool happenedOnly);

    [[nodiscard]] LaneMode laneMode() const { return m_laneMode; }
    [[nodiscard]] bool happenedOnly() const { return m_happenedOnly; }
    [[nodiscard]] ColorScheme colorScheme() const { return m_scheme; }
    [[nodiscard]] const TimelineLayout &timelineLayout() const { return m_layout; }
    [[nodiscard]] qreal pixelsPerDay() const { return m_layout.scale().pixelsPerDay(); }
    /// The event shown as current (the selection, or the event of a selected quote).
    [[nodiscard]] QString currentEvent() const { return m_current; }
    /// First and last day in view (invalid when the story has no dates).
    [[nodiscard]] QDate visibleFrom() const;
    [[nodiscard]] QDate visibleTo() const;
    [[nodiscard]] QList<TimelineCardItem *> cardItems() const { return m_items; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitAll();

Q_SIGNALS:
    /// The user asked to see an event in its source text (Enter or double-click).
    void sourceRequested(const QString &id);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void rebuild();
    void arrange(qreal pixelsPerDay);
    /// The whole story in the viewport, as an export draws it: quiet years at the ends of the
    /// story run slowly so that its busy days are not squeezed into a few pixels.
    void arrangeFitted();
    void zoomBy(qreal factor, qreal viewportX);
    void zoomTo(qreal fromX, qreal toX);
    void showCurrent(const QString &id);
    void step(int direction);
    void select(const QString &eventId);
    [[nodiscard]] TimelineCardItem *cardItemAt(const QPoint &viewportPos) const;
    [[nodiscard]] qreal fitPixelsPerDay() const;
    [[nodiscard]] QRectF visibleSceneRect() const;

    QPointer<StorySelection> m_selection;
    std::shared_ptr<const StoryGraph> m_story;
    QGraphicsScene *m_scene;
    TimelineLayout m_layout;
    TimelineRenderer m_renderer;
    QList<TimelineCardItem *> m_items;
    LaneMode m_laneMode = LaneMode::None;
    bool m_happenedOnly = false;
    ColorScheme m_scheme = ColorScheme::Light;
    QString m_current;
    QPoint m_pressPosition;
    bool m_fitted = true; ///< follows the viewport's width until the user zooms
    qreal m_fittedPace = 0; ///< pixels per busy day when last fitted: zooming out stops there
};

} // namespace Sourceline
