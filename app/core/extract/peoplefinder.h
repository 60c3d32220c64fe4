// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../storygraph.h"
#include "peoplelexicon.h"
#include "peoplewords.h"
#include "quotemarks.h"

#include <QList>

namespace Sourceline {

/// One place where the article refers to a person: by name, by a descriptor ("the Trump aide")
/// or by a pronoun ("he").
struct PersonMention
{
    enum class Kind { Name, Descriptor, Pronoun };
    TextRange range;
    Kind kind = Kind::Name;
    int person = -1; ///< index into PeopleResult::people
    double confidence = 1.0;
    int sentence = -1; ///< ArticleWords sentence number
};

/// An organisation or place named in the text.
struct EntityMention
{
    TextRange range;
    int entity = -1; ///< index into PeopleResult::entities
};

/// What the article says about a person beyond the name: the facts descriptors resolve against.
struct PersonProfile
{
    QStringList roles; ///< canonical role nouns: "special envoy", "envoy", "president"
    QString country; ///< nationality or the country served ("US", "RU"), empty when unknown
    int affiliation = -1; ///< the person they work for ("Trump's special envoy" → Trump)
    QString organisation; ///< the club or body named with the role ("Rovers" of "Rovers manager")
    PeopleLexicon::Gender gender = PeopleLexicon::Gender::Unknown;
};

/// The people stage's answer for one article. People are in order of first mention; their
/// SourceSpan mentions hold names and descriptors (pronouns stay in `mentions` only).
struct PeopleResult
{
    QList<Person> people;
    QList<PersonProfile> profiles; ///< parallel to people
    QList<Entity> entities;
    QList<PersonMention> mentions; ///< names, descriptors and resolved pronouns, by position
    QList<EntityMention> entityMentions; ///< by position

    /// Indexes into `mentions` of the mentions that lie inside range, in text order.
    [[nodiscard]] QList<int> mentionsIn(const TextRange &range) const;
    /// Index of the entity mention that lies inside range, or -1.
    [[nodiscard]] int entityMentionIn(const TextRange &range) const;
};

/// Finds the people of one article: names from capitalised words with their cues (titles,
/// roles, possessives, appositives), alias clusters by surname, descriptors resolved to the
/// person the article gave that role, nationality or affiliation, and subject pronouns.
/// Linear in the article: candidates are indexed by surname and role in hashes.
class PeopleFinder
{
public:
    PeopleFinder(const ArticleWords &words, const QList<QuotedSpan> &quoted);

    [[nodiscard]] PeopleResult find(const QString &articleId) const;

private:
    const ArticleWords &m_words;
    const QList<QuotedSpan> &m_quoted;
};

} // namespace Sourceline
