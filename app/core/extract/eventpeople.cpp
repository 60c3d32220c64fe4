// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventpeople.h"

#include "casekeys.h"
#include "eventlexicon.h"
#include "peoplelexicon.h"
#include "peoplenames.h"
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
QStringView lastWord(QStringView name)
{
    qsizetype end = name.size();
    for (;;) {
        const qsizetype space = name.lastIndexOf(u' ', end - 1);
        const QStringView word = name.sliced(space + 1, end - space - 1);
        if (space < 0 || !isGenerationSuffix(word)) {
            return word;
        }
        end = space;
    }
}

// "Edmundo González Urrutia" is "González" and "Luiz Inácio Lula da Silva" is "Lula": a
// middle word the article writes alone when it never writes the last word alone; "Andrés
// Manuel López Obrador" is "López Obrador", a double surname written without the given names.
QString middleNameWrittenAlone(const Person &person, QStringView last)
{
    const auto written = [&person](QStringView words) {
        return std::any_of(person.aliases.cbegin(), person.aliases.cend(), [words](const QString &alias) { return alias == words; });
    };
    const QStringList words = person.name.split(u' ');
    if (words.size() < 3 || written(last)) {
        return {};
    }
    for (qsizetype i = 1; i + 1 < words.size(); ++i) {
        if (words[i] != last && written(words[i])) {
            return words[i];
        }
    }
    // Not "bin Tariq" of "Faisal bin Tariq": a particle before the last word names a father.
    const QString &beforeLast = words[words.size() - 2];
    const QString doubleSurname = beforeLast + u' ' + words.last();
    return words.last() == last && beforeLast.front().isUpper() && written(doubleSurname) ? doubleSurname : QString();
}

// "Erik ten Hag" is "Ten Hag" and "Joost van der Berg" is "Van der Berg": lower-case particles
// go with the surname where the article writes them alone with a capital (as Dutch and Flemish
// names are written without the given name); "bin Tariq" names a father and stays out.
QString surnameWithParticles(const Person &person, QStringView last)
{
    const QList<QStringView> words = QStringView(person.name).split(u' ');
    qsizetype lastIndex = words.size() - 1;
    while (lastIndex > 0 && words[lastIndex] != last) {
        --lastIndex;
    }
    qsizetype first = lastIndex;
    const auto isParticle = [](QStringView word) {
        return !word.isEmpty() && word.front().isLower() && PeopleLexicon::isNameParticle(word) && !isOneOf(word, {u"bin", u"ibn", u"bint", u"ben"});
    };
    while (first > 1 && isParticle(words[first - 1])) {
        --first;
    }
    if (first == lastIndex) {
        return {};
    }
    const qsizetype start = words[first].data() - person.name.data();
    const qsizetype end = words[lastIndex].data() + words[lastIndex].size() - person.name.data();
    const QStringView written = QStringView(person.name).sliced(start, end - start);
    const auto alias = std::find_if(person.aliases.cbegin(), person.aliases.cend(),
        [written](const QString &alias) { return !alias.isEmpty() && alias.front().isUpper() && alias.compare(written, Qt::CaseInsensitive) == 0; });
    return alias != person.aliases.cend() ? *alias : QString();
}

// The word of the name the article uses alone: the last ("Witkoff"), unless only the first is
// used so, as a family name written first ("Yoon" of "Yoon Suk Yeol").
QString shortNameOf(const Person &person)
{
    const QStringView last = lastWord(person.name);
    const qsizetype space = person.name.indexOf(u' ');
    if (space < 0) {
        return last.toString();
    }
    if (QString middle = middleNameWrittenAlone(person, last); !middle.isEmpty()) {
        return middle;
    }
    if (QString withParticles = surnameWithParticles(person, last); !withParticles.isEmpty()) {
        return withParticles;
    }
    // "Coast Guard", "Secret Service": a name taken for a person's that ends in an institution's
    // word is shortened to neither word.
    if (isInstitutionWord(last)) {
        return person.name;
    }
    const QStringView first = QStringView(person.name).left(space);
    // Used alone: an alias ending in the word without the other ("Witkoff", "Mr Yoon").
    const auto usedAlone = [&person](QStringView word, QStringView other) {
        return std::any_of(
            person.aliases.cbegin(), person.aliases.cend(), [&](const QString &alias) { return lastWord(alias) == word && !alias.contains(other); });
    };
    // "Sir Keir" calls a knight by his given name, which is no family name written first.
    const bool knighted = PersonName::knightedBy(person.aliases, first);
    // "Kim Yong-hyun": a Korean given name last says the family name is the first word.
    const bool koreanOrder = person.name.count(u' ') == 1 && PersonName::isKoreanGivenName(last);
    return (!knighted && !usedAlone(last, first) && (usedAlone(first, last) || koreanOrder) ? first : last).toString();
}
} // namespace

EventPeople::EventPeople(const QList<Person> &people)
    : m_people(people)
{
    qsizetype mentions = 0;
    for (const Person &person : people) {
        mentions += person.mentions.size();
    }
    m_mentions.reserve(mentions);
    for (int p = 0; p < int(people.size()); ++p) {
        for (const SourceSpan &mention : people[p].mentions) {
            m_mentions.append({mention.range(), p});
        }
    }
    std::sort(m_mentions.begin(), m_mentions.end(), [](const Mention &a, const Mention &b) { return a.range.start < b.range.start; });
}

// Many articles never ask who a word names: the table is made on the first call.
const QHash<QString, int> &EventPeople::byWord() const
{
    if (!m_byWord) {
        QHash<QString, int> &byWord = m_byWord.emplace();
        byWord.reserve(m_people.size() * 2);
        for (int p = 0; p < int(m_people.size()); ++p) {
            byWord.insert(CaseKeys::lower(lastWord(m_people[p].name)), p);
            for (const QString &alias : m_people[p].aliases) {
                if (!alias.contains(u' ') && !alias.isEmpty() && alias.front().isUpper()) {
                    byWord.insert(CaseKeys::lower(alias), p);
                }
            }
        }
    }
    return *m_byWord;
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
    const QHash<QString, int> &byWord = this->byWord();
    const auto it = byWord.constFind(CaseKeys::lower(word));
    return it == byWord.cend() ? QString() : m_people[*it].id;
}

QString EventPeople::shortName(const QString &id) const
{
    if (const auto known = m_shortNames.constFind(id); known != m_shortNames.cend()) {
        return *known;
    }
    // Labels name a few of the article's people: a short name is worked out when first asked.
    // (The last person with the id, as a table filled from all of them in order would keep.)
    const auto person = std::find_if(m_people.crbegin(), m_people.crend(), [&id](const Person &p) { return p.id == id; });
    return m_shortNames.insert(id, person == m_people.crend() ? QString() : shortNameOf(*person)).value();
}

} // namespace Sourceline
