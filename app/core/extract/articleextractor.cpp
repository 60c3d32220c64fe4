// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "articleextractor.h"

#include "peoplefinder.h"
#include "peoplewords.h"
#include "quotefinder.h"
#include "quotemarks.h"
#include "textanalysis.h"

namespace Sourceline {

namespace {

// People, organisations, places and what the people said (the people/quotes stages).
void extractPeopleAndQuotes(const Article &article, const TextAnalysis &text, StoryGraph &graph)
{
    const ArticleWords words(text);
    const QList<QuotedSpan> quoted = QuoteMarks::find(words);
    const PeopleResult people = PeopleFinder(words, quoted).find(article.id);
    graph.people = people.people;
    graph.entities = people.entities;
    graph.quotes = QuoteFinder(words, quoted, people).find(article.id);
}

} // namespace

StoryGraph extractArticle(const Article &article, const QDate &referenceDate)
{
    Q_UNUSED(referenceDate)
    StoryGraph graph;
    graph.articles.append(article);
    const TextAnalysis text = analyseText(article);
    extractPeopleAndQuotes(article, text, graph);
    // Stages are added here as they land: times, events.
    return graph;
}

} // namespace Sourceline
