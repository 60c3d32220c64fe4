// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storymerger.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
QString renumbered(QHash<QString, QString> &map, const QString &localId, const QString &prefix, qsizetype &counter)
{
    if (localId.isEmpty()) {
        return {};
    }
    auto it = map.find(localId);
    if (it == map.end()) {
        it = map.insert(localId, prefix + QString::number(++counter));
    }
    return *it;
}

QStringList renumberedAll(const QHash<QString, QString> &map, const QStringList &ids)
{
    QStringList result;
    for (const QString &id : ids) {
        if (const auto it = map.constFind(id); it != map.cend()) {
            result.append(*it);
        }
    }
    return result;
}
} // namespace

StoryGraph mergeStories(const QList<StoryGraph> &articleGraphs)
{
    StoryGraph story;
    qsizetype articleCount = 0, personCount = 0, entityCount = 0, quoteCount = 0, eventCount = 0;
    QHash<QString, QString> personByName;

    for (const StoryGraph &local : articleGraphs) {
        QHash<QString, QString> articleIds, personIds, entityIds, quoteIds, eventIds;
        for (Article article : local.articles) {
            article.id = renumbered(articleIds, article.id, u"a"_s, articleCount);
            story.articles.append(article);
        }
        const auto span = [&articleIds](SourceSpan s) {
            s.article = articleIds.value(s.article, s.article);
            return s;
        };
        for (const Person &person : local.people) {
            Person copy = person;
            for (SourceSpan &mention : copy.mentions) {
                mention = span(mention);
            }
            if (const auto same = personByName.constFind(person.name); same != personByName.cend()) {
                personIds.insert(person.id, *same);
                for (Person &existing : story.people) {
                    if (existing.id == *same) {
                        existing.mentions += copy.mentions;
                        for (const QString &alias : std::as_const(copy.aliases)) {
                            if (!existing.aliases.contains(alias)) {
                                existing.aliases.append(alias);
                            }
                        }
                        if (existing.role.isEmpty()) {
                            existing.role = copy.role;
                        }
                    }
                }
                continue;
            }
            copy.id = renumbered(personIds, person.id, u"p"_s, personCount);
            personByName.insert(copy.name, copy.id);
            story.people.append(copy);
        }
        for (Entity entity : local.entities) {
            entity.id = renumbered(entityIds, entity.id, entity.kind == Entity::Kind::Place ? u"l"_s : u"o"_s, entityCount);
            for (SourceSpan &mention : entity.mentions) {
                mention = span(mention);
            }
            story.entities.append(entity);
        }
        for (const Event &event : local.events) {
            renumbered(eventIds, event.id, u"e"_s, eventCount);
        }
        for (Quote quote : local.quotes) {
            quote.id = renumbered(quoteIds, quote.id, u"q"_s, quoteCount);
            quote.speaker = personIds.value(quote.speaker);
            quote.addressee = personIds.value(quote.addressee);
            quote.event = eventIds.value(quote.event);
            quote.span = span(quote.span);
            quote.cue = span(quote.cue);
            story.quotes.append(quote);
        }
        for (Event event : local.events) {
            event.id = eventIds.value(event.id);
            event.participants = renumberedAll(personIds, event.participants);
            event.quotes = renumberedAll(quoteIds, event.quotes);
            event.after = renumberedAll(eventIds, event.after);
            for (SourceSpan &source : event.sources) {
                source = span(source);
            }
            story.events.append(event);
        }
        for (TimeExpression time : local.times) {
            time.span = span(time.span);
            story.times.append(time);
        }
        story.problems += local.problems;
    }
    for (qsizetype i = 0; i < story.events.size(); ++i) {
        story.events[i].rank = int(i);
    }
    return story;
}

} // namespace Sourceline
