// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "mimedocument.h"

#include "plaintextarticle.h"

#include <KMime/Message>
#include <KMime/Util>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// A message nests a handful of multiparts at most; a deeper one is broken or hostile.
constexpr int deepestNesting = 8;

struct Found
{
    const KMime::Content *html = nullptr;
    const KMime::Content *text = nullptr;
};

void findDocument(const KMime::Content *content, int depth, Found &found)
{
    const KMime::Headers::ContentType *type = content->contentType();
    if (type && type->isMultipart()) {
        if (depth >= deepestNesting) {
            return;
        }
        for (const KMime::Content *part : content->contents()) {
            findDocument(part, depth + 1, found);
            if (found.html) {
                return;
            }
        }
        return;
    }
    // A part that declares no type is plain text (RFC 2045).
    const bool html = type && type->isHTMLText();
    const bool plain = !type || type->isPlainText();
    const KMime::Headers::ContentDisposition *disposition = content->contentDisposition();
    const bool attachment = disposition && disposition->disposition() == KMime::Headers::CDattachment;
    if (html && !found.html) {
        found.html = content;
    } else if (plain && !attachment && !found.text) {
        found.text = content;
    }
}

// KMime reads a multipart without its boundary as plain text, which would show the user the
// file's raw parts; such a file is broken.
bool isMultipartWithoutBoundary(const KMime::Content &content)
{
    const QByteArray head = '\n' + content.head().toLower();
    const qsizetype field = head.indexOf("\ncontent-type:");
    if (field < 0) {
        return false;
    }
    qsizetype end = head.indexOf('\n', field + 1);
    while (end >= 0 && end + 1 < head.size() && (head[end + 1] == ' ' || head[end + 1] == '\t')) {
        end = head.indexOf('\n', end + 1); // a folded field goes on
    }
    const QByteArray value = head.mid(field + 14, end < 0 ? -1 : end - field - 14).trimmed();
    return value.startsWith("multipart/") && !value.contains("boundary");
}

QString headerText(const KMime::Headers::Base *header)
{
    return header ? header->asUnicodeString().simplified() : QString();
}

// "Lena Park from Canyon Notes": a newsletter platform sends each issue in the names of its
// writer and of the newsletter. The writer's part reads as a person's name: two or three
// capitalised words of letters, no article first and no outlet's word ("The Morning from The
// Daily Ledger", "Ledger News from ..." name no writer).
void splitWriterFromNewsletter(MimeDocument &document)
{
    constexpr qsizetype fewestNameWords = 2;
    constexpr qsizetype mostNameWords = 3;
    const qsizetype from = document.sender.indexOf(u" from "_s);
    if (from <= 0) {
        return;
    }
    const QString writer = document.sender.left(from);
    const QString newsletter = document.sender.mid(from + 6).trimmed();
    const QList<QStringView> words = QStringView(writer).split(u' ', Qt::SkipEmptyParts);
    const auto nameWord = [](QStringView word) {
        return word.front().isUpper() && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter() || c == u'-' || c == u'\'' || c == u'.'; });
    };
    const bool name = words.size() >= fewestNameWords && words.size() <= mostNameWords && std::all_of(words.cbegin(), words.cend(), nameWord)
        && words.front() != u"The" && words.front() != u"A" && !namesOutlet(writer);
    if (name && !newsletter.isEmpty()) {
        document.writer = writer;
        document.sender = newsletter;
    }
}

} // namespace

MimeDocument readMimeDocument(const QByteArray &data)
{
    MimeDocument document;
    KMime::Message message;
    message.setContent(KMime::CRLFtoLF(data));
    if (isMultipartWithoutBoundary(message)) {
        document.problem = u"no web page or text inside the MIME file"_s;
        return document;
    }
    message.parse();
    Found found;
    findDocument(&message, 0, found);
    const KMime::Content *part = found.html ? found.html : found.text;
    // KMime reads a body without headers as one plain-text part: that is no MIME file.
    if (!part || !message.hasHeader("MIME-Version")) {
        document.problem = u"no web page or text inside the MIME file"_s;
        return document;
    }
    document.isHtml = part == found.html;
    document.body = part->decodedContent();
    document.location = headerText(part->contentLocation());
    if (document.location.isEmpty()) {
        document.location = headerText(message.headerByType("Snapshot-Content-Location"));
    }
    if (const KMime::Headers::From *from = message.from(); from && from->asUnicodeString().contains(u'@')) {
        document.subject = headerText(message.subject());
        document.sender = from->displayNames().value(0).simplified();
        splitWriterFromNewsletter(document);
        if (const KMime::Headers::Date *date = message.date(); date && date->dateTime().isValid()) {
            document.published = date->dateTime().date();
        }
    }
    return document;
}

bool looksLikeMimeMessage(QByteArrayView start)
{
    // Only the header block matters; it ends at the first empty line.
    QByteArrayView head = start.first(std::min<qsizetype>(start.size(), 8192));
    for (const QByteArrayView end : {QByteArrayView("\n\n"), QByteArrayView("\r\n\r\n")}) {
        if (const qsizetype at = head.indexOf(end); at >= 0) {
            head = head.first(at);
        }
    }
    const QByteArray fields = head.toByteArray().toLower(); // field names ignore case
    const auto hasField = [&fields](QByteArrayView name) {
        for (qsizetype at = fields.indexOf(name); at >= 0; at = fields.indexOf(name, at + 1)) {
            if (at == 0 || fields[at - 1] == '\n') {
                return true;
            }
        }
        return false;
    };
    return hasField("mime-version:") && hasField("content-type:");
}

} // namespace Sourceline
