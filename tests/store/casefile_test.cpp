// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "casefile.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {
Article makeArticle(const QString &title, const QString &paragraph, const QDate &published = {})
{
    Article article;
    article.path = title + u".txt"_s;
    article.format = u"text"_s;
    article.title = title;
    article.published = published;
    article.outlet = u"Test Wire"_s;
    article.body = title + u'\n' + paragraph;
    article.blocks = {{TextBlock::Kind::Heading, {0, int(title.size())}}, {TextBlock::Kind::Paragraph, {int(title.size()) + 1, int(article.body.size())}}};
    return article;
}

// An SQLite file that Sourceline did not make, shaped by one statement.
void makeDatabase(const QString &path, const QString &statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"made-elsewhere"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"made-elsewhere"_s);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

class CaseFileTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savedArticlesComeBackUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"story.sourceline"_s);
        const Article first = makeArticle(u"Envoy call leaked"_s, u"The envoy said \u201cwe talk\u201d on Tuesday."_s, QDate(2025, 11, 26));
        const Article second = makeArticle(u"Plan revised"_s, u"A 19-point version followed."_s);
        {
            CaseFile cases;
            QVERIFY2(cases.open(path), qPrintable(cases.errorString()));
            QCOMPARE(cases.addArticles({first, second}), 2);
        }
        CaseFile reopened;
        QVERIFY2(reopened.open(path, false), qPrintable(reopened.errorString()));
        const QList<Article> articles = reopened.articles();
        QCOMPARE(articles.size(), 2);
        QCOMPARE(articles[0].id, u"a1"_s);
        QCOMPARE(articles[0].body, first.body);
        QCOMPARE(articles[0].blocks, first.blocks);
        QCOMPARE(articles[0].published, first.published);
        QCOMPARE(articles[0].outlet, first.outlet);
        QCOMPARE(articles[1].title, second.title);
        QVERIFY(!articles[1].published.isValid());
    }

    void sameArticleIsStoredOnce()
    {
        QTemporaryDir dir;
        CaseFile cases;
        QVERIFY(cases.open(dir.filePath(u"c.sourceline"_s)));
        const Article article = makeArticle(u"Title"_s, u"Body text."_s);
        QCOMPARE(cases.addArticles({article}), 1);
        QCOMPARE(cases.addArticles({article, makeArticle(u"Other"_s, u"More text."_s)}), 1);
        QCOMPARE(cases.articles().size(), 2);
    }

    void searchFindsWordsInBodies()
    {
        QTemporaryDir dir;
        CaseFile cases;
        QVERIFY(cases.open(dir.filePath(u"c.sourceline"_s)));
        QCOMPARE(cases.addArticles({makeArticle(u"One"_s, u"The ceasefire held overnight."_s), makeArticle(u"Two"_s, u"Talks resumed in Geneva."_s)}), 2);
        const QList<CaseSearchHit> hits = cases.search(u"geneva"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].articleIndex, 1);
        QVERIFY2(hits[0].snippet.contains(u"[Geneva]"_s), qPrintable(hits[0].snippet));
        QVERIFY(cases.search(u"absentword"_s).isEmpty());
    }

    void usesWriteAheadLogAndSchemaVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sourceline"_s);
        {
            CaseFile cases;
            QVERIFY(cases.open(path));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"wal"_s);
            QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), CaseFile::schemaVersion);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"inspect"_s);
    }

    void badCaseFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text file") << QByteArray("just some notes\n") << u"not a Sourceline case file"_s;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"not a Sourceline case file"_s;
    }

    void badCaseFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.sourceline"_s);
        writeBytes(path, content);
        CaseFile cases;
        QVERIFY(!cases.open(path));
        QVERIFY2(cases.errorString().contains(reason), qPrintable(cases.errorString()));
        QVERIFY(!cases.isOpen());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void foreignDatabaseIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.db"_s);
        makeDatabase(path, u"CREATE TABLE notes (x TEXT)"_s);
        CaseFile cases;
        QVERIFY(!cases.open(path));
        QVERIFY2(cases.errorString().contains(u"other tables"_s), qPrintable(cases.errorString()));
    }

    void newerCaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.sourceline"_s);
        makeDatabase(path, u"PRAGMA user_version = 99"_s);
        CaseFile cases;
        QVERIFY(!cases.open(path));
        QVERIFY2(cases.errorString().contains(u"newer Sourceline"_s), qPrintable(cases.errorString()));
    }

    void missingCaseWithoutCreateFails()
    {
        QTemporaryDir dir;
        CaseFile cases;
        QVERIFY(!cases.open(dir.filePath(u"absent.sourceline"_s), false));
        QCOMPARE(cases.errorString(), u"no such case file"_s);
        QVERIFY(!QFile::exists(dir.filePath(u"absent.sourceline"_s)));
    }

    void unwritableFolderFailsCleanly()
    {
        if (QFileInfo(u"/proc/version"_s).isWritable()) {
            QSKIP("cannot find an unwritable folder here");
        }
        CaseFile cases;
        QVERIFY(!cases.open(u"/proc/sourceline-test/case.sourceline"_s));
        QVERIFY(!cases.errorString().isEmpty());
        QCOMPARE(cases.addArticles({makeArticle(u"T"_s, u"B."_s)}), -1);
    }
};

QTEST_GUILESS_MAIN(CaseFileTest)
#include "casefile_test.moc"
