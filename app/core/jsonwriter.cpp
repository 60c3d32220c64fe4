// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "jsonwriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
QJsonValue idOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray stringArray(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

QJsonObject spanObject(const SourceSpan &span)
{
    return {{u"article"_s, span.article}, {u"start"_s, span.start}, {u"end"_s, span.end}};
}

QJsonArray spanArray(const QList<SourceSpan> &spans)
{
    QJsonArray array;
    for (const SourceSpan &span : spans) {
        array.append(spanObject(span));
    }
    return array;
}

void addRange(QJsonObject &object, const DateValue &date)
{
    if (date.earliest.isValid() && date.latest.isValid() && date.earliest != date.latest) {
        object.insert(u"earliest"_s, date.earliest.toString(Qt::ISODate));
        object.insert(u"latest"_s, date.latest.toString(Qt::ISODate));
    }
}

QJsonObject articleObject(const Article &article)
{
    return {
        {u"id"_s, article.id},
        {u"title"_s, article.title},
        {u"published"_s, article.published.isValid() ? QJsonValue(article.published.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"path"_s, article.path},
        {u"url"_s, textOrNull(article.url)},
        {u"outlet"_s, textOrNull(article.outlet)},
        {u"author"_s, textOrNull(article.author)},
        {u"format"_s, article.format},
        {u"length"_s, int(article.body.size())},
    };
}

QJsonObject personObject(const Person &person)
{
    return {
        {u"id"_s, person.id},
        {u"name"_s, person.name},
        {u"aliases"_s, stringArray(person.aliases)},
        {u"role"_s, textOrNull(person.role)},
        {u"mentions"_s, spanArray(person.mentions)},
    };
}

QJsonObject entityObject(const Entity &entity)
{
    return {
        {u"id"_s, entity.id},
        {u"kind"_s, entity.kind == Entity::Kind::Place ? u"place"_s : u"organisation"_s},
        {u"name"_s, entity.name},
        {u"aliases"_s, stringArray(entity.aliases)},
        {u"mentions"_s, spanArray(entity.mentions)},
    };
}

// "speaker" holds person ids only, as the contract says; an organisation or place that speaks
// ("the ministry said") is named by "speakerEntity", and "speakerName" names either.
QJsonObject quoteObject(const Quote &quote, const StoryGraph &story, const QHash<QString, const Entity *> &entities)
{
    const Person *person = story.person(quote.speaker);
    const Entity *entity = person ? nullptr : entities.value(quote.speaker); // set when an organisation speaks
    QJsonObject object{
        {u"id"_s, quote.id},
        {u"text"_s, quote.text},
        {u"kind"_s, quoteKindName(quote.kind)},
        {u"speaker"_s, person ? QJsonValue(person->id) : QJsonValue(QJsonValue::Null)},
        {u"speakerName"_s,
            person       ? QJsonValue(person->name)
                : entity ? QJsonValue(entity->name)
                         : QJsonValue(QJsonValue::Null)},
        {u"addressee"_s, idOrNull(quote.addressee)},
        {u"article"_s, quote.span.article},
        {u"start"_s, quote.span.start},
        {u"end"_s, quote.span.end},
        {u"event"_s, idOrNull(quote.event)},
        {u"confidence"_s, quote.confidence},
    };
    if (entity) {
        object.insert(u"speakerEntity"_s, entity->id);
    }
    if (quote.cue.isValid()) {
        object.insert(u"cue"_s, spanObject(quote.cue));
    }
    if (!quote.echoes.isEmpty()) {
        object.insert(u"echoes"_s, spanArray(quote.echoes));
    }
    return object;
}

QJsonObject eventObject(const Event &event)
{
    QJsonObject object{
        {u"id"_s, event.id},
        {u"label"_s, event.label},
        {u"type"_s, event.type},
        {u"date"_s, textOrNull(event.date.iso)},
        {u"dateText"_s, textOrNull(event.dateText)},
        {u"rank"_s, event.rank},
        {u"participants"_s, stringArray(event.participants)},
        {u"quotes"_s, stringArray(event.quotes)},
        {u"sources"_s, spanArray(event.sources)},
        {u"after"_s, stringArray(event.after)},
        {u"status"_s, eventStatusName(event.status)},
    };
    addRange(object, event.date);
    if (!event.placement.isEmpty()) {
        object.insert(u"placement"_s, event.placement);
    }
    if (!event.place.isEmpty()) {
        object.insert(u"place"_s, event.place);
    }
    return object;
}

QJsonObject timeObject(const TimeExpression &time)
{
    QJsonObject object{
        {u"text"_s, time.text},
        {u"value"_s, textOrNull(time.value)},
        {u"article"_s, time.span.article},
        {u"start"_s, time.span.start},
        {u"end"_s, time.span.end},
    };
    if (!time.duration.isEmpty()) {
        object.insert(u"duration"_s, time.duration);
    }
    if (!time.clock.isEmpty()) {
        object.insert(u"granularity"_s, u"time"_s);
    } else if (time.date.isDated()) {
        static const QString granularities[] = {u"none"_s, u"year"_s, u"month"_s, u"week"_s, u"day"_s};
        object.insert(u"granularity"_s, granularities[int(time.date.granularity)]);
    }
    addRange(object, time.date);
    return object;
}

template<typename T, typename F>
QJsonArray arrayOf(const QList<T> &items, F toObject)
{
    QJsonArray array;
    for (const T &item : items) {
        array.append(toObject(item));
    }
    return array;
}
} // namespace

QString quoteKindName(Quote::Kind kind)
{
    switch (kind) {
    case Quote::Kind::Direct:
        return u"direct"_s;
    case Quote::Kind::Partial:
        return u"partial"_s;
    case Quote::Kind::Indirect:
        return u"indirect"_s;
    }
    return {};
}

QJsonObject storyToJson(const StoryGraph &story)
{
    QHash<QString, const Entity *> entities;
    for (const Entity &entity : story.entities) {
        entities.insert(entity.id, &entity);
    }
    return {
        {u"articles"_s, arrayOf(story.articles, articleObject)},
        {u"people"_s, arrayOf(story.people, personObject)},
        {u"entities"_s, arrayOf(story.entities, entityObject)},
        {u"quotes"_s, arrayOf(story.quotes, [&](const Quote &quote) { return quoteObject(quote, story, entities); })},
        {u"events"_s, arrayOf(story.events, eventObject)},
        {u"times"_s, arrayOf(story.times, timeObject)},
        {u"problems"_s, stringArray(story.problems)},
    };
}

QByteArray storyToJsonText(const StoryGraph &story)
{
    return QJsonDocument(storyToJson(story)).toJson(QJsonDocument::Indented);
}

} // namespace Sourceline
