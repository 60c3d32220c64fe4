// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "articleextractor.h"

#include "textanalysis.h"

namespace Sourceline {

StoryGraph extractArticle(const Article &article, const QDate &referenceDate)
{
    Q_UNUSED(referenceDate)
    StoryGraph graph;
    graph.articles.append(article);
    const TextAnalysis text = analyseText(article);
    Q_UNUSED(text)
    // Stages are added here as they land: people, quotes, times, events.
    return graph;
}

} // namespace Sourceline
