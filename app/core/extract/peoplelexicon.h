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
    enum class RoleGroup { None, Leader, Official, Aide, Envoy, Legislator, Executive, Judge, Military, Spokesperson, Other };

    struct Role
    {
        QString canonical; ///< "president", "prime minister", "envoy"
        RoleGroup group = RoleGroup::None;
        bool plural = false;
        bool generic = false; ///< "leader", "official", "aide": matches a whole group
        [[nodiscard]] bool isValid() const { return group != RoleGroup::None; }
    };

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
