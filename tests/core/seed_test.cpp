// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "corpusdir.h"
#include "reader/articlereader.h"
#include "storybuilder.h"
#include "storyexpectation.h"

#include <QFileInfo>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

/// End to end over the seed article (the leaked Witkoff-Ushakov call), which states no date of
/// its own: relative dates resolve against 2025-11-26, the day after the leak was reported.
class SeedTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The environment wins so that a worktree, whose ../shared is a symlink the build root
        // does not see, can still point at the corpus (dev.sh passes the variable through).
        const QString corpus = seedCorpusDir();
        const QString path = corpus + u"/leaked-call.txt"_s;
        if (!QFileInfo::exists(path)) {
            QSKIP(qPrintable(u"seed corpus not found at "_s + path + u"; the seed test needs the shared corpus folder beside the checkout"_s));
        }
        m_expectation = StoryExpectation::fromFile(QStringLiteral(SOURCELINE_TEST_DATA_DIR) + u"/seed/leaked-call.expected.json"_s);
        QVERIFY2(m_expectation.error().isEmpty(), qPrintable(m_expectation.error()));
        QCOMPARE(m_expectation.referenceDate(), QDate(2025, 11, 26));

        const ReadResult read = ArticleReader().read({path});
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.articles.size(), 1);
        m_article = read.articles.first();
        m_story = StoryBuilder(m_expectation.referenceDate()).build(read.articles);
    }

    void findsPeopleWithTheirAliases()
    {
        const QStringList mismatches = m_expectation.checkPeople(m_story);
        QVERIFY2(mismatches.isEmpty(), qPrintable(StoryExpectation::describe(mismatches)));
    }

    void attributesTheQuotes()
    {
        const QStringList mismatches = m_expectation.checkQuotes(m_story, m_article);
        QVERIFY2(mismatches.isEmpty(), qPrintable(StoryExpectation::describe(mismatches)));
    }

    void datesTheEventsAndLinksTheCallsQuotes()
    {
        const QStringList mismatches = m_expectation.checkEvents(m_story) + m_expectation.checkTimes(m_story, m_article);
        QVERIFY2(mismatches.isEmpty(), qPrintable(StoryExpectation::describe(mismatches)));
    }

    void ranksTheEventsInOrder()
    {
        const QStringList mismatches = m_expectation.checkOrder(m_story);
        QVERIFY2(mismatches.isEmpty(), qPrintable(StoryExpectation::describe(mismatches)));
    }

private:
    StoryExpectation m_expectation;
    Article m_article;
    StoryGraph m_story;
};

QTEST_GUILESS_MAIN(SeedTest)
#include "seed_test.moc"
