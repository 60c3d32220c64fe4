// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "extract/articleextractor.h"
#include "reader/articlereader.h"

#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

class ArticleExtractorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The lines that say who wrote an article and when are read for its byline and date, and
    // nothing in them is an event of the story; a sentence that opens like them still is.
    void noEventsFromBylinesAndDateLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("line"); // the paragraph no event may come from
        QTest::addColumn<int>("eventsThere");
        QTest::newRow("an update line under the byline")
            << "Council approves budget\nBy Helen Park\nUpdated 6:02 PM EST, November 25, 2025\nThe city council voted on Tuesday to approve the budget.\n"_ba
            << u"Updated 6:02 PM EST, November 25, 2025"_s << 0;
        QTest::newRow("a posted line with the writer")
            << "Council approves budget\nPosted on 22 November 2025 by Helen Park\nThe city council voted on Tuesday to approve the budget.\n"_ba
            << u"Posted on 22 November 2025 by Helen Park"_s << 0;
        QTest::newRow("a closing credit that names a report")
            << "Council approves budget\nThe city council voted on Tuesday to approve the budget.\nAssociated Press writer Sam Delgado contributed to this report.\n"_ba
            << u"Associated Press writer Sam Delgado contributed to this report."_s << 0;
        QTest::newRow("a sentence that opens like a date line")
            << "Council approves budget\nUpdated figures were published on Monday.\nThe city council voted on Tuesday to approve the budget.\n"_ba
            << u"Updated figures were published on Monday."_s << 1;
    }

    void noEventsFromBylinesAndDateLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, line);
        QFETCH(int, eventsThere);
        const ReadResult read = ArticleReader().readData(text, u"a.txt"_s);
        QCOMPARE(read.articles.size(), 1);
        const Article &article = read.articles.first();
        const qsizetype start = article.body.indexOf(line);
        QVERIFY(start > 0);
        const StoryGraph graph = extractArticle(article, QDate(2025, 11, 26));
        int found = 0;
        QStringList labels;
        for (const Event &event : graph.events) {
            labels.append(event.label);
            const bool there = std::all_of(event.sources.cbegin(), event.sources.cend(),
                [&](const SourceSpan &source) { return source.start >= start && source.end <= start + line.size(); });
            found += there ? 1 : 0;
        }
        QVERIFY2(found == eventsThere, qPrintable(labels.join(u", "_s)));
        QVERIFY(!graph.events.isEmpty()); // the story's own event stays
    }
};

QTEST_GUILESS_MAIN(ArticleExtractorTest)
#include "articleextractor_test.moc"
