// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "frontmatter.h"

#include "publicationdate.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

struct KeyValue
{
    QStringView key;
    QStringView value;
};

bool splitKeyValue(QStringView line, KeyValue *out)
{
    static const QRegularExpression keyValue(u"^\\s*([A-Za-z][A-Za-z0-9_.-]*)\\s*:\\s?(.*)$"_s);
    const QRegularExpressionMatch m = keyValue.matchView(line);
    if (!m.hasMatch()) {
        return false;
    }
    QStringView value = m.capturedView(2).trimmed();
    if (value.size() >= 2 && ((value.front() == u'"' && value.back() == u'"') || (value.front() == u'\'' && value.back() == u'\''))) {
        value = value.sliced(1, value.size() - 2);
    }
    *out = {m.capturedView(1), value};
    return true;
}

// A value without its quotes and note-taking markup: "[[Leah Barrow]]" is Leah Barrow.
QString plainValue(QStringView value)
{
    value = value.trimmed();
    if (value.size() >= 2 && ((value.front() == u'"' && value.back() == u'"') || (value.front() == u'\'' && value.back() == u'\''))) {
        value = value.sliced(1, value.size() - 2).trimmed();
    }
    if (value.startsWith(u"[[") && value.endsWith(u"]]")) {
        value = value.sliced(2, value.size() - 4);
        value = value.left(value.indexOf(u'|') < 0 ? value.size() : value.indexOf(u'|')); // [[page|shown name]]
    }
    return value.trimmed().toString();
}

// Sets the field the key names; false when the key is not one of ours.
bool assign(FrontMatter &matter, QStringView key, QStringView value)
{
    const QString k = key.toString().toLower();
    QString *field = nullptr;
    if (k == u"title"_s || k == u"headline"_s) {
        field = &matter.title;
    } else if (k == u"published"_s || k == u"date"_s || k == u"datepublished"_s || k == u"published_at"_s || k == u"date_published"_s
        || k == u"published_date"_s) {
        // A read-later app's "date_saved" is when the reader kept the page, no publication.
        field = &matter.published;
    } else if (k == u"url"_s || k == u"link"_s || k == u"canonical"_s) {
        field = &matter.url;
    } else if (k == u"outlet"_s || k == u"source"_s || k == u"publisher"_s || k == u"site"_s || k == u"site_name"_s || k == u"sitename"_s) {
        // Web clippers write the page's address as its "source".
        field = value.startsWith(u"http://") || value.startsWith(u"https://") ? &matter.url : &matter.outlet;
    } else if (k == u"author"_s || k == u"byline"_s || k == u"authors"_s) {
        field = &matter.author;
    }
    if (!field) {
        return false;
    }
    if (field->isEmpty()) {
        *field = plainValue(value);
        if (field == &matter.author && field->startsWith(u"By "_s)) {
            field->remove(0, 3); // "author: By Jane Doe", copied from the byline as printed
        }
    }
    return true;
}

// An item of a key's YAML list ("author:" over "  - \"[[Helen Marsh]]\"", "  - \"[[Oliver
// Grant]]\""): every writer a clipper lists is one of the writers, joined as a byline's names
// are; of any other field the first item counts, and later ones find it set.
void appendListItem(FrontMatter &matter, QStringView key, QStringView item)
{
    const QString k = key.toString().toLower();
    const bool writers = k == u"author"_s || k == u"authors"_s || k == u"byline"_s;
    if (writers && !matter.author.isEmpty()) {
        if (const QString name = plainValue(item); !name.isEmpty()) {
            matter.author += u", "_s + name;
        }
        return;
    }
    assign(matter, key, item);
}

// A web clipper copies the page's <title>: "Two men arrested over Louvre heist | The Meridian".
// The site's name after the bar (short, capitalised) is the outlet, not part of the headline.
void moveSiteOffTitle(FrontMatter &matter)
{
    constexpr qsizetype longestSiteName = 40;
    constexpr qsizetype mostSpaces = 4;
    const qsizetype bar = matter.title.lastIndexOf(u" | "_s);
    if (bar <= 0) {
        return;
    }
    const QString site = matter.title.mid(bar + 3).trimmed();
    if (site.isEmpty() || site.size() > longestSiteName || site.count(u' ') > mostSpaces || !site.front().isUpper() || bar < site.size()) {
        return;
    }
    if (matter.outlet.isEmpty()) {
        matter.outlet = site;
    }
    matter.title.truncate(bar);
}

// "title: |", "title: >-": a YAML block scalar, whose value is the indented lines under the key
// (a read-later app's export writes a long headline so).
bool opensBlockScalar(QStringView value)
{
    static const QRegularExpression indicator(u"^[|>][+-]?[1-9]?$"_s);
    return !value.isEmpty() && (value.front() == u'|' || value.front() == u'>') && indicator.matchView(value).hasMatch();
}

qsizetype lineEnd(QStringView text, qsizetype from)
{
    const qsizetype end = text.indexOf(u'\n', from);
    return end < 0 ? text.size() : end;
}

} // namespace

FrontMatter FrontMatter::parse(QStringView text)
{
    FrontMatter matter;
    qsizetype position = 0;
    while (position < text.size() && text[position].isSpace()) {
        ++position;
    }
    position = text.lastIndexOf(u'\n', position) + 1; // back to the start of that first line
    const qsizetype firstEnd = lineEnd(text, position);
    if (text.sliced(position, firstEnd - position).trimmed() == u"---") {
        FrontMatter fenced;
        QStringView listKey; // a key with no value on its line: its YAML list follows ("author:" "  - Name")
        QStringView blockKey; // a key whose block scalar's lines follow, indented
        QString blockValue;
        const auto assignBlock = [&fenced, &blockKey, &blockValue] {
            if (!blockKey.isEmpty()) {
                assign(fenced, blockKey, blockValue.simplified());
            }
            blockKey = {};
            blockValue.clear();
        };
        for (qsizetype start = firstEnd + 1; start < text.size();) {
            const qsizetype end = lineEnd(text, start);
            const QStringView line = text.sliced(start, end - start);
            if (!blockKey.isEmpty() && !line.isEmpty() && line.front().isSpace()) {
                blockValue += line.trimmed() + u' ';
                start = end + 1;
                continue;
            }
            assignBlock();
            if (line.trimmed() == u"---" || line.trimmed() == u"...") {
                fenced.bodyStart = std::min(end + 1, text.size());
                moveSiteOffTitle(fenced);
                return fenced;
            }
            if (KeyValue kv; splitKeyValue(line, &kv)) {
                if (opensBlockScalar(kv.value)) {
                    blockKey = kv.key;
                    listKey = {};
                } else {
                    assign(fenced, kv.key, kv.value);
                    listKey = kv.value.isEmpty() ? kv.key : QStringView();
                }
            } else if (!listKey.isEmpty() && line.trimmed().startsWith(u'-')) {
                appendListItem(fenced, listKey, line.trimmed().sliced(1));
            } else if (!line.trimmed().isEmpty() && !line.front().isSpace() && !line.trimmed().startsWith(u'-') && !line.trimmed().startsWith(u'#')) {
                return matter; // not YAML-like: a Markdown rule followed by text, not front matter
            }
            start = end + 1;
        }
        return matter; // no closing line
    }
    // Unfenced: every line of the first block must be a known key.
    FrontMatter block;
    bool any = false;
    for (qsizetype start = position; start < text.size();) {
        const qsizetype end = lineEnd(text, start);
        const QStringView line = text.sliced(start, end - start);
        if (line.trimmed().isEmpty()) {
            if (any) {
                block.bodyStart = std::min(end + 1, text.size());
                moveSiteOffTitle(block);
                return block;
            }
            return matter;
        }
        KeyValue kv;
        if (!splitKeyValue(line, &kv) || kv.value.isEmpty() || !assign(block, kv.key, kv.value)) {
            return matter;
        }
        any = true;
        start = end + 1;
    }
    return matter; // the whole file is key lines: no article
}

bool FrontMatter::readKeyLine(QStringView line)
{
    KeyValue kv;
    return !line.contains(u'\n') && splitKeyValue(line, &kv) && !kv.value.isEmpty() && assign(*this, kv.key, kv.value);
}

void FrontMatter::applyTo(Article &article) const
{
    if (article.title.isEmpty()) {
        article.title = title;
    }
    if (!article.published.isValid() && !published.isEmpty()) {
        article.published = parsePublicationDate(published);
    }
    if (article.url.isEmpty()) {
        article.url = url;
    }
    if (article.outlet.isEmpty()) {
        article.outlet = outlet;
    }
    if (article.author.isEmpty()) {
        article.author = author;
    }
}

} // namespace Sourceline
