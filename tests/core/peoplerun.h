// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "extract/peoplefinder.h"
#include "extract/peoplewords.h"
#include "extract/quotemarks.h"
#include "extract/textanalysis.h"
#include "linearticle.h"

#include <algorithm>

/// Runs the people stage on lines of text the way the extractor does, for tests.
struct PeopleRun
{
    explicit PeopleRun(const QString &text)
        : article(articleFromLines(text))
        , analysis(Sourceline::analyseText(article))
        , words(analysis)
        , quoted(Sourceline::QuoteMarks::find(words))
        , result(Sourceline::PeopleFinder(words, quoted).find(article.id))
    {
    }

    [[nodiscard]] const Sourceline::Person *named(const QString &name) const
    {
        for (const Sourceline::Person &person : result.people) {
            if (person.name == name) {
                return &person;
            }
        }
        return nullptr;
    }

    /// Whether anyone is called name, by full name or alias.
    [[nodiscard]] bool hasPerson(const QString &name) const
    {
        return std::any_of(result.people.cbegin(), result.people.cend(),
            [&name](const Sourceline::Person &person) { return person.name == name || person.aliases.contains(name); });
    }

    [[nodiscard]] bool hasPlace(const QString &name) const
    {
        return std::any_of(result.entities.cbegin(), result.entities.cend(),
            [&name](const Sourceline::Entity &entity) { return entity.kind == Sourceline::Entity::Kind::Place && entity.name == name; });
    }

    [[nodiscard]] bool hasEntity(const QString &name) const
    {
        return std::any_of(result.entities.cbegin(), result.entities.cend(), [&name](const Sourceline::Entity &entity) { return entity.name == name; });
    }

    /// Every person with their aliases, for failure messages.
    [[nodiscard]] QString names() const
    {
        QStringList list;
        for (const Sourceline::Person &person : result.people) {
            list.append(person.name + QStringLiteral(" (") + person.aliases.join(QStringLiteral(", ")) + QLatin1Char(')'));
        }
        return list.join(QStringLiteral("; "));
    }

    Sourceline::Article article;
    Sourceline::TextAnalysis analysis;
    Sourceline::ArticleWords words;
    QList<Sourceline::QuotedSpan> quoted;
    Sourceline::PeopleResult result;
};
