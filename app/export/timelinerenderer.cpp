// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timelinerenderer.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
constexpr int visibleQuoteMarks = 5;

bool isDark(const StoryColors &colors)
{
    return colors.background.lightnessF() < 0.5;
}

bool placedByOrder(const TimelineCard &card)
{
    return card.kind == TimelineCard::Kind::Event && (card.dating == EventDating::Kind::Undated || card.dating == EventDating::Kind::YearUnknown);
}

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(alpha);
    return color;
}

qreal baseline(qreal top, const QFontMetricsF &metrics, int line)
{
    return top + metrics.ascent() + line * metrics.height();
}
} // namespace

TimelineRenderer::TimelineRenderer(const StoryColors &colors)
    : m_colors(colors)
{
}

QColor TimelineRenderer::laneColor(const TimelineLayout &layout, int lane) const
{
    if (lane < 0 || lane >= layout.lanes().size()) {
        return m_colors.mutedText;
    }
    return m_colors.lane(layout.lanes().at(lane).colorIndex);
}

void TimelineRenderer::paintBackground(QPainter *painter, const TimelineLayout &layout, const QRectF &exposed) const
{
    painter->fillRect(exposed, m_colors.background);
    const QColor band = blendColors(m_colors.background, m_colors.text, isDark(m_colors) ? 0.035 : 0.025);
    const QColor separator = blendColors(m_colors.background, m_colors.text, 0.10);
    const auto &lanes = layout.lanes();
    int shown = 0;
    for (const TimelineLane &lane : lanes) {
        if (lane.rect.isEmpty()) {
            continue;
        }
        const QRectF rect(exposed.left(), lane.rect.top(), exposed.width(), lane.rect.height());
        if (shown % 2 == 1 && rect.intersects(exposed)) {
            painter->fillRect(rect & exposed, band);
        }
        if (shown > 0 && lane.rect.top() >= exposed.top() && lane.rect.top() <= exposed.bottom()) {
            painter->setPen(QPen(separator, 1));
            painter->drawLine(QPointF(exposed.left(), lane.rect.top() + 0.5), QPointF(exposed.right(), lane.rect.top() + 0.5));
        }
        ++shown;
    }

    const QColor grid = blendColors(m_colors.background, m_colors.text, isDark(m_colors) ? 0.10 : 0.08);
    painter->setPen(QPen(grid, 1));
    const qreal top = std::max(exposed.top(), layout.axisRect().bottom());
    const qreal bottom = std::min(exposed.bottom(), layout.bounds().bottom());
    if (bottom <= top) {
        return;
    }
    for (const TimelineTick &tick : layout.ticks(exposed.left(), exposed.right())) {
        if (tick.major && tick.x >= exposed.left() && tick.x <= exposed.right()) {
            const qreal x = std::round(tick.x) + 0.5;
            painter->drawLine(QPointF(x, top), QPointF(x, bottom));
        }
    }
    // A cut-out stretch of time is shaded all the way down, so no card seems to span it unnoticed.
    const TimeScale &scale = layout.scale();
    for (qsizetype i = 0; i < scale.breaks().size(); ++i) {
        if (!scale.breaks().at(i).isCut()) {
            continue;
        }
        const QRectF cut(scale.breakLeft(i), top, scale.breakRight(i) - scale.breakLeft(i), bottom - top);
        if (cut.intersects(exposed)) {
            painter->fillRect(cut & exposed, withAlpha(grid, 0.55));
        }
    }
}

void TimelineRenderer::paintAxis(QPainter *painter, const TimelineLayout &layout, qreal top, qreal fromX, qreal toX) const
{
    const TimelineStyle &style = layout.style();
    const QRectF band(fromX, top, toX - fromX, style.axisHeight);
    painter->fillRect(band, m_colors.background);
    const qreal bottom = band.bottom() - 0.5;
    painter->setPen(QPen(m_colors.border, 1));
    painter->drawLine(QPointF(fromX, bottom), QPointF(toX, bottom));

    if (!layout.hasDates()) {
        painter->setFont(style.axis);
        painter->setPen(m_colors.mutedText);
        const QFontMetricsF metrics(style.axis);
        painter->drawText(QPointF(std::max(fromX, layout.plotLeft()), bottom - 12), u"Story order \u2014 the text gives no dates"_s);
        Q_UNUSED(metrics)
        return;
    }

    const QFontMetricsF minorMetrics(style.axis);
    const QFontMetricsF majorMetrics(style.axisMajor);
    const QColor minorTick = blendColors(m_colors.background, m_colors.text, 0.35);
    const qreal rightEdge = layout.bounds().right();
    for (const TimelineTick &tick : layout.ticks(fromX, toX)) {
        const qreal x = std::round(tick.x) + 0.5;
        if (!tick.major) {
            painter->setPen(QPen(minorTick, 1));
            painter->drawLine(QPointF(x, bottom - 4), QPointF(x, bottom));
            continue;
        }
        painter->setPen(QPen(m_colors.mutedText, 1));
        painter->drawLine(QPointF(x, bottom - 10), QPointF(x, bottom));
        const QFontMetricsF &metrics = tick.carriesYear ? majorMetrics : minorMetrics;
        // A label that would run off the timeline is left out rather than clipped.
        if (tick.x + 4 + metrics.horizontalAdvance(tick.label) > rightEdge || tick.x < 0) {
            continue;
        }
        painter->setFont(tick.carriesYear ? style.axisMajor : style.axis);
        painter->setPen(tick.carriesYear ? m_colors.text : m_colors.mutedText);
        painter->drawText(QPointF(tick.x + 4, bottom - 13), tick.label);
    }
    paintAxisBreaks(painter, layout, bottom, fromX, toX);
    paintEventMarks(painter, layout, bottom, fromX, toX);
}

void TimelineRenderer::paintAxisBreaks(QPainter *painter, const TimelineLayout &layout, qreal y, qreal fromX, qreal toX) const
{
    // The usual mark of a broken axis: the line stops, and two slanted strokes close each end.
    const TimeScale &scale = layout.scale();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < scale.breaks().size(); ++i) {
        if (!scale.breaks().at(i).isCut()) {
            // A slow stretch: the axis runs on, dashed, so its other pace is seen.
            const qreal left = std::max(fromX, scale.breakLeft(i));
            const qreal right = std::min(toX, scale.breakRight(i));
            if (right > left) {
                painter->fillRect(QRectF(left, y - 1.5, right - left, 3), m_colors.background);
                QPen dashed(m_colors.mutedText, 1.2, Qt::DashLine);
                painter->setPen(dashed);
                painter->drawLine(QPointF(left, y), QPointF(right, y));
            }
            continue;
        }
        const qreal left = scale.breakLeft(i) + 4;
        const qreal right = scale.breakRight(i) - 4;
        if (right < fromX || left > toX || right <= left) {
            continue;
        }
        painter->fillRect(QRectF(left, y - 1.5, right - left, 3), m_colors.background);
        painter->setPen(QPen(m_colors.mutedText, 1.2));
        for (const qreal x : {left, right}) {
            painter->drawLine(QPointF(x - 2.5, y + 5), QPointF(x + 2.5, y - 5));
        }
    }
    painter->restore();
}

void TimelineRenderer::paintEventMarks(QPainter *painter, const TimelineLayout &layout, qreal y, qreal fromX, qreal toX) const
{
    // Every event marked on the axis line itself: the cards stack below, the marks show where
    // the story is dense and tie each card's colour back to a point in time.
    for (const TimelineCard &card : layout.cards()) {
        if (card.spanTo < fromX - 4 || card.spanFrom > toX + 4) {
            continue;
        }
        const QColor color = laneColor(layout, card.lane);
        if (card.hasSpan()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(withAlpha(color, 0.45));
            painter->drawRoundedRect(QRectF(card.spanBar.left(), y - 2, card.spanBar.width(), 4), 2, 2);
        }
        if (card.kind == TimelineCard::Kind::Cluster) {
            continue;
        }
        if (placedByOrder(card)) {
            painter->setPen(QPen(color, 1.3));
            painter->setBrush(m_colors.background);
        } else {
            painter->setPen(QPen(m_colors.background, 1));
            painter->setBrush(color);
        }
        painter->drawEllipse(QPointF(card.anchorX, y), 3.2, 3.2);
    }
}

void TimelineRenderer::paintLaneHeaders(QPainter *painter, const TimelineLayout &layout, qreal left) const
{
    const TimelineStyle &style = layout.style();
    const QFontMetricsF nameMetrics(style.lane);
    const QFontMetricsF countMetrics(style.legend);
    for (int i = 0; i < layout.lanes().size(); ++i) {
        const TimelineLane &lane = layout.lanes().at(i);
        if (lane.header.isEmpty()) {
            continue;
        }
        const QColor color = laneColor(layout, i);
        const qreal centreY = lane.header.top() + lane.header.height() / 2 + 2;
        const qreal x = left + style.sidePadding;
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(QPointF(x + 4, centreY), 4, 4);
        const QString name = nameMetrics.elidedText(lane.name, Qt::ElideRight, std::max<qreal>(80, lane.header.width() * 0.5));
        painter->setFont(style.lane);
        painter->setPen(color);
        const qreal textBaseline = centreY + (nameMetrics.ascent() - nameMetrics.descent()) / 2;
        painter->drawText(QPointF(x + 14, textBaseline), name);
        const QString count = lane.eventCount == 1 ? u"1 event"_s : u"%1 events"_s.arg(lane.eventCount);
        painter->setFont(style.legend);
        painter->setPen(m_colors.mutedText);
        painter->drawText(QPointF(x + 14 + nameMetrics.horizontalAdvance(name) + 10, textBaseline), count);
    }
}

void TimelineRenderer::paintSpan(QPainter *painter, const TimelineCard &card, const QColor &color) const
{
    const QRectF bar(card.spanBar.left(), card.spanBar.center().y() - 1.5, card.spanBar.width(), 3);
    if (card.kind == TimelineCard::Kind::Cluster) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(withAlpha(color, 0.55));
        painter->drawRoundedRect(bar, 1.5, 1.5);
        return;
    }
    // Fading ends say "somewhere in here": the date is known only to this span.
    QLinearGradient fade(bar.left(), 0, bar.right(), 0);
    fade.setColorAt(0, withAlpha(color, 0.15));
    fade.setColorAt(0.2, withAlpha(color, 0.85));
    fade.setColorAt(0.8, withAlpha(color, 0.85));
    fade.setColorAt(1, withAlpha(color, 0.15));
    painter->setPen(Qt::NoPen);
    painter->setBrush(fade);
    painter->drawRoundedRect(bar, 1.5, 1.5);
    painter->setPen(QPen(withAlpha(color, 0.6), 1));
    painter->drawLine(QPointF(bar.left() + 0.5, card.spanBar.top() + 1), QPointF(bar.left() + 0.5, card.spanBar.bottom() - 1));
    painter->drawLine(QPointF(bar.right() - 0.5, card.spanBar.top() + 1), QPointF(bar.right() - 0.5, card.spanBar.bottom() - 1));
}

void TimelineRenderer::paintQuoteMark(QPainter *painter, const QRectF &rect, Quote::Kind kind) const
{
    painter->setPen(QPen(m_colors.quote, 1.2));
    switch (kind) {
    case Quote::Kind::Direct:
        painter->setBrush(m_colors.quote);
        painter->drawRoundedRect(rect, 1.5, 1.5);
        break;
    case Quote::Kind::Partial: {
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(0.6, 0.6, -0.6, -0.6), 1.5, 1.5);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_colors.quote);
        painter->drawRect(QRectF(rect.left(), rect.center().y(), rect.width(), rect.height() / 2));
        break;
    }
    case Quote::Kind::Indirect:
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(0.6, 0.6, -0.6, -0.6), 1.5, 1.5);
        break;
    }
}

void TimelineRenderer::paintCardOutline(QPainter *painter, const TimelineLayout &layout, const TimelineCard &card, TimelineCardState state) const
{
    const QColor color = laneColor(layout, card.lane);
    painter->setPen(Qt::NoPen);
    painter->setBrush(state.selected ? m_colors.selection : blendColors(m_colors.background, color, 0.35));
    painter->drawRect(card.box);
}

void TimelineRenderer::paintCard(QPainter *painter, const TimelineLayout &layout, const TimelineCard &card, TimelineCardState state) const
{
    const TimelineStyle &style = layout.style();
    const QColor color = laneColor(layout, card.lane);
    const bool byOrder = placedByOrder(card);
    const bool cluster = card.kind == TimelineCard::Kind::Cluster;
    const bool dark = isDark(m_colors);

    if (card.hasSpan()) {
        paintSpan(painter, card, color);
    }

    // A plan, a forecast or a cancelled event is drawn hollow with a dotted edge: not (yet) done.
    const bool notDone = !cluster && card.status != EventStatus::Happened;
    const QRectF box = card.box.adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = byOrder || notDone ? m_colors.background : blendColors(m_colors.background, color, dark ? 0.13 : 0.07);
    if (state.selected) {
        fill = blendColors(m_colors.background, m_colors.selection, dark ? 0.8 : 0.6);
    }
    QPen border(blendColors(m_colors.background, color, state.hovered ? 0.9 : 0.45), state.hovered ? 1.5 : 1.0);
    if (byOrder) {
        border = QPen(blendColors(m_colors.background, color, 0.8), 1.2, Qt::DashLine);
    } else if (notDone) {
        border = QPen(blendColors(m_colors.background, color, 0.8), 1.2, Qt::DotLine);
    }
    if (state.selected) {
        border = QPen(blendColors(m_colors.selection, m_colors.text, 0.35), 2);
    }
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, style.cardRadius, style.cardRadius);
    if (cluster) {
        // An inner outline reads as a stack of cards.
        painter->setPen(QPen(blendColors(m_colors.background, color, 0.35), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(3, 3, -3, -3), style.cardRadius - 1, style.cardRadius - 1);
    }

    // The accent bar stands on the date; dotted when the date is only inferred from order.
    const qreal accentX = card.flipped ? box.right() - style.accentWidth : box.left();
    painter->setPen(Qt::NoPen);
    if (byOrder) {
        painter->setBrush(color);
        for (qreal y = box.top() + 3; y + 3 <= box.bottom() - 2; y += 6) {
            painter->drawRect(QRectF(accentX + 0.5, y, style.accentWidth - 0.5, 3));
        }
    } else {
        painter->setBrush(card.dating == EventDating::Kind::Approximate && !cluster ? withAlpha(color, 0.55) : color);
        QPainterPath accent;
        accent.addRoundedRect(QRectF(accentX, box.top(), style.accentWidth, box.height()), 1.5, 1.5);
        painter->drawPath(accent);
    }

    const qreal contentLeft = card.box.left() + (card.flipped ? style.cardPaddingX : style.accentWidth + style.cardPaddingX);
    QFont labelFont = style.label;
    labelFont.setStrikeOut(!cluster && card.status == EventStatus::CalledOff);
    const QFontMetricsF labelMetrics(labelFont);
    const qreal top = card.box.top() + style.cardPaddingY;
    painter->setFont(labelFont);
    painter->setPen(notDone ? m_colors.mutedText : m_colors.text);
    // A cluster's last line counts the events folded under its lead event's label.
    const qsizetype labelLines = cluster ? card.lines.size() - 1 : card.lines.size();
    for (int i = 0; i < labelLines; ++i) {
        painter->drawText(QPointF(contentLeft, baseline(top, labelMetrics, i)), card.lines.at(i));
    }
    qreal linesBottom = top + labelLines * labelMetrics.height();
    if (cluster && !card.lines.isEmpty()) {
        const QFontMetricsF clusterMetrics(style.cluster);
        painter->setFont(style.cluster);
        painter->setPen(m_colors.mutedText);
        painter->drawText(QPointF(contentLeft, linesBottom + clusterMetrics.ascent()), card.lines.last());
        linesBottom += clusterMetrics.height();
    }

    QFont dateFont = style.date;
    dateFont.setItalic(byOrder || notDone);
    const QFontMetricsF dateMetrics(dateFont);
    const qreal dateBaseline = linesBottom + style.lineGap + dateMetrics.ascent();
    painter->setFont(dateFont);
    painter->setPen(byOrder || cluster ? m_colors.mutedText : m_colors.date);
    painter->drawText(QPointF(contentLeft, dateBaseline), card.dateText);

    if (!card.quoteMarks.isEmpty()) {
        qreal x = contentLeft + dateMetrics.horizontalAdvance(card.dateText) + 6;
        const qreal size = style.quoteMarkSize;
        const qreal markTop = dateBaseline - dateMetrics.ascent() / 2 - size / 2 + 1;
        const int shown = std::min<int>(visibleQuoteMarks, static_cast<int>(card.quoteMarks.size()));
        for (int i = 0; i < shown; ++i) {
            paintQuoteMark(painter, QRectF(x, markTop, size, size), card.quoteMarks.at(i));
            x += size + 3;
        }
        if (card.quoteMarks.size() > visibleQuoteMarks) {
            painter->setFont(style.date);
            painter->setPen(m_colors.quote);
            painter->drawText(QPointF(x, dateBaseline), u"+"_s + QString::number(card.quoteMarks.size() - visibleQuoteMarks));
        }
    }

    if (card.callout) {
        paintCallout(painter, layout, card);
    }
}

void TimelineRenderer::paintCallout(QPainter *painter, const TimelineLayout &layout, const TimelineCard &card) const
{
    const TimelineStyle &style = layout.style();
    const QRectF box = card.calloutBox.adjusted(0.5, 0.5, -0.5, -0.5);
    painter->setPen(Qt::NoPen);
    painter->setBrush(blendColors(m_colors.background, m_colors.quote, isDark(m_colors) ? 0.12 : 0.06));
    painter->drawRoundedRect(box, style.cardRadius, style.cardRadius);
    painter->setBrush(m_colors.quote);
    painter->drawRoundedRect(QRectF(box.left(), box.top(), style.accentWidth, box.height()), 1.5, 1.5);

    const qreal contentLeft = card.calloutBox.left() + style.accentWidth + style.cardPaddingX;
    const QFontMetricsF metrics(style.callout);
    const qreal top = card.calloutBox.top() + style.cardPaddingY;
    painter->setFont(style.callout);
    painter->setPen(m_colors.text);
    for (int i = 0; i < card.callout->lines.size(); ++i) {
        painter->drawText(QPointF(contentLeft, baseline(top, metrics, i)), card.callout->lines.at(i));
    }
    if (!card.callout->speaker.isEmpty()) {
        const QFontMetricsF dateMetrics(style.date);
        painter->setFont(style.date);
        painter->setPen(m_colors.mutedText);
        painter->drawText(
            QPointF(contentLeft, top + card.callout->lines.size() * metrics.height() + style.lineGap + dateMetrics.ascent()), card.callout->speaker);
    }
}

void TimelineRenderer::paintTimeline(QPainter *painter, const TimelineLayout &layout, const QString &selectedEvent) const
{
    const QRectF bounds = layout.bounds();
    paintBackground(painter, layout, bounds);
    paintAxis(painter, layout, 0, 0, bounds.width());
    paintLaneHeaders(painter, layout, 0);
    for (const TimelineCard &card : layout.cards()) {
        paintCard(painter, layout, card, {!selectedEvent.isEmpty() && card.contains(selectedEvent), false});
    }
    if (layout.cards().isEmpty()) {
        paintEmptyNote(painter, layout, bounds);
    }
}

void TimelineRenderer::paintEmptyNote(QPainter *painter, const TimelineLayout &layout, const QRectF &area) const
{
    const QRectF below = area.adjusted(layout.plotLeft(), layout.style().axisHeight, -layout.style().sidePadding, 0);
    painter->setFont(layout.style().subtitle);
    painter->setPen(m_colors.mutedText);
    const QString note = layout.eventCount() == 0 ? u"No events were found in the text."_s : u"No events in this range."_s;
    painter->drawText(below, Qt::AlignLeft | Qt::AlignVCenter, note);
}

void TimelineRenderer::paintLegendSwatch(QPainter *painter, const TimelineLegendItem &item, const QRectF &swatch) const
{
    const QColor color = item.kind == TimelineLegendItem::Kind::Lane ? m_colors.lane(item.colorIndex) : m_colors.mutedText;
    const QRectF card = swatch.adjusted(0.5, 0.5, -0.5, -0.5);
    const bool dark = isDark(m_colors);
    switch (item.kind) {
    case TimelineLegendItem::Kind::Lane:
    case TimelineLegendItem::Kind::Exact:
    case TimelineLegendItem::Kind::Cluster:
        painter->setPen(QPen(blendColors(m_colors.background, color, 0.45), 1));
        painter->setBrush(blendColors(m_colors.background, color, dark ? 0.13 : 0.07));
        painter->drawRoundedRect(card, 2.5, 2.5);
        if (item.kind == TimelineLegendItem::Kind::Cluster) {
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(card.adjusted(2.5, 2.5, -2.5, -2.5), 1.5, 1.5);
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(QRectF(card.left(), card.top(), 3, card.height()), 1, 1);
        break;
    case TimelineLegendItem::Kind::Approximate: {
        QLinearGradient fade(card.left(), 0, card.right(), 0);
        fade.setColorAt(0, withAlpha(color, 0.15));
        fade.setColorAt(0.25, withAlpha(color, 0.85));
        fade.setColorAt(0.75, withAlpha(color, 0.85));
        fade.setColorAt(1, withAlpha(color, 0.15));
        painter->setPen(Qt::NoPen);
        painter->setBrush(fade);
        painter->drawRoundedRect(QRectF(card.left(), card.center().y() - 1.5, card.width(), 3), 1.5, 1.5);
        break;
    }
    case TimelineLegendItem::Kind::Undated:
        painter->setPen(QPen(color, 1.2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card, 2.5, 2.5);
        break;
    case TimelineLegendItem::Kind::NotDone:
        painter->setPen(QPen(color, 1.2, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card, 2.5, 2.5);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(QRectF(card.left(), card.top(), 3, card.height()), 1, 1);
        break;
    case TimelineLegendItem::Kind::Quote: {
        const qreal size = 7;
        const qreal y = card.center().y() - size / 2;
        paintQuoteMark(painter, QRectF(card.left() + 2, y, size, size), Quote::Kind::Direct);
        paintQuoteMark(painter, QRectF(card.left() + 2 + size + 3, y, size, size), Quote::Kind::Indirect);
        break;
    }
    }
}

void TimelineRenderer::paintPage(QPainter *painter, const TimelinePage &page) const
{
    const TimelineStyle &style = page.timeline().style();
    painter->fillRect(QRectF(QPointF(0, 0), page.size()), m_colors.background);

    const QFontMetricsF titleMetrics(page.titleFont());
    painter->setFont(page.titleFont());
    painter->setPen(m_colors.text);
    for (int i = 0; i < page.titleLines().size(); ++i) {
        painter->drawText(
            QPointF(page.titleRect().left(), page.titleRect().top() + titleMetrics.ascent() + i * titleMetrics.lineSpacing()), page.titleLines().at(i));
    }
    const QFontMetricsF summaryMetrics(style.subtitle);
    painter->setFont(style.subtitle);
    painter->setPen(m_colors.mutedText);
    painter->drawText(QPointF(page.summaryRect().left(), page.summaryRect().top() + summaryMetrics.ascent()), page.summary());

    const QFontMetricsF legendMetrics(style.legend);
    for (const TimelineLegendItem &item : page.legend()) {
        const QRectF swatch(item.rect.left(), item.rect.center().y() - 6, 22, 12);
        paintLegendSwatch(painter, item, swatch);
        painter->setFont(style.legend);
        painter->setPen(item.kind == TimelineLegendItem::Kind::Lane ? m_colors.text : m_colors.mutedText);
        painter->drawText(QPointF(swatch.right() + 7, item.rect.center().y() + (legendMetrics.ascent() - legendMetrics.descent()) / 2), item.text);
    }

    painter->save();
    painter->translate(page.timelineOrigin());
    paintTimeline(painter, page.timeline());
    painter->restore();

    if (!page.footerRect().isEmpty()) {
        const QRectF footer = page.footerRect();
        painter->setPen(QPen(m_colors.border, 1));
        painter->drawLine(QPointF(footer.left(), footer.top() + 0.5), QPointF(footer.right(), footer.top() + 0.5));
        const QFontMetricsF metrics(style.footer);
        painter->setFont(style.footer);
        painter->setPen(m_colors.mutedText);
        for (int i = 0; i < page.footerLines().size(); ++i) {
            painter->drawText(QPointF(footer.left(), footer.top() + 10 + metrics.ascent() + i * metrics.lineSpacing()), page.footerLines().at(i));
        }
        painter->drawText(QPointF(footer.right() - metrics.horizontalAdvance(page.credit()), footer.top() + 10 + metrics.ascent()), page.credit());
    }
}

} // namespace Sourceline
