// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventpeople.h"

#include <algorithm>

namespace Sourceline {

namespace {
QString lastWord(const QString &name)
{
    const qsizetype space = name.lastIndexOf(u' ');
    return space < 0 ? name : name.mid(space + 1);
}
} // namespace

EventPeople::EventPeople(const QList<Person> &people)
    : m_people(people)
{
    for (int p = 0; p < int(people.size()); ++p) {
        for (const SourceSpan &mention : people[p].mentions) {
            m_mentions.append({mention.range(), p});
        }
        m_byWord.insert(lastWord(people[p].name).toLower(), p);
        for (const QString &alias : people[p].aliases) {
            if (!alias.contains(u' ') && !alias.isEmpty() && alias.front().isUpper()) {
                m_byWord.insert(alias.toLower(), p);
            }
        }
    }
    std::sort(m_mentions.begin(), m_mentions.end(), [](const Mention &a, const Mention &b) { return a.range.start < b.range.start; });
}

QList<EventPeople::Found> EventPeople::inRange(const TextRange &range) const
{
    QList<Found> found;
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), range.start, [](const Mention &m, int start) { return m.range.start < start; });
    for (; it != m_mentions.cend() && it->range.start < range.end; ++it) {
        if (it->range.end <= range.end) {
            found.append({m_people[it->person].id, it->range});
        }
    }
    return found;
}

QString EventPeople::named(QStringView word) const
{
    const auto it = m_byWord.constFind(word.toString().toLower());
    return it == m_byWord.cend() ? QString() : m_people[*it].id;
}

QString EventPeople::shortName(const QString &id) const
{
    for (const Person &person : m_people) {
        if (person.id == id) {
            return lastWord(person.name);
        }
    }
    return {};
}

} // namespace Sourceline
