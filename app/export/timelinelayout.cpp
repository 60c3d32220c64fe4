// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timelinelayout.h"

#include <QFontMetricsF>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
constexpr int visibleQuoteMarks = 5;
constexpr qreal calloutGap = 4;
// Room kept after the last date so that the last cards open to the right like all the others,
// as a share of the plot and as a share of a card, whichever is less.
constexpr qreal trailingShare = 0.12;
constexpr qreal trailingCards = 0.75;

qreal quoteMarksWidth(int count, TextMeasure &dateMeasure, qreal markSize)
{
    if (count <= 0) {
        return 0;
    }
    const int shown = std::min(count, visibleQuoteMarks);
    qreal width = 6 + shown * (markSize + 3) - 3;
    if (count > visibleQuoteMarks) {
        width += 3 + dateMeasure.advance(u"+"_s + QString::number(count - visibleQuoteMarks));
    }
    return width;
}
// The date line of a card; an event that has not happened says so beside its date, so that a
// published timeline never shows a plan or a forecast as done.
QString dateLineOf(const EventDating &dating, EventStatus status)
{
    return status == EventStatus::Happened ? dating.text : dating.text + u" \u00B7 "_s + eventStatusName(status);
}
} // namespace

TimelineLayout::TimelineLayout(const StoryGraph &story, const TimelineOptions &options, const TimelineStyle &style)
    : m_style(style)
    , m_options(options)
{
    QHash<QString, QList<Quote::Kind>> marks;
    for (const Quote &quote : story.quotes) {
        if (!quote.event.isEmpty()) {
            m_eventOfQuote.insert(quote.id, quote.event);
        }
    }
    const auto shown = [&options](const Event &event) { return !options.happenedOnly || event.status == EventStatus::Happened; };
    for (const Event &event : story.events) {
        for (const QString &quoteId : event.quotes) {
            m_eventOfQuote.insert(quoteId, event.id);
        }
    }
    if (options.happenedOnly) {
        QSet<QString> hidden;
        for (const Event &event : story.events) {
            if (!shown(event)) {
                hidden.insert(event.id);
            }
        }
        m_eventOfQuote.removeIf([&hidden](const auto &entry) { return hidden.contains(entry.value()); });
    }
    QHash<QString, Quote::Kind> kinds;
    for (const Quote &quote : story.quotes) {
        kinds.insert(quote.id, quote.kind);
    }
    for (auto it = m_eventOfQuote.cbegin(); it != m_eventOfQuote.cend(); ++it) {
        if (kinds.contains(it.key())) {
            marks[it.value()].append(kinds.value(it.key()));
        }
    }

    m_entries.reserve(story.events.size());
    for (const Event &event : story.events) {
        if (!shown(event)) {
            continue;
        }
        Entry entry;
        entry.id = event.id;
        entry.rank = event.rank;
        entry.dating = EventDating::of(event.date);
        entry.label = event.label.trimmed().isEmpty() ? event.type : event.label.simplified();
        entry.placement = event.placement;
        entry.status = event.status;
        entry.quoteMarks = marks.value(event.id);
        QSet<QString> tellingArticles;
        for (const SourceSpan &source : event.sources) {
            tellingArticles.insert(source.article);
        }
        entry.tellings = int(tellingArticles.size());
        m_entries.append(entry);
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        if (a.rank != b.rank) {
            return a.rank < b.rank;
        }
        if (a.dating.isPlaced() && b.dating.isPlaced()) {
            return a.dating.firstDay < b.dating.firstDay;
        }
        return false;
    });

    assignLanes(story);
    placeByOrder(story);
    findBreaks();
    Measures measures{TextMeasure(m_style.label), TextMeasure(m_style.date), TextMeasure(m_style.callout)};
    chooseCallouts(story, measures);
    for (Entry &entry : m_entries) {
        measure(entry, measures);
    }
}

void TimelineLayout::assignLanes(const StoryGraph &story)
{
    m_lanes.clear();
    QHash<QString, int> laneOf;
    const auto addLane = [this, &laneOf](const QString &key, const QString &name) {
        TimelineLane lane;
        lane.key = key;
        lane.name = name;
        lane.colorIndex = key.isEmpty() ? -1 : static_cast<int>(m_lanes.size());
        laneOf.insert(key, static_cast<int>(m_lanes.size()));
        m_lanes.append(lane);
    };

    QList<QStringList> candidates; // for each entry, the lane keys it could go to, best first
    candidates.reserve(m_entries.size());
    const QHash<QString, const Event *> events = [&story] {
        QHash<QString, const Event *> byId;
        for (const Event &event : story.events) {
            byId.insert(event.id, &event);
        }
        return byId;
    }();

    if (m_options.lanes == TimelineLanes::ByPerson) {
        QHash<QString, int> count;
        QHash<QString, int> firstSeen;
        for (const Entry &entry : std::as_const(m_entries)) {
            for (const QString &person : events.value(entry.id)->participants) {
                ++count[person];
                firstSeen.insert(person, std::min(firstSeen.value(person, std::numeric_limits<int>::max()), entry.rank));
            }
        }
        QList<const Person *> people;
        for (const Person &person : story.people) {
            if (count.value(person.id) > 0) {
                people.append(&person);
            }
        }
        std::stable_sort(people.begin(), people.end(), [&](const Person *a, const Person *b) {
            if (count.value(a->id) != count.value(b->id)) {
                return count.value(a->id) > count.value(b->id);
            }
            return firstSeen.value(a->id) < firstSeen.value(b->id);
        });
        for (const Person *person : std::as_const(people).mid(0, m_options.maxPersonLanes)) {
            addLane(person->id, person->name);
        }
        for (const Entry &entry : std::as_const(m_entries)) {
            candidates.append(events.value(entry.id)->participants);
        }
    } else if (m_options.lanes == TimelineLanes::ByArticle) {
        QSet<QString> used;
        for (const Entry &entry : std::as_const(m_entries)) {
            const auto &sources = events.value(entry.id)->sources;
            candidates.append(sources.isEmpty() ? QStringList() : QStringList{sources.first().article});
            if (!sources.isEmpty()) {
                used.insert(sources.first().article);
            }
        }
        QSet<QString> names;
        for (const Article &article : story.articles) {
            if (!used.contains(article.id)) {
                continue;
            }
            QString name = !article.outlet.isEmpty() ? article.outlet : article.title;
            if (name.isEmpty()) {
                name = article.path.section(u'/', -1);
            }
            if (names.contains(name) && !article.title.isEmpty() && name != article.title) {
                name = name + u": "_s + article.title;
            }
            names.insert(name);
            addLane(article.id, name);
        }
    }

    bool anyOther = m_options.lanes == TimelineLanes::None;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        int lane = -1;
        if (i < candidates.size()) {
            for (const QString &key : std::as_const(candidates[i])) {
                if (laneOf.contains(key)) {
                    lane = laneOf.value(key);
                    break;
                }
            }
        }
        if (lane < 0) {
            anyOther = true;
        }
        m_entries[i].lane = lane;
    }
    if (anyOther) {
        const bool alone = m_lanes.isEmpty();
        addLane(QString(), alone ? QString() : u"Others"_s);
        if (alone && m_options.lanes != TimelineLanes::None) {
            m_lanes.last().name = m_options.lanes == TimelineLanes::ByPerson ? u"No named person"_s : u"No source"_s;
        }
        for (Entry &entry : m_entries) {
            if (entry.lane < 0) {
                entry.lane = static_cast<int>(m_lanes.size()) - 1;
            }
        }
    }
    if (m_options.lanes == TimelineLanes::None) {
        m_lanes.last().name.clear();
    }
    for (Entry &entry : m_entries) {
        ++m_lanes[entry.lane].eventCount;
    }
}

void TimelineLayout::placeByOrder(const StoryGraph &story)
{
    Q_UNUSED(story)
    qreal lowest = std::numeric_limits<qreal>::max();
    qreal highest = std::numeric_limits<qreal>::lowest();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.dating.isPlaced()) {
            lowest = std::min(lowest, qreal(entry.dating.firstDay));
            highest = std::max(highest, qreal(entry.dating.lastDay + 1));
        }
    }
    m_hasDates = lowest <= highest;
    if (!m_hasDates) {
        // Without dates the axis is story order: one step per event.
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            m_entries[i].anchorDay = qreal(i);
        }
        m_firstDay = 0;
        m_lastDay = std::max<qreal>(1, m_entries.size());
    }

    // A month or a range is anchored inside its span after the event the text puts before it,
    // so that rank order and axis order agree where the dates allow.
    qreal previous = std::numeric_limits<qreal>::lowest();
    for (Entry &entry : m_entries) {
        if (!entry.dating.isPlaced() || !m_hasDates) {
            continue;
        }
        const qreal first = entry.dating.firstDay;
        const qreal last = entry.dating.lastDay;
        entry.anchorDay = (previous >= first && previous <= last) ? previous : first;
        previous = entry.anchorDay;
    }

    if (m_hasDates) {
        // Steps are a share of where most dated events lie, so one event years away does not
        // push undated neighbours months apart.
        QList<qreal> days;
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.dating.isPlaced()) {
                days.append(entry.anchorDay);
            }
        }
        std::sort(days.begin(), days.end());
        // The narrowest stretch that holds four in five of the dated events.
        const qsizetype held = std::max<qsizetype>(1, (days.size() * 4 + 4) / 5);
        qreal denseSpan = days.constLast() - days.constFirst();
        for (qsizetype i = 0; i + held - 1 < days.size(); ++i) {
            denseSpan = std::min(denseSpan, days[i + held - 1] - days[i]);
        }
        const qreal step = std::clamp<qreal>(denseSpan * 0.04, 0.5, std::max<qreal>(1.0, (highest - lowest) * 0.04));
        qsizetype i = 0;
        while (i < m_entries.size()) {
            if (m_entries[i].dating.isPlaced()) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < m_entries.size() && !m_entries[end].dating.isPlaced()) {
                ++end;
            }
            const qsizetype run = end - i;
            const bool hasBefore = i > 0;
            const bool hasAfter = end < m_entries.size();
            const qreal before = hasBefore ? m_entries[i - 1].anchorDay : 0;
            const qreal after = hasAfter ? m_entries[end].anchorDay : 0;
            for (qsizetype k = 0; k < run; ++k) {
                qreal day = 0;
                if (hasBefore && hasAfter) {
                    // Only the order is known: keep the run close to the later event, where news
                    // usually is, rather than spread over a long gap as if the dates were known.
                    const qreal spacing = std::min(step, (after - before) / qreal(run + 1));
                    day = after - spacing * qreal(run - k);
                } else if (hasBefore) {
                    day = before + step * qreal(k + 1);
                } else {
                    day = after - step * qreal(run - k);
                }
                m_entries[i + k].anchorDay = day;
            }
            i = end;
        }
        m_firstDay = lowest;
        m_lastDay = highest;
        for (const Entry &entry : std::as_const(m_entries)) {
            m_firstDay = std::min(m_firstDay, entry.anchorDay);
            m_lastDay = std::max(m_lastDay, lastDayOf(entry));
        }
    }

    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        if (entry.dating.isPlaced() || !entry.placement.isEmpty()) {
            continue;
        }
        if (i > 0) {
            entry.placement = u"after: "_s + m_entries[i - 1].label;
        } else if (i + 1 < m_entries.size()) {
            entry.placement = u"before: "_s + m_entries[i + 1].label;
        }
    }
}

void TimelineLayout::chooseCallouts(const StoryGraph &story, Measures &measures)
{
    if (!m_options.callouts || m_options.maxCallouts <= 0) {
        return;
    }
    QList<const Quote *> chosen;
    if (!m_options.calloutQuotes.isEmpty()) {
        for (const QString &id : m_options.calloutQuotes) {
            if (const Quote *quote = story.quote(id)) {
                chosen.append(quote);
            }
        }
    } else {
        // The most telling quotes: direct words with a named speaker, long enough to say
        // something and short enough to read beside an event.
        const auto score = [](const Quote *quote) {
            qreal value = quote->confidence;
            value += quote->kind == Quote::Kind::Direct ? 3 : (quote->kind == Quote::Kind::Partial ? 1 : 0);
            value += quote->speaker.isEmpty() ? 0 : 2;
            const qsizetype length = quote->text.size();
            value += (length >= 30 && length <= 220) ? 1.5 : (length < 12 ? -2 : 0);
            return value;
        };
        for (const Quote &quote : story.quotes) {
            chosen.append(&quote);
        }
        std::stable_sort(chosen.begin(), chosen.end(), [&score](const Quote *a, const Quote *b) { return score(a) > score(b); });
    }

    QHash<QString, Entry *> entries;
    for (Entry &entry : m_entries) {
        entries.insert(entry.id, &entry);
    }
    QHash<QString, QString> names;
    for (const Person &person : story.people) {
        names.insert(person.id, person.name);
    }
    // Two pixels to spare: word widths are summed, not shaped as a line.
    const qreal inner = m_style.calloutWidth - m_style.accentWidth - 2 * m_style.cardPaddingX - 2;
    int placed = 0;
    for (const Quote *quote : std::as_const(chosen)) {
        if (placed >= m_options.maxCallouts) {
            break;
        }
        Entry *entry = entries.value(m_eventOfQuote.value(quote->id));
        if (!entry || entry->callout) {
            continue;
        }
        TimelineCallout callout;
        callout.quoteId = quote->id;
        callout.kind = quote->kind;
        const bool marked = quote->kind != Quote::Kind::Indirect;
        const QString text = marked ? u"\u201C"_s + quote->text.simplified() + u"\u201D"_s : quote->text.simplified();
        callout.lines = measures.callout.wrap(text, inner, m_style.maxCalloutLines);
        if (!quote->speaker.isEmpty() && names.contains(quote->speaker)) {
            callout.speaker = measures.date.metrics().elidedText(u"\u2014 "_s + names.value(quote->speaker), Qt::ElideRight, inner);
        }
        entry->callout = callout;
        ++placed;
    }
}

void TimelineLayout::measure(Entry &entry, Measures &measures) const
{
    const qreal insets = m_style.accentWidth + 2 * m_style.cardPaddingX;
    // Two pixels to spare: word widths are summed, not shaped as a line.
    const qreal inner = m_style.cardMaxWidth - insets - 2;
    entry.lines = measures.label.wrap(entry.label, inner, m_style.maxLabelLines);
    const qreal dateLine = measures.date.advance(dateLineOf(entry.dating, entry.status))
        + quoteMarksWidth(static_cast<int>(entry.quoteMarks.size()), measures.date, m_style.quoteMarkSize);
    const qreal width = std::clamp(insets + std::max(measures.label.widest(entry.lines), dateLine) + 2, m_style.cardMinWidth, m_style.cardMaxWidth);
    const qreal height = 2 * m_style.cardPaddingY + entry.lines.size() * measures.label.metrics().height() + m_style.lineGap + measures.date.metrics().height();
    entry.boxSize = QSizeF(std::ceil(width), std::ceil(height));
    if (entry.callout) {
        const qreal textWidth = std::max(measures.callout.widest(entry.callout->lines), measures.date.advance(entry.callout->speaker));
        qreal calloutHeight = 2 * m_style.cardPaddingY + entry.callout->lines.size() * measures.callout.metrics().height();
        if (!entry.callout->speaker.isEmpty()) {
            calloutHeight += m_style.lineGap + measures.date.metrics().height();
        }
        entry.calloutSize = QSizeF(std::ceil(insets + textWidth + 2), std::ceil(calloutHeight));
    }
}

QSizeF TimelineLayout::clusterSize(const QStringList &lines, const QString &dateText) const
{
    // The lead event's label in the label font, the count of the others below it in the cluster font.
    const QFontMetricsF labelMetrics(m_style.label);
    const QFontMetricsF clusterMetrics(m_style.cluster);
    const QFontMetricsF dateMetrics(m_style.date);
    const qreal insets = m_style.accentWidth + 2 * m_style.cardPaddingX;
    qreal linesWidth = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        linesWidth = std::max(linesWidth, (i + 1 < lines.size() ? labelMetrics : clusterMetrics).horizontalAdvance(lines[i]));
    }
    const qreal width = std::clamp(insets + std::max(linesWidth, dateMetrics.horizontalAdvance(dateText)) + 2, m_style.cardMinWidth, m_style.cardMaxWidth);
    const qreal height
        = 2 * m_style.cardPaddingY + qreal(lines.size() - 1) * labelMetrics.height() + clusterMetrics.height() + m_style.lineGap + dateMetrics.height();
    return {std::ceil(width), std::ceil(height)};
}

void TimelineLayout::findBreaks()
{
    m_breaks.clear();
    if (!m_hasDates || m_entries.size() < 2) {
        return;
    }
    QList<QPair<qreal, qreal>> spans;
    // A year or a season is a long bar but one card: it holds the axis only at its start.
    constexpr qreal longestHeldSpan = 45;
    for (const Entry &entry : std::as_const(m_entries)) {
        const qreal last = lastDayOf(entry);
        spans.append({entry.anchorDay, last - entry.anchorDay > longestHeldSpan ? entry.anchorDay + 1 : std::max(last, entry.anchorDay)});
    }
    std::sort(spans.begin(), spans.end());
    QList<QPair<qreal, qreal>> occupied;
    for (const auto &span : std::as_const(spans)) {
        if (!occupied.isEmpty() && span.first <= occupied.last().second) {
            occupied.last().second = std::max(occupied.last().second, span.second);
        } else {
            occupied.append(span);
        }
    }
    QList<AxisBreak> gaps;
    for (qsizetype i = 1; i < occupied.size(); ++i) {
        gaps.append({occupied[i - 1].second, occupied[i].first});
    }
    std::sort(gaps.begin(), gaps.end(), [](const AxisBreak &a, const AxisBreak &b) { return a.toDay - a.fromDay > b.toDay - b.fromDay; });
    // Cut a stretch when it is most of what is left, or longer than the months that hold most
    // of the story: a few late events years on must not squeeze the weeks it happened in.
    // Evenly spread stories keep a true axis.
    constexpr qreal shortestBreakDays = 30;
    const auto [busyFrom, busyTo] = busiestStretch(spans, 4, 5);
    const qreal busy = busyTo - busyFrom;
    std::tie(m_coreFrom, m_coreTo) = busiestStretch(spans, 2, 3);
    qreal kept = m_lastDay - m_firstDay;
    QList<AxisBreak> chosen;
    for (const AxisBreak &gap : std::as_const(gaps)) {
        const qreal length = gap.toDay - gap.fromDay;
        if (length < shortestBreakDays || (length < 0.5 * kept && length <= busy)) {
            break;
        }
        kept -= length;
        chosen.append(gap);
    }
    // Some axis either side, so the cards next to a break keep their dates readable.
    const qreal margin = std::max<qreal>(0.5, kept * 0.03);
    for (const AxisBreak &gap : std::as_const(chosen)) {
        if (gap.toDay - gap.fromDay > 3 * margin) {
            m_breaks.append({gap.fromDay + margin, gap.toDay - margin});
        }
    }
    std::sort(m_breaks.begin(), m_breaks.end(), [](const AxisBreak &a, const AxisBreak &b) { return a.fromDay < b.fromDay; });
}

QPair<qreal, qreal> TimelineLayout::busiestStretch(const QList<QPair<qreal, qreal>> &sortedSpans, int parts, int whole)
{
    const qsizetype held = std::max<qsizetype>(2, (sortedSpans.size() * parts + whole - 1) / whole);
    QPair<qreal, qreal> best{0, std::numeric_limits<qreal>::max()};
    for (qsizetype first = 0; first + held <= sortedSpans.size(); ++first) {
        if (sortedSpans[first + held - 1].first - sortedSpans[first].first < best.second - best.first) {
            best = {sortedSpans[first].first, sortedSpans[first + held - 1].first};
        }
    }
    return best;
}

TimelineLayout::SlowAxis TimelineLayout::slowStretches(qreal timeWidth) const
{
    // Slow down only what lies outside the days holding two in three of the events and outside
    // the cuts, and only when those days would otherwise get less than a quarter of the width.
    constexpr qreal busyShare = 0.6;
    const qreal margin = std::max<qreal>(1, (m_coreTo - m_coreFrom) * 0.05);
    const qreal busyFrom = std::max(m_firstDay, m_coreFrom - margin);
    const qreal busyTo = std::min(m_lastDay, m_coreTo + 1 + margin);
    QList<QPair<qreal, qreal>> quiet;
    const auto addQuiet = [&](qreal from, qreal to) {
        for (const AxisBreak &cut : m_breaks) {
            if (cut.fromDay >= to || cut.toDay <= from) {
                continue;
            }
            if (cut.fromDay > from) {
                quiet.append({from, cut.fromDay});
            }
            from = std::max(from, cut.toDay);
        }
        if (to > from) {
            quiet.append({from, to});
        }
    };
    addQuiet(m_firstDay, busyFrom);
    addQuiet(busyTo, m_lastDay);
    qreal quietDays = 0;
    for (const auto &[from, to] : std::as_const(quiet)) {
        quietDays += to - from;
    }
    const qreal keptDays = m_lastDay - m_firstDay - brokenDays();
    const qreal busyDays = keptDays - quietDays;
    if (quietDays <= 0 || busyDays <= 0 || busyDays * 4 > keptDays) {
        return {};
    }
    SlowAxis slow;
    // The ends of the axis keep a little room at the busy pace.
    slow.padding = std::max<qreal>(0.5, busyDays * 0.03);
    slow.pixelsPerDay = timeWidth * busyShare / (busyDays + 2 * slow.padding);
    const qreal quietPace = timeWidth * (1 - busyShare) / quietDays;
    for (const auto &[from, to] : std::as_const(quiet)) {
        slow.stretches.append({from, to, (to - from) * quietPace});
    }
    return slow;
}

qreal TimelineLayout::brokenDays() const
{
    qreal days = 0;
    for (const AxisBreak &gap : m_breaks) {
        days += gap.toDay - gap.fromDay;
    }
    return days;
}

qreal TimelineLayout::lastDayOf(const Entry &entry) const
{
    return entry.dating.isPlaced() && m_hasDates ? qreal(entry.dating.lastDay + 1) : entry.anchorDay;
}

bool TimelineLayout::touches(const Entry &entry, qreal fromDay, qreal toDay) const
{
    if (entry.dating.isPlaced() && m_hasDates) {
        return entry.dating.firstDay < toDay && entry.dating.lastDay + 1 > fromDay;
    }
    return entry.anchorDay >= fromDay && entry.anchorDay < toDay;
}

QDate TimelineLayout::firstDate() const
{
    return m_hasDates ? QDate::fromJulianDay(static_cast<qint64>(std::floor(m_firstDay))) : QDate();
}

QDate TimelineLayout::lastDate() const
{
    return m_hasDates ? QDate::fromJulianDay(static_cast<qint64>(std::ceil(m_lastDay)) - 1) : QDate();
}

qreal TimelineLayout::fitPixelsPerDay(qreal width, const QDate &from, const QDate &to) const
{
    qreal first = m_firstDay;
    qreal last = m_lastDay;
    if (m_hasDates && from.isValid() && to.isValid() && from <= to) {
        first = qreal(from.toJulianDay());
        last = qreal(to.toJulianDay() + 1);
    }
    const bool whole = !(m_hasDates && from.isValid() && to.isValid() && from <= to);
    const qreal span = std::max<qreal>(1, last - first - (whole ? brokenDays() : 0));
    const qreal padding = std::max<qreal>(0.5, span * 0.03);
    const qreal plot = width - 2 * m_style.sidePadding - (whole ? qreal(m_breaks.size()) * m_style.axisBreakWidth : 0);
    return std::max<qreal>(1e-4, (plot - std::min(plot * trailingShare, m_style.cardMaxWidth * trailingCards)) / (span + 2 * padding));
}

TimelineCard TimelineLayout::cardFor(const Entry &entry) const
{
    TimelineCard card;
    card.eventId = entry.id;
    card.eventIds = {entry.id};
    card.dating = entry.dating.kind;
    card.label = entry.label;
    card.lines = entry.lines;
    card.dateText = dateLineOf(entry.dating, entry.status);
    card.status = entry.status;
    card.placement = entry.dating.isPlaced() ? QString() : entry.placement;
    card.quoteMarks = entry.quoteMarks;
    card.callout = entry.callout;
    card.anchorX = m_scale.x(entry.anchorDay);
    card.spanFrom = card.anchorX;
    card.spanTo = card.anchorX;
    if (entry.dating.kind == EventDating::Kind::Approximate && m_hasDates) {
        card.spanFrom = m_scale.x(qreal(entry.dating.firstDay));
        card.spanTo = m_scale.x(qreal(entry.dating.lastDay + 1));
    }
    placeHorizontally(card, entry.boxSize, entry.callout ? entry.calloutSize : QSizeF());
    return card;
}

// Whether a is told less than b: by fewer articles, with fewer quotes, or later in the story.
// A bare noun ("Storm") names no happening well enough to stand for others.
bool TimelineLayout::lessTold(const Entry *a, const Entry *b)
{
    const auto weight
        = [](const Entry *e) { return std::tuple(e->label.contains(u' '), e->tellings, e->quoteMarks.size(), e->status == EventStatus::Happened, -e->rank); };
    return weight(a) < weight(b);
}

// The most told of a crowd keep their cards and only the rest fold into a cluster, so that the
// busiest days of a story (a capital falling among a week's 25 events) still show what
// happened on them.
void TimelineLayout::appendCrowd(QList<TimelineCard> &cards, QList<const Entry *> crowd, int maxStack) const
{
    const auto earlier = [](const Entry *a, const Entry *b) { return a->anchorDay < b->anchorDay; };
    std::stable_sort(crowd.begin(), crowd.end(), [](const Entry *a, const Entry *b) { return lessTold(b, a); });
    QList<const Entry *> folded = crowd.mid(maxStack - 1);
    crowd.resize(maxStack - 1);
    std::stable_sort(crowd.begin(), crowd.end(), earlier);
    std::stable_sort(folded.begin(), folded.end(), earlier);
    for (const Entry *entry : std::as_const(crowd)) {
        cards.append(cardFor(*entry));
    }
    cards.append(clusterFor(folded));
}

TimelineCard TimelineLayout::clusterFor(const QList<const Entry *> &members) const
{
    TimelineCard card;
    card.kind = TimelineCard::Kind::Cluster;
    card.eventId = members.first()->id;
    qreal first = std::numeric_limits<qreal>::max();
    qreal last = std::numeric_limits<qreal>::lowest();
    for (const Entry *member : members) {
        card.eventIds.append(member->id);
        first = std::min(first, member->dating.isPlaced() && m_hasDates ? qreal(member->dating.firstDay) : member->anchorDay);
        last = std::max(last, lastDayOf(*member));
    }
    card.dating = EventDating::Kind::Approximate;
    // A cluster is named by its most told event, so that folding a busy week never hides what
    // the story is about (the landfall among the day's 60 advisories).
    const Entry *lead = *std::max_element(members.cbegin(), members.cend(), lessTold);
    const QString more = u"+ %1 more events"_s.arg(members.size() - 1);
    card.lines = lead->lines;
    card.lines.append(more);
    card.label = lead->label + u" "_s + more;
    if (m_hasDates) {
        card.dateText = spanText(QDate::fromJulianDay(static_cast<qint64>(std::floor(first))),
            QDate::fromJulianDay(std::max(static_cast<qint64>(std::floor(first)), static_cast<qint64>(std::ceil(last)) - 1)));
    }
    card.anchorX = m_scale.x(first);
    card.spanFrom = card.anchorX;
    card.spanTo = m_scale.x(last);
    placeHorizontally(card, clusterSize(card.lines, card.dateText), QSizeF());
    return card;
}

void TimelineLayout::placeHorizontally(TimelineCard &card, const QSizeF &boxSize, const QSizeF &calloutSize) const
{
    const qreal left = plotLeft();
    const qreal right = std::max(left + boxSize.width(), plotRight());
    qreal boxLeft = card.anchorX;
    if (boxLeft + boxSize.width() > right) {
        card.flipped = true;
        boxLeft = card.anchorX - boxSize.width();
    }
    boxLeft = std::clamp(boxLeft, left, right - boxSize.width());

    qreal top = 0;
    const qreal spanFrom = std::clamp(card.spanFrom, left, right);
    const qreal spanTo = std::clamp(card.spanTo, left, right);
    if (spanTo - spanFrom >= 2) {
        card.spanBar = QRectF(spanFrom, 0, spanTo - spanFrom, m_style.spanHeight);
        top = m_style.spanHeight;
    }
    card.box = QRectF(boxLeft, top, boxSize.width(), boxSize.height());
    card.rect = card.box | card.spanBar;
    if (!calloutSize.isEmpty()) {
        qreal calloutLeft = card.flipped ? card.box.right() - calloutSize.width() : card.box.left();
        calloutLeft = std::clamp(calloutLeft, left, std::max(left, right - calloutSize.width()));
        card.calloutBox = QRectF(calloutLeft, card.box.bottom() + calloutGap, calloutSize.width(), calloutSize.height());
        card.rect |= card.calloutBox;
    }
}

qreal TimelineLayout::packLane(QList<TimelineCard> &cards) const
{
    std::stable_sort(cards.begin(), cards.end(), [](const TimelineCard &a, const TimelineCard &b) { return a.rect.left() < b.rect.left(); });
    const qreal gap = m_style.gap;
    QList<QRectF> active; // placed cards that reach into the current card's columns
    qreal height = 0;
    for (TimelineCard &card : cards) {
        const qreal left = card.rect.left();
        active.removeIf([left, gap](const QRectF &placed) { return placed.right() + gap <= left; });
        std::sort(active.begin(), active.end(), [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
        // The lowest free gap in the column, scanning the occupied intervals from the top.
        qreal y = 0;
        const qreal needed = card.rect.height();
        for (const QRectF &placed : std::as_const(active)) {
            if (y + needed + gap <= placed.top()) {
                break;
            }
            y = std::max(y, placed.bottom() + gap);
        }
        const qreal dy = y - card.rect.top();
        card.rect.translate(0, dy);
        card.box.translate(0, dy);
        if (card.hasSpan()) {
            card.spanBar.translate(0, dy);
        }
        if (!card.calloutBox.isEmpty()) {
            card.calloutBox.translate(0, dy);
        }
        active.append(card.rect);
        height = std::max(height, card.rect.bottom());
    }
    return height;
}

void TimelineLayout::arrange(const TimelineArrangement &arrangement)
{
    qreal firstDay = m_firstDay;
    qreal lastDay = m_lastDay;
    const bool ranged = m_hasDates && arrangement.from.isValid() && arrangement.to.isValid() && arrangement.from <= arrangement.to;
    if (ranged) {
        firstDay = qreal(arrangement.from.toJulianDay());
        lastDay = qreal(arrangement.to.toJulianDay() + 1);
    }
    m_shownFirst = ranged ? std::max(arrangement.from, firstDate()) : firstDate();
    m_shownLast = ranged ? std::min(arrangement.to, lastDate()) : lastDate();
    const QList<AxisBreak> breaks = ranged ? QList<AxisBreak>() : m_breaks;
    const qreal breaksWidth = qreal(breaks.size()) * m_style.axisBreakWidth;
    const qreal span = std::max<qreal>(1, lastDay - firstDay - (ranged ? 0 : brokenDays()));
    const qreal padding = std::max<qreal>(0.5, span * 0.03);
    qreal pixelsPerDay = arrangement.pixelsPerDay;
    qreal width = arrangement.width;
    qreal origin = firstDay - padding;
    QList<AxisBreak> axisBreaks = breaks;
    if (pixelsPerDay <= 0) {
        pixelsPerDay = fitPixelsPerDay(width, ranged ? arrangement.from : QDate(), ranged ? arrangement.to : QDate());
        const qreal plot = width - 2 * m_style.sidePadding - breaksWidth;
        const SlowAxis slow = ranged ? SlowAxis() : slowStretches(plot - std::min(plot * trailingShare, m_style.cardMaxWidth * trailingCards));
        if (!slow.stretches.isEmpty() && slow.pixelsPerDay > pixelsPerDay) {
            pixelsPerDay = slow.pixelsPerDay;
            origin = firstDay - slow.padding;
            axisBreaks += slow.stretches;
            std::sort(axisBreaks.begin(), axisBreaks.end(), [](const AxisBreak &a, const AxisBreak &b) { return a.fromDay < b.fromDay; });
        }
    } else {
        const qreal time = (span + 2 * padding) * pixelsPerDay + breaksWidth;
        const qreal needed = time + std::min(time * trailingShare / (1 - trailingShare), m_style.cardMaxWidth * trailingCards) + 2 * m_style.sidePadding;
        if (needed >= width) {
            width = needed;
        } else {
            origin -= (width - needed) / 2 / pixelsPerDay; // centre a short story in a wide view
        }
    }
    m_scale = TimeScale(origin, pixelsPerDay, m_style.sidePadding, axisBreaks, m_style.axisBreakWidth);
    m_bounds = QRectF(0, 0, width, m_style.axisHeight);

    // Cards per lane, in axis order.
    QList<QList<const Entry *>> perLane(m_lanes.size());
    m_order.clear();
    m_quoteCount = 0;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (ranged && !touches(entry, firstDay, lastDay)) {
            continue;
        }
        perLane[entry.lane].append(&entry);
        m_order.append(entry.id);
        m_quoteCount += static_cast<int>(entry.quoteMarks.size());
    }

    m_cards.clear();
    m_cardOfEvent.clear();
    qreal y = m_style.axisHeight;
    const bool named = std::any_of(m_lanes.cbegin(), m_lanes.cend(), [](const TimelineLane &lane) { return !lane.name.isEmpty(); });
    for (qsizetype laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        TimelineLane &lane = m_lanes[laneIndex];
        QList<const Entry *> &members = perLane[laneIndex];
        std::stable_sort(members.begin(), members.end(), [](const Entry *a, const Entry *b) { return a->anchorDay < b->anchorDay; });

        QList<TimelineCard> cards;
        qsizetype i = 0;
        while (i < members.size()) {
            qsizetype end = i + 1;
            if (arrangement.maxStack > 0) {
                const qreal startX = m_scale.x(members[i]->anchorDay);
                while (end < members.size() && m_scale.x(members[end]->anchorDay) - startX < m_style.cardMaxWidth) {
                    ++end;
                }
            }
            if (arrangement.maxStack > 0 && end - i > arrangement.maxStack) {
                appendCrowd(cards, members.mid(i, end - i), arrangement.maxStack);
            } else {
                for (qsizetype k = i; k < end; ++k) {
                    cards.append(cardFor(*members[k]));
                }
            }
            i = end;
        }
        const qreal contentHeight = packLane(cards);

        lane.rect = QRectF(0, y, width, 0);
        lane.header = QRectF();
        if (cards.isEmpty()) {
            continue; // a lane with nothing in the chosen range takes no room
        }
        lane.header = named && !lane.name.isEmpty() ? QRectF(0, y, width, m_style.laneHeaderHeight) : QRectF();
        const qreal contentTop = y + (named ? m_style.laneHeaderHeight : m_style.lanePadding);
        lane.rect.setHeight(contentTop - y + contentHeight + m_style.lanePadding);
        for (TimelineCard &card : cards) {
            card.lane = static_cast<int>(laneIndex);
            card.rect.translate(0, contentTop);
            card.box.translate(0, contentTop);
            if (card.hasSpan()) {
                card.spanBar.translate(0, contentTop);
            }
            if (!card.calloutBox.isEmpty()) {
                card.calloutBox.translate(0, contentTop);
            }
            for (const QString &id : std::as_const(card.eventIds)) {
                m_cardOfEvent.insert(id, static_cast<int>(m_cards.size()));
            }
            m_cards.append(card);
        }
        y = lane.rect.bottom();
    }
    if (m_cards.isEmpty()) {
        y += m_style.emptyHeight; // room to say that there is nothing to show
    }
    m_bounds.setHeight(y);
}

int TimelineLayout::cardIndexOf(const QString &id) const
{
    return m_cardOfEvent.value(eventFor(id), -1);
}

QString TimelineLayout::eventFor(const QString &id) const
{
    if (m_cardOfEvent.contains(id) || std::any_of(m_entries.cbegin(), m_entries.cend(), [&id](const Entry &entry) { return entry.id == id; })) {
        return id;
    }
    return m_eventOfQuote.value(id);
}

QList<TimelineTick> TimelineLayout::ticks(qreal fromX, qreal toX) const
{
    if (!m_hasDates) {
        return {};
    }
    QList<TimelineTick> ticks = m_scale.ticks(fromX, toX, QFontMetricsF(m_style.axisMajor));
    // A slow stretch runs from the first day told or to the last, so the room kept beyond one
    // at an end of the axis holds no told day: labels there ("2 Jan 2025" after a year-long
    // range) would only mislead.
    const QList<AxisBreak> &breaks = m_scale.breaks();
    if (breaks.isEmpty()) {
        return ticks;
    }
    const qreal from = !breaks.first().isCut() && breaks.first().fromDay <= m_firstDay ? m_scale.breakLeft(0) : std::numeric_limits<qreal>::lowest();
    const qreal to = !breaks.last().isCut() && breaks.last().toDay >= m_lastDay ? m_scale.breakRight(breaks.size() - 1) : std::numeric_limits<qreal>::max();
    for (TimelineTick &tick : ticks) {
        if (tick.x < from - 0.5 || tick.x > to + 0.5) {
            tick.label.clear();
            tick.carriesYear = false;
        }
    }
    return ticks;
}

} // namespace Sourceline
