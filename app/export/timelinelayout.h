// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "eventdating.h"
#include "storygraph.h"
#include "textmeasure.h"
#include "timelinestyle.h"
#include "timescale.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <optional>

namespace Sourceline {

enum class TimelineLanes { None, ByPerson, ByArticle };

/// What a timeline shows; fixed for one layout.
struct TimelineOptions
{
    TimelineLanes lanes = TimelineLanes::None;
    bool callouts = false;
    QStringList calloutQuotes; ///< quotes to call out; empty: the most telling ones
    int maxCallouts = 4;
    int maxPersonLanes = 6; ///< people beyond these share an "Others" lane
    bool happenedOnly = false; ///< leave out planned, expected and called-off events
};

/// How a timeline is fitted to space; changes with every zoom.
struct TimelineArrangement
{
    qreal width = 1200; ///< total width when pixelsPerDay is 0 (fit)
    qreal pixelsPerDay = 0; ///< zoom; 0 fits the range into width
    int maxStack = 0; ///< more cards than this within one card's width become a cluster; 0: never
    QDate from; ///< only events that touch [from, to]; invalid: the whole story
    QDate to;
};

struct TimelineLane
{
    QString key; ///< person or article id; empty for the single lane and for "Others"
    QString name; ///< header text; empty when the timeline has one unnamed lane
    int colorIndex = -1; ///< index into StoryColors::lanes; -1: neutral
    int eventCount = 0;
    QRectF rect; ///< the band, across the whole width
    QRectF header; ///< the header row at the top of the band (empty when unnamed)
};

struct TimelineCallout
{
    QString quoteId;
    Quote::Kind kind = Quote::Kind::Direct;
    QStringList lines; ///< the quoted words, wrapped, with quote marks
    QString speaker; ///< "— Steve Witkoff"; empty when nobody is named
};

struct TimelineCard
{
    enum class Kind { Event, Cluster };
    Kind kind = Kind::Event;
    QString eventId; ///< the event (for a cluster: its first event)
    QStringList eventIds; ///< every event the card stands for
    int lane = 0;
    EventDating::Kind dating = EventDating::Kind::Undated;
    QString label; ///< unwrapped, for tooltips
    QStringList lines; ///< the label as wrapped on the card
    QString dateText; ///< the date as shown, with the status of an event that has not happened: "26 Jun 2024 · planned"
    EventStatus status = EventStatus::Happened;
    QString placement; ///< for an event placed by order: why it sits where it does
    QList<Quote::Kind> quoteMarks; ///< one per quote said in the event
    qreal anchorX = 0; ///< where the date is on the axis
    qreal spanFrom = 0; ///< x extent of an uncertain date or a cluster; equal when none
    qreal spanTo = 0;
    bool flipped = false; ///< the box ends at anchorX (near the right edge) instead of starting there
    QRectF box; ///< the card itself
    QRectF spanBar; ///< the bar of a range above the box; empty when none
    std::optional<TimelineCallout> callout;
    QRectF calloutBox;
    QRectF rect; ///< all the card occupies; no two cards' rects intersect

    [[nodiscard]] bool hasSpan() const { return !spanBar.isEmpty(); }
    [[nodiscard]] bool contains(const QString &id) const { return eventIds.contains(id); }
};

/// Pure geometry of a timeline: axis, ticks, lanes and cards with wrapped labels, packed so
/// that no two cards overlap. Measuring (wrapping every label) happens once; arrange() then
/// places the cards for a width or zoom and is cheap enough to run on every zoom step.
class TimelineLayout
{
public:
    TimelineLayout() = default;
    TimelineLayout(const StoryGraph &story, const TimelineOptions &options, const TimelineStyle &style);

    void arrange(const TimelineArrangement &arrangement);

    [[nodiscard]] const TimelineStyle &style() const { return m_style; }
    [[nodiscard]] const TimelineOptions &options() const { return m_options; }
    [[nodiscard]] const QList<TimelineLane> &lanes() const { return m_lanes; }
    [[nodiscard]] const QList<TimelineCard> &cards() const { return m_cards; }
    [[nodiscard]] const TimeScale &scale() const { return m_scale; }
    [[nodiscard]] QRectF bounds() const { return m_bounds; }
    [[nodiscard]] QRectF axisRect() const { return {0, 0, m_bounds.width(), m_style.axisHeight}; }
    /// x extent of the time axis (between the side paddings).
    [[nodiscard]] qreal plotLeft() const { return m_style.sidePadding; }
    [[nodiscard]] qreal plotRight() const { return m_bounds.width() - m_style.sidePadding; }
    /// False when no event has a usable date: the axis then shows story order, not time.
    [[nodiscard]] bool hasDates() const { return m_hasDates; }
    [[nodiscard]] int eventCount() const { return static_cast<int>(m_entries.size()); }
    /// Events shown by the last arrange(), in chronological (rank) order.
    [[nodiscard]] const QStringList &eventOrder() const { return m_order; }
    /// Quotes said in the events shown by the last arrange().
    [[nodiscard]] int quoteCount() const { return m_quoteCount; }
    /// The first and last day any event touches (invalid when nothing is dated).
    [[nodiscard]] QDate firstDate() const;
    [[nodiscard]] QDate lastDate() const;
    /// The days the last arrange() shows: its range when it was given one, else the whole story.
    [[nodiscard]] QDate shownFirstDate() const { return m_shownFirst; }
    [[nodiscard]] QDate shownLastDate() const { return m_shownLast; }

    /// Pixels per day that fit the whole story (or [from, to]) into width.
    [[nodiscard]] qreal fitPixelsPerDay(qreal width, const QDate &from = {}, const QDate &to = {}) const;
    /// Index of the card showing an event (or the event a quote was said in); -1 when none.
    [[nodiscard]] int cardIndexOf(const QString &id) const;
    /// The event an id stands for: the id itself for an event, the event of a quote, else empty.
    [[nodiscard]] QString eventFor(const QString &id) const;
    [[nodiscard]] QList<TimelineTick> ticks(qreal fromX, qreal toX) const;

private:
    struct Entry
    {
        QString id;
        int rank = 0;
        int lane = 0;
        EventDating dating;
        qreal anchorDay = 0;
        QString label;
        QStringList lines;
        QString placement;
        QList<Quote::Kind> quoteMarks;
        int tellings = 0; ///< articles that tell the event
        EventStatus status = EventStatus::Happened;
        QSizeF boxSize;
        std::optional<TimelineCallout> callout;
        QSizeF calloutSize;
    };

    struct Measures
    {
        TextMeasure label;
        TextMeasure date;
        TextMeasure callout;
    };

    void assignLanes(const StoryGraph &story);
    void placeByOrder(const StoryGraph &story);
    void findBreaks();
    [[nodiscard]] qreal brokenDays() const;
    /// The first and last start of the closest parts/whole of these spans (sorted by start).
    [[nodiscard]] static QPair<qreal, qreal> busiestStretch(const QList<QPair<qreal, qreal>> &sortedSpans, int parts, int whole);
    /// In a fitted export, the time outside the busy stretch slowed down so that the busy
    /// stretch takes most of the width: the slow stretches (none when the story is spread
    /// evenly enough), the busy pace, and the days of room at each end of the axis.
    struct SlowAxis
    {
        QList<AxisBreak> stretches;
        qreal pixelsPerDay = 0;
        qreal padding = 0;
    };
    [[nodiscard]] SlowAxis slowStretches(qreal timeWidth) const;
    void chooseCallouts(const StoryGraph &story, Measures &measures);
    void measure(Entry &entry, Measures &measures) const;
    [[nodiscard]] QSizeF clusterSize(const QStringList &lines, const QString &dateText) const;
    [[nodiscard]] TimelineCard cardFor(const Entry &entry) const;
    [[nodiscard]] TimelineCard clusterFor(const QList<const Entry *> &members) const;
    [[nodiscard]] static bool lessTold(const Entry *a, const Entry *b);
    void appendCrowd(QList<TimelineCard> &cards, QList<const Entry *> crowd, int maxStack) const;
    void placeHorizontally(TimelineCard &card, const QSizeF &boxSize, const QSizeF &calloutSize) const;
    [[nodiscard]] qreal packLane(QList<TimelineCard> &cards) const;
    [[nodiscard]] bool touches(const Entry &entry, qreal fromDay, qreal toDay) const;
    [[nodiscard]] qreal lastDayOf(const Entry &entry) const;

    TimelineStyle m_style;
    TimelineOptions m_options;
    QList<Entry> m_entries; ///< in rank order
    QList<TimelineLane> m_lanes;
    QList<TimelineCard> m_cards;
    QHash<QString, int> m_cardOfEvent;
    QHash<QString, QString> m_eventOfQuote;
    QStringList m_order;
    int m_quoteCount = 0;
    TimeScale m_scale;
    QRectF m_bounds;
    bool m_hasDates = false;
    qreal m_firstDay = 0;
    qreal m_lastDay = 0; ///< exclusive: the day after the last
    qreal m_coreFrom = 0; ///< the days that hold two in three of the events (findBreaks())
    qreal m_coreTo = 0;
    QDate m_shownFirst;
    QDate m_shownLast;
    QList<AxisBreak> m_breaks; ///< long empty stretches drawn narrow when the whole story is shown
};

} // namespace Sourceline
