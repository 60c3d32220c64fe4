// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storymerger.h"

#include "personmatcher.h"

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

// Lower-case letters and digits, one blank between words: the same quote however typeset.
QString comparableWords(const QString &text)
{
    QString words;
    words.reserve(text.size());
    bool blank = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (blank && !words.isEmpty()) {
                words.append(u' ');
            }
            blank = false;
            words.append(c.toLower());
        } else if (c.isSpace()) {
            blank = true;
        }
    }
    return words;
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
    PersonMatcher personMatcher;
    QHash<QString, int> entityByName; // kind + lower-case name → story entity
    QHash<QString, int> quoteByWords; // speaker + normalised words → story quote

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
            // The same person across articles: spelling variants, surname and full name.
            if (const int same = personMatcher.match(copy); same >= 0) {
                Person &known = story.people[same];
                personIds.insert(person.id, known.id);
                PersonMatcher::absorb(known, copy);
                personMatcher.add(same, known);
                continue;
            }
            copy.id = renumbered(personIds, person.id, u"p"_s, personCount);
            personMatcher.add(int(story.people.size()), copy);
            story.people.append(copy);
        }
        for (Entity entity : local.entities) {
            for (SourceSpan &mention : entity.mentions) {
                mention = span(mention);
            }
            const QString entityKey = QString::number(int(entity.kind)) + entity.name.toLower();
            if (const auto same = entityByName.constFind(entityKey); same != entityByName.cend()) {
                Entity &known = story.entities[*same];
                entityIds.insert(entity.id, known.id);
                known.mentions += entity.mentions;
                for (const QString &alias : std::as_const(entity.aliases)) {
                    if (!known.aliases.contains(alias, Qt::CaseInsensitive)) {
                        known.aliases.append(alias);
                    }
                }
                continue;
            }
            entity.id = renumbered(entityIds, entity.id, entity.kind == Entity::Kind::Place ? u"l"_s : u"o"_s, entityCount);
            entityByName.insert(entityKey, int(story.entities.size()));
            story.entities.append(entity);
        }
        for (const Event &event : local.events) {
            renumbered(eventIds, event.id, u"e"_s, eventCount);
        }
        for (Quote quote : local.quotes) {
            // A speaker is a person or, for "the ministry said", an organisation.
            quote.speaker = personIds.value(quote.speaker, entityIds.value(quote.speaker));
            // The same words reported by another article are one quote with a second source.
            const QString wordsKey = quote.speaker + u'|' + QString::number(int(quote.kind)) + u'|' + comparableWords(quote.text);
            if (const auto same = quoteByWords.constFind(wordsKey); same != quoteByWords.cend() && quote.kind != Quote::Kind::Indirect) {
                Quote &known = story.quotes[*same];
                quoteIds.insert(quote.id, known.id);
                known.echoes.append(span(quote.span));
                continue;
            }
            quote.id = renumbered(quoteIds, quote.id, u"q"_s, quoteCount);
            quoteByWords.insert(wordsKey, int(story.quotes.size()));
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
