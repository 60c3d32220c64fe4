// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "articlereader.h"

#include "dateline.h"
#include "evernotenotes.h"
#include "feedarticles.h"
#include "htmlarticle.h"
#include "jsonarticles.h"
#include "markdownarticle.h"
#include "mimedocument.h"
#include "newsdatabaseexport.h"
#include "pdftext.h"
#include "plaintextarticle.h"
#include "publicationdate.h"
#include "richtext.h"
#include "textdecoder.h"
#include "wordprocessortext.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

enum class Format { Unknown, Text, Markdown, Html, Json, JsonLines, Mime, Pdf, Feed, Evernote, WordProcessor, RichText };

Format formatFromExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"txt"_s || suffix == u"text"_s) {
        return Format::Text;
    }
    if (suffix == u"md"_s || suffix == u"markdown"_s || suffix == u"mdown"_s || suffix == u"mkd"_s) {
        return Format::Markdown;
    }
    if (suffix == u"html"_s || suffix == u"htm"_s || suffix == u"xhtml"_s || suffix == u"shtml"_s) {
        return Format::Html;
    }
    if (suffix == u"json"_s) {
        return Format::Json;
    }
    if (suffix == u"jsonl"_s || suffix == u"ndjson"_s) {
        return Format::JsonLines;
    }
    // A browser's "single file" page and a saved e-mail (a newsletter, a press release).
    if (suffix == u"mhtml"_s || suffix == u"mht"_s || suffix == u"eml"_s) {
        return Format::Mime;
    }
    if (suffix == u"pdf"_s) {
        return Format::Pdf;
    }
    // Notes clipped into Evernote, as it exports them.
    if (suffix == u"enex"_s) {
        return Format::Evernote;
    }
    if (suffix == u"rss"_s || suffix == u"atom"_s || suffix == u"xml"_s) {
        return Format::Feed;
    }
    // ".doc" too, so that an old Word file gets a message saying what to do with it.
    if (suffix == u"docx"_s || suffix == u"odt"_s || suffix == u"doc"_s) {
        return Format::WordProcessor;
    }
    if (suffix == u"rtf"_s) {
        return Format::RichText;
    }
    return Format::Unknown;
}

// For files without a telling extension: the shape of the text decides.
Format formatFromContent(QStringView text)
{
    static const QRegularExpression htmlStart(u"^\\s*(?:<!doctype\\s+html|<html|<head|<body|<article|<meta|<!--)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression markdownMarks(
        u"^(?:#{1,6} \\S|[-*] \\S.*\\n[-*] \\S|> \\S)|\\[[^\\]\\n]+\\]\\([^)\\s]+\\)|\\*\\*\\S"_s, QRegularExpression::MultilineOption);
    const QStringView start = text.trimmed().first(std::min<qsizetype>(text.trimmed().size(), 65536));
    if (start.startsWith(u'{') || start.startsWith(u'[')) {
        return Format::Json;
    }
    if (looksLikeFeed(start)) {
        return Format::Feed;
    }
    if (looksLikeEvernoteExport(start)) {
        return Format::Evernote;
    }
    if (htmlStart.matchView(start).hasMatch() || (start.startsWith(u'<') && looksLikeHtml(start))) {
        return Format::Html;
    }
    if (markdownMarks.matchView(start).hasMatch()) {
        return Format::Markdown;
    }
    return Format::Text;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Markdown:
        return u"markdown"_s;
    case Format::Html:
        return u"html"_s;
    case Format::Json:
    case Format::JsonLines:
        return u"json"_s;
    case Format::Text:
    case Format::Unknown:
    case Format::Mime:
        break;
    case Format::Pdf:
        return u"pdf"_s;
    case Format::Feed:
        return u"feed"_s;
    case Format::Evernote:
        return u"evernote"_s;
    case Format::WordProcessor:
    case Format::RichText:
        return u"document"_s;
    }
    return u"text"_s;
}

const QString tooLarge = u"file is larger than 50 MB"_s;
const QString noArticleText = u"no article text found"_s;

bool isHiddenBelow(const QString &path, const QString &root)
{
    const QString relative = path.mid(root.size());
    const QList<QStringView> parts = QStringView(relative).split(u'/', Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(), [](QStringView part) { return part.startsWith(u'.'); });
}

// "Page_files" beside "Page.html": what a browser saves with a complete page (its frames,
// adverts and scripts), not articles.
bool isBelowSavedPageResources(const QString &path, const QString &root)
{
    QString folder = QFileInfo(path).path();
    while (folder.size() >= root.size()) {
        const QFileInfo info(folder);
        if (info.fileName().endsWith(u"_files"_s)) {
            const QString page = info.path() + u'/' + info.fileName().chopped(6);
            if (QFileInfo::exists(page + u".html"_s) || QFileInfo::exists(page + u".htm"_s)) {
                return true;
            }
        }
        folder = info.path();
    }
    return false;
}

// A folder's ".xml" files are mostly settings, sitemaps and data, not feeds: only one that
// opens as a feed is read.
bool startsAsFeed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return true; // read anyway, so that the reason it cannot be read is reported
    }
    const DecodedText start = decodeArticleText(file.read(4096));
    return start.problem.isEmpty() && looksLikeFeed(start.text);
}

// Files of a folder that may hold articles, recursively, sorted for a stable order.
QStringList articleFilesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QString root = folder.endsWith(u'/') ? folder : folder + u'/';
    while (it.hasNext()) {
        const QString path = it.next();
        const Format format = formatFromExtension(path);
        if (isHiddenBelow(path, root) || format == Format::Unknown || isBelowSavedPageResources(path, root)
            || (format == Format::Feed && !startsAsFeed(path))) {
            continue;
        }
        files.append(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

ReadResult readBytes(const QByteArray &data, const QString &path, Format format)
{
    ReadResult result;
    const DecodedText decoded = decodeArticleText(data);
    if (!decoded.problem.isEmpty()) {
        result.problems.append({path, decoded.problem});
        return result;
    }
    if (format == Format::Unknown) {
        format = formatFromContent(decoded.text);
    }

    // Several articles in one file: each record's path ("#2") follows the file's.
    const auto appendRecords = [&result, &path, format](QList<Article> &records, const QString &problem) {
        if (!problem.isEmpty()) {
            result.problems.append({path, problem});
        }
        for (Article &article : records) {
            article.path = path + article.path;
            article.format = formatName(format);
            result.articles.append(std::move(article));
        }
    };
    if (format == Format::Json || format == Format::JsonLines) {
        ArticleRecords json = readJsonArticles(decoded.text, format == Format::JsonLines);
        appendRecords(json.articles, json.problem);
    } else if (format == Format::Feed) {
        ArticleRecords feed = readFeedArticles(decoded.text);
        appendRecords(feed.articles, feed.problem);
    } else if (format == Format::Evernote) {
        ArticleRecords notes = readEvernoteNotes(decoded.text);
        appendRecords(notes.articles, notes.problem);
    } else if (QList<Article> exported = format == Format::Text ? readNewsDatabaseExport(decoded.text) : QList<Article>(); !exported.isEmpty()) {
        appendRecords(exported, {});
    } else {
        Article article;
        switch (format) {
        case Format::Markdown:
            article = readMarkdownArticle(decoded.text);
            break;
        case Format::Html:
            article = readHtmlArticle(decoded.text);
            break;
        default:
            article = readPlainTextArticle(decoded.text);
            break;
        }
        if (article.body.isEmpty()) {
            result.problems.append({path, noArticleText});
            return result;
        }
        article.path = path;
        article.format = formatName(format);
        result.articles.append(std::move(article));
    }
    for (qsizetype i = 0; i < result.articles.size(); ++i) {
        result.articles[i].id = u"a"_s + QString::number(i + 1);
        Dateline::applyTo(result.articles[i]);
        // A page that prints no date may still carry it in its address ("/2025/06/12/...").
        if (!result.articles[i].published.isValid()) {
            result.articles[i].published = dateInAddress(result.articles[i].url);
        }
        // No-break spaces ("Dana\u00A0Ruiz") and runs of blanks read as one plain space, as in the body.
        result.articles[i].author = creditedWriters(result.articles[i].author.simplified());
        result.articles[i].outlet = result.articles[i].outlet.simplified();
    }
    return result;
}

// A saved single-file page or e-mail: the page or text inside, with the message's address,
// subject, sender and date where the document itself gives none.
ReadResult readMime(const QByteArray &data, const QString &path)
{
    const MimeDocument document = readMimeDocument(data);
    if (!document.problem.isEmpty()) {
        return {{}, {{path, document.problem}}};
    }
    QByteArray body = document.body;
    // An e-mail's headline is its subject, unless its text opens with it (a release sent out
    // by a distributor repeats its headline there).
    const QByteArray subject = document.subject.toUtf8().trimmed();
    const QByteArray text = body.trimmed();
    if (!document.isHtml && !subject.isEmpty() && text.left(text.indexOf('\n')).trimmed() != subject) {
        body.prepend(subject + "\n\n");
    }
    // The writer a newsletter's sender names ("Lena Park from Canyon Notes") is the page's
    // author where the page names none: its line of writer and day ("Lena Park Jan 14") goes.
    if (document.isHtml && !document.writer.isEmpty()) {
        body.append("\n<meta name=\"author\" content=\"" + document.writer.toHtmlEscaped().toUtf8() + "\">\n");
    }
    ReadResult result = readBytes(body, path, document.isHtml ? Format::Html : Format::Text);
    // A newsletter's HTML often bears no other title than the newsletter's name, which is the
    // sender's: the subject says what the issue is about, and becomes the page's headline.
    const bool titledBySender
        = !document.sender.isEmpty() && result.articles.size() == 1 && result.articles.constFirst().title.compare(document.sender, Qt::CaseInsensitive) == 0;
    if (document.isHtml && !document.subject.isEmpty() && titledBySender) {
        body.append("\n<meta property=\"og:title\" content=\"" + document.subject.toHtmlEscaped().toUtf8() + "\">\n");
        result = readBytes(body, path, Format::Html);
    }
    for (Article &article : result.articles) {
        if (article.url.isEmpty() && document.location.startsWith(u"http"_s)) {
            article.url = document.location;
        }
        if (!article.published.isValid()) {
            article.published = document.published;
        }
        if (article.outlet.isEmpty()) {
            article.outlet = document.sender;
        }
        if (article.author.isEmpty()) {
            article.author = document.writer;
        }
    }
    return result;
}

// A document turned into plain text (a PDF, a word processor's file, RTF), read as plain text
// is, under its own format's name.
ReadResult readAsPlainText(const QString &text, const QString &problem, const QString &path, Format format)
{
    if (!problem.isEmpty()) {
        return {{}, {{path, problem}}};
    }
    ReadResult result = readBytes(text.toUtf8(), path, Format::Text);
    for (Article &article : result.articles) {
        article.format = formatName(format);
    }
    return result;
}

// A page printed by a browser or an article from a news database; the document's metadata may
// name the writer.
ReadResult readPdf(const QByteArray &data, const QString &path)
{
    const PdfText pdf = readPdfText(data);
    ReadResult result = readAsPlainText(pdf.text, pdf.problem, path, Format::Pdf);
    for (Article &article : result.articles) {
        if (article.author.isEmpty()) {
            article.author = pdf.author;
        }
    }
    return result;
}

// An article pasted into Word or LibreOffice, or a news database's .docx of many articles.
ReadResult readWordProcessor(const QByteArray &data, const QString &path)
{
    const WordProcessorText document = readWordProcessorText(data);
    return readAsPlainText(document.text, document.problem, path, Format::WordProcessor);
}

// A news database's RTF download or a word processor's RTF file.
ReadResult readRichTextFile(const QByteArray &data, const QString &path)
{
    const RichText document = readRichText(data);
    return readAsPlainText(document.text, document.problem, path, Format::RichText);
}

} // namespace

ReadResult ArticleReader::read(const QStringList &paths) const
{
    ReadResult result;
    const auto readFile = [&result, this](const QString &path) {
        const QFileInfo info(path);
        // A device or a pipe never ends ("/dev/zero") or waits for a writer: never read one.
        if (!info.isFile()) {
            result.problems.append({path, u"not a regular file (a device, pipe or socket)"_s});
            return;
        }
        if (info.size() > maximumFileSize) {
            result.problems.append({path, tooLarge});
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.problems.append({path, file.errorString()});
            return;
        }
        // Files that give no size ("/proc") are read no further than the limit.
        const QByteArray data = file.read(maximumFileSize + 1);
        if (file.error() != QFileDevice::NoError) {
            result.problems.append({path, file.errorString()});
            return;
        }
        if (data.size() > maximumFileSize) {
            result.problems.append({path, tooLarge});
            return;
        }
        ReadResult one = readData(data, path);
        result.problems += one.problems;
        result.articles += std::move(one.articles);
    };

    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            result.problems.append({path, u"no such file"_s});
        } else if (info.isDir()) {
            if (!info.isReadable()) {
                result.problems.append({path, u"folder is not readable"_s});
                continue;
            }
            const QStringList files = articleFilesIn(path);
            if (files.isEmpty()) {
                result.problems.append({path, u"no article files in folder"_s});
            }
            for (const QString &file : files) {
                readFile(file);
            }
        } else {
            readFile(path);
        }
    }
    for (qsizetype i = 0; i < result.articles.size(); ++i) {
        result.articles[i].id = u"a"_s + QString::number(i + 1);
    }
    return result;
}

ReadResult ArticleReader::readData(const QByteArray &data, const QString &path) const
{
    if (data.size() > maximumFileSize) {
        return {{}, {{path, tooLarge}}};
    }
    // A blank file is reported as empty whatever its name says.
    if (data.trimmed().isEmpty()) {
        return readBytes(data, path, Format::Text);
    }
    const Format format = formatFromExtension(path);
    if (format == Format::Pdf || (format == Format::Unknown && looksLikePdf(data))) {
        return readPdf(data, path);
    }
    if (format == Format::WordProcessor || (format == Format::Unknown && looksLikeWordProcessorDocument(data))) {
        return readWordProcessor(data, path);
    }
    if (format == Format::RichText || (format == Format::Unknown && looksLikeRichText(data))) {
        return readRichTextFile(data, path);
    }
    const bool mime = format == Format::Mime || (format == Format::Unknown && looksLikeMimeMessage(data));
    return mime ? readMime(data, path) : readBytes(data, path, format);
}

} // namespace Sourceline
