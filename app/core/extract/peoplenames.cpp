// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "peoplenames.h"

#include <QHash>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

QString wordKey(QStringView word)
{
    bool ascii = true;
    for (const QChar c : word) {
        ascii = ascii && c.unicode() < 0x80;
    }
    // Accents go with their letters only once decomposed; plain ASCII needs no decomposition.
    const QString decomposed = ascii ? QString() : word.toString().normalized(QString::NormalizationForm_D);
    const QStringView letters = ascii ? word : QStringView(decomposed);
    QString key(letters.size(), Qt::Uninitialized);
    QChar *out = key.data();
    const QChar *const begin = out;
    for (const QChar c : letters) {
        const char16_t u = c.unicode();
        QChar lower;
        if (u < 0x80) {
            // ASCII letters fold here; Qt's case tables are for the rest.
            if (u >= u'a' && u <= u'z') {
                lower = c;
            } else if (u >= u'A' && u <= u'Z') {
                lower = QChar(char16_t(u + (u'a' - u'A')));
            } else {
                continue;
            }
        } else if (c.isLetter()) {
            lower = c.toLower();
        } else {
            continue;
        }
        if (lower == u'y') {
            lower = u'i';
        }
        // Transliterations double or drop letters freely ("Zelenskyy", "Mohammed"/"Mohamed").
        if (out != begin && out[-1] == lower) {
            continue;
        }
        *out++ = lower;
    }
    key.truncate(out - begin);
    return key;
}

// "Larry Summers" is "Lawrence Summers": English short forms of given names, keyed as wordKey()
// keys them. Only ever compared under one surname, so a short form shared by two full names
// ("Chris") may list both.
bool sameGivenName(const QString &a, const QString &b)
{
    static const QHash<QString, QString> fullForms = [] {
        static const char16_t *const pairs[][2] = {{u"larry", u"lawrence"}, {u"bill", u"william"}, {u"will", u"william"}, {u"bob", u"robert"},
            {u"rob", u"robert"}, {u"bobby", u"robert"}, {u"jim", u"james"}, {u"jimmy", u"james"}, {u"mike", u"michael"}, {u"dick", u"richard"},
            {u"rick", u"richard"}, {u"tom", u"thomas"}, {u"ted", u"edward"}, {u"ed", u"edward"}, {u"joe", u"joseph"}, {u"tony", u"anthony"},
            {u"ben", u"benjamin"}, {u"dan", u"daniel"}, {u"danny", u"daniel"}, {u"dave", u"david"}, {u"steve", u"steven"}, {u"sam", u"samuel"},
            {u"alex", u"alexander"}, {u"nick", u"nicholas"}, {u"matt", u"matthew"}, {u"andy", u"andrew"}, {u"pete", u"peter"}, {u"jon", u"jonathan"},
            {u"kate", u"katherine"}, {u"liz", u"elizabeth"}, {u"beth", u"elizabeth"}, {u"jenny", u"jennifer"}, {u"sue", u"susan"}, {u"greg", u"gregory"},
            {u"jeff", u"jeffrey"}, {u"ron", u"ronald"}, {u"don", u"donald"}, {u"tim", u"timothy"}, {u"chuck", u"charles"}, {u"charlie", u"charles"},
            {u"fred", u"frederick"}, {u"hank", u"henry"}, {u"harry", u"henry"}, {u"jack", u"john"}, {u"johnny", u"john"}, {u"ken", u"kenneth"},
            {u"laurence", u"lawrence"}, {u"stephen", u"steven"}, {u"walt", u"walter"}};
        QHash<QString, QString> forms;
        for (const auto &pair : pairs) {
            forms.insert(wordKey(QStringView(pair[0])), wordKey(QStringView(pair[1])));
        }
        return forms;
    }();
    if (a == b) {
        return true;
    }
    const auto full = [](const QString &name) { return fullForms.value(name, name); };
    if (full(a) == full(b)) {
        return true;
    }
    // "Yevgeny" / "Evgeny", "Yelena" / "Elena": Russian names are transliterated with and
    // without the y glide (keyed "ie") before an opening e.
    const auto unglided = [](const QString &name) { return name.startsWith(u"ie") ? QStringView(name).mid(1) : QStringView(name); };
    if (unglided(a) == unglided(b)) {
        return true;
    }
    // "Mohammed" / "Muhammad", "Ahmed" / "Ahmad": Arabic vowels are written as each outlet
    // hears them. Letter for letter the same consonants and the same last letter, in names long
    // enough that this is no other name ("Mario" / "Maria", "Dan" / "Don" stay apart).
    if (a.size() != b.size() || a.size() < 5 || a.back() != b.back()) {
        return false;
    }
    const auto vowel = [](QChar c) { return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u'; };
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i] && !(vowel(a[i]) && vowel(b[i]))) {
            return false;
        }
    }
    return true;
}

} // namespace

QStringList PersonName::words(QStringView name)
{
    QStringList words;
    words.reserve(name.count(u' ') + 1); // a name's few words, without the list growing per word
    for (const QStringView part : name.tokenize(u' ', Qt::SkipEmptyParts)) {
        const QString key = wordKey(part);
        if (key.isEmpty() || key == u"jr"_s || key == u"sr"_s || key == u"i"_s || key == u"ii"_s || key == u"iii"_s) {
            continue;
        }
        words.append(key);
    }
    return words;
}

QString PersonName::key(QStringView name)
{
    return words(name).join(u' ');
}

QString PersonName::surnameKey(QStringView name)
{
    const QStringList parts = words(name);
    return parts.isEmpty() ? QString() : parts.last();
}

QString PersonName::givenKey(QStringView name)
{
    const QStringList parts = words(name);
    return parts.size() < 2 ? QString() : parts.first();
}

// "Dong-hoon", "Jae-myung": Korean given names are romanised as two syllables joined by a
// hyphen, the second in lower case; English compounds in a name ("Ocasio-Cortez",
// "Rostov-on-Don") capitalise after it.
bool PersonName::isKoreanGivenName(QStringView word)
{
    const qsizetype hyphen = word.indexOf(u'-');
    if (hyphen < 2 || hyphen > 4 || word.size() - hyphen - 1 < 2 || word.size() - hyphen - 1 > 4 || word.indexOf(u'-', hyphen + 1) >= 0) {
        return false;
    }
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (i != hyphen && !(i == 0 ? (c >= u'A' && c <= u'Z') : (c >= u'a' && c <= u'z'))) {
            return false;
        }
    }
    return true;
}

bool PersonName::knightedBy(const QStringList &aliases, QStringView given)
{
    return std::any_of(aliases.cbegin(), aliases.cend(), [given](const QString &alias) {
        const QStringView title = alias.startsWith(u"Sir ") ? u"Sir " : alias.startsWith(u"Dame ") ? u"Dame " : QStringView();
        return !title.isEmpty() && QStringView(alias).sliced(title.size()) == given;
    });
}

bool PersonName::compatible(QStringView a, QStringView b)
{
    return compatibleWords(words(a), words(b));
}

bool PersonName::compatibleWords(const QStringList &wa, const QStringList &wb)
{
    if (wa.isEmpty() || wb.isEmpty() || wa.last() != wb.last()) {
        return false;
    }
    if (wa.size() == 1 || wb.size() == 1) {
        return true;
    }
    // "Van der Berg" is "Martin van der Berg": the shorter name ends the longer one.
    const QStringList &shorter = wa.size() < wb.size() ? wa : wb;
    const QStringList &longer = wa.size() < wb.size() ? wb : wa;
    if (shorter.size() < longer.size() && longer.mid(longer.size() - shorter.size()) == shorter) {
        return true;
    }
    // Given names agree, or one is the other's initial ("J. Smith" / "John Smith").
    const QString &ga = wa.first();
    const QString &gb = wb.first();
    return sameGivenName(ga, gb) || (ga.size() == 1 && gb.startsWith(ga)) || (gb.size() == 1 && ga.startsWith(gb));
}

} // namespace Sourceline
