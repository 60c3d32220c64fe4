// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timelinepage.h"

#include "storytitle.h"

#include <QFontMetricsF>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
constexpr qreal swatchWidth = 22;
constexpr qreal swatchGap = 7;
constexpr qreal legendItemGap = 20;
constexpr int maximumCreditedArticles = 8;

QString articleCredit(const Article &article)
{
    QStringList parts;
    if (!article.outlet.isEmpty()) {
        parts.append(article.outlet);
    }
    const QString title = !article.title.isEmpty() ? article.title : article.path.section(u'/', -1);
    if (!title.isEmpty()) {
        parts.append(u"\u201C"_s + title + u"\u201D"_s);
    }
    QString credit = parts.join(u", "_s);
    if (article.published.isValid()) {
        credit += (credit.isEmpty() ? QString() : u", "_s) + dayText(article.published);
    }
    return credit;
}
} // namespace

qreal TimelinePage::margin(qreal pageWidth)
{
    return std::round(std::clamp(pageWidth * 0.03, 24.0, 56.0));
}

qreal TimelinePage::timelineWidth(qreal pageWidth)
{
    // The timeline's own side padding sits inside the page margin, so cards line up with the title.
    const TimelineStyle style = TimelineStyle::standard();
    return pageWidth - 2 * margin(pageWidth) + 2 * style.sidePadding;
}

QString TimelinePage::defaultTitle(const StoryGraph &story)
{
    const QString title = storyTitle(story);
    return title.isEmpty() ? u"Timeline"_s : title;
}

TimelinePage::TimelinePage(const StoryGraph &story, const TimelineLayout &timeline, const TimelinePageOptions &options)
    : m_timeline(timeline)
    , m_title(options.title.trimmed().isEmpty() ? defaultTitle(story) : options.title.simplified())
{
    const TimelineStyle &style = m_timeline.style();
    const qreal margin = TimelinePage::margin(options.width);
    const qreal left = margin;
    const qreal right = options.width - margin;
    qreal y = margin;

    // A headline used as the title can run long; past two lines it is set smaller rather than
    // letting it outweigh the timeline.
    m_titleFont = style.title;
    m_titleLines = wrapText(m_title, m_titleFont, right - left, 3);
    if (m_titleLines.size() > 2) {
        m_titleFont.setPixelSize(std::max(16, m_titleFont.pixelSize() * 3 / 4));
        m_titleLines = wrapText(m_title, m_titleFont, right - left, 3);
    }
    const QFontMetricsF titleMetrics(m_titleFont);
    m_titleRect = QRectF(left, y, right - left, m_titleLines.size() * titleMetrics.lineSpacing());
    y = m_titleRect.bottom() + 4;

    const int events = static_cast<int>(m_timeline.eventOrder().size());
    QStringList summary;
    summary.append(events == 1 ? u"1 event"_s : u"%1 events"_s.arg(events));
    const int quotes = m_timeline.quoteCount();
    if (quotes > 0) {
        summary.append(quotes == 1 ? u"1 quote"_s : u"%1 quotes"_s.arg(quotes));
    }
    const auto sources = story.articles.size();
    summary.append(sources == 1 ? u"1 source"_s : u"%1 sources"_s.arg(sources));
    if (m_timeline.hasDates()) {
        summary.append(spanText(m_timeline.shownFirstDate(), m_timeline.shownLastDate()));
    } else {
        summary.append(u"in the order the text gives"_s);
    }
    m_summary = summary.join(u"  \u00B7  "_s);
    const QFontMetricsF summaryMetrics(style.subtitle);
    m_summary = summaryMetrics.elidedText(m_summary, Qt::ElideRight, right - left);
    m_summaryRect = QRectF(left, y, right - left, summaryMetrics.height());
    y = m_summaryRect.bottom() + 18;

    if (options.legend) {
        placeLegend(left, right, y);
    }

    m_timelineOrigin = QPointF(left - style.sidePadding, y);
    y += m_timeline.bounds().height();

    if (options.footer) {
        placeFooter(story, left, right, y);
    }
    m_size = QSizeF(options.width, std::ceil(y + margin));
}

void TimelinePage::placeLegend(qreal left, qreal right, qreal &y)
{
    const TimelineStyle &style = m_timeline.style();
    const QFontMetricsF metrics(style.legend);
    QList<TimelineLegendItem> items;
    for (const TimelineLane &lane : m_timeline.lanes()) {
        if (!lane.name.isEmpty() && !lane.rect.isEmpty()) {
            items.append({TimelineLegendItem::Kind::Lane, lane.colorIndex, lane.name, {}});
        }
    }
    QSet<EventDating::Kind> datings;
    bool quotes = false;
    bool clusters = false;
    bool notDone = false;
    for (const TimelineCard &card : m_timeline.cards()) {
        if (card.kind == TimelineCard::Kind::Cluster) {
            clusters = true;
        } else {
            datings.insert(card.dating);
            notDone = notDone || card.status != EventStatus::Happened;
        }
        quotes = quotes || !card.quoteMarks.isEmpty();
    }
    if (datings.contains(EventDating::Kind::Exact)) {
        items.append({TimelineLegendItem::Kind::Exact, -1, u"Dated event"_s, {}});
    }
    if (datings.contains(EventDating::Kind::Approximate)) {
        items.append({TimelineLegendItem::Kind::Approximate, -1, u"Approximate date or range"_s, {}});
    }
    if (datings.contains(EventDating::Kind::Undated) || datings.contains(EventDating::Kind::YearUnknown)) {
        items.append({TimelineLegendItem::Kind::Undated, -1, u"Undated, placed by the order of the text"_s, {}});
    }
    if (notDone) {
        items.append({TimelineLegendItem::Kind::NotDone, -1, u"Planned, expected or called off"_s, {}});
    }
    if (quotes) {
        items.append({TimelineLegendItem::Kind::Quote, -1, u"Quote (filled: direct, hollow: reported)"_s, {}});
    }
    if (clusters) {
        items.append({TimelineLegendItem::Kind::Cluster, -1, u"Several events, grouped"_s, {}});
    }

    const qreal rowHeight = std::max<qreal>(metrics.height(), 14);
    qreal x = left;
    for (TimelineLegendItem &item : items) {
        const qreal textWidth = std::min(metrics.horizontalAdvance(item.text) + 1, right - left - swatchWidth - swatchGap);
        item.text = metrics.elidedText(item.text, Qt::ElideRight, textWidth);
        const qreal width = swatchWidth + swatchGap + textWidth;
        if (x > left && x + width > right) {
            x = left;
            y += rowHeight + 6;
        }
        item.rect = QRectF(x, y, width, rowHeight);
        x += width + legendItemGap;
    }
    if (!items.isEmpty()) {
        y += rowHeight + 14;
    }
    m_legend = items;
}

void TimelinePage::placeFooter(const StoryGraph &story, qreal left, qreal right, qreal &y)
{
    const TimelineStyle &style = m_timeline.style();
    const QFontMetricsF metrics(style.footer);
    y += 14;
    const qreal top = y;
    QStringList credits;
    for (const Article &article : story.articles) {
        if (credits.size() == maximumCreditedArticles) {
            credits.append(u"and %1 more"_s.arg(story.articles.size() - maximumCreditedArticles));
            break;
        }
        const QString credit = articleCredit(article);
        if (!credit.isEmpty()) {
            credits.append(credit);
        }
    }
    m_credit = u"Made with Sourceline"_s;
    const qreal creditWidth = metrics.horizontalAdvance(m_credit) + 24;
    const QString sources = (credits.size() == 1 ? u"Source: "_s : u"Sources: "_s) + credits.join(u"; "_s);
    m_footerLines = wrapText(sources, style.footer, std::max<qreal>(120, right - left - creditWidth), 6);
    const qreal height = 10 + std::max<qsizetype>(1, m_footerLines.size()) * metrics.lineSpacing();
    m_footerRect = QRectF(left, top, right - left, height);
    y = m_footerRect.bottom();
}

} // namespace Sourceline
