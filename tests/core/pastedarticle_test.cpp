// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "reader/articlereader.h"
#include "reader/pastedarticle.h"

#include <QMimeData>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {
QByteArray utf16(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}
} // namespace

class PastedArticleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatACopyHolds_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("bodyStart");

        const QString page = u"<meta charset='utf-8'><h1>Port reopens after salvage</h1><div class=\"byline\">By Ana Ruiz</div>"
                             u"<p>BALTIMORE \u2014 The channel reopened on Monday, officials said.</p>"
                             u"<p>\u201CWe are open,\u201D Governor Wes Moore said.</p>"_s;
        QTest::newRow("a browser's copy keeps its markup") << page << u"Port reopens after salvage\nBy Ana Ruiz\nBALTIMORE \u2014 The channel reopened"_s
                                                           << u"html"_s << u"Port reopens after salvage"_s << u"BALTIMORE"_s;
        QTest::newRow("text alone") << QString() << u"\n  Port reopens after salvage\n\nThe channel reopened on Monday, officials said.\n"_s << u"txt"_s
                                    << u"Port reopens after salvage"_s << u"The channel reopened"_s;
        QTest::newRow("markup without words falls back to the text")
            << u"<img src=\"a.png\">"_s << u"Port reopens after salvage\nThe channel reopened on Monday."_s << u"txt"_s << u"Port reopens after salvage"_s
            << u"The channel reopened"_s;
    }

    void readsWhatACopyHolds()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QFETCH(QString, suffix);
        QFETCH(QString, title);
        QFETCH(QString, bodyStart);
        QMimeData contents;
        if (!html.isEmpty()) {
            contents.setHtml(html);
        }
        contents.setText(text);
        const PastedArticle pasted = pastedArticle(contents);
        QVERIFY2(pasted.problem.isEmpty(), qPrintable(pasted.problem));
        QCOMPARE(pasted.suffix, suffix);
        QCOMPARE(pasted.headline, title);
        const ReadResult read = ArticleReader().readData(pasted.data, u"pasted."_s + pasted.suffix);
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.articles.size(), 1);
        QCOMPARE(read.articles.first().title, title);
        QVERIFY2(read.articles.first().body.contains(bodyStart), qPrintable(read.articles.first().body));
    }

    void refusesWhatIsNoArticle_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("nothing") << QString() << QString() << u"no text"_s;
        QTest::newRow("blanks") << u"<p> </p>"_s << u" \n "_s << u"no text"_s;
        QTest::newRow("a dragged link") << u"<a href=\"https://example.org/story\">https://example.org/story</a>"_s << u"https://example.org/story"_s
                                        << u"a web link, not an article"_s;
        QTest::newRow("two links") << QString() << u"https://example.org/a\nhttps://example.org/b"_s << u"a web link, not an article"_s;
    }

    void refusesWhatIsNoArticle()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        QMimeData contents;
        if (!html.isEmpty()) {
            contents.setHtml(html);
        }
        if (!text.isEmpty()) {
            contents.setText(text);
        }
        const PastedArticle pasted = pastedArticle(contents);
        QVERIFY(pasted.data.isEmpty());
        QCOMPARE(pasted.problem, problem);
    }

    void keepsThePagesAddress_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<bool>("withMarkup");
        const QString url = u"https://news.example.org/2025/03/port-reopens"_s;
        QTest::newRow("Firefox, UTF-16, with the page title after it") << u"text/x-moz-url-priv"_s << utf16(url + u"\nPort reopens"_s) << true;
        QTest::newRow("Chromium, UTF-8") << u"chromium/x-source-url"_s << url.toUtf8() << true;
        QTest::newRow("plain text copy") << u"text/x-moz-url-priv"_s << utf16(url) << false;
    }

    void keepsThePagesAddress()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, address);
        QFETCH(bool, withMarkup);
        QMimeData contents;
        if (withMarkup) {
            contents.setHtml(u"<h1>Port reopens</h1><p>The channel reopened on Monday, officials said.</p>"_s);
        }
        contents.setText(u"Port reopens\n\nThe channel reopened on Monday, officials said."_s);
        contents.setData(format, address);
        const PastedArticle pasted = pastedArticle(contents);
        const ReadResult read = ArticleReader().readData(pasted.data, u"pasted."_s + pasted.suffix);
        QCOMPARE(read.articles.size(), 1);
        QCOMPARE(read.articles.first().url, u"https://news.example.org/2025/03/port-reopens"_s);
        QCOMPARE(read.articles.first().title, u"Port reopens"_s);
    }

    void fileNamesAreSafeAndSorted_data()
    {
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << u"Port reopens after salvage"_s << u"2025-03-05 221007 Port reopens after salvage.txt"_s;
        QTest::newRow("separators and marks") << u"Live: \u2018Ship/pier\u2019 crash? *Updates*"_s << u"2025-03-05 221007 Live Ship pier crash Updates.txt"_s;
        QTest::newRow("long: cut at a word") << u"Governor says the state will press for federal money to rebuild the bridge within four years"_s
                                             << u"2025-03-05 221007 Governor says the state will press for federal money to.txt"_s;
        QTest::newRow("no headline") << u"***"_s << u"2025-03-05 221007 Pasted article.txt"_s;
        QTest::newRow("other scripts are letters too") << u"Шторм у берегов Крыма"_s << u"2025-03-05 221007 Шторм у берегов Крыма.txt"_s;
    }

    void fileNamesAreSafeAndSorted()
    {
        QFETCH(QString, headline);
        QFETCH(QString, name);
        PastedArticle article;
        article.headline = headline;
        article.suffix = u"txt"_s;
        QCOMPARE(pastedFileName(article, QDateTime(QDate(2025, 3, 5), QTime(22, 10, 7))), name);
    }
};

QTEST_GUILESS_MAIN(PastedArticleTest)
#include "pastedarticle_test.moc"
