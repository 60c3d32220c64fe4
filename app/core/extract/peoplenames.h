// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Sourceline {

/// Spelling-tolerant keys for person names, so that transliteration variants meet:
/// "Zelensky" / "Zelenskyy" / "Zelenskiy", "Yuri" / "Yury", "Muñoz" / "Munoz".
class PersonName
{
public:
    /// Lower case, no accents, no punctuation, y read as i, doubled letters single, and no
    /// "Jr."/"Sr." suffix.
    [[nodiscard]] static QString key(QStringView name);
    /// The key of the last word of a name ("Steve Witkoff" → key("Witkoff")), skipping suffixes.
    [[nodiscard]] static QString surnameKey(QStringView name);
    /// The key of the first word of a multi-word name, or empty.
    [[nodiscard]] static QString givenKey(QStringView name);
    /// Whether two names can be one person: same key, or one's words are a suffix of the other's
    /// ("Witkoff" / "Steve Witkoff") with compatible given names or initials.
    [[nodiscard]] static bool compatible(QStringView a, QStringView b);
    /// The keys of a name's words, suffixes dropped: what key() joins and compatible() compares.
    [[nodiscard]] static QStringList words(QStringView name);
    /// compatible() for names already split by words(), for callers that compare one name often.
    [[nodiscard]] static bool compatibleWords(const QStringList &a, const QStringList &b);
    /// Whether aliases call someone by title and given name ("Sir Keir", "Dame Judi"): the given
    /// name said alone then is no family name.
    [[nodiscard]] static bool knightedBy(const QStringList &aliases, QStringView given);
    /// Whether a word is a Korean given name as romanised: two syllables joined by a hyphen,
    /// the second in lower case ("Dong-hoon"); "Ocasio-Cortez" capitalises after it.
    [[nodiscard]] static bool isKoreanGivenName(QStringView word);
};

} // namespace Sourceline
