// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "newsdatabaseexport.h"

#include "articlebodybuilder.h"
#include "plaintextarticle.h"
#include "publicationdate.h"

#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// One line of the export, trimmed, and where it lies in the text.
struct Line
{
    QStringView text;
    qsizetype start = 0;
    qsizetype end = 0; ///< after the line's last character, before its line break
};

QList<Line> linesOf(QStringView text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        end = end < 0 ? text.size() : end;
        lines.append({text.sliced(start, end - start).trimmed(), start, end});
        start = end + 1;
    }
    return lines;
}

// A document's header, told apart from its text.
struct Document
{
    QString title;
    QString outlet;
    QString author;
    QDate published;
    QStringView body;
};

bool isDateLine(QStringView line)
{
    return !line.isEmpty() && line.size() <= 60 && parsePublicationDate(line).isValid();
}

bool isCopyrightLine(QStringView line)
{
    return line.startsWith(u"Copyright"_s, Qt::CaseInsensitive) || line.startsWith(u'\u00A9') || line.startsWith(u"(c)"_s, Qt::CaseInsensitive);
}

QStringView bodyBetween(QStringView text, const QList<Line> &lines, qsizetype first, qsizetype last)
{
    if (first >= last) {
        return {};
    }
    return text.sliced(lines[first].start, lines[last - 1].end - lines[first].start);
}

// Nexis: title, outlet and date over "Copyright ...", "Section: ...", "Length: ...",
// "Byline: ..."; the text between "Body" and the indexing ("Classification", "Load-Date:").
std::optional<Document> nexisDocument(QStringView text, const QList<Line> &lines, qsizetype from, qsizetype to)
{
    static const QRegularExpression field(u"^(?:Section|Length|Byline|Dateline|Highlight|Edition|Version|Author|Publication-Type|Pg\\.)\\s*:"_s);
    qsizetype bodyLine = -1;
    for (qsizetype i = from; i < to && bodyLine < 0; ++i) {
        bodyLine = lines[i].text == u"Body"_s ? i : -1;
    }
    if (bodyLine < 0) {
        return std::nullopt;
    }
    Document document;
    QList<QStringView> header;
    for (qsizetype i = from; i < bodyLine; ++i) {
        const QStringView line = lines[i].text;
        if (line.startsWith(u"Byline:"_s)) {
            document.author = line.sliced(7).trimmed().toString();
        }
        if (!line.isEmpty()) {
            header.append(line);
        }
    }
    // The header's fields follow the title, the outlet and the date; a cover page (the search
    // that made the export) may come before them in the first document.
    qsizetype fields = 0;
    while (fields < header.size() && !isCopyrightLine(header[fields]) && !field.matchView(header[fields]).hasMatch()) {
        ++fields;
    }
    qsizetype dateAt = -1;
    for (qsizetype i = fields - 1; i >= std::max<qsizetype>(0, fields - 3) && dateAt < 0; --i) {
        dateAt = isDateLine(header[i]) ? i : -1;
    }
    const qsizetype outletAt = dateAt >= 0 ? dateAt - 1 : fields - 1;
    if (dateAt >= 0) {
        document.published = parsePublicationDate(header[dateAt]);
    }
    if (outletAt >= 1) {
        document.outlet = header[outletAt].toString();
        document.title = header[outletAt - 1].toString();
    } else if (outletAt == 0) {
        document.title = header[0].toString();
    }
    qsizetype end = bodyLine + 1;
    while (end < to && lines[end].text != u"Classification"_s && lines[end].text != u"Graphic"_s && !lines[end].text.startsWith(u"Load-Date:"_s)) {
        ++end;
    }
    document.body = bodyBetween(text, lines, bodyLine + 1, end);
    return document;
}

// Factiva: the title (and "By ..."), then "852 words", the date, perhaps a time, the outlet,
// a source code, the language and the copyright; the text runs to the "Document <id>" line.
std::optional<Document> factivaDocument(QStringView text, const QList<Line> &lines, qsizetype from, qsizetype to)
{
    static const QRegularExpression wordCount(u"^[\\d,]+ words$"_s);
    static const QRegularExpression timeOfDay(u"^\\d{1,2}:\\d{2}(?:\\s*(?:GMT|UTC|ET|EST|EDT))?$"_s);
    qsizetype countLine = -1;
    for (qsizetype i = from; i < to && countLine < 0; ++i) {
        countLine = wordCount.matchView(lines[i].text).hasMatch() ? i : -1;
    }
    if (countLine < 0) {
        return std::nullopt;
    }
    Document document;
    QStringList title;
    for (qsizetype i = from; i < countLine; ++i) {
        const QStringView line = lines[i].text;
        if (!bylineCredit(line).isEmpty()) {
            document.author = bylineCredit(line).toString();
        } else if (!line.isEmpty()) {
            title.append(line.toString());
        }
    }
    document.title = title.join(u' ');
    qsizetype next = countLine + 1;
    const auto nextLine = [&]() -> QStringView {
        while (next < to && lines[next].text.isEmpty()) {
            ++next;
        }
        return next < to ? lines[next].text : QStringView();
    };
    if (isDateLine(nextLine())) {
        document.published = parsePublicationDate(lines[next++].text);
    }
    if (timeOfDay.matchView(nextLine()).hasMatch()) {
        ++next;
    }
    document.outlet = nextLine().toString();
    ++next;
    // The source code ("GDN") and the language; then the copyright lines, if any.
    for (int skipped = 0; skipped < 2 && next < to; ++skipped) {
        const QStringView line = nextLine();
        const bool code = line.size() <= 10 && !line.contains(u' ') && line == line.toString().toUpper();
        if (!code && line != u"English"_s) {
            break;
        }
        ++next;
    }
    while (next < to && isCopyrightLine(nextLine())) {
        ++next;
    }
    document.body = bodyBetween(text, lines, next, to);
    return document;
}

std::optional<Article> articleOf(const Document &document)
{
    const QList<QString> paragraphs = plainTextParagraphs(document.body);
    if (paragraphs.isEmpty()) {
        return std::nullopt;
    }
    Article article;
    article.outlet = document.outlet;
    article.author = document.author;
    article.published = document.published;
    ArticleBodyBuilder body;
    qsizetype first = 0;
    if (!document.title.isEmpty()) {
        body.addHeading(document.title);
    } else {
        body.addHeading(paragraphs.front());
        first = 1;
    }
    appendPlainTextBlocks(body, paragraphs, first);
    if (body.paragraphCount() == 0) {
        return std::nullopt;
    }
    article.title = body.body().left(body.blocks().constFirst().range.end);
    body.finish(article);
    return article;
}

} // namespace

QList<Article> readNewsDatabaseExport(QStringView text)
{
    static const QRegularExpression factivaEnd(u"^Document [A-Za-z0-9]{16,}$"_s);
    // Most files are no export: one search for the closing lines decides.
    const bool nexis = text.contains(u"\nEnd of Document"_s);
    if (!nexis && !text.contains(u"\nDocument "_s)) {
        return {};
    }
    const QList<Line> lines = linesOf(text);
    QList<Article> articles;
    qsizetype from = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool closes = nexis ? lines[i].text == u"End of Document"_s : factivaEnd.matchView(lines[i].text).hasMatch();
        if (!closes) {
            continue;
        }
        const std::optional<Document> document = nexis ? nexisDocument(text, lines, from, i) : factivaDocument(text, lines, from, i);
        if (document) {
            if (std::optional<Article> article = articleOf(*document)) {
                article->path = u"#"_s + QString::number(articles.size() + 1);
                articles.append(std::move(*article));
            }
        }
        from = i + 1;
    }
    return articles;
}

} // namespace Sourceline
