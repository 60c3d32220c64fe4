// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "pastedarticle.h"

#include <QMimeData>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
constexpr qsizetype longestHeadline = 60;

// Browsers put the page's address beside a copied selection under names of their own; Firefox
// writes it in UTF-16.
QUrl sourceAddress(const QMimeData &contents)
{
    for (const QString &format : {u"text/x-moz-url-priv"_s, u"chromium/x-source-url"_s}) {
        const QByteArray bytes = contents.data(format);
        if (bytes.isEmpty()) {
            continue;
        }
        const bool utf16 = bytes.size() > 1 && bytes.at(1) == '\0';
        const QString text = utf16 ? QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2) : QString::fromUtf8(bytes);
        const QUrl url(text.section(u'\n', 0, 0).trimmed(), QUrl::StrictMode);
        if (url.isValid() && url.scheme().startsWith(u"http"_s)) {
            return url;
        }
    }
    return {};
}

// Words outside tags: markup around an image or an empty selection is no article.
QString visibleText(const QString &html)
{
    static const QRegularExpression hidden(
        u"<(script|style)\\b.*?</\\1\\s*>|<[^>]*>"_s, QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QString text = html;
    text.replace(hidden, u" "_s);
    return text.simplified();
}

bool onlyAddresses(const QString &text)
{
    const QStringList words = text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    return !words.isEmpty() && std::all_of(words.cbegin(), words.cend(), [](const QString &word) {
        const QUrl url(word, QUrl::StrictMode);
        return url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty();
    });
}

QString firstLine(const QString &text)
{
    for (const QString &line : text.split(u'\n')) {
        if (const QString simple = line.simplified(); !simple.isEmpty()) {
            return simple;
        }
    }
    return {};
}
} // namespace

PastedArticle pastedArticle(const QMimeData &contents)
{
    PastedArticle article;
    const QString html = contents.hasHtml() ? contents.html() : QString();
    const QString htmlText = visibleText(html);
    const QString plain = contents.hasText() ? contents.text() : QString();
    const QString words = !htmlText.isEmpty() ? htmlText : plain.simplified();
    if (words.isEmpty()) {
        article.problem = contents.hasImage() ? u"a picture, not text"_s : u"no text"_s;
        return article;
    }
    if (onlyAddresses(words)) {
        article.problem = u"a web link, not an article"_s;
        return article;
    }
    const QUrl source = sourceAddress(contents);
    if (!htmlText.isEmpty()) {
        // The reader takes a saved page's canonical link as the article's address.
        QString page = source.isValid() ? u"<link rel=\"canonical\" href=\"%1\">\n"_s.arg(source.toString(QUrl::FullyEncoded).toHtmlEscaped()) : QString();
        page += html;
        article.data = page.toUtf8();
        article.suffix = u"html"_s;
        article.headline = firstLine(plain.isEmpty() ? htmlText : plain);
    } else {
        QString text = plain.trimmed() + u'\n';
        article.headline = firstLine(text);
        if (source.isValid()) {
            text.prepend(u"---\nurl: %1\n---\n"_s.arg(source.toString(QUrl::FullyEncoded)));
        }
        article.data = text.toUtf8();
        article.suffix = u"txt"_s;
    }
    return article;
}

QString pastedFileName(const PastedArticle &article, const QDateTime &when)
{
    // Letters, digits and spaces only: no separators, no characters some file systems refuse.
    QString name;
    for (const QChar c : article.headline.left(longestHeadline * 2)) {
        name += c.isLetterOrNumber() ? c : u' ';
    }
    name = name.simplified();
    if (name.size() > longestHeadline) {
        const qsizetype cut = name.lastIndexOf(u' ', longestHeadline);
        name.truncate(cut > longestHeadline / 2 ? cut : longestHeadline);
    }
    if (name.isEmpty()) {
        name = u"Pasted article"_s;
    }
    return when.toString(u"yyyy-MM-dd HHmmss"_s) + u' ' + name + u'.' + article.suffix;
}

} // namespace Sourceline
