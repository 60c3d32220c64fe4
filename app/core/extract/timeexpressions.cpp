// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timeexpressions.h"

#include "timefinder.h"

#include <QHash>
#include <QTimeZone>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
// The UTC offset of a written zone as ISO 8601 writes it ("Z", "-04:00"); empty when unknown.
QString zoneOffset(const QString &zone, const QDate &day)
{
    const std::optional<int> seconds = zoneOffsetSeconds(zone, day);
    if (!seconds) {
        return {};
    }
    if (*seconds == 0) {
        return u"Z"_s;
    }
    const int minutes = std::abs(*seconds) / 60;
    return (*seconds < 0 ? u"-"_s : u"+"_s) + QString::number(minutes / 60).rightJustified(2, u'0') + u':'
        + QString::number(minutes % 60).rightJustified(2, u'0');
}

// "21:15", or "14:32Z" with the zone's offset when one was written.
QString clockText(const TimeMention &mention, const DateValue &date)
{
    if (mention.hour < 0) {
        return {};
    }
    const QString time = QString::number(mention.hour).rightJustified(2, u'0') + u':' + QString::number(mention.minute).rightJustified(2, u'0');
    return time + zoneOffset(mention.zone, date.granularity == DateValue::Granularity::Day ? date.earliest : QDate());
}
} // namespace

// Fixed for "GMT" or "EDT", by the day for "ET", whose summer time the writer leaves to the reader.
std::optional<int> zoneOffsetSeconds(const QString &zone, const QDate &day)
{
    static const QHash<QString, int> fixedHours{{u"GMT"_s, 0}, {u"UTC"_s, 0}, {u"BST"_s, 1}, {u"CET"_s, 1}, {u"CEST"_s, 2}, {u"EET"_s, 2}, {u"EEST"_s, 3},
        {u"MSK"_s, 3}, {u"EST"_s, -5}, {u"EDT"_s, -4}, {u"CST"_s, -6}, {u"CDT"_s, -5}, {u"MST"_s, -7}, {u"MDT"_s, -6}, {u"PST"_s, -8}, {u"PDT"_s, -7}};
    static const QHash<QString, QByteArray> regions{
        {u"ET"_s, "America/New_York"}, {u"CT"_s, "America/Chicago"}, {u"MT"_s, "America/Denver"}, {u"PT"_s, "America/Los_Angeles"}};
    if (const auto fixed = fixedHours.constFind(zone); fixed != fixedHours.cend()) {
        return *fixed * 3600;
    }
    if (const auto region = regions.constFind(zone); region != regions.cend() && day.isValid()) {
        const QTimeZone timeZone(*region);
        if (timeZone.isValid()) {
            return timeZone.offsetFromUtc(QDateTime(day, QTime(12, 0), timeZone));
        }
    }
    return std::nullopt;
}

QList<TimeExpression> ArticleTimes::expressions(QStringView text) const
{
    QList<TimeExpression> expressions;
    expressions.reserve(times.size());
    for (const ResolvedTime &time : times) {
        TimeExpression expression;
        expression.text = text.mid(time.mention.range.start, time.mention.range.length()).toString();
        expression.value = time.date.iso;
        expression.clock = clockText(time.mention, time.date);
        if (!expression.clock.isEmpty()) {
            // "2025-11-25T14:32Z"; a time whose day is unknown keeps the unknown day in view.
            const bool day = time.date.granularity == DateValue::Granularity::Day && time.date.earliest == time.date.latest;
            expression.value = (day ? time.date.iso : u"XXXX-XX-XX"_s) + u'T' + expression.clock;
        }
        expression.date = time.date;
        expression.duration = time.mention.duration;
        expression.span = {articleId, time.mention.range.start, time.mention.range.end};
        expressions.append(expression);
    }
    return expressions;
}

ArticleTimes findArticleTimes(const Article &article, const TextAnalysis &text, const QDate &referenceDate)
{
    ArticleTimes result;
    result.articleId = article.id;
    result.reference = article.published.isValid() ? article.published : referenceDate;
    result.words = scanWords(text.text, {0, int(text.text.size())});
    QList<TextRange> paragraphs;
    paragraphs.reserve(text.paragraphs.size());
    for (const Paragraph &paragraph : text.paragraphs) {
        paragraphs.append(paragraph.range);
    }
    const QList<TimeMention> mentions = findTimeMentions(text.text, result.words);
    QList<bool> headings;
    headings.reserve(text.paragraphs.size());
    for (const Paragraph &paragraph : text.paragraphs) {
        headings.append(paragraph.heading);
    }
    TimeResolver resolver(text.text, result.words, paragraphs, result.reference);
    resolver.setHeadings(headings);
    result.times = resolver.resolve(mentions);
    return result;
}

} // namespace Sourceline
