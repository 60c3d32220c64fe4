// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QString>
#include <QStringView>

namespace Sourceline {

/// The closed word lists that tell people from places and organisations in English news:
/// given names, titles, role nouns, nationality adjectives, places, organisation words.
/// Lookups take any case; the tables are built once and shared by all threads.
class PeopleLexicon
{
public:
    enum class Gender { Unknown, Male, Female };

    /// Groups of role nouns: a generic descriptor ("the leader", "the official", "the aide")
    /// stands for any person whose role falls in its group.
    /// Public: members of the public named by what they are in the story ("voter", "fan",
    /// "protester"): found at or from places, as no office or employer is.
    enum class RoleGroup { None, Leader, Official, Aide, Envoy, Legislator, Executive, Judge, Military, Spokesperson, Other, Public };

    struct Role
    {
        QString canonical; ///< "president", "prime minister", "envoy"
        RoleGroup group = RoleGroup::None;
        bool plural = false;
        bool generic = false; ///< "leader", "official", "aide": matches a whole group
        [[nodiscard]] bool isValid() const { return group != RoleGroup::None; }
    };

    /// Everything the single-word lists say about one word (or one phrase key), so that a stage
    /// can look each word of an article up once and ask its questions as bit tests.
    class Entry
    {
    public:
        enum Class : quint32 {
            MaleName = 1 << 0,
            FemaleName = 1 << 1,
            Title = 1 << 2,
            FunctionWord = 1 << 3,
            CalendarWord = 1 << 4,
            NameParticle = 1 << 5,
            OrganisationWord = 1 << 6,
            PlaceWord = 1 << 7,
            RoleModifier = 1 << 8,
            Place = 1 << 9,
            Organisation = 1 << 10,
            MaleRole = 1 << 11,
            FemaleRole = 1 << 12,
            CompoundFirst = 1 << 13, ///< first word of a two-word role ("prime" of "prime minister")
            CompoundSecond = 1 << 14, ///< last word of a two-word role
            SubjectPronoun = 1 << 15, ///< the key of isSubjectPronoun(), which also asks the word's length
            RomanceSite = 1 << 16, ///< "Casa", "Piazza", "Via": Italian, Spanish and Portuguese words opening a place's name
            RomanceSaint = 1 << 17, ///< "Santa", "San", "São": the Romance word for saint before a saint's given name
        };

        [[nodiscard]] bool has(quint32 classes) const { return (m_classes & classes) != 0; }
        [[nodiscard]] bool isGivenName() const { return has(MaleName | FemaleName); }
        [[nodiscard]] Gender givenNameGender() const;
        [[nodiscard]] bool isTitle() const { return has(Title); }
        [[nodiscard]] Gender titleGender() const { return m_titleGender; }
        [[nodiscard]] Gender roleGender() const;
        [[nodiscard]] const Role &role() const { return m_role; }
        [[nodiscard]] bool isRoleModifier() const { return has(RoleModifier); }
        [[nodiscard]] const QString &country() const { return m_country; }
        [[nodiscard]] bool isPlace() const { return has(Place); }
        [[nodiscard]] bool isPlaceWord() const { return has(PlaceWord); }
        [[nodiscard]] bool isOrganisation() const { return has(Organisation); }
        [[nodiscard]] bool isOrganisationWord() const { return has(OrganisationWord); }
        [[nodiscard]] bool isCalendarWord() const { return has(CalendarWord); }
        [[nodiscard]] bool isFunctionWord() const { return has(FunctionWord); }
        [[nodiscard]] bool isNameParticle() const { return has(NameParticle); }
        /// Whether this word and the next may form a two-word role: when not, compoundRole()
        /// of the two words is invalid and need not be asked.
        [[nodiscard]] bool mayStartCompound(const Entry &next) const { return has(CompoundFirst) && next.has(CompoundSecond); }

    private:
        friend class PeopleLexicon;
        quint32 m_classes = 0;
        Gender m_titleGender = Gender::Unknown;
        Role m_role;
        QString m_country;
    };

    /// The entry of a word or phrase in any case; an empty entry when no list holds it. The
    /// reference stays valid for the life of the program.
    [[nodiscard]] static const Entry &entry(QStringView word);

    /// Gender of a known given name ("Steve" → Male), or Unknown; also says whether it is known.
    [[nodiscard]] static bool isGivenName(QStringView word);
    [[nodiscard]] static Gender givenNameGender(QStringView word);
    /// Honorifics and titles written before a name: "Mr.", "Sir", "President", "Senator".
    [[nodiscard]] static bool isTitle(QStringView word);
    [[nodiscard]] static Gender titleGender(QStringView word);
    /// Gender a role word gives its holder ("wife", "spokesman"), or Unknown.
    [[nodiscard]] static Gender roleGender(QStringView word);
    /// A role noun, singular or plural: "envoy", "aide", "president", "spokeswoman".
    [[nodiscard]] static Role role(QStringView word);
    /// Two-word role nouns: "prime minister", "foreign minister", "press secretary".
    [[nodiscard]] static Role compoundRole(QStringView first, QStringView second);
    /// Lower-case words that may stand between a determiner and a role noun: "former", "top".
    [[nodiscard]] static bool isRoleModifier(QStringView word);
    /// Country code of a nationality adjective or country word ("Russian", "Kremlin", "U.S." → "RU", "RU", "US").
    [[nodiscard]] static QString country(QStringView word);
    /// Country a widely reported leader serves, by full name ("Volodymyr Zelenskyy" → "UA"), or empty.
    [[nodiscard]] static QString knownNationality(QStringView fullName);
    /// Whether a lone capitalised word is the distinctive surname of a leader English news names
    /// daily ("Zelensky", "Putin", "Erdogan"); common words and common surnames are not listed.
    [[nodiscard]] static bool isLeaderSurname(QStringView word);
    /// Whether the phrase names a place: a country, capital, region or city.
    [[nodiscard]] static bool isPlace(QStringView phrase);
    /// Words that end place names: "City", "Oblast", "Strait".
    [[nodiscard]] static bool isPlaceWord(QStringView word);
    /// Whether the phrase is a known organisation ("NATO", "Reuters", "White House", "Kremlin").
    [[nodiscard]] static bool isOrganisation(QStringView phrase);
    /// Words that make a capitalised phrase an organisation: "Ministry", "Agency", "Inc.".
    [[nodiscard]] static bool isOrganisationWord(QStringView word);
    /// Months, weekdays and holidays.
    [[nodiscard]] static bool isCalendarWord(QStringView word);
    /// Determiners, pronouns, prepositions, conjunctions and adverbs that start sentences.
    [[nodiscard]] static bool isFunctionWord(QStringView word);
    /// Lower-case particles inside names: "de", "van", "bin", "al".
    [[nodiscard]] static bool isNameParticle(QStringView word);
    /// Gendered or plural personal pronouns: "he", "she", "they" (subject forms only).
    [[nodiscard]] static Gender pronounGender(QStringView word);
    [[nodiscard]] static bool isSubjectPronoun(QStringView word);
};

} // namespace Sourceline
