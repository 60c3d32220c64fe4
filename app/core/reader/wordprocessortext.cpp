// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "wordprocessortext.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QBuffer>
#include <QStringList>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// A body part is a few megabytes even for a long export; a part that inflates far beyond the
// largest article file is a damaged or hostile archive, not a document.
constexpr qint64 largestBodyPart = 200 * 1024 * 1024;

const auto docxBody = u"word/document.xml"_s;
const auto odtBody = u"content.xml"_s;

// The paragraphs a document's body part holds, one string each, its blanks run together.
class BodyParagraphs
{
public:
    [[nodiscard]] QStringList paragraphs() const { return m_paragraphs; }

    void add(QStringView text) { m_current += text; }

    void close()
    {
        const QString paragraph = m_current.simplified();
        if (!paragraph.isEmpty()) {
            m_paragraphs.append(paragraph);
        }
        m_current.clear();
    }

private:
    QStringList m_paragraphs;
    QString m_current;
};

// Office Open XML: text is only in <w:t>; <w:p> makes paragraphs. Deleted revisions, field
// codes (a link's address in <w:instrText>), drawings and charts (whose DrawingML text also
// sits in <a:p> and <a:t>), text boxes and the fallback copies of drawings are not the
// article's words.
QStringList docxParagraphs(QXmlStreamReader &xml)
{
    static const QStringList skipped{u"del"_s, u"delText"_s, u"instrText"_s, u"txbxContent"_s, u"Fallback"_s, u"drawing"_s, u"pict"_s, u"object"_s,
        u"footnoteReference"_s, u"commentReference"_s};
    BodyParagraphs body;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"p"_s) {
            body.close();
            continue;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        const QStringView name = xml.name();
        if (skipped.contains(name)) {
            xml.skipCurrentElement();
        } else if (name == u"t"_s) {
            body.add(xml.readElementText());
        } else if (name == u"tab"_s) {
            body.add(u" ");
        } else if (name == u"br"_s || name == u"cr"_s) {
            body.close(); // a line or page break inside a paragraph parts two paragraphs of news
        } else if (name == u"noBreakHyphen"_s) {
            body.add(u"-");
        }
    }
    body.close();
    return body.paragraphs();
}

// OpenDocument: the text of <text:p> and <text:h>, with <text:s text:c="n"/> for runs of
// spaces. Notes, comments, the record of tracked changes and frames are not the article's
// words.
QStringList odtParagraphs(QXmlStreamReader &xml)
{
    static const QStringList skipped{u"note"_s, u"annotation"_s, u"tracked-changes"_s, u"frame"_s, u"sequence-decls"_s};
    BodyParagraphs body;
    int depth = 0; // of paragraphs and headings being read
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const QStringView name = xml.name();
        const bool paragraph = name == u"p"_s || name == u"h"_s;
        if (token == QXmlStreamReader::StartElement) {
            if (skipped.contains(name)) {
                xml.skipCurrentElement();
            } else if (paragraph) {
                ++depth;
            } else if (depth > 0 && (name == u"s"_s || name == u"tab"_s)) {
                body.add(u" ");
            } else if (depth > 0 && name == u"line-break"_s) {
                body.close();
            }
        } else if (token == QXmlStreamReader::EndElement && paragraph) {
            depth = std::max(0, depth - 1);
            body.close();
        } else if (token == QXmlStreamReader::Characters && depth > 0) {
            body.add(xml.text());
        }
    }
    body.close();
    return body.paragraphs();
}

} // namespace

WordProcessorText readWordProcessorText(const QByteArray &data)
{
    QByteArray bytes = data; // QBuffer needs a non-const array; this copy shares the data
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly)) {
        if (data.startsWith("\xD0\xCF\x11\xE0")) {
            return {{}, u"a Word 97–2003 document or a password-protected one; save it as .docx or .odt without a password"_s};
        }
        return {{}, u"damaged document: the archive cannot be opened"_s};
    }
    const KArchiveDirectory *root = zip.directory();
    const bool isDocx = root->file(docxBody) != nullptr;
    const KArchiveFile *part = root->file(isDocx ? docxBody : odtBody);
    if (part == nullptr) {
        return {{}, u"not a text document: the archive holds no word/document.xml or content.xml"_s};
    }
    if (part->size() > largestBodyPart) {
        return {{}, u"damaged document: its text part is larger than 200 MB"_s};
    }
    QXmlStreamReader xml(part->data());
    const QStringList paragraphs = isDocx ? docxParagraphs(xml) : odtParagraphs(xml);
    if (xml.hasError()) {
        return {{}, u"damaged document: %1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber())};
    }
    if (paragraphs.isEmpty()) {
        return {{}, u"the document has no text"_s};
    }
    return {paragraphs.join(u"\n\n"_s), {}};
}

bool looksLikeWordProcessorDocument(const QByteArray &data)
{
    // A zip's local headers name its files in plain bytes; an OpenDocument names its type in
    // the first, uncompressed entry.
    return data.startsWith("PK\x03\x04") && (data.contains("word/document.xml") || data.contains("mimetypeapplication/vnd.oasis.opendocument.text"));
}

} // namespace Sourceline
