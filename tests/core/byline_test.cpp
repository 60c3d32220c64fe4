// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "extract/articleextractor.h"
#include "linearticle.h"
#include "reader/articlereader.h"

#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {
const Person *personNamed(const StoryGraph &graph, const QString &name)
{
    for (const Person &person : graph.people) {
        if (person.name == name) {
            return &person;
        }
    }
    return nullptr;
}
} // namespace

/// The writer credited under the headline is not a person of the story; the people of the
/// story keep their quotes.
class BylineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writerIsNoPersonOfTheStory_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("writer");
        QTest::addColumn<bool>("writerIsPerson");
        const QString story
            = u"Mayor resigns over contracts\n%1\nThe mayor of Millbrook, Gene Haskell, resigned on Friday. \"I leave with my head held high,\" Haskell said.\nCouncillor Ana Ruiz said an inquiry would follow."_s;
        QTest::newRow("by and a date") << story.arg(u"By Luis Ortega | June 6, 2025"_s) << u"Luis Ortega"_s << false;
        QTest::newRow("by and a role") << story.arg(u"By Harriet Lowe, Local Democracy Reporter"_s) << u"Harriet Lowe"_s << false;
        QTest::newRow("two writers") << story.arg(u"By Maria Lopez and Tom Berg"_s) << u"Tom Berg"_s << false;
        QTest::newRow("reporting by") << story.arg(u"Reporting by Priya Natarajan; editing by Kwame Osei"_s) << u"Priya Natarajan"_s << false;
        QTest::newRow("a sentence starting with By") << story.arg(u"By Friday, Governor Ana Ruiz had signed the order."_s) << u"Ana Ruiz"_s << true;
        QTest::newRow("analysis by") << story.arg(u"Analysis by Harriet Lowe, Diplomatic Editor"_s) << u"Harriet Lowe"_s << false;
        const QString closing = u"\n(Reporting by Luis Ortega in Millbrook; Editing by Kwame Osei)"_s;
        QTest::newRow("closing credits, writer") << story.arg(u"By Luis Ortega and Tom Berg"_s) + closing << u"Luis Ortega"_s << false;
        QTest::newRow("closing credits, editor") << story.arg(u"By Luis Ortega and Tom Berg"_s) + closing << u"Kwame Osei"_s << false;
        QTest::newRow("a closing sentence starting with By")
            << story.arg(u"By Luis Ortega"_s) + u"\nBy then, Councillor Tom Berg had already left the chamber."_s << u"Tom Berg"_s << true;
        const QString contributors = u"\nAssociated Press writers Luis Ortega in Denver and Tom Berg in Billings, Montana, contributed to this report."_s;
        QTest::newRow("contributors line, first") << story.arg(u"By Kwame Osei"_s) + contributors << u"Luis Ortega"_s << false;
        QTest::newRow("contributors line, second") << story.arg(u"By Kwame Osei"_s) + contributors << u"Tom Berg"_s << false;
        QTest::newRow("the writer's note under the byline") << story.arg(u"By Luis Ortega\nLuis Ortega covers City Hall."_s) << u"Luis Ortega"_s << false;
        QTest::newRow("labelled author line") << story.arg(u"outlet: Millbrook Courier\nauthor: By Luis Ortega"_s) << u"Luis Ortega"_s << false;
        QTest::newRow("a labelled line of the story") << story.arg(u"Note: Councillor Tom Berg left the chamber"_s) << u"Tom Berg"_s << true;
        // A name alone on the line under the outlet's dated line is a byline without its "By".
        QTest::newRow("a name alone under the dated line") << story.arg(u"Millbrook Courier, 6 June 2025\nMaria Lopez"_s) << u"Maria Lopez"_s << false;
        QTest::newRow("near miss: an unmarked byline's writer quoted in the story stays")
            << story.arg(u"Millbrook Courier, 6 June 2025\nAna Ruiz"_s) << u"Ana Ruiz"_s << true;
        QTest::newRow("a writer quoted in the story stays") << story.arg(u"By Ana Ruiz"_s) << u"Ana Ruiz"_s << true; // she is also named in the story
    }

    // "the 32-year-old" of the story, resolved to the one name before it, which only the byline
    // writes: the writer is still no person of the story.
    void descriptorMakesNoWriterAPerson_data()
    {
        QTest::addColumn<QString>("story");
        QTest::addColumn<bool>("writerIsPerson");
        const QString byline = u"Founder sentenced\nMarch 28, 2024\nBy Eleanor Whitcombe | Meridian Courts Desk\n\n"_s;
        QTest::newRow("an age descriptor") << byline + u"Sam Bankman-Fried was sentenced on Thursday. The judge said the 32-year-old would do harm."_s << false;
        QTest::newRow("near miss: the writer named in the story")
            << byline + u"Sam Bankman-Fried was sentenced on Thursday. Eleanor Whitcombe, who covered the trial, said the 32-year-old looked calm."_s << true;
    }

    void descriptorMakesNoWriterAPerson()
    {
        QFETCH(QString, story);
        QFETCH(bool, writerIsPerson);
        const ReadResult read = ArticleReader().readData(story.toUtf8(), u"sentenced.txt"_s);
        QCOMPARE(read.articles.size(), 1);
        const StoryGraph graph = extractArticle(read.articles.first(), QDate(2024, 3, 28));
        QCOMPARE(personNamed(graph, u"Eleanor Whitcombe"_s) != nullptr, writerIsPerson);
    }

    // A title-case headline capitalises every word: a one-word "name" only it gives is no one.
    void headlineWordIsNoPerson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("person");
        QTest::newRow("a verb after a title") << u"Leaked Call Shows How an Envoy Tried to Steer a Summit\nThe envoy called the aide on Oct. 14."_s
                                              << u"Tried"_s << false;
        QTest::newRow("a surname the story names again")
            << u"Envoy Witkoff Tried to Steer a Summit\nSteve Witkoff called the aide on Oct. 14. Witkoff said he was proud of it."_s << u"Steve Witkoff"_s
            << true;
    }

    void headlineWordIsNoPerson()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(bool, person);
        const ReadResult read = ArticleReader().readData(text.toUtf8(), u"headline.txt"_s);
        QCOMPARE(read.articles.size(), 1);
        const StoryGraph graph = extractArticle(read.articles.first(), QDate(2025, 11, 26));
        QCOMPARE(personNamed(graph, name) != nullptr, person);
    }

    void writerIsNoPersonOfTheStory()
    {
        QFETCH(QString, text);
        QFETCH(QString, writer);
        QFETCH(bool, writerIsPerson);
        const StoryGraph graph = extractArticle(articleFromLines(text), QDate(2025, 6, 6));
        QCOMPARE(personNamed(graph, writer) != nullptr, writerIsPerson);
        const Person *haskell = personNamed(graph, u"Gene Haskell"_s);
        QVERIFY(haskell);
        bool quoted = false;
        for (const Quote &quote : graph.quotes) {
            quoted = quoted || (quote.speaker == haskell->id && quote.text.contains(u"head held high"_s));
        }
        QVERIFY2(quoted, "the story's quote keeps its speaker");
        for (int i = 0; i < graph.people.size(); ++i) {
            QCOMPARE(graph.people[i].id, u"p"_s + QString::number(i + 1));
        }
    }

    // The agency and the places of a credit are no organisations or places of the story; one
    // the story names itself stays, and the ids stay in order.
    void creditEntitiesAreNoEntitiesOfTheStory()
    {
        const QString text = u"Fire nears town\nBy Carla Mendes, Associated Press\nFirefighters in Granite Falls ordered 2,000 residents to leave on Tuesday, "
                             u"the Forest Service said.\n"
                             u"Associated Press writers Luis Ortega in Denver and Tom Berg in Billings contributed to this report."_s;
        const StoryGraph graph = extractArticle(articleFromLines(text), QDate(2025, 6, 6));
        QStringList names;
        for (int i = 0; i < graph.entities.size(); ++i) {
            const Entity &entity = graph.entities[i];
            names.append(entity.name);
            QCOMPARE(entity.id, (entity.kind == Entity::Kind::Place ? u"l"_s : u"o"_s) + QString::number(i + 1));
        }
        QVERIFY2(!names.contains(u"Associated Press"_s) && !names.contains(u"Denver"_s) && !names.contains(u"Billings"_s), qPrintable(names.join(u", "_s)));
        QVERIFY2(names.contains(u"Forest Service"_s), qPrintable(names.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(BylineTest)
#include "byline_test.moc"
