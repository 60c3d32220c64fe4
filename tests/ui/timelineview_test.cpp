// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storyselection.h"
#include "teststories.h"
#include "timelinecarditem.h"
#include "timelineview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

class TimelineViewTest : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        StorySelection selection;
        TimelineView view{&selection};
        explicit Fixture(const StoryGraph &story = sampleStory(), TimelineView::LaneMode lanes = TimelineView::LaneMode::None)
        {
            view.resize(1100, 600);
            view.setLaneMode(lanes);
            view.setStory(std::make_shared<const StoryGraph>(story));
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
        }
        [[nodiscard]] TimelineCardItem *item(const QString &id) const
        {
            const int index = view.timelineLayout().cardIndexOf(id);
            return index < 0 ? nullptr : view.cardItems().at(index);
        }
        [[nodiscard]] QPoint pointOn(const QString &id)
        {
            TimelineCardItem *card = item(id);
            view.ensureVisible(card->card().box, 10, 60);
            return view.mapFromScene(card->card().box.center());
        }
    };

    static void verifyNoOverlap(const TimelineView &view)
    {
        const auto items = view.cardItems();
        for (qsizetype i = 0; i < items.size(); ++i) {
            for (qsizetype j = i + 1; j < items.size(); ++j) {
                QVERIFY(!items.at(i)->sceneBoundingRect().intersects(items.at(j)->sceneBoundingRect()));
            }
        }
    }

private Q_SLOTS:
    void showsEveryEvent()
    {
        Fixture fixture;
        const auto &layout = fixture.view.timelineLayout();
        QCOMPARE(fixture.view.cardItems().size(), layout.cards().size());
        QCOMPARE(layout.eventOrder().size(), sampleStory().events.size());
        // Fitted: the whole story is as wide as the view, no horizontal scrolling.
        QVERIFY(fixture.view.sceneRect().width() <= fixture.view.viewport()->width() + 1);
        QCOMPARE(fixture.view.sceneRect(), layout.bounds());
        verifyNoOverlap(fixture.view);
    }

    void clickSelectsAndSelectionFollows()
    {
        Fixture fixture;
        QSignalSpy changed(&fixture.selection, &StorySelection::currentChanged);
        QTest::mouseClick(fixture.view.viewport(), Qt::LeftButton, {}, fixture.pointOn(u"e5"_s));
        QCOMPARE(fixture.selection.current(), u"e5"_s);
        QCOMPARE(changed.size(), 1);
        QVERIFY(fixture.item(u"e5"_s)->isCurrent());
        // Clicking the current event again changes nothing: no feedback loop.
        QTest::mouseClick(fixture.view.viewport(), Qt::LeftButton, {}, fixture.pointOn(u"e5"_s));
        QCOMPARE(changed.size(), 1);

        // Another view selects a quote: the timeline shows the event it was said in.
        fixture.selection.select(u"q4"_s);
        QCOMPARE(fixture.view.currentEvent(), u"e11"_s);
        QVERIFY(fixture.item(u"e11"_s)->isCurrent());
        QVERIFY(!fixture.item(u"e5"_s)->isCurrent());
    }

    void keyboardWalksTheChronology()
    {
        Fixture fixture;
        QSignalSpy source(&fixture.view, &TimelineView::sourceRequested);
        fixture.view.setFocus();
        const QStringList order = fixture.view.timelineLayout().eventOrder();
        QTest::keyClick(&fixture.view, Qt::Key_Right);
        QCOMPARE(fixture.selection.current(), order.at(0));
        QTest::keyClick(&fixture.view, Qt::Key_Right);
        QTest::keyClick(&fixture.view, Qt::Key_Right);
        QCOMPARE(fixture.selection.current(), order.at(2));
        QTest::keyClick(&fixture.view, Qt::Key_Left);
        QCOMPARE(fixture.selection.current(), order.at(1));
        QTest::keyClick(&fixture.view, Qt::Key_Return);
        QCOMPARE(source.size(), 1);
        QCOMPARE(source.first().first().toString(), order.at(1));
    }

    void doubleClickOpensSource()
    {
        Fixture fixture;
        QSignalSpy source(&fixture.view, &TimelineView::sourceRequested);
        QTest::mouseDClick(fixture.view.viewport(), Qt::LeftButton, {}, fixture.pointOn(u"e3"_s));
        QCOMPARE(source.size(), 1);
        QCOMPARE(source.first().first().toString(), u"e3"_s);
        QCOMPARE(fixture.selection.current(), u"e3"_s);
    }

    void zoomKeepsLabelsApart()
    {
        Fixture fixture(sampleStory(), TimelineView::LaneMode::ByPerson);
        const qreal fitted = fixture.view.pixelsPerDay();
        fixture.view.zoomIn();
        QVERIFY(fixture.view.pixelsPerDay() > fitted * 1.4);
        verifyNoOverlap(fixture.view);
        for (int i = 0; i < 6; ++i) {
            fixture.view.zoomIn();
            verifyNoOverlap(fixture.view);
        }
        QVERIFY(fixture.view.sceneRect().width() > fixture.view.viewport()->width() * 10);
        fixture.view.zoomOut();
        verifyNoOverlap(fixture.view);
        fixture.view.fitAll();
        QCOMPARE(fixture.view.pixelsPerDay(), fitted);
        // Never further out than the whole story.
        fixture.view.zoomOut();
        QCOMPARE(fixture.view.pixelsPerDay(), fitted);
    }

    void theFittedViewSlowsQuietYearsLikeAnExport()
    {
        // A week told day by day, then a year of aftermath told every few months: fitted in
        // true time, the week would get a few pixels and fold into one cluster.
        const StoryGraph story = storyOfDates({u"2023-11-17"_s, u"2023-11-18"_s, u"2023-11-19"_s, u"2023-11-20"_s, u"2023-11-21"_s, u"2023-11-22"_s,
            u"2023-11-23"_s, u"2024-02-01"_s, u"2024-05-01"_s, u"2024-08-01"_s, u"2024-11-01"_s});
        Fixture fixture(story);
        const auto &breaks = fixture.view.timelineLayout().scale().breaks();
        QVERIFY(std::any_of(breaks.cbegin(), breaks.cend(), [](const AxisBreak &b) { return !b.isCut(); }));
        for (int i = 1; i <= 7; ++i) {
            QVERIFY2(fixture.item(u"e%1"_s.arg(i)), qPrintable(u"e%1 is folded into a cluster"_s.arg(i)));
        }
        QVERIFY(fixture.view.sceneRect().width() <= fixture.view.viewport()->width() + 1);
        const qreal fitted = fixture.view.pixelsPerDay();
        // Zoomed in, time is true again; zoomed back out, the fitted view returns.
        fixture.view.zoomIn();
        QVERIFY(fixture.view.pixelsPerDay() > fitted * 1.4);
        QVERIFY(std::none_of(fixture.view.timelineLayout().scale().breaks().cbegin(), fixture.view.timelineLayout().scale().breaks().cend(),
            [](const AxisBreak &b) { return !b.isCut(); }));
        fixture.view.zoomOut();
        fixture.view.zoomOut();
        QCOMPARE(fixture.view.pixelsPerDay(), fitted);
        QVERIFY(fixture.view.sceneRect().width() <= fixture.view.viewport()->width() + 1);
    }

    void ctrlWheelZoomsAroundThePointer()
    {
        Fixture fixture;
        const QPoint at = fixture.pointOn(u"e4"_s);
        const qreal dayBefore = fixture.view.timelineLayout().scale().day(fixture.view.mapToScene(at).x());
        QWheelEvent wheel(at, fixture.view.viewport()->mapToGlobal(at), {}, QPoint(0, 240), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(fixture.view.viewport(), &wheel);
        QVERIFY(fixture.view.pixelsPerDay() > fixture.view.timelineLayout().fitPixelsPerDay(fixture.view.viewport()->width()) * 1.4);
        const qreal dayAfter = fixture.view.timelineLayout().scale().day(fixture.view.mapToScene(at).x());
        QVERIFY2(std::abs(dayAfter - dayBefore) < 1.0, qPrintable(u"%1 vs %2"_s.arg(dayBefore).arg(dayAfter)));
    }

    void lanes()
    {
        Fixture fixture(sampleStory(), TimelineView::LaneMode::ByArticle);
        QCOMPARE(fixture.view.timelineLayout().lanes().size(), 3);
        fixture.view.setLaneMode(TimelineView::LaneMode::ByPerson);
        QVERIFY(fixture.view.timelineLayout().lanes().size() >= 5);
        fixture.view.setLaneMode(TimelineView::LaneMode::None);
        QCOMPARE(fixture.view.timelineLayout().lanes().size(), 1);
        verifyNoOverlap(fixture.view);
    }

    void happenedOnlyHidesPlansAndForecasts()
    {
        Fixture fixture;
        QVERIFY(fixture.item(u"e14"_s)); // planned
        QVERIFY(fixture.item(u"e12"_s)); // expected
        QVERIFY(fixture.item(u"e14"_s)->toolTip().contains(u"planned"_s));
        fixture.view.setHappenedOnly(true);
        QVERIFY(!fixture.item(u"e14"_s));
        QVERIFY(!fixture.item(u"e12"_s));
        QCOMPARE(fixture.view.timelineLayout().eventOrder().size(), sampleStory().events.size() - 2);
        fixture.view.setHappenedOnly(false);
        QVERIFY(fixture.item(u"e14"_s));
        verifyNoOverlap(fixture.view);
    }

    void tooltipsExplainPlacement()
    {
        Fixture fixture;
        const QString undated = fixture.item(u"e7"_s)->toolTip();
        QVERIFY(undated.contains(u"28-point peace plan drafted"_s));
        QVERIFY(undated.contains(u"after: Dmitriev and Witkoff meet in Miami"_s));
        QVERIFY(fixture.item(u"e3"_s)->toolTip().contains(u"14 Oct 2025"_s));
    }

    void manyEventsCluster()
    {
        Fixture fixture(generatedStory(10000, 5));
        const auto &layout = fixture.view.timelineLayout();
        QCOMPARE(layout.eventOrder().size(), 10000);
        QVERIFY(fixture.view.cardItems().size() < 400);
        // Clicking a cluster zooms in on it.
        const auto it
            = std::find_if(layout.cards().cbegin(), layout.cards().cend(), [](const TimelineCard &card) { return card.kind == TimelineCard::Kind::Cluster; });
        QVERIFY(it != layout.cards().cend());
        const qreal before = fixture.view.pixelsPerDay();
        QTest::mouseClick(fixture.view.viewport(), Qt::LeftButton, {}, fixture.pointOn(it->eventId));
        QVERIFY(fixture.view.pixelsPerDay() > before * 2);
        verifyNoOverlap(fixture.view);
    }
};

QTEST_MAIN(TimelineViewTest)
#include "timelineview_test.moc"
