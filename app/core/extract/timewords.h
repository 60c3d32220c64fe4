// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../sourcespan.h"

#include <QList>
#include <QStringView>

#include <initializer_list>
#include <string_view>

namespace Sourceline {

/// A run of letters, a run of digits, or one other visible character of a text, as the time
/// and event stages see it: "Oct" "." "14" ... "2025" "-" "11" "-" "26". Keeping digits and
/// punctuation apart lets one scanner read every written date form without regular expressions.
struct ScannedWord
{
    enum class Kind { Letters, Digits, Alphanumeric, Punctuation };
    TextRange range;
    Kind kind = Kind::Letters;
    bool spaceBefore = true; ///< whitespace (or the start of the text) lies right before it
    bool capitalised = false;

    [[nodiscard]] bool isWord() const { return kind != Kind::Punctuation; }
};

namespace WordLiterals {
/// A QStringView of a string literal whose length the compiler knows: `u"word"_w`. A plain
/// u"word" turned into a QStringView may have its length counted at run time, on every call.
constexpr QStringView operator""_w(const char16_t *text, std::size_t size) noexcept
{
    return QStringView(text, qsizetype(size));
}
} // namespace WordLiterals

/// Scans text[range] once, left to right.
[[nodiscard]] QList<ScannedWord> scanWords(QStringView text, const TextRange &range);

/// The lower-case form of a word in a caller-provided buffer, for allocation-free look-ups in
/// static tables; words longer than the buffer give an empty view.
class LowerWord
{
public:
    explicit LowerWord(QStringView word);
    [[nodiscard]] std::u16string_view view() const { return {m_buffer, m_size}; }

private:
    char16_t m_buffer[32]; // only the first m_size are written and read
    std::size_t m_size = 0;
};

/// Whether text may hold one of the lower-case ASCII words (a to z), written in any case: a cheap test
/// that lets a costly case-insensitive regular expression skip text it cannot match. It also
/// says yes for the two non-ASCII letters such an expression folds to ASCII ones (the long s
/// and the Kelvin sign), so that it never skips a match.
[[nodiscard]] bool mayContainAny(QStringView text, std::initializer_list<std::u16string_view> lower);

/// Whether text has an ASCII digit, the only digits `\d` matches in a regular expression without Unicode classes.
[[nodiscard]] bool hasAsciiDigit(QStringView text);

} // namespace Sourceline
