// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "peoplefolds.h"

#include "casekeys.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Sourceline {

void foldCompaniesTakenForPeople(StoryGraph &story)
{
    QHash<QString, qsizetype> organisations; // case-folded name or alias → story entity
    for (qsizetype e = 0; e < story.entities.size(); ++e) {
        if (story.entities[e].kind == Entity::Kind::Organisation) {
            organisations.insert(CaseKeys::folded(story.entities[e].name), e);
        }
    }
    QHash<QString, QString> becomes; // person id → entity id
    for (qsizetype p = story.people.size() - 1; p >= 0; --p) {
        const Person &person = story.people[p];
        if (person.name.contains(u' ') || !person.role.isEmpty()) {
            continue;
        }
        if (const auto company = organisations.constFind(CaseKeys::folded(person.name)); company != organisations.cend()) {
            Entity &entity = story.entities[*company];
            entity.mentions += person.mentions;
            becomes.insert(person.id, entity.id);
            story.people.removeAt(p);
        }
    }
    if (becomes.isEmpty()) {
        return;
    }
    for (Quote &quote : story.quotes) {
        quote.speaker = becomes.value(quote.speaker, quote.speaker);
        if (becomes.contains(quote.addressee)) {
            quote.addressee.clear();
        }
    }
    for (Event &event : story.events) {
        event.participants.removeIf([&becomes](const QString &id) { return becomes.contains(id); });
    }
}

void foldGivenNamesIntoFullNames(StoryGraph &story)
{
    QHash<QString, QList<qsizetype>> byFirstWord; // of names of two words or more
    QHash<QString, QSet<QString>> familyArticles; // surname → articles that name someone of it
    for (qsizetype p = 0; p < story.people.size(); ++p) {
        const Person &person = story.people[p];
        const QStringList words = person.name.split(u' ', Qt::SkipEmptyParts);
        if (words.size() >= 2) {
            byFirstWord[words.first()].append(p);
            QSet<QString> &articles = familyArticles[words.last()];
            for (const SourceSpan &mention : person.mentions) {
                articles.insert(mention.article);
            }
        }
    }
    // The family must be named where the given name stands alone: a witness "who gave her
    // name only as Priya" is nobody's relative, and one Priya is not every other.
    const auto amongFamily = [&familyArticles](const Person &alone, const QString &surname) {
        const QSet<QString> articles = familyArticles.value(surname);
        return std::any_of(alone.mentions.cbegin(), alone.mentions.cend(), [&articles](const SourceSpan &m) { return articles.contains(m.article); });
    };
    QHash<QString, QString> becomes; // person id → person id
    QList<qsizetype> folded;
    for (qsizetype p = 0; p < story.people.size(); ++p) {
        const Person &alone = story.people[p];
        const QList<qsizetype> full = byFirstWord.value(alone.name);
        if (alone.name.contains(u' ') || full.size() != 1 || familyArticles.contains(alone.name)
            || !amongFamily(alone, story.people[full.first()].name.section(u' ', -1))) {
            continue;
        }
        Person &named = story.people[full.first()];
        for (const QString &alias : QStringList{alone.name} + alone.aliases) {
            if (alias != named.name && !named.aliases.contains(alias, Qt::CaseInsensitive)) {
                named.aliases.append(alias);
            }
        }
        if (named.role.isEmpty()) {
            named.role = alone.role;
        }
        named.mentions += alone.mentions;
        becomes.insert(alone.id, named.id);
        folded.append(p);
    }
    for (auto p = folded.crbegin(); p != folded.crend(); ++p) {
        story.people.removeAt(*p);
    }
    if (becomes.isEmpty()) {
        return;
    }
    for (Quote &quote : story.quotes) {
        quote.speaker = becomes.value(quote.speaker, quote.speaker);
        quote.addressee = becomes.value(quote.addressee, quote.addressee);
    }
    for (Event &event : story.events) {
        QStringList participants;
        for (const QString &id : std::as_const(event.participants)) {
            const QString person = becomes.value(id, id);
            if (!participants.contains(person)) {
                participants.append(person);
            }
        }
        event.participants = participants;
    }
}

} // namespace Sourceline
