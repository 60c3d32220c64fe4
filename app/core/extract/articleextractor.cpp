// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "articleextractor.h"

#include "bylinefilter.h"
#include "eventextractor.h"
#include "eventlexicon.h"
#include "peoplefinder.h"
#include "peoplewords.h"
#include "quotefinder.h"
#include "quotemarks.h"
#include "quotespeechcues.h"
#include "textanalysis.h"
#include "timeexpressions.h"
#include "wordmatch.h"

#include "../reader/dateline.h"
#include "../reader/plaintextarticle.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace Sourceline {

namespace {

// People, organisations, places and what the people said (the people/quotes stages).
void extractPeopleAndQuotes(const Article &article, const TextAnalysis &text, const QList<TextRange> &credits, StoryGraph &graph)
{
    const ArticleWords words(text);
    const QList<QuotedSpan> quoted = QuoteMarks::find(words);
    PeopleResult people = PeopleFinder(words, quoted).find(article.id);
    dropPeopleOnlyIn(people, credits);
    dropEntitiesOnlyIn(people, credits);
    // "Leaked Call Shows How an Envoy Tried to Steer a Summit": a title-case headline capitalises
    // every word, so a one-word "name" that the story never writes again is no person.
    QList<TextRange> headings;
    for (const Paragraph &paragraph : text.paragraphs) {
        if (paragraph.heading) {
            headings.append(paragraph.range);
        }
    }
    dropOneWordNamesOnlyIn(people, headings);
    graph.people = people.people;
    graph.entities = people.entities;
    graph.quotes = QuoteFinder(words, quoted, people).find(article.id);
}

// The credits ("By Jane Doe", "(Reporting by ...)") and the date lines under the headline
// ("Updated 6:02 PM EST, November 25, 2025"): lines that tell who wrote the article and when,
// not what happened.
QList<TextRange> articleMetadata(const TextAnalysis &text, QList<TextRange> metadata)
{
    constexpr qsizetype linesToLook = 5; // the headline, then a byline, a date line, a standfirst
    constexpr qsizetype longestDateLine = 80;
    for (qsizetype p = 1; p < std::min(linesToLook, text.paragraphs.size()); ++p) {
        const TextRange &range = text.paragraphs[p].range;
        const QStringView line = text.textOf(range);
        if (line.size() <= longestDateLine && !line.endsWith(u'.') && isBylineOrDateLine(line)) {
            metadata.append(range);
        }
    }
    return metadata;
}

// Removes the events that `drop` picks, and the links to them.
template<typename Pick>
void dropEvents(StoryGraph &graph, Pick drop)
{
    QSet<QString> dropped;
    graph.events.removeIf([&](const Event &event) {
        if (!drop(event)) {
            return false;
        }
        dropped.insert(event.id);
        return true;
    });
    if (dropped.isEmpty()) {
        return;
    }
    for (Event &event : graph.events) {
        event.after.removeIf([&dropped](const QString &id) { return dropped.contains(id); });
    }
    for (Quote &quote : graph.quotes) {
        if (dropped.contains(quote.event)) {
            quote.event.clear();
        }
    }
}

// Whether every source of the event lies inside one of the ranges.
bool toldOnlyIn(const Event &event, const QList<TextRange> &ranges)
{
    return !event.sources.isEmpty() && std::all_of(event.sources.cbegin(), event.sources.cend(), [&ranges](const SourceSpan &source) {
        return std::any_of(
            ranges.cbegin(), ranges.cend(), [&source](const TextRange &range) { return source.start >= range.start && source.end <= range.end; });
    });
}

// "He said he believed a deal was within reach", "Ukraine was ready to talk about a ceasefire":
// an undated happening named only with "a" inside what someone reports is one they spoke of,
// not one of the chronology; the words stay in the quote.
void dropHypotheticalInReports(StoryGraph &graph, const QString &text)
{
    QList<TextRange> reports;
    for (const Quote &quote : std::as_const(graph.quotes)) {
        if (quote.kind == Quote::Kind::Indirect) {
            reports.append(quote.span.range());
        }
    }
    const auto indefinite = [&text](const SourceSpan &source) {
        const QStringView words = QStringView(text).mid(source.start, source.end - source.start);
        return words.startsWith(QStringView(u"a "), Qt::CaseInsensitive) || words.startsWith(QStringView(u"an "), Qt::CaseInsensitive);
    };
    dropEvents(graph, [&](const Event &event) {
        // ("the publication of a transcript": a report or an inquiry spoken of has been made.)
        const EventClass kind = eventClassOf(event.type);
        return !event.date.isDated() && kind != EventClass::Report && kind != EventClass::Response
            && std::all_of(event.sources.cbegin(), event.sources.cend(), indefinite) && toldOnlyIn(event, reports);
    });
}

// "Bankman-Fried arrested in the Bahamas" over "Bankman-Fried was arrested in Nassau on Monday":
// a headline tells, undated, what the story then tells with its day. An event told only in the
// headline joins the first one of the body with its kind of deed and one of its people.
void foldHeadlineIntoStory(StoryGraph &graph, const TextAnalysis &text)
{
    if (text.paragraphs.isEmpty() || !text.paragraphs.first().heading) {
        return;
    }
    const TextRange headline = text.paragraphs.first().range;
    const auto inHeadline = [&headline](const SourceSpan &source) { return source.start >= headline.start && source.end <= headline.end; };
    QHash<QString, QString> folded; // headline event id → body event id
    for (const Event &told : std::as_const(graph.events)) {
        if (told.date.isDated() || told.participants.isEmpty() || told.sources.isEmpty()
            || !std::all_of(told.sources.cbegin(), told.sources.cend(), inHeadline)) {
            continue;
        }
        for (Event &body : graph.events) {
            const bool inBody = !body.sources.isEmpty() && !inHeadline(body.sources.first());
            const bool sharesPerson
                = std::any_of(told.participants.cbegin(), told.participants.cend(), [&body](const QString &id) { return body.participants.contains(id); });
            if (inBody && body.type == told.type && sharesPerson && !folded.contains(body.id)) {
                body.sources = told.sources + body.sources;
                folded.insert(told.id, body.id);
                break;
            }
        }
    }
    if (folded.isEmpty()) {
        return;
    }
    graph.events.removeIf([&folded](const Event &event) { return folded.contains(event.id); });
    for (Event &event : graph.events) {
        for (QString &id : event.after) {
            id = folded.value(id, id);
        }
        event.after.removeAll(event.id);
        event.after.removeDuplicates();
    }
    for (Quote &quote : graph.quotes) {
        quote.event = folded.value(quote.event, quote.event);
    }
}

// The words of a quote, case-folded, without punctuation.
QStringList quoteWords(const QString &text)
{
    QStringList words;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || ((c == u'\'' || c == QChar(0x2019)) && !current.isEmpty())) {
            current.append(c.toCaseFolded());
        } else if (!current.isEmpty()) {
            words.append(std::exchange(current, {}));
        }
    }
    if (!current.isEmpty()) {
        words.append(current);
    }
    return words;
}

// The most words the two lists share in one unbroken run.
qsizetype longestSharedRun(const QStringList &a, const QStringList &b)
{
    qsizetype longest = 0;
    QList<qsizetype> previous(b.size() + 1, 0);
    QList<qsizetype> current(b.size() + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
            longest = std::max(longest, current[j]);
        }
        std::swap(previous, current);
    }
    return longest;
}

// 'Village subpostmistress cleared: "I can finally hold my head up"': a headline lifts its
// quoted words from the story, whose body says who said them. A quote of the headline that
// names no speaker takes the speaker of the first body quote holding the same words, or most
// of them in one run, as reported speech retells them ("I will not avoid legal and political
// responsibility" and "he would not avoid legal and political responsibility"). A single word
// is too common to tell.
void speakHeadlineQuotes(StoryGraph &graph, const TextAnalysis &text)
{
    if (text.paragraphs.isEmpty() || !text.paragraphs.first().heading) {
        return;
    }
    const TextRange headline = text.paragraphs.first().range;
    const auto inHeadline = [&headline](const SourceSpan &span) { return span.start >= headline.start && span.end <= headline.end; };
    constexpr qsizetype shortestRetold = 4; // words of a run that may stand for the whole quote
    for (Quote &lifted : graph.quotes) {
        if (!lifted.speaker.isEmpty() || !inHeadline(lifted.span)) {
            continue;
        }
        const QStringList wanted = quoteWords(lifted.text);
        if (wanted.size() < 2) {
            continue;
        }
        for (const Quote &told : std::as_const(graph.quotes)) {
            if (told.speaker.isEmpty() || inHeadline(told.span)) {
                continue;
            }
            const qsizetype shared = longestSharedRun(wanted, quoteWords(told.text));
            if (shared == wanted.size() || (shared >= shortestRetold && shared * 10 >= wanted.size() * 6)) {
                lifted.speaker = told.speaker;
                lifted.confidence = 0.8 * told.confidence; // a step removed from the cue that named the speaker
                break;
            }
        }
    }
}

// Whether a deed's word says what someone said or meant to do ("said", "statement", "aims",
// "agreed"): the time told beside it is often that of what was said or meant.
bool tellsWhatWasSaidOrMeant(const QString &type)
{
    return SpeechCues::lookup(type).reports || SpeechCues::isStatementNoun(type)
        || isOneOf(QStringView(type),
            {u"aimed", u"aims", u"agreed", u"agrees", u"promised", u"pledged", u"vowed", u"hoped", u"hopes", u"decided", u"announced", u"wanted", u"wants",
                u"called", u"calls"});
}

// An article cannot tell as done what came after the day it was published. "Moore has said
// Maryland aims to open a bridge in 2028" lends its year to the saying, which keeps no date;
// "Schools will stay closed through next week" is still to come.
void settleWhatCameAfterPublication(StoryGraph &graph, const QDate &published)
{
    if (!published.isValid()) {
        return;
    }
    for (Event &event : graph.events) {
        // A deadline is set for a later day: its day is not that of a deed.
        if (event.status != EventStatus::Happened || !event.date.isDated() || event.date.earliest <= published
            || eventClassOf(event.type) == EventClass::Deadline) {
            continue;
        }
        if (tellsWhatWasSaidOrMeant(event.type)) {
            event.date = {};
            event.dateText.clear();
        } else {
            event.status = EventStatus::Expected;
        }
    }
}

// Times first (events are dated by them), then events, which need the people and quotes.
void addTimesAndEvents(StoryGraph &graph, const Article &article, const TextAnalysis &text, const QList<TextRange> &metadata, const QDate &referenceDate)
{
    const ArticleTimes times = findArticleTimes(article, text, referenceDate);
    graph.times = times.expressions(text.text);
    addEvents(graph, text, times);
    // Events read only from such lines go, and so do the links to them.
    dropEvents(graph, [&metadata](const Event &event) { return toldOnlyIn(event, metadata); });
    dropHypotheticalInReports(graph, text.text);
    foldHeadlineIntoStory(graph, text);
    settleWhatCameAfterPublication(graph, article.published);
}
// A wire dateline without a year ("WASHINGTON, Nov 20 (Reuters) -") dates an article that
// gives no date of its own: that day in the last year that puts it on or before the reference
// date, as the same words in the text would be read. The reader could not tell the year.
QDate datelineDay(const Article &article, const QDate &referenceDate)
{
    if (article.published.isValid() || !referenceDate.isValid()) {
        return {};
    }
    const Dateline line = Dateline::find(article);
    if (!line.isValid()) {
        return {};
    }
    for (int year = referenceDate.year(); year >= referenceDate.year() - 4; --year) {
        // 29 February waits for a leap year
        if (const QDate day(year, line.month, line.day); day.isValid() && day <= referenceDate) {
            return day;
        }
    }
    return {};
}

// "Graham Pike" alone on the line under the headline, where the article's own metadata names
// him its writer: a byline without "By", which only the metadata tells from a person's name.
QList<TextRange> withAuthorLine(const Article &article, const TextAnalysis &text, QList<TextRange> credits)
{
    constexpr qsizetype linesToLook = 4; // the headline, then a label, a byline, a date line
    if (article.author.isEmpty()) {
        return credits;
    }
    for (qsizetype p = 1; p < std::min(linesToLook, text.paragraphs.size()); ++p) {
        const TextRange &range = text.paragraphs[p].range;
        if (text.textOf(range).trimmed().compare(article.author, Qt::CaseInsensitive) == 0 && !credits.contains(range)) {
            credits.append(range);
        }
    }
    return credits;
}

StoryGraph extractArticleAsDated(const Article &article, const QDate &referenceDate)
{
    StoryGraph graph;
    graph.articles.append(article);
    const TextAnalysis text = analyseText(article);
    const QList<TextRange> credits = withAuthorLine(article, text, creditParagraphs(text));
    extractPeopleAndQuotes(article, text, credits, graph);
    speakHeadlineQuotes(graph, text);
    // Stages in order: people and quotes, then times, then events (which use all three).
    addTimesAndEvents(graph, article, text, articleMetadata(text, credits), referenceDate);
    return graph;
}
} // namespace

StoryGraph extractArticle(const Article &article, const QDate &referenceDate)
{
    if (const QDate day = datelineDay(article, referenceDate); day.isValid()) {
        Article dated = article;
        dated.published = day;
        return extractArticleAsDated(dated, referenceDate);
    }
    return extractArticleAsDated(article, referenceDate);
}

} // namespace Sourceline
