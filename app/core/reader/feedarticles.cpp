// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "feedarticles.h"

#include "jsonarticles.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// The fields of one item as the JSON reader knows them, so that both read articles alike.
QJsonObject itemFields(QXmlStreamReader &xml)
{
    QJsonObject fields;
    const auto keep = [&fields](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty() && !fields.contains(key)) {
            fields.insert(key, value.trimmed());
        }
    };
    QString body;
    int bodyRank = 0; // content:encoded and Atom content say more than a summary
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        if (name == u"link" && xml.attributes().hasAttribute(u"href"_s)) {
            const QString rel = xml.attributes().value(u"rel"_s).toString();
            if (rel.isEmpty() || rel == u"alternate") {
                keep(u"url"_s, xml.attributes().value(u"href"_s).toString());
            }
            xml.skipCurrentElement();
        } else if (name == u"author" && !xml.namespaceUri().isEmpty()) {
            // Atom's <author><name>...</name></author>; RSS 2.0's <author> is an address.
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name") {
                    keep(u"author"_s, xml.readElementText());
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (name == u"title") {
                keep(u"title"_s, text);
            } else if (name == u"link" || (name == u"guid" && text.startsWith(u"http"_s))) {
                keep(u"url"_s, text);
            } else if (name == u"pubDate" || name == u"published" || name == u"date" || name == u"updated" || name == u"issued") {
                keep(u"date"_s, text);
            } else if (name == u"creator" || name == u"author") {
                keep(u"author"_s, text);
            } else if (name == u"encoded" || name == u"content" || name == u"description" || name == u"summary") {
                const int rank = (name == u"encoded" || name == u"content") ? 2 : 1;
                if (rank > bodyRank && !text.trimmed().isEmpty()) {
                    body = text;
                    bodyRank = rank;
                }
            }
        }
    }
    if (!body.isEmpty()) {
        fields.insert(u"text"_s, body);
    }
    return fields;
}

// A section's feed is titled "Outlet - Section" (or "Section | Outlet"): the outlet is the
// part whose letters spell the feed's site ("Bayfront Observer" at bayfrontobserver.com).
// Without such a part the title is kept whole.
QString outletOfFeedTitle(const QString &title, const QString &link)
{
    const QString host = QUrl(link.trimmed()).host().toLower();
    if (host.isEmpty()) {
        return title;
    }
    static const QRegularExpression separator(u"\\s+[-\u2013\u2014|\u00BB]\\s+"_s);
    const QStringList parts = title.split(separator, Qt::SkipEmptyParts);
    if (parts.size() < 2) {
        return title;
    }
    for (const QString &part : parts) {
        QString letters;
        for (const QChar c : part) {
            if (c.isLetterOrNumber()) {
                letters.append(c.toLower());
            }
        }
        if (letters.size() >= 4 && host.contains(letters)) {
            return part.trimmed();
        }
    }
    return title;
}

} // namespace

ArticleRecords readFeedArticles(QStringView text)
{
    ArticleRecords feed;
    QXmlStreamReader xml(text);
    QString outlet;
    QString channelLink;
    int number = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"item" || name == u"entry") {
            if (number++ == 0) {
                outlet = outletOfFeedTitle(outlet, channelLink);
            }
            QJsonObject fields = itemFields(xml);
            if (!outlet.isEmpty()) {
                fields.insert(u"outlet"_s, outlet);
            }
            Article article = articleFromJson(fields);
            if (!article.body.isEmpty()) {
                article.path = u"#"_s + QString::number(number);
                feed.articles.append(std::move(article));
            }
        } else if (name == u"title" && outlet.isEmpty() && number == 0) {
            outlet = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified(); // the channel's or feed's own title
        } else if (name == u"link" && channelLink.isEmpty() && number == 0 && xml.prefix().isEmpty() && xml.attributes().value(u"rel"_s) != u"self") {
            // RSS gives the site's address as text, Atom as an href.
            channelLink = xml.attributes().hasAttribute(u"href"_s) ? xml.attributes().value(u"href"_s).toString()
                                                                   : xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    if (xml.hasError()) {
        feed.problem = u"invalid feed at line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    } else if (feed.articles.isEmpty()) {
        feed.problem = u"no articles with text in the feed"_s;
    }
    return feed;
}

bool looksLikeFeed(QStringView start)
{
    static const QRegularExpression feedRoot(
        u"^\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:<!--.*?-->\\s*)*<(?:rss|rdf:RDF|feed)[\\s>]"_s, QRegularExpression::DotMatchesEverythingOption);
    return feedRoot.matchView(start.first(std::min<qsizetype>(start.size(), 4096))).hasMatch();
}

} // namespace Sourceline
