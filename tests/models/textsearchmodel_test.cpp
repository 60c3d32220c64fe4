// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "textsearchmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {
std::shared_ptr<const StoryGraph> twoArticles()
{
    auto story = std::make_shared<StoryGraph>();
    Article first;
    first.id = u"a1"_s;
    first.title = u"Envoy coached aide"_s;
    first.body = u"Envoy coached aide\nSteve Witkoff told Yuri Ushakov what to say. Witkoff denied it later."_s;
    Article second;
    second.id = u"a2"_s;
    second.title = u"Leak reaction"_s;
    second.body = u"Leak reaction\nThe White House defended WITKOFF on Tuesday."_s;
    story->articles = {first, second};
    return story;
}
} // namespace

class TextSearchModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsEveryPlace_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::addColumn<int>("articles");
        QTest::newRow("a name in two articles, any case") << u"witkoff"_s << 3 << 2;
        QTest::newRow("a phrase") << u"told Yuri"_s << 1 << 1;
        QTest::newRow("spaces collapse") << u"  told   Yuri "_s << 1 << 1;
        QTest::newRow("nowhere") << u"Budapest"_s << 0 << 0;
        QTest::newRow("one character is too little") << u"W"_s << 0 << 0;
        QTest::newRow("empty") << QString() << 0 << 0;
    }

    void findsEveryPlace()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        QFETCH(int, articles);
        TextSearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto story = twoArticles();
        model.setStory(story);
        model.setQuery(query);
        QCOMPARE(model.rowCount(), hits);
        QCOMPARE(model.articleCount(), articles);
        for (int row = 0; row < model.rowCount(); ++row) {
            const SourceSpan span = model.span(row);
            const Article *article = story->article(span.article);
            QVERIFY(article);
            // The span covers exactly the words searched for, in the article's own case.
            QCOMPARE(article->body.mid(span.start, span.end - span.start).compare(query.simplified(), Qt::CaseInsensitive), 0);
            const QString shown = model.index(row).data().toString();
            QVERIFY2(shown.startsWith(article->title), qPrintable(shown));
            QVERIFY2(shown.contains(query.simplified(), Qt::CaseInsensitive), qPrintable(shown));
        }
    }

    void aNewStoryIsSearchedAgain()
    {
        TextSearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(u"Witkoff"_s);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setStory(twoArticles());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        model.setStory(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void stopsAtTheLimit()
    {
        auto story = std::make_shared<StoryGraph>();
        Article article;
        article.id = u"a1"_s;
        article.title = u"Many"_s;
        article.body = QString(u"ab "_s).repeated(TextSearchModel::maximumHits + 10);
        story->articles = {article};
        TextSearchModel model;
        model.setStory(story);
        model.setQuery(u"ab"_s);
        QCOMPARE(model.rowCount(), TextSearchModel::maximumHits);
        QVERIFY(model.truncated());
    }
};

QTEST_GUILESS_MAIN(TextSearchModelTest)
#include "textsearchmodel_test.moc"
