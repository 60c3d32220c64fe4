// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventpeople.h"

#include "wordmatch.h"

#include <algorithm>

namespace Sourceline {

namespace {
// "Jr." of "Robert F. Kennedy Jr.", "III" of "John J. Ray III": never the name used alone.
bool isGenerationSuffix(QStringView word)
{
    return isOneOf(word, {u"jr", u"jr.", u"sr", u"sr.", u"ii", u"iii", u"iv"});
}

// The last word of a name, leaving out a generation suffix.
QString lastWord(const QString &name)
{
    qsizetype end = name.size();
    for (;;) {
        const qsizetype space = name.lastIndexOf(u' ', end - 1);
        const QStringView word = QStringView(name).sliced(space + 1, end - space - 1);
        if (space < 0 || !isGenerationSuffix(word)) {
            return word.toString();
        }
        end = space;
    }
}

// The word of the name the article uses alone: the last ("Witkoff"), unless only the first is
// used so, as a family name written first ("Yoon" of "Yoon Suk Yeol").
QString shortNameOf(const Person &person)
{
    const QString last = lastWord(person.name);
    const qsizetype space = person.name.indexOf(u' ');
    if (space < 0) {
        return last;
    }
    const QString first = person.name.left(space);
    // Used alone: an alias ending in the word without the other ("Witkoff", "Mr Yoon").
    const auto usedAlone = [&person](const QString &word, const QString &other) {
        return std::any_of(
            person.aliases.cbegin(), person.aliases.cend(), [&](const QString &alias) { return lastWord(alias) == word && !alias.contains(other); });
    };
    return !usedAlone(last, first) && usedAlone(first, last) ? first : last;
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
        m_shortNames.insert(people[p].id, shortNameOf(people[p]));
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
    return m_shortNames.value(id);
}

} // namespace Sourceline
