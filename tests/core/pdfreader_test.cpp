// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "reader/articlereader.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTest>
#include <QTextDocument>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {

// One line of type on a page: where it starts (PDF points from the bottom left), its size.
struct Run
{
    int x = 72;
    int y = 0;
    int size = 11;
    QByteArray text;
};
using Page = QList<Run>;

QByteArray escaped(QByteArray text)
{
    return text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
}

// A small but complete PDF of US Letter pages set in Helvetica (a font every reader knows),
// with an Author in its metadata when one is given.
QByteArray pdfOf(const QList<Page> &pages, const QByteArray &author = {})
{
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const auto add = [&](const QByteArray &body) {
        offsets.append(out.size());
        out += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    QByteArray kids;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    }
    add("<< /Type /Catalog /Pages 2 0 R >>");
    add("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>");
    add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QByteArray stream;
        for (const Run &run : pages[i]) {
            stream += "BT /F1 " + QByteArray::number(run.size) + " Tf " + QByteArray::number(run.x) + ' ' + QByteArray::number(run.y) + " Td ("
                + escaped(run.text) + ") Tj ET\n";
        }
        add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents " + QByteArray::number(5 + 2 * i)
            + " 0 R >>");
        add("<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream");
    }
    QByteArray trailer = "/Root 1 0 R";
    if (!author.isEmpty()) {
        add("<< /Author (" + escaped(author) + ") >>");
        trailer += " /Info " + QByteArray::number(offsets.size()) + " 0 R";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets)) {
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + ' ' + trailer + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// What a browser prints on every page: the time and title above, the address and page below.
Page printedPage(int number, int of, const QList<Run> &body)
{
    Page page{{40, 775, 8, "11/26/25, 9:14 AM    Envoy call row grows"},
        {40, 20, 8, "https://news.example/envoy-call " + QByteArray::number(number) + '/' + QByteArray::number(of)}};
    page += body;
    return page;
}

// A page typeset by Qt's own PDF writer, with embedded fonts and the ligatures they draw.
QByteArray typesetPdf(const QString &html)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    return bytes;
}

} // namespace

class PdfReaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsPdfs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("problem");

        QTest::newRow("printed page: running heads and feet dropped, paragraphs from gaps and type size, one over a page break")
            << u"page.pdf"_s
            << pdfOf({printedPage(1, 2,
                          {{72, 700, 20, "Envoy call row grows"}, {72, 660, 11, "Lawmakers on Tuesday questioned the envoy after a recording of his call"},
                              {72, 646, 11, "was published."}, {72, 620, 11, "The White House said the envoy had the"}}),
                   printedPage(2, 2, {{72, 700, 11, "president's full confidence."}, {72, 674, 11, "Talks resume in Geneva on Sunday."}})})
            << u"Envoy call row grows\nLawmakers on Tuesday questioned the envoy after a recording of his call was published.\nThe White House said the envoy had the president's full confidence.\nTalks resume in Geneva on Sunday."_s
            << QString() << QString();
        QTest::newRow("a word broken over two lines is joined; an indented line after a full stop opens a paragraph")
            << u"page.pdf"_s
            << pdfOf({{{72, 700, 16, "Talks resume"}, {72, 670, 11, "Officials said the negoti-"}, {72, 656, 11, "ations would go on."},
                   {90, 642, 11, "A second round is planned."}}})
            << u"Talks resume\nOfficials said the negotiations would go on.\nA second round is planned."_s << QString() << QString();
        QTest::newRow("the masthead above the headline dropped; byline and date lines stand alone; a short last line ends a paragraph")
            << u"page.pdf"_s
            << pdfOf({{{72, 740, 11, "World  Business  Markets"}, {72, 700, 20, "Envoy call row grows"}, {72, 670, 11, "By Jane Doe"},
                   {72, 656, 11, "November 26, 2025"}, {72, 642, 11, "Lawmakers questioned the envoy's efforts to broker a deal in the talks with"},
                   {72, 628, 11, "Moscow."}, {72, 614, 11, "The White House said he had the president's"}, {72, 600, 11, "confidence."}}})
            << u"Envoy call row grows\nBy Jane Doe\nNovember 26, 2025\nLawmakers questioned the envoy's efforts to broker a deal in the talks with Moscow.\nThe White House said he had the president's confidence."_s
            << u"Jane Doe"_s << QString();
        QTest::newRow("typeset with ligatures: their text is the letters")
            << u"page.pdf"_s << typesetPdf(u"<h1>Flood defences fail</h1><p>Officials said the efforts to fix the five flood walls had stalled.</p>"_s)
            << u"Flood defences fail\nOfficials said the efforts to fix the five flood walls had stalled."_s << QString() << QString();
        QTest::newRow("the writer from the document's metadata")
            << u"page.pdf"_s << pdfOf({{{72, 700, 16, "Talks resume"}, {72, 670, 11, "Officials met on Monday."}}}, "Jane Doe")
            << u"Talks resume\nOfficials met on Monday."_s << u"Jane Doe"_s << QString();
        QTest::newRow("sniffed without an extension") << u"download"_s << pdfOf({{{72, 700, 16, "Talks resume"}, {72, 670, 11, "Officials met on Monday."}}})
                                                      << u"Talks resume\nOfficials met on Monday."_s << QString() << QString();
        QTest::newRow("pages without text") << u"scan.pdf"_s << pdfOf({{}, {}}) << QString() << QString()
                                            << u"no text in the PDF (scanned pages need text recognition first)"_s;
        QTest::newRow("not a PDF inside") << u"fake.pdf"_s << "<html><body>Not a PDF</body></html>"_ba << QString() << QString()
                                          << u"damaged or unreadable PDF"_s;
        QTest::newRow("cut short") << u"cut.pdf"_s << "%PDF-1.4\n1 0 obj\n<< /Type /Catalog"_ba << QString() << QString() << u"damaged or unreadable PDF"_s;
    }

    void readsPdfs()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, data);
        QFETCH(QString, body);
        QFETCH(QString, author);
        QFETCH(QString, problem);
        const ReadResult result = ArticleReader().readData(data, path);
        if (!problem.isEmpty()) {
            QCOMPARE(result.problems.size(), 1);
            QCOMPARE(result.problems[0].path, path);
            QCOMPARE(result.problems[0].reason, problem);
            QVERIFY(result.articles.isEmpty());
            return;
        }
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.articles.size(), 1);
        const Article &article = result.articles[0];
        QCOMPARE(article.body, body);
        QCOMPARE(article.format, u"pdf"_s);
        QCOMPARE(article.author, author);
        QCOMPARE(article.title, body.section(u'\n', 0, 0));
    }
};

QTEST_MAIN(PdfReaderTest)
#include "pdfreader_test.moc"
