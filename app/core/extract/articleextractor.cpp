// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "articleextractor.h"

#include "bylinefilter.h"
#include "eventextractor.h"
#include "peoplefinder.h"
#include "peoplewords.h"
#include "quotefinder.h"
#include "quotemarks.h"
#include "textanalysis.h"
#include "timeexpressions.h"

namespace Sourceline {

namespace {

// People, organisations, places and what the people said (the people/quotes stages).
void extractPeopleAndQuotes(const Article &article, const TextAnalysis &text, StoryGraph &graph)
{
    const ArticleWords words(text);
    const QList<QuotedSpan> quoted = QuoteMarks::find(words);
    PeopleResult people = PeopleFinder(words, quoted).find(article.id);
    const QList<TextRange> credits = creditParagraphs(text);
    dropPeopleOnlyIn(people, credits);
    dropEntitiesOnlyIn(people, credits);
    graph.people = people.people;
    graph.entities = people.entities;
    graph.quotes = QuoteFinder(words, quoted, people).find(article.id);
}

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
    extractPeopleAndQuotes(article, text, graph);
    // Stages in order: people and quotes, then times, then events (which use all three).
    addTimesAndEvents(graph, article, text, referenceDate);
    return graph;
}

} // namespace Sourceline
