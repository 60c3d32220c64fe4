// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "jsonarticles.h"

#include "articlebodybuilder.h"
#include "htmlarticle.h"
#include "plaintextarticle.h"
#include "publicationdate.h"
#include "textdecoder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// Field names news APIs, scrapers and CMS exports use, most common first.
constexpr QStringView titleKeys[] = {u"title", u"headline", u"heading", u"name", u"webTitle"};
// The New York Times' search API gives no text but its "lead_paragraph", the story's opening;
// a JSON Feed's item (jsonfeed.org) gives it as "content_html" or "content_text".
constexpr QStringView textKeys[] = {u"text", u"body", u"content", u"articleBody", u"article_body", u"fullText", u"full_text", u"story", u"maintext",
    u"bodyText", u"lead_paragraph", u"content_html", u"content_text"};
// A record without its text still has its summary: news APIs leave "content" empty or null
// for many stories and give the "description".
constexpr QStringView summaryKeys[] = {u"description", u"summary", u"abstract", u"snippet", u"excerpt", u"standfirst", u"trailText"};
constexpr QStringView dateKeys[] = {u"date", u"published", u"datePublished", u"publishedAt", u"published_at", u"pubDate", u"publish_date", u"publishDate",
    u"date_published", u"publication_date", u"webPublicationDate", u"created_at", u"date_publish", u"dateTimePub", u"dateTime", u"published_date", u"pub_date"};
constexpr QStringView urlKeys[] = {u"url", u"link", u"canonical_url", u"canonicalUrl", u"webUrl", u"web_url", u"uri", u"permalink"};
constexpr QStringView outletKeys[] = {u"source", u"outlet", u"publisher", u"site_name", u"siteName", u"source_name", u"sourceName", u"publication", u"site"};
constexpr QStringView authorKeys[] = {u"author", u"authors", u"byline", u"creator", u"by"};
constexpr QStringView wrapperKeys[] = {u"articles", u"items", u"data", u"results", u"stories", u"posts", u"entries", u"documents", u"response", u"docs"};

// A string, an object's name ("source": {"id": "bbc", "name": "BBC News"}), WordPress's
// {"rendered": "..."}, the New York Times' {"main": headline} and {"original": "By ..."}, or a
// list of such values joined with ", ".
QString stringOf(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString().trimmed();
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QStringView key : {u"name", u"title", u"rendered", u"value", u"text", u"html", u"main", u"original"}) {
            if (const QString text = stringOf(object.value(key)); !text.isEmpty()) {
                return text;
            }
        }
        return {};
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            if (const QString part = stringOf(item); !part.isEmpty()) {
                parts.append(part);
            }
        }
        return parts.join(u", "_s);
    }
    return {};
}

template<std::size_t N>
QJsonValue firstValue(const QJsonObject &object, const QStringView (&keys)[N])
{
    for (const QStringView key : keys) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isNull() && !(value.isString() && value.toString().trimmed().isEmpty())) {
            return value;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

template<std::size_t N>
QString firstString(const QJsonObject &object, const QStringView (&keys)[N])
{
    for (const QStringView key : keys) {
        if (const QString text = stringOf(object.value(key)); !text.isEmpty()) {
            return text;
        }
    }
    return {};
}

QDate dateOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        // Unix time, in seconds or (beyond the year 5138 in seconds) milliseconds.
        const double number = value.toDouble();
        const qint64 seconds = number > 1e11 ? qint64(number / 1000) : qint64(number);
        return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC).date();
    }
    return parsePublicationDate(stringOf(value));
}

void appendText(ArticleBodyBuilder &body, const QJsonValue &text, const QString &title)
{
    if (text.isArray()) {
        for (const QJsonValue &item : text.toArray()) {
            appendText(body, item, {});
        }
        return;
    }
    // News APIs cut long texts and say so: "... the minister said… [+2410 chars]".
    static const QRegularExpression truncationNote(u"\\s*\\[\\+\\d+ chars\\]\\s*$"_s);
    QString content = normalisedLineEndings(stringOf(text));
    content.remove(truncationNote);
    if (looksLikeHtml(content)) {
        appendHtmlFragment(body, content);
        return;
    }
    const QList<QString> paragraphs = plainTextParagraphs(content);
    // Some exports repeat the headline as the first line of the text.
    const qsizetype first = !paragraphs.isEmpty() && !title.isEmpty() && paragraphs.front().compare(title, Qt::CaseInsensitive) == 0 ? 1 : 0;
    appendPlainTextBlocks(body, paragraphs, first);
}

// The records of a parsed document: the object, the array's objects, or a wrapper's array.
QList<QJsonObject> recordsOf(const QJsonValue &value, int depth = 0)
{
    QList<QJsonObject> records;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject()) {
                records.append(item.toObject());
            }
        }
        return records;
    }
    if (!value.isObject()) {
        return records;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue text = firstValue(object, textKeys);
    // The Guardian's answer for one item ({"response": {"status": "ok", "content": {...}}})
    // holds the article as its "content": an object with no text of its own is a record.
    if (text.isObject() && depth <= 2 && stringOf(text).isEmpty()) {
        return recordsOf(text, depth + 1);
    }
    if (!text.isUndefined() || depth > 2) {
        records.append(object);
        return records;
    }
    for (const QStringView key : wrapperKeys) {
        const QJsonValue inner = object.value(key);
        if (inner.isArray() || inner.isObject()) {
            if (QList<QJsonObject> found = recordsOf(inner, depth + 1); !found.isEmpty()) {
                return found;
            }
        }
    }
    records.append(object);
    return records;
}

// The Guardian's content API keeps a result's headline, byline and text in "fields", beside
// the result's own webTitle, webUrl and webPublicationDate.
QJsonObject withNestedFields(QJsonObject object)
{
    const QJsonObject fields = object.value(u"fields").toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!object.contains(it.key())) {
            object.insert(it.key(), it.value());
        }
    }
    return object;
}

QString invalidJson(const QJsonParseError &error, qsizetype offset)
{
    return u"invalid JSON: %1 at offset %2"_s.arg(error.errorString()).arg(offset);
}

} // namespace

Article articleFromJson(const QJsonObject &record)
{
    const QJsonObject object = record.contains(u"fields") ? withNestedFields(record) : record;
    Article article;
    article.published = dateOf(firstValue(object, dateKeys));
    article.url = firstString(object, urlKeys);
    article.outlet = firstString(object, outletKeys);
    article.author = firstString(object, authorKeys);
    // Aggregators such as NewsAPI end each headline with the source's name: "... - Reuters".
    const QString title = withoutSiteSuffix(firstString(object, titleKeys).simplified(), article.outlet, false);
    QJsonValue text = firstValue(object, textKeys);
    if (text.isUndefined()) {
        text = firstValue(object, summaryKeys);
    }
    if (text.isUndefined()) {
        article.title = title;
        return article;
    }
    ArticleBodyBuilder body;
    body.addHeading(title);
    appendText(body, text, title);
    if (title.isEmpty() && !body.isEmpty()) {
        // No title field: the first line of the text is the headline, as in a text file.
        ArticleBodyBuilder withHeadline;
        const QString bodyText = body.body();
        const QList<TextBlock> blocks = body.blocks();
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const TextBlock::Kind kind = i == 0 ? TextBlock::Kind::Heading : blocks[i].kind;
            withHeadline.add(kind, QStringView(bodyText).mid(blocks[i].range.start, blocks[i].range.length()));
        }
        body = std::move(withHeadline);
    }
    if (body.paragraphCount() == 0) {
        article.title = title;
        return article;
    }
    article.title = body.body().left(body.blocks().constFirst().range.end);
    body.finish(article);
    return article;
}

ArticleRecords readJsonArticles(QStringView text, bool jsonLines)
{
    ArticleRecords result;
    const QByteArray utf8 = text.toUtf8();
    QList<QJsonObject> records;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError && !jsonLines) {
        records = recordsOf(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    } else {
        // JSON Lines, or a .json file that is JSON Lines in fact: one object per line.
        const bool linesLikeObjects = [&utf8] {
            for (const QByteArray &line : utf8.split('\n')) {
                const QByteArray trimmed = line.trimmed();
                if (!trimmed.isEmpty() && !trimmed.startsWith('{')) {
                    return false;
                }
            }
            return true;
        }();
        if (!jsonLines && (!linesLikeObjects || utf8.count('\n') == 0)) {
            result.problem = invalidJson(error, error.offset);
            return result;
        }
        if (jsonLines && error.error == QJsonParseError::NoError && utf8.trimmed().startsWith('[')) {
            records = recordsOf(QJsonValue(document.array())); // a plain array saved as .jsonl
        } else {
            qsizetype lineStart = 0;
            while (lineStart < utf8.size()) {
                qsizetype lineEnd = utf8.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    lineEnd = utf8.size();
                }
                const QByteArray line = utf8.sliced(lineStart, lineEnd - lineStart);
                if (!line.trimmed().isEmpty()) {
                    QJsonParseError lineError;
                    const QJsonDocument lineDocument = QJsonDocument::fromJson(line, &lineError);
                    if (lineError.error != QJsonParseError::NoError) {
                        if (result.problem.isEmpty()) {
                            result.problem = invalidJson(lineError, lineStart + lineError.offset);
                        }
                    } else if (lineDocument.isObject()) {
                        records.append(lineDocument.object());
                    } else {
                        records.append(recordsOf(QJsonValue(lineDocument.array())));
                    }
                }
                lineStart = lineEnd + 1;
            }
            jsonLines = true;
        }
    }
    const bool numbered = jsonLines || records.size() > 1 || document.isArray();
    for (qsizetype i = 0; i < records.size(); ++i) {
        Article article = articleFromJson(records[i]);
        if (article.body.isEmpty()) {
            continue;
        }
        article.format = u"json"_s;
        if (numbered) {
            article.path = u"#"_s + QString::number(i + 1);
        }
        result.articles.append(std::move(article));
    }
    if (result.articles.isEmpty() && result.problem.isEmpty()) {
        result.problem = u"no article text found"_s;
    }
    return result;
}

} // namespace Sourceline
