// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "corpusdir.h"
#include "reader/articlereader.h"
#include "reader/publicationdate.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {

QString kindsOf(const Article &article)
{
    QString kinds;
    for (const TextBlock &block : article.blocks) {
        kinds.append(block.kind == TextBlock::Kind::Heading ? u'H' : u'P');
    }
    return kinds;
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QByteArray dataFile(const QString &name)
{
    QFile file(QStringLiteral(SOURCELINE_TEST_DATA_DIR "/reader/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Each block must be exactly one line of the body, in order: the body is blocks joined by "\n".
void verifyBlockRanges(const Article &article)
{
    const QStringList lines = article.body.split(u'\n');
    QCOMPARE(article.blocks.size(), lines.size());
    int start = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const TextRange expected{start, start + int(lines[i].size())};
        QCOMPARE(article.blocks[i].range, expected);
        start = expected.end + 1;
    }
}

} // namespace

class ReaderTest : public QObject
{
    Q_OBJECT

    // Columns shared by the per-format tables. body/kinds list every article of the file,
    // joined with "\n\n" and "|"; meta is the first article's title, date, url, outlet, author.
    static void addColumns()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("kinds");
        QTest::addColumn<QStringList>("meta");
        QTest::addColumn<QString>("problem");
    }

    static void checkRow()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, data);
        QFETCH(QString, body);
        QFETCH(QString, kinds);
        QFETCH(QStringList, meta);
        QFETCH(QString, problem);

        const ReadResult result = ArticleReader().readData(data, path);
        if (problem.isEmpty()) {
            QCOMPARE(result.problems.size(), 0);
        } else {
            QCOMPARE(result.problems.size(), 1);
            QCOMPARE(result.problems[0].path, path);
            QCOMPARE(result.problems[0].reason, problem);
        }
        QStringList bodies;
        QStringList allKinds;
        for (const Article &article : result.articles) {
            bodies.append(article.body);
            allKinds.append(kindsOf(article));
            verifyBlockRanges(article);
            QCOMPARE(article.title, article.body.left(article.blocks.constFirst().range.end));
        }
        QCOMPARE(bodies.join(u"\n\n"_s), body);
        QCOMPARE(allKinds.join(u'|'), kinds);
        if (!meta.isEmpty()) {
            QVERIFY(!result.articles.isEmpty());
            const Article &article = result.articles.constFirst();
            QCOMPARE(article.title, meta.value(0));
            QCOMPARE(article.published.toString(Qt::ISODate), meta.value(1));
            QCOMPARE(article.url, meta.value(2));
            QCOMPARE(article.outlet, meta.value(3));
            QCOMPARE(article.author, meta.value(4));
        }
    }

private Q_SLOTS:
    void readsText_data()
    {
        addColumns();
        QTest::newRow("single newlines, section heading")
            << u"seed.txt"_s
            << "Envoy coached Kremlin aide\nThe call took place on October 14. It was recorded.\nCoaching on Flattery\nWitkoff told Ushakov what to say.\n"_ba
            << u"Envoy coached Kremlin aide\nThe call took place on October 14. It was recorded.\nCoaching on Flattery\nWitkoff told Ushakov what to say."_s
            << u"HPHP"_s << QStringList{u"Envoy coached Kremlin aide"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow(
            "a whole blog page copied: masthead and menu, sharing buttons, related posts, sections, readers' comments and the date line, once read, dropped")
            << u"copy.txt"_s
            << "Skip to content\nRiverside Dispatch\nMenu\nHome\nWorld\nNotre-Dame reopens\nPosted on December 8, 2024 by Tom Hadley\nThe doors opened on "
               "Saturday evening.\n"
               "Share this:\nFacebook\nX\nLike this:\nLike Loading...\nRelated\nMacron tours the cathedral\nNovember 29, 2024\nPosted in Europe, World\n"
               "Post navigation\n3 thoughts on \u201CNotre-Dame reopens\u201D\nGerald Pike says:\nDecember 8, 2024 at 9:12 am\nWatched it live.\nReply\n"_ba
            << u"Notre-Dame reopens\nThe doors opened on Saturday evening."_s << u"HP"_s
            << QStringList{u"Notre-Dame reopens"_s, u"2024-12-08"_s, u""_s, u""_s, u"Tom Hadley"_s} << QString();
        QTest::newRow("a regional paper's page copied whole: the standfirst between the headline and the byline, the long date line of both times, the "
                      "foot of popular stories over the copyright notice")
            << u"copy.txt"_s
            << "Skip to content\nFoothill Courier\nLog In\nNews\nWildfires\nEaton fire: residents return to streets of ash\nSome neighborhoods were "
               "allowed back in for the first time on Friday.\nBy Marisol Vega\nPUBLISHED: January 10, 2025 at 6:42 PM PST | UPDATED: January 11, 2025 at "
               "7:15 AM PST\nALTADENA \xE2\x80\x94 Only the chimney remained on the lot off Lake Avenue.\nDeputies escorted residents in on Friday.\n"
               "Most Popular\nHow to check your evacuation zone\nRose Bowl becomes staging area\nCopyright \xC2\xA9 2025 Foothill Courier. All rights "
               "reserved.\nPrivacy Policy | Terms of Use\n"_ba
            << u"Eaton fire: residents return to streets of ash\nSome neighborhoods were allowed back in for the first time on Friday.\nBy Marisol Vega\n"
               u"ALTADENA \u2014 Only the chimney remained on the lot off Lake Avenue.\nDeputies escorted residents in on Friday."_s
            << u"HPPPP"_s << QStringList{u"Eaton fire: residents return to streets of ash"_s, u"2025-01-10"_s, u""_s, u""_s, u"Marisol Vega"_s} << QString();
        QTest::newRow("a byline that gives the writer's e-mail before the outlet: the outlet after it (\"Foothill Courier\")")
            << u"copy.txt"_s << "Crews gain ground\nBy Marisol Vega | mvega@courier.example | Foothill Courier\nCrews held the line on Friday.\n"_ba
            << u"Crews gain ground\nBy Marisol Vega | mvega@courier.example | Foothill Courier\nCrews held the line on Friday."_s << u"HPP"_s
            << QStringList{u"Crews gain ground"_s, u""_s, u""_s, u"Foothill Courier"_s, u"Marisol Vega"_s} << QString();
        QTest::newRow("near miss: a writer's name that ends on a paper's word found in surnames stays the writer (\"Heath Ledger\")")
            << u"copy.txt"_s << "Film revisited\nBy Heath Ledger | Arts desk\nThe film returned to cinemas on Friday.\n"_ba
            << u"Film revisited\nBy Heath Ledger | Arts desk\nThe film returned to cinemas on Friday."_s << u"HPP"_s
            << QStringList{u"Film revisited"_s, u""_s, u""_s, u""_s, u"Heath Ledger"_s} << QString();
        QTest::newRow("near miss: sentences above a late byline are the text's own; nothing goes as a masthead")
            << u"copy.txt"_s << "Council votes\nMembers met on Monday.\nNews\nIt passed.\nBy Jane Doe\nThe vote was 7 to 2.\n"_ba
            << u"Council votes\nMembers met on Monday.\nNews\nIt passed.\nBy Jane Doe\nThe vote was 7 to 2."_s << u"HPHPPP"_s
            << QStringList{u"Council votes"_s, u""_s, u""_s, u""_s, u"Jane Doe"_s} << QString();
        QTest::newRow("a copied news page's foot: agency credit, tags and calls to subscribe dropped")
            << u"copy.txt"_s
            << "Deal struck\nBy Jane Doe\nShare\nTweet\nThe deal was struck on Sunday after two weeks of talks.\nDelegates left the hall before dawn.\n"
               "\u2014 Agencies\nFor comprehensive coverage, visit our special page. Stay informed with our 24/7 updates.\nRead Next\n"
               "Don't miss out on the latest news and information.\nTAGS: climate change, COP29, Baku\n"_ba
            << u"Deal struck\nBy Jane Doe\nThe deal was struck on Sunday after two weeks of talks.\nDelegates left the hall before dawn."_s << u"HPPP"_s
            << QStringList{u"Deal struck"_s, u""_s, u""_s, u""_s, u"Jane Doe"_s} << QString();
        QTest::newRow("a desk's credit names no writer") << u"a.txt"_s << "Deal struck\nBy Our Correspondent\nThe deal was struck on Sunday.\n"_ba
                                                         << u"Deal struck\nBy Our Correspondent\nThe deal was struck on Sunday."_s << u"HPP"_s
                                                         << QStringList{u"Deal struck"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("an outlet's news service names no writer") << u"a.txt"_s << "Deal struck\nBy Express News Service\nThe deal was struck on Sunday.\n"_ba
                                                                  << u"Deal struck\nBy Express News Service\nThe deal was struck on Sunday."_s << u"HPP"_s
                                                                  << QStringList{u"Deal struck"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a writer named before a desk's words stays, without the desk's words")
            << u"a.txt"_s << "Deal struck\nBy Jane Doe Staff Reporter\nThe deal was struck on Sunday.\n"_ba
            << u"Deal struck\nBy Jane Doe Staff Reporter\nThe deal was struck on Sunday."_s << u"HPP"_s
            << QStringList{u"Deal struck"_s, u""_s, u""_s, u""_s, u"Jane Doe"_s} << QString();
        QTest::newRow("the job before the name and the wires after it are no part of it")
            << u"a.txt"_s << "Deal struck\nBy Pacific affairs reporter Lucy Tanaka and wires\nThe deal was struck on Sunday.\n"_ba
            << u"Deal struck\nBy Pacific affairs reporter Lucy Tanaka and wires\nThe deal was struck on Sunday."_s << u"HPP"_s
            << QStringList{u"Deal struck"_s, u""_s, u""_s, u""_s, u"Lucy Tanaka"_s} << QString();
        QTest::newRow("a copied page's 'By:' byline under menus: the headline above it kept")
            << u"copy.txt"_s
            << "Skip to content\nManila Example\nSunday, November 24, 2024\nSubscribe\nNews\nNation\nWorld\nWORLD\nDeal struck in Baku\n"
               "By: Ana Reyes - Reporter / @anareyes\nManila Example / 09:18 AM November 24, 2024\nThe deal was struck on Sunday.\n"_ba
            << u"Deal struck in Baku\nBy: Ana Reyes - Reporter / @anareyes\nManila Example / 09:18 AM November 24, 2024\nThe deal was struck on Sunday."_s
            << u"HPPP"_s << QStringList{u"Deal struck in Baku"_s, u"2024-11-24"_s, u""_s, u""_s, u"Ana Reyes"_s} << QString();
        QTest::newRow("an Indian agency's desk codes after the last sentence dropped")
            << u"a.txt"_s << "Deal struck\nThe deal was struck on Sunday.\nDelegates left the hall before dawn. PTI XYZ ABC\n"_ba
            << u"Deal struck\nThe deal was struck on Sunday.\nDelegates left the hall before dawn."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("an agency's name in the last sentence stays")
            << u"a.txt"_s << "Deal struck\nThe deal was struck on Sunday.\nDelegates left the hall, officials told PTI ABC\n"_ba
            << u"Deal struck\nThe deal was struck on Sunday.\nDelegates left the hall, officials told PTI ABC"_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a copied link to another story under its label dropped; a labelled sentence stays")
            << u"a.txt"_s
            << "Deal struck\nThe deal was struck on Sunday.\nREAD: Six storms in a month: How the islands endured\nRead: the minister's letter was short.\nDelegates left before dawn.\n"_ba
            << u"Deal struck\nThe deal was struck on Sunday.\nRead: the minister's letter was short.\nDelegates left before dawn."_s << u"HPPP"_s
            << QStringList() << QString();
        QTest::newRow("a label over the headline and a sentence on comments stay")
            << u"a.txt"_s << "Paris\nNotre-Dame reopens\nBy Jane Doe\nThe doors opened on Saturday.\nTwo comments on the plan stood out.\n"_ba
            << u"Paris\nNotre-Dame reopens\nBy Jane Doe\nThe doors opened on Saturday.\nTwo comments on the plan stood out."_s << u"HHPPP"_s
            << QStringList{u"Paris"_s, u""_s, u""_s, u""_s, u"Jane Doe"_s} << QString();
        QTest::newRow("a book's publisher on a date line is no writer; the line, read, is dropped as any date line")
            << u"a.txt"_s << "Notre-Dame, a history\nPublished on 1 March 2019 by the Cathedral Press\nThe book tells the story of the cathedral.\n"_ba
            << u"Notre-Dame, a history\nThe book tells the story of the cathedral."_s << u"HP"_s
            << QStringList{u"Notre-Dame, a history"_s, u"2019-03-01"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a blog platform's page copied: buttons, counts, the publication's label and the foot dropped")
            << u"copy.txt"_s
            << "Workers and deadlines\nA cathedral was rebuilt in five years.\nDaniel Ortiz\n\u00B7\nFollow\nPublished in\nThe Long Build\n5 min read\nDec 10, "
               "2024\n--\n12\nListen\n"
               "Share\nThe doors reopened on 7 December 2024.\n12 people had worked on the spire.\nWritten by Daniel Ortiz\n2.4K Followers\nEngineer and slow "
               "reader.\n"
               "More from Daniel Ortiz\nThe Bridge That Was Late\nOct 2, 2024\n1.1K\n"_ba
            << u"Workers and deadlines\nA cathedral was rebuilt in five years.\nDaniel Ortiz\nDec 10, 2024\nThe doors reopened on 7 December 2024.\n12 people had worked on the spire."_s
            << u"HPHPPP"_s << QStringList{u"Workers and deadlines"_s, u"2024-12-10"_s, u""_s, u""_s, u"Daniel Ortiz"_s} << QString();
        QTest::newRow("a credit block of the outlet and the date, then the writer's name alone: outlet and writer read")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nRavenscourt Gazette, 9 September 2024\nSabine Okonkwo\n\nThe princess has finished her treatment, she "
               "announced on Monday.\n\nShe thanked her family.\n\nShe will return to work slowly.\n"_ba
            << u"Princess finishes chemotherapy\nRavenscourt Gazette, 9 September 2024\nSabine Okonkwo\nThe princess has finished her treatment, she announced "
               u"on Monday.\nShe thanked her family.\nShe will return to work slowly."_s
            << u"HPHPPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u"Ravenscourt Gazette"_s, u"Sabine Okonkwo"_s}
            << QString();
        QTest::newRow("near miss: a place before the date and a heading of capitalised words beside it name no outlet and no writer")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nWindsor, 9 September 2024\nKey Points\n\nThe princess has finished her treatment, she announced on "
               "Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nWindsor, 9 September 2024\nKey Points\nThe princess has finished her treatment, she announced on Monday.\nShe "
               u"thanked her family."_s
            << u"HPHPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("the writer's name alone first, then the outlet and the date set apart by a bar: outlet and writer read")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nSabine Okonkwo\nRavenscourt Gazette | 9 September 2024\n\nThe princess has finished her treatment, she announced on Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nSabine Okonkwo\nRavenscourt Gazette | 9 September 2024\nThe princess has finished her treatment, she announced on Monday.\nShe thanked her family."_s
            << u"HHPPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u"Ravenscourt Gazette"_s, u"Sabine Okonkwo"_s}
            << QString();
        QTest::newRow("a writer's name with her job after a comma over the outlet's date line: the job is no part of the name")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nSabine Okonkwo, Staff Writer\nRavenscourt Gazette, 9 September 2024\n\nThe princess has finished her treatment, she announced on Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nSabine Okonkwo, Staff Writer\nRavenscourt Gazette, 9 September 2024\nThe princess has finished her treatment, she announced on Monday.\nShe thanked her family."_s
            << u"HHPPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u"Ravenscourt Gazette"_s, u"Sabine Okonkwo"_s}
            << QString();
        QTest::newRow("the outlet's name on its own line over the date, then the writer with her job: outlet and writer read")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nRavenscourt Gazette\nSeptember 9, 2024\nSabine Okonkwo Royal Correspondent\n\nThe princess has finished her treatment, she announced on Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nRavenscourt Gazette\nSeptember 9, 2024\nSabine Okonkwo Royal Correspondent\nThe princess has finished her treatment, she announced on Monday.\nShe thanked her family."_s
            << u"HHPHPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u"Ravenscourt Gazette"_s, u"Sabine Okonkwo"_s}
            << QString();
        QTest::newRow("the outlet, a dash and the date with its day's name; the writer under it: read, the writer's line dropped")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nRavenscourt Gazette - Monday 9 September 2024\nSabine Okonkwo\n\nThe princess has finished her treatment, she announced on Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nRavenscourt Gazette - Monday 9 September 2024\nThe princess has finished her treatment, she announced on Monday.\nShe thanked her family."_s
            << u"HPPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u"Ravenscourt Gazette"_s, u"Sabine Okonkwo"_s}
            << QString();
        QTest::newRow("the writer, the outlet and the date on one line set apart by bars: read and dropped")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nSabine Okonkwo | Ravenscourt Gazette | 9 September 2024\n\nThe princess has finished her treatment, she announced on Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nThe princess has finished her treatment, she announced on Monday.\nShe thanked her family."_s << u"HPP"_s
            << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u"Ravenscourt Gazette"_s, u"Sabine Okonkwo"_s} << QString();
        QTest::newRow("the writer and the outlet after a comma over the date line: the outlet is no part of the name")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nSabine Okonkwo, Ravenscourt Gazette\n9 September 2024\n\nThe princess has finished her treatment, she announced on Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nSabine Okonkwo, Ravenscourt Gazette\n9 September 2024\nThe princess has finished her treatment, she announced on Monday.\nShe thanked her family."_s
            << u"HHPPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u"Ravenscourt Gazette"_s, u"Sabine Okonkwo"_s}
            << QString();
        QTest::newRow("a byline with the outlet after a bar over the date line: the outlet read")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nBy Sabine Okonkwo | Ravenscourt Gazette\nSeptember 9, 2024\n\nThe princess has finished her treatment, she announced on Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nBy Sabine Okonkwo | Ravenscourt Gazette\nSeptember 9, 2024\nThe princess has finished her treatment, she announced on Monday.\nShe thanked her family."_s
            << u"HPPPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u"Ravenscourt Gazette"_s, u"Sabine Okonkwo"_s}
            << QString();
        QTest::newRow("a byline naming the outlet and the writer's job after a comma: the outlet without the job")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nBy Sabine Okonkwo, Ravenscourt Gazette Staff Writer\nSeptember 9, 2024\n\nThe princess has finished her treatment, she announced on Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nBy Sabine Okonkwo, Ravenscourt Gazette Staff Writer\nSeptember 9, 2024\nThe princess has finished her treatment, she announced on Monday.\nShe thanked her family."_s
            << u"HPPPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u"Ravenscourt Gazette"_s, u"Sabine Okonkwo"_s}
            << QString();
        QTest::newRow("a writer's name and her job set apart by a dot over the date line: the writer read")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nSabine Okonkwo \xC2\xB7 Royal correspondent\n9 September 2024\n\nThe princess has finished her treatment, she announced on Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nSabine Okonkwo \u00B7 Royal correspondent\n9 September 2024\nThe princess has finished her treatment, she announced on Monday.\nShe thanked her family."_s
            << u"HHPPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u""_s, u"Sabine Okonkwo"_s} << QString();
        QTest::newRow("near miss: a byline with a beat and a job after the comma names no outlet")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nBy Priya Raman, Transport correspondent\nSeptember 9, 2024\n\nThe princess has finished her treatment, she announced on Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nBy Priya Raman, Transport correspondent\nSeptember 9, 2024\nThe princess has finished her treatment, she announced on Monday.\nShe thanked her family."_s
            << u"HPPPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u""_s, u"Priya Raman"_s} << QString();
        QTest::newRow("a byline of the outlet's staff names the outlet and no writer")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nBy Ravenscourt Gazette staff\nSeptember 9, 2024\n\nThe princess has finished her treatment, she announced on Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nBy Ravenscourt Gazette staff\nSeptember 9, 2024\nThe princess has finished her treatment, she announced on Monday.\nShe thanked her family."_s
            << u"HPPPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u"Ravenscourt Gazette"_s, u""_s} << QString();
        QTest::newRow("a writer who wrote for the outlet, with its article: the writer alone, the outlet read")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nWritten by Sabine Okonkwo for the Ravenscourt Gazette\nSeptember 9, 2024\n\nThe princess has finished her treatment, she announced on Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nWritten by Sabine Okonkwo for the Ravenscourt Gazette\nSeptember 9, 2024\nThe princess has finished her treatment, she announced on Monday.\nShe thanked her family."_s
            << u"HPPPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u"Ravenscourt Gazette"_s, u"Sabine Okonkwo"_s}
            << QString();
        QTest::newRow("near miss: a writer who wrote for no outlet keeps her credit")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nBy Sabine Okonkwo for the council\nSeptember 9, 2024\n\nThe princess has finished her treatment, she announced on Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nBy Sabine Okonkwo for the council\nSeptember 9, 2024\nThe princess has finished her treatment, she announced on Monday.\nShe thanked her family."_s
            << u"HPPPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u""_s, u"Sabine Okonkwo for the council"_s} << QString();
        QTest::newRow("near miss: a section's label named like an outlet beside the date, and a heading beside it, name no outlet and no writer")
            << u"a.txt"_s
            << "Princess finishes chemotherapy\n\nBreaking News\n9 September 2024\nKey Points\n\nThe princess has finished her treatment, she announced on Monday.\n\nShe thanked her family.\n"_ba
            << u"Princess finishes chemotherapy\nBreaking News\n9 September 2024\nKey Points\nThe princess has finished her treatment, she announced on Monday.\nShe thanked her family."_s
            << u"HHPHPP"_s << QStringList{u"Princess finishes chemotherapy"_s, u"2024-09-09"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a writer's line under the headline stays the byline")
            << u"a.txt"_s << "Workers and deadlines\nWritten by Jane Doe\nThe doors reopened on Saturday.\nMore from the archive is online.\n"_ba
            << u"Workers and deadlines\nWritten by Jane Doe\nThe doors reopened on Saturday.\nMore from the archive is online."_s << u"HPPP"_s
            << QStringList{u"Workers and deadlines"_s, u""_s, u""_s, u""_s, u"Jane Doe"_s} << QString();
        QTest::newRow("blank lines and CRLF") << u"a.txt"_s << "Headline\r\n\r\nPara one.\r\n\r\nPara two.\r\n"_ba << u"Headline\nPara one.\nPara two."_s
                                              << u"HPP"_s << QStringList() << QString();
        QTest::newRow("CR line endings") << u"a.txt"_s << "Headline\rPara one.\rPara two."_ba << u"Headline\nPara one.\nPara two."_s << u"HPP"_s
                                         << QStringList() << QString();
        QTest::newRow("fenced front matter")
            << u"a.txt"_s
            << "---\ntitle: The Title\npublished: 2025-11-26\nurl: https://example.com/a\noutlet: Example News\nauthor: \"Jane Doe\"\n---\nThe Title\n\nBody paragraph.\n"_ba
            << u"The Title\nBody paragraph."_s << u"HP"_s
            << QStringList{u"The Title"_s, u"2025-11-26"_s, u"https://example.com/a"_s, u"Example News"_s, u"Jane Doe"_s} << QString();
        QTest::newRow("front matter before first blank line")
            << u"a.txt"_s << "Title: Other Title\nPublished: November 26, 2025\n\nFirst line is a paragraph now.\nSecond.\n"_ba
            << u"Other Title\nFirst line is a paragraph now.\nSecond."_s << u"HPP"_s << QStringList{u"Other Title"_s, u"2025-11-26"_s, u""_s, u""_s, u""_s}
            << QString();
        QTest::newRow("labelled date line under the headline read and dropped")
            << u"a.txt"_s << "Port halts rail work\nPublished: 2025-09-18\n\nThe port halted work on Wednesday.\n"_ba
            << u"Port halts rail work\nThe port halted work on Wednesday."_s << u"HP"_s
            << QStringList{u"Port halts rail work"_s, u"2025-09-18"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a page pasted as text: an outlet's date line with a time zone, and one under the byline, read and dropped")
            << u"a.txt"_s
            << "Steelmaker sues over blocked deal\n\nPublished: Jan 04, 2025, 08:15 AM SGT\n\nThe companies filed suit on Monday.\n\nThey called the order unlawful.\n"_ba
            << u"Steelmaker sues over blocked deal\nThe companies filed suit on Monday.\nThey called the order unlawful."_s << u"HPP"_s
            << QStringList{u"Steelmaker sues over blocked deal"_s, u"2025-01-04"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a date line under the byline read and dropped; the byline stays")
            << u"a.txt"_s << "Storm cuts power\nBy Dana Hollis\nUpdated 7:31 PM EDT, 2024-07-14\n\nThousands lost power on Sunday.\n"_ba
            << u"Storm cuts power\nBy Dana Hollis\nThousands lost power on Sunday."_s << u"HPP"_s
            << QStringList{u"Storm cuts power"_s, u"2024-07-14"_s, u""_s, u""_s, u"Dana Hollis"_s} << QString();
        QTest::newRow("a labelled date line that names the day of the week before the date: read and dropped")
            << u"a.txt"_s
            << "Ferry service suspended\nBy Rhiannon Pugh\nPosted: Thursday, February 13, 2025 5:10 pm\n\nFerry crossings were suspended on Thursday.\n"_ba
            << u"Ferry service suspended\nBy Rhiannon Pugh\nFerry crossings were suspended on Thursday."_s << u"HPP"_s
            << QStringList{u"Ferry service suspended"_s, u"2025-02-13"_s, u""_s, u""_s, u"Rhiannon Pugh"_s} << QString();
        QTest::newRow("a labelled date line that names the day of the week, a comma and the month: read and dropped")
            << u"a.txt"_s << "Tariffs take effect\nUpdated: Tue, March 4, 2025 3:42 PM\n\nTariffs on imports took effect on Tuesday.\n"_ba
            << u"Tariffs take effect\nTariffs on imports took effect on Tuesday."_s << u"HP"_s
            << QStringList{u"Tariffs take effect"_s, u"2025-03-04"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("near miss: a line that names a day after a date's label but no date stays")
            << u"a.txt"_s
            << "Audit finds flaws in contracts\nPublished Friday, the 40-page report\nThe audit found flaws in 12 contracts.\nThe council said it would act.\n"_ba
            << u"Audit finds flaws in contracts\nPublished Friday, the 40-page report\nThe audit found flaws in 12 contracts.\nThe council said it would act."_s
            << u"HPPP"_s << QStringList{u"Audit finds flaws in contracts"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("an update's date line over the publication's: the publication's date")
            << u"a.txt"_s << "Water main bursts\nBy Tom Hale\nUpdated 6 March 2025\nPublished 4 March 2025\nA water main burst on Tuesday morning.\n"_ba
            << u"Water main bursts\nBy Tom Hale\nA water main burst on Tuesday morning."_s << u"HPP"_s
            << QStringList{u"Water main bursts"_s, u"2025-03-04"_s, u""_s, u""_s, u"Tom Hale"_s} << QString();
        QTest::newRow("near miss: an update's date line alone dates the article")
            << u"a.txt"_s << "Water main bursts\nBy Tom Hale\nUpdated 6 March 2025\nA water main burst on Tuesday morning.\n"_ba
            << u"Water main bursts\nBy Tom Hale\nA water main burst on Tuesday morning."_s << u"HPP"_s
            << QStringList{u"Water main bursts"_s, u"2025-03-06"_s, u""_s, u""_s, u"Tom Hale"_s} << QString();
        QTest::newRow("lines that only open with a date's label or join a date to other words stay")
            << u"a.txt"_s
            << "Deal blocked\nPublished Jan 04, 2025, officials said.\nPosted: Jan 06, 2025 | Steelworkers rally in Pittsburgh\nThe order came on Friday.\nIt cited security.\n"_ba
            << u"Deal blocked\nPublished Jan 04, 2025, officials said.\nPosted: Jan 06, 2025 | Steelworkers rally in Pittsburgh\nThe order came on Friday.\nIt cited security."_s
            << u"HPPPP"_s << QStringList() << QString();
        QTest::newRow("labelled lines under the headline: the date's read and dropped, the others stay as a byline does")
            << u"a.txt"_s << "Port halts rail work\nOutlet: Harbour Gazette\nauthor: By Ann Lee\nPublished: 2025-09-18\nNote: the port halted work.\n"_ba
            << u"Port halts rail work\nOutlet: Harbour Gazette\nauthor: By Ann Lee\nNote: the port halted work."_s << u"HPPP"_s
            << QStringList{u"Port halts rail work"_s, u"2025-09-18"_s, u""_s, u"Harbour Gazette"_s, u"Ann Lee"_s} << QString();
        QTest::newRow("byline with a dash and an update time: a line of the byline and the date alone is dropped")
            << u"a.txt"_s << "Storm hits coast\nBy the Coastal Desk \xE2\x80\x94 Updated 11:40 p.m. ET, Aug. 29, 2025\n\nThe storm came ashore on Friday.\n"_ba
            << u"Storm hits coast\nThe storm came ashore on Friday."_s << u"HP"_s
            << QStringList{u"Storm hits coast"_s, u"2025-08-29"_s, u""_s, u""_s, u"the Coastal Desk"_s} << QString();
        QTest::newRow("a credit line of outlet, date and byline: each read, the line dropped")
            << u"a.txt"_s << "Junta announces truce\nMeridian Daily \xC2\xB7 April 2, 2025 \xC2\xB7 By Tomas Ekberg\nThe truce runs until April 22.\n"_ba
            << u"Junta announces truce\nThe truce runs until April 22."_s << u"HP"_s
            << QStringList{u"Junta announces truce"_s, u"2025-04-02"_s, u""_s, u"Meridian Daily"_s, u"Tomas Ekberg"_s} << QString();
        QTest::newRow("a byline and a labelled date with a time, set apart by a bar: read and dropped")
            << u"a.txt"_s << "Council backs levy\nBy Grace Pollitt | Published January 7, 2025 at 5:45 PM EST\nThe council voted 7-2 on Tuesday.\n"_ba
            << u"Council backs levy\nThe council voted 7-2 on Tuesday."_s << u"HP"_s
            << QStringList{u"Council backs levy"_s, u"2025-01-07"_s, u""_s, u""_s, u"Grace Pollitt"_s} << QString();
        QTest::newRow("a byline, the date and the time, each set apart by a bar: read and dropped")
            << u"a.txt"_s << "Insurers face claims\nBy Jane Okafor, Staff Writer | Jan. 10, 2025 | 5:42 PM\nInsurers braced for losses on Friday.\n"_ba
            << u"Insurers face claims\nInsurers braced for losses on Friday."_s << u"HP"_s
            << QStringList{u"Insurers face claims"_s, u"2025-01-10"_s, u""_s, u""_s, u"Jane Okafor"_s} << QString();
        QTest::newRow("near miss: a byline with a time but no date stays")
            << u"a.txt"_s << "Insurers face claims\nBy Jane Okafor | 5:42 PM\nInsurers braced for losses on Friday.\n"_ba
            << u"Insurers face claims\nBy Jane Okafor | 5:42 PM\nInsurers braced for losses on Friday."_s << u"HPP"_s
            << QStringList{u"Insurers face claims"_s, u""_s, u""_s, u""_s, u"Jane Okafor"_s} << QString();
        QTest::newRow("a byline the date runs on from without a mark: read and dropped")
            << u"a.txt"_s << "Council backs levy\nBy Tom Hale, June 24, 2023\nThe council voted 7-2 on Tuesday.\n"_ba
            << u"Council backs levy\nThe council voted 7-2 on Tuesday."_s << u"HP"_s
            << QStringList{u"Council backs levy"_s, u"2023-06-24"_s, u""_s, u""_s, u"Tom Hale"_s} << QString();
        QTest::newRow("near miss: a byline with an age, not a date, stays")
            << u"a.txt"_s << "Council backs levy\nBy Tom Hale, 3 hours ago\nThe council voted 7-2 on Tuesday.\n"_ba
            << u"Council backs levy\nBy Tom Hale, 3 hours ago\nThe council voted 7-2 on Tuesday."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("credit line near misses: a byline with a section, a sentence with a date and a bar stay")
            << u"a.txt"_s
            << "Council backs levy\nBy Grace Pollitt | City Hall reporter for the paper\nOn January 7, 2025 | by a vote of 7-2 | the levy passed\nThe council voted on Tuesday.\n"_ba
            << u"Council backs levy\nBy Grace Pollitt | City Hall reporter for the paper\nOn January 7, 2025 | by a vote of 7-2 | the levy passed\nThe council voted on Tuesday."_s
            << u"HPPP"_s << QStringList{u"Council backs levy"_s, u"2025-01-07"_s, u""_s, u""_s, u"Grace Pollitt"_s} << QString();
        QTest::newRow("a live blog's update time without a date dropped; a post's time and a sentence on updated figures kept")
            << u"a.txt"_s << "Strikers vote on offer\nUpdated 9:48 p.m.\n\n9:48 p.m.\nThe strike is over.\n\nUpdated figures were published on Monday.\n"_ba
            << u"Strikers vote on offer\n9:48 p.m.\nThe strike is over.\nUpdated figures were published on Monday."_s << u"HPPP"_s
            << QStringList{u"Strikers vote on offer"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("key-like first line is no front matter")
            << u"a.txt"_s << "Washington: Talks stall\nThe talks stalled on Monday.\n"_ba << u"Washington: Talks stall\nThe talks stalled on Monday."_s
            << u"HP"_s << QStringList() << QString();
        QTest::newRow("spaces and tabs collapse") << u"a.txt"_s << "Head  line\n  Para\twith   tabs\t and  spaces.  \n"_ba
                                                  << u"Head line\nPara with tabs and spaces."_s << u"HP"_s
                                                  << QStringList{u"Head line"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("curly quotes kept") << u"a.txt"_s << "Headline\n\xE2\x80\x9CQuoted,\xE2\x80\x9D he said \xE2\x80\x94 really\xE2\x80\xA6\n"_ba
                                           << u"Headline\n\u201CQuoted,\u201D he said \u2014 really\u2026"_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("wire byline in capitals with the agency, undated wire dateline")
            << u"a.txt"_s << "Fire nears town\nBy CARLA MENDES Associated Press\nGRANITE FALLS, Colo. (AP) \u2014 Firefighters ordered residents to leave.\n"_ba
            << u"Fire nears town\nBy CARLA MENDES Associated Press\nGRANITE FALLS, Colo. (AP) \u2014 Firefighters ordered residents to leave."_s << u"HPP"_s
            << QStringList{u"Fire nears town"_s, u""_s, u""_s, u"Associated Press"_s, u"Carla Mendes"_s} << QString();
        QTest::newRow("undated Reuters dateline gives the agency") << u"a.txt"_s << "Talks resume\nLONDON (Reuters) - Talks resumed on Tuesday.\n"_ba
                                                                   << u"Talks resume\nLONDON (Reuters) - Talks resumed on Tuesday."_s << u"HP"_s
                                                                   << QStringList{u"Talks resume"_s, u""_s, u""_s, u"Reuters"_s, u""_s} << QString();
        QTest::newRow("a capitalised word and brackets mid-sentence is no dateline")
            << u"a.txt"_s << "Talks resume\nNATO officials (and others) - it was said - met.\n"_ba
            << u"Talks resume\nNATO officials (and others) - it was said - met."_s << u"HP"_s << QStringList{u"Talks resume"_s, u""_s, u""_s, u""_s, u""_s}
            << QString();
        QTest::newRow("wire dateline without a year") << u"a.txt"_s << "Talks resume\nWASHINGTON, Nov. 25 (Harbor Wire) - Talks resumed on Tuesday.\n"_ba
                                                      << u"Talks resume\nWASHINGTON, Nov. 25 (Harbor Wire) - Talks resumed on Tuesday."_s << u"HP"_s
                                                      << QStringList{u"Talks resume"_s, u""_s, u""_s, u"Harbor Wire"_s, u""_s} << QString();
        QTest::newRow("wire dateline with a year") << u"a.txt"_s << "Talks resume\nKYIV, Ukraine, Nov 26, 2025 (Reuters) - Talks resumed on Wednesday.\n"_ba
                                                   << u"Talks resume\nKYIV, Ukraine, Nov 26, 2025 (Reuters) - Talks resumed on Wednesday."_s << u"HP"_s
                                                   << QStringList{u"Talks resume"_s, u"2025-11-26"_s, u""_s, u"Reuters"_s, u""_s} << QString();
        QTest::newRow("South Asian agency dateline without a dash gives the agency")
            << u"a.txt"_s << "Talks end\nBAKU, Nov 24 (PTI) The talks ended on Sunday.\n"_ba << u"Talks end\nBAKU, Nov 24 (PTI) The talks ended on Sunday."_s
            << u"HP"_s << QStringList{u"Talks end"_s, u""_s, u""_s, u"PTI"_s, u""_s} << QString();
        QTest::newRow("agency dateline with a colon and a year") << u"a.txt"_s << "Talks end\nNEW DELHI, Nov 24, 2024 (IANS): The talks ended on Sunday.\n"_ba
                                                                 << u"Talks end\nNEW DELHI, Nov 24, 2024 (IANS): The talks ended on Sunday."_s << u"HP"_s
                                                                 << QStringList{u"Talks end"_s, u"2024-11-24"_s, u""_s, u"IANS"_s, u""_s} << QString();
        QTest::newRow("ANI's dateline: a place with its country in square brackets")
            << u"a.txt"_s << "Talks end\nBaku [Azerbaijan], November 24, 2024 (ANI): The talks ended on Sunday.\n"_ba
            << u"Talks end\nBaku [Azerbaijan], November 24, 2024 (ANI): The talks ended on Sunday."_s << u"HP"_s
            << QStringList{u"Talks end"_s, u"2024-11-24"_s, u""_s, u"ANI"_s, u""_s} << QString();
        QTest::newRow("a name with a bracketed insertion opening a sentence is no dateline")
            << u"a.txt"_s << "Talks end\nMr Babayev [the host], he said (in English), ended the talks.\n"_ba
            << u"Talks end\nMr Babayev [the host], he said (in English), ended the talks."_s << u"HP"_s
            << QStringList{u"Talks end"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("capitals and an acronym in brackets before a small word is no dateline")
            << u"a.txt"_s << "Talks end\nNASA (JPL) scientists met on Sunday.\n"_ba << u"Talks end\nNASA (JPL) scientists met on Sunday."_s << u"HP"_s
            << QStringList{u"Talks end"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a sentence opening with a capitalised place is no dateline")
            << u"a.txt"_s << "Talks resume\nIn WASHINGTON, Nov. 25 was the day (they said) - talks resumed.\n"_ba
            << u"Talks resume\nIn WASHINGTON, Nov. 25 was the day (they said) - talks resumed."_s << u"HP"_s
            << QStringList{u"Talks resume"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a release's dateline names its distributor: PR Newswire")
            << u"a.txt"_s << "Supplier statement\nWICHITA, Kan., Jan. 8, 2024 /PRNewswire/ -- The supplier said it was cooperating.\n"_ba
            << u"Supplier statement\nWICHITA, Kan., Jan. 8, 2024 /PRNewswire/ -- The supplier said it was cooperating."_s << u"HP"_s
            << QStringList{u"Supplier statement"_s, u"2024-01-08"_s, u""_s, u"PRNewswire"_s, u""_s} << QString();
        QTest::newRow("a release's dateline names its distributor: Business Wire")
            << u"a.txt"_s << "Jets return\nSEATTLE--(BUSINESS WIRE)--Jan. 26, 2024-- The airline returned its first jet to service.\n"_ba
            << u"Jets return\nSEATTLE--(BUSINESS WIRE)--Jan. 26, 2024-- The airline returned its first jet to service."_s << u"HP"_s
            << QStringList{u"Jets return"_s, u"2024-01-26"_s, u""_s, u"Business Wire"_s, u""_s} << QString();
        QTest::newRow("a government release brackets its date, which is no outlet")
            << u"a.txt"_s << "Report issued\nWASHINGTON (Feb. 6, 2024) \u2014 Four bolts were missing, the board said.\n"_ba
            << u"Report issued\nWASHINGTON (Feb. 6, 2024) \u2014 Four bolts were missing, the board said."_s << u"HP"_s
            << QStringList{u"Report issued"_s, u"2024-02-06"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a bracketed day without a year dates nothing and names no outlet")
            << u"a.txt"_s << "Report issued\nWASHINGTON (Feb. 6) \u2014 Four bolts were missing, the board said.\n"_ba
            << u"Report issued\nWASHINGTON (Feb. 6) \u2014 Four bolts were missing, the board said."_s << u"HP"_s
            << QStringList{u"Report issued"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("near miss: a sentence with slashes and dashes is no release dateline")
            << u"a.txt"_s << "Rates rise\nNEW YORK, Jan. 8, 2024 and/or later /as planned/ -- rates rose.\n"_ba
            << u"Rates rise\nNEW YORK, Jan. 8, 2024 and/or later /as planned/ -- rates rose."_s << u"HP"_s
            << QStringList{u"Rates rise"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("byline and date line") << u"a.txt"_s << "Headline\nBy Jane Doe\nNov. 26, 2025\nBody text here.\n"_ba
                                              << u"Headline\nBy Jane Doe\nNov. 26, 2025\nBody text here."_s << u"HPPP"_s
                                              << QStringList{u"Headline"_s, u"2025-11-26"_s, u""_s, u""_s, u"Jane Doe"_s} << QString();
        QTest::newRow("byline with the outlet after a comma")
            << u"a.txt"_s << "Headline\nBy Maria Sanchez, Associated Press\nBody text here.\n"_ba
            << u"Headline\nBy Maria Sanchez, Associated Press\nBody text here."_s << u"HPP"_s
            << QStringList{u"Headline"_s, u""_s, u""_s, u"Associated Press"_s, u"Maria Sanchez"_s} << QString();
        QTest::newRow("byline with a job after a comma")
            << u"a.txt"_s << "Headline\nBy John Smith, Staff Writer\nBody text here.\n"_ba << u"Headline\nBy John Smith, Staff Writer\nBody text here."_s
            << u"HPP"_s << QStringList{u"Headline"_s, u""_s, u""_s, u""_s, u"John Smith"_s} << QString();
        QTest::newRow("byline with a name after a comma keeps it")
            << u"a.txt"_s << "Headline\nBy John Smith, Ana Ruiz\nBody text here.\n"_ba << u"Headline\nBy John Smith, Ana Ruiz\nBody text here."_s << u"HPP"_s
            << QStringList{u"Headline"_s, u""_s, u""_s, u""_s, u"John Smith, Ana Ruiz"_s} << QString();
        QTest::newRow("copied from a web page: buttons, picture credits, caption and the page's foot dropped")
            << u"a.txt"_s
            << "Bridge closed\n\nShare\nSave\n\nImage source, Getty Images\nImage caption,\nEngineers found the cracks on Friday\n\nThe bridge was shut on Sunday.\n\n\"We had no choice,\" she said.\n\nRelated topics\nPorthcawl\nRoads\n\nMore on this story\nBridge repairs to cost millions\n"_ba
            << u"Bridge closed\nThe bridge was shut on Sunday.\n\"We had no choice,\" she said."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("copied from a web page: reading and listening times dropped, a sentence about listening kept")
            << u"a.txt"_s
            << "Bridge closed\n\nListen to this article \xC2\xB7 4 min\n\n5 min read\n\nThe bridge was shut on Sunday.\n\nListen to the engineers, she said.\n"_ba
            << u"Bridge closed\nThe bridge was shut on Sunday.\nListen to the engineers, she said."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("copied from a web page: a newsletter's sign-up box between paragraphs, the advertisement's break and the comments' link dropped")
            << u"a.txt"_s
            << "Quake strikes off Kamchatka\nA magnitude 8.8 earthquake struck on Wednesday.\nSign up for our World Briefing newsletter\n"
               "Get the day's top international stories delivered to your inbox.\nEnter your email\nSign up\n"
               "By signing up, you agree to our Privacy Policy.\nJapan urged people to move to higher ground.\nStory continues below advertisement\n"
               "Warnings were later downgraded.\nComments\n"_ba
            << u"Quake strikes off Kamchatka\nA magnitude 8.8 earthquake struck on Wednesday.\nJapan urged people to move to higher ground.\nWarnings were later downgraded."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("near misses: a sentence asking readers to sign up, one on an inbox and a heading on comments stay")
            << u"a.txt"_s
            << "Council opens consultation\nResidents can sign up for the newsletter at the library.\nSign up for the council's newsletter.\n"
               "Officials said replies would reach their inbox by Friday.\nComments from residents\nMore than 400 replies came in.\n"_ba
            << u"Council opens consultation\nResidents can sign up for the newsletter at the library.\nSign up for the council's newsletter.\n"
               u"Officials said replies would reach their inbox by Friday.\nComments from residents\nMore than 400 replies came in."_s
            << u"HPPPHP"_s << QStringList() << QString();
        QTest::newRow("a copied page's foot headed by one section's most-read list dropped; a heading that opens alike over sentences stays")
            << u"a.txt"_s
            << "Quake strikes off Kamchatka\nThe quake struck on Wednesday.\nTop stories from the region\nJapan issued warnings.\n"
               "Most Read World\n1. Pope celebrates first Mass\n2. Heat wave grips Europe\n"_ba
            << u"Quake strikes off Kamchatka\nThe quake struck on Wednesday.\nTop stories from the region\nJapan issued warnings."_s << u"HPHP"_s
            << QStringList() << QString();
        QTest::newRow("a copied wire page: the byline between the headline and the date line; the section's lines above go")
            << u"a.txt"_s
            << "World\nEurope\nThieves steal jewels from Louvre in raid\nBy Elizabeth Pineau\nOctober 19, 2025\nPARIS (Reuters) - Thieves stole jewellery from "
               "the Louvre on Sunday.\n"_ba
            << u"Thieves steal jewels from Louvre in raid\nBy Elizabeth Pineau\nOctober 19, 2025\nPARIS (Reuters) - Thieves stole jewellery from the Louvre on "
               u"Sunday."_s
            << u"HPPP"_s << QStringList{u"Thieves steal jewels from Louvre in raid"_s, u"2025-10-19"_s, u""_s, u"Reuters"_s, u"Elizabeth Pineau"_s}
            << QString();
        QTest::newRow("a copied broadsheet page: a standfirst and the writers' line without 'By' between the headline and the date line; the writer read")
            << u"a.txt"_s
            << "Louvre robbery\nThis article is more than 1 month old\nTwo men arrested over Louvre jewel heist, prosecutor says\nSuspects detained a week "
               "after thieves used a lift to break into the museum's gallery\nHannah Okafor in Paris\nSun 26 Oct 2025 21.30 CET\nTwo men have been "
               "arrested, the prosecutor said on Sunday.\nOne was detained at the airport.\nInvestigators declined to comment.\n"_ba
            << u"Two men arrested over Louvre jewel heist, prosecutor says\nSuspects detained a week after thieves used a lift to break into the museum's "
               u"gallery\nHannah Okafor in Paris\nSun 26 Oct 2025 21.30 CET\nTwo men have been arrested, the prosecutor said on Sunday.\nOne was detained at "
               u"the airport.\nInvestigators declined to comment."_s
            << u"HPHPPPP"_s << QStringList{u"Two men arrested over Louvre jewel heist, prosecutor says"_s, u"2025-10-26"_s, u""_s, u""_s, u"Hannah Okafor"_s}
            << QString();
        QTest::newRow("near miss: a headline in capitals that ends 'in Paris' over the date line, a short line above it")
            << u"a.txt"_s << "Skip to content\nHome\nWorld\nEurope\nProtests Erupt in Paris\nMarch 4, 2025\nThousands marched on Tuesday.\n"_ba
            << u"Protests Erupt in Paris\nMarch 4, 2025\nThousands marched on Tuesday."_s << u"HPP"_s
            << QStringList{u"Protests Erupt in Paris"_s, u"2025-03-04"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("near miss: a headline over the byline and the date line, menu lines above it")
            << u"a.txt"_s << "Menu\nHome\nWorld\nMarkets rally as central bank holds rates steady\nBy Ana Ruiz\nMarch 4, 2025\nShares rose on Tuesday.\n"_ba
            << u"Markets rally as central bank holds rates steady\nBy Ana Ruiz\nMarch 4, 2025\nShares rose on Tuesday."_s << u"HPPP"_s
            << QStringList{u"Markets rally as central bank holds rates steady"_s, u"2025-03-04"_s, u""_s, u""_s, u"Ana Ruiz"_s} << QString();
        QTest::newRow("a copied page's section label alone over the headline goes")
            << u"a.txt"_s << "World\nStrong quake strikes off Kamchatka peninsula\nBy Nadia Kowalski\nThe quake struck on Wednesday.\n"_ba
            << u"Strong quake strikes off Kamchatka peninsula\nBy Nadia Kowalski\nThe quake struck on Wednesday."_s << u"HPP"_s
            << QStringList{u"Strong quake strikes off Kamchatka peninsula"_s, u""_s, u""_s, u""_s, u"Nadia Kowalski"_s} << QString();
        QTest::newRow("a copied page's section label over the headline and a standfirst goes")
            << u"a.txt"_s
            << "CONGRESS\nHouse passes stopgap bill to avert shutdown\nRepublicans pushed the measure through with one Democratic vote.\nBy Dev "
               "Patel\n03/11/2025 06:12 PM EDT\nThe House on Tuesday passed a stopgap funding bill.\n"_ba
            << u"House passes stopgap bill to avert shutdown\nRepublicans pushed the measure through with one Democratic vote.\nBy Dev Patel\n03/11/2025 "
               u"06:12 PM EDT\nThe House on Tuesday passed a stopgap funding bill."_s
            << u"HPPPP"_s << QStringList{u"House passes stopgap bill to avert shutdown"_s, u"2025-03-11"_s, u""_s, u""_s, u"Dev Patel"_s} << QString();
        QTest::newRow("near miss: a one-word headline over a shorter line and the byline stays the headline")
            << u"a.txt"_s << "Shutdown\nHouse passes a stopgap bill\nStopgap\nBy Dev Patel\nThe House on Tuesday passed a stopgap funding bill.\n"_ba
            << u"Shutdown\nHouse passes a stopgap bill\nStopgap\nBy Dev Patel\nThe House on Tuesday passed a stopgap funding bill."_s << u"HPHPP"_s
            << QStringList{u"Shutdown"_s, u""_s, u""_s, u""_s, u"Dev Patel"_s} << QString();
        QTest::newRow("near miss: a headline of two words over a line without a stop stays the headline")
            << u"a.txt"_s << "Strike ends\nWorkers return after nine weeks\nBy Nadia Kowalski\nThe strike ended on Monday.\n"_ba
            << u"Strike ends\nWorkers return after nine weeks\nBy Nadia Kowalski\nThe strike ended on Monday."_s << u"HHPP"_s
            << QStringList{u"Strike ends"_s, u""_s, u""_s, u""_s, u"Nadia Kowalski"_s} << QString();
        QTest::newRow("near miss: a headline of one word over a sentence stays the headline")
            << u"a.txt"_s << "Breakthrough\nScientists say the result changes the field.\nBy Nadia Kowalski\nThe result was published on Monday.\n"_ba
            << u"Breakthrough\nScientists say the result changes the field.\nBy Nadia Kowalski\nThe result was published on Monday."_s << u"HPPP"_s
            << QStringList{u"Breakthrough"_s, u""_s, u""_s, u""_s, u"Nadia Kowalski"_s} << QString();
        QTest::newRow("copied wire story: picture captions, a box of related links, a rule and the copyright notice dropped")
            << u"a.txt"_s
            << "Envoy questioned\nBy JAMES OKAFOR and LENA PORTER\nWASHINGTON (AP) \xE2\x80\x94 Lawmakers questioned the envoy on Tuesday.\nFILE - The envoy speaks in Washington, Oct. 16, 2025. (AP Photo/Evan Vucci, File)\nThe White House stood by him. (Photo by Ann Lee/Getty Images)\nRELATED COVERAGE\nWhat to know about the plan\nZelenskyy says Ukraine faces a hard choice\nThe recording was published by Bloomberg News.\n___\nAssociated Press writer Sam Delgado contributed to this report.\nCopyright 2025 The Associated Press. All rights reserved.\n"_ba
            << u"Envoy questioned\nBy JAMES OKAFOR and LENA PORTER\nWASHINGTON (AP) \u2014 Lawmakers questioned the envoy on Tuesday.\nThe recording was published by Bloomberg News.\nAssociated Press writer Sam Delgado contributed to this report."_s
            << u"HPPPP"_s << QStringList{u"Envoy questioned"_s, u""_s, u""_s, u"AP"_s, u"James Okafor and Lena Porter"_s} << QString();
        QTest::newRow("a copied wire page: gallery captions, the licensing link, the summary's points before the dateline, the standards note and the topics "
                      "dropped or read past")
            << u"a.txt"_s
            << "Thieves raid the Louvre\nBy Elizabeth Pineau\nItem 1 of 4 Police stand guard outside the Louvre, October 19, 2025. REUTERS/Ann Lee\n"
               "[1/4]Police stand guard outside the Louvre, October 19, 2025. REUTERS/Ann Lee Purchase Licensing Rights\nSummary\nThieves used a lift\n"
               "Museum closed for the day\nInquiry opened\nPARIS, Oct 19 (Reuters) - Thieves stole jewellery from the Louvre on Sunday.\n"
               "The museum closed for the day.\nReporting by Elizabeth Pineau; Editing by Hugh Lawson\nOur Standards: The Thomson Reuters Trust Principles.\n"
               "Suggested Topics:\nEurope\nCrime\nPurchase Licensing Rights\n"_ba
            << u"Thieves raid the Louvre\nBy Elizabeth Pineau\nSummary\nThieves used a lift\nMuseum closed for the day\nInquiry opened\nPARIS, Oct 19 "
               u"(Reuters) - Thieves stole jewellery from the Louvre on Sunday.\nThe museum closed for the day."_s
            << u"HPPPPHPP"_s << QStringList{u"Thieves raid the Louvre"_s, u""_s, u""_s, u"Reuters"_s, u"Elizabeth Pineau"_s} << QString();
        QTest::newRow("a copied wire page's foot: the link to the story in Spanish, the writer's name in capitals and her note by surname dropped")
            << u"a.txt"_s
            << "Trump to address Congress\nBy LISA MERCER\nWASHINGTON (AP) \xE2\x80\x94 Trump will address Congress on Tuesday night.\nLeer en espa\xC3\xB1ol\n"
               "The White House said the speech would be long.\nLISA MERCER\nMercer covers the White House for The Associated Press.\n"_ba
            << u"Trump to address Congress\nBy LISA MERCER\nWASHINGTON (AP) \u2014 Trump will address Congress on Tuesday night.\nThe White House said the "
               u"speech would be long."_s
            << u"HPPP"_s << QStringList{u"Trump to address Congress"_s, u""_s, u""_s, u"AP"_s, u"Lisa Mercer"_s} << QString();
        QTest::newRow("a copied story's foot: the correction note goes")
            << u"a.txt"_s
            << "Fire contained\nBy Jess Morales\nThe Hurst fire was fully contained on Wednesday.\nThe fire burned 799 acres.\nThis version corrects the "
               "size of the fire.\n"_ba
            << u"Fire contained\nBy Jess Morales\nThe Hurst fire was fully contained on Wednesday.\nThe fire burned 799 acres."_s << u"HPPP"_s
            << QStringList{u"Fire contained"_s, u""_s, u""_s, u""_s, u"Jess Morales"_s} << QString();
        QTest::newRow("near misses: a sentence on an image of a report, and one on another person by surname, at the foot stay")
            << u"a.txt"_s
            << "Audit published\nBy Lisa Mercer\nImage 3 of the report shows the damage.\nThe audit was published on Tuesday.\nKessler covers the costs "
               "herself, she said.\n"_ba
            << u"Audit published\nBy Lisa Mercer\nImage 3 of the report shows the damage.\nThe audit was published on Tuesday.\nKessler covers the costs "
               u"herself, she said."_s
            << u"HPPPP"_s << QStringList{u"Audit published"_s, u""_s, u""_s, u""_s, u"Lisa Mercer"_s} << QString();
        QTest::newRow("a copied broadcaster's page: the copied-link note, the dateline broken over lines and a related article's box dropped")
            << u"a.txt"_s
            << "Trump says tariffs will go ahead\nBy Lisa Mercer, CNN\nLink Copied!\nWashington\nCNN\n \xE2\x80\x94 \nPresident Donald Trump said on Monday "
               "that tariffs would take effect on Tuesday.\nRelated article\nHere's what to know about Trump's tariffs\nMarkets fell sharply after the "
               "remarks.\n"_ba
            << u"Trump says tariffs will go ahead\nBy Lisa Mercer, CNN\nPresident Donald Trump said on Monday that tariffs would take effect on Tuesday.\n"
               u"Markets fell sharply after the remarks."_s
            << u"HPPP"_s << QStringList{u"Trump says tariffs will go ahead"_s, u""_s, u""_s, u"CNN"_s, u"Lisa Mercer"_s} << QString();
        QTest::newRow("a copied radio story's page: the programme over the headline, 'Heard on', the listening time, the player and the sponsor's slot dropped")
            << u"a.txt"_s
            << "Morning Edition\nFed holds rates steady as officials wait\nMarch 19, 2025 5:00 AM ET\nHeard on Morning Edition\nBy Ruth Kessler\n4-Minute "
               "Listen\nPlaylist\nThe Federal Reserve left its rate unchanged on Wednesday.\nSponsor Message\nOfficials lowered their forecast for "
               "growth.\n"_ba
            << u"Fed holds rates steady as officials wait\nMarch 19, 2025 5:00 AM ET\nBy Ruth Kessler\nThe Federal Reserve left its rate unchanged on "
               u"Wednesday.\nOfficials lowered their forecast for growth."_s
            << u"HPPPP"_s << QStringList{u"Fed holds rates steady as officials wait"_s, u"2025-03-19"_s, u""_s, u""_s, u"Ruth Kessler"_s} << QString();
        QTest::newRow("near misses: a place over a name without the dash, and a sentence that opens 'Heard on' stay")
            << u"a.txt"_s
            << "Tariffs take effect\nThe tariffs took effect on Tuesday.\nWashington\nAssociated Press\nHeard on the radio, the news spread fast.\nMarkets "
               "fell.\n"_ba
            << u"Tariffs take effect\nThe tariffs took effect on Tuesday.\nWashington\nAssociated Press\nHeard on the radio, the news spread fast.\nMarkets "
               u"fell."_s
            << u"HPPHPP"_s << QStringList() << QString();
        QTest::newRow("copied pages' furniture: an offer of a free email and its form, a contributor's buttons and disclaimer, the comments' openings")
            << u"a.txt"_s
            << "Ferry operator fined\nBy Lisa Mercer\nFollow Author\nOpinions expressed by Forbes Contributors are their own.\ne-mail\nGet our free Travel "
               "email for expert advice\nEmail\nSIGN UP\nI would like to be emailed about offers. Read our privacy notice\nThe operator was fined "
               "\xC2\xA3"
               "2m on Thursday, the regulator said.\nThe company accepted the findings.\nFollow me on LinkedIn.\nEditorial Standards\nReprints & "
               "Permissions\nShare or comment on this article:\nComments 312\nThe comments below have not been moderated.\n"_ba
            << u"Ferry operator fined\nBy Lisa Mercer\nThe operator was fined \u00A3"
               u"2m on Thursday, the regulator said.\nThe company accepted the findings."_s
            << u"HPPP"_s << QStringList{u"Ferry operator fined"_s, u""_s, u""_s, u""_s, u"Lisa Mercer"_s} << QString();
        QTest::newRow("near misses: sentences on opinions expressed, on getting our reporters an email, and on comments stay")
            << u"a.txt"_s
            << "Ferry operator fined\nBy Lisa Mercer\nThe opinions expressed at the meeting were mixed.\nGet our reporters an email before noon, the editor "
               "said.\nComments from passengers were angry.\nThe company accepted the findings.\n"_ba
            << u"Ferry operator fined\nBy Lisa Mercer\nThe opinions expressed at the meeting were mixed.\nGet our reporters an email before noon, the editor "
               u"said.\nComments from passengers were angry.\nThe company accepted the findings."_s
            << u"HPPPPP"_s << QStringList{u"Ferry operator fined"_s, u""_s, u""_s, u""_s, u"Lisa Mercer"_s} << QString();
        QTest::newRow("a byline that names the outlet the writer wrote for, in capitals or not, and one that ends on the job and a stop: the writer")
            << u"a.txt"_s << "Princess returns to duties\nBy LISA MERCER FOR MAILONLINE\nThe princess arrived at Wimbledon on Sunday.\n"_ba
            << u"Princess returns to duties\nBy LISA MERCER FOR MAILONLINE\nThe princess arrived at Wimbledon on Sunday."_s << u"HPP"_s
            << QStringList{u"Princess returns to duties"_s, u""_s, u""_s, u"MAILONLINE"_s, u"Lisa Mercer"_s} << QString();
        QTest::newRow("a byline that ends on the writer's job and a stop: the writer")
            << u"a.txt"_s << "Outage lessons\nBy Dana Whitfield, Contributor.\nEvery computer on the ward showed a blue screen.\n"_ba
            << u"Outage lessons\nBy Dana Whitfield, Contributor.\nEvery computer on the ward showed a blue screen."_s << u"HPP"_s
            << QStringList{u"Outage lessons"_s, u""_s, u""_s, u""_s, u"Dana Whitfield"_s} << QString();
        QTest::newRow("near miss: 'for' before words in lower case is no outlet")
            << u"a.txt"_s << "Princess returns to duties\nBy Lisa Mercer for now\nThe princess arrived at Wimbledon on Sunday.\n"_ba
            << u"Princess returns to duties\nBy Lisa Mercer for now\nThe princess arrived at Wimbledon on Sunday."_s << u"HPP"_s
            << QStringList{u"Princess returns to duties"_s, u""_s, u""_s, u""_s, u"Lisa Mercer for now"_s} << QString();
        QTest::newRow(
            "an article copied from its headline down: headline, standfirst, the writer's name over her job and the date line all stay; the writer read")
            << u"a.txt"_s
            << "Ferry operator fined after passengers stranded at sea for 20 hours\nRegulator says company failed to warn travellers before storm\nLisa "
               "Mercer\nTransport Correspondent\nThursday 13 February 2025 17:10 GMT\nThe operator was fined on Thursday, the regulator said.\n"_ba
            << u"Ferry operator fined after passengers stranded at sea for 20 hours\nRegulator says company failed to warn travellers before storm\nLisa "
               u"Mercer\nTransport Correspondent\nThursday 13 February 2025 17:10 GMT\nThe operator was fined on Thursday, the regulator said."_s
            << u"HPPHPP"_s
            << QStringList{u"Ferry operator fined after passengers stranded at sea for 20 hours"_s, u"2025-02-13"_s, u""_s, u""_s, u"Lisa Mercer"_s}
            << QString();
        QTest::newRow("near miss: a whole page copied with a tagline in its masthead: the masthead still goes")
            << u"a.txt"_s
            << "Skip to content\nThe Riverside Dispatch, news for the valley since 1994\nHome\nWorld\nBridge closed after cracks found\nBy Ana Ruiz\nThe "
               "bridge was shut on Sunday.\n"_ba
            << u"Bridge closed after cracks found\nBy Ana Ruiz\nThe bridge was shut on Sunday."_s << u"HPP"_s
            << QStringList{u"Bridge closed after cracks found"_s, u""_s, u""_s, u""_s, u"Ana Ruiz"_s} << QString();
        QTest::newRow("a copied broadsheet page: a newsletter's promotion between its marks dropped")
            << u"a.txt"_s
            << "Two men arrested\nTwo men have been arrested, the Paris prosecutor said on Sunday.\nskip past newsletter promotion\nSign up to Headlines "
               "Europe\nFree weekly newsletter\nA digest of the main headlines emailed to you every week day\nafter newsletter promotion\nOne was detained "
               "at the airport.\n"_ba
            << u"Two men arrested\nTwo men have been arrested, the Paris prosecutor said on Sunday.\nOne was detained at the airport."_s << u"HPP"_s
            << QStringList() << QString();
        QTest::newRow("a copied live page: the writers' names joined over the date line read; the key events' box and the script's notice dropped")
            << u"a.txt"_s
            << "Budget live: thresholds frozen\nRuth Kessler and Tom Lacey\nWed 26 Nov 2025 15.58 GMT\nKey events\n3h ago\nReeves sits down\n5h ago\nOBR "
               "report published early\nShow key events only\nPlease turn on JavaScript to use this feature\n1.40pm GMT\nThe chancellor has finished her "
               "statement.\n11.48am GMT\nThe OBR said it regretted the error.\n"_ba
            << u"Budget live: thresholds frozen\nRuth Kessler and Tom Lacey\nWed 26 Nov 2025 15.58 GMT\n1.40pm GMT\nThe chancellor has finished her "
               u"statement.\n11.48am GMT\nThe OBR said it regretted the error."_s
            << u"HHPPPPP"_s << QStringList{u"Budget live: thresholds frozen"_s, u"2025-11-26"_s, u""_s, u""_s, u"Ruth Kessler and Tom Lacey"_s} << QString();
        QTest::newRow("near misses: a section on key events that no button closes, and a sentence on JavaScript, stay")
            << u"a.txt"_s
            << "Budget explained\nThe budget was delivered on Wednesday.\nKey events\nThe chancellor froze thresholds.\nDevelopers said JavaScript was "
               "used to build the calculator.\n"_ba
            << u"Budget explained\nThe budget was delivered on Wednesday.\nKey events\nThe chancellor froze thresholds.\nDevelopers said JavaScript was "
               u"used to build the calculator."_s
            << u"HPHPP"_s << QStringList() << QString();
        QTest::newRow("copied pages' breaks for advertisements and buttons to read on, links to a video and to an app dropped")
            << u"a.txt"_s
            << "Storm leaves thousands without power\nBy Callum Fraser\nMore than 100,000 homes were left without power on Friday.\nADVERTISEMENT - "
               "SCROLL TO CONTINUE\nScotRail suspended all services from 7pm.\nStory continues\nEngineers worked through the night.\nCLICK HERE TO GET THE "
               "NEWS APP\nWATCH | Waves batter the harbour wall at Oban\nPower was back by Sunday.\nContinue Reading\n"_ba
            << u"Storm leaves thousands without power\nBy Callum Fraser\nMore than 100,000 homes were left without power on Friday.\nScotRail suspended all "
               u"services from 7pm.\nEngineers worked through the night.\nPower was back by Sunday."_s
            << u"HPPPPP"_s << QStringList{u"Storm leaves thousands without power"_s, u""_s, u""_s, u""_s, u"Callum Fraser"_s} << QString();
        QTest::newRow("near misses: sentences that open with 'Watch' or 'Click here', and on a story that continues, stay")
            << u"a.txt"_s
            << "Storm leaves thousands without power\nBy Callum Fraser\nWatch: the council urged drivers to stay home.\nClick here to report a fault, "
               "the operator said.\nThe story continues to unfold.\n"_ba
            << u"Storm leaves thousands without power\nBy Callum Fraser\nWatch: the council urged drivers to stay home.\nClick here to report a fault, the "
               u"operator said.\nThe story continues to unfold."_s
            << u"HPPPP"_s << QStringList{u"Storm leaves thousands without power"_s, u""_s, u""_s, u""_s, u"Callum Fraser"_s} << QString();
        QTest::newRow("a copied business page's tools and its call for tips dropped")
            << u"a.txt"_s
            << "Fed holds rates steady\nBy Ruth Kessler\nSave\nTranslate\nListen\nGift this article\nOfficials held rates steady on Wednesday.\nHave a "
               "confidential tip for our reporters? Get in Touch\nLEARN MORE\nOfficials still expect two cuts this year.\n"_ba
            << u"Fed holds rates steady\nBy Ruth Kessler\nOfficials held rates steady on Wednesday.\nOfficials still expect two cuts this year."_s << u"HPPP"_s
            << QStringList{u"Fed holds rates steady"_s, u""_s, u""_s, u""_s, u"Ruth Kessler"_s} << QString();
        QTest::newRow("near miss: a question about a tip in the story stays")
            << u"a.txt"_s
            << "Fed holds rates steady\nBy Ruth Kessler\nHave a tip for savers? Economists said fixed rates may rise.\nOfficials held rates steady.\n"_ba
            << u"Fed holds rates steady\nBy Ruth Kessler\nHave a tip for savers? Economists said fixed rates may rise.\nOfficials held rates steady."_s
            << u"HPPP"_s << QStringList{u"Fed holds rates steady"_s, u""_s, u""_s, u""_s, u"Ruth Kessler"_s} << QString();
        QTest::newRow("a sentence with a bracketed aside and a short line before a sentence are kept")
            << u"a.txt"_s << "Talks resume\nThe poll (Reuters/Ipsos) found support fell.\nRelated\nThe talks resume on Monday.\n"_ba
            << u"Talks resume\nThe poll (Reuters/Ipsos) found support fell.\nRelated\nThe talks resume on Monday."_s << u"HPHP"_s << QStringList() << QString();
        QTest::newRow("notes on the article at its foot: the print edition, the writer's note")
            << u"a.txt"_s
            << "Envoy coached aide\nBy Alex Marin and Dana Okoro\nThe envoy advised the aide last month.\nAlex Marin covers the White House.\nA version of this article appears in print on Nov. 26, 2025, Section A, Page 1.\n"_ba
            << u"Envoy coached aide\nBy Alex Marin and Dana Okoro\nThe envoy advised the aide last month."_s << u"HPP"_s
            << QStringList{u"Envoy coached aide"_s, u""_s, u""_s, u""_s, u"Alex Marin and Dana Okoro"_s} << QString();
        QTest::newRow("a closing sentence about a writer-named person who is no writer stays")
            << u"a.txt"_s << "Envoy coached aide\nBy Alex Marin\nThe envoy advised the aide last month.\nDana Okoro covers the talks for the agency.\n"_ba
            << u"Envoy coached aide\nBy Alex Marin\nThe envoy advised the aide last month.\nDana Okoro covers the talks for the agency."_s << u"HPPP"_s
            << QStringList{u"Envoy coached aide"_s, u""_s, u""_s, u""_s, u"Alex Marin"_s} << QString();
        QTest::newRow("a name line above the writer's job is the author")
            << u"a.txt"_s << "Bridge closed\nAled Morgan\nTransport correspondent\nThe bridge was shut on Sunday.\n"_ba
            << u"Bridge closed\nAled Morgan\nTransport correspondent\nThe bridge was shut on Sunday."_s << u"HPHP"_s
            << QStringList{u"Bridge closed"_s, u""_s, u""_s, u""_s, u"Aled Morgan"_s} << QString();
        QTest::newRow("an outlet's name over the desk's credit (\"Staff report\") is the outlet, no writer; the credit is no heading")
            << u"a.txt"_s << "What we know\nCoastal Valley Times\nStaff report\nJanuary 9, 2025\nTwo fires burned on Thursday.\n"_ba
            << u"What we know\nCoastal Valley Times\nStaff report\nJanuary 9, 2025\nTwo fires burned on Thursday."_s << u"HHPPP"_s
            << QStringList{u"What we know"_s, u"2025-01-09"_s, u""_s, u"Coastal Valley Times"_s, u""_s} << QString();
        QTest::newRow("an outlet's staff and agencies credit is no heading; a heading that ends on reports stays one")
            << u"a.txt"_s << "Fires contained\nGuardian staff and agencies\nBoth fires were contained on Friday.\nInsurance reports\nClaims passed $20bn.\n"_ba
            << u"Fires contained\nGuardian staff and agencies\nBoth fires were contained on Friday.\nInsurance reports\nClaims passed $20bn."_s << u"HPPHP"_s
            << QStringList{u"Fires contained"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a name line above a sentence is no author") << u"a.txt"_s << "Bridge closed\nAled Morgan\nThe bridge was shut on Sunday.\n"_ba
                                                                   << u"Bridge closed\nAled Morgan\nThe bridge was shut on Sunday."_s << u"HHP"_s
                                                                   << QStringList{u"Bridge closed"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a standfirst and a credited caption before the byline and date")
            << u"a.txt"_s
            << "Council passes budget\n\nThe plan restores library hours but cuts funding for a police academy class, setting up a clash.\n\nMembers debated until dawn.Credit...Jordan Vale for The Daily\n\nBy Helen Marsh\n\nJune 28, 2025\n\nThe council approved the budget early on Saturday.\n"_ba
            << u"Council passes budget\nThe plan restores library hours but cuts funding for a police academy class, setting up a clash.\nBy Helen Marsh\nJune 28, 2025\nThe council approved the budget early on Saturday."_s
            << u"HPPPP"_s << QStringList{u"Council passes budget"_s, u"2025-06-28"_s, u""_s, u""_s, u"Helen Marsh"_s} << QString();
        QTest::newRow("a post's heading ending in a quoted word")
            << u"a.txt"_s
            << "Live: talks in Geneva\n\nThe talks opened on Sunday.\n\nZelensky says talks 'constructive'\n\nHe spoke in his evening address.\n"_ba
            << u"Live: talks in Geneva\nThe talks opened on Sunday.\nZelensky says talks 'constructive'\nHe spoke in his evening address."_s << u"HPHP"_s
            << QStringList() << QString();
        QTest::newRow("a sentence ending in the words image caption is kept")
            << u"a.txt"_s << "Bridge closed\n\nThe editor asked for an image caption.\n\nThe bridge was shut on Sunday.\n"_ba
            << u"Bridge closed\nThe editor asked for an image caption.\nThe bridge was shut on Sunday."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a foot heading with sentences after it is kept")
            << u"a.txt"_s << "Bridge closed\n\nThe bridge was shut on Sunday.\n\nRead more\n\nRepairs will take a year, the council said.\n"_ba
            << u"Bridge closed\nThe bridge was shut on Sunday.\nRead more\nRepairs will take a year, the council said."_s << u"HPHP"_s << QStringList()
            << QString();
        QTest::newRow("short last line is no heading") << u"a.txt"_s << "Headline\nPara one.\nNot A Heading At The End\n"_ba
                                                       << u"Headline\nPara one.\nNot A Heading At The End"_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("hard-wrapped paragraphs joined")
            << u"a.txt"_s
            << "Headline\n\nThis is a long paragraph that has been wrapped at a fixed\nwidth by an editor so that each line is shorter than the\nlimit and it goes on.\n\nAnother paragraph also wrapped at the same width so that\nit spans two lines.\n"_ba
            << u"Headline\nThis is a long paragraph that has been wrapped at a fixed width by an editor so that each line is shorter than the limit and it goes on.\nAnother paragraph also wrapped at the same width so that it spans two lines."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("one line is a paragraph") << u"a.txt"_s << "Witkoff said \"yes\" on Monday.\n"_ba << u"Witkoff said \"yes\" on Monday."_s << u"P"_s
                                                 << QStringList{u"Witkoff said \"yes\" on Monday."_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("no-break spaces read as plain spaces in the text and the writer's name; a run of them and a space is one space")
            << u"a.txt"_s
            << "Crews\xC2\xA0"
               "battle Eaton fire\nBy Dana\xC2\xA0Ruiz\nALTADENA, Calif.\xC2\xA0 \xE2\x80\x94 Crews worked through the night, said "
               "Capt.\xC2\xA0Jim\xE2\x80\xAFOrtega.\n"_ba
            << u"Crews battle Eaton fire\nBy Dana Ruiz\nALTADENA, Calif. \u2014 Crews worked through the night, said Capt. Jim Ortega."_s << u"HPP"_s
            << QStringList{u"Crews battle Eaton fire"_s, u""_s, u""_s, u""_s, u"Dana Ruiz"_s} << QString();
        QTest::newRow("soft hyphens and zero-width spaces inside words go")
            << u"a.txt"_s << "Talks resume\nPresident Zelen\xC2\xADsky met the en\xE2\x80\x8Bvoy.\n\xE2\x80\x8B\nThey spoke.\n"_ba
            << u"Talks resume\nPresident Zelensky met the envoy.\nThey spoke."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("windows-1252") << u"a.txt"_s << "Headline\n\x93Quoted\x94 caf\xe9 \x96 test.\n"_ba
                                      << u"Headline\n\u201CQuoted\u201D caf\u00E9 \u2013 test."_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("mixed utf-8 and windows-1252") << u"a.txt"_s << "Headline\nCaf\xc3\xa9 and \x93quote\x94.\n"_ba
                                                      << u"Headline\nCaf\u00E9 and \u201Cquote\u201D."_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("utf-8 with BOM") << u"a.txt"_s << "\xEF\xBB\xBFHeadline\nPara.\n"_ba << u"Headline\nPara."_s << u"HP"_s
                                        << QStringList{u"Headline"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("utf-16 with BOM") << u"a.txt"_s << utf16le(u"Headline\r\nP\u00E4ra \u201Cone\u201D.\r\n"_s) << u"Headline\nP\u00E4ra \u201Cone\u201D."_s
                                         << u"HP"_s << QStringList() << QString();
        QTest::newRow("empty file") << u"a.txt"_s << QByteArray() << QString() << QString() << QStringList() << u"empty file"_s;
        QTest::newRow("only white space") << u"a.txt"_s << "  \n\n\t \r\n"_ba << QString() << QString() << QStringList() << u"empty file"_s;
        QTest::newRow("binary") << u"a.txt"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QString() << QString() << QStringList()
                                << u"not a text article"_s;
        QTest::newRow("control characters") << u"a.txt"_s << QByteArray(200, '\x01') + "some text"_ba << QString() << QString() << QStringList()
                                            << u"not a text article"_s;
        QTest::newRow("unknown extension sniffed as text")
            << u"notes"_s << "Headline\nBody.\n"_ba << u"Headline\nBody."_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("a court filing's labelled date line deep in its caption dates it")
            << u"a.txt"_s
            << "IN THE UNITED STATES COURT OF APPEALS\n\nHARBOR STEEL, INC.,\nPetitioner,\n\nv.\n\nPORT AUTHORITY,\nRespondent.\n\nCase No. 25-1004\n\nPETITION FOR REVIEW\n\nFiled: January 6, 2025\n\n1. Petitioner asks this Court to set aside the order of January 3, 2025.\n"_ba
            << u"IN THE UNITED STATES COURT OF APPEALS\nHARBOR STEEL, INC.,\nPetitioner,\nv.\nPORT AUTHORITY,\nRespondent.\nCase No. 25-1004\nPETITION FOR REVIEW\nFiled: January 6, 2025\n1. Petitioner asks this Court to set aside the order of January 3, 2025."_s
            << u"HPPPPPPHPP"_s << QStringList{u"IN THE UNITED STATES COURT OF APPEALS"_s, u"2025-01-06"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("near miss: a filing date after the first sentence is the story's, no date of the text")
            << u"a.txt"_s
            << "Steelmaker sues\n\nThe company asked the court to set aside the order on Monday.\n\nIt called the order unlawful.\n\nA hearing is set.\n\nThe agency declined to comment.\n\nFiled: January 6, 2025\n"_ba
            << u"Steelmaker sues\nThe company asked the court to set aside the order on Monday.\nIt called the order unlawful.\nA hearing is set.\nThe agency declined to comment.\nFiled: January 6, 2025"_s
            << u"HPPPPP"_s << QStringList{u"Steelmaker sues"_s, u""_s, u""_s, u""_s, u""_s} << QString();
    }
    void readsText() { checkRow(); }

    void readsMarkdown_data()
    {
        addColumns();
        QTest::newRow("markup removed") << u"a.md"_s
                                        << "# Title\n\nSome *emphasis* and **strong** text with a [link](http://x.com).\n\n## Section\n\nMore text.\n"_ba
                                        << u"Title\nSome emphasis and strong text with a link.\nSection\nMore text."_s << u"HPHP"_s
                                        << QStringList{u"Title"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("front matter, title not repeated")
            << u"a.md"_s << "---\ntitle: Story\npublished: 2025-11-26\noutlet: Outlet\nauthor: Desk\n---\n# Story\n\nBody.\n"_ba << u"Story\nBody."_s << u"HP"_s
            << QStringList{u"Story"_s, u"2025-11-26"_s, u""_s, u"Outlet"_s, u"Desk"_s} << QString();
        QTest::newRow("web clipping: source address, every writer of the author list, wiki links")
            << u"a.md"_s
            << "---\ntitle: \"Story\"\nsource: \"https://news.example/story\"\nauthor:\n  - \"[[Leah Barrow]]\"\n  - \"[[Sam Eze]]\"\npublished: 2025-11-18\ntags:\n  - \"clippings\"\n---\n# Story\n\nBody.\n"_ba
            << u"Story\nBody."_s << u"HP"_s << QStringList{u"Story"_s, u"2025-11-18"_s, u"https://news.example/story"_s, u""_s, u"Leah Barrow, Sam Eze"_s}
            << QString();
        QTest::newRow("a clipped picture's credit and caption, lines without a stop under it, go; a sentence under a picture and a line without a stop "
                      "elsewhere stay")
            << u"a.md"_s
            << "# Palisades fire grows\n\n![Flames](https://news.example/a.jpg)\n\nGetty Images\n\nFlames reached homes on Tuesday evening\n\nThe fire "
               "grew to 2,900 acres.\n\n![Crews](https://news.example/b.jpg)\n\nCrews worked through the night.\n\nMore updates to follow\n"_ba
            << u"Palisades fire grows\nThe fire grew to 2,900 acres.\nCrews worked through the night.\nMore updates to follow"_s << u"HPPP"_s << QStringList()
            << QString();
        QTest::newRow("a clipped page's headings over its dropped lists of links go; a heading over text stays")
            << u"a.md"_s
            << "# Palisades fire grows\n\nThe fire grew to 2,900 acres.\n\n## 'Like a war zone'\n\nA second fire broke out near Altadena.\n\n## Related "
               "Topics\n\n- [Wildfires](https://news.example/wildfires)\n\n## More on this story\n\n- [In maps](https://news.example/maps)\n"_ba
            << u"Palisades fire grows\nThe fire grew to 2,900 acres.\n'Like a war zone'\nA second fire broke out near Altadena."_s << u"HPHP"_s << QStringList()
            << QString();
        QTest::newRow("a read-later export: the title as a YAML block scalar, the site's name and the publication date by their keys, not the day saved")
            << u"a.md"_s
            << "---\nid: 7d1c6a52\ntitle: |\n  Altadena families count\n  what the fire took\nauthor: Imani Brooks\ndate_saved: 2025-01-20T18:22:05.000Z\n"
               "date_published: 2025-01-18T13:00:00.000Z\nsite_name: The Sunday Review\nurl: https://news.example/altadena\n---\n\nMany families lived "
               "in the west of town.\n"_ba
            << u"Altadena families count what the fire took\nMany families lived in the west of town."_s << u"HP"_s
            << QStringList{u"Altadena families count what the fire took"_s, u"2025-01-18"_s, u"https://news.example/altadena"_s, u"The Sunday Review"_s,
                   u"Imani Brooks"_s}
            << QString();
        QTest::newRow("near miss: a title that opens with a bar is no block scalar")
            << u"a.md"_s << "---\ntitle: |Kyiv| talks resume\n---\n\nTalks resumed on Monday.\n"_ba << u"|Kyiv| talks resume\nTalks resumed on Monday."_s
            << u"HP"_s << QStringList{u"|Kyiv| talks resume"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("footnote marks and notes of a clipping dropped; a bracketed word and a caret kept")
            << u"a.md"_s
            << "# T\n\nHe promised to rebuild it within five years.[^1] Few believed him.[^note-2]\n\nThe index rose [sic] by 2^3 points.\n\n[^1]: He said it on 16 April 2019.\n\n[^note-2]: They had met in September.\n"_ba
            << u"T\nHe promised to rebuild it within five years. Few believed him.\nThe index rose [sic] by 2^3 points."_s << u"HPP"_s << QStringList()
            << QString();
        QTest::newRow("a page clipped to Markdown: the date line under the headline read and dropped; a byline the date runs on from names the writer alone")
            << u"a.md"_s << "# Steelmaker sues\n\nPublished: Jan 04, 2025, 08:15 AM SGT\n\nThe companies filed suit on Monday.\n\nThey called it unlawful.\n"_ba
            << u"Steelmaker sues\nThe companies filed suit on Monday.\nThey called it unlawful."_s << u"HPP"_s
            << QStringList{u"Steelmaker sues"_s, u"2025-01-04"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a clipped credit line in italics: outlet, date and byline read, the line dropped")
            << u"a.md"_s
            << "# Junta announces truce\n\n*Meridian Daily \xC2\xB7 April 2, 2025 \xC2\xB7 By Tomas Ekberg*\n\nThe truce runs until April 22.\n\nAid groups welcomed it.\n"_ba
            << u"Junta announces truce\nThe truce runs until April 22.\nAid groups welcomed it."_s << u"HPP"_s
            << QStringList{u"Junta announces truce"_s, u"2025-04-02"_s, u""_s, u"Meridian Daily"_s, u"Tomas Ekberg"_s} << QString();
        QTest::newRow("a byline and a date set apart by a bullet: read and dropped")
            << u"a.md"_s << "# Shelter opens\n\nBy Rosa Ketteridge \xE2\x80\xA2 February 11, 2025\n\nThe shelter opened on Monday.\n"_ba
            << u"Shelter opens\nThe shelter opened on Monday."_s << u"HP"_s
            << QStringList{u"Shelter opens"_s, u"2025-02-11"_s, u""_s, u""_s, u"Rosa Ketteridge"_s} << QString();
        QTest::newRow("a clipped byline with its date line on the next line: the two joined are a byline and a date alone, dropped")
            << u"a.md"_s << "# Storm cuts power\n\nBy Dana Hollis\nUpdated 7:31 PM EDT, 2024-07-14\n\nThousands lost power on Sunday.\n"_ba
            << u"Storm cuts power\nThousands lost power on Sunday."_s << u"HP"_s
            << QStringList{u"Storm cuts power"_s, u"2024-07-14"_s, u""_s, u""_s, u"Dana Hollis"_s} << QString();
        QTest::newRow("in Markdown a line that only opens with a date's label stays")
            << u"a.md"_s << "# Deal blocked\n\nPublished Jan 04, 2025, officials said.\n\nThe order came on Friday.\n"_ba
            << u"Deal blocked\nPublished Jan 04, 2025, officials said.\nThe order came on Friday."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a web clipper's copy: the site after the bar in its title is the outlet; a credited caption and a newsletter's promotion dropped")
            << u"a.md"_s
            << "---\ntitle: \"Two men arrested over Louvre jewel heist | The Meridian\"\nsource: \"https://www.themeridian.example/world/2025/oct/26/louvre\"\n"
               "published: 2025-10-26\n---\n![Police](https://i.themeridian.example/louvre.jpg)\n\nPolice officers outside the Louvre on Sunday. Photograph: "
               "Lena Ortiz/Reuters\n\nTwo men have been arrested, the Paris prosecutor said on Sunday.\n\nSign up to Headlines Europe\n\nFree weekly "
               "newsletter\n\nA digest of the morning's main headlines emailed direct to you every week day\n\n**Privacy Notice:** Newsletters may contain "
               "info about charities.\n\nafter newsletter promotion\n\nOne was detained at the airport.\n"_ba
            << u"Two men arrested over Louvre jewel heist\nTwo men have been arrested, the Paris prosecutor said on Sunday.\nOne was detained at the airport."_s
            << u"HPP"_s
            << QStringList{u"Two men arrested over Louvre jewel heist"_s, u"2025-10-26"_s, u"https://www.themeridian.example/world/2025/oct/26/louvre"_s,
                   u"The Meridian"_s, u""_s}
            << QString();
        QTest::newRow("near misses: a sentence asking to sign up and a caption-like sentence stay")
            << u"a.md"_s
            << "---\ntitle: \"Live | Storm Amy brings gusts of 90mph to Scotland\"\n---\nSign up to vote by Friday, officials urged.\n\nShe held up a photo. "
               "Photo: a family picture, she said.\n\nThe storm passed overnight.\n"_ba
            << u"Live | Storm Amy brings gusts of 90mph to Scotland\nSign up to vote by Friday, officials urged.\nShe held up a photo. Photo: a family "
               u"picture, she said.\nThe storm passed overnight."_s
            << u"HPPP"_s << QStringList{u"Live | Storm Amy brings gusts of 90mph to Scotland"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a web clipper's title: the site after the bar is the outlet")
            << u"a.md"_s
            << "---\ntitle: \"Two men arrested over Louvre jewel heist | The Meridian\"\n---\nTwo men have been arrested, the prosecutor said.\n"_ba
            << u"Two men arrested over Louvre jewel heist\nTwo men have been arrested, the prosecutor said."_s << u"HP"_s
            << QStringList{u"Two men arrested over Louvre jewel heist"_s, u""_s, u""_s, u"The Meridian"_s, u""_s} << QString();
        QTest::newRow("near miss: a title whose part after the bar is longer than before it stays whole")
            << u"a.md"_s << "---\ntitle: \"Live | Storm Amy brings gusts of 90mph to Scotland\"\n---\nThe storm passed overnight.\n"_ba
            << u"Live | Storm Amy brings gusts of 90mph to Scotland\nThe storm passed overnight."_s << u"HP"_s
            << QStringList{u"Live | Storm Amy brings gusts of 90mph to Scotland"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("list items") << u"a.md"_s << "# T\n\nIntro.\n\n- first item\n- second item\n\n1. numbered\n"_ba
                                    << u"T\nIntro.\nfirst item\nsecond item\nnumbered"_s << u"HPPPP"_s << QStringList() << QString();
        QTest::newRow("block quote") << u"a.md"_s << "# T\n\n> Quoted paragraph\n> goes on.\n\nAfter.\n"_ba << u"T\nQuoted paragraph goes on.\nAfter."_s
                                     << u"HPP"_s << QStringList() << QString();
        QTest::newRow("soft wrap joins") << u"a.md"_s << "# T\n\nLine one\nline two.\n"_ba << u"T\nLine one line two."_s << u"HP"_s << QStringList()
                                         << QString();
        QTest::newRow("images and raw html dropped") << u"a.md"_s << "# T\n\n![alt text](img.png)\n\nText <span>inline</span> here.\n"_ba
                                                     << u"T\nText inline here."_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("entities") << u"a.md"_s << "# T\n\nAT&amp;T &ldquo;quoted&rdquo; it&#8217;s &#x2014; done\n"_ba
                                  << u"T\nAT&T \u201Cquoted\u201D it\u2019s \u2014 done"_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("inline code") << u"a.md"_s << "# T\n\nUse `code` here.\n"_ba << u"T\nUse code here."_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("table rows") << u"a.md"_s << "# T\n\nIntro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"_ba << u"T\nIntro.\na b\n1 2"_s << u"HPPP"_s
                                    << QStringList() << QString();
        QTest::newRow("setext heading and hard break") << u"a.md"_s << "Title\n=====\n\nOne  \nTwo.\n"_ba << u"Title\nOne Two."_s << u"HP"_s
                                                       << QStringList{u"Title"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("first paragraph as headline") << u"a.md"_s << "First line para.\n\nSecond *para*.\n"_ba << u"First line para.\nSecond para."_s << u"HP"_s
                                                     << QStringList() << QString();
        const QByteArray longLine = QByteArray("This sentence is long. ").repeated(6);
        QTest::newRow("unwrapped long lines are paragraphs")
            << u"a.md"_s << "# T\n"_ba + longLine + "\n"_ba + longLine + "\n"_ba
            << u"T\n"_s + QString::fromLatin1(longLine.trimmed()) + u'\n' + QString::fromLatin1(longLine.trimmed()) << u"HPP"_s << QStringList() << QString();
        QTest::newRow("notes app: a callout is the reader's note; highlights and wiki links read as their words")
            << u"a.md"_s
            << "# T\n\n> [!note] Why I saved this\n> For the [[Boeing]] chapter.\n\nThe pilots ==landed safely== in [[Portland|the city]] later.\n\n"
               "Related: [[NTSB inquiry]] \xC2\xB7 [[FAA grounding]]\n"_ba
            << u"T\nThe pilots landed safely in the city later."_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("notes app near misses: a block quote, an equals sign, a bracketed word and a link in a sentence stay")
            << u"a.md"_s
            << "# T\n\n> [Applause] The plan works, she said.\n\nThe rule x == y holds [sic] and [[Portland]] grew, as the [[census]] showed in its long report.\n"_ba
            << u"T\n[Applause] The plan works, she said.\nThe rule x == y holds [sic] and Portland grew, as the census showed in its long report."_s << u"HPP"_s
            << QStringList() << QString();
        QTest::newRow("Notion export: the properties under the headline give the address and, failing a date line, the day")
            << u"a.md"_s
            << "# Jets grounded\n\nCreated: January 6, 2024 10:14 AM\nTags: aviation, boeing\nURL: https://wire.example/jets\n\nThe agency grounded 171 jets.\n"_ba
            << u"Jets grounded\nThe agency grounded 171 jets."_s << u"HP"_s
            << QStringList{u"Jets grounded"_s, u"2024-01-06"_s, u"https://wire.example/jets"_s, u""_s, u""_s} << QString();
        QTest::newRow("Notion near miss: key lines without Notion's own properties stay in the text")
            << u"a.md"_s << "# Jets grounded\n\nNote: figures are provisional.\nSource: agency statement.\n\nThe agency grounded 171 jets.\n"_ba
            << u"Jets grounded\nNote: figures are provisional. Source: agency statement.\nThe agency grounded 171 jets."_s << u"HPP"_s << QStringList()
            << QString();
        QTest::newRow("title only") << u"a.md"_s << "# Only a title\n"_ba << QString() << QString() << QStringList() << u"no article text found"_s;
        QTest::newRow("empty markdown") << u"a.md"_s << "\n\n"_ba << QString() << QString() << QStringList() << u"empty file"_s;
        QTest::newRow("sniffed markdown") << u"story"_s << "# Heading\n\nText with **bold**.\n"_ba << u"Heading\nText with bold."_s << u"HP"_s << QStringList()
                                          << QString();
    }
    void readsMarkdown() { checkRow(); }

    void readsHtml_data()
    {
        addColumns();
        QTest::newRow("news page with metadata")
            << u"page.html"_s << dataFile(u"metadata-page.html"_s)
            << u"Envoy coached Kremlin aide\nThe call took place on October 14.\nWitkoff told Ushakov what to say.\nWhat comes next\nTalks continue."_s
            << u"HPPHP"_s << QStringList{u"Envoy coached Kremlin aide"_s, u"2025-11-26"_s, u"https://planet.example/envoy"_s, u"Daily Planet"_s, u"Jane Doe"_s}
            << QString();
        QTest::newRow("a credit line of outlet, date and byline in a page's text: read and dropped")
            << u"page.html"_s
            << R"(<html><body><article><h1>Junta announces truce</h1><p><em>Meridian Daily &middot; April 2, 2025 &middot; By Tomas Ekberg</em></p>
<p>The truce runs until April 22, state television said on Wednesday.</p></article></body></html>)"_ba
            << u"Junta announces truce\nThe truce runs until April 22, state television said on Wednesday."_s << u"HP"_s
            << QStringList{u"Junta announces truce"_s, u"2025-04-02"_s, u""_s, u"Meridian Daily"_s, u"Tomas Ekberg"_s} << QString();
        QTest::newRow("site name after the headline in the title; the byline and date line read and dropped")
            << u"page.html"_s << R"(<html><head><title>Ministers agree quota deal - Harbour Times</title></head><body><div class="story">
<h1>Ministers agree quota deal</h1><p>By Ines Carvalho | 12 December 2025</p>
<p>Fisheries ministers reached a deal early on Friday after nearly 20 hours of talks, officials said.</p></div></body></html>)"_ba
            << u"Ministers agree quota deal\nFisheries ministers reached a deal early on Friday after nearly 20 hours of talks, officials said."_s << u"HP"_s
            << QStringList{u"Ministers agree quota deal"_s, u"2025-12-12"_s, u""_s, u"Harbour Times"_s, u"Ines Carvalho"_s} << QString();
        QTest::newRow("text set straight in a box with line breaks between its paragraphs beats a sidebar's few paragraphs")
            << u"page.html"_s
            << R"(<html><head><title>Harbour wall repairs begin</title></head><body><div id="sidebar"><p>Subscribe to our weekly bulletin for all the )"
               R"(harbour news.</p><p>Advertise with us and reach 20,000 readers.</p></div><div id="main"><div class="text">Repairs to the harbour wall )"
               R"(began on Monday, six months after waves tore a hole in it.<br><br>The work is expected to take until the autumn, the trust said.<br><br>)"
               R"(Boats will use the inner harbour throughout.</div></div></body></html>)"_ba
            << u"Harbour wall repairs begin\nRepairs to the harbour wall began on Monday, six months after waves tore a hole in it.\nThe work is expected to "
               u"take "
               u"until the autumn, the trust said.\nBoats will use the inner harbour throughout."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("near miss: an address set with line breaks beside the story's paragraphs is no story")
            << u"page.html"_s
            << R"(<html><head><title>Harbour wall repairs begin</title></head><body><div id="story"><p>Repairs to the harbour wall began on Monday, six )"
               R"(months after waves tore a hole in it.</p><p>The work is expected to take until the autumn, the trust said.</p></div><div class="contact">)"
               R"(Harbour Trust<br>1 Quay Street<br>Porthlew</div></body></html>)"_ba
            << u"Harbour wall repairs begin\nRepairs to the harbour wall began on Monday, six months after waves tore a hole in it.\nThe work is expected to "
               u"take "
               u"until the autumn, the trust said."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a page named only in <title>: the site's name after the bar is the outlet")
            << u"page.html"_s
            << R"(<html><head><title>Harbour wall repairs begin | Coastway News</title></head><body><div class="story"><p>Repairs to the harbour wall began )"
               R"(on Monday.</p><p>The work will take until the autumn.</p></div></body></html>)"_ba
            << u"Harbour wall repairs begin\nRepairs to the harbour wall began on Monday.\nThe work will take until the autumn."_s << u"HPP"_s
            << QStringList{u"Harbour wall repairs begin"_s, u""_s, u""_s, u"Coastway News"_s, u""_s} << QString();
        QTest::newRow("no article element: most paragraph text wins")
            << u"page.htm"_s << R"(<html><head><title>Storm hits coast - Coast News</title></head><body>
<div class="sidebar"><p>Short teaser.</p></div>
<div id="story"><p>The storm made landfall early on Thursday with strong winds.</p><p>Thousands of homes lost power overnight.</p></div>
<div><p>Another teaser.</p></div></body></html>)"_ba
            << u"Storm hits coast - Coast News\nThe storm made landfall early on Thursday with strong winds.\nThousands of homes lost power overnight."_s
            << u"HPP"_s << QStringList{u"Storm hits coast - Coast News"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("JSON-LD date, title suffix stripped")
            << u"page.html"_s << dataFile(u"jsonld-page.html"_s) << u"Rates held\nThe bank held rates on Thursday."_s << u"HP"_s
            << QStringList{u"Rates held"_s, u"2025-03-14"_s, u""_s, u"Wire Service"_s, u"Ann Lee"_s} << QString();
        QTest::newRow("time element date, h1 title") << u"page.html"_s
                                                     << R"(<html><body><article><h1>Court rules on rentals</h1><time datetime="2025-01-10T09:00">Jan 10</time>
<p>The court struck down the ban.</p></article></body></html>)"_ba
                                                     << u"Court rules on rentals\nThe court struck down the ban."_s << u"HP"_s
                                                     << QStringList{u"Court rules on rentals"_s, u"2025-01-10"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("dateline and author bio dropped, a time in a sentence kept")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><time datetime="2025-11-26T07:30Z">Wed 26 Nov 2025 07.30 GMT</time>
<p>The vote was held on <time datetime="2025-11-25">Tuesday</time> in the Commons.</p>
<p>Ministers had spent the weekend calling wavering backbenchers, and the whips expected a comfortable majority by Monday night.</p>
<div class="author-bio"><p>Hannah Groves is the paper's Washington correspondent.</p></div></article></body></html>)"_ba
            << u"T\nThe vote was held on Tuesday in the Commons.\nMinisters had spent the weekend calling wavering backbenchers, and the whips expected a comfortable majority by Monday night."_s
            << u"HPP"_s << QStringList{u"T"_s, u"2025-11-26"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("site blocks named by data-component; a byline box without By")
            << u"page.html"_s << R"(<html><head><meta name="author" content="Aled Morgan"><title>T</title></head><body><article>
<div data-component="byline-block"><div><span>Aled Morgan</span><span>Transport correspondent</span></div></div>
<address><a rel="author" href="/p">Aled Morgan</a> Transport correspondent</address>
<div data-component="text-block"><p>The bridge was shut at 22:00 on Sunday after engineers found cracks in its main span.</p></div>
<div data-component="links-block"><h2>Related topics</h2><ul><li><a href="/a">Roads</a></li></ul></div>
<div data-component="tag-list" class="tags"><span>Bridges</span> <span>Wales</span></div>
<div data-component="text-block"><p>Drivers face a diversion of up to 40 minutes.</p></div></article></body></html>)"_ba
            << u"T\nThe bridge was shut at 22:00 on Sunday after engineers found cracks in its main span.\nDrivers face a diversion of up to 40 minutes."_s
            << u"HPP"_s << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Aled Morgan"_s} << QString();
        QTest::newRow("a byline box that says By stays")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><div class="byline">By <a href="/p">Priya Raman</a>, Transport correspondent</div>
<p>Trains stopped for three hours on Thursday after a signal fault near the main station.</p></article></body></html>)"_ba
            << u"T\nBy Priya Raman, Transport correspondent\nTrains stopped for three hours on Thursday after a signal fault near the main station."_s
            << u"HPP"_s << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Priya Raman"_s} << QString();
        QTest::newRow("script-drawn page: the text from JSON-LD articleBody")
            << u"page.html"_s << R"(<html><head><title>Port strike ends | Coastline Post</title><script type="application/ld+json">{"@type":"NewsArticle",
"headline":"Port strike ends","articleBody":"Dock workers returned to work on Thursday.\n\nThe strike began on November 3."}</script></head>
<body><div id="root"><noscript>You need to enable JavaScript to run this app.</noscript></div></body></html>)"_ba
            << u"Port strike ends\nDock workers returned to work on Thursday.\nThe strike began on November 3."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a short articleBody does not replace the page's text")
            << u"page.html"_s
            << R"(<html><head><title>T</title><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"Dock workers returned."}</script>
</head><body><article><p>Dock workers at the port returned to work on Thursday after accepting a pay offer.</p></article></body></html>)"_ba
            << u"T\nDock workers at the port returned to work on Thursday after accepting a pay offer."_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("entities decoded")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><p>AT&amp;T said &ldquo;no&rdquo;&nbsp;today &#8212; twice.</p></article></body></html>)"_ba
            << u"T\nAT&T said \u201Cno\u201D today \u2014 twice."_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("ads and newsletter boxes dropped")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><p>First paragraph of the story, long enough to matter here.</p>
<div class="ad-slot">Buy now</div><div class="newsletter-signup"><p>Sign up for our newsletter.</p></div>
<div class="related-links"><ul><li>Other story</li></ul></div><p>Second paragraph of the story, also long enough.</p></article></body></html>)"_ba
            << u"T\nFirst paragraph of the story, long enough to matter here.\nSecond paragraph of the story, also long enough."_s << u"HPP"_s << QStringList()
            << QString();
        QTest::newRow("link lists and furniture dropped")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><p>The first paragraph has <a href="a">one link</a> in a long sentence.</p>
<p>ADVERTISEMENT</p><p><a href="b">Read the full statement</a></p><ul><li><a href="c">Another story</a></li><li><a href="d">A third story</a></li></ul>
<p>Story continues below advertisement</p><p>The second paragraph.</p></article></body></html>)"_ba
            << u"T\nThe first paragraph has one link in a long sentence.\nThe second paragraph."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("where an advertisement broke the story, the page's note to read on dropped; a sentence on reading on kept")
            << u"page.html"_s
            << R"(<html><head><title>Controllers warned</title></head><body><article><h1>Controllers warned</h1><p>One controller handled both kinds of )"
               R"(traffic on Wednesday night.</p><div><p>Continue reading the main story</p></div><p>All 67 people aboard were killed.</p><div><p>Article )"
               R"(continues below advertisement</p></div><p>The union said it would continue reading the report.</p></article></body></html>)"_ba
            << u"Controllers warned\nOne controller handled both kinds of traffic on Wednesday night.\nAll 67 people aboard were killed.\nThe union said it "
               u"would continue reading the report."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("a page's buttons in blocks of their own, as a copied page's text shows them, dropped; a sentence opening alike kept")
            << u"page.html"_s
            << R"(<html><head><title>Storm cuts power</title></head><body><article><h1>Storm cuts power</h1><p>More than 100,000 homes lost power on )"
               R"(Friday.</p><div>ADVERTISEMENT - SCROLL TO CONTINUE</div><p>ScotRail suspended its services.</p><div><span>Story continues</span></div>)"
               R"(<p>Share prices of the network operator fell.</p><div>Facebook</div></article></body></html>)"_ba
            << u"Storm cuts power\nMore than 100,000 homes lost power on Friday.\nScotRail suspended its services.\nShare prices of the network operator fell."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("listening time dropped")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><p>The first paragraph.</p><div class="audio">Listen (3:12)</div>
<p>Listen to this article &middot; 4 min</p><p>The second paragraph.</p></article></body></html>)"_ba
            << u"T\nThe first paragraph.\nThe second paragraph."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("hidden elements dropped")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><p>Visible text.</p><p style="display: none">Hidden text.</p>
<div aria-hidden="true">Icon label</div><p hidden>Also hidden.</p></article></body></html>)"_ba
            << u"T\nVisible text."_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("line breaks and lists")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><div>One.<br><br>Two.</div><ul><li>Item a</li><li>Item <em>b</em></li></ul></article></body></html>)"_ba
            << u"T\nOne.\nTwo.\nItem a\nItem b"_s << u"HPPPP"_s << QStringList() << QString();
        QTest::newRow("wrapper with noisy class keeps article")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><div class="story-body share-tools-wrapper"><p>The whole story is inside this wrapper.</p><p>More of it.</p></div></article></body></html>)"_ba
            << u"T\nThe whole story is inside this wrapper.\nMore of it."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("articleBody beats teaser articles")
            << u"page.html"_s << R"(<html><head><meta property="og:title" content="Main story"></head><body>
<article><p>Teaser one for another story.</p></article>
<div itemprop="articleBody"><p>The real story text.</p><p>It continues here.</p></div></body></html>)"_ba
            << u"Main story\nThe real story text.\nIt continues here."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("writer from the page's author box; a call-to-action card dropped")
            << u"page.html"_s << R"(<html><head><title>Land plan rejected</title></head><body><article><h1>Land plan rejected</h1>
<div class="article-byline"><h4 class="author-name"><a href="/author/o/">Oksana Hrytsenko</a></h4></div>
<section class="gh-content"><p>The president spoke on Friday.</p><div class="kg-card kg-cta-card"><p>Support us. Become a member.</p></div>
<p>He named a delegation.</p></section></article></body></html>)"_ba
            << u"Land plan rejected\nThe president spoke on Friday.\nHe named a delegation."_s << u"HPP"_s
            << QStringList{u"Land plan rejected"_s, u""_s, u""_s, u""_s, u"Oksana Hrytsenko"_s} << QString();
        QTest::newRow("writers from rel=author links, joined")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><p class="byline">By <a rel="author" href="/a">Jane Doe</a> and <a rel="author nofollow" href="/b">Omar Haddad</a></p>
<p>Talks resumed on Monday.</p></article></body></html>)"_ba
            << u"T\nTalks resumed on Monday."_s << u"HP"_s << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Jane Doe, Omar Haddad"_s} << QString();
        QTest::newRow("blog post: the hCard author, not the commenter")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><div class="entry-meta">Posted on 22 November 2025 by <span class="author vcard"><a class="url fn n" href="/m">Marta Kovacs</a></span></div>
<div class="entry-content"><p>Talks resumed on Monday in Geneva after a week of delays.</p></div></article>
<div class="comments"><div class="comment-author vcard"><b class="fn">Reader Joe</b></div></div></body></html>)"_ba
            << u"T\nTalks resumed on Monday in Geneva after a week of delays."_s << u"HP"_s
            << QStringList{u"T"_s, u"2025-11-22"_s, u""_s, u""_s, u"Marta Kovacs"_s} << QString();
        QTest::newRow("a blog's footer card 'Posted by' with the writer's formatted name (hCard 'fn') names the writer; a commenter's card does not")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><div class="post"><div class="post-body"><p>Talks resumed on Monday in Geneva after a week of )"
               R"(delays.</p></div><div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Eleri Vaughan</span></span></div></div>)"
               R"(<div class="comments"><div class="comment-author vcard"><b class="fn">Reader Joe</b></div></div></body></html>)"_ba
            << u"T\nTalks resumed on Monday in Geneva after a week of delays."_s << u"HP"_s << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Eleri Vaughan"_s}
            << QString();
        QTest::newRow("live blog: posts as sibling articles are one feed")
            << u"page.html"_s << R"(<html><head><title>Live: talks in Geneva</title></head><body><div id="liveblog-body">
<article class="block"><header><time datetime="2025-11-23T12:00:00Z">12.00 GMT</time></header><p>Delegations arrived at the mission this morning.</p><p>Talks began at noon.</p></article>
<article class="block"><header><time datetime="2025-11-23T10:00:00Z">10.00 GMT</time><h2>Rubio lands</h2></header><p>The secretary of state landed in Geneva.</p></article>
<article class="block"><p>Welcome to our coverage of the talks.</p></article></div></body></html>)"_ba
            << u"Live: talks in Geneva\nDelegations arrived at the mission this morning.\nTalks began at noon.\nRubio lands\nThe secretary of state landed in Geneva.\nWelcome to our coverage of the talks."_s
            << u"HPPHPP"_s << QStringList() << QString();
        QTest::newRow("a story's article beside teaser articles stays alone")
            << u"page.html"_s << R"(<html><head><title>Talks in Geneva</title></head><body><main>
<article><p>Delegations from both countries arrived at the mission in Geneva this morning for a second day of talks.</p><p>The talks began at noon and ran late into the evening, officials said.</p></article>
<article><p>Other story one.</p></article><article><p>Other story two.</p></article></main></body></html>)"_ba
            << u"Talks in Geneva\nDelegations from both countries arrived at the mission in Geneva this morning for a second day of talks.\nThe talks began at noon and ran late into the evening, officials said."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("the writer's note and the print note at the page's foot go")
            << u"page.html"_s << R"(<html><head><title>T</title><meta name="byl" content="By Alex Marin"></head><body><article><p>Talks resumed on Monday.</p>
<div class="bottom"><p>Alex Marin covers the White House. More about Alex Marin</p><p>A version of this article appears in print on Nov. 26, 2025, Section A, Page 1 of the New York edition.</p></div></article></body></html>)"_ba
            << u"T\nTalks resumed on Monday."_s << u"HP"_s << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Alex Marin"_s} << QString();
        QTest::newRow("a heading over a dropped list of links at the foot goes")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><p>Talks resumed on Monday.</p><h2>Read Next</h2><ul><li><a href="/x">Other story</a></li></ul></article></body></html>)"_ba
            << u"T\nTalks resumed on Monday."_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("an author box holding a biography names no writer")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><p>Talks resumed on Monday.</p>
<div class="author-name-bio">Jane Doe covers diplomacy from Brussels for the paper since 2019.</div></article></body></html>)"_ba
            << u"T\nTalks resumed on Monday.\nJane Doe covers diplomacy from Brussels for the paper since 2019."_s << u"HPP"_s
            << QStringList{u"T"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("windows-1252 page") << u"page.html"_s << "<html><head><title>T</title></head><body><p>\x93Hi\x94 caf\xe9.</p></body></html>"_ba
                                           << u"T\n\u201CHi\u201D caf\u00E9."_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("no article text") << u"page.html"_s << "<html><head><title>Home</title></head><body><nav>Home</nav><script>x()</script></body></html>"_ba
                                         << QString() << QString() << QStringList() << u"no article text found"_s;
        QTest::newRow("sniffed html") << u"download"_s << "<!DOCTYPE html><html><head><title>T</title></head><body><p>Text.</p></body></html>"_ba
                                      << u"T\nText."_s << u"HP"_s << QStringList() << QString();
    }
    void readsHtml() { checkRow(); }

    // Pages as users save them from the browser: each row a piece of page furniture that must
    // go and, beside it, a near miss that must stay.
    void readsSavedNewsPages_data()
    {
        addColumns();
        QTest::newRow("a Next.js page whose story is only in __NEXT_DATA__: its paragraph blocks, headline, date and writer")
            << u"page.html"_s << dataFile(u"nextjs-page.html"_s)
            << u"Supplier under scrutiny\nThe supplier came under pressure on Wednesday.\nIts shares have fallen by a fifth."_s << u"HPP"_s
            << QStringList{u"Supplier under scrutiny"_s, u"2024-01-10"_s, u"https://daily.example/supplier"_s, u"Example Daily"_s, u"Lena Brooks"_s}
            << QString();
        QTest::newRow("rich-text runs in __NEXT_DATA__")
            << u"page.html"_s << dataFile(u"nextjs-rich-text.html"_s) << u"T\nThe first run and the second.\nAnother paragraph of the story."_s << u"HPP"_s
            << QStringList() << QString();
        QTest::newRow("a page that prints its story keeps it over the few words in its __NEXT_DATA__")
            << u"page.html"_s << dataFile(u"nextjs-printed-page.html"_s) << u"T\nThe printed story is the one the page shows to its readers today."_s << u"HP"_s
            << QStringList() << QString();
        QTest::newRow("the date beside the name in a dropped byline box is the article's")
            << u"page.html"_s
            << R"(<html><head><title>Deal struck</title></head><body><article><h1>Deal struck</h1><div class="byline-wrap"><span class="byline">News Desk</span> / <span>Updated: Nov 24, 2024, 09:12 IST</span></div>
<p>The deal was struck on Sunday after two weeks of talks.</p></article></body></html>)"_ba
            << u"Deal struck\nThe deal was struck on Sunday after two weeks of talks."_s << u"HP"_s
            << QStringList{u"Deal struck"_s, u"2024-11-24"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a UTC stamp a day behind the printed date gives the printed day")
            << u"page.html"_s
            << R"(<html><head><title>Deal struck</title><meta property="article:published_time" content="2024-11-23T20:03:00Z"></head><body><article><h1>Deal struck</h1>
<p>Posted <time datetime="2024-11-23T20:03:00.000Z">Sun 24 Nov 2024 at 6:03am</time></p><p>The deal was struck on Sunday after two weeks of talks.</p></article></body></html>)"_ba
            << u"Deal struck\nThe deal was struck on Sunday after two weeks of talks."_s << u"HP"_s
            << QStringList{u"Deal struck"_s, u"2024-11-24"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a printed time without a date, or a date days away, leaves the stamp")
            << u"page.html"_s << R"(<html><head><title>Deal struck</title></head><body><article><h1>Deal struck</h1>
<p>Posted <time datetime="2024-11-23T20:03:00.000Z">6:03am</time></p><p>The deal was struck on <time datetime="2024-11-20">Nov 20, 2024</time> after two weeks of talks.</p></article></body></html>)"_ba
            << u"Deal struck\nThe deal was struck on Nov 20, 2024 after two weeks of talks."_s << u"HP"_s
            << QStringList{u"Deal struck"_s, u"2024-11-23"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("an outlet's credit to the agencies and its calls to follow it dropped at the foot")
            << u"page.html"_s << R"(<html><head><title>Deal struck</title></head><body><article><h1>Deal struck</h1>
<p>The deal was struck on Sunday after two weeks of talks.</p><div class="also-read"><strong>Also Read</strong><ul><li><a href="/a">Smog returns to the capital</a></li></ul></div>
<p>Delegates left the hall before dawn.</p><p>(With inputs from agencies)</p>
<p>Catch all the World News, Breaking News Events and Latest News Updates on The Daily Example.</p>
<p>Download The Daily Example App to Get Daily Market Updates &amp; Live Business News.</p></article></body></html>)"_ba
            << u"Deal struck\nThe deal was struck on Sunday after two weeks of talks.\nDelegates left the hall before dawn."_s << u"HPP"_s << QStringList()
            << QString();
        QTest::newRow("closing sentences that only open like credits or calls stay")
            << u"page.html"_s << R"(<html><head><title>Deal struck</title></head><body><article><h1>Deal struck</h1>
<p>The deal was struck on Sunday after two weeks of talks.</p><p>Agencies said the figure was higher.</p>
<p>Download speeds on the new app doubled last year.</p><p>Follow the money, the auditor said.</p></article></body></html>)"_ba
            << u"Deal struck\nThe deal was struck on Sunday after two weeks of talks.\nAgencies said the figure was higher.\nDownload speeds on the new app doubled last year.\nFollow the money, the auditor said."_s
            << u"HPPPP"_s << QStringList() << QString();
        QTest::newRow("AMP ad slot and sidebar dropped; amp-fit-text kept")
            << u"page.html"_s
            << R"(<html amp><head><title>T</title></head><body><amp-sidebar id="m" layout="nodisplay"><ul><li>Home</li><li>World</li></ul></amp-sidebar>
<div class="body"><p>The column stopped about 200 kilometres from Moscow on Saturday evening.</p>
<amp-ad width="300" height="250" type="doubleclick"><div placeholder>Advertisement</div><div fallback>Ad failed to load</div></amp-ad>
<amp-fit-text width="300" height="40">Fighters returned to their camps overnight.</amp-fit-text><p>The deal was announced by Minsk.</p></div></body></html>)"_ba
            << u"T\nThe column stopped about 200 kilometres from Moscow on Saturday evening.\nFighters returned to their camps overnight.\nThe deal was announced by Minsk."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("pull quote repeating the text dropped; a quoted statement kept")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article>
<p>"You are punished later, when everyone has stopped watching," the researcher said.</p>
<blockquote><p>&ldquo;You are punished later, when everyone has stopped watching.&rdquo;</p></blockquote>
<p class="pull-quote">the researcher said</p>
<p>The ministry issued a statement on Monday.</p><blockquote><p>The investigation will take as long as it needs to take.</p></blockquote></article></body></html>)"_ba
            << u"T\n\"You are punished later, when everyone has stopped watching,\" the researcher said.\nThe ministry issued a statement on Monday.\nThe investigation will take as long as it needs to take."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("notices around an embedded post dropped; the post and a sentence on the post-war order kept")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><p>The analyst wrote on X on Saturday evening.</p>
<p>Skip twitter post by Lena Fairbank</p><p>Allow Twitter content? This article contains content provided by Twitter. We ask for your permission before anything is loaded. Accept and continue</p>
<blockquote class="twitter-tweet"><p>Almost nobody tried to stop the convoy.</p></blockquote><p>End of twitter post by Lena Fairbank</p>
<p>End of the post-war order, the minister called it.</p><p>Please turn on JavaScript to use this feature</p></article></body></html>)"_ba
            << u"T\nThe analyst wrote on X on Saturday evening.\nAlmost nobody tried to stop the convoy.\nEnd of the post-war order, the minister called it."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("a box of links between paragraphs goes with its heading; a section heading stays")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><p>Fighters took the headquarters in Rostov-on-Don early on Saturday.</p>
<div class="story-rail"><h4>More on this story</h4><ul><li><a href="/a">Who is the Wagner chief?</a></li><li><a href="/b">What is Wagner?</a></li></ul></div>
<div class="part"><h2>The deal</h2><p>The column turned back in the evening.</p></div></article></body></html>)"_ba
            << u"T\nFighters took the headquarters in Rostov-on-Don early on Saturday.\nThe deal\nThe column turned back in the evening."_s << u"HPHP"_s
            << QStringList() << QString();
        QTest::newRow("labels above the headline dropped; a byline there stays")
            << u"page.html"_s
            << R"(<html><head><title>Mutiny ends | Site</title></head><body><main><span class="kicker">Russia</span><span class="badge">Live</span>
<p>By Jane Doe</p><h1>Mutiny ends</h1><p>The column turned back on Saturday evening.</p></main></body></html>)"_ba
            << u"Mutiny ends\nBy Jane Doe\nThe column turned back on Saturday evening."_s << u"HPP"_s
            << QStringList{u"Mutiny ends"_s, u""_s, u""_s, u"Site"_s, u"Jane Doe"_s} << QString();
        QTest::newRow("a who-and-when line with a time dropped; a sentence with a time kept, a By line of a name and a date dropped")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article>
<div class="story-meta"><span>Global Wire</span> <span>Marta Lindqvist</span> <time datetime="2023-06-24T11:42:00Z">Sat 24 Jun 2023, 12:42 pm</time></div>
<p>By Tom Hale, <time datetime="2023-06-24">June 24, 2023</time></p>
<p>The address was broadcast at <time datetime="2023-06-24T10:00">10am</time> on Saturday.</p></article></body></html>)"_ba
            << u"T\nThe address was broadcast at 10am on Saturday."_s << u"HP"_s << QStringList{u"T"_s, u"2023-06-24"_s, u""_s, u""_s, u"Tom Hale"_s}
            << QString();
        QTest::newRow("the wire's credits and the desk's note at the foot go; a sentence on reporting stays")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><p>The plane came down near Kuzhenkino.</p>
<p>Reporting by local media suggested the plane broke up in the air.</p><p>Tom Hale in London contributed to this report.</p>
<p>(Reporting by Marta Lindqvist; editing by Tom Barrett)</p></article></body></html>)"_ba
            << u"T\nThe plane came down near Kuzhenkino.\nReporting by local media suggested the plane broke up in the air."_s << u"HPP"_s << QStringList()
            << QString();
        QTest::newRow("a wire page's foot: the correction note, the note on a writer named in capitals by surname, then the desk's note go")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><p>By <a href="/a/kh">KAREN HOLLOWAY</a></p>
<p>LOS ANGELES (AW) &#8212; A new fire broke out on Thursday afternoon in West Hills.</p>
<p>Associated writer Paul Reyes in Pasadena contributed to this report.</p>
<p><em>This story has been corrected to show that the fire broke out Thursday afternoon, not Thursday morning.</em></p>
<p>Holloway covers California for Allied Wire.</p></article></body></html>)"_ba
            << u"T\nLOS ANGELES (AW) \u2014 A new fire broke out on Thursday afternoon in West Hills."_s << u"HP"_s
            << QStringList{u"T"_s, u""_s, u""_s, u"AW"_s, u"Karen Holloway"_s} << QString();
        QTest::newRow("an earlier version's note and a dated correction go wherever they stand; a sentence on the story's telling stays")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article>
<p>An earlier version of this article misstated the size of the Eaton fire.</p><p>The Eaton fire has burned 14,000 acres.</p>
<p>A correction was made on Jan. 10, 2025: An earlier version misstated the day the fire began.</p>
<p>This story has been told in every church hall in Altadena this week, the pastor said.</p></article></body></html>)"_ba
            << u"T\nThe Eaton fire has burned 14,000 acres.\nThis story has been told in every church hall in Altadena this week, the pastor said."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a paragraph that calls to follow the outlet's coverage at its address goes; a sentence that opens on Follow stays")
            << u"page.html"_s
            << "<html><head><title>T</title></head><body><article><p>The fire burned 799 acres near Sylmar.</p><p>Follow "
               "AW&#8217;s coverage of the wildfires at <a href=\"https://alliedwire.example/hub/wildfires\">https://alliedwire.example/hub/wildfires</a>"
               "</p><p>Follow the road north past the reservoir and every house is gone, residents said.</p><p>The cause is under investigation.</p>"
               "<p>Schools reopened on Monday.</p><p>Crews stayed overnight.</p></article></body></html>"_ba
            << u"T\nThe fire burned 799 acres near Sylmar.\nFollow the road north past the reservoir and every house is gone, residents said.\nThe cause "
               u"is under investigation.\nSchools reopened on Monday.\nCrews stayed overnight."_s
            << u"HPPPPP"_s << QStringList() << QString();
        QTest::newRow("a page that declares itself a live blog reads all its posts though one outweighs the rest; the posts' stamps go")
            << u"page.html"_s
            << R"(<html><head><title>Fires live</title><script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Fires live"}</script>)"
               R"(</head><body><main><h1>Fires live</h1><div class="feed"><article><header><time datetime="2025-01-11T20:02:00Z">2h ago</time>)"
               R"(<span>12.02 PST</span></header><p>Officials ordered residents of parts of Brentwood to leave as the fire pushed east into Mandeville )"
               R"(Canyon on Saturday afternoon.</p><p>The wind shifted and the fire came over the ridge, the battalion chief said.</p></article>)"
               R"(<article><header><time datetime="2025-01-11T18:30:00Z">3h ago</time></header><p>Helicopters are making water drops.</p></article>)"
               R"(<article><p><time datetime="2025-01-11">Saturday</time> brought the first calm morning in days.</p></article></div></main></body></html>)"_ba
            << u"Fires live\nOfficials ordered residents of parts of Brentwood to leave as the fire pushed east into Mandeville Canyon on Saturday "
               u"afternoon.\nThe wind shifted and the fire came over the ridge, the battalion chief said.\nHelicopters are making water drops.\nSaturday "
               u"brought the first calm morning in days."_s
            << u"HPPPP"_s << QStringList() << QString();
        QTest::newRow("near miss: a story's <article> beside short teasers, on a page that declares no live blog, is the story alone")
            << u"page.html"_s
            << R"(<html><head><title>Fire contained</title></head><body><main><h1>Fire contained</h1><div class="feed"><article><p>The Hurst fire was )"
               R"(fully contained on Wednesday, fire officials said.</p><p>It burned about 799 acres north of the 210 Freeway.</p></article>)"
               R"(<article><p>Road reopens.</p></article><article><p>Schools reopen.</p></article></div></main></body></html>)"_ba
            << u"Fire contained\nThe Hurst fire was fully contained on Wednesday, fire officials said.\nIt burned about 799 acres north of the 210 Freeway."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("the writer's line with a day but no year under the headline goes; a line of the writer's name and a street stays")
            << u"page.html"_s
            << R"(<html><head><title>T</title><meta name="author" content="Lena Park"></head><body><article><p>Lena Park Jan 14</p>)"
               R"(<p>We left at midnight.</p><p>Lena Park Road 14</p><p>The house still stands.</p></article></body></html>)"_ba
            << u"T\nWe left at midnight.\nLena Park Road 14\nThe house still stands."_s << u"HPPP"_s << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Lena Park"_s}
            << QString();
        QTest::newRow("no metadata: headline and date from the lines above the text")
            << u"page.html"_s << R"(<html><head><title>Border Monitor - Lukashenko confirms Prigozhin is in Belarus</title></head><body>
<div class="left"><p><a href="/n/1">Minsk opens talks on grain transit, 12 June 2023</a></p></div><div class="main">
<div class="pg-head">Lukashenko confirms Prigozhin is in Belarus</div><div class="pg-info">Posted: 27 June 2023 09:12 | Author: Pavel Hrycak</div>
<div class="txt"><p>The Belarusian president said on Tuesday that the Wagner chief had arrived in the country.</p>
<p>The criminal case against the mutineers was closed.</p></div></div></body></html>)"_ba
            << u"Lukashenko confirms Prigozhin is in Belarus\nThe Belarusian president said on Tuesday that the Wagner chief had arrived in the country.\nThe criminal case against the mutineers was closed."_s
            << u"HPP"_s << QStringList{u"Lukashenko confirms Prigozhin is in Belarus"_s, u"2023-06-27"_s, u""_s, u"Border Monitor"_s, u""_s} << QString();
        QTest::newRow("no metadata, no such line: the title as written, no date")
            << u"page.html"_s << R"(<html><head><title>Border Monitor - Lukashenko confirms Prigozhin is in Belarus</title></head><body>
<div class="left"><p><a href="/n/1">Minsk opens talks on grain transit, 12 June 2023</a></p></div>
<div class="txt"><p>The Belarusian president said on Tuesday that the Wagner chief had arrived in the country.</p>
<p>The criminal case against the mutineers was closed.</p></div></body></html>)"_ba
            << u"Border Monitor - Lukashenko confirms Prigozhin is in Belarus\nThe Belarusian president said on Tuesday that the Wagner chief had arrived in the country.\nThe criminal case against the mutineers was closed."_s
            << u"HPP"_s << QStringList{u"Border Monitor - Lukashenko confirms Prigozhin is in Belarus"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a caption that ends on its credit, a player and a picture credit dropped; a sentence ending in brackets kept")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><p>The jet crashed in the Tver region on Wednesday.</p>
<p><img src="a.jpg" alt=""></p><p>Smoke rises from a field near Kuzhenkino on Wednesday evening. (Photo: Tver News)</p>
<div class="media-player"><span>Play</span></div><span class="image-credit">Reuters</span>
<p>The fare was cut to 86 roubles (about $1).</p></article></body></html>)"_ba
            << u"T\nThe jet crashed in the Tver region on Wednesday.\nThe fare was cut to 86 roubles (about $1)."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a byline box's name and job read apart")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><div class="byline-block"><span>By Sophie Arnaud</span><span>Europe correspondent</span></div>
<p>The convoy left Rostov late on Saturday.</p></article></body></html>)"_ba
            << u"T\nBy Sophie Arnaud Europe correspondent\nThe convoy left Rostov late on Saturday."_s << u"HPP"_s
            << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Sophie Arnaud"_s} << QString();
        QTest::newRow("a byline box's name and job in a box of their own read apart")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><div data-component="byline-block"><div><span>By Sophie Arnaud</span><span>Europe correspondent</span></div></div>
<p>The convoy left Rostov late on <b>Sat</b><i>urday</i>.</p></article></body></html>)"_ba
            << u"T\nBy Sophie Arnaud Europe correspondent\nThe convoy left Rostov late on Saturday."_s << u"HPP"_s
            << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Sophie Arnaud"_s} << QString();
        QTest::newRow("a Zotero snapshot's base address is the page's; a site's root as base is none")
            << u"page.html"_s << dataFile(u"zotero-snapshot.html"_s) << u"T\nThe convoy left Rostov late on Saturday."_s << u"HP"_s
            << QStringList{u"T"_s, u""_s, u"https://news.example/2024/11/convoy-leaves"_s, u""_s, u""_s} << QString();
        QTest::newRow("a live page's base at the site's root names no address")
            << u"page.html"_s << dataFile(u"base-site-root.html"_s) << u"T\nThe convoy left Rostov late on Saturday."_s << u"HP"_s
            << QStringList{u"T"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("SingleFile's note of where the copy comes from gives the address; another comment's url: does not")
            << u"page.html"_s << dataFile(u"singlefile-note.html"_s) << u"T\nThe convoy left Rostov late on Saturday."_s << u"HP"_s
            << QStringList{u"T"_s, u""_s, u"https://news.example/2024/11/convoy-leaves"_s, u""_s, u""_s} << QString();
        QTest::newRow("Pocket's reader-author names the writer")
            << u"page.html"_s << dataFile(u"pocket-article.html"_s) << u"T\nThe convoy left Rostov late on Saturday."_s << u"HP"_s
            << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Hannah Cole"_s} << QString();
        QTest::newRow("a bare byline box's first part is the writer, the job after it is not")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><div data-testid="byline-new-contributors"><div><span>Hannah Cole</span><span>North America correspondent</span></div></div>
<p>The convoy left Rostov late on Saturday.</p></article></body></html>)"_ba
            << u"T\nThe convoy left Rostov late on Saturday."_s << u"HP"_s << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Hannah Cole"_s} << QString();
        QTest::newRow("a byline box of one run of text, or whose first part is a job or a desk, names nobody")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><div class="byline"><span>Hannah Cole North America correspondent</span></div>
<div class="byline"><span>Staff Reporter</span><span>Moscow</span></div><div class="byline">Hannah <span>Cole</span> <span>Reporter</span></div>
<p>The convoy left Rostov late on Saturday.</p></article></body></html>)"_ba
            << u"T\nThe convoy left Rostov late on Saturday."_s << u"HP"_s << QStringList{u"T"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a dropped byline whose names link to the writers' pages names them; a linked teaser opening with By names nobody")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><div class="byline">By <a href="/people/ellen-marsh/">Ellen Marsh</a> and <a href="/people/li-wei/">Li Wei</a></div>
<p>The chief executive spoke to staff at the factory on Tuesday.</p><p><a href="/by-the-numbers">By the numbers: a year of delays</a></p></article></body></html>)"_ba
            << u"T\nThe chief executive spoke to staff at the factory on Tuesday."_s << u"HP"_s
            << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Ellen Marsh and Li Wei"_s} << QString();
        QTest::newRow("a linked teaser opening with By names no writer")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><p>The chief executive spoke to staff at the factory on Tuesday.</p>
<p><a href="/by-the-numbers">By the numbers: a year of delays</a></p><p><a href="/q">By Air And Sea</a></p></article></body></html>)"_ba
            << u"T\nThe chief executive spoke to staff at the factory on Tuesday."_s << u"HP"_s << QStringList{u"T"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a page saved from Firefox Reader View: writer and address from its header")
            << u"page.html"_s << dataFile(u"reader-view-page.html"_s)
            << u"Ten dead in plane crash\nA private jet crashed north of Moscow on Wednesday.\nAll ten people on board were killed."_s << u"HPP"_s
            << QStringList{u"Ten dead in plane crash"_s, u""_s, u"https://post.example/crash"_s, u""_s, u"Anna Kowal"_s} << QString();
        QTest::newRow("script-drawn live blog: the posts from its structured data")
            << u"page.html"_s << R"(<html><head><title>Live: mutiny in Russia | Paper</title><script type="application/ld+json">{"@type":"LiveBlogPosting",
"headline":"Live: mutiny in Russia","liveBlogUpdate":[{"@type":"BlogPosting","headline":"Column turns back","articleBody":"The convoy stopped south of Moscow."},
{"@type":"BlogPosting","headline":"Empty post"},{"@type":"BlogPosting","articleBody":"Fighters took the headquarters in Rostov."}]}</script></head>
<body><div id="app"><noscript>Enable JavaScript to follow our coverage.</noscript></div></body></html>)"_ba
            << u"Live: mutiny in Russia\nColumn turns back\nThe convoy stopped south of Moscow.\nFighters took the headquarters in Rostov."_s << u"HHPP"_s
            << QStringList() << QString();
        QTest::newRow("a live blog page with its posts in the page: the page's text")
            << u"page.html"_s << R"(<html><head><title>Live | Paper</title><script type="application/ld+json">{"@type":"LiveBlogPosting",
"liveBlogUpdate":[{"@type":"BlogPosting","headline":"Column turns back","articleBody":"The convoy stopped."}]}</script></head>
<body><article><h2>Column turns back</h2><p>The convoy stopped south of Moscow after a deal brokered by the Belarusian president.</p>
<p>Fighters went back to their camps.</p></article></body></html>)"_ba
            << u"Live\nColumn turns back\nThe convoy stopped south of Moscow after a deal brokered by the Belarusian president.\nFighters went back to their camps."_s
            << u"HHPP"_s << QStringList() << QString();
        QTest::newRow("paragraphs each in a box of their own: all of them, though one is long; the boxed teasers beside them are not")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><div class="side"><div class="item"><p>Minsk opens talks on grain transit with its neighbours.</p></div>
<div class="item"><p>Power cuts hit the city of Kharkiv again overnight.</p></div></div><div class="txt">
<div class="para"><p>The Belarusian president said on Tuesday that the Wagner chief had arrived in Belarus, three days after the mercenary leader called off his armed march on Moscow, and that he had persuaded him to stop during a series of telephone calls on Saturday.</p></div>
<div class="para"><p>The criminal case against the mutineers was closed.</p></div>
<div class="para"><p>Wagner did not comment.</p></div></div></body></html>)"_ba
            << u"T\nThe Belarusian president said on Tuesday that the Wagner chief had arrived in Belarus, three days after the mercenary leader called off his armed march on Moscow, and that he had persuaded him to stop during a series of telephone calls on Saturday.\nThe criminal case against the mutineers was closed.\nWagner did not comment."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("a printout's notes, a subscription notice and the copyright line dropped; sentences on subscribers and copyright kept")
            << u"page.html"_s
            << R"(<html><head><title>Convoy halts</title></head><body><p>Printed from www.bearer.example</p><h1>Convoy halts</h1>
<p>The column stopped about 200 kilometres from the capital on Saturday evening.</p>
<div class="inline-offer"><p>Subscribe to continue reading. Already a subscriber? Log in</p></div>
<p>Subscribers complained that the news service was down for hours.</p><p>Copyright lawyers said the ruling would be appealed.</p>
<p class="print-url">Article URL: https:)"_ba
                + "//www.bearer.example/convoy" + R"(</p><p>&copy; 2023 The Bearer. All rights reserved.</p></body></html>)"_ba
            << u"Convoy halts\nThe column stopped about 200 kilometres from the capital on Saturday evening.\nSubscribers complained that the news service was down for hours.\nCopyright lawyers said the ruling would be appealed."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("a page clipped to Markdown: credited caption, read-more line and ad slot dropped; a sentence with a link and a short paragraph kept")
            << u"clip.md"_s
            << "---\ntitle: Ten dead in plane crash\n---\n![Smoke](crash.jpg)\n\nSmoke rises from a field on Wednesday. (Photo: Tver News)\n\n"
               "A private jet crashed north of Moscow on Wednesday, [officials said](/a).\n\n**Read more:** [Who was the Wagner chief?](/b)\n\n"
               "Advertisement\n\nNo one survived.\n"_ba
            << u"Ten dead in plane crash\nA private jet crashed north of Moscow on Wednesday, officials said.\nNo one survived."_s << u"HPP"_s << QStringList()
            << QString();
        QTest::newRow("a read-more line between paragraphs dropped; a paragraph that only mentions a link kept")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><p>The jet crashed north of Moscow on Wednesday evening.</p>
<p><strong>Read more:</strong> <a href="/b">Who was the Wagner chief?</a></p><p>Officials published <a href="/list">the passenger list</a> late on Wednesday night.</p>
</article></body></html>)"_ba
            << u"T\nThe jet crashed north of Moscow on Wednesday evening.\nOfficials published the passenger list late on Wednesday night."_s << u"HPP"_s
            << QStringList() << QString();
        QTest::newRow("JSON-LD @graph whose article names its writer and publisher by @id: the named objects they point at")
            << u"page.html"_s
            << R"(<html><head><title>Storm cuts power</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[)"
               R"({"@type":"NewsArticle","headline":"Storm cuts power","datePublished":"2025-10-03T16:05:00+01:00","author":{"@id":"https://c.example/#/person/ab12"},)"
               R"("publisher":{"@id":"https://c.example/#org"}},{"@type":"Organization","@id":"https://c.example/#org","name":"The Northern Courier"},)"
               R"({"@type":"Person","@id":"https://c.example/#/person/ab12","name":"Callum Fraser"}]}</script></head><body><article><h1>Storm cuts power</h1>)"
               R"(<p>More than 100,000 homes were left without power on Friday.</p></article></body></html>)"_ba
            << u"Storm cuts power\nMore than 100,000 homes were left without power on Friday."_s << u"HP"_s
            << QStringList{u"Storm cuts power"_s, u"2025-10-03"_s, u""_s, u"The Northern Courier"_s, u"Callum Fraser"_s} << QString();
        QTest::newRow("near miss: an @id that points at no named object names no writer")
            << u"page.html"_s
            << R"(<html><head><title>Storm cuts power</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[)"
               R"({"@type":"NewsArticle","headline":"Storm cuts power","author":{"@id":"https://c.example/#/person/ab12"}},)"
               R"({"@type":"WebSite","@id":"https://c.example/#website","name":"Northern Courier"}]}</script></head><body><article><h1>Storm cuts power</h1>)"
               R"(<p>More than 100,000 homes were left without power on Friday.</p></article></body></html>)"_ba
            << u"Storm cuts power\nMore than 100,000 homes were left without power on Friday."_s << u"HP"_s
            << QStringList{u"Storm cuts power"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("JSON-LD article inside a WebPage's mainEntity: its date and writer")
            << u"page.html"_s << R"(<html><head><title>T</title><script type="application/ld+json">{"@type":"WebPage","name":"T","datePublished":"2020-01-01",
"mainEntity":{"@type":"NewsArticle","headline":"T","datePublished":"2023-06-26T17:20:00+01:00","author":[{"@type":"Person","name":"Callum Reid"}]}}</script>
</head><body><article><p>The Wagner chief spoke on Monday.</p></article></body></html>)"_ba
            << u"T\nThe Wagner chief spoke on Monday."_s << u"HP"_s << QStringList{u"T"_s, u"2023-06-26"_s, u""_s, u""_s, u"Callum Reid"_s} << QString();
        QTest::newRow("a live blog post's update time dropped; the date line under the headline read and dropped; a sentence on updated figures kept")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><p>Updated 24 June 2023 14:05 BST</p>
<p>The column moved north along the motorway.</p><p>Officials gave no figures.</p><p>Roads were closed.</p><p>Updated at 21.14 BST</p>
<p>Updated figures were published on Monday.</p></article></body></html>)"_ba
            << u"T\nThe column moved north along the motorway.\nOfficials gave no figures.\nRoads were closed.\nUpdated figures were published on Monday."_s
            << u"HPPPP"_s << QStringList{u"T"_s, u"2023-06-24"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("an update time with an ISO date under the headline gives the date; one without a date dropped")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><main><h1>T</h1><div class="Page-dateModified"><span>Updated </span><span>7:31 PM EDT, 2024-07-14</span></div>
<div class="RichTextStoryBody"><p>Updated 9:48 p.m.</p><p>The rally ended early on Saturday.</p><p>Officials gave no figures.</p></div></main></body></html>)"_ba
            << u"T\nThe rally ended early on Saturday.\nOfficials gave no figures."_s << u"HPP"_s << QStringList{u"T"_s, u"2024-07-14"_s, u""_s, u""_s, u""_s}
            << QString();
        QTest::newRow("an outlet's labelled date lines under the headline read and dropped: a time zone, parts joined by a bar or a dot beside a credit and a "
                      "reading time")
            << u"page.html"_s
            << R"(<html><head><title>Deal blocked</title></head><body><article><h1>Deal blocked</h1><div class="timestamp">Published Jan 04, 2025, 08:15 AM SGT</div>)"
               R"(<div class="posted">Posted: Jan 06, 2025 5:30 PM EST | Last Updated: January 6, 2025</div><div class="meta">AFP · Published on 18/06/2025 - 23:51 · 2 min</div>)"
               R"(<p>The deal was blocked on Friday after a year-long review.</p></article></body></html>)"_ba
            << u"Deal blocked\nThe deal was blocked on Friday after a year-long review."_s << u"HP"_s
            << QStringList{u"Deal blocked"_s, u"2025-01-04"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a page's 'Published' line over its 'Updated' line, above the text: the publication's date")
            << u"page.html"_s
            << R"(<html><head><title>Water main bursts</title></head><body><div class="post"><h1>Water main bursts</h1><div class="meta"><span>Published: 4 )"
               R"(March 2025</span><br><span>Updated: 6 March 2025</span></div><div class="post-body"><p>A water main burst on the high street on Tuesday )"
               R"(morning, flooding three shops and closing the road.</p><p>Repairs were finished by the evening.</p></div></div></body></html>)"_ba
            << u"Water main bursts\nA water main burst on the high street on Tuesday morning, flooding three shops and closing the road.\nRepairs were "
               u"finished by "
               u"the evening."_s
            << u"HPP"_s << QStringList{u"Water main bursts"_s, u"2025-03-04"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a line of the update's and the publication's dates over the text: the publication's date")
            << u"page.html"_s
            << R"(<html><head><title>Water main bursts</title></head><body><div class="post"><h1>Water main bursts</h1><p class="dates">Updated 6 March 2025 )"
               R"(&middot; Published 4 March 2025</p><div class="post-body"><p>A water main burst on the high street on Tuesday morning.</p><p>Repairs were )"
               R"(finished by the evening.</p></div></div></body></html>)"_ba
            << u"Water main bursts\nA water main burst on the high street on Tuesday morning.\nRepairs were finished by the evening."_s << u"HPP"_s
            << QStringList{u"Water main bursts"_s, u"2025-03-04"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("lines that only open with a date's label, or join a date to other words, stay")
            << u"page.html"_s
            << R"(<html><head><title>Deal blocked</title></head><body><article><h1>Deal blocked</h1><p>Updated figures were published on Monday, Jan 6, 2025 | by the ministry</p>)"
               R"(<p>Posted: Jan 06, 2025 | Steelworkers rally in Pittsburgh</p><p>Published Jan 04, 2025, officials said.</p></article></body></html>)"_ba
            << u"Deal blocked\nUpdated figures were published on Monday, Jan 6, 2025 | by the ministry\nPosted: Jan 06, 2025 | Steelworkers rally in Pittsburgh\nPublished Jan 04, 2025, officials said."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("a wire's copy: the version mark before the headline, the editor's instruction over the story and its sign-offs at the foot dropped")
            << u"page.html"_s
            << R"(<html><head><title>(2nd LD) Biden blocks steel deal</title></head><body><div class="story"><h1>(2nd LD) Biden blocks steel deal</h1>)"
               R"(<p>(ATTN: ADDS Japanese reaction in paras 5-6)</p><p>WASHINGTON, Jan. 3 -- The president on Friday blocked the deal, citing national security.</p>)"
               R"(<p>Tokyo said the decision was hard to understand.</p><p>jwp@wire.example</p><p>(END)</p></div></body></html>)"_ba
            << u"Biden blocks steel deal\nWASHINGTON, Jan. 3 -- The president on Friday blocked the deal, citing national security.\nTokyo said the decision was hard to understand."_s
            << u"HPP"_s << QStringList{u"Biden blocks steel deal"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a version mark glued to the headline and a desk's sign-off in codes dropped")
            << u"page.html"_s
            << R"(<html><head><title>UPDATE 2-Miners weigh the ruling</title></head><body><article><h1>UPDATE 2-Miners weigh the ruling</h1>)"
               R"(<p>Miners weighed the ruling on Saturday, analysts said.</p><p>bur-jt/des</p></article></body></html>)"_ba
            << u"Miners weigh the ruling\nMiners weighed the ruling on Saturday, analysts said."_s << u"HP"_s
            << QStringList{u"Miners weigh the ruling"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("headlines, brackets and last lines that only look like a wire's marks stay")
            << u"page.html"_s
            << R"(<html><head><title>LEAD pipes found (2nd LD) in schools</title></head><body><article><h1>LEAD pipes found (2nd LD) in schools</h1>)"
               R"(<p>(Adds up to a third of the city's schools, officials said.) The pipes were found on Monday.</p><p>The survey ends on Friday.</p>)"
               R"(<p>Readers can write to tips@news.example with questions.</p><p>The End</p></article></body></html>)"_ba
            << u"LEAD pipes found (2nd LD) in schools\n(Adds up to a third of the city's schools, officials said.) The pipes were found on Monday.\nThe survey ends on Friday.\nReaders can write to tips@news.example with questions.\nThe End"_s
            << u"HPPPP"_s << QStringList{u"LEAD pipes found (2nd LD) in schools"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("notes on where the text first ran dropped at the foot; a sentence on a report first published stays")
            << u"page.html"_s
            << R"(<html><head><title>Mills wait</title></head><body><article><h1>Mills wait</h1><p>Canadian mills are watching the court fight, producers said on Monday.</p>)"
               R"(<p>The report was first published in 2019 and is cited by regulators.</p><p><em>This article was first published in French by Le Courrier.</em></p>)"
               R"(<p><em>This report by The Canadian Press was first published Jan. 6, 2025.</em></p></article></body></html>)"_ba
            << u"Mills wait\nCanadian mills are watching the court fight, producers said on Monday.\nThe report was first published in 2019 and is cited by regulators."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a byline box that prints a name alone names the writer; a print page's line of where it came from after the site's name dropped")
            << u"page.html"_s
            << R"(<html><head><title>Exporters wait</title></head><body><div class="print-header">The Liffey Record — printed from https://www.liffey.example/a/</div>)"
               R"(<h1>Exporters wait</h1><p class="byline">Sinéad Brennan</p><p>Irish exporters said on Friday the sale had been blocked.</p>)"
               R"(<p>The letter was printed from a copy kept by the union.</p></body></html>)"_ba
            << u"Exporters wait\nIrish exporters said on Friday the sale had been blocked.\nThe letter was printed from a copy kept by the union."_s << u"HPP"_s
            << QStringList{u"Exporters wait"_s, u""_s, u""_s, u""_s, u"Sinéad Brennan"_s} << QString();
        QTest::newRow("a byline box that prints an outlet, a wire or a desk alone names no writer")
            << u"page.html"_s
            << R"(<html><head><title>Mills wait</title></head><body><article><h1>Mills wait</h1><div class="byline">The Canadian Press</div><div class="byline">KYODO NEWS</div>)"
               R"(<div class="byline">Express News Service</div><p>Canadian mills are watching the court fight, producers said on Monday.</p></article></body></html>)"_ba
            << u"Mills wait\nCanadian mills are watching the court fight, producers said on Monday."_s << u"HP"_s
            << QStringList{u"Mills wait"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a byline set in capitals gives the name as written; an outlet in capitals stays")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><main><h1>T</h1><div class="Page-authors"><span>By </span><a class="Link" href="/author/x">DANA WHITCOMB</a></div>
<div class="RichTextStoryBody"><p>The rally ended early on Saturday.</p><p>Officials gave no figures.</p></div></main></body></html>)"_ba
            << u"T\nThe rally ended early on Saturday.\nOfficials gave no figures."_s << u"HPP"_s
            << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Dana Whitcomb"_s} << QString();
        QTest::newRow("a call in capitals to get the app dropped, bold link outside or inside; a paragraph with a link kept")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><h1>T</h1><div class="article-body"><p>The hearing opened on Monday morning.</p>
<p><strong><a href="/apps-products">CLICK HERE TO GET THE NEWS APP</a></strong></p><p>She said she would not resign.</p>
<p><a href="/politics"><strong>READ MORE POLITICS COVERAGE</strong></a></p><p>Officials published <a href="/list">the full list</a> late on Monday night.</p></div></article></body></html>)"_ba
            << u"T\nThe hearing opened on Monday morning.\nShe said she would not resign.\nOfficials published the full list late on Monday night."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("a live-updates box's label dropped; its posts and a sentence on live updates kept")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><h1>T</h1><div class="article__body"><p>The bridge collapsed early on Tuesday.</p>
<div class="live-updates"><div class="live-updates__header">Live updates</div><div class="live-update"><p>The Coast Guard said the search would go on.</p></div></div>
<p>Live updates will follow through the night.</p></div></article></body></html>)"_ba
            << u"T\nThe bridge collapsed early on Tuesday.\nThe Coast Guard said the search would go on.\nLive updates will follow through the night."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("note numbers and a newsletter's notes dropped; links within the page and numbers in the text kept")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article>
<p>He promised to rebuild it within five years.<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a> Few believed him.</p>
<p>The vote passed by 312 to 5<sup><a href="#fn2" id="fnref2">[2]</a></sup>, as <a href="#results">the results</a> show, <a href="/tally">12</a> more than planned.</p>
<p>The work goes on into the next decade.</p><p>Donors gave about 846 million euros.</p>
<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a><div class="footnote-content"><p>He said it on the evening of 16 April.</p></div></div>
<section class="footnotes"><ol><li id="fn2"><p>They had last met in September.</p></li></ol></section></article></body></html>)"_ba
            << u"T\nHe promised to rebuild it within five years. Few believed him.\nThe vote passed by 312 to 5, as the results show, 12 more than planned.\nThe work goes on into the next decade.\nDonors gave about 846 million euros."_s
            << u"HPPPP"_s << QStringList() << QString();
        QTest::newRow("a heading that holds a box of its own stays one heading")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><p>The doors opened on Saturday.</p>
<h2 class="header-anchor-post">Five years to the week<div class="header-anchor-parent"><button aria-label="Link"></button></div></h2>
<p>The fire broke out on 15 April 2019.</p><h2>What it cost</h2><p>Donors gave about 846 million euros.</p></article></body></html>)"_ba
            << u"T\nThe doors opened on Saturday.\nFive years to the week\nThe fire broke out on 15 April 2019.\nWhat it cost\nDonors gave about 846 million euros."_s
            << u"HPHPHP"_s << QStringList() << QString();
        QTest::newRow(
            "a blog platform's reading time beside the date, a row of marks and a publication's label dropped; sentences on minutes and on publishing kept")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article>
<div><span>Published in</span><div><a href="/the-long-build"><p>The Long Build</p></a></div></div>
<div><span>5 min read</span><div aria-hidden="true"><span>&middot;</span></div><span>Dec 10, 2024</span></div>
<div><span>Dec 11, 2024</span> <span>&middot;</span> <span>6 min read</span></div><div><p><span>--</span></p></div>
<p>The talks lasted 35 min read from a script.</p><p>Published in 1998, the report is still cited.</p></article></body></html>)"_ba
            << u"T\nThe talks lasted 35 min read from a script.\nPublished in 1998, the report is still cited."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a gallery's captions are its text, without slide numbers and credits")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><main><h1>In pictures</h1><p>The cathedral reopened on Saturday.</p>
<div class="gallery-controls"><button>Previous</button><span>1 / 3</span><button>Next</button></div><ul class="gallery">
<li><figure><img src="1.jpg" alt="Flames"><figcaption class="gallery__caption"><span class="gallery__counter">1 of 3</span><p class="gallery__text">Flames rise from the roof of Notre-Dame on 15 April 2019.</p><span class="gallery__credit">Photograph: AFP</span></figcaption></figure></li>
<li><figure><img src="2.jpg" alt="Macron"><figcaption class="gallery__caption"><span class="gallery__counter">2 of 3</span><p class="gallery__text">Macron promises on 16 April 2019 to rebuild the cathedral within five years.</p><span class="gallery__credit">Photograph: Reuters</span></figcaption></figure></li>
<li><figure><img src="3.jpg" alt="Doors"><figcaption class="gallery__caption">The archbishop knocks on the west doors to open the ceremony.</figcaption></figure></li>
</ul></main></body></html>)"_ba
            << u"In pictures\nThe cathedral reopened on Saturday.\nFlames rise from the roof of Notre-Dame on 15 April 2019.\nMacron promises on 16 April 2019 to rebuild the cathedral within five years.\nThe archbishop knocks on the west doors to open the ceremony."_s
            << u"HPPPP"_s << QStringList() << QString();
        QTest::newRow("an article's photo captions stay out of its text")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><p>The doors of the cathedral opened on Saturday evening before some 1,500 guests.</p>
<figure><img src="1.jpg"><figcaption>The nave.</figcaption></figure><p>The archbishop knocked three times on the west doors with his crozier.</p>
<figure><img src="2.jpg"><figcaption>The organ.</figcaption></figure><p>The organ played for the first time since the fire of April 2019.</p>
<figure><img src="3.jpg"><figcaption>The altar.</figcaption></figure></article></body></html>)"_ba
            << u"T\nThe doors of the cathedral opened on Saturday evening before some 1,500 guests.\nThe archbishop knocked three times on the west doors with his crozier.\nThe organ played for the first time since the fire of April 2019."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("a box of related posts named in one word dropped; a commentary kept")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><div class="entry-content"><p>The doors opened on Saturday evening, five years after the fire of April 2019, before some 1,500 guests.</p>
<div class="commentary-body"><p>The first Mass is due on Sunday morning, with a new altar.</p></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><p class="jp-relatedposts-post"><span><a href="/a">Macron tours the restored cathedral</a></span> <span>November 29, 2024</span> <span>In "Europe"</span></p></div>
</div></article></body></html>)"_ba
            << u"T\nThe doors opened on Saturday evening, five years after the fire of April 2019, before some 1,500 guests.\nThe first Mass is due on Sunday morning, with a new altar."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("schema.org microdata: the article item's address, not its writer's")
            << u"page.html"_s
            << "<html><head><title>Leaders gather | Herald</title></head><body><div itemscope itemtype=\"https://schema.org/NewsArticle\">\n"
               "<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><link itemprop=\"url\" "
               "href=\"https://herald.example/authors/ruth\"><span itemprop=\"name\">Ruth Okafor</span></span>\n"
               "<link itemprop=\"url\" href=\"https://herald.example/2024/12/07/leaders-gather\"><h1 itemprop=\"headline\">Leaders gather</h1>\n"
               "<meta itemprop=\"datePublished\" content=\"2024-12-07T19:45:00+01:00\"><div itemprop=\"articleBody\"><p>The leaders met on Saturday.</p></div></div></body></html>"_ba
            << u"Leaders gather\nThe leaders met on Saturday."_s << u"HP"_s
            << QStringList{u"Leaders gather"_s, u"2024-12-07"_s, u"https://herald.example/2024/12/07/leaders-gather"_s, u"Herald"_s, u"Ruth Okafor"_s}
            << QString();
        QTest::newRow("notes on helpers and on a translation at the foot dropped; a closing sentence on reporting kept")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><p>The doors opened on Saturday.</p><p>The first Mass followed on Sunday.</p>
<p>Reporting by the agency found no fault in the works.</p><p><em>Additional reporting by Ian Marsh in Paris.</em></p>
<p><em>Translation of an original article published in French; the publisher may only be liable for the French version.</em></p></article></body></html>)"_ba
            << u"T\nThe doors opened on Saturday.\nThe first Mass followed on Sunday.\nReporting by the agency found no fault in the works."_s << u"HPPP"_s
            << QStringList() << QString();
        QTest::newRow("a post embedded in a figure kept with its attribution; a pull quote's and a picture's figures dropped")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><div class="entry-content"><p>He wrote about the meeting on X that evening, hours before the ceremony began.</p>
<figure class="wp-block-embed is-provider-twitter"><div class="wp-block-embed__wrapper"><blockquote class="twitter-tweet"><p lang="en">A good and productive meeting in Paris.</p>&mdash; Volodymyr Zelenskyy (@ZelenskyyUa) <a href="/ZelenskyyUa/status/1">December 7, 2024</a></blockquote></div></figure>
<p>The three men then drove to the cathedral for the ceremony, which lasted more than two hours.</p>
<figure class="wp-block-pullquote"><blockquote><p>The three men then drove to the cathedral.</p><cite>Staff</cite></blockquote></figure>
<figure class="wp-block-image"><img src="nave.jpg"><figcaption>The nave.</figcaption></figure></div></article></body></html>)"_ba
            << u"T\nHe wrote about the meeting on X that evening, hours before the ceremony began.\nA good and productive meeting in Paris.\n\u2014 Volodymyr Zelenskyy (@ZelenskyyUa) December 7, 2024\nThe three men then drove to the cathedral for the ceremony, which lasted more than two hours."_s
            << u"HPPPP"_s << QStringList() << QString();
        QTest::newRow("an embedded post's writer is not the article's")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><p>The president wrote on X on Saturday evening.</p>
<div class="tweet"><span class="tweet-author-name">Emmanuel Macron</span><div class="tweet-text">Notre-Dame is open again.</div></div></article></body></html>)"_ba
            << u"T\nThe president wrote on X on Saturday evening.\nEmmanuel Macron\nNotre-Dame is open again."_s << u"HPPP"_s
            << QStringList{u"T"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a post's writer named in the page is the article's")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><div class="post-meta"><span class="post-author-name">Helen Carver</span></div>
<p>The president wrote on X on Saturday evening.</p></article></body></html>)"_ba
            << u"T\nHelen Carver\nThe president wrote on X on Saturday evening."_s << u"HPP"_s << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Helen Carver"_s}
            << QString();
        QTest::newRow("a site named as its own writer in the author metadata is no writer")
            << u"page.html"_s
            << R"(<html><head><title>Update review</title><meta property="og:site_name" content="Vigilant Systems"><meta name="author" content="Vigilant Systems"></head>
<body><article><h1>Update review</h1><p>The update was released at 04:09 UTC on Friday and reverted at 05:27.</p></article></body></html>)"_ba
            << u"Update review\nThe update was released at 04:09 UTC on Friday and reverted at 05:27."_s << u"HP"_s
            << QStringList{u"Update review"_s, u""_s, u""_s, u"Vigilant Systems"_s, u""_s} << QString();
        QTest::newRow("a writer of another name than the site's stays the writer")
            << u"page.html"_s
            << R"(<html><head><title>Update review</title><meta property="og:site_name" content="Vigilant Systems"><meta name="author" content="Vigil Anders"></head>
<body><article><h1>Update review</h1><p>The update was released at 04:09 UTC on Friday and reverted at 05:27.</p></article></body></html>)"_ba
            << u"Update review\nThe update was released at 04:09 UTC on Friday and reverted at 05:27."_s << u"HP"_s
            << QStringList{u"Update review"_s, u""_s, u""_s, u"Vigilant Systems"_s, u"Vigil Anders"_s} << QString();
        QTest::newRow("a blog's line of date, desk and reading time dropped; one with a number among its words kept")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><h1>T</h1><p>July 24, 2024 | Engineering Team | 6 min read</p>
<p>The update was released at 04:09 UTC on Friday and reverted at 05:27.</p><p>Jul 24, 2024 | Flight 1282 diverted | 6 min read</p><p>Hosts that came online later were not affected.</p></article></body></html>)"_ba
            << u"T\nThe update was released at 04:09 UTC on Friday and reverted at 05:27.\nJul 24, 2024 | Flight 1282 diverted | 6 min read\nHosts that came online later were not affected."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("a newsletter's calls to subscribe dropped; a sentence on subscribers kept")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><h1>T</h1><p>The update went out at 04:09 UTC and the machines fell over.</p>
<p>Readers can subscribe to receive the paper at home, the publisher said.</p>
<p>Patch Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p>
<p>Thanks for reading Patch Notes! Subscribe for free to receive new posts and support my work.</p></article></body></html>)"_ba
            << u"T\nThe update went out at 04:09 UTC and the machines fell over.\nReaders can subscribe to receive the paper at home, the publisher said."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("the label over a field of links dropped with them; a sentence beside links kept, a date beside them the page's date")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><article><h1>T</h1><div class="meta"><a href="/w">Imogen Tate</a><div>Jul 20, 2024</div></div>
<div class="body"><p>The Boeing Company has agreed to plead guilty to a criminal charge of conspiring to defraud the United States, according to a plea agreement filed today in the Northern District of Texas.</p>
<p>The FBI Dallas Field Office and the Department of Transportation's Office of Inspector General investigated the case.</p></div>
<div class="field"><div class="label">Components</div><div><a href="/c">Criminal Division</a></div><div><a href="/f">Fraud Section</a></div></div>
<div class="field"><div>He resigned.</div><div><a href="/c">Criminal Division</a></div></div></article></body></html>)"_ba
            << u"T\nThe Boeing Company has agreed to plead guilty to a criminal charge of conspiring to defraud the United States, according to a plea agreement filed today in the Northern District of Texas.\nThe FBI Dallas Field Office and the Department of Transportation's Office of Inspector General investigated the case.\nHe resigned."_s
            << u"HPPP"_s << QStringList{u"T"_s, u"2024-07-20"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("the office that the title sets before the headline dropped under it; a site after the headline kept")
            << u"page.html"_s
            << R"(<html><head><title>Office of Public Affairs | Boeing Agrees to Plead Guilty | Department of Justice</title></head><body><article><h1>Boeing Agrees to Plead Guilty</h1>
<div class="component">Office of Public Affairs</div><p>The Boeing Company has agreed to plead guilty to a criminal charge, according to a plea agreement filed today.</p></article></body></html>)"_ba
            << u"Boeing Agrees to Plead Guilty\nThe Boeing Company has agreed to plead guilty to a criminal charge, according to a plea agreement filed today."_s
            << u"HP"_s << QStringList{u"Boeing Agrees to Plead Guilty"_s, u""_s, u""_s, u"Department of Justice"_s, u""_s} << QString();
        QTest::newRow("a label after the headline in the title stays in the text")
            << u"page.html"_s
            << R"(<html><head><title>Boeing Agrees to Plead Guilty | Office of Public Affairs</title></head><body><article><h1>Boeing Agrees to Plead Guilty</h1>
<div class="component">Office of Public Affairs</div><p>The Boeing Company has agreed to plead guilty to a criminal charge, according to a plea agreement filed today.</p></article></body></html>)"_ba
            << u"Boeing Agrees to Plead Guilty\nOffice of Public Affairs\nThe Boeing Company has agreed to plead guilty to a criminal charge, according to a plea agreement filed today."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("the writer's box under a post dropped; the writer's name over it kept")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><h1>T</h1><div class="post-author-name">Helen Carver</div>
<p>The update was released at 04:09 UTC on Friday and reverted at 05:27, the company said in its review of the incident.</p>
<p>Hosts that came online after the update was reverted were not affected, and Mac and Linux hosts were spared.</p>
<div class="author-box"><h4>About the Engineering Team</h4><p>The team writes about reliability.</p></div></article></body></html>)"_ba
            << u"T\nHelen Carver\nThe update was released at 04:09 UTC on Friday and reverted at 05:27, the company said in its review of the incident.\nHosts that came online after the update was reverted were not affected, and Mac and Linux hosts were spared."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("a live blog's standfirst under the headline, outside its feed, opens the story; the byline and key events stay out")
            << u"page.html"_s << R"(<html><head><title>Outage live</title></head><body><main><h1>Outage live</h1>
<div class="standfirst"><p>Flights grounded and hospitals switch to paper after a faulty update takes down computers around the world</p></div>
<div class="byline">By <a rel="author" href="/p/nb">Nadia Brennan</a></div>
<div class="key-events"><h2>Key events</h2><ul><li><a href="#b2">Airline cancels flights</a></li><li><a href="#b1">What we know</a></li></ul></div>
<div class="feed"><article><h2>Airline cancels flights</h2><p>The airline said it had cancelled hundreds more flights for the evening as crews remained out of position.</p></article>
<article><h2>Hospitals affected</h2><p>Several practices said their appointment systems were down and patients were asked to attend only if urgent.</p></article>
<article><h2>What we know</h2><p>A content update pushed out early on Friday sent computers into a loop of crashes around the world.</p></article></div></main></body></html>)"_ba
            << u"Outage live\nFlights grounded and hospitals switch to paper after a faulty update takes down computers around the world\nAirline cancels flights\nThe airline said it had cancelled hundreds more flights for the evening as crews remained out of position.\nHospitals affected\nSeveral practices said their appointment systems were down and patients were asked to attend only if urgent.\nWhat we know\nA content update pushed out early on Friday sent computers into a loop of crashes around the world."_s
            << u"HPHPHPHP"_s << QStringList() << QString();
        QTest::newRow("a hearing's committee, date and witness above the transcript open the story")
            << u"page.html"_s << R"(<html><head><title>Hearing Transcript</title></head><body><div id="content"><h1>Hearing Transcript</h1>
<div class="hearing-meta"><p>Committee on Homeland Security</p><p>Witness: Adam Meyers, Senior Vice President, CrowdStrike</p></div>
<div class="transcript"><p>The subcommittee met, pursuant to notice, at 2:00 p.m., in room 310, Cannon House Office Building.</p>
<p>Chairman GARBARINO. The Subcommittee on Cybersecurity and Infrastructure Protection will come to order.</p>
<p>Mr. MEYERS. On behalf of everyone at CrowdStrike, I want to apologize. We let our customers down.</p></div></div></body></html>)"_ba
            << u"Hearing Transcript\nCommittee on Homeland Security\nWitness: Adam Meyers, Senior Vice President, CrowdStrike\nThe subcommittee met, pursuant to notice, at 2:00 p.m., in room 310, Cannon House Office Building.\nChairman GARBARINO. The Subcommittee on Cybersecurity and Infrastructure Protection will come to order.\nMr. MEYERS. On behalf of everyone at CrowdStrike, I want to apologize. We let our customers down."_s
            << u"HPPPPP"_s << QStringList() << QString();
        QTest::newRow("near miss: paragraphs after the story, and a paragraph box beside a headline inside the story, are read once")
            << u"page.html"_s
            << R"(<html><head><title>T</title></head><body><div><h1>T</h1><div class="transcript"><p>The subcommittee met, pursuant to notice, at 2:00 p.m., in room 310, Cannon House Office Building.</p>
<p>Chairman GARBARINO. The Subcommittee on Cybersecurity and Infrastructure Protection will come to order.</p></div>
<div class="after"><p>Capitol Record is an independent archive of congressional hearings.</p></div></div></body></html>)"_ba
            << u"T\nThe subcommittee met, pursuant to notice, at 2:00 p.m., in room 310, Cannon House Office Building.\nChairman GARBARINO. The Subcommittee on Cybersecurity and Infrastructure Protection will come to order."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a table's header row, in a <thead> or of <th> cells alone, is no paragraph; a row headed by a <th> stays")
            << u"page.html"_s << R"(<html><head><title>Review</title></head><body><article><h1>Review</h1>
<p>The update was released at 04:09 UTC on Friday and reverted at 05:27, the company said in its review of the incident.</p>
<table><thead><tr><th>Time (UTC)</th><th>Event</th></tr></thead><tbody><tr><td>04:09</td><td>Content update released to hosts</td></tr></tbody></table>
<table><tr><th>Hosts</th><th>Status</th></tr><tr><th>Windows</th><td>Affected by the update</td></tr></table></article></body></html>)"_ba
            << u"Review\nThe update was released at 04:09 UTC on Friday and reverted at 05:27, the company said in its review of the incident.\n04:09 Content update released to hosts\nWindows Affected by the update"_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("Wayback Machine copy: the page's own address, not the archive's; its toolbar left out")
            << u"page.html"_s
            << R"(<html><head><title>Bridge falls | Ledger</title><link rel="canonical" href="https://web.archive.org/web/20240327041533/https://ledger.example/news/bridge/">)"
               R"(<meta property="og:site_name" content="Ledger"></head><body><!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp-base"><div id="wm-ipp">41 captures</div></div>)"
               R"(<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/20240327041533/https://ledger.example/news/bridge/</div><!-- END WAYBACK TOOLBAR INSERT -->)"
               R"(<article><h1>Bridge falls</h1><p>A ship struck the bridge early on Tuesday and most of the span fell into the river within seconds.</p></article></body></html>)"_ba
            << u"Bridge falls\nA ship struck the bridge early on Tuesday and most of the span fell into the river within seconds."_s << u"HP"_s
            << QStringList{u"Bridge falls"_s, u""_s, u"https://ledger.example/news/bridge/"_s, u"Ledger"_s, u""_s} << QString();
        QTest::newRow("archive.today copy: no headings, its bar left out; address, outlet and date are the page's, not the copy's")
            << u"page.html"_s
            << R"(<html><head><meta property="og:url" content="https://archive.ph/Qx7Lm" itemprop="url"/><meta property="og:title" content="Crew stays aboard"/>)"
               R"(<meta property="og:site_name" content="archive.ph"/><meta property="article:published_time" content="2024-03-29T11:20:42Z"/><link rel="canonical" href="https://archive.ph/Qx7Lm"/>)"
               R"(<link rel="bookmark" href="https://archive.ph/2024.03.29-112042/https://courier.example/2024/03/28/crew/"/><title>Crew stays aboard - Courier</title></head>)"
               R"(<body><div id="HEADER"><table><tr><td>Saved from</td><td>29 Mar 2024 11:20:42 UTC</td></tr></table><div>download .zip screenshot history</div></div>)"
               R"(<div id="CONTENT"><div style="padding:10px"><a href="https://archive.ph/o/Qx7Lm/https://courier.example/">COURIER</a> <span style="margin-left:20px">News</span> <span>Politics</span></div>)"
               R"(<div style="font-size:13px">Key Bridge collapse</div><div style="font-size:38px;font-weight:700">Crew stays aboard</div>)"
               R"(<div><span style="font-weight:700">By Marcus Ellery</span><span style="margin-left:8px">March 28, 2024 at 6:05 a.m. EDT</span></div>)"
               R"(<div style="font-size:18px">The 21 crew members remained on board on Thursday, two days after the ship struck the bridge.</div></div></body></html>)"_ba
            << u"Crew stays aboard\nThe 21 crew members remained on board on Thursday, two days after the ship struck the bridge."_s << u"HP"_s
            << QStringList{u"Crew stays aboard"_s, u"2024-03-28"_s, u"https://courier.example/2024/03/28/crew/"_s, u"Courier"_s, u"Marcus Ellery"_s}
            << QString();
        QTest::newRow("an address with 'archive' in its path, its site name and date are the page's own")
            << u"page.html"_s
            << R"(<html><head><title>Old flood | Gazette</title><link rel="canonical" href="https://gazette.example/archive/web/2019/flood/"><meta property="og:site_name" content="Gazette">)"
               R"(<meta property="article:published_time" content="2019-05-02T08:00:00Z"></head><body><article><h1>Old flood</h1>)"
               R"(<p>The river rose above its banks in May 2019 and flooded the lower town for a week.</p></article></body></html>)"_ba
            << u"Old flood\nThe river rose above its banks in May 2019 and flooded the lower town for a week."_s << u"HP"_s
            << QStringList{u"Old flood"_s, u"2019-05-02"_s, u"https://gazette.example/archive/web/2019/flood/"_s, u"Gazette"_s, u""_s} << QString();
        QTest::newRow("above a headline printed as a paragraph, the page's lines go; a standfirst stays")
            << u"page.html"_s
            << R"(<html><head><title>Talks resume</title></head><body><div><p>Listen to this article in full online</p><p>Negotiators meet after a week of silence.</p><p>World</p><p>Talks resume</p>)"
               R"(<p>Negotiators returned to the table on Monday after a week of silence, officials said.</p><p>They met in Geneva.</p></div></body></html>)"_ba
            << u"Talks resume\nNegotiators meet after a week of silence.\nNegotiators returned to the table on Monday after a week of silence, officials said.\nThey met in Geneva."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("print version: 'Site » Headline » Print' in <title> gives the headline and the site")
            << u"page.html"_s
            << R"(<html><head><title>Bay Daily &raquo; Channel reopens &raquo; Print</title><link rel="canonical" href="https://bay.example/2024/06/11/channel/"></head>)"
               R"(<body onload="window.print();"><p><strong>- Bay Daily - https://bay.example -</strong></p><div id="Outline"><p id="BlogTitle">Channel reopens</p>)"
               R"(<p id="BlogDate">Posted By <u>Tomás Reyna</u> On June 11, 2024 @ 7:42 am In <u>Transportation</u> | <u>No Comments</u></p>)"
               R"(<div id="BlogContent"><p>The shipping channel returned to its full width and depth on Monday for the first time since March.</p>)"
               R"(<p>Crews removed about 50,000 tons of steel and concrete from the river, working with the Navy and the Coast Guard.</p>)"
               R"(<p>Six construction workers died when the bridge fell in the early hours of March 26.</p></div></div></body></html>)"_ba
            << u"Channel reopens\nThe shipping channel returned to its full width and depth on Monday for the first time since March.\nCrews removed about 50,000 tons of steel and concrete from the river, working with the Navy and the Coast Guard.\nSix construction workers died when the bridge fell in the early hours of March 26."_s
            << u"HPPP"_s
            << QStringList{u"Channel reopens"_s, u"2024-06-11"_s, u"https://bay.example/2024/06/11/channel/"_s, u"Bay Daily"_s, u"Tom\u00E1s Reyna"_s}
            << QString();
        QTest::newRow("a blog theme's <h1> that names the site, which <title> ends on: the outlet and no heading; the post's <h2> the headline")
            << u"page.html"_s
            << R"(<html><head><title>Flood defences to be raised after December storm &#8211; The Valley Echo</title></head><body><header id="masthead">)"
               R"(<h1 class="site-title"><a href="https://valleyecho.example/" rel="home">The Valley Echo</a></h1></header><article><h2 class="entry-title">)"
               R"(Flood defences to be raised after December storm</h2><div class="entry-content"><p>The flood wall along the river will be raised by half a )"
               R"(metre this spring, the agency said on Tuesday.</p><p>Work will begin in March.</p></div></article></body></html>)"_ba
            << u"Flood defences to be raised after December storm\nThe flood wall along the river will be raised by half a metre this spring, the agency said "
               u"on "
               u"Tuesday.\nWork will begin in March."_s
            << u"HPP"_s << QStringList{u"Flood defences to be raised after December storm"_s, u""_s, u""_s, u"The Valley Echo"_s, u""_s} << QString();
        QTest::newRow("a blog's <h1> that links home and names the blog, which <title> sets before the post's title and a colon: the outlet")
            << u"page.html"_s
            << R"(<html><head><title>Valley Notes: Flood wall to be raised at Pontbridge</title></head><body><div class="header"><h1 class="title"><a )"
               R"(href="https://valleynotes.example/">Valley Notes</a></h1></div><div class="post"><h3 class="post-title">Flood wall to be raised at )"
               R"(Pontbridge</h3><div class="post-body"><p>The flood wall along the river will be raised by half a metre this spring, the agency said.</p>)"
               R"(<p>A drop-in session will be held on 29 January.</p></div></div></body></html>)"_ba
            << u"Flood wall to be raised at Pontbridge\nThe flood wall along the river will be raised by half a metre this spring, the agency said.\nA drop-in "
               u"session will be held on 29 January."_s
            << u"HPP"_s << QStringList{u"Flood wall to be raised at Pontbridge"_s, u""_s, u""_s, u"Valley Notes"_s, u""_s} << QString();
        QTest::newRow("near miss: a section's <h1> that links nowhere before a colon in <title> names no site")
            << u"page.html"_s
            << R"(<html><head><title>Opinion: Why the Fed should wait</title></head><body><article><h1>Opinion</h1><h2>Why the Fed should wait</h2>)"
               R"(<p>The central bank has time on its side, and it should use it before cutting rates again.</p></article></body></html>)"_ba
            << u"Opinion\nWhy the Fed should wait\nThe central bank has time on its side, and it should use it before cutting rates again."_s << u"HHP"_s
            << QStringList{u"Opinion"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("near miss: an <h1> headline that <title> sets after a label is the headline, no site")
            << u"page.html"_s
            << R"(<html><head><title>Opinion | Why the Fed should wait</title></head><body><article><h1>Why the Fed should wait</h1>)"
               R"(<p>The central bank has time on its side, and it should use it before cutting rates again.</p></article></body></html>)"_ba
            << u"Why the Fed should wait\nThe central bank has time on its side, and it should use it before cutting rates again."_s << u"HP"_s
            << QStringList{u"Why the Fed should wait"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow(
            "print page that names only the site in <title>: the line over the byline is the headline, the site the outlet, the printed URL the address")
            << u"page.html"_s
            << R"(<html><head><title>The Harbour Gazette - Print Article</title></head><body onload="window.print();"><table><tr><td>)"
               R"(<font size="+2"><b>Ferry service to island suspended</b></font><br><i>By Rhiannon Pugh</i><br><br>)"
               R"(Ferry crossings were suspended on Thursday after an engine fault, the operator said.<br><br>A water taxi will run from Friday.<br><hr>)"
               R"(<small>URL: https://www.harbourgazette.example/news/ferry-suspended-1_88123</small></td></tr></table></body></html>)"_ba
            << u"Ferry service to island suspended\nBy Rhiannon Pugh\nFerry crossings were suspended on Thursday after an engine fault, the operator said.\nA "
               u"water taxi will run from Friday."_s
            << u"HPPP"_s
            << QStringList{u"Ferry service to island suspended"_s, u""_s, u"https://www.harbourgazette.example/news/ferry-suspended-1_88123"_s,
                   u"The Harbour Gazette"_s, u"Rhiannon Pugh"_s}
            << QString();
        QTest::newRow("a page set in <font> and <br>: the site after the printed headline in <title> is the outlet, not the one in the writer's job")
            << u"page.html"_s
            << R"(<html><head><title>Altadena church opens doors :: Mountain View Gazette</title></head><body><table><tr><td>)"
               R"(<font size="4"><b>Altadena church opens doors</b></font><br><font size="2"><i>By Walter Briggs, Gazette Staff Writer</i><br>)"
               R"(Posted Saturday, January 11, 2025</font><br><br><font face="Georgia">The church has housed about 60 people a night since Tuesday.)"
               R"(<br><br>Donations can be dropped off at the church office.</font></td></tr></table></body></html>)"_ba
            << u"Altadena church opens doors\nBy Walter Briggs, Gazette Staff Writer\nThe church has housed about 60 people a night since Tuesday.\n"
               u"Donations can be dropped off at the church office."_s
            << u"HPPP"_s << QStringList{u"Altadena church opens doors"_s, u"2025-01-11"_s, u""_s, u"Mountain View Gazette"_s, u"Walter Briggs"_s} << QString();
        QTest::newRow(
            "an agency's incident page: the site after the bar in a <title> that says more than the heading is the outlet; the page's update line goes")
            << u"page.html"_s
            << R"(<html><head><title>Palisades Fire Incident Update - January 12, 2025 | CAL FIRE</title></head><body><main><h1>Palisades Fire</h1>)"
               R"(<h2>Current Situation</h2><p>Firefighters held the eastern edge overnight.</p><p>Aircraft resumed drops at first light.</p>)"
               R"(<p>Page last updated: 1/12/2025 7:14 AM</p></main></body></html>)"_ba
            << u"Palisades Fire\nCurrent Situation\nFirefighters held the eastern edge overnight.\nAircraft resumed drops at first light."_s << u"HHPP"_s
            << QStringList{u"Palisades Fire"_s, u"2025-01-12"_s, u""_s, u"CAL FIRE"_s, u""_s} << QString();
        QTest::newRow("near miss: a lower-case word after the bar is no site")
            << u"page.html"_s
            << R"(<html><head><title>Palisades Fire Incident Update | updated hourly</title></head><body><main><h1>Palisades Fire</h1>)"
               R"(<p>Firefighters held the eastern edge overnight.</p></main></body></html>)"_ba
            << u"Palisades Fire\nFirefighters held the eastern edge overnight."_s << u"HP"_s << QStringList{u"Palisades Fire"_s, u""_s, u""_s, u""_s, u""_s}
            << QString();
        QTest::newRow("near misses: a <title> the text does not print, over a first line that a sentence follows, stays the title; a URL in a sentence stays")
            << u"page.html"_s
            << R"(<html><head><title>Ferry service suspended</title></head><body><div><p>Island ferry crossings halted</p>)"
               R"(<p>Ferry crossings were suspended on Thursday after an engine fault, the operator said.</p>)"
               R"(<p>Timetables are at https://www.harbourlines.example/times, the operator said.</p></div></body></html>)"_ba
            << u"Ferry service suspended\nIsland ferry crossings halted\nFerry crossings were suspended on Thursday after an engine fault, the operator said.\n"
               u"Timetables are at https://www.harbourlines.example/times, the operator said."_s
            << u"HPPP"_s << QStringList{u"Ferry service suspended"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("print page: 'Posted By <name> On <date>' names the writer")
            << u"page.html"_s
            << R"(<html><head><title>Bay Daily &raquo; Channel reopens &raquo; Print</title></head><body><div id="Outline"><p id="BlogTitle">Channel reopens</p>)"
               R"(<p id="BlogDate">Posted By <u>Tom&aacute;s Reyna</u> On June 11, 2024 @ 7:42 am In <u>Transportation</u> | <u>No Comments</u></p>)"
               R"(<div id="BlogContent"><p>The shipping channel returned to its full width and depth on Monday for the first time since March.</p></div></div></body></html>)"_ba
            << u"Bay Daily \u00BB Channel reopens\nChannel reopens\nPosted By Tom\u00E1s Reyna On June 11, 2024 @ 7:42 am In Transportation | No Comments\nThe shipping channel returned to its full width and depth on Monday for the first time since March."_s
            << u"HPPP"_s << QStringList{u"Bay Daily \u00BB Channel reopens"_s, u"2024-06-11"_s, u""_s, u""_s, u"Tom\u00E1s Reyna"_s} << QString();
        QTest::newRow("a date line posted by a desk, not a person, names no writer")
            << u"page.html"_s
            << R"(<html><head><title>Bay Daily &raquo; Channel reopens &raquo; Print</title></head><body><div id="Outline"><p id="BlogTitle">Channel reopens</p>)"
               R"(<p id="BlogDate">Posted by the news desk on June 11, 2024 @ 7:42 am In <u>Transportation</u> | <u>No Comments</u></p>)"
               R"(<div id="BlogContent"><p>The shipping channel returned to its full width and depth on Monday for the first time since March.</p></div></div></body></html>)"_ba
            << u"Bay Daily \u00BB Channel reopens\nChannel reopens\nPosted by the news desk on June 11, 2024 @ 7:42 am In Transportation | No Comments\nThe shipping channel returned to its full width and depth on Monday for the first time since March."_s
            << u"HPPP"_s << QStringList{u"Bay Daily \u00BB Channel reopens"_s, u"2024-06-11"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a headline that ends on the word 'print' keeps it")
            << u"page.html"_s
            << R"(<html><head><title>Gazette to stop the presses in print | Gazette</title></head><body><article><h1>Gazette to stop the presses in print</h1>)"
               R"(<p>The paper will publish its last printed edition on Friday, its owner said.</p></article></body></html>)"_ba
            << u"Gazette to stop the presses in print\nThe paper will publish its last printed edition on Friday, its owner said."_s << u"HP"_s
            << QStringList{u"Gazette to stop the presses in print"_s, u""_s, u""_s, u"Gazette"_s, u""_s} << QString();
        QTest::newRow("Reader View copy: the date line over the text is the page's date, no paragraph")
            << u"page.html"_s
            << R"(<html><head><title>Span brought down</title></head><body><div class="container"><div class="header reader-header">)"
               R"(<a class="domain reader-domain" href="https://tide.example/2024/05/13/span/">tide.example</a><h1 class="reader-title">Span brought down</h1>)"
               R"(<div class="credits reader-credits">Priya Castellano</div></div><hr><div class="content"><div class="mozReaderContent"><div id="readability-page-1" class="page"><div>)"
               R"(<p><span>May 13, 2024</span></p><p>Engineers set off small charges on Monday evening to break up the section of the bridge lying on the ship.</p>)"
               R"(<p>The ship was refloated a week later.</p></div></div></div></div></div></body></html>)"_ba
            << u"Span brought down\nEngineers set off small charges on Monday evening to break up the section of the bridge lying on the ship.\nThe ship was refloated a week later."_s
            << u"HPP"_s << QStringList{u"Span brought down"_s, u"2024-05-13"_s, u"https://tide.example/2024/05/13/span/"_s, u""_s, u"Priya Castellano"_s}
            << QString();
        QTest::newRow("a short line that opens with another word than a date, or gives another date than the page's, stays")
            << u"page.html"_s
            << R"(<html><head><title>Port shut</title><meta property="article:published_time" content="2024-04-02T10:00:00Z"></head><body><article><h1>Port shut</h1>)"
               R"(<p>Since March 26, 2024</p><p>March 30, 2024</p><p>The port has been closed to most ships since the bridge fell, officials said on Tuesday.</p></article></body></html>)"_ba
            << u"Port shut\nSince March 26, 2024\nMarch 30, 2024\nThe port has been closed to most ships since the bridge fell, officials said on Tuesday."_s
            << u"HPPP"_s << QStringList{u"Port shut"_s, u"2024-04-02"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a page that prints no date: the date its address gives")
            << u"page.html"_s
            << R"(<html><head><title>Bus lanes approved</title><link rel="canonical" href="https://riverside.example/news/2025/06/12/bus-lanes"></head>)"
               R"(<body><article><h1>Bus lanes approved</h1><p>The council approved three bus lanes on Wednesday night.</p></article></body></html>)"_ba
            << u"Bus lanes approved\nThe council approved three bus lanes on Wednesday night."_s << u"HP"_s
            << QStringList{u"Bus lanes approved"_s, u"2025-06-12"_s, u"https://riverside.example/news/2025/06/12/bus-lanes"_s, u""_s, u""_s} << QString();
        QTest::newRow("a page that prints no date, its address with the month's short name")
            << u"page.html"_s
            << R"(<html><head><title>Two arrested</title><link rel="canonical" href="https://meridian.example/world/2025/oct/26/louvre-arrests?ref=home"></head>)"
               R"(<body><article><h1>Two arrested</h1><p>Two men were arrested on Saturday, the prosecutor said.</p></article></body></html>)"_ba
            << u"Two arrested\nTwo men were arrested on Saturday, the prosecutor said."_s << u"HP"_s
            << QStringList{u"Two arrested"_s, u"2025-10-26"_s, u"https://meridian.example/world/2025/oct/26/louvre-arrests?ref=home"_s, u""_s, u""_s}
            << QString();
        QTest::newRow("near miss: a printed date beats the address's")
            << u"page.html"_s
            << R"(<html><head><title>Bus lanes approved</title><link rel="canonical" href="https://riverside.example/news/2025/06/12/bus-lanes">)"
               R"(<meta property="article:published_time" content="2025-06-13T08:00:00Z"></head>)"
               R"(<body><article><h1>Bus lanes approved</h1><p>The council approved three bus lanes on Wednesday night.</p></article></body></html>)"_ba
            << u"Bus lanes approved\nThe council approved three bus lanes on Wednesday night."_s << u"HP"_s
            << QStringList{u"Bus lanes approved"_s, u"2025-06-13"_s, u"https://riverside.example/news/2025/06/12/bus-lanes"_s, u""_s, u""_s} << QString();
        QTest::newRow("near miss: a year before an id, and a date in the query, give no date")
            << u"page.html"_s
            << R"(<html><head><title>Bus lanes approved</title><link rel="canonical" href="https://riverside.example/2025/mar/1234567/story?d=2025/06/12"></head>)"
               R"(<body><article><h1>Bus lanes approved</h1><p>The council approved three bus lanes on Wednesday night.</p></article></body></html>)"_ba
            << u"Bus lanes approved\nThe council approved three bus lanes on Wednesday night."_s << u"HP"_s
            << QStringList{u"Bus lanes approved"_s, u""_s, u"https://riverside.example/2025/mar/1234567/story?d=2025/06/12"_s, u""_s, u""_s} << QString();
        QTest::newRow("near miss: a word that opens like a month's name gives no date")
            << u"page.html"_s
            << R"(<html><head><title>Bus lanes approved</title><link rel="canonical" href="https://riverside.example/2025/marketing/12/story"></head>)"
               R"(<body><article><h1>Bus lanes approved</h1><p>The council approved three bus lanes on Wednesday night.</p></article></body></html>)"_ba
            << u"Bus lanes approved\nThe council approved three bus lanes on Wednesday night."_s << u"HP"_s
            << QStringList{u"Bus lanes approved"_s, u""_s, u"https://riverside.example/2025/marketing/12/story"_s, u""_s, u""_s} << QString();
        QTest::newRow("Google Docs export: the address after 'Source:' is the page's, out of Google's redirect")
            << u"page.html"_s
            << R"(<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"></head><body class="c3 doc-content">)"
               R"(<p class="c0"><span class="c2">Settlement reached over bridge</span></p><p class="c0"><span class="c1">The owners agreed to pay about $102 million, the department said on Thursday.</span></p>)"
               R"(<p class="c0"><span class="c1">Source: </span><span class="c7"><a class="c6" href="https://www.google.com/url?q=https://bay.example/2024/10/24/settlement/&amp;sa=D&amp;source=editors&amp;ust=1732711111111111">https://bay.example/2024/10/24/settlement/</a></span></p></body></html>)"_ba
            << u"Settlement reached over bridge\nThe owners agreed to pay about $102 million, the department said on Thursday."_s << u"HP"_s
            << QStringList{u"Settlement reached over bridge"_s, u"2024-10-24"_s, u"https://bay.example/2024/10/24/settlement/"_s, u""_s, u""_s} << QString();
        QTest::newRow("a page's own address wins over a 'Source:' link; a link named otherwise is no address")
            << u"page.html"_s
            << R"(<html><head><title>Settlement reached</title><link rel="canonical" href="https://own.example/a"></head><body><h1>Settlement reached</h1>)"
               R"(<p>The owners agreed to pay, the department said on Thursday.</p><p>Source: <a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fbay.example%2Fb">https://bay.example/b</a></p></body></html>)"_ba
            << u"Settlement reached\nThe owners agreed to pay, the department said on Thursday.\nSource: https://bay.example/b"_s << u"HPP"_s
            << QStringList{u"Settlement reached"_s, u""_s, u"https://own.example/a"_s, u""_s, u""_s} << QString();
        QTest::newRow("a 'Source:' link that names its site, not its address, gives no address")
            << u"page.html"_s
            << R"(<html><head><title>Settlement reached</title></head><body><h1>Settlement reached</h1>)"
               R"(<p>The owners agreed to pay, the department said on Thursday.</p><p>Source: <a href="https://bay.example/">Bay Daily</a></p></body></html>)"_ba
            << u"Settlement reached\nThe owners agreed to pay, the department said on Thursday.\nSource: Bay Daily"_s << u"HPP"_s
            << QStringList{u"Settlement reached"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("news API record without content: the description; with content: the content alone")
            << u"a.json"_s << R"({"articles":[{"title":"Tests confirm death","description":"The identities of all ten victims were established.","content":""},
{"title":"Jet crashes","description":"All ten on board died.","content":"A private jet crashed on Wednesday… [+2411 chars]"}]})"_ba
            << u"Tests confirm death\nThe identities of all ten victims were established.\n\nJet crashes\nA private jet crashed on Wednesday\u2026"_s
            << u"HP|HP"_s << QStringList() << QString();
        QTest::newRow("a box that 'More from ...', 'Recommended from ...' or 'More Videos' opens holds other stories: their teasers' quotes go")
            << u"page.html"_s
            << R"(<html><head><title>The night the bridge fell</title></head><body><article><h1>The night the bridge fell</h1>)"
               R"(<p>Just before 1:30 in the morning, the container ship lost power and drifted into a pier of the bridge.</p>)"
               R"(<p>The span came down in seconds, and six men from a road crew were killed.</p><p>Divers searched the river for days afterwards.</p>)"
               R"(<div><h2>More from Marcus Oyelaran</h2><div><h3>Why the light rail breaks down</h3><p>“It is always the same switch,” a driver told me.</p></div></div>)"
               R"(<div><h2>Recommended from Medium</h2><div><h3>The bridges we forget</h3><p>Nov 2 · 8 min read</p></div></div>)"
               R"(<div class="recirc"><header><h3>More Videos</h3></header><ul><li>"We heard a boom," neighbor says</li></ul></div></article></body></html>)"_ba
            << u"The night the bridge fell\nJust before 1:30 in the morning, the container ship lost power and drifted into a pier of the bridge.\nThe span came down in seconds, and six men from a road crew were killed.\nDivers searched the river for days afterwards."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("a section of the story under a heading that only opens like one, or with text before its heading, stays")
            << u"page.html"_s
            << R"(<html><head><title>Hearing ends</title></head><body><article><h1>Hearing ends</h1>)"
               R"(<p>The hearing ended after four hours on Monday, and the director left without speaking to reporters.</p>)"
               R"(<section><h2>More from the hearing</h2><p>“We failed,” the director said.</p></section>)"
               R"(<section><h2>Related charges</h2><p>Prosecutors filed two more counts on Tuesday.</p></section>)"
               R"(<div>Also on Monday: <h3>Most read</h3><p>The report was the most read document on the committee's site.</p></div></article></body></html>)"_ba
            << u"Hearing ends\nThe hearing ended after four hours on Monday, and the director left without speaking to reporters.\nMore from the hearing\n“We failed,” the director said.\nRelated charges\nProsecutors filed two more counts on Tuesday.\nAlso on Monday:\nMost read\nThe report was the most read document on the committee's site."_s
            << u"HPHPHPPHP"_s << QStringList() << QString();
        QTest::newRow("counts beside a blog's buttons (claps, responses) dropped; a year over a section and a sentence that opens on a number stay")
            << u"page.html"_s
            << R"(<html><head><title>Span falls</title></head><body><article><h1>Span falls</h1><div><p>1.2K</p></div><div><p>34</p></div>)"
               R"(<p>The span fell into the river on Tuesday, officials said.</p><p><strong>2019</strong></p><p>1,200 homes lost power that year.</p>)"
               R"(<div><p>2.4K Followers</p></div></article></body></html>)"_ba
            << u"Span falls\nThe span fell into the river on Tuesday, officials said.\n2019\n1,200 homes lost power that year."_s << u"HPHP"_s << QStringList()
            << QString();
        QTest::newRow("a post's 'Categories: ... | Tags: ...' line dropped; a sentence that opens on those words stays")
            << u"page.html"_s
            << R"(<html><head><title>Vigil held</title></head><body><div class="post"><h2 class="post-title">Vigil held</h2><div class="post-entry">)"
               R"(<p>Residents gathered at a church on Saturday to remember the six men who died.</p><p>Tags on the containers were read by divers, officials said.</p>)"
               R"(<p class="postmetadata">Categories: <a href="/c">Community</a> | Tags: <a href="/t/a">Dundalk</a>, <a href="/t/b">vigil</a></p>)"
               R"(<p>Filed under: <a href="/n">News</a></p></div></div></body></html>)"_ba
            << u"Vigil held\nResidents gathered at a church on Saturday to remember the six men who died.\nTags on the containers were read by divers, officials said."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a byline's label and name set apart above the article name the writer")
            << u"page.html"_s
            << R"(<html><head><title>Port shut</title></head><body><div><p class="title">Port shut</p><p class="date">Written by <u>Lena Ortiz</u> on April 2, 2024</p><div class="story">)"
               R"(<p>The port has been closed to most ships since the bridge fell, officials said on Tuesday.</p><p>Some smaller vessels used a temporary channel.</p><p>Officials hope to reopen the main channel by June.</p>)"
               R"(</div></div></body></html>)"_ba
            << u"Port shut\nThe port has been closed to most ships since the bridge fell, officials said on Tuesday.\nSome smaller vessels used a temporary channel.\nOfficials hope to reopen the main channel by June."_s
            << u"HPPP"_s << QStringList{u"Port shut"_s, u"2024-04-02"_s, u""_s, u""_s, u"Lena Ortiz"_s} << QString();
        QTest::newRow("a byline's label over other words than a name names no writer")
            << u"page.html"_s
            << R"(<html><head><title>Port shut</title></head><body><div><p class="title">Port shut</p><p class="date">Written by <u>the news desk</u> on April 2, 2024</p><div class="story">)"
               R"(<p>The port has been closed to most ships since the bridge fell, officials said on Tuesday.</p><p>Some smaller vessels used a temporary channel.</p><p>Officials hope to reopen the main channel by June.</p>)"
               R"(</div></div></body></html>)"_ba
            << u"Port shut\nThe port has been closed to most ships since the bridge fell, officials said on Tuesday.\nSome smaller vessels used a temporary channel.\nOfficials hope to reopen the main channel by June."_s
            << u"HPPP"_s << QStringList{u"Port shut"_s, u"2024-04-02"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a box named for the writer ('article__author') may list several after a label; a job among them is no writer")
            << u"page.html"_s
            << R"(<html><head><title>Port shut</title></head><body><div class="article"><h1>Port shut</h1><div class="article__author">Author: Nia Brooks, Sam Keller, Staff Writer</div>)"
               R"(<div class="article__body">)"
               R"(<p>The port has been closed to most ships since the bridge fell, officials said on Tuesday.</p><p>Some smaller vessels used a temporary channel.</p><p>Officials hope to reopen the main channel by June.</p>)"
               R"(</div></div></body></html>)"_ba
            << u"Port shut\nThe port has been closed to most ships since the bridge fell, officials said on Tuesday.\nSome smaller vessels used a temporary channel.\nOfficials hope to reopen the main channel by June."_s
            << u"HPPP"_s << QStringList{u"Port shut"_s, u""_s, u""_s, u""_s, u"Nia Brooks, Sam Keller"_s} << QString();
        QTest::newRow("a link to the writer's archive over the post names the writer; one in a list of recent posts does not")
            << u"page.html"_s
            << R"(<html><head><title>Port shut</title></head><body><div class="post"><h2 class="post-title">Port shut</h2>)"
               R"(<p class="post-meta">Posted on April 2, 2024 by <a href="/author/grace/">Grace Ellery</a></p><div class="post-entry">)"
               R"(<p>The port has been closed to most ships since the bridge fell, officials said on Tuesday.</p><p>Some smaller vessels used a temporary channel.</p><p>Officials hope to reopen the main channel by June.</p>)"
               R"(</div></div><div class="recent"><p><a href="/2024/03/29/plans/">Vigil planned</a> by <a href="/author/tom/">Tom Hale</a></p></div></body></html>)"_ba
            << u"Port shut\nThe port has been closed to most ships since the bridge fell, officials said on Tuesday.\nSome smaller vessels used a temporary channel.\nOfficials hope to reopen the main channel by June."_s
            << u"HPPP"_s << QStringList{u"Port shut"_s, u"2024-04-02"_s, u""_s, u""_s, u"Grace Ellery"_s} << QString();
        QTest::newRow("the page's notes about itself ('Editor's note: ...', 'Correction: ...') dropped; a sentence on a correction stays")
            << u"page.html"_s
            << R"(<html><head><title>Director resigns</title></head><body><article><h1>Director resigns</h1><div class="editor-note"><p><em>Editor's note: This story has been updated.</em></p></div>)"
               R"(<p>The director resigned on Tuesday, a day after a combative hearing.</p><p>Corrections officers at the jail were also questioned, officials said.</p>)"
               R"(<div class="css-correction"><p>Correction: An earlier version of this article misstated the distance. It was about 400 feet, not 400 yards.</p></div></article></body></html>)"_ba
            << u"Director resigns\nThe director resigned on Tuesday, a day after a combative hearing.\nCorrections officers at the jail were also questioned, officials said."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a byline that names the outlet after the writer ('By Lena Brooks Fox News') gives the writer")
            << u"page.html"_s
            << R"(<html><head><title>Hearing ends</title><meta property="og:site_name" content="Fox News"></head><body><article><h1>Hearing ends</h1>)"
               R"(<p>By Lena Brooks Fox News</p><p>The hearing ended after four hours on Monday, and the director left without speaking to reporters.</p></article></body></html>)"_ba
            << u"Hearing ends\nBy Lena Brooks Fox News\nThe hearing ended after four hours on Monday, and the director left without speaking to reporters."_s
            << u"HPP"_s << QStringList{u"Hearing ends"_s, u""_s, u""_s, u"Fox News"_s, u"Lena Brooks"_s} << QString();
        QTest::newRow("a portal's copy of a wire story: the writers its byline names, not the wire its metadata names")
            << u"page.html"_s
            << R"(<html><head><title>Louvre closes after theft</title><meta property="og:site_name" content="Yahoo News"><meta name="author" content="Reuters">)"
               R"(</head><body><article><h1>Louvre closes after theft</h1><p>By Elizabeth Pineau and Dominique Vidalon</p>)"
               R"(<p>PARIS (Reuters) - Thieves stole jewellery from the Louvre on Sunday, the culture minister said.</p></article></body></html>)"_ba
            << u"Louvre closes after theft\nBy Elizabeth Pineau and Dominique Vidalon\nPARIS (Reuters) - Thieves stole jewellery from the Louvre on Sunday, "
               u"the "
               u"culture minister said."_s
            << u"HPP"_s << QStringList{u"Louvre closes after theft"_s, u""_s, u""_s, u"Yahoo News"_s, u"Elizabeth Pineau and Dominique Vidalon"_s} << QString();
        QTest::newRow("a portal's copy of a wire story: the writers in its author's byline box, outside the text, not the wire in its metadata")
            << u"page.html"_s
            << R"(<html><head><title>Louvre closes after theft</title><meta property="og:site_name" content="Yahoo News"><meta name="author" content="Reuters">)"
               R"(</head><body><div class="caas-attr"><span class="caas-author-byline-collapse">Elizabeth Pineau and Dominique Vidalon</span></div>)"
               R"(<div class="caas-body"><p>PARIS (Reuters) - Thieves stole jewellery from the Louvre on Sunday, the culture minister said.</p></div></body></html>)"_ba
            << u"Louvre closes after theft\nPARIS (Reuters) - Thieves stole jewellery from the Louvre on Sunday, the culture minister said."_s << u"HP"_s
            << QStringList{u"Louvre closes after theft"_s, u""_s, u""_s, u"Yahoo News"_s, u"Elizabeth Pineau, Dominique Vidalon"_s} << QString();
        QTest::newRow("near miss: a wire named as the author of a page that prints no byline stays the author")
            << u"page.html"_s
            << R"(<html><head><title>Louvre closes</title><meta name="author" content="Associated Press"></head><body><article><h1>Louvre closes</h1>)"
               R"(<p>Thieves stole jewellery from the Louvre on Sunday, the culture minister said.</p></article></body></html>)"_ba
            << u"Louvre closes\nThieves stole jewellery from the Louvre on Sunday, the culture minister said."_s << u"HP"_s
            << QStringList{u"Louvre closes"_s, u""_s, u""_s, u""_s, u"Associated Press"_s} << QString();
        QTest::newRow("a paywalled page's text for subscribers, in the box its structured data names (\".paywall\"), stays; the wall's overlay goes")
            << u"page.html"_s
            << R"(<html><head><title>Rates held</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Rates held",)"
               R"("isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}}</script></head>)"
               R"(<body><article><h1>Rates held</h1><p>The Bank of England kept interest rates at 4% on Thursday, with seven of the nine members of its )"
               R"(Monetary Policy Committee voting to hold as inflation stayed close to twice the target.</p><div class="paywall"><p>Two members voted for a cut.</p></div>)"
               R"(<div class="paywall-overlay"><p>Get unlimited access for just £1 a week.</p></div></article></body></html>)"_ba
            << u"Rates held\nThe Bank of England kept interest rates at 4% on Thursday, with seven of the nine members of its Monetary Policy Committee voting "
               u"to hold as inflation stayed close to twice the target.\nTwo members voted for a cut."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a page that its structured data marks as not free: the last paragraph, cut off mid-sentence by the wall, goes")
            << u"page.html"_s
            << R"(<html><head><title>Rates held</title><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script></head>)"
               R"(<body><article><h1>Rates held</h1><p>The Bank of England kept interest rates at 4% on Thursday.</p>)"
               R"(<p>Economists at Harcourt Partners said they expected the next</p></article></body></html>)"_ba
            << u"Rates held\nThe Bank of England kept interest rates at 4% on Thursday."_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("near miss: a free page's last paragraph without a stop stays")
            << u"page.html"_s
            << R"(<html><head><title>Rates held</title><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":true}</script></head>)"
               R"(<body><article><h1>Rates held</h1><p>The Bank of England kept interest rates at 4% on Thursday.</p>)"
               R"(<p>Economists at Harcourt Partners said they expected the next</p></article></body></html>)"_ba
            << u"Rates held\nThe Bank of England kept interest rates at 4% on Thursday.\nEconomists at Harcourt Partners said they expected the next"_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("near miss: a small box named for the paywall that the structured data does not name goes")
            << u"page.html"_s
            << R"(<html><head><title>Rates held</title></head><body><article><h1>Rates held</h1><p>The Bank of England kept interest rates at 4% on Thursday, )"
               R"(with seven of the nine members of its Monetary Policy Committee voting to hold as inflation stayed close to twice the target.</p>)"
               R"(<div class="paywall"><p>Subscribe for just £1 a week.</p></div></article></body></html>)"_ba
            << u"Rates held\nThe Bank of England kept interest rates at 4% on Thursday, with seven of the nine members of its Monetary Policy Committee voting "
               u"to hold as inflation stayed close to twice the target."_s
            << u"HP"_s << QStringList() << QString();
    }
    void readsSavedNewsPages() { checkRow(); }

    // Press releases and official statements, saved as pages or copied as text: the issuer's
    // furniture around the text goes, the text and its quoted officials stay.
    void readsPressReleases_data()
    {
        addColumns();
        QTest::newRow("a regulator's release: the label over the headline, release time, contact block, end mark and what follows dropped")
            << u"page.html"_s
            << R"(<html><head><title>FAA grounds jets</title></head><body><article><p>Press Release &ndash; FAA grounds jets</p><h1>FAA grounds jets</h1>
<div>For Immediate Release</div><div>Contact:</div><p>Press Office<br>Phone: (202) 555-0110<br>Email: press@faa.example</p>
<p>WASHINGTON&mdash;The agency ordered the grounding of 171 airplanes on Saturday.</p><p>Inspections take four to eight hours per aircraft.</p>
<p class="text-align-center">###</p><div>Topics</div><p>Last updated: Saturday, January 6, 2024</p></article></body></html>)"_ba
            << u"FAA grounds jets\nWASHINGTON\u2014The agency ordered the grounding of 171 airplanes on Saturday.\nInspections take four to eight hours per aircraft."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a British release or a reporter's copy closes with ENDS: the mark and the notes to editors after it dropped")
            << u"page.html"_s
            << R"(<html><head><title>Library to close</title></head><body><p class="title">Library to close</p><p>Millbrook's library will close at the end )"
               R"(of June after councillors voted 7-4 on Tuesday night to shut the branch.</p><p>About 60 residents packed the public gallery.</p><p>ENDS</p>)"
               R"(<p>Notes to editors</p><p>1. The council serves 90,000 residents.</p></body></html>)"_ba
            << u"Library to close\nMillbrook's library will close at the end of June after councillors voted 7-4 on Tuesday night to shut the branch.\nAbout "
               u"60 "
               u"residents packed the public gallery."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("notes to editors without an end mark open the foot; -ends- in plain text closes it")
            << u"release.txt"_s
            << "Library to close\nMillbrook's library will close at the end of June, the council said on Wednesday.\nThe branch opened in 1978.\n-ends-\n\n"
               "Notes to Editors:\nThe council serves 90,000 residents.\n"_ba
            << u"Library to close\nMillbrook's library will close at the end of June, the council said on Wednesday.\nThe branch opened in 1978."_s << u"HPP"_s
            << QStringList() << QString();
        QTest::newRow("near miss: sentences that open with 'Ends' or name notes to editors stay")
            << u"story.txt"_s
            << "Strike ends\nEnds of the pier were closed on Monday, the council said.\nThe notes to editors were sent on Tuesday.\nThe pier reopens in May.\n"_ba
            << u"Strike ends\nEnds of the pier were closed on Monday, the council said.\nThe notes to editors were sent on Tuesday.\nThe pier reopens in May."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("a wire release's foot: About the issuer, forward-looking statements, SOURCE and contacts dropped")
            << u"page.html"_s << R"(<html><head><title>Supplier statement</title></head><body><article><h1>Supplier statement</h1>
<p>WICHITA, Kan., Jan. 8, 2024 /PRNewswire/ -- The supplier issued a statement on Monday.</p>
<p>"We are cooperating fully with the investigators," said Greg Lind, a spokesman.</p><p>The company builds the fuselage in Wichita.</p>
<p><b>About Spirit AeroSystems Inc.</b></p><p>Spirit AeroSystems is one of the largest makers of aerostructures.</p>
<p><b>Cautionary Statement Regarding Forward-Looking Statements</b></p><p>This press release contains forward-looking statements.</p>
<p>SOURCE Spirit AeroSystems Holdings, Inc.</p><p>For further information: Media: Kyle Marsden, (316) 555-0121</p></article></body></html>)"_ba
            << u"Supplier statement\nWICHITA, Kan., Jan. 8, 2024 /PRNewswire/ -- The supplier issued a statement on Monday.\n\"We are cooperating fully with "
               u"the "
               u"investigators,\" said Greg Lind, a spokesman.\nThe company builds the fuselage in Wichita."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("an e-mailed release's foot as text: About, contacts, the distributor's lines dropped")
            << u"release.txt"_s
            << "Airline returns jets to service\n\nSEATTLE -- The airline returned its first jet to service on Friday.\n\nIt expects to finish next week.\n\n"
               "About Alaska Airlines\nAlaska Airlines serves more than 120 destinations.\n\nContacts\nMedia Relations\n(206) 555-0199\n\n"
               "View source version on businesswire.com: https://www.businesswire.com/news/home/1/en/\n"_ba
            << u"Airline returns jets to service\nSEATTLE -- The airline returned its first jet to service on Friday.\nIt expects to finish next week."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a copied release: the page's masthead, the labelled headline, release time and contacts before the text; the end mark closes it")
            << u"copy.txt"_s
            << "Skip to main content\nFederal Aviation Administration\nNewsroom\nPress Release \u2013 FAA approves inspections\nFAA approves inspections\n"
               "For Immediate Release\nJanuary 24, 2024\nContact:\nPress Office\nPhone: (202) 555-0110\nWASHINGTON\u2014The agency approved an inspection "
               "process on Wednesday.\nBackground\nThe jets were grounded on Jan. 6.\n###\nTopics\nAircraft\nPrivacy Policy\n"_ba
            << u"FAA approves inspections\nJanuary 24, 2024\nWASHINGTON\u2014The agency approved an inspection process on Wednesday.\nBackground\nThe jets "
               u"were "
               u"grounded on Jan. 6."_s
            << u"HPPHP"_s << QStringList{u"FAA approves inspections"_s, u"2024-01-24"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a labelled headline as text's first line")
            << u"release.txt"_s
            << "NEWS RELEASE: Board issues preliminary report\nBoard issues preliminary report\nFour bolts were missing, the board said.\n"_ba
            << u"Board issues preliminary report\nFour bolts were missing, the board said."_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("near misses: sentences opening like release furniture, an About section on no company, a mark mid-text stay")
            << u"story.txt"_s
            << "Crew lost contact\nContact with the crew was lost at 5:07 p.m., the agency said.\n###\nFor release of the records, the families went to "
               "court.\n"
               "About the plan\nThe plan would cap output at 38 jets a month.\nSource: the company said output fell.\n"_ba
            << u"Crew lost contact\nContact with the crew was lost at 5:07 p.m., the agency said.\nFor release of the records, the families went to court.\n"
               u"About the plan\nThe plan would cap output at 38 jets a month.\nSource: the company said output fell."_s
            << u"HPPHPP"_s << QStringList() << QString();
        QTest::newRow("near miss: an About heading over a text on something else stays")
            << u"story.html"_s << R"(<html><head><title>T</title></head><body><article><h1>T</h1><p>The airline grounded its fleet on Saturday night.</p>
<p>Inspections began on Sunday morning at the hangar.</p><h2>About Portland</h2><p>Residents said they heard a loud bang over Cedar Hills.</p></article></body></html>)"_ba
            << u"T\nThe airline grounded its fleet on Saturday night.\nInspections began on Sunday morning at the hangar.\nAbout Portland\nResidents said they "
               u"heard a loud bang over Cedar Hills."_s
            << u"HPPHP"_s << QStringList() << QString();
        QTest::newRow("near miss: a news story's About box on the company it names, with more story after it, stays")
            << u"story.html"_s << R"(<html><head><title>T</title></head><body><article><h1>T</h1><p>The mercenaries withdrew from the city on Sunday.</p>
<p>Their leader said the march was over.</p><h2>About Wagner</h2><p>Wagner is a private military company founded in 2014.</p>
<p>Officials in Moscow said on Monday that talks would continue.</p></article></body></html>)"_ba
            << u"T\nThe mercenaries withdrew from the city on Sunday.\nTheir leader said the march was over.\nAbout Wagner\nWagner is a private military "
               u"company founded in 2014.\nOfficials in Moscow said on Monday that talks would continue."_s
            << u"HPPHPP"_s << QStringList() << QString();
        QTest::newRow("a business page's foot: the exchange rate and the credits without brackets dropped; screen readers' link notes gone")
            << u"page.html"_s << R"(<html><head><title>CEO to step down</title></head><body><article><h1>CEO to step down</h1>
<p>March 25 (Reuters) - Boeing <a href="/markets/companies/BA.N">(BA.N)<span>, opens new tab</span></a> Chief Executive Dave Calhoun will step down, the planemaker said.</p>
<p>The delays would cost carriers 400 million euros (<a href="/x">opens in a new window</a>), an analyst said.</p>
<p>($1 = 0.9234 euros)</p><p class="sign-off">Reporting by Marta Kowal in Montreal; Additional reporting by Tom Ashby; Editing by Nick Ferris</p></article></body></html>)"_ba
            << u"CEO to step down\nMarch 25 (Reuters) - Boeing (BA.N) Chief Executive Dave Calhoun will step down, the planemaker said.\nThe delays would cost "
               u"carriers 400 million euros, an analyst said."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a copied business page's foot: two exchange rates and the credits dropped")
            << u"copy.txt"_s
            << "CEO to step down\nBoeing (BA.N), opens new tab said its chief would step down.\nSpirit shares were little changed.\n"
               "(\u00A31 = $1.2710) ($1 = 0.9234 euros)\nReporting by Dev Sinha; Editing by Ana Varela\n"_ba
            << u"CEO to step down\nBoeing (BA.N) said its chief would step down.\nSpirit shares were little changed."_s << u"HPP"_s << QStringList()
            << QString();
        QTest::newRow("near misses: reporting that found something, a bracketed note, a browser that opens a new tab stay")
            << u"story.txt"_s
            << "Delays mount\nThe app opens a new tab for each booking.\nReporting by local media suggested a delay; officials declined to comment.\n"
               "(Figures in brackets are 2023 totals, 1 = lowest)\n"_ba
            << u"Delays mount\nThe app opens a new tab for each booking.\nReporting by local media suggested a delay; officials declined to comment.\n"
               u"(Figures in brackets are 2023 totals, 1 = lowest)"_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("a page titled by its kind of document over the headline: that kind is no outlet")
            << u"page.html"_s << R"(<html><head><title>News Release - Board issues preliminary report</title></head><body><div class="page">
<div class="pageTitle">Board issues preliminary report</div><div class="body"><p>Four bolts were missing from the door plug, the board said on Tuesday.</p>
<p>The door plug left the airplane at about 14,830 feet.</p></div></div></body></html>)"_ba
            << u"Board issues preliminary report\nFour bolts were missing from the door plug, the board said on Tuesday.\nThe door plug left the airplane at "
               u"about 14,830 feet."_s
            << u"HPP"_s << QStringList{u"Board issues preliminary report"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("the issuing office before the headline in og:title goes; the account that posted the page is no writer")
            << u"page.html"_s << R"(<html><head><title>Office of Public Affairs | Boeing agrees to plead guilty | Justice</title>
<meta property="og:title" content="Office of Public Affairs | Boeing agrees to plead guilty"><meta name="author" content="opa_webteam"></head>
<body><article><h1>Boeing agrees to plead guilty</h1><p>The company agreed to plead guilty to a fraud conspiracy charge.</p></article></body></html>)"_ba
            << u"Boeing agrees to plead guilty\nThe company agreed to plead guilty to a fraud conspiracy charge."_s << u"HP"_s
            << QStringList{u"Boeing agrees to plead guilty"_s, u""_s, u""_s, u"Justice"_s, u""_s} << QString();
        QTest::newRow("near miss: og:title that says more than the h1 stays; an agency's name as author stays")
            << u"page.html"_s << R"(<html><head><meta property="og:title" content="Boeing agrees to a plea deal"><meta name="author" content="AFP"></head>
<body><article><h1>Plea deal</h1><p>The company agreed to plead guilty to a fraud conspiracy charge.</p></article></body></html>)"_ba
            << u"Boeing agrees to a plea deal\nThe company agreed to plead guilty to a fraud conspiracy charge."_s << u"HP"_s
            << QStringList{u"Boeing agrees to a plea deal"_s, u""_s, u""_s, u""_s, u"AFP"_s} << QString();
        QTest::newRow("a paragraph of bold type alone is a section heading; a bold sentence and a bold word in a sentence stay paragraphs")
            << u"page.html"_s << R"(<html><head><title>Jets grounded</title></head><body><article><h1>Jets grounded</h1>
<p>The agency ordered the grounding of 171 airplanes on Saturday.</p><p> <strong>Background</strong> </p>
<p>A door plug separated from the jet shortly after departure.</p><p><b>The airplane landed safely.</b></p>
<p><strong>Note:</strong> the times are local.</p></article></body></html>)"_ba
            << u"Jets grounded\nThe agency ordered the grounding of 171 airplanes on Saturday.\nBackground\nA door plug separated from the jet shortly after "
               u"departure.\nThe airplane landed safely.\nNote: the times are local."_s
            << u"HPHPPP"_s << QStringList() << QString();
        QTest::newRow("a byline set in bold under the headline is no section heading; a desk's note to itself in a draft dropped")
            << u"page.html"_s
            << R"(<html><head><title>Water firm fined</title></head><body><div class="WordSection1"><h1>Water firm fined</h1>)"
               R"(<p class="MsoNormal"><b><span lang="EN-GB">By Sam Whitaker</span></b></p><p class="MsoNormal">Thames Water was fined a record sum by )"
               R"(the regulator on Tuesday.</p><p class="MsoNormal"><b>EDITOR NOTE:</b> check the figure with the regulator.</p>)"
               R"(<p class="MsoNormal">The company said it accepted the findings.</p></div></body></html>)"_ba
            << u"Water firm fined\nBy Sam Whitaker\nThames Water was fined a record sum by the regulator on Tuesday.\nThe company said it accepted the findings."_s
            << u"HPPP"_s << QStringList{u"Water firm fined"_s, u""_s, u""_s, u""_s, u"Sam Whitaker"_s} << QString();
        QTest::newRow("a government release's foot: the day it was updated, its topics and its number dropped")
            << u"page.html"_s << R"(<html><head><title>Boeing to plead guilty</title></head><body><article><h1>Boeing to plead guilty</h1>
<div class="field_body"><p>The company agreed to plead guilty to a fraud conspiracy charge, according to a plea agreement filed today.</p>
<p>Under the agreement, the company will pay a criminal fine of $243.6 million.</p><p>A court must approve the agreement.</p><p>The FBI investigated the case.</p></div>
<div class="node-updated">Updated July 24, 2024</div><div class="node-topics"><div class="field__label">Topic</div><div class="field__item">Fraud</div></div>
<div class="node-number">Press Release Number: 24-912</div></article></body></html>)"_ba
            << u"Boeing to plead guilty\nThe company agreed to plead guilty to a fraud conspiracy charge, according to a plea agreement filed today.\nUnder "
               u"the "
               u"agreement, the company will pay a criminal fine of $243.6 million.\nA court must approve the agreement.\nThe FBI investigated the case."_s
            << u"HPPPP"_s << QStringList() << QString();
        QTest::newRow("a trade page's line of the writer and the date under the headline dropped; a sentence that opens with her name stays")
            << u"page.html"_s << R"(<html><head><title>Supplier faces audit</title><meta name="author" content="Helen Moravec">
<meta property="article:published_time" content="2024-02-07T13:30:00Z"></head><body><article><h1>Supplier faces audit</h1>
<div class="article-meta"><span class="author-name">Helen Moravec</span> <span class="article-date">February 07, 2024 08:30 AM ET</span></div>
<p>Helen Moravec visited the plant on February 6, 2024 after the report.</p><p>The finding widened the audit to the supplier.</p></article></body></html>)"_ba
            << u"Supplier faces audit\nHelen Moravec visited the plant on February 6, 2024 after the report.\nThe finding widened the audit to the supplier."_s
            << u"HPP"_s << QStringList{u"Supplier faces audit"_s, u"2024-02-07"_s, u""_s, u""_s, u"Helen Moravec"_s} << QString();
    }
    void readsPressReleases() { checkRow(); }

    // Pages that fact-checkers and researchers keep beside news reports: an encyclopedia's
    // article, a fact-check, a social thread, a transcript. Each row's furniture goes; its near
    // misses stay.
    void readsReferencePages_data()
    {
        addColumns();
        QTest::newRow("an encyclopedia article copied to text: footnote marks, [edit] links, the tagline (the outlet) and the lists from References on go")
            << u"copy.txt"_s
            << "Steel takeover\nFrom Openpedia, the free encyclopedia\nThe deal was announced in December 2023.[1] The union opposed it.[2][3]\n"
               "The sale closed in June 2025.[citation needed]\nBackground[edit]\nThe bid was $55 a share.[6]: 12 It beat rival offers.\n"
               "See also[edit]\nSteel industry in the United States\nReferences[edit]\n^ Hale, Marion (18 December 2023). \"Steelmaker to buy rival\". "
               "Harbor Ledger. Retrieved 5 May 2025.\nvte\nCategories: 2023 mergers\n"_ba
            << u"Steel takeover\nThe deal was announced in December 2023. The union opposed it.\nThe sale closed in June 2025.\nBackground\n"
               u"The bid was $55 a share. It beat rival offers."_s
            << u"HPPHP"_s << QStringList{u"Steel takeover"_s, u""_s, u""_s, u"Openpedia"_s, u""_s} << QString();
        QTest::newRow("near misses: a bracket after a space, a timestamp and a year in brackets stay; a tagline of another kind is text")
            << u"copy.txt"_s
            << "Hearing resumes\nFrom Pittsburgh, the free concert moved indoors.\nThe senator said [he] would vote no. [crosstalk] The vote [2024] was "
               "close.\n"
               "[00:12:31] The chair spoke.\n"_ba
            << u"Hearing resumes\nFrom Pittsburgh, the free concert moved indoors.\nThe senator said [he] would vote no. [crosstalk] The vote [2024] was "
               u"close.\n"
               u"[00:12:31] The chair spoke."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("a hearing's transcript: running times on lines of their own go; speaker labels, [crosstalk] and (inaudible) stay")
            << u"hearing.txt"_s
            << "Hearing on Foreign Investment in Steel\n[00:00:04]\nSEN. HALVORSEN: The committee will come to order.\n(12:31)\n"
               "MR. ORTIZ: They want it in writing. [crosstalk] A pledge with teeth would. (inaudible) penalties.\nQ: Has anyone met your local?\n"
               "A: Twice, in February.\n[10:30 a.m.]\n"_ba
            << u"Hearing on Foreign Investment in Steel\nSEN. HALVORSEN: The committee will come to order.\n"
               u"MR. ORTIZ: They want it in writing. [crosstalk] A pledge with teeth would. (inaudible) penalties.\nQ: Has anyone met your local?\n"
               u"A: Twice, in February.\n[10:30 a.m.]"_s
            << u"HPPPPP"_s << QStringList() << QString();
        QTest::newRow("the tagline alone tells an encyclopedia's copy: its marks go without a References list")
            << u"copy.txt"_s
            << "Steel takeover\nFrom Openpedia, the free encyclopedia\nThe deal was announced in December 2023.[1]\nThe union opposed it.[2]\n"_ba
            << u"Steel takeover\nThe deal was announced in December 2023.\nThe union opposed it."_s << u"HPP"_s
            << QStringList{u"Steel takeover"_s, u""_s, u""_s, u"Openpedia"_s, u""_s} << QString();
        QTest::newRow("near miss: without a tagline or a References list, a number in brackets after a word is the text's")
            << u"a.txt"_s << "Code review\nThe array a[1] holds the count.\nThe loop reads b[2] next.\n"_ba
            << u"Code review\nThe array a[1] holds the count.\nThe loop reads b[2] next."_s << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a 'Sources' heading with more text after it than before is a section of the text")
            << u"a.txt"_s
            << "Leak inquiry\nThe inquiry opened on Monday.\nSources\nThree officials who spoke on condition of anonymity described the call and said "
               "the recording had been passed to reporters weeks before it was published.\n"_ba
            << u"Leak inquiry\nThe inquiry opened on Monday.\nSources\nThree officials who spoke on condition of anonymity described the call and said "
               u"the recording had been passed to reporters weeks before it was published."_s
            << u"HPHP"_s << QStringList() << QString();
        QTest::newRow("an encyclopedia page saved: tagline, infobox, [edit] links, [citation needed], References and the navigation box go")
            << u"page.html"_s << R"(<html><head><title>Steel takeover - Openpedia</title></head><body><main>
<h1 id="firstHeading">Steel takeover</h1><div id="siteSub" class="noprint">From Openpedia, the free encyclopedia</div>
<div class="mw-parser-output"><table class="infobox vevent"><tr><th>Announced</th><td>December 18, 2023</td></tr></table>
<p>The deal was announced in December 2023.<sup class="reference"><a href="#cite_note-1">[1]</a></sup> The sale closed in June 2025.<sup class="noprint Inline-Template Template-Fact">[<i><a href="/wiki/Citation_needed">citation needed</a></i>]</sup></p>
<div class="mw-heading mw-heading2"><h2 id="Background">Background</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
<p>The bid was well above rival offers, and the board accepted it after a week.</p>
<h2>References</h2><ol class="references"><li><span class="reference-text">Hale, Marion (December 18, 2023). "Steelmaker to buy rival". Harbor Ledger. Retrieved 5 May 2025.</span></li></ol>
<div class="navbox"><table><tr><th>Steel industry of the United States</th></tr><tr><td>U.S. Steel Nucor</td></tr></table></div>
</div></main></body></html>)"_ba
            << u"Steel takeover\nThe deal was announced in December 2023. The sale closed in June 2025.\nBackground\n"
               u"The bid was well above rival offers, and the board accepted it after a week."_s
            << u"HPHP"_s << QStringList{u"Steel takeover"_s, u""_s, u""_s, u"Openpedia"_s, u""_s} << QString();
        QTest::newRow("a fact-check: the claim, the rating and the ruling stay; the sources, the rating scale and the call for corrections go")
            << u"page.html"_s << R"(<html><head><title>Was the sale blocked for good? | VeriLine</title></head><body><article>
<h1>Was the sale blocked for good?</h1><div class="claim-box"><p><strong>Claim:</strong> The order means the buyer can never buy the company.</p>
<p><strong>Rating:</strong> Mostly False</p></div>
<p>Posts shared widely in early February say the January 3 order ended the bid forever.</p>
<h2>Our ruling</h2><p>The claim is Mostly False. The order blocked the purchase as it stood, but a new review remains possible.</p>
<h2>Sources</h2><ul><li>White House, "Order Regarding the Proposed Acquisition," Jan. 3, 2025</li><li>Interview with a trade lawyer, Feb. 10, 2025</li></ul>
<div><h3>Our rating scale</h3><ul><li>True</li><li>Mostly False</li></ul></div><p>Spotted an error? Send us a correction.</p>
</article></body></html>)"_ba
            << u"Was the sale blocked for good?\nClaim: The order means the buyer can never buy the company.\nRating: Mostly False\n"
               u"Posts shared widely in early February say the January 3 order ended the bid forever.\nOur ruling\n"
               u"The claim is Mostly False. The order blocked the purchase as it stood, but a new review remains possible."_s
            << u"HPPPHP"_s << QStringList() << QString();
        QTest::newRow("near miss: a page's 'Notes' section followed by most of its text stays")
            << u"page.html"_s << R"(<html><head><title>T</title></head><body><article><h1>T</h1><p>Talks resumed on Monday.</p><h2>Notes</h2>
<p>The notes the envoy kept during the call were handed to the committee on Tuesday, two aides said, and the committee will publish them next week.</p>
</article></body></html>)"_ba
            << u"T\nTalks resumed on Monday.\nNotes\nThe notes the envoy kept during the call were handed to the committee on Tuesday, two aides said, and the "
               u"committee will publish them next week."_s
            << u"HPHP"_s << QStringList() << QString();
        QTest::newRow("a fact-check's site after a label and its headline in <title>: the outlet")
            << u"page.html"_s << R"(<html><head><title>Fact check: Was the sale blocked for good? | VeriLine</title></head><body><article>
<h1>Was the sale blocked for good?</h1><p>Posts shared widely in early February say the January 3 order ended the bid forever.</p></article></body></html>)"_ba
            << u"Was the sale blocked for good?\nPosts shared widely in early February say the January 3 order ended the bid forever."_s << u"HP"_s
            << QStringList{u"Was the sale blocked for good?"_s, u""_s, u""_s, u"VeriLine"_s, u""_s} << QString();
        QTest::newRow("a social thread saved: the account is the writer, the first post the headline; rows of counts and the replies go")
            << u"page.html"_s
            << R"html(<html><head><title>Mara Quell on Skyline</title><meta property="og:title" content="Mara Quell (@maraquell.skyline.example)">
<meta property="og:description" content="Thread: what the golden share does"><meta property="og:site_name" content="Skyline"></head><body><main>
<div class="thread"><div class="post"><div class="post-text">Thread: what the golden share does</div>
<div class="counts"><span><b>412</b> reposts</span> <span><b>38</b> quotes</span> <span><b>1,906</b> likes</span></div></div>
<div class="post"><div class="post-text">1/ The deal closed on June 18. The government holds one special share.</div><div class="actions"><span>12</span> <span>48</span> <span>301</span></div></div>
<div class="post"><div class="post-text">2/ 12 48 people work there, and 301 more in the town.</div></div></div>
<div class="replies"><h3>Replies</h3><div class="post"><div class="post-text">great thread, saving this</div></div></div></main></body></html>)html"_ba
            << u"Thread: what the golden share does\n1/ The deal closed on June 18. The government holds one special share.\n"
               u"2/ 12 48 people work there, and 301 more in the town."_s
            << u"HPP"_s << QStringList{u"Thread: what the golden share does"_s, u""_s, u""_s, u"Skyline"_s, u"Mara Quell"_s} << QString();
        QTest::newRow("near misses: a title with a handle that is no person's name stays the title; a count with a word of the story stays")
            << u"page.html"_s << R"html(<html><head><meta property="og:title" content="Talks resume in Geneva (@newsdesk)">
<meta property="og:description" content="Delegates met again."></head><body><article><p>Talks resumed on Monday.</p><p>12 killed</p></article></body></html>)html"_ba
            << u"Talks resume in Geneva (@newsdesk)\nTalks resumed on Monday.\n12 killed"_s << u"HPP"_s
            << QStringList{u"Talks resume in Geneva (@newsdesk)"_s, u""_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("a standfirst set as a heading right under the headline, outside the story's box, is its first paragraph")
            << u"page.html"_s << R"(<html><head><title>What the bridge taught us</title></head><body><div class="post-header">
<h1>What the bridge taught us</h1><h3 class="subtitle">Two weeks after the collapse, the harbor is learning to work around a hole in the map</h3>
<div class="post-meta">Apr 12, 2024</div></div><div class="available-content"><div class="body markup"><p>The ship lost power and hit the bridge on March 26.</p>
<p>Six construction workers died in the collapse, and the port sent ships to other harbors.</p></div></div></body></html>)"_ba
            << u"What the bridge taught us\nTwo weeks after the collapse, the harbor is learning to work around a hole in the map\n"
               u"The ship lost power and hit the bridge on March 26.\nSix construction workers died in the collapse, and the port sent ships to other harbors."_s
            << u"HPPP"_s << QStringList() << QString();
        QTest::newRow("near misses: a short heading under the headline, and a long one after another box, are no standfirst")
            << u"page.html"_s << R"(<html><head><title>Bridge collapse</title></head><body><div class="post-header">
<h1>Bridge collapse</h1><h2>Live updates</h2><div class="post-meta">Apr 12, 2024</div><h2>Read the stories our reporters filed from the harbor over the past two weeks</h2></div>
<div class="available-content"><div class="body markup"><p>The ship lost power and hit the bridge on March 26.</p>
<p>Six construction workers died in the collapse, and the port sent ships to other harbors.</p></div></div></body></html>)"_ba
            << u"Bridge collapse\nThe ship lost power and hit the bridge on March 26.\nSix construction workers died in the collapse, and the port sent ships to other harbors."_s
            << u"HPP"_s << QStringList() << QString();
        QTest::newRow("a newsletter's e-mail copy: the link that makes up the headline is the address, the profile linked in its meta line the writer")
            << u"post.html"_s << R"(<html><head><title>What the bridge taught us</title></head><body><table><tr><td>
<h1 class='post-title'><a href='https://tidewaternotes.substack.com/p/what-the-bridge-taught-us'>What the bridge taught us</a></h1>
<table><tr><td class='post-meta-item'><a href='https://substack.com/@priyacalder'>Priya Calder</a></td><td class='post-meta-item'>Apr 12</td></tr></table>
<div class='body markup'><p>The ship lost power and hit the bridge on March 26.</p><p>Six construction workers died in the collapse.</p></div>
</td></tr></table></body></html>)"_ba
            << u"What the bridge taught us\nThe ship lost power and hit the bridge on March 26.\nSix construction workers died in the collapse."_s << u"HPP"_s
            << QStringList{u"What the bridge taught us"_s, u""_s, u"https://tidewaternotes.substack.com/p/what-the-bridge-taught-us"_s, u""_s,
                   u"Priya Calder"_s}
            << QString();
        QTest::newRow("near miss: a headline with a link inside its words gives no address")
            << u"post.html"_s << R"(<html><head><title>T</title></head><body><article><h1>Why <a href='https://example.com/tag/ports'>ports</a> matter</h1>
<p>The ship lost power and hit the bridge on March 26.</p></article></body></html>)"_ba
            << u"Why ports matter\nThe ship lost power and hit the bridge on March 26."_s << u"HP"_s
            << QStringList{u"Why ports matter"_s, u""_s, u""_s, u""_s, u""_s} << QString();
    }
    void readsReferencePages() { checkRow(); }

    void readsMimeFiles_data()
    {
        addColumns();
        // A browser's single-file save: the page in quoted-printable (soft line breaks,
        // "=3D", UTF-8 bytes), then a picture; the page gives no address, the save does.
        const QByteArray savedPage = "From: <Saved by Blink>\r\n"
                                     "Snapshot-Content-Location: https://news.example/peace-plan\r\n"
                                     "Subject: Envoy defends call\r\n"
                                     "Date: Sat, 29 Nov 2025 08:00:00 -0000\r\n"
                                     "MIME-Version: 1.0\r\n"
                                     "Content-Type: multipart/related;\r\n"
                                     "\ttype=\"text/html\";\r\n"
                                     "\tboundary=\"----MultipartBoundary--abc123----\"\r\n"
                                     "\r\n"
                                     "------MultipartBoundary--abc123----\r\n"
                                     "Content-Type: text/html\r\n"
                                     "Content-ID: <frame-1@mhtml.blink>\r\n"
                                     "Content-Transfer-Encoding: quoted-printable\r\n"
                                     "Content-Location: https://news.example/peace-plan\r\n"
                                     "\r\n"
                                     "<html><head><meta property=3D\"article:published_time\" content=3D\"2025-11=\r\n"
                                     "-26T09:00:00Z\"><title>Envoy defends call</title></head><body><article><p>=E2=80=\r\n"
                                     "=9CI did my job,=E2=80=9D the envoy said.</p></article></body></html>\r\n"
                                     "------MultipartBoundary--abc123----\r\n"
                                     "Content-Type: image/png\r\n"
                                     "Content-Transfer-Encoding: base64\r\n"
                                     "Content-Location: https://news.example/logo.png\r\n"
                                     "\r\n"
                                     "iVBORw0KGgo=\r\n"
                                     "------MultipartBoundary--abc123------\r\n"_ba;
        QTest::newRow("single-file page: the page part, its address; the save date is no publication date")
            << u"page.mhtml"_s << savedPage << u"Envoy defends call\n\u201CI did my job,\u201D the envoy said."_s << u"HP"_s
            << QStringList{u"Envoy defends call"_s, u"2025-11-26"_s, u"https://news.example/peace-plan"_s, u""_s, u""_s} << QString();
        QByteArray undatedPage = savedPage;
        undatedPage.replace("<meta property=3D\"article:published_time\" content=3D\"2025-11=\r\n-26T09:00:00Z\">", "");
        QTest::newRow("single-file page without a date stays undated")
            << u"page.mht"_s << undatedPage << u"Envoy defends call\n\u201CI did my job,\u201D the envoy said."_s << u"HP"_s
            << QStringList{u"Envoy defends call"_s, u""_s, u"https://news.example/peace-plan"_s, u""_s, u""_s} << QString();
        QTest::newRow("single-file page sniffed without an extension")
            << u"download"_s << savedPage << u"Envoy defends call\n\u201CI did my job,\u201D the envoy said."_s << u"HP"_s << QStringList() << QString();
        // A newsletter: text and HTML alternatives inside a message with an attachment.
        const QByteArray newsletter = "Return-Path: <am@brief.example>\n"
                                      "From: \"Morning Brief\" <am@brief.example>\n"
                                      "Subject: =?utf-8?Q?Peace_plan_=E2=80=94_what?= =?utf-8?B?IG5leHQ=?=\n"
                                      "Date: Wed, 26 Nov 2025 06:30:00 -0500\n"
                                      "MIME-Version: 1.0\n"
                                      "Content-Type: multipart/mixed; boundary=outer\n"
                                      "\n"
                                      "This is a multi-part message in MIME format.\n"
                                      "--outer\n"
                                      "Content-Type: multipart/alternative; boundary=\"inner\"\n"
                                      "\n"
                                      "--inner\n"
                                      "Content-Type: text/plain; charset=utf-8\n"
                                      "\n"
                                      "Plain version.\n"
                                      "--inner\n"
                                      "Content-Type: text/html; charset=utf-8\n"
                                      "Content-Transfer-Encoding: base64\n"
                                      "\n"
            + QByteArray("<html><head><title>Peace plan: what next</title></head><body><p>Talks resume in Geneva.</p></body></html>").toBase64()
            + "\n--inner--\n"
              "--outer\n"
              "Content-Type: text/plain\n"
              "Content-Disposition: attachment; filename=notes.txt\n"
              "\n"
              "An attachment.\n"
              "--outer--\n"_ba;
        QTest::newRow("newsletter e-mail: the HTML alternative, sender as outlet, Date as publication")
            << u"brief.eml"_s << newsletter << u"Peace plan: what next\nTalks resume in Geneva."_s << u"HP"_s
            << QStringList{u"Peace plan: what next"_s, u"2025-11-26"_s, u""_s, u"Morning Brief"_s, u""_s} << QString();
        QByteArray namedNewsletter = newsletter;
        namedNewsletter.replace(
            QByteArray("<html><head><title>Peace plan: what next</title></head><body><p>Talks resume in Geneva.</p></body></html>").toBase64(),
            QByteArray("<html><head><title>Morning Brief</title></head><body><p>Talks resume in Geneva.</p></body></html>").toBase64());
        QTest::newRow("newsletter e-mail titled with the sender's name: the subject is the headline")
            << u"brief.eml"_s << namedNewsletter << u"Peace plan \u2014 what next\nTalks resume in Geneva."_s << u"HP"_s
            << QStringList{u"Peace plan \u2014 what next"_s, u"2025-11-26"_s, u""_s, u"Morning Brief"_s, u""_s} << QString();
        QByteArray writersNewsletter = newsletter;
        writersNewsletter.replace("From: \"Morning Brief\" <am@brief.example>", "From: Lena Park from Canyon Notes <canyonnotes@letters.example>");
        writersNewsletter.replace(
            QByteArray("<html><head><title>Peace plan: what next</title></head><body><p>Talks resume in Geneva.</p></body></html>").toBase64(),
            QByteArray("<html><head><title>Peace plan: what next</title></head><body><p>Lena Park Jan 14</p><p>Talks resume in Geneva.</p>"
                       "<p>Delegates arrive on Monday.</p>"
                       "<p>More soon.</p><p>You\u2019re currently a free subscriber to Canyon Notes. Upgrade your subscription.</p>"
                       "<p>548 Market Street PMB 72296, San Francisco, CA 94104</p></body></html>")
                .toBase64());
        QTest::newRow("a newsletter sent as \"Writer from Newsletter\": the writer and the outlet; the writer's line with the day, why the reader got it "
                      "and the sender's address go")
            << u"brief.eml"_s << writersNewsletter << u"Peace plan: what next\nTalks resume in Geneva.\nDelegates arrive on Monday.\nMore soon."_s << u"HPPP"_s
            << QStringList{u"Peace plan: what next"_s, u"2025-11-26"_s, u""_s, u"Canyon Notes"_s, u"Lena Park"_s} << QString();
        QByteArray namedShowNewsletter = newsletter;
        namedShowNewsletter.replace("From: \"Morning Brief\" <am@brief.example>", "From: The Morning from The Daily Ledger <am@brief.example>");
        QTest::newRow("near miss: a sender \"The Morning from The Daily Ledger\" names no writer")
            << u"brief.eml"_s << namedShowNewsletter << u"Peace plan: what next\nTalks resume in Geneva."_s << u"HP"_s
            << QStringList{u"Peace plan: what next"_s, u"2025-11-26"_s, u""_s, u"The Morning from The Daily Ledger"_s, u""_s} << QString();
        QTest::newRow("plain e-mail: the subject, encoded words joined, is the headline")
            << u"note.eml"_s
            << "From: Desk <desk@wire.example>\nSubject: =?utf-8?Q?Peace_plan_=E2=80=94_what?= =?utf-8?B?IG5leHQ=?=\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nTalks resume in Gen=\neva on Monday.\n"_ba
            << u"Peace plan \u2014 what next\nTalks resume in Geneva on Monday."_s << u"HP"_s
            << QStringList{u"Peace plan \u2014 what next"_s, u""_s, u""_s, u"Desk"_s, u""_s} << QString();
        QTest::newRow("a message of pictures only")
            << u"pics.eml"_s
            << "From: a@b.example\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: image/jpeg\n\nxx\n--b--\n"_ba << QString()
            << QString() << QStringList() << u"no web page or text inside the MIME file"_s;
        QTest::newRow("a multipart without its boundary")
            << u"broken.mhtml"_s << "MIME-Version: 1.0\nContent-Type: multipart/related\n\n--x\nContent-Type: text/html\n\n<p>Hi.</p>\n"_ba << QString()
            << QString() << QStringList() << u"no web page or text inside the MIME file"_s;
        QTest::newRow("an empty saved page") << u"empty.mhtml"_s << "\n \n"_ba << QString() << QString() << QStringList() << u"empty file"_s;
        QTest::newRow("an empty PDF") << u"empty.pdf"_s << QByteArray() << QString() << QString() << QStringList() << u"empty file"_s;
        QTest::newRow("a PDF of blanks") << u"blank.pdf"_s << " \r\n"_ba << QString() << QString() << QStringList() << u"empty file"_s;
        QTest::newRow("a text that opens with header-like lines is no MIME file")
            << u"memo"_s << "Subject: budget talks\nContent-Type: notes\n\nThe talks went on.\n"_ba
            << u"Subject: budget talks\nContent-Type: notes\nThe talks went on."_s << u"HHP"_s << QStringList() << QString();
        QTest::newRow("an e-mailed release that opens with its subject: one headline; the distributor's dateline names the outlet")
            << u"release.eml"_s
            << "From: \"Wire Alerts\" <alerts@wire.example>\nSubject: Airline returns jets to service\nDate: Fri, 26 Jan 2024 14:05:11 -0800\n"
               "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nAirline returns jets to service\n\n"
               "SEATTLE--(BUSINESS WIRE)--Jan. 26, 2024-- The airline returned its first jet to service today.\n"_ba
            << u"Airline returns jets to service\nSEATTLE--(BUSINESS WIRE)--Jan. 26, 2024-- The airline returned its first jet to service today."_s << u"HP"_s
            << QStringList{u"Airline returns jets to service"_s, u"2024-01-26"_s, u""_s, u"Business Wire"_s, u""_s} << QString();
    }
    void readsMimeFiles() { checkRow(); }

    void readsJson_data()
    {
        addColumns();
        QTest::newRow("object")
            << u"a.json"_s
            << R"({"title":"T","text":"Para one.\nPara two.","date":"2025-11-26","url":"https://x.example/a","source":{"id":"x","name":"Outlet"},"author":"A. Writer"})"_ba
            << u"T\nPara one.\nPara two."_s << u"HPP"_s << QStringList{u"T"_s, u"2025-11-26"_s, u"https://x.example/a"_s, u"Outlet"_s, u"A. Writer"_s}
            << QString();
        QTest::newRow("JSON Feed: its items' HTML or text content, title, date and writers")
            << u"feed.json"_s
            << R"({"version":"https://jsonfeed.org/version/1.1","title":"Valley Echo","items":[{"id":"1","url":"https://valleyecho.example/a",)"
               R"("title":"Flood wall to be raised","content_html":"<p>The wall will be raised this spring.</p><p>Work begins in March.</p>",)"
               R"("date_published":"2025-01-14T18:12:40+00:00","authors":[{"name":"Eleri Vaughan"}]},{"id":"2","title":"Bypass approved",)"
               R"("content_text":"Councillors approved the bypass on Tuesday."}]})"_ba
            << u"Flood wall to be raised\nThe wall will be raised this spring.\nWork begins in March.\n\nBypass approved\nCouncillors approved the bypass on Tuesday."_s
            << u"HPP|HP"_s << QStringList{u"Flood wall to be raised"_s, u"2025-01-14"_s, u"https://valleyecho.example/a"_s, u""_s, u"Eleri Vaughan"_s}
            << QString();
        QTest::newRow("array") << u"a.json"_s << R"([{"headline":"One","body":"First."},{"headline":"Two","body":"Second."}])"_ba
                               << u"One\nFirst.\n\nTwo\nSecond."_s << u"HP|HP"_s << QStringList() << QString();
        QTest::newRow("news-search export: results nested twice, dateTimePub, source title, author list")
            << u"a.json"_s
            << R"({"articles":{"results":[{"title":"G","body":"Talks ended.","dateTimePub":"2025-11-22T08:00:00Z","source":{"uri":"x.org","title":"Example Daily"},"authors":[{"name":"Tom Hale"}]}]}})"_ba
            << u"G\nTalks ended."_s << u"HP"_s << QStringList{u"G"_s, u"2025-11-22"_s, u""_s, u"Example Daily"_s, u"Tom Hale"_s} << QString();
        QTest::newRow("wrapped array")
            << u"a.json"_s << R"({"status":"ok","totalResults":1,"articles":[{"title":"W","content":"Text.","publishedAt":"2025-11-26T10:00:00Z"}]})"_ba
            << u"W\nText."_s << u"HP"_s << QStringList{u"W"_s, u"2025-11-26"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("json lines") << u"a.jsonl"_s << "{\"title\":\"One\",\"text\":\"First.\"}\n\n{\"title\":\"Two\",\"text\":\"Second.\"}\n"_ba
                                    << u"One\nFirst.\n\nTwo\nSecond."_s << u"HP|HP"_s << QStringList() << QString();
        QTest::newRow("json lines with a broken line")
            << u"a.jsonl"_s << "{\"title\":\"One\",\"text\":\"First.\"}\n{\"title\": \n{\"title\":\"Two\",\"text\":\"Second.\"}\n"_ba
            << u"One\nFirst.\n\nTwo\nSecond."_s << u"HP|HP"_s << QStringList() << u"invalid JSON: unterminated object at offset 42"_s;
        QTest::newRow("broken json") << u"a.json"_s << "{\"title\": \"x\", \"text\": \"y\""_ba << QString() << QString() << QStringList()
                                     << u"invalid JSON: unterminated string at offset 26"_s;
        QTest::newRow("html content") << u"a.json"_s << R"({"headline":"H","content":"<p>One.</p><p>Two &amp; three.</p><h2>Sub</h2><p>Four.</p>"})"_ba
                                      << u"H\nOne.\nTwo & three.\nSub\nFour."_s << u"HPPHP"_s << QStringList() << QString();
        QTest::newRow("paragraph array") << u"a.json"_s << R"({"title":"T","body":["P1.","P2."]})"_ba << u"T\nP1.\nP2."_s << u"HPP"_s << QStringList()
                                         << QString();
        QTest::newRow("no title: first line is headline")
            << u"a.json"_s << R"({"text":"Headline line\nBody para."})"_ba << u"Headline line\nBody para."_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("unix time") << u"a.json"_s << R"({"title":"T","text":"x.","publishedAt":1764115200})"_ba << u"T\nx."_s << u"HP"_s
                                   << QStringList{u"T"_s, u"2025-11-26"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("wordpress rendered fields")
            << u"a.json"_s
            << R"({"title":{"rendered":"WP"},"content":{"rendered":"<p>Hello.</p>"},"date":"2025-11-26T09:00:00","link":"https://wp.example/p"})"_ba
            << u"WP\nHello."_s << u"HP"_s << QStringList{u"WP"_s, u"2025-11-26"_s, u"https://wp.example/p"_s, u""_s, u""_s} << QString();
        QTest::newRow("news API truncation note removed")
            << u"a.json"_s << R"({"title":"T","content":"The minister said the talks would resume… [+2410 chars]"})"_ba
            << u"T\nThe minister said the talks would resume\u2026"_s << u"HP"_s << QStringList() << QString();
        QTest::newRow("Guardian content API: webTitle, the body and byline in fields, the related link and the picture left out")
            << u"a.json"_s
            << R"({"response":{"status":"ok","results":[{"webPublicationDate":"2024-03-26T18:45:12Z","webTitle":"Bridge falls","webUrl":"https://g.example/a",)"
               R"("fields":{"byline":"Oliver Brandt in Baltimore and Ines Varga in New York","body":"<p>The span fell.</p> <aside class='element element-rich-link'><p><span>Related: </span><a href='https://g.example/b'>What we know</a></p></aside> <figure><img src='x.jpg'/><figcaption>Wreckage on Tuesday.</figcaption></figure> <p>Two were rescued.</p>"}},)"
               R"({"webTitle":"Channel reopens","webUrl":"https://g.example/c","fields":{"byline":"Ines Varga","bodyText":"The channel reopened on Monday."}}]}})"_ba
            << u"Bridge falls\nThe span fell.\nTwo were rescued.\n\nChannel reopens\nThe channel reopened on Monday."_s << u"HPP|HP"_s
            << QStringList{u"Bridge falls"_s, u"2024-03-26"_s, u"https://g.example/a"_s, u""_s, u"Oliver Brandt and Ines Varga"_s} << QString();
        QTest::newRow("Guardian single item: the article is the response's content, not the response")
            << u"a.json"_s
            << R"({"response":{"status":"ok","userTier":"developer","total":1,"content":{"webPublicationDate":"2024-03-26T18:45:12Z","webTitle":"Bridge falls",)"
               R"("webUrl":"https://g.example/a","fields":{"byline":"Ines Varga","bodyText":"The span fell."}}}})"_ba
            << u"Bridge falls\nThe span fell."_s << u"HP"_s << QStringList{u"Bridge falls"_s, u"2024-03-26"_s, u"https://g.example/a"_s, u""_s, u"Ines Varga"_s}
            << QString();
        QTest::newRow("a record's content given as an object with its text stays the record's text")
            << u"a.json"_s << R"({"title":"T","content":{"rendered":"<p>Own text.</p>"},"author":"Ann Lee"})"_ba << u"T\nOwn text."_s << u"HP"_s
            << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Ann Lee"_s} << QString();
        QTest::newRow("a record's own text wins over its fields'")
            << u"a.json"_s << R"({"title":"T","text":"Own text.","fields":{"body":"Other text.","byline":"Ann Lee"}})"_ba << u"T\nOwn text."_s << u"HP"_s
            << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Ann Lee"_s} << QString();
        QTest::newRow("New York Times article search: headline.main, lead_paragraph, web_url, byline.original; the abstract where no lead")
            << u"a.json"_s
            << R"({"status":"OK","response":{"docs":[{"abstract":"Ship lost power twice.","web_url":"https://ny.example/a.html","lead_paragraph":"The ship lost power twice, investigators said.",)"
               R"("source":"The New York Times","headline":{"main":"Ship Lost Power Twice","kicker":null,"print_headline":"Power Lost"},"pub_date":"2024-05-14T16:31:07+0000",)"
               R"("byline":{"original":"By Clara Nystrom and Devin Ashford","person":[]},"uri":"nyt://article/1"},)"
               R"({"abstract":"Explosives cut up the span.","web_url":"https://ny.example/b.html","lead_paragraph":"","headline":{"main":"Span Cut Up"},"byline":{"original":null}}],"meta":{"hits":2}}})"_ba
            << u"Ship Lost Power Twice\nThe ship lost power twice, investigators said.\n\nSpan Cut Up\nExplosives cut up the span."_s << u"HP|HP"_s
            << QStringList{u"Ship Lost Power Twice"_s, u"2024-05-14"_s, u"https://ny.example/a.html"_s, u"The New York Times"_s,
                   u"Clara Nystrom and Devin Ashford"_s}
            << QString();
        QTest::newRow("news API headline ends with its source's name")
            << u"a.json"_s << R"({"articles":[{"source":{"id":null,"name":"Harbour Ledger"},"title":"Ship lost power - Harbour Ledger","content":"Text."}]})"_ba
            << u"Ship lost power\nText."_s << u"HP"_s << QStringList{u"Ship lost power"_s, u""_s, u""_s, u"Harbour Ledger"_s, u""_s} << QString();
        QTest::newRow("a dash in a headline that does not end with the source's name stays")
            << u"a.json"_s << R"({"source":"Reuters","title":"Talks resume - and stall","content":"Text.","author":"Ann Lee in Kyiv, Tom Hale"})"_ba
            << u"Talks resume - and stall\nText."_s << u"HP"_s << QStringList{u"Talks resume - and stall"_s, u""_s, u""_s, u"Reuters"_s, u"Ann Lee, Tom Hale"_s}
            << QString();
        QTest::newRow("a writer's name with 'in' inside a word stays")
            << u"a.json"_s << R"({"title":"T","content":"Text.","author":"Min Inkster and Lin Ingram"})"_ba << u"T\nText."_s << u"HP"_s
            << QStringList{u"T"_s, u""_s, u""_s, u""_s, u"Min Inkster and Lin Ingram"_s} << QString();
        QTest::newRow("object without text") << u"a.json"_s << R"({"title":"x"})"_ba << QString() << QString() << QStringList() << u"no article text found"_s;
        QTest::newRow("sniffed json") << u"feed"_s << R"({"title":"T","text":"Body."})"_ba << u"T\nBody."_s << u"HP"_s << QStringList() << QString();
    }
    void readsJson() { checkRow(); }

    // Search results exported from news databases: several articles in one text file, each
    // with its own header.
    void readsNewsDatabaseExports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("articles"); // per article: title|date|outlet|author|paragraphs
        QTest::newRow("Nexis: cover page, header fields, indexing after the text")
            << u"nexis-export.txt"_s
            << QStringList{u"Envoy's call with Kremlin aide draws fire in Congress|2025-11-26|The Harbour Courier|Nadia Brennan|3"_s,
                   u"Geneva talks produce a shorter plan|2025-11-24|Lakeside Evening Post||1"_s};
        QTest::newRow("Factiva: byline, word count, time, source code, language, copyright")
            << u"factiva-export.txt"_s
            << QStringList{u"Kremlin calls leaked recording a bid to derail talks|2025-11-26|Northern Wire Service|Marek Sobczak|2"_s,
                   u"Markets shrug off peace plan news|2025-11-25|City Ledger||1"_s};
    }

    void readsNewsDatabaseExports()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, articles);
        const QString path = QStringLiteral(SOURCELINE_TEST_DATA_DIR "/reader/") + file;
        const ReadResult result = ArticleReader().read({path});
        QVERIFY(result.problems.isEmpty());
        QStringList found;
        for (const Article &article : result.articles) {
            const auto paragraphs = std::count_if(
                article.blocks.cbegin(), article.blocks.cend(), [](const TextBlock &block) { return block.kind == TextBlock::Kind::Paragraph; });
            found.append(
                QStringList{article.title, article.published.toString(Qt::ISODate), article.outlet, article.author, QString::number(paragraphs)}.join(u'|'));
            verifyBlockRanges(article);
            QVERIFY(!article.body.contains(u"Load-Date"_s) && !article.body.contains(u"Document "_s) && !article.body.contains(u"words\n"_s));
        }
        QCOMPARE(found, articles);
        QCOMPARE(result.articles.value(1).path, path + u"#2"_s);
    }

    void textThatOnlyMentionsExportWordsIsOneArticle_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("a line reading End of Document without a Body line")
            << "Archive found\nThe clerk stamped the last page.\nEnd of Document\nThe inquiry resumes on Monday.\n"_ba;
        QTest::newRow("Document followed by a short word") << "Paper trail\nThe court studied one item.\nDocument 12\nIt was signed in 2019.\n"_ba;
    }

    void textThatOnlyMentionsExportWordsIsOneArticle()
    {
        QFETCH(QByteArray, data);
        const ReadResult result = ArticleReader().readData(data, u"a.txt"_s);
        QCOMPARE(result.articles.size(), 1);
        QCOMPARE(result.articles[0].path, u"a.txt"_s);
        QCOMPARE(result.articles[0].blocks.size(), 4);
    }

    void readsFeeds_data()
    {
        addColumns();
        const auto fileData = [](const QString &name) {
            QFile file(QStringLiteral(SOURCELINE_TEST_DATA_DIR "/reader/") + name);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QString rssBody
            = u"Envoy call draws fire\nMembers of Congress questioned the envoy.\nThe White House stood by him.\n\nTalks resume\nNegotiators met in Geneva on Sunday."_s;
        QTest::newRow("RSS: the fullest text of each item, the channel as outlet")
            << u"news.rss"_s << fileData(u"feed.rss"_s) << rssBody << u"HPP|HP"_s
            << QStringList{u"Envoy call draws fire"_s, u"2025-11-26"_s, u"https://courier.example/envoy"_s, u"Harbour Courier"_s, u"Nadia Brennan"_s}
            << QString();
        QTest::newRow("RSS sniffed without an extension") << u"download"_s << fileData(u"feed.rss"_s) << rssBody << u"HPP|HP"_s << QStringList() << QString();
        QTest::newRow("Atom: entry link, published date, author name, HTML content")
            << u"news.atom"_s << fileData(u"feed.atom"_s) << u"Talks resume\nNegotiators met in Geneva on Sunday."_s << u"HP"_s
            << QStringList{u"Talks resume"_s, u"2025-11-24"_s, u"https://post.example/talks"_s, u"Lakeside Post"_s, u"Omar Haddad"_s} << QString();
        QTest::newRow("a section's feed: the outlet is the part of the channel's title that spells its site")
            << u"news.rss"_s
            << "<rss><channel><title>Bayfront Observer - Transportation</title><link>https://www.bayfrontobserver.example/transportation/</link>"
               "<item><title>Ship leaves</title><description>The ship left on Monday.</description></item></channel></rss>"_ba
            << u"Ship leaves\nThe ship left on Monday."_s << u"HP"_s << QStringList{u"Ship leaves"_s, u""_s, u""_s, u"Bayfront Observer"_s, u""_s} << QString();
        QTest::newRow("a channel title with a dash whose parts do not spell its site stays whole")
            << u"news.rss"_s
            << "<rss><channel><title>Bayfront Observer - Transportation</title><link>https://news.example/</link>"
               "<item><title>Ship leaves</title><description>The ship left on Monday.</description></item></channel></rss>"_ba
            << u"Ship leaves\nThe ship left on Monday."_s << u"HP"_s
            << QStringList{u"Ship leaves"_s, u""_s, u""_s, u"Bayfront Observer - Transportation"_s, u""_s} << QString();
        QTest::newRow("a broken feed keeps the items read before the break")
            << u"news.rss"_s << "<rss><channel><title>C</title><item><title>One</title><description>First.</description></item><item><title>Two</title"_ba
            << u"One\nFirst."_s << u"HP"_s << QStringList() << u"invalid feed at line 1: Premature end of document."_s;
        QTest::newRow("a feed without text") << u"news.rss"_s << "<rss><channel><title>C</title><item><title>Only a title</title></item></channel></rss>"_ba
                                             << QString() << QString() << QStringList() << u"no articles with text in the feed"_s;
    }
    void readsFeeds() { checkRow(); }

    void readsEvernoteExports_data()
    {
        addColumns();
        const QByteArray note1
            = "<note><title>Bolts in focus</title><created>20240106T101400Z</created><tag>ntsb</tag>"
              "<note-attributes><author>Me</author><source-url>https://times.example/bolts</source-url></note-attributes>"
              "<content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\">"
              "<en-note><div><h1>Bolts in focus</h1><div>By Daniel Okafor</div><div>Jan. 8, 2024</div>"
              "<p>Investigators examined the bolts on Monday.</p><en-media hash=\"4c2a\" type=\"image/jpeg\"/></div></en-note>]]></content>"
              "<resource><data encoding=\"base64\">/9j/4AAQSkZJRg==</data><mime>image/jpeg</mime></resource></note>"_ba;
        const QByteArray note2 = "<note><title>Recorder lost</title><created>20240107T230500Z</created><content><![CDATA[<en-note><div>"
                                 "The recording was overwritten, the board said.</div></en-note>]]></content></note>"_ba;
        const QByteArray enex = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export4.dtd\">\n"
                                "<en-export export-date=\"20240110T093000Z\" application=\"Evernote\">"_ba
            + note1 + note2 + "</en-export>"_ba;
        QTest::newRow("each note a clipped page: its byline and date line read, its source address kept")
            << u"clips.enex"_s << enex
            << u"Bolts in focus\nBy Daniel Okafor\nInvestigators examined the bolts on Monday.\n\nRecorder lost\nThe recording was overwritten, the board said."_s
            << u"HPP|HP"_s << QStringList{u"Bolts in focus"_s, u"2024-01-08"_s, u"https://times.example/bolts"_s, u""_s, u"Daniel Okafor"_s} << QString();
        QTest::newRow("sniffed without an extension; a note without a date line dated the day it was clipped")
            << u"download"_s << "<?xml version=\"1.0\"?><en-export>"_ba + note2 + "</en-export>"_ba
            << u"Recorder lost\nThe recording was overwritten, the board said."_s << u"HP"_s
            << QStringList{u"Recorder lost"_s, u"2024-01-07"_s, u""_s, u""_s, u""_s} << QString();
        QTest::newRow("notes without text") << u"clips.enex"_s
                                            << "<en-export><note><title>Empty</title><content><![CDATA[<en-note/>]]></content></note></en-export>"_ba
                                            << QString() << QString() << QStringList() << u"no notes with text in the Evernote export"_s;
    }
    void readsEvernoteExports() { checkRow(); }

    void jsonRecordsAreNumbered()
    {
        const ReadResult result = ArticleReader().readData(R"([{"title":"A","text":"a."},{"title":"B"},{"title":"C","text":"c."}])"_ba, u"x.json"_s);
        QCOMPARE(result.articles.size(), 2);
        QCOMPARE(result.articles[0].path, u"x.json#1"_s);
        QCOMPARE(result.articles[1].path, u"x.json#3"_s);
        QCOMPARE(result.articles[0].id, u"a1"_s);
        QCOMPARE(result.articles[1].id, u"a2"_s);
        QCOMPARE(result.articles[0].format, u"json"_s);
        const ReadResult single = ArticleReader().readData(R"({"title":"A","text":"a."})"_ba, u"y.json"_s);
        QCOMPARE(single.articles.value(0).path, u"y.json"_s);
    }

    void parsesPublicationDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        const QDate day(2025, 11, 26);
        QTest::newRow("iso date") << u"2025-11-26"_s << day;
        QTest::newRow("iso date-time with offset") << u"2025-11-26T23:30:00-05:00"_s << day;
        QTest::newRow("iso date-time utc") << u"2025-11-26T08:00:00Z"_s << day;
        QTest::newRow("month day year") << u"November 26, 2025"_s << day;
        QTest::newRow("day month year") << u"26 November 2025"_s << day;
        QTest::newRow("abbreviated with dot") << u"Nov. 26, 2025"_s << day;
        QTest::newRow("Sept.") << u"Sept. 3, 2025"_s << QDate(2025, 9, 3);
        QTest::newRow("weekday and ordinal") << u"Wednesday 26th of November 2025"_s << day;
        QTest::newRow("rfc 2822") << u"Wed, 26 Nov 2025 10:00:00 +0000"_s << day;
        QTest::newRow("label and time") << u"Updated: November 26, 2025 at 10:04 a.m. EST"_s << day;
        QTest::newRow("time then an ISO date") << u"Updated 7:31 PM EDT, 2024-07-14"_s << QDate(2024, 7, 14);
        QTest::newRow("an ISO-like number with no such month") << u"Ref 2024-13-40"_s << QDate();
        QTest::newRow("slashes us") << u"11/26/2025"_s << day;
        QTest::newRow("slashes day first") << u"26/11/2025"_s << day;
        QTest::newRow("dashes day first") << u"26-11-2025"_s << day;
        QTest::newRow("dashes day first with label and time") << u"Published: 24-11-2024 04:45 IST"_s << QDate(2024, 11, 24);
        QTest::newRow("dashes, both could be the month: day first") << u"05-11-2024"_s << QDate(2024, 11, 5);
        QTest::newRow("dashes month first when the day cannot be a month") << u"11-26-2025"_s << day;
        QTest::newRow("dots day first") << u"26.11.2025"_s << day;
        QTest::newRow("slashes, both could be the month: month first") << u"05/11/2024"_s << QDate(2024, 5, 11);
        QTest::newRow("slashes, both could be the month, a time in GMT after: day first") << u"Published: 05/11/2024 17:10 GMT"_s << QDate(2024, 11, 5);
        QTest::newRow("slashes, both could be the month, a time in BST after: day first") << u"05/11/2024 09:02 BST"_s << QDate(2024, 11, 5);
        QTest::newRow("slashes, a time in EST after: month first") << u"05/11/2024 17:10 EST"_s << QDate(2024, 5, 11);
        QTest::newRow("slashes, a day that cannot be a month, a time in GMT after: as written") << u"11/26/2025 10:00 GMT"_s << day;
        QTest::newRow("mixed separators are no date") << u"26-11/2025"_s << QDate();
        QTest::newRow("slashes iso") << u"2025/11/26"_s << day;
        QTest::newRow("compact") << u"20251126"_s << day;
        QTest::newRow("month and year only") << u"November 2025"_s << QDate();
        QTest::newRow("impossible day") << u"February 30, 2025"_s << QDate();
        QTest::newRow("no date") << u"yesterday"_s << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }

    void parsesPublicationDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(parsePublicationDate(text), date);
    }

    void readsFoldersInStableOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const QString &name, const QByteArray &data) {
            const QString path = dir.filePath(name);
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        };
        write(u"b.txt"_s, "B headline\nB text.\n"_ba);
        write(u"a.md"_s, "# A headline\n\nA text.\n"_ba);
        write(u"sub/c.json"_s, R"({"title":"C","text":"C text."})"_ba);
        write(u"sub/deeper/d.html"_s, "<html><head><title>D</title></head><body><p>D text.</p></body></html>"_ba);
        write(u".hidden.txt"_s, "Hidden\nNo.\n"_ba);
        write(u".git/e.txt"_s, "Hidden folder\nNo.\n"_ba);
        write(u"notes.xyz"_s, "Unknown\nNo.\n"_ba);
        write(u"sub/broken.json"_s, "{"_ba);
        // A browser's complete save: the page's frames beside it are not articles.
        write(u"saved/Story.html"_s, "<html><head><title>Saved</title></head><body><p>Saved text.</p></body></html>"_ba);
        write(u"saved/Story_files/ad-frame.html"_s, "<html><body><p>Buy now.</p></body></html>"_ba);
        write(u"saved/Story_files/deeper/ad.htm"_s, "<html><body><p>Buy more.</p></body></html>"_ba);
        write(u"notes_files/kept.txt"_s, "Kept\nA folder named so without its page holds articles.\n"_ba);
        // Settings and sitemaps are no feeds; a feed saved as .xml is.
        write(u"settings.xml"_s, "<?xml version=\"1.0\"?><settings><theme>dark</theme></settings>"_ba);
        write(u"sub/news.xml"_s,
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>E</title><description>E text.</description></item></channel></rss>"_ba);

        const ReadResult result = ArticleReader().read({dir.path()});
        QStringList titles;
        QStringList ids;
        for (const Article &article : result.articles) {
            titles.append(article.title);
            ids.append(article.id);
        }
        QCOMPARE(titles, (QStringList{u"A headline"_s, u"B headline"_s, u"Kept"_s, u"Saved"_s, u"C"_s, u"D"_s, u"E"_s}));
        QCOMPARE(ids, (QStringList{u"a1"_s, u"a2"_s, u"a3"_s, u"a4"_s, u"a5"_s, u"a6"_s, u"a7"_s}));
        QCOMPARE(result.articles[5].format, u"html"_s);
        QCOMPARE(result.articles[0].path, dir.filePath(u"a.md"_s));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems[0].path, dir.filePath(u"sub/broken.json"_s));
        QVERIFY(result.problems[0].reason.startsWith(u"invalid JSON: "_s));
    }

    void reportsBadFilesAndReadsTheRest()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString good = dir.filePath(u"good.txt"_s);
        const QString empty = dir.filePath(u"empty.txt"_s);
        const QString huge = dir.filePath(u"huge.txt"_s);
        const QString missing = dir.filePath(u"missing.txt"_s);
        const QString emptyFolder = dir.filePath(u"nothing"_s);
        {
            QFile file(good);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Headline\nText.\n");
            QFile emptyFile(empty);
            QVERIFY(emptyFile.open(QIODevice::WriteOnly));
            // A sparse 60 MB file: refused by its size, never read.
            QFile hugeFile(huge);
            QVERIFY(hugeFile.open(QIODevice::WriteOnly));
            QVERIFY(hugeFile.resize(60LL * 1024 * 1024));
        }
        QVERIFY(QDir().mkpath(emptyFolder));
        const ReadResult result = ArticleReader().read({missing, empty, huge, good, emptyFolder});
        QCOMPARE(result.articles.size(), 1);
        QCOMPARE(result.articles[0].id, u"a1"_s);
        QCOMPARE(result.articles[0].path, good);
        QCOMPARE(result.problems.size(), 4);
        QCOMPARE(result.problems[0].path, missing);
        QCOMPARE(result.problems[0].reason, u"no such file"_s);
        QCOMPARE(result.problems[1].reason, u"empty file"_s);
        QCOMPARE(result.problems[2].reason, u"file is larger than 50 MB"_s);
        QCOMPARE(result.problems[3].path, emptyFolder);
        QCOMPARE(result.problems[3].reason, u"no article files in folder"_s);
    }

    // A pipe waits for a writer and a device may never end: both are named, never read.
    void refusesWhatIsNoRegularFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("a device that never ends") << u"/dev/zero"_s;
        QTest::newRow("a named pipe") << u"pipe"_s;
    }

    void refusesWhatIsNoRegularFile()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        if (path == u"pipe"_s) {
#ifdef Q_OS_UNIX
            path = dir.filePath(u"pipe.txt"_s);
            if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0) {
                QSKIP("cannot make a named pipe here");
            }
#else
            QSKIP("named pipes are a Unix thing");
#endif
        } else if (!QFileInfo::exists(path)) {
            QSKIP("no such device on this system");
        }
        const ReadResult result = ArticleReader().read({path});
        QCOMPARE(result.articles.size(), 0);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems[0].path, path);
        QCOMPARE(result.problems[0].reason, u"not a regular file (a device, pipe or socket)"_s);
    }

    void reportsUnreadableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"locked.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Headline\nText.\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
        if (QFile probe(path); probe.open(QIODevice::ReadOnly)) {
            QSKIP("running with rights that read any file (root)");
        }
        const ReadResult result = ArticleReader().read({path});
        QCOMPARE(result.articles.size(), 0);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(!result.problems[0].reason.isEmpty());
    }

    void readsResourceFolder()
    {
        const ReadResult result = ArticleReader().read({u":/readertest"_s});
        QCOMPARE(result.problems.size(), 0);
        QCOMPARE(result.articles.size(), 2);
        QCOMPARE(result.articles[0].path, u":/readertest/first.txt"_s);
        QCOMPARE(result.articles[0].body, u"First resource article\nIt reads from a Qt resource."_s);
        QCOMPARE(result.articles[1].path, u":/readertest/more/second.md"_s);
        QCOMPARE(result.articles[1].title, u"Second resource article"_s);
    }

    void readsDataFiles()
    {
        // Files kept in tests/data/reader, one per awkward case that is easier to keep as bytes.
        const QString folder = QStringLiteral(SOURCELINE_TEST_DATA_DIR "/reader");
        const ReadResult result = ArticleReader().read({folder + u"/windows-1252.txt"_s, folder + u"/utf16-bom.txt"_s, folder + u"/saved-page.html"_s});
        QCOMPARE(result.problems.size(), 0);
        QCOMPARE(result.articles.size(), 3);
        QCOMPARE(result.articles[0].title, u"Caf\u00E9 owners \u201Cfurious\u201D at new rules"_s);
        QVERIFY(result.articles[0].body.contains(u"\u201CWe were not consulted,\u201D said Ren\u00E9e Dupont \u2013 who runs"_s));
        QCOMPARE(result.articles[1].title, u"Z\u00FCrich council votes"_s);
        QCOMPARE(result.articles[1].published, QDate(2025, 11, 26));
        const Article &page = result.articles[2];
        QCOMPARE(page.title, u"Ceasefire talks resume in Geneva"_s);
        QCOMPARE(page.outlet, u"The Example Times"_s);
        QCOMPARE(page.published, QDate(2025, 11, 23));
        QCOMPARE(page.url, u"https://example.com/world/geneva-talks"_s);
        QCOMPARE(page.author, u"Maria Keller"_s);
        QVERIFY(!page.body.contains(u"Subscribe"_s));
        QVERIFY(!page.body.contains(u"Advertisement"_s));
        QVERIFY(!page.body.contains(u"Most read"_s));
        QVERIFY(!page.body.contains(u"AP Photo"_s));
        QCOMPARE(kindsOf(page), u"HPPPHPP"_s);
    }

    void survivesHostileInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mustContain"); ///< in the body; empty when a problem is expected

        QTest::newRow("100000 nested divs") << u"deep.html"_s
                                            << "<html><head><title>Deep</title></head><body>"_ba + QByteArray("<div>").repeated(100000) + "<p>Deep.</p>"_ba
                + QByteArray("</div>").repeated(100000) + "<p>Shallow text here.</p></body></html>"_ba
                                            << u"Shallow text here."_s;
        QTest::newRow("50000 unclosed formatting tags")
            << u"bold.html"_s << "<html><body><article><p>Start "_ba + QByteArray("<b>x ").repeated(50000) + "</p></article></body></html>"_ba
            << u"Start x x"_s;
        QTest::newRow("20000 nested block quotes") << u"deep.md"_s << "# T\n\n"_ba + QByteArray("> ").repeated(20000) + "quote\n\nText.\n"_ba << u"Text."_s;
        QTest::newRow("unbalanced brackets") << u"brackets.md"_s << "# T\n\n"_ba + QByteArray("[").repeated(50000) + "text"_ba + QByteArray("]").repeated(50000)
                                             << u"text"_s;
        QTest::newRow("deeply nested JSON") << u"deep.json"_s << QByteArray("[").repeated(100000) + QByteArray("]").repeated(100000) << QString();
        QTest::newRow("one huge line") << u"line.txt"_s << QByteArray("word ").repeated(400000) << u"word word"_s;
        QByteArray noise(300000, '\0');
        quint32 state = 12345;
        for (char &byte : noise) {
            state = state * 1103515245u + 12345u;
            byte = char(state >> 24);
        }
        QTest::newRow("random bytes as text") << u"noise.txt"_s << noise << QString();
        QTest::newRow("random bytes as html") << u"noise.html"_s << noise << QString();
        QTest::newRow("random bytes as json") << u"noise.json"_s << noise << QString();
    }

    void survivesHostileInput()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, data);
        QFETCH(QString, mustContain);
        // A quadratic parser would take minutes here and fail by ctest's timeout.
        const ReadResult result = ArticleReader().readData(data, path);
        if (mustContain.isEmpty()) {
            QCOMPARE(result.articles.size(), 0);
            QCOMPARE(result.problems.size(), 1);
        } else {
            QCOMPARE(result.problems.size(), 0);
            QCOMPARE(result.articles.size(), 1);
            QVERIFY(result.articles[0].body.contains(mustContain));
        }
    }

    void readsSeedArticle()
    {
        const QString corpus = seedCorpusDir();
        const QString path = corpus + u"/leaked-call.txt"_s;
        if (!QFile::exists(path)) {
            QSKIP("seed corpus leaked-call.txt not found next to the repository");
        }
        const ReadResult result = ArticleReader().read({path});
        QCOMPARE(result.articles.size(), 1);
        const Article &article = result.articles[0];
        QVERIFY(article.title.startsWith(u"A leaked phone conversation"_s));
        QCOMPARE(article.blocks[0].kind, TextBlock::Kind::Heading);
        QCOMPARE(article.body.mid(article.blocks[1].range.start, article.blocks[1].range.length()), u"Coaching Russia on Presidential Flattery"_s);
        QCOMPARE(article.blocks[1].kind, TextBlock::Kind::Heading);
        QCOMPARE(article.blocks[2].kind, TextBlock::Kind::Paragraph);
        verifyBlockRanges(article);
    }
};

QTEST_GUILESS_MAIN(ReaderTest)
#include "reader_test.moc"
