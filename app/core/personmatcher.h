// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

#include <QHash>
#include <QList>

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
    /// Folds `incoming` into `known`: the fuller name wins, other spellings become aliases,
    /// aliases, role and mentions are united.
    static void absorb(Person &known, const Person &incoming);

private:
    QHash<QString, int> m_byKey;
    QHash<QString, QList<int>> m_bySurname; ///< people with a given name and a surname
    QHash<int, QStringList> m_words; ///< PersonName::words() of each story person
    QHash<int, QString> m_recordedNames; ///< the name each person was last recorded under
};

} // namespace Sourceline
