// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "teststories.h"
#include "timelinelayout.h"
#include "timelinepage.h"

#include <QFontMetricsF>
#include <QTest>

#include <algorithm>

using namespace Sourceline;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Sourceline::TimelineLanes)
Q_DECLARE_METATYPE(Sourceline::EventDating::Kind)

namespace {
TimelineLayout arranged(const StoryGraph &story, TimelineLanes lanes, qreal width, qreal pixelsPerDay = 0, int maxStack = 0)
{
    TimelineOptions options;
    options.lanes = lanes;
    options.callouts = true;
    TimelineLayout layout(story, options, TimelineStyle::standard());
    TimelineArrangement arrangement;
    arrangement.width = width;
    arrangement.pixelsPerDay = pixelsPerDay;
    arrangement.maxStack = maxStack;
    layout.arrange(arrangement);
    return layout;
}

const TimelineCard *cardOf(const TimelineLayout &layout, const QString &id)
{
    const int index = layout.cardIndexOf(id);
    return index < 0 ? nullptr : &layout.cards().at(index);
}

DateValue isoDate(const QString &iso, const QDate &earliest = {}, const QDate &latest = {})
{
    DateValue value;
    value.iso = iso;
    value.earliest = earliest;
    value.latest = latest;
    return value;
}
qreal dayAt(const TimelineLayout &layout, const QString &id)
{
    return layout.scale().day(cardOf(layout, id)->anchorX);
}
} // namespace

class TimelineLayoutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dating_data()
    {
        QTest::addColumn<DateValue>("date");
        QTest::addColumn<EventDating::Kind>("kind");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QString>("text");
        using Kind = EventDating::Kind;
        QTest::newRow("day") << isoDate(u"2025-10-14"_s) << Kind::Exact << QDate(2025, 10, 14) << QDate(2025, 10, 14) << u"14 Oct 2025"_s;
        QTest::newRow("month") << isoDate(u"2025-02"_s) << Kind::Approximate << QDate(2025, 2, 1) << QDate(2025, 2, 28) << u"Feb 2025"_s;
        QTest::newRow("year") << isoDate(u"2024"_s) << Kind::Approximate << QDate(2024, 1, 1) << QDate(2024, 12, 31) << u"2024"_s;
        QTest::newRow("iso week") << isoDate(u"2025-W42"_s) << Kind::Approximate << QDate(2025, 10, 13) << QDate(2025, 10, 19) << u"13–19 Oct 2025"_s;
        QTest::newRow("range") << isoDate(u"2025-10-24"_s, QDate(2025, 10, 24), QDate(2025, 11, 2)) << Kind::Approximate << QDate(2025, 10, 24)
                               << QDate(2025, 11, 2) << u"24 Oct – 2 Nov 2025"_s;
        QTest::newRow("year unknown") << isoDate(u"XXXX-10-14"_s) << Kind::YearUnknown << QDate() << QDate() << u"14 Oct, year unknown"_s;
        QTest::newRow("month, year unknown") << isoDate(u"XXXX-03"_s) << Kind::YearUnknown << QDate() << QDate() << u"March, year unknown"_s;
        QTest::newRow("undated") << DateValue() << Kind::Undated << QDate() << QDate() << u"Undated"_s;
        QTest::newRow("nonsense") << isoDate(u"soon"_s) << Kind::Undated << QDate() << QDate() << u"Undated"_s;
    }

    void dating()
    {
        QFETCH(DateValue, date);
        QFETCH(EventDating::Kind, kind);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QString, text);
        const EventDating dating = EventDating::of(date);
        QCOMPARE(dating.kind, kind);
        QCOMPARE(dating.text, text);
        if (first.isValid()) {
            QCOMPARE(dating.firstDay, first.toJulianDay());
            QCOMPARE(dating.lastDay, last.toJulianDay());
        }
    }

    void aCardSaysWhenItsEventHasNotHappened_data()
    {
        QTest::addColumn<EventStatus>("status");
        QTest::addColumn<QString>("dateLine");
        QTest::newRow("happened") << EventStatus::Happened << u"14 Oct 2025"_s;
        QTest::newRow("planned") << EventStatus::Planned << u"14 Oct 2025 \u00B7 planned"_s;
        QTest::newRow("expected") << EventStatus::Expected << u"14 Oct 2025 \u00B7 expected"_s;
        QTest::newRow("called off") << EventStatus::CalledOff << u"14 Oct 2025 \u00B7 called off"_s;
    }

    void aCardSaysWhenItsEventHasNotHappened()
    {
        QFETCH(EventStatus, status);
        QFETCH(QString, dateLine);
        StoryGraph story = storyOfDates({u"2025-10-14"_s});
        story.events.first().status = status;
        const TimelineLayout layout = arranged(story, TimelineLanes::None, 900);
        const TimelineCard *card = cardOf(layout, u"e1"_s);
        QVERIFY(card);
        QCOMPARE(card->dateText, dateLine);
        QCOMPARE(card->status, status);
        // The box is wide enough for the longer date line.
        QVERIFY(card->box.width() >= QFontMetricsF(TimelineStyle::standard().date).horizontalAdvance(dateLine));
        // The legend explains the dotted card only when there is one.
        const TimelinePage page(story, layout, TimelinePageOptions{});
        const bool explained = std::any_of(
            page.legend().cbegin(), page.legend().cend(), [](const TimelineLegendItem &item) { return item.kind == TimelineLegendItem::Kind::NotDone; });
        QCOMPARE(explained, status != EventStatus::Happened);
    }

    void happenedOnlyLeavesOutWhatHasNotHappened_data()
    {
        QTest::addColumn<bool>("happenedOnly");
        QTest::addColumn<QStringList>("cards");
        QTest::newRow("everything") << false << QStringList{u"e1"_s, u"e2"_s, u"e3"_s};
        QTest::newRow("happened only") << true << QStringList{u"e1"_s, u"e3"_s};
    }

    void happenedOnlyLeavesOutWhatHasNotHappened()
    {
        QFETCH(bool, happenedOnly);
        QFETCH(QStringList, cards);
        StoryGraph story = storyOfDates({u"2025-10-14"_s, u"2025-10-20"_s, u"2025-10-16"_s});
        story.events[1].status = EventStatus::Planned;
        TimelineOptions options;
        options.happenedOnly = happenedOnly;
        TimelineLayout layout(story, options, TimelineStyle::standard());
        TimelineArrangement arrangement;
        arrangement.width = 900;
        layout.arrange(arrangement);
        QStringList shown;
        for (const TimelineCard &card : layout.cards()) {
            shown += card.eventIds;
        }
        shown.sort();
        QCOMPARE(shown, cards);
    }

    void wrapping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qreal>("width");
        QTest::addColumn<int>("maxLines");
        QTest::newRow("short") << u"Call"_s << 200.0 << 3;
        QTest::newRow("several lines") << u"Geneva talks cut the twenty-eight point plan down to nineteen points after a long weekend"_s << 150.0 << 6;
        QTest::newRow("one long word") << u"Supercalifragilisticexpialidocious-negotiations-continued"_s << 90.0 << 6;
        QTest::newRow("too many lines") << u"one two three four five six seven eight nine ten eleven twelve"_s << 60.0 << 2;
    }

    void wrapping()
    {
        QFETCH(QString, text);
        QFETCH(qreal, width);
        QFETCH(int, maxLines);
        const QFont font = TimelineStyle::standard().label;
        const QFontMetricsF metrics(font);
        const QStringList lines = wrapText(text, font, width, maxLines);
        QVERIFY(!lines.isEmpty());
        QVERIFY(lines.size() <= maxLines);
        for (const QString &line : lines) {
            QVERIFY2(metrics.horizontalAdvance(line) <= width + 1, qPrintable(line));
        }
        const QString joined = lines.join(QString()).remove(u' ');
        if (lines.last().endsWith(u'…')) {
            QVERIFY(metrics.horizontalAdvance(text) > width * (maxLines - 1));
        } else {
            QCOMPARE(joined, QString(text).remove(u' '));
        }
    }

    void rankOrderAlongAxis_data()
    {
        QTest::addColumn<TimelineLanes>("lanes");
        QTest::addColumn<qreal>("width");
        for (const qreal width : {640.0, 1600.0, 4000.0}) {
            QTest::addRow("one lane, %d px", int(width)) << TimelineLanes::None << width;
            QTest::addRow("by person, %d px", int(width)) << TimelineLanes::ByPerson << width;
            QTest::addRow("by article, %d px", int(width)) << TimelineLanes::ByArticle << width;
        }
    }

    void rankOrderAlongAxis()
    {
        QFETCH(TimelineLanes, lanes);
        QFETCH(qreal, width);
        // In the sample story dates and ranks agree, so every event, undated ones too, must
        // sit no further left than the one before it in rank order.
        const StoryGraph story = sampleStory();
        const TimelineLayout layout = arranged(story, lanes, width);
        QCOMPARE(layout.eventOrder().size(), story.events.size());
        qreal previous = -1;
        QString previousId;
        for (const QString &id : layout.eventOrder()) {
            const TimelineCard *card = cardOf(layout, id);
            QVERIFY(card);
            QVERIFY2(card->anchorX >= previous - 1e-6, qPrintable(u"%1 sits left of %2"_s.arg(id, previousId)));
            previous = card->anchorX;
            previousId = id;
        }
    }

    void generatedRankOrder()
    {
        const StoryGraph story = generatedStory(500, 7);
        const TimelineLayout layout = arranged(story, TimelineLanes::ByPerson, 2400);
        qreal previous = -1;
        for (const QString &id : layout.eventOrder()) {
            const TimelineCard *card = cardOf(layout, id);
            QVERIFY(card);
            if (card->dating == EventDating::Kind::Exact) {
                QVERIFY(card->anchorX >= previous - 1e-6);
                previous = card->anchorX;
            }
        }
    }

    void undatedBetweenNeighbours()
    {
        const StoryGraph story = sampleStory();
        const TimelineLayout layout = arranged(story, TimelineLanes::None, 1600);
        const TimelineCard *undated = cardOf(layout, u"e7"_s);
        const TimelineCard *before = cardOf(layout, u"e6"_s);
        const TimelineCard *after = cardOf(layout, u"e13"_s);
        QVERIFY(undated && before && after);
        QCOMPARE(undated->dating, EventDating::Kind::Undated);
        QVERIFY(undated->anchorX > before->anchorX);
        QVERIFY(undated->anchorX < after->anchorX);
        QCOMPARE(undated->placement, u"after: Dmitriev and Witkoff meet in Miami"_s);
        QVERIFY(!undated->hasSpan());
        // Without a placement from the chronology, the layout says which event it follows.
        const TimelineCard *last = cardOf(layout, u"e12"_s);
        QVERIFY(last);
        QVERIFY(last->placement.startsWith(u"after: "_s));
        // A month and a range are drawn as spans over their days.
        const TimelineCard *month = cardOf(layout, u"e13"_s);
        QVERIFY(month->hasSpan());
        QCOMPARE(month->spanTo - month->spanFrom, 30 * layout.scale().pixelsPerDay());
        QVERIFY(cardOf(layout, u"e6"_s)->hasSpan());
        QVERIFY(!cardOf(layout, u"e3"_s)->hasSpan());
    }

    void noOverlap_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<TimelineLanes>("lanes");
        QTest::addColumn<qreal>("width");
        QTest::addColumn<qreal>("pixelsPerDay");
        QTest::addColumn<int>("maxStack");
        for (const auto lanes : {TimelineLanes::None, TimelineLanes::ByPerson, TimelineLanes::ByArticle}) {
            const int lane = static_cast<int>(lanes);
            QTest::addRow("sample, lanes %d, 480 px", lane) << 0 << lanes << 480.0 << 0.0 << 0;
            QTest::addRow("sample, lanes %d, 1600 px", lane) << 0 << lanes << 1600.0 << 0.0 << 0;
            QTest::addRow("sample, lanes %d, days", lane) << 0 << lanes << 1000.0 << 120.0 << 0;
            QTest::addRow("500, lanes %d, fit", lane) << 500 << lanes << 1600.0 << 0.0 << 0;
            QTest::addRow("500, lanes %d, fit, clustered", lane) << 500 << lanes << 1600.0 << 0.0 << 8;
            QTest::addRow("500, lanes %d, weeks", lane) << 500 << lanes << 1200.0 << 12.0 << 8;
            QTest::addRow("500, lanes %d, days", lane) << 500 << lanes << 1200.0 << 90.0 << 0;
        }
    }

    void noOverlap()
    {
        QFETCH(int, events);
        QFETCH(TimelineLanes, lanes);
        QFETCH(qreal, width);
        QFETCH(qreal, pixelsPerDay);
        QFETCH(int, maxStack);
        const StoryGraph story = events > 0 ? generatedStory(events, 3) : sampleStory();
        const TimelineLayout layout = arranged(story, lanes, width, pixelsPerDay, maxStack);
        const QList<TimelineCard> &cards = layout.cards();
        QVERIFY(!cards.isEmpty());
        const QFontMetricsF labelMetrics(layout.style().label);
        int shown = 0;
        for (qsizetype i = 0; i < cards.size(); ++i) {
            const TimelineCard &card = cards.at(i);
            shown += static_cast<int>(card.eventIds.size());
            QVERIFY(card.rect.contains(card.box));
            QVERIFY(layout.bounds().contains(card.rect));
            QVERIFY2(card.box.left() >= layout.plotLeft() - 1e-6 && card.box.right() <= layout.bounds().width() + 1e-6, "card runs off the timeline");
            const TimelineLane &lane = layout.lanes().at(card.lane);
            QVERIFY(lane.rect.contains(card.rect));
            QVERIFY(!lane.header.intersects(card.rect));
            if (card.kind == TimelineCard::Kind::Event) {
                for (const QString &line : card.lines) {
                    QVERIFY2(labelMetrics.horizontalAdvance(line) <= card.box.width() - 2 * layout.style().cardPaddingX, qPrintable(line));
                }
            }
            for (qsizetype j = i + 1; j < cards.size(); ++j) {
                QVERIFY2(!card.rect.intersects(cards.at(j).rect), qPrintable(u"%1 and %2 overlap"_s.arg(card.lines.join(u' '), cards.at(j).lines.join(u' '))));
            }
        }
        QCOMPARE(shown, story.events.size());
    }

    void aCrowdKeepsItsMostToldEventsShown_data()
    {
        QTest::addColumn<int>("toldThrice");
        QTest::addColumn<QString>("shown"); // keeps a card of its own
        QTest::addColumn<QString>("lead"); // names the cluster of the rest
        QTest::newRow("the fifth told by three articles") << 5 << u"Event 5"_s << u"Event 2"_s;
        QTest::newRow("the twelfth told by three articles") << 12 << u"Event 12"_s << u"Event 2"_s;
        QTest::newRow("all told once: the first") << 0 << u"Event 1"_s << u"Event 3"_s;
        QTest::newRow("a bare noun told by three articles") << -3 << u"Event 2"_s << u"Event 4"_s;
    }

    // Folding a busy day must not hide what the story is about: with room for three cards, the
    // two most told keep theirs and the cluster of the rest is named by the most told of them.
    void aCrowdKeepsItsMostToldEventsShown()
    {
        QFETCH(int, toldThrice);
        QFETCH(QString, shown);
        QFETCH(QString, lead);
        StoryGraph story = storyOfDates(QStringList(20, u"2025-10-14"_s));
        if (toldThrice != 0) {
            Event &told = story.events[std::abs(toldThrice) - 1];
            told.sources += {SourceSpan{u"a2"_s, 0, 5}, SourceSpan{u"a3"_s, 0, 5}};
            if (toldThrice < 0) {
                told.label = u"Storm"_s; // negative: the most told event is a bare noun
            }
        }
        const TimelineLayout layout = arranged(story, TimelineLanes::None, 900, 0, 3);
        const auto isCluster = [](const TimelineCard &card) { return card.kind == TimelineCard::Kind::Cluster; };
        QCOMPARE(std::count_if(layout.cards().cbegin(), layout.cards().cend(), isCluster), 1);
        const auto cluster = std::find_if(layout.cards().cbegin(), layout.cards().cend(), isCluster);
        QCOMPARE(cluster->eventIds.size(), 18);
        QCOMPARE(cluster->lines.first(), lead);
        QCOMPARE(cluster->lines.last(), u"+ 17 more events"_s);
        QVERIFY(cluster->label.startsWith(lead));
        QVERIFY(std::any_of(layout.cards().cbegin(), layout.cards().cend(),
            [&shown](const TimelineCard &card) { return card.kind != TimelineCard::Kind::Cluster && card.label == shown; }));
    }

    void clustersCoverEveryEvent()
    {
        const StoryGraph story = generatedStory(3000, 11);
        const TimelineLayout layout = arranged(story, TimelineLanes::None, 1200, 0, 8);
        QVERIFY(layout.cards().size() < 200);
        QSet<QString> seen;
        int clusters = 0;
        for (const TimelineCard &card : layout.cards()) {
            if (card.kind == TimelineCard::Kind::Cluster) {
                ++clusters;
                QVERIFY(card.eventIds.size() > 1);
                QCOMPARE(card.lines.last(), u"+ %1 more events"_s.arg(card.eventIds.size() - 1));
            }
            for (const QString &id : card.eventIds) {
                QVERIFY(!seen.contains(id));
                seen.insert(id);
                QCOMPARE(layout.cardIndexOf(id), int(&card - layout.cards().data()));
            }
        }
        QVERIFY(clusters > 0);
        QCOMPARE(seen.size(), story.events.size());
    }

    void ticksFollowZoom_data()
    {
        QTest::addColumn<qreal>("pixelsPerDay");
        QTest::addColumn<QString>("unit");
        QTest::newRow("far out") << 0.02 << u"years"_s;
        QTest::newRow("years") << 0.5 << u"year"_s;
        QTest::newRow("quarters") << 1.2 << u"quarter"_s;
        QTest::newRow("months") << 4.0 << u"month"_s;
        QTest::newRow("weeks") << 16.0 << u"week"_s;
        QTest::newRow("days") << 120.0 << u"day"_s;
    }

    void ticksFollowZoom()
    {
        QFETCH(qreal, pixelsPerDay);
        QFETCH(QString, unit);
        const StoryGraph story = sampleStory();
        const TimelineLayout layout = arranged(story, TimelineLanes::None, 1200, pixelsPerDay);
        const QFontMetricsF metrics(layout.style().axisMajor);
        QCOMPARE(layout.scale().majorUnit(metrics), unit);
        const QList<TimelineTick> ticks = layout.ticks(0, std::min(layout.bounds().width(), 6000.0));
        QList<TimelineTick> majors;
        std::copy_if(ticks.cbegin(), ticks.cend(), std::back_inserter(majors), [](const TimelineTick &tick) { return tick.major; });
        QVERIFY(majors.size() >= 2);
        for (qsizetype i = 0; i + 1 < majors.size(); ++i) {
            QVERIFY(majors.at(i).x < majors.at(i + 1).x);
            QVERIFY2(majors.at(i).x + metrics.horizontalAdvance(majors.at(i).label) + 4 < majors.at(i + 1).x, qPrintable(majors.at(i).label));
        }
        QVERIFY(std::any_of(majors.cbegin(), majors.cend(), [](const TimelineTick &tick) { return tick.carriesYear; }));
    }

    void aBreakMapsDaysBothWays_data()
    {
        QTest::addColumn<qreal>("day");
        QTest::addColumn<qreal>("x");
        // First day 1000 at x 10, 2 px a day; days 1100-1500 drawn 30 px wide.
        QTest::newRow("before the break") << 1050.0 << 110.0;
        QTest::newRow("where it starts") << 1100.0 << 210.0;
        QTest::newRow("inside it") << 1300.0 << 225.0;
        QTest::newRow("where it ends") << 1500.0 << 240.0;
        QTest::newRow("after it") << 1600.0 << 440.0;
    }

    void aBreakMapsDaysBothWays()
    {
        QFETCH(qreal, day);
        QFETCH(qreal, x);
        const TimeScale scale(1000, 2, 10, {{1100, 1500}}, 30);
        QCOMPARE(scale.x(day), x);
        QCOMPARE(scale.day(x), day);
        QCOMPARE(scale.breakLeft(0), 210.0);
        QCOMPARE(scale.breakRight(0), 240.0);
    }

    void oneEarlyEventDoesNotSqueezeTheStory()
    {
        const StoryGraph story = storyOfDates({u"2019-03-01"_s, u""_s, u"2025-10-10"_s, u"2025-10-14"_s, u"2025-10-17"_s, u"2025-10-22"_s, u"2025-10-30"_s});
        const TimelineLayout layout = arranged(story, TimelineLanes::None, 1200);
        QCOMPARE(layout.scale().breaks().size(), 1);
        const qreal plot = layout.plotRight() - layout.plotLeft();
        // October keeps most of the width, and the order of the dates.
        QVERIFY2(cardOf(layout, u"e7"_s)->anchorX - cardOf(layout, u"e3"_s)->anchorX > 0.5 * plot, "October is squeezed");
        QVERIFY(cardOf(layout, u"e1"_s)->anchorX < layout.scale().breakLeft(0));
        QVERIFY(cardOf(layout, u"e3"_s)->anchorX > layout.scale().breakRight(0));
        // Only the order of the undated event is known: it stays beside the later event rather
        // than being drawn years away as if it were dated.
        QVERIFY(dayAt(layout, u"e2"_s) < QDate(2025, 10, 10).toJulianDay());
        QVERIFY(dayAt(layout, u"e2"_s) > QDate(2025, 9, 1).toJulianDay());

        // No tick inside the cut; labels do not meet; the first label after it names its year.
        const QFontMetricsF metrics(layout.style().axisMajor);
        const QList<TimelineTick> ticks = layout.ticks(0, layout.bounds().width());
        qreal labelEnd = -1;
        bool afterBreak = false;
        for (const TimelineTick &tick : ticks) {
            QVERIFY2(tick.x <= layout.scale().breakLeft(0) + 0.5 || tick.x >= layout.scale().breakRight(0) - 0.5, qPrintable(tick.date.toString()));
            if (tick.label.isEmpty()) {
                continue;
            }
            QVERIFY2(tick.x >= labelEnd, qPrintable(tick.label));
            labelEnd = tick.x + metrics.horizontalAdvance(tick.label);
            if (!afterBreak && tick.x >= layout.scale().breakRight(0) - 0.5) {
                afterBreak = true;
                QVERIFY2(tick.label.contains(u"2025"_s), qPrintable(tick.label));
            }
        }
        QVERIFY(afterBreak);
    }

    void aFewLateEventsDoNotSqueezeTheBusyWeeks()
    {
        // A disaster story: most events in three months, then one a year on, a trial two
        // years on and a promise four years on. No quiet stretch is most of the axis.
        const StoryGraph story = storyOfDates({u"2024-03-26"_s, u"2024-03-27"_s, u"2024-03-28"_s, u"2024-04-05"_s, u"2024-04-10"_s, u"2024-04-20"_s,
            u"2024-05-20"_s, u"2024-06-10"_s, u"2025-03-25"_s, u"2026-06-01"_s, u"2028-01-01"_s});
        const TimelineLayout layout = arranged(story, TimelineLanes::None, 1200);
        QVERIFY(layout.scale().breaks().size() >= 2);
        const qreal plot = layout.plotRight() - layout.plotLeft();
        QVERIFY2(cardOf(layout, u"e8"_s)->anchorX - cardOf(layout, u"e1"_s)->anchorX > 0.3 * plot, "the busy months are squeezed");
        for (int i = 1; i < 11; ++i) {
            QVERIFY(cardOf(layout, u"e%1"_s.arg(i))->anchorX < cardOf(layout, u"e%1"_s.arg(i + 1))->anchorX);
        }
    }

    void aSlowStretchMapsDaysBothWaysAndHasTicks()
    {
        // First day 1000 at x 10, 2 px a day; days 1100-1500 run slowly across 100 px.
        const TimeScale scale(1000, 2, 10, {{1100, 1500, 100}}, 30);
        QCOMPARE(scale.x(1050), 110.0);
        QCOMPARE(scale.x(1300), 260.0);
        QCOMPARE(scale.day(260), 1300.0);
        QCOMPARE(scale.x(1600), 510.0);
        QCOMPARE(scale.breakRight(0), 310.0);
        const QFontMetricsF metrics(TimelineStyle::standard().axisMajor);
        const QList<TimelineTick> ticks = scale.ticks(0, 600, metrics);
        QVERIFY(std::any_of(ticks.cbegin(), ticks.cend(), [&](const TimelineTick &tick) { return tick.major && tick.x > 210 && tick.x < 310; }));
    }

    void theRoomBeyondASlowStretchAtAnEndHasNoLabels_data()
    {
        // A week told day by day, twice a day, and a quiet time before or after it that runs
        // slowly: a year-long range ("findings are expected next year") or months told one
        // event each.
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<int>("firstOfWeek");
        QTest::addColumn<QString>("yearLong");
        QStringList week;
        for (int day = 17; day <= 23; ++day) {
            week << QDate(2023, 11, day).toString(Qt::ISODate) << QDate(2023, 11, day).toString(Qt::ISODate);
        }
        QTest::newRow("a year-long range after the week") << (week + QStringList{u"2024-06-01"_s}) << 1 << u"e15"_s;
        QTest::newRow("quiet months before the week") << (QStringList{u"2022-11-01"_s, u"2023-02-01"_s, u"2023-05-01"_s, u"2023-08-01"_s} + week) << 5
                                                      << QString();
    }

    void theRoomBeyondASlowStretchAtAnEndHasNoLabels()
    {
        QFETCH(QStringList, dates);
        QFETCH(int, firstOfWeek);
        QFETCH(QString, yearLong);
        StoryGraph story = storyOfDates(dates);
        for (Event &event : story.events) {
            if (event.id == yearLong) {
                event.date.granularity = DateValue::Granularity::Year;
                event.date.iso = QString::number(event.date.earliest.year());
                event.date.earliest = QDate(event.date.earliest.year(), 1, 1);
                event.date.latest = QDate(event.date.earliest.year(), 12, 31);
            }
        }
        const TimelineLayout layout = arranged(story, TimelineLanes::None, 1400);
        const QList<AxisBreak> &breaks = layout.scale().breaks();
        QVERIFY(std::any_of(breaks.cbegin(), breaks.cend(), [](const AxisBreak &b) { return !b.isCut(); }));
        const QList<TimelineTick> ticks = layout.ticks(layout.bounds().left(), layout.bounds().right());
        // The week keeps its labels.
        const qreal weekFrom = cardOf(layout, u"e%1"_s.arg(firstOfWeek))->anchorX;
        const qreal weekTo = cardOf(layout, u"e%1"_s.arg(firstOfWeek + 13))->anchorX;
        QVERIFY(
            std::any_of(ticks.cbegin(), ticks.cend(), [&](const TimelineTick &t) { return !t.label.isEmpty() && t.x >= weekFrom - 1 && t.x <= weekTo + 1; }));
        // Beyond the slow stretches at the ends, the axis names no day: none was told there.
        const qreal firstDay = qreal(layout.firstDate().toJulianDay());
        const qreal lastDay = qreal(layout.lastDate().toJulianDay() + 1);
        const qreal from = !breaks.first().isCut() && breaks.first().fromDay <= firstDay ? layout.scale().breakLeft(0) : layout.plotLeft();
        const qreal to = !breaks.last().isCut() && breaks.last().toDay >= lastDay ? layout.scale().breakRight(breaks.size() - 1) : layout.plotRight();
        for (const TimelineTick &tick : ticks) {
            if (!tick.label.isEmpty()) {
                QVERIFY2(tick.x >= from - 1 && tick.x <= to + 1, qPrintable(tick.label));
            }
        }
    }

    void aDenseCoreKeepsMostOfAnExportedAxis()
    {
        // Most events in three weeks, then an aftermath spread over two years with no quiet
        // stretch long enough to cut.
        QStringList dates;
        for (int day = 1; day <= 21; ++day) {
            dates.append(QDate(2024, 9, day + 5).toString(Qt::ISODate));
        }
        for (const QString &later : {u"2024-11-18"_s, u"2025-01-24"_s, u"2025-03-01"_s, u"2025-07-10"_s, u"2025-09-26"_s, u"2026-03-01"_s}) {
            dates.append(later);
        }
        const StoryGraph story = storyOfDates(dates);
        const TimelineLayout exported = arranged(story, TimelineLanes::None, 1200);
        const qreal plot = exported.plotRight() - exported.plotLeft();
        const qreal core = cardOf(exported, u"e21"_s)->anchorX - cardOf(exported, u"e1"_s)->anchorX;
        QVERIFY2(core > 0.4 * plot, qPrintable(QString::number(core / plot)));
        QVERIFY(std::any_of(exported.scale().breaks().cbegin(), exported.scale().breaks().cend(), [](const AxisBreak &b) { return !b.isCut(); }));
        for (int i = 1; i < dates.size(); ++i) {
            QVERIFY(cardOf(exported, u"e%1"_s.arg(i))->anchorX < cardOf(exported, u"e%1"_s.arg(i + 1))->anchorX);
        }
        // A view zoomed by the reader keeps true time.
        const TimelineLayout zoomed = arranged(story, TimelineLanes::None, 1200, 2.0);
        QVERIFY(std::none_of(zoomed.scale().breaks().cbegin(), zoomed.scale().breaks().cend(), [](const AxisBreak &b) { return !b.isCut(); }));
    }

    void evenlySpreadStoriesKeepATrueAxis_data()
    {
        QTest::addColumn<QStringList>("dates");
        QTest::newRow("yearly") << QStringList{u"2020-05-01"_s, u"2021-05-01"_s, u"2022-05-01"_s, u"2023-05-01"_s, u"2024-05-01"_s};
        QTest::newRow("weekly") << QStringList{u"2025-10-01"_s, u"2025-10-08"_s, u"2025-10-15"_s, u"2025-10-22"_s};
        QTest::newRow("monthly with a quiet spell") << QStringList{
            u"2024-01-10"_s, u"2024-02-10"_s, u"2024-03-10"_s, u"2024-06-10"_s, u"2024-07-10"_s, u"2024-08-10"_s};
    }

    void evenlySpreadStoriesKeepATrueAxis()
    {
        QFETCH(QStringList, dates);
        const TimelineLayout layout = arranged(storyOfDates(dates), TimelineLanes::None, 1200);
        QCOMPARE(layout.scale().breaks().size(), 0); // neither cut nor slowed
    }

    void aChosenRangeHasNoBreaks()
    {
        const StoryGraph story = storyOfDates({u"2019-03-01"_s, u"2025-10-10"_s, u"2025-10-30"_s});
        TimelineLayout layout(story, TimelineOptions(), TimelineStyle::standard());
        TimelineArrangement arrangement;
        arrangement.width = 1200;
        arrangement.from = QDate(2019, 1, 1);
        arrangement.to = QDate(2025, 12, 31);
        layout.arrange(arrangement);
        QVERIFY(layout.scale().breaks().isEmpty());
        arrangement.from = arrangement.to = QDate();
        layout.arrange(arrangement);
        QCOMPARE(layout.scale().breaks().size(), 1);
    }

    void rangeKeepsEventsThatTouchIt()
    {
        const StoryGraph story = sampleStory();
        TimelineOptions options;
        TimelineLayout layout(story, options, TimelineStyle::standard());
        TimelineArrangement arrangement;
        arrangement.width = 1200;
        arrangement.from = QDate(2025, 10, 1);
        arrangement.to = QDate(2025, 10, 31);
        layout.arrange(arrangement);
        // The October events and the undated plan placed between them; not August, not late November.
        QCOMPARE(layout.eventOrder(), (QStringList{u"e3"_s, u"e4"_s, u"e5"_s, u"e6"_s, u"e7"_s}));
        QCOMPARE(layout.scale().date(layout.plotLeft()).month(), 9); // a little padding before 1 October
        QVERIFY(layout.scale().x(QDate(2025, 10, 1).toJulianDay()) > layout.plotLeft());
        QVERIFY(layout.scale().x(QDate(2025, 11, 1).toJulianDay()) < layout.plotRight());
    }

    void noDatesMeansStoryOrder()
    {
        StoryGraph story = sampleStory();
        for (Event &event : story.events) {
            event.date = DateValue();
        }
        const TimelineLayout layout = arranged(story, TimelineLanes::None, 1200);
        QVERIFY(!layout.hasDates());
        QVERIFY(layout.ticks(0, 1200).isEmpty());
        qreal previous = -1;
        for (const QString &id : layout.eventOrder()) {
            QVERIFY(cardOf(layout, id)->anchorX > previous);
            previous = cardOf(layout, id)->anchorX;
        }
    }

    void lanesByPerson()
    {
        const StoryGraph story = sampleStory();
        const TimelineLayout layout = arranged(story, TimelineLanes::ByPerson, 1600);
        QStringList names;
        for (const TimelineLane &lane : layout.lanes()) {
            names.append(lane.name);
        }
        QVERIFY(names.contains(u"Steve Witkoff"_s));
        QVERIFY(names.contains(u"Donald Trump"_s));
        // The call is Witkoff's (first participant) and carries its four quotes as marks.
        const TimelineCard *call = cardOf(layout, u"e3"_s);
        QCOMPARE(layout.lanes().at(call->lane).name, u"Steve Witkoff"_s);
        QCOMPARE(call->quoteMarks.size(), 4);
        // A quote id leads to the event it was said in.
        QCOMPARE(layout.eventFor(u"q4"_s), u"e11"_s);
        QCOMPARE(layout.cardIndexOf(u"q1"_s), layout.cardIndexOf(u"e3"_s));
    }

    void calloutsBesideTheirEvents()
    {
        const StoryGraph story = sampleStory();
        TimelineOptions options;
        options.callouts = true;
        options.calloutQuotes = {u"q4"_s};
        TimelineLayout layout(story, options, TimelineStyle::standard());
        layout.arrange({});
        int callouts = 0;
        for (const TimelineCard &card : layout.cards()) {
            if (card.callout) {
                ++callouts;
                QCOMPARE(card.eventId, u"e11"_s);
                QVERIFY(card.calloutBox.top() > card.box.bottom());
                QVERIFY(card.rect.contains(card.calloutBox));
                QVERIFY(card.callout->lines.first().startsWith(u'\u201C'));
                QCOMPARE(card.callout->speaker, u"\u2014 Donald Trump"_s);
            }
        }
        QCOMPARE(callouts, 1);
    }
};

QTEST_MAIN(TimelineLayoutTest)
#include "timelinelayout_test.moc"
