// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storyexpectation.h"

#include <QTest>

#include <algorithm>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {

enum class Flaw {
    None,
    WrongPublished,
    MissingAlias,
    PlaceAsPerson,
    MissingQuote,
    WrongSpeaker,
    WrongKind,
    ShiftedSpan,
    ScareQuoteAsSpeech,
    WrongEventDate,
    UnlinkedQuote,
    MissingParticipant,
    ReversedOrder,
    WrongTimeValue,
    PersonTwice,
    EventTwice,
    TimeElsewhere,
    FurnitureInBody,
    WrongAlias,
};

const QByteArray expectedJson = R"({
  "published": "2025-03-11",
  "bodyExcludes": ["Share this article"],
  "people": [{"name": "ann lee", "aliases": ["Lee", "Mayor Ann Lee"], "notAliases": ["the council"]}],
  "notPeople": ["Monday"],
  "quotes": [
    {"text": "I am done", "speaker": "Lee", "kind": "direct", "article": "lee.txt"},
    {"text": "words from another article", "article": "other.txt"}
  ],
  "notQuotes": ["farewell tour"],
  "events": [
    {"key": "vote", "labelContains": "vote", "date": "2025-03-03"},
    {"key": "resignation", "labelContains": ["quit", "resign"], "date": "2025-03-10", "quotes": ["I am done"], "participants": ["Ann Lee"], "once": true}
  ],
  "order": [["vote", "resignation"]],
  "times": [{"text": "on Monday", "value": "2025-03-10", "article": "lee.txt"}, {"text": "Tuesday", "value": "2025-03-11", "article": "other.txt"}]
})";

Article sampleArticle()
{
    Article article;
    article.id = u"a1"_s;
    article.path = u"/stories/lee.txt"_s;
    article.published = QDate(2025, 3, 11);
    article.body
        = u"Mayor quits\nMayor Ann Lee resigned on Monday, a week after the council vote. “I am done,” Lee said. Her so-called “farewell tour” starts later."_s;
    return article;
}

SourceSpan spanOf(const Article &article, const QString &text)
{
    const int start = int(article.body.indexOf(text));
    return {article.id, start, start + int(text.size())};
}

/// A graph that meets every expectation above; each flaw then breaks exactly one thing.
StoryGraph sampleStory(const Article &article, Flaw flaw)
{
    StoryGraph story;
    story.articles.append(article);
    story.people.append({u"p1"_s, u"Ann Lee"_s, {u"Lee"_s, u"Mayor Ann Lee"_s}, u"mayor"_s, {spanOf(article, u"Ann Lee"_s)}});

    Quote quote;
    quote.id = u"q1"_s;
    quote.text = u"I am done,"_s;
    quote.speaker = u"p1"_s;
    quote.span = spanOf(article, quote.text);
    quote.event = u"e2"_s;
    story.quotes.append(quote);

    Event vote;
    vote.id = u"e1"_s;
    vote.label = u"council vote"_s;
    vote.date.iso = u"2025-03-03"_s;
    vote.rank = 0;
    Event resignation;
    resignation.id = u"e2"_s;
    resignation.label = u"Lee resigned"_s;
    resignation.date.iso = u"2025-03-10"_s;
    resignation.rank = 1;
    resignation.participants = {u"p1"_s};
    resignation.quotes = {u"q1"_s};
    story.events = {vote, resignation};

    TimeExpression monday;
    monday.text = u"Monday"_s;
    monday.value = u"2025-03-10"_s;
    monday.span = spanOf(article, monday.text);
    story.times.append(monday);

    switch (flaw) {
    case Flaw::None:
    case Flaw::WrongPublished:
    case Flaw::FurnitureInBody:
        break;
    case Flaw::WrongAlias:
        story.people[0].aliases.append(u"The Council"_s);
        break;
    case Flaw::MissingAlias:
        story.people[0].aliases.removeAll(u"Mayor Ann Lee"_s);
        break;
    case Flaw::PlaceAsPerson:
        story.people.append({u"p2"_s, u"Monday"_s, {}, {}, {}});
        break;
    case Flaw::MissingQuote:
        story.quotes.clear();
        break;
    case Flaw::WrongSpeaker:
        story.quotes[0].speaker.clear();
        break;
    case Flaw::WrongKind:
        story.quotes[0].kind = Quote::Kind::Partial;
        break;
    case Flaw::ShiftedSpan:
        story.quotes[0].span.start += 1;
        story.quotes[0].span.end += 1;
        break;
    case Flaw::ScareQuoteAsSpeech: {
        Quote scare;
        scare.id = u"q2"_s;
        scare.text = u"farewell tour"_s;
        scare.kind = Quote::Kind::Partial;
        scare.span = spanOf(article, scare.text);
        story.quotes.append(scare);
        break;
    }
    case Flaw::WrongEventDate:
        story.events[1].date.iso = u"2025-03-11"_s;
        break;
    case Flaw::UnlinkedQuote:
        story.quotes[0].event.clear();
        story.events[1].quotes.clear();
        break;
    case Flaw::MissingParticipant:
        story.events[1].participants.clear();
        break;
    case Flaw::ReversedOrder:
        story.events[0].rank = 1;
        story.events[1].rank = 0;
        break;
    case Flaw::WrongTimeValue:
        story.times[0].value = u"2025-03-17"_s;
        break;
    case Flaw::PersonTwice:
        story.people.append({u"p2"_s, u"Ann Lee"_s, {}, {}, {}});
        break;
    case Flaw::TimeElsewhere:
        story.times[0].span = spanOf(article, u"Mayor"_s);
        break;
    case Flaw::EventTwice:
        story.events.append(story.events[1]);
        story.events.last().id = u"e3"_s;
        story.events.last().label = u"Lee resigns as mayor"_s;
        break;
    }
    return story;
}

} // namespace

/// The golden and seed tests are only as honest as the checker behind them: it must pass a
/// graph that meets the expectations and name each way a graph can fall short.
class StoryExpectationTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsAGraphThatMeetsEveryExpectation()
    {
        const StoryExpectation expectation = StoryExpectation::fromJson(expectedJson, u"inline"_s);
        QVERIFY2(expectation.error().isEmpty(), qPrintable(expectation.error()));
        QCOMPARE(expectation.referenceDate(), QDate(2025, 3, 11));
        const Article article = sampleArticle();
        const QStringList mismatches = expectation.checkAll(sampleStory(article, Flaw::None), article);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u"\n"_s)));
    }

    void namesEachShortcoming_data()
    {
        QTest::addColumn<Flaw>("flaw");
        QTest::addColumn<QString>("report");
        QTest::newRow("published date") << Flaw::WrongPublished << u"published: got none, expected 2025-03-11"_s;
        QTest::newRow("page furniture") << Flaw::FurnitureInBody << u"body keeps page furniture: «Share this article»"_s;
        QTest::newRow("alias") << Flaw::MissingAlias << u"person «ann lee» lacks alias «Mayor Ann Lee»"_s;
        QTest::newRow("someone else's alias") << Flaw::WrongAlias << u"person «ann lee» wrongly called «the council»"_s;
        QTest::newRow("weekday as person") << Flaw::PlaceAsPerson << u"not a person, but reported as one: «Monday»"_s;
        QTest::newRow("quote missing") << Flaw::MissingQuote << u"quote missing: «I am done»"_s;
        QTest::newRow("speaker") << Flaw::WrongSpeaker << u"quote «I am done»: speaker nobody, expected «Lee»"_s;
        QTest::newRow("kind") << Flaw::WrongKind << u"quote «I am done»: kind partial, expected direct"_s;
        QTest::newRow("span") << Flaw::ShiftedSpan << u"quote «I am done»: span ["_s;
        QTest::newRow("scare quote") << Flaw::ScareQuoteAsSpeech << u"not speech, but reported as a partial quote: «farewell tour»"_s;
        QTest::newRow("event date") << Flaw::WrongEventDate << u"dated 2025-03-10: got «Lee resigned» (2025-03-11, rank 1)"_s;
        QTest::newRow("quote link") << Flaw::UnlinkedQuote << u"quote «I am done» not linked to «Lee resigned»"_s;
        QTest::newRow("participant") << Flaw::MissingParticipant << u"participant «Ann Lee» missing"_s;
        QTest::newRow("order") << Flaw::ReversedOrder << u"order «vote» before «resignation»: got «council vote» (2025-03-03, rank 1)"_s;
        QTest::newRow("person twice") << Flaw::PersonTwice << u"person «ann lee» appears 2 times"_s;
        QTest::newRow("event twice") << Flaw::EventTwice << u"told 2 times"_s;
        QTest::newRow("time elsewhere") << Flaw::TimeElsewhere << u"time «on Monday» missing"_s;
        QTest::newRow("time value") << Flaw::WrongTimeValue << u"time «on Monday»: value 2025-03-17, expected 2025-03-10"_s;
    }

    void namesEachShortcoming()
    {
        QFETCH(Flaw, flaw);
        QFETCH(QString, report);
        const StoryExpectation expectation = StoryExpectation::fromJson(expectedJson, u"inline"_s);
        Article article = sampleArticle();
        const StoryGraph story = sampleStory(article, flaw);
        if (flaw == Flaw::WrongPublished) {
            article.published = {};
        }
        if (flaw == Flaw::FurnitureInBody) {
            article.body += u"\nShare this article"_s;
        }
        const QStringList mismatches = expectation.checkAll(story, article);
        const bool named = std::any_of(mismatches.cbegin(), mismatches.cend(), [&report](const QString &line) { return line.contains(report); });
        QVERIFY2(named, qPrintable(u"wanted «"_s + report + u"» among:\n"_s + mismatches.join(u"\n"_s)));
    }

    void normalisesOnlyWhatDoesNotChangeTheWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("curly marks and comma") << u"“I am done,”"_s << u"I am done"_s;
        QTest::newRow("straight marks and stop") << u"\"It is over.\""_s << u"It is over"_s;
        QTest::newRow("curly apostrophe") << u"It’s fine"_s << u"It's fine"_s;
        QTest::newRow("quote over two paragraphs") << u"the ropes.\n“When the river"_s << u"the ropes. When the river"_s;
        QTest::newRow("trailing ellipsis kept") << u"this achievement..."_s << u"this achievement..."_s;
        QTest::newRow("inner punctuation kept") << u"No, not yet; later."_s << u"No, not yet; later"_s;
        QTest::newRow("single quotes kept") << u"a ‘subsidy’,"_s << u"a 'subsidy'"_s;
    }

    void normalisesOnlyWhatDoesNotChangeTheWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        QCOMPARE(StoryExpectation::normalised(text), normalised);
    }

    void reportsUnreadableExpectations()
    {
        QVERIFY(!StoryExpectation::fromJson("{ \"people\": [", u"broken.json"_s).error().isEmpty());
        QVERIFY(StoryExpectation::fromFile(u"/nonexistent/case.expected.json"_s).error().contains(u"/nonexistent/case.expected.json"_s));
    }
};

QTEST_GUILESS_MAIN(StoryExpectationTest)
#include "storyexpectation_test.moc"
