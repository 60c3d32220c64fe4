// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "quoteexporter.h"

#include "jsonwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
QString csvField(const QString &value)
{
    // Spreadsheets run cells that start with these as formulas; a leading apostrophe keeps them text.
    QString text = value;
    if (!text.isEmpty() && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@')) {
        text.prepend(u'\'');
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r') || text != value) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

struct Lookup
{
    QHash<QString, QString> speakerNames; ///< people, and organisations or places that speak
    QHash<QString, const Article *> articles;
    QHash<QString, const Event *> events;

    explicit Lookup(const StoryGraph &story)
    {
        for (const Entity &entity : story.entities) {
            speakerNames.insert(entity.id, entity.name);
        }
        for (const Person &person : story.people) {
            speakerNames.insert(person.id, person.name);
        }
        for (const Article &article : story.articles) {
            articles.insert(article.id, &article);
        }
        for (const Event &event : story.events) {
            events.insert(event.id, &event);
            for (const QString &quote : event.quotes) {
                eventOfQuote.insert(quote, &event);
            }
        }
    }
    [[nodiscard]] QString name(const QString &id) const { return speakerNames.value(id); }
    [[nodiscard]] const Event *event(const Quote &quote) const { return quote.event.isEmpty() ? eventOfQuote.value(quote.id) : events.value(quote.event); }
    QHash<QString, const Event *> eventOfQuote;
};
} // namespace

QByteArray quotesCsv(const StoryGraph &story)
{
    const Lookup lookup(story);
    const QStringList header{u"id"_s, u"kind"_s, u"text"_s, u"speaker"_s, u"speaker_id"_s, u"addressee"_s, u"article"_s, u"article_title"_s, u"outlet"_s,
        u"published"_s, u"url"_s, u"start"_s, u"end"_s, u"cue_start"_s, u"cue_end"_s, u"event"_s, u"event_label"_s, u"event_date"_s, u"confidence"_s};
    QString out = header.join(u',') + u"\r\n"_s;
    for (const Quote &quote : story.quotes) {
        const Article *article = lookup.articles.value(quote.span.article);
        const Event *event = lookup.event(quote);
        const QStringList row{quote.id, quoteKindName(quote.kind), quote.text, lookup.name(quote.speaker), quote.speaker, lookup.name(quote.addressee),
            quote.span.article, article ? article->title : QString(), article ? article->outlet : QString(),
            article && article->published.isValid() ? article->published.toString(Qt::ISODate) : QString(), article ? article->url : QString(),
            QString::number(quote.span.start), QString::number(quote.span.end), quote.cue.isValid() ? QString::number(quote.cue.start) : QString(),
            quote.cue.isValid() ? QString::number(quote.cue.end) : QString(), event ? event->id : QString(), event ? event->label : QString(),
            event ? event->date.iso : QString(), QString::number(quote.confidence, 'f', 2)};
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &field : row) {
            fields.append(csvField(field));
        }
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

QByteArray quotesJson(const StoryGraph &story)
{
    const Lookup lookup(story);
    QJsonArray quotes;
    for (const Quote &quote : story.quotes) {
        QJsonObject object;
        object.insert(u"id"_s, quote.id);
        object.insert(u"kind"_s, quoteKindName(quote.kind));
        object.insert(u"text"_s, quote.text);
        object.insert(u"speaker"_s, quote.speaker.isEmpty() ? QJsonValue() : QJsonObject{{u"id"_s, quote.speaker}, {u"name"_s, lookup.name(quote.speaker)}});
        object.insert(
            u"addressee"_s, quote.addressee.isEmpty() ? QJsonValue() : QJsonObject{{u"id"_s, quote.addressee}, {u"name"_s, lookup.name(quote.addressee)}});
        QJsonObject citation;
        citation.insert(u"article"_s, quote.span.article);
        if (const Article *article = lookup.articles.value(quote.span.article)) {
            citation.insert(u"title"_s, article->title);
            citation.insert(u"outlet"_s, article->outlet.isEmpty() ? QJsonValue() : QJsonValue(article->outlet));
            citation.insert(u"published"_s, article->published.isValid() ? QJsonValue(article->published.toString(Qt::ISODate)) : QJsonValue());
            citation.insert(u"url"_s, article->url.isEmpty() ? QJsonValue() : QJsonValue(article->url));
            citation.insert(u"path"_s, article->path);
        }
        citation.insert(u"start"_s, quote.span.start);
        citation.insert(u"end"_s, quote.span.end);
        if (quote.cue.isValid()) {
            citation.insert(u"cue"_s, QJsonObject{{u"start"_s, quote.cue.start}, {u"end"_s, quote.cue.end}});
        }
        object.insert(u"citation"_s, citation);
        if (const Event *event = lookup.event(quote)) {
            object.insert(u"event"_s,
                QJsonObject{{u"id"_s, event->id}, {u"label"_s, event->label}, {u"date"_s, event->date.isDated() ? QJsonValue(event->date.iso) : QJsonValue()}});
        } else {
            object.insert(u"event"_s, QJsonValue());
        }
        object.insert(u"confidence"_s, quote.confidence);
        quotes.append(object);
    }
    return QJsonDocument(QJsonObject{{u"quotes"_s, quotes}}).toJson(QJsonDocument::Indented);
}

QString exportQuotes(const StoryGraph &story, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"csv"_s && suffix != u"json"_s) {
        return u"unknown quote format '%1'; use .csv or .json"_s.arg(suffix);
    }
    if (!QFileInfo(path).absoluteDir().exists()) {
        return u"the folder %1 does not exist"_s.arg(QFileInfo(path).absolutePath());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return u"cannot write here: %1"_s.arg(file.errorString());
    }
    const QByteArray data = suffix == u"csv"_s ? quotesCsv(story) : quotesJson(story);
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return u"cannot write the file: %1"_s.arg(reason);
    }
    if (!file.commit()) {
        return u"cannot save the file: %1"_s.arg(file.errorString());
    }
    return {};
}

} // namespace Sourceline
