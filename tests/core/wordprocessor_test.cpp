// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "reader/articlereader.h"

#include <KZip>

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {

// A zip archive of the given parts, as Word and LibreOffice write them (the OpenDocument type
// first and uncompressed).
QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &parts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly)) {
        return {};
    }
    for (const auto &[name, content] : parts) {
        zip.setCompression(name == u"mimetype"_s ? KZip::NoCompression : KZip::DeflateCompression);
        zip.writeFile(name, content);
    }
    zip.close();
    return bytes;
}

QByteArray docxOf(const QByteArray &body)
{
    return zipOf({{u"[Content_Types].xml"_s, "<?xml version=\"1.0\"?><Types/>"},
        {u"word/document.xml"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>"}});
}

QByteArray odtOf(const QByteArray &body)
{
    return zipOf({{u"mimetype"_s, "application/vnd.oasis.opendocument.text"},
        {u"content.xml"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"><office:body><office:text>"
                + body + "</office:text></office:body></office:document-content>"}});
}

// A Word paragraph of plain runs.
QByteArray wordParagraph(const QByteArray &text)
{
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

} // namespace

class WordProcessorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Each paragraph of the document is a paragraph of the article; what is not the writer's
    // text (deleted revisions, a link's field code, drawings, notes) is left out.
    void readsDocuments_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("title");

        QTest::newRow("docx: runs, a tab, a link's field code, a deleted revision")
            << u"pasted.docx"_s
            << docxOf(wordParagraph("Envoy coached Kremlin aide") + wordParagraph("By Jane Doe")
                   + "<w:p><w:r><w:t xml:space=\"preserve\">The call took </w:t></w:r><w:r><w:t>place on October 14.</w:t></w:r>"
                     "<w:r><w:instrText> HYPERLINK \"https://example.com\" </w:instrText></w:r><w:r><w:tab/><w:t>It was recorded.</w:t></w:r>"
                     "<w:del><w:r><w:delText>It was never recorded.</w:delText></w:r></w:del></w:p>"
                   + wordParagraph("Witkoff told Ushakov what to say."))
            << u"Envoy coached Kremlin aide\nBy Jane Doe\nThe call took place on October 14. It was recorded.\nWitkoff told Ushakov what to say."_s
            << u"Envoy coached Kremlin aide"_s;
        QTest::newRow("docx: a break parts paragraphs; a drawing's own text and its fallback are left out")
            << u"pasted.docx"_s
            << docxOf(wordParagraph("Talks resume")
                   + "<w:p><w:r><w:t>Negotiators met in Geneva.</w:t><w:br/><w:t>They met again on Monday.</w:t></w:r></w:p>"
                     "<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><a:p><a:r><a:t>Chart: troops</a:t></a:r></a:p></w:drawing></mc:Choice>"
                     "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Chart: troops</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>"
                     "</mc:AlternateContent></w:r></w:p>"
                   + wordParagraph("Both sides called the talks useful."))
            << u"Talks resume\nNegotiators met in Geneva.\nThey met again on Monday.\nBoth sides called the talks useful."_s << u"Talks resume"_s;
        QTest::newRow("odt: headings, runs of spaces, a note and a comment left out")
            << u"pasted.odt"_s
            << odtOf("<text:h text:outline-level=\"1\">Storm closes port</text:h>"
                     "<text:p>The port closed on <text:span>Tuesday</text:span>.<text:s text:c=\"2\"/>Ships waited offshore."
                     "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>A note.</text:p></text:note-body></text:note></text:p>"
                     "<text:p><office:annotation><text:p>Check this</text:p></office:annotation>\"We had no choice,\" the harbour master said.</text:p>")
            << u"Storm closes port\nThe port closed on Tuesday. Ships waited offshore.\n\"We had no choice,\" the harbour master said."_s
            << u"Storm closes port"_s;
        QTest::newRow("rtf: tables, properties and a generator left out; paragraphs")
            << u"download.rtf"_s
            << QByteArray("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}{\\colortbl;\\red0\\green0\\blue0;}"
                          "{\\*\\generator Riched20 10.0;}{\\info{\\title Saved search}{\\author Research Desk}}\\viewkind4\\uc1\\pard\\f0\\fs24 "
                          "Envoy coached Kremlin aide\\par\r\nBy Jane Doe\\par\r\nThe call took place on October 14.\\par}")
            << u"Envoy coached Kremlin aide\nBy Jane Doe\nThe call took place on October 14."_s << u"Envoy coached Kremlin aide"_s;
        QTest::newRow("rtf: code-page and Unicode escapes, special characters")
            << u"quotes.rtf"_s
            << QByteArray("{\\rtf1\\ansi\\ansicpg1252 Talks resume\\par \\'93We are close,\\'94 Witkoff said\\emdash then left.\\par "
                          "{\\uc1\\u8220\\'93Not yet,\\u8221\\'94 Ushakov\\~replied.}\\par \\ldblquote Maybe,\\rdblquote\\tab she said.\\par}")
            << u"Talks resume\n\u201CWe are close,\u201D Witkoff said\u2014then left.\n\u201CNot yet,\u201D Ushakov replied.\n\u201CMaybe,\u201D she said."_s
            << u"Talks resume"_s;
        QTest::newRow("rtf: a link's words kept, its address, notes, heads, pictures and binary data left out")
            << u"links.rtf"_s
            << QByteArray("{\\rtf1\\ansi{\\header Page header text\\par}Storm closes port\\par The port closed on Tuesday."
                          "{\\footnote\\pard A note.}{\\*\\bkmkstart top} Ships waited{\\pict\\pngblip 89504e470d0a} offshore.\\par "
                          "{\\field{\\*\\fldinst HYPERLINK \"https://example.com\"}{\\fldrslt Read the harbour statement}}.\\par "
                          "{\\object{\\*\\objdata \\bin4 \x01\x02{}}\\par}Officials said more.\\par}")
            << u"Storm closes port\nThe port closed on Tuesday. Ships waited offshore.\nRead the harbour statement.\nOfficials said more."_s
            << u"Storm closes port"_s;
        QTest::newRow("rtf: a Cyrillic code page") << u"moscow.rtf"_s
                                                   << QByteArray("{\\rtf1\\ansi\\ansicpg1251 Kremlin reply\\par \\'cf\\'f3\\'f2\\'e8\\'ed spoke.\\par}")
                                                   << u"Kremlin reply\n\u041F\u0443\u0442\u0438\u043D spoke."_s << u"Kremlin reply"_s;
        QTest::newRow("rtf sniffed without a telling name")
            << u"download"_s << QByteArray("{\\rtf1\\ansi Rates held\\par The bank held rates on Thursday.\\par}")
            << u"Rates held\nThe bank held rates on Thursday."_s << u"Rates held"_s;
        QTest::newRow("sniffed without a telling name")
            << u"download"_s << docxOf(wordParagraph("Rates held") + wordParagraph("The bank held rates on Thursday."))
            << u"Rates held\nThe bank held rates on Thursday."_s << u"Rates held"_s;
    }

    void readsDocuments()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, data);
        QFETCH(QString, body);
        QFETCH(QString, title);
        QVERIFY(!data.isEmpty());
        const ReadResult result = ArticleReader().readData(data, path);
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.isEmpty() ? QString() : result.problems.first().reason));
        QCOMPARE(result.articles.size(), 1);
        QCOMPARE(result.articles.first().body, body);
        QCOMPARE(result.articles.first().title, title);
        QCOMPARE(result.articles.first().format, u"document"_s);
    }

    // A news database's download as one .docx is split into its articles, as its text export is.
    void splitsANewsDatabaseDownload()
    {
        QFile file(QStringLiteral(SOURCELINE_TEST_DATA_DIR "/reader/nexis-export.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray paragraphs;
        for (const QByteArray &line : file.readAll().split('\n')) {
            paragraphs += wordParagraph(QString::fromUtf8(line).toHtmlEscaped().toUtf8());
        }
        const ReadResult result = ArticleReader().readData(docxOf(paragraphs), u"search.docx"_s);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.articles.size(), 2);
        QCOMPARE(result.articles.first().title, u"Envoy's call with Kremlin aide draws fire in Congress"_s);
        QCOMPARE(result.articles.first().outlet, u"The Harbour Courier"_s);
        QCOMPARE(result.articles.first().published, QDate(2025, 11, 26));
    }

    // What cannot be read gets one clear reason naming the file.
    void explainsWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        QTest::newRow("old Word file") << u"old.doc"_s << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + QByteArray(600, '\0'))
                                       << u"a Word 97–2003 document or a password-protected one; save it as .docx or .odt without a password"_s;
        QTest::newRow("not an archive") << u"broken.docx"_s << QByteArray("this is not a zip archive at all")
                                        << u"damaged document: the archive cannot be opened"_s;
        QTest::newRow("an archive without a text part")
            << u"pictures.docx"_s << zipOf({{u"media/image1.png"_s, "PNG"}}) << u"not a text document: the archive holds no word/document.xml or content.xml"_s;
        QTest::newRow("no text") << u"blank.docx"_s << docxOf("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>") << u"the document has no text"_s;
        QTest::newRow("not RTF") << u"notes.rtf"_s << QByteArray("plain words in a file named .rtf") << u"not an RTF document"_s;
        QTest::newRow("RTF without text") << u"blank.rtf"_s << QByteArray("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par\\par}") << u"the document has no text"_s;
        QTest::newRow("RTF of nothing but unclosed groups")
            << u"deep.rtf"_s << QByteArray("{\\rtf1") + QByteArray(1000000, '{') << u"the document has no text"_s;
        QTest::newRow("RTF cut inside an escape") << u"cut.rtf"_s << QByteArray("{\\rtf1\\ansi {\\fonttbl\\'") << u"the document has no text"_s;
        QTest::newRow("empty RTF") << u"empty.rtf"_s << QByteArray() << u"empty file"_s;
        QTest::newRow("empty file") << u"empty.docx"_s << QByteArray() << u"empty file"_s;
    }

    void explainsWhatItCannotRead()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, data);
        QFETCH(QString, reason);
        const ReadResult result = ArticleReader().readData(data, path);
        QVERIFY(result.articles.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().path, path);
        QCOMPARE(result.problems.first().reason, reason);
    }

    // Broken XML inside a sound archive says where it broke.
    void reportsBrokenXml()
    {
        const QByteArray broken = zipOf({{u"word/document.xml"_s, "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"x\"><w:body><w:p><w:t>Cut off"}});
        const ReadResult result = ArticleReader().readData(broken, u"cut.docx"_s);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().reason.startsWith(u"damaged document: "_s) && result.problems.first().reason.contains(u"line 2"_s),
            qPrintable(result.problems.first().reason));
    }
};

QTEST_GUILESS_MAIN(WordProcessorTest)
#include "wordprocessor_test.moc"
