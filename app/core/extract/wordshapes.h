// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QStringView>

#include <string_view>

namespace Sourceline {

/// The first letters, lengths and last letters of a word list's lower-case words. Most words of
/// a text fail this test, which costs far less than lower-casing and hashing them for the list
/// itself. A word whose first or last character is not ASCII passes that part of the test,
/// since some characters lower-case to ASCII letters (the Kelvin sign to "k").
class WordShapes
{
public:
    template<typename Words>
    explicit WordShapes(const Words &words)
    {
        for (const auto &entry : words) {
            add(key(entry));
        }
    }

    /// Whether word, in any case, may be one of the words: false only when it cannot.
    [[nodiscard]] bool mayHold(QStringView word) const
    {
        if (word.isEmpty() || word.size() > maxLength) {
            return false;
        }
        char16_t first = word.front().unicode();
        if (first >= 0x80) {
            return true;
        }
        first = asciiLower(first);
        if (!((m_lengths[first] >> word.size()) & 1)) {
            return false;
        }
        const char16_t last = asciiLower(word.back().unicode());
        return last >= 0x80 || ((m_lasts[first][last / 64] >> (last % 64)) & 1);
    }

private:
    static constexpr qsizetype maxLength = 32; // longer words fit no LowerWord buffer

    template<typename Pair>
    static std::u16string_view key(const Pair &entry)
    {
        return entry.first;
    }
    static std::u16string_view key(std::u16string_view word) { return word; }
    static std::u16string_view key(QStringView word) { return {word.utf16(), std::size_t(word.size())}; }

    static char16_t asciiLower(char16_t c) { return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c; }

    void add(std::u16string_view word)
    {
        if (!word.empty() && word.front() < 0x80 && qsizetype(word.size()) <= maxLength) {
            m_lengths[word.front()] |= quint64(1) << word.size();
            if (word.back() < 0x80) {
                m_lasts[word.front()][word.back() / 64] |= quint64(1) << (word.back() % 64);
            }
        }
    }

    quint64 m_lengths[0x80]{};
    quint64 m_lasts[0x80][2]{}; ///< the ASCII last letters of the words of each first letter
};

} // namespace Sourceline
