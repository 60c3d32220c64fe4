// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "evernotenotes.h"

#include "htmlarticle.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

struct Note
{
    QString title;
    QString created;
    QString sourceUrl;
    QString content;
};

// <note-attributes> holds the clipped page's address among the note's settings.
QString sourceUrlIn(QXmlStreamReader &xml)
{
    QString url;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source-url") {
            url = xml.readElementText().trimmed();
        } else {
            xml.skipCurrentElement();
        }
    }
    return url;
}

Note readNote(QXmlStreamReader &xml)
{
    Note note;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == u"title") {
            note.title = xml.readElementText().simplified();
        } else if (name == u"created") {
            note.created = xml.readElementText().trimmed();
        } else if (name == u"content") {
            note.content = xml.readElementText();
        } else if (name == u"note-attributes") {
            note.sourceUrl = sourceUrlIn(xml);
        } else {
            xml.skipCurrentElement(); // tags, resources (base64 images), updated
        }
    }
    return note;
}

// ENML opens with its own XML declaration and doctype, and wraps the page in <en-note>:
// the page's markup inside is what is read.
QString pageOfNote(const Note &note)
{
    static const QRegularExpression prologue(u"^\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:<!DOCTYPE[^>]*>\\s*)?"_s, QRegularExpression::CaseInsensitiveOption);
    QString content = note.content;
    content.remove(prologue);
    return u"<html><head><title>"_s + note.title.toHtmlEscaped() + u"</title></head><body>"_s + content + u"</body></html>"_s;
}

// "20240106T101400Z", Evernote's compact UTC stamp.
QDate createdDate(const QString &stamp)
{
    return QDate::fromString(stamp.left(8), u"yyyyMMdd"_s);
}

} // namespace

ArticleRecords readEvernoteNotes(QStringView text)
{
    ArticleRecords notes;
    QXmlStreamReader xml(text);
    int number = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"note") {
            continue;
        }
        ++number;
        const Note note = readNote(xml);
        Article article = readHtmlArticle(pageOfNote(note));
        if (article.body.isEmpty()) {
            continue;
        }
        if (article.url.isEmpty() && note.sourceUrl.startsWith(u"http"_s)) {
            article.url = note.sourceUrl;
        }
        if (!article.published.isValid()) {
            article.published = createdDate(note.created);
        }
        article.path = u"#"_s + QString::number(number);
        notes.articles.append(std::move(article));
    }
    if (xml.hasError()) {
        notes.problem = u"invalid Evernote export at line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    } else if (notes.articles.isEmpty()) {
        notes.problem = u"no notes with text in the Evernote export"_s;
    }
    return notes;
}

bool looksLikeEvernoteExport(QStringView start)
{
    static const QRegularExpression exportRoot(u"^\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:<!DOCTYPE[^>]*>\\s*)?<en-export[\\s>]"_s);
    return exportRoot.matchView(start.first(std::min<qsizetype>(start.size(), 4096))).hasMatch();
}

} // namespace Sourceline
