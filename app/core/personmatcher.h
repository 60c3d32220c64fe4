// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace Sourceline {

/// Finds the story person an article's person is: the same name in another spelling
/// ("Zelensky" / "Zelenskyy", "Yuri" / "Yury Ushakov"), a surname for a full name, or a full
/// name for a surname. Lookups are hashed by name key and surname key.
class PersonMatcher
{
public:
    /// Index into the story's people of the person `incoming` is, or -1 for a new person.
    [[nodiscard]] int match(const Person &incoming) const;
    /// Records (or re-records, after its name grew) the story person at `index`.
    void add(int index, const Person &person);
    /// Folds `incoming` into `known`, the story person at `index`: the fuller name wins, other
    /// spellings become aliases, aliases, role and mentions are united.
    void absorb(int index, Person &known, const Person &incoming);

private:
    /// A name as the matcher compares it, worked out once: the same names come back in
    /// every article.
    struct SplitName
    {
        QStringList words; ///< PersonName::words()
        QString key; ///< the words joined by blanks
        qsizetype written = 0; ///< words as written, before PersonName drops titles
        qsizetype full = 0; ///< words that are more than an initial or a patronymic
        QString joined; ///< the words with no blank between them
        QString shorter; ///< the key without the last word, for names of three words or more
    };
    [[nodiscard]] const SplitName &split(const QString &name) const;
    /// The words of a name that are more than an initial or a patronymic.
    [[nodiscard]] static qsizetype fullWords(const QStringList &words);
    /// Whether a middle word is a patronymic ("Vladimirovich"), which makes no name fuller.
    [[nodiscard]] static bool isPatronymic(QStringView word);
    /// Whether incomingName should replace knownName as the name of story person index.
    bool betterName(int index, const QString &knownName, const QString &incomingName);
    /// Whether one of the person's aliases is the first word of the name alone ("Yoon",
    /// "Mr Yoon" for "Yoon Suk Yeol").
    [[nodiscard]] bool calledByFirstWord(const Person &person, qsizetype fromAlias = 0) const;

    mutable QHash<QString, SplitName> m_splitNames;
    QHash<int, QHash<QString, int>> m_nameVotes; ///< per person absorbed into: how many articles wrote each name
    QHash<int, QHash<QString, int>> m_roleVotes; ///< per person absorbed into: how many articles gave each role (case-folded)
    QHash<QString, int> m_byKey;
    QHash<QString, QList<int>> m_bySurname; ///< people with a given name and a surname
    QHash<QString, QList<int>> m_byGiven; ///< people of two words or more, by the first
    /// Names keyed with no blank between words: "Yoon Suk Yeol" is "Yoon Suk-yeol".
    QHash<QString, int> m_byJoinedKey;
    /// People the articles also call by the first word of their name alone: "Yoon" of "Yoon
    /// Suk Yeol", whose family name comes first.
    QHash<QString, QList<int>> m_byFamilyName;
    QSet<int> m_familyNamed; ///< people already in m_byFamilyName
    QHash<int, qsizetype> m_aliasesJudged; ///< how many aliases of each person were looked at for a family name
    /// One-word names the articles call a person by ("Lula" for "Luiz Inácio Lula da Silva"):
    /// another article's bare "Lula" is that person when nobody else is called so.
    QHash<QString, QList<int>> m_byOneWordAlias;
    QHash<int, qsizetype> m_oneWordAliasesSeen; ///< how many aliases of each person were looked at for one-word names
    QHash<int, QStringList> m_words; ///< PersonName::words() of each story person
    QHash<int, QString> m_recordedNames; ///< the name each person was last recorded under
    /// Spellings already judged for each person absorbed into (each alias case-folded, and
    /// every spelling seen as written): a person named in hundreds of articles would
    /// otherwise compare every new alias with all the old ones.
    QHash<int, QSet<QString>> m_spellings;
};

} // namespace Sourceline
