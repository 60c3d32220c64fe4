// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "articleextractor.h"

#include "eventextractor.h"
#include "textanalysis.h"
#include "timeexpressions.h"

namespace Sourceline {

namespace {
// Times first (events are dated by them), then events, which need the people and quotes.
void addTimesAndEvents(StoryGraph &graph, const Article &article, const TextAnalysis &text, const QDate &referenceDate)
{
    const ArticleTimes times = findArticleTimes(article, text, referenceDate);
    graph.times = times.expressions(text.text);
    addEvents(graph, text, times);
}
} // namespace

StoryGraph extractArticle(const Article &article, const QDate &referenceDate)
{
    StoryGraph graph;
    graph.articles.append(article);
    const TextAnalysis text = analyseText(article);
    // Stages are added here as they land: people, quotes, times, events.
    addTimesAndEvents(graph, article, text, referenceDate);
    return graph;
}

} // namespace Sourceline
