// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "personmatcher.h"

#include "casekeys.h"
#include "extract/peoplenames.h"

#include <algorithm>
#include <array>

namespace Sourceline {

namespace {

qsizetype wordCount(const QString &name)
{
    qsizetype count = 0;
    for (const QStringView part : QStringView(name).tokenize(u' ', Qt::SkipEmptyParts)) {
        count += part.isEmpty() ? 0 : 1;
    }
    return count;
}

} // namespace

const PersonMatcher::SplitName &PersonMatcher::split(const QString &name) const
{
    auto it = m_splitNames.constFind(name);
    if (it == m_splitNames.cend()) {
        SplitName split;
        split.words = PersonName::words(name);
        split.written = wordCount(name);
        split.full = fullWords(split.words);
        split.key = split.words.join(u' ');
        split.joined = split.words.join(QString());
        if (split.words.size() >= 3) {
            split.shorter = QStringList(split.words.mid(0, split.words.size() - 1)).join(u' ');
        }
        it = m_splitNames.insert(name, split);
    }
    return *it;
}

bool PersonMatcher::calledByFirstWord(const Person &person, qsizetype fromAlias) const
{
    const SplitName &name = split(person.name);
    if (name.written < 2 || name.words.size() < 2) {
        return false;
    }
    const QString first = name.words.first(); // by value: split() may rehash
    for (qsizetype a = fromAlias; a < person.aliases.size(); ++a) {
        const SplitName &called = split(person.aliases[a]);
        if (called.written <= 2 && !called.words.isEmpty() && called.words.last() == first) {
            return true;
        }
    }
    return false;
}

int PersonMatcher::match(const Person &incoming) const
{
    const SplitName &name = split(incoming.name);
    const QStringList &words = name.words;
    if (words.isEmpty()) {
        return -1;
    }
    if (const auto it = m_byKey.constFind(name.key); it != m_byKey.cend()) {
        return *it;
    }
    const QString &surname = words.last();
    if (name.written == 1) {
        // A bare surname joins the one full name it can belong to; two candidates are ambiguous.
        // A family name written first ("Yoon") joins the one person known by it.
        const QList<int> people = m_bySurname.value(surname);
        const QList<int> family = people.isEmpty() ? m_byFamilyName.value(surname) : QList<int>();
        if (people.isEmpty() && family.isEmpty() && PersonName::knightedBy(incoming.aliases, incoming.name)) {
            // "Sir Keir" is Sir Keir Starmer: a knight or dame is called by the given name.
            const QList<int> given = m_byGiven.value(surname);
            return given.size() == 1 ? given.first() : -1;
        }
        if (people.isEmpty() && family.isEmpty()) {
            const QList<int> calledSo = m_byOneWordAlias.value(surname);
            return calledSo.size() == 1 ? calledSo.first() : -1;
        }
        return people.size() == 1 ? people.first() : family.size() == 1 ? family.first() : -1;
    }
    if (const auto it = m_byJoinedKey.constFind(name.joined); it != m_byJoinedKey.cend()) {
        return *it;
    }
    for (const int index : m_bySurname.value(surname)) {
        if (PersonName::compatibleWords(m_words.value(index), words)) {
            return index;
        }
    }
    // "Claudia Sheinbaum Pardo" is "Claudia Sheinbaum": Spanish names add the mother's surname.
    if (!name.shorter.isEmpty()) {
        if (const auto it = m_byKey.constFind(name.shorter); it != m_byKey.cend()) {
            return *it;
        }
    }
    // A story person known only by surname so far, or by the family name written first, unless
    // that person's name has since grown into another: once "Keller" is "Maria Keller", "Steve
    // Keller" is somebody else.
    if (const int index = m_byKey.value(surname, -1); index >= 0) {
        const QStringList known = m_words.value(index);
        if (known.size() < 2 || words.size() < 2 || PersonName::compatibleWords(known, words)) {
            return index;
        }
    }
    const QString first = words.first(); // by value: calledByFirstWord() may rehash the split names
    return calledByFirstWord(incoming) ? m_byKey.value(first, -1) : -1;
}

void PersonMatcher::add(int index, const Person &person)
{
    // Only the aliases gained since the person was last looked at are new evidence.
    if (const qsizetype judged = m_aliasesJudged.value(index, -1); !m_familyNamed.contains(index) && (judged < 0 || judged < person.aliases.size())) {
        m_aliasesJudged.insert(index, person.aliases.size());
        if (calledByFirstWord(person, std::max<qsizetype>(0, judged))) {
            m_familyNamed.insert(index);
            m_byFamilyName[split(person.name).words.first()].append(index);
        }
    }
    qsizetype &seen = m_oneWordAliasesSeen[index];
    for (; seen < person.aliases.size(); ++seen) {
        const SplitName &alias = split(person.aliases[seen]);
        if (alias.written == 1 && alias.words.size() == 1) {
            QList<int> &people = m_byOneWordAlias[alias.key];
            if (!people.contains(index)) {
                people.append(index);
            }
        }
    }
    // Re-recorded after every article that names the person; only a grown name changes anything.
    if (const auto known = m_recordedNames.constFind(index); known != m_recordedNames.cend() && *known == person.name) {
        return;
    }
    m_recordedNames.insert(index, person.name);
    const SplitName &name = split(person.name);
    const QStringList &words = name.words;
    m_byKey.insert(name.key, index);
    m_words.insert(index, words);
    if (name.written >= 2) {
        m_byJoinedKey.insert(name.joined, index);
    }
    // "Claudia Sheinbaum Pardo" is known as "Claudia Sheinbaum" too.
    if (!name.shorter.isEmpty() && !m_byKey.contains(name.shorter)) {
        m_byKey.insert(name.shorter, index);
    }
    if (name.written >= 2 && !words.isEmpty()) {
        QList<int> &people = m_bySurname[words.last()];
        if (!people.contains(index)) {
            people.append(index);
        }
    }
    if (words.size() >= 2) {
        QList<int> &people = m_byGiven[words.first()];
        if (!people.contains(index)) {
            people.append(index);
        }
    }
}

qsizetype PersonMatcher::fullWords(const QStringList &words)
{
    qsizetype count = 0;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = words[w];
        const bool initial = word.size() == 1 || (word.size() == 2 && word.back() == u'.'); // "V." in "Vladimir V. Putin"
        const bool middle = w > 0 && w + 1 < words.size();
        count += initial || (middle && isPatronymic(word)) ? 0 : 1;
    }
    return count;
}

bool PersonMatcher::isPatronymic(QStringView word)
{
    // Russian and Ukrainian middle names formed from the father's ("Vladimir Vladimirovich
    // Putin", "Volodymyr Oleksandrovych Zelensky"): like an initial, they make no name fuller.
    static const std::array<QStringView, 8> endings{u"ovich", u"evich", u"ovych", u"evych", u"ovna", u"evna", u"ivna", u"ichna"};
    return word.size() > 6 && std::any_of(endings.cbegin(), endings.cend(), [word](QStringView ending) { return word.endsWith(ending); });
}

bool PersonMatcher::betterName(int index, const QString &knownName, const QString &incomingName)
{
    // More words of a name win ("Steve Witkoff" over "Witkoff"); between names of as many
    // words, the one more articles write ("Vladimir Putin", not one paper's "Vladimir V.
    // Putin"; "George W. Bush" where most write it so); on a tie the plainer name, the one
    // written in fewer words, wins, and then the first told.
    QHash<QString, int> &votes = m_nameVotes[index];
    if (votes.isEmpty()) {
        votes.insert(knownName, 1);
    }
    const int count = ++votes[incomingName];
    if (incomingName == knownName) {
        return false;
    }
    const qsizetype knownWords = split(knownName).full; // by value: split() may rehash
    const qsizetype incomingWords = split(incomingName).full;
    if (incomingWords != knownWords) {
        return incomingWords > knownWords;
    }
    const int knownCount = votes.value(knownName);
    if (count != knownCount) {
        return count > knownCount;
    }
    const qsizetype incomingWritten = split(incomingName).written; // by value: split() may rehash
    return incomingWritten < split(knownName).written;
}

void PersonMatcher::absorb(int index, Person &known, const Person &incoming)
{
    auto spellings = m_spellings.find(index);
    if (spellings == m_spellings.end()) {
        spellings = m_spellings.insert(index, {});
        for (const QString &alias : std::as_const(known.aliases)) {
            spellings->insert(CaseKeys::folded(alias));
        }
    }
    QStringList names{incoming.name};
    if (betterName(index, known.name, incoming.name)) {
        names = {known.name};
        spellings->remove(known.name); // judged as the name, now to be judged as an alias
        known.name = incoming.name;
    }
    QString nameKey; // folded only when an unseen spelling needs it
    const auto addAlias = [&](const QString &alias) {
        if (spellings->contains(alias)) {
            return; // this exact spelling, or its folded form, was judged before
        }
        const QString key = CaseKeys::folded(alias);
        if (nameKey.isEmpty()) {
            nameKey = CaseKeys::folded(known.name);
        }
        const bool repeated = key == nameKey || spellings->contains(key);
        spellings->insert(alias);
        if (repeated) {
            return;
        }
        spellings->insert(key);
        known.aliases.append(alias);
    };
    for (const QString &name : std::as_const(names)) {
        addAlias(name);
    }
    for (const QString &alias : incoming.aliases) {
        addAlias(alias);
    }
    // The role most articles give wins ("President", not one article's "former prosecutor");
    // the first told breaks a tie.
    if (!incoming.role.isEmpty()) {
        QHash<QString, int> &votes = m_roleVotes[index];
        const QString knownRole = known.role.isEmpty() ? QString() : CaseKeys::lower(known.role);
        if (votes.isEmpty() && !knownRole.isEmpty()) {
            votes.insert(knownRole, 1);
        }
        const QString incomingRole = CaseKeys::lower(incoming.role);
        const int count = ++votes[incomingRole];
        if (knownRole.isEmpty() || (incomingRole != knownRole && count > votes.value(knownRole))) {
            known.role = incoming.role;
        }
    }
    known.mentions += incoming.mentions;
}

} // namespace Sourceline
