// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "knowngaps.h"
#include "reader/articlereader.h"
#include "storybuilder.h"
#include "storyexpectation.h"

#include <QFileInfo>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

/// The bundled sample story is the first thing a user sees: four articles in three formats
/// that must read cleanly and merge into one story (one Witkoff, one October 14 call).
class SampleStoryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_expectation = StoryExpectation::fromFile(QStringLiteral(SOURCELINE_TEST_DATA_DIR) + u"/samples/story.expected.json"_s);
        QVERIFY2(m_expectation.error().isEmpty(), qPrintable(m_expectation.error()));
        const ReadResult read = ArticleReader().read({QStringLiteral(SOURCELINE_SOURCE_DIR) + u"/resources/samples"_s});
        for (const ReadProblem &problem : read.problems) {
            qWarning("%s: %s", qPrintable(problem.path), qPrintable(problem.reason));
        }
        m_articles = read.articles;
        m_story = StoryBuilder(QDate(2025, 11, 26)).build(m_articles);
    }

    void readsEachArticleWithItsMetadata_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("headline");
        QTest::newRow("wire") << 0 << u"text"_s << QDate(2025, 10, 17) << u"Sourceline Sample Wire"_s
                              << u"Trump and Putin talk for hours as Zelensky heads to Washington"_s;
        QTest::newRow("analysis") << 1 << u"markdown"_s << QDate(2025, 11, 21) << u"The Sourceline Sample Review"_s
                                  << u"A 28-point plan puts Kyiv in a corner"_s;
        QTest::newRow("live") << 2 << u"text"_s << QDate(2025, 11, 24) << u"Sourceline Sample Live"_s
                              << u"Live updates from Geneva as talks cut the US peace plan to 19 points"_s;
        QTest::newRow("html") << 3 << u"html"_s << QDate(2025, 11, 26) << u"Sourceline Sample Daily"_s
                              << u"Leaked call shows Witkoff coaching Kremlin aide on how to pitch Trump"_s;
    }

    void readsEachArticleWithItsMetadata()
    {
        QFETCH(int, index);
        QFETCH(QString, format);
        QFETCH(QDate, published);
        QFETCH(QString, outlet);
        QFETCH(QString, headline);
        QCOMPARE(m_articles.size(), 4);
        const Article &article = m_articles.at(index);
        QCOMPARE(article.format, format);
        QCOMPARE(article.published, published);
        QCOMPARE(article.outlet, outlet);
        QCOMPARE(article.title, headline);
        QVERIFY2(article.body.startsWith(headline), qPrintable(article.body.left(120)));
        // Front matter, Markdown marks and page furniture are not part of what was published.
        for (const QString &furniture : {u"---"_s, u"title:"_s, u"# "_s, u"*Analysis.*"_s, u"Advertisement"_s, u"sampleAnalytics"_s, u"tracking.js"_s,
                 u"Related"_s, u"All rights reserved"_s, u"Opinion"_s, u"&ldquo;"_s, u"<p>"_s}) {
            QVERIFY2(!article.body.contains(furniture), qPrintable(u"body of "_s + article.path + u" contains "_s + furniture));
        }
    }

    void mergesPeopleAcrossArticles()
    {
        const QStringList mismatches = m_expectation.checkPeople(m_story);
        verifyAgainstKnownGaps(mismatches, {});
    }

    void attributesQuotesInEveryArticle()
    {
        QStringList mismatches;
        for (const Article &article : std::as_const(m_articles)) {
            const QStringList found = m_expectation.checkQuotes(m_story, article);
            for (const QString &line : found) {
                mismatches.append(QFileInfo(article.path).fileName() + u": "_s + line);
            }
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(StoryExpectation::describe(mismatches)));
    }

    void resolvesEachArticlesDates()
    {
        QStringList mismatches;
        for (const Article &article : std::as_const(m_articles)) {
            const QStringList found = m_expectation.checkTimes(m_story, article);
            for (const QString &line : found) {
                mismatches.append(QFileInfo(article.path).fileName() + u": "_s + line);
            }
        }
        verifyAgainstKnownGaps(mismatches, {});
    }

    void mergesAndDatesTheEvents()
    {
        const QStringList mismatches = m_expectation.checkEvents(m_story);
        verifyAgainstKnownGaps(mismatches, {u"dated 2025-10-17: participant «Donald Trump» missing"_s});
    }

    void ranksTheStoryInOrder()
    {
        const QStringList mismatches = m_expectation.checkOrder(m_story);
        verifyAgainstKnownGaps(mismatches, {});
    }

private:
    StoryExpectation m_expectation;
    QList<Article> m_articles;
    StoryGraph m_story;
};

QTEST_GUILESS_MAIN(SampleStoryTest)
#include "samplestory_test.moc"
