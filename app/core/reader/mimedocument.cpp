// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "mimedocument.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <list>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// A message nests a handful of multiparts at most; a deeper one is broken or hostile.
constexpr int deepestNesting = 8;

using Headers = QHash<QByteArray, QByteArray>; // lower-case name → value, folded lines joined

struct ContentType
{
    QByteArray mediaType; ///< lower case, "text/plain" when the part declares none
    QByteArray boundary;
};

struct Entity
{
    Headers headers;
    QByteArrayView body;
};

// The header block ends at the first empty line; a message without one has no body.
Entity splitEntity(QByteArrayView data)
{
    Entity entity;
    qsizetype lineStart = 0;
    qsizetype bodyStart = -1;
    QByteArray *last = nullptr;
    while (lineStart < data.size()) {
        qsizetype lineEnd = data.indexOf('\n', lineStart);
        const qsizetype next = lineEnd < 0 ? data.size() : lineEnd + 1;
        lineEnd = lineEnd < 0 ? data.size() : lineEnd;
        QByteArrayView line = data.sliced(lineStart, lineEnd - lineStart);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        lineStart = next;
        if (line.isEmpty()) {
            bodyStart = next;
            break;
        }
        if ((line.front() == ' ' || line.front() == '\t') && last) {
            *last += ' ' + line.trimmed().toByteArray(); // a folded header goes on
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            last = nullptr;
            continue;
        }
        const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
        if (entity.headers.contains(name)) {
            last = nullptr; // the first of repeated fields ("Received") is enough
            continue;
        }
        last = &entity.headers.insert(name, line.sliced(colon + 1).trimmed().toByteArray()).value();
    }
    entity.body = bodyStart < 0 ? QByteArrayView() : data.sliced(std::min(bodyStart, data.size()));
    return entity;
}

ContentType contentTypeOf(const Headers &headers)
{
    ContentType type;
    const QByteArray value = headers.value("content-type");
    const QList<QByteArray> fields = value.split(';');
    type.mediaType = fields.value(0).trimmed().toLower();
    if (type.mediaType.isEmpty()) {
        type.mediaType = "text/plain";
    }
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const QByteArray field = fields[i].trimmed();
        const qsizetype equals = field.indexOf('=');
        if (equals > 0 && field.first(equals).trimmed().toLower() == "boundary") {
            QByteArray boundary = field.sliced(equals + 1).trimmed();
            if (boundary.size() >= 2 && boundary.startsWith('"') && boundary.endsWith('"')) {
                boundary = boundary.sliced(1, boundary.size() - 2);
            }
            type.boundary = boundary;
        }
    }
    return type;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// "=3D" is "=", "=" at a line's end joins it to the next; in header words "_" is a blank.
QByteArray fromQuotedPrintable(QByteArrayView text, bool underscoreIsBlank)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '=' && i + 1 < text.size()) {
            if (text[i + 1] == '\n') {
                ++i;
                continue;
            }
            if (text[i + 1] == '\r' && i + 2 < text.size() && text[i + 2] == '\n') {
                i += 2;
                continue;
            }
            const int high = i + 2 < text.size() ? hexValue(text[i + 1]) : -1;
            const int low = high >= 0 ? hexValue(text[i + 2]) : -1;
            if (low >= 0) {
                bytes += char(high * 16 + low);
                i += 2;
                continue;
            }
        }
        bytes += (underscoreIsBlank && c == '_') ? ' ' : c;
    }
    return bytes;
}

QByteArray decodedBody(const Entity &entity)
{
    const QByteArray encoding = entity.headers.value("content-transfer-encoding").trimmed().toLower();
    if (encoding == "quoted-printable") {
        return fromQuotedPrintable(entity.body, false);
    }
    if (encoding == "base64") {
        return QByteArray::fromBase64(entity.body.toByteArray()); // skips line breaks
    }
    return entity.body.toByteArray();
}

// The parts between "--boundary" lines, up to the closing "--boundary--".
QList<QByteArrayView> multipartParts(QByteArrayView body, const QByteArray &boundary)
{
    QList<QByteArrayView> parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype partStart = -1;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = body.indexOf(delimiter, from);
        if (at < 0) {
            break;
        }
        from = at + delimiter.size();
        if (at > 0 && body[at - 1] != '\n') {
            continue; // the boundary's text inside a line is not a delimiter
        }
        if (partStart >= 0) {
            qsizetype partEnd = at;
            partEnd -= (partEnd > partStart && body[partEnd - 1] == '\n') ? 1 : 0;
            partEnd -= (partEnd > partStart && body[partEnd - 1] == '\r') ? 1 : 0;
            parts.append(body.sliced(partStart, partEnd - partStart));
        }
        if (body.sliced(from).startsWith("--")) {
            return parts;
        }
        const qsizetype lineEnd = body.indexOf('\n', from);
        if (lineEnd < 0) {
            return parts;
        }
        partStart = lineEnd + 1;
    }
    // A message cut short keeps what its last part holds.
    if (partStart >= 0 && partStart < body.size()) {
        parts.append(body.sliced(partStart));
    }
    return parts;
}

struct Search
{
    const Entity *html = nullptr;
    const Entity *text = nullptr;
};

// `store` keeps every part seen, at stable addresses, for the pointers in `search`.
void findDocument(QByteArrayView data, int depth, Search &search, std::list<Entity> &store)
{
    store.push_back(splitEntity(data));
    const Entity &entity = store.back();
    const ContentType type = contentTypeOf(entity.headers);
    if (type.mediaType.startsWith("multipart/")) {
        if (depth >= deepestNesting || type.boundary.isEmpty()) {
            return;
        }
        for (const QByteArrayView part : multipartParts(entity.body, type.boundary)) {
            findDocument(part, depth + 1, search, store);
            if (search.html) {
                return;
            }
        }
        return;
    }
    const bool attachment = entity.headers.value("content-disposition").trimmed().toLower().startsWith("attachment");
    if (type.mediaType == "text/html" && !search.html) {
        search.html = &entity;
    } else if (type.mediaType == "text/plain" && !attachment && !search.text) {
        search.text = &entity;
    }
}

// RFC 2047 words ("=?utf-8?Q?Peace_plan_=E2=80=94_what_next?=") in a header; the blanks
// between two such words are not part of the text.
QString decodedHeader(const QByteArray &value)
{
    static const QRegularExpression encodedWord(u"=\\?([^?\\s]+)\\?([QqBb])\\?([^?\\s]*)\\?="_s);
    static const QRegularExpression blanksBetweenWords(u"(\\?=)\\s+(=\\?)"_s);
    QString text = QString::fromUtf8(value);
    if (!text.contains(u"=?"_s)) {
        return text;
    }
    text.replace(blanksBetweenWords, u"\\1\\2"_s);
    QString decoded;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : encodedWord.globalMatch(text)) {
        decoded += QStringView(text).sliced(last, match.capturedStart() - last);
        const QByteArray payload = match.captured(3).toLatin1();
        const QByteArray bytes
            = match.captured(2).compare(u"b"_s, Qt::CaseInsensitive) == 0 ? QByteArray::fromBase64(payload) : fromQuotedPrintable(payload, true);
        QStringDecoder decoder(match.captured(1).toLatin1().constData());
        decoded += decoder.isValid() ? decoder.decode(bytes) : QString::fromUtf8(bytes);
        last = match.capturedEnd();
    }
    decoded += QStringView(text).sliced(last);
    return decoded;
}

// "Axios AM <am@axios.com>" and "\"Axios AM\" <am@axios.com>" → "Axios AM"; a bare address
// names no sender.
QString senderName(const QByteArray &from)
{
    const qsizetype angle = from.indexOf('<');
    QByteArray name = (angle < 0 ? QByteArray() : from.first(angle)).trimmed();
    if (name.size() >= 2 && name.startsWith('"') && name.endsWith('"')) {
        name = name.sliced(1, name.size() - 2).trimmed();
    }
    return decodedHeader(name);
}

} // namespace

MimeDocument readMimeDocument(const QByteArray &data)
{
    MimeDocument document;
    std::list<Entity> store;
    Search search;
    findDocument(data, 0, search, store);
    const Headers &top = store.front().headers;
    if (top.value("from").contains('@')) {
        document.subject = decodedHeader(top.value("subject")).simplified();
        document.sender = senderName(top.value("from")).simplified();
        document.date = QString::fromLatin1(top.value("date")).simplified();
    }
    const Entity *found = search.html ? search.html : search.text;
    if (!found) {
        document.problem = u"no web page or text inside the MIME file"_s;
        return document;
    }
    document.isHtml = found == search.html;
    document.body = decodedBody(*found);
    document.location = QString::fromUtf8(found->headers.value("content-location", top.value("snapshot-content-location"))).trimmed();
    return document;
}

bool looksLikeMimeMessage(QByteArrayView start)
{
    const Entity head = splitEntity(start.first(std::min<qsizetype>(start.size(), 8192)));
    return head.headers.contains("mime-version") && head.headers.contains("content-type");
}

} // namespace Sourceline
