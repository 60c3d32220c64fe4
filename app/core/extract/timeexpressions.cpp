// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timeexpressions.h"

#include "timefinder.h"

namespace Sourceline {

QList<TimeExpression> ArticleTimes::expressions(QStringView text) const
{
    QList<TimeExpression> expressions;
    expressions.reserve(times.size());
    for (const ResolvedTime &time : times) {
        TimeExpression expression;
        expression.text = text.mid(time.mention.range.start, time.mention.range.length()).toString();
        expression.value = time.date.iso;
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
    result.times = TimeResolver(text.text, result.words, paragraphs, result.reference).resolve(mentions);
    return result;
}

} // namespace Sourceline
