// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "personmatcher.h"

#include "extract/peoplenames.h"

namespace Sourceline {

namespace {

qsizetype wordCount(const QString &name)
{
    return name.split(u' ', Qt::SkipEmptyParts).size();
}

} // namespace

int PersonMatcher::match(const Person &incoming) const
{
    const QString key = PersonName::key(incoming.name);
    if (key.isEmpty()) {
        return -1;
    }
    if (const auto it = m_byKey.constFind(key); it != m_byKey.cend()) {
        return *it;
    }
    const QString surname = PersonName::surnameKey(incoming.name);
    if (wordCount(incoming.name) == 1) {
        // A bare surname joins the one full name it can belong to; two candidates are ambiguous.
        const QList<int> people = m_bySurname.value(surname);
        return people.size() == 1 ? people.first() : -1;
    }
    for (const int index : m_bySurname.value(surname)) {
        if (PersonName::compatible(m_names.value(index), incoming.name)) {
            return index;
        }
    }
    // A story person known only by surname so far.
    return m_byKey.value(surname, -1);
}

void PersonMatcher::add(int index, const Person &person)
{
    m_byKey.insert(PersonName::key(person.name), index);
    m_names.insert(index, person.name);
    if (wordCount(person.name) >= 2) {
        QList<int> &people = m_bySurname[PersonName::surnameKey(person.name)];
        if (!people.contains(index)) {
            people.append(index);
        }
    }
}

void PersonMatcher::absorb(Person &known, const Person &incoming)
{
    QStringList names{incoming.name};
    if (wordCount(incoming.name) > wordCount(known.name)) {
        names = {known.name};
        known.name = incoming.name;
    }
    const auto addAlias = [&known](const QString &alias) {
        if (alias.compare(known.name, Qt::CaseInsensitive) == 0) {
            return;
        }
        for (const QString &existing : std::as_const(known.aliases)) {
            if (existing.compare(alias, Qt::CaseInsensitive) == 0) {
                return;
            }
        }
        known.aliases.append(alias);
    };
    for (const QString &name : std::as_const(names)) {
        addAlias(name);
    }
    for (const QString &alias : incoming.aliases) {
        addAlias(alias);
    }
    if (known.role.isEmpty()) {
        known.role = incoming.role;
    }
    known.mentions += incoming.mentions;
}

} // namespace Sourceline
