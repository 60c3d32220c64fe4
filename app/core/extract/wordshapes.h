// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QStringView>

#include <string_view>

namespace Sourceline {

/// The first letters and lengths of a word list's lower-case words. Most words of a text fail
/// this test, which costs far less than lower-casing and hashing them for the list itself. A
/// word that starts with a non-ASCII character always passes, since some lower-case to ASCII
/// letters (the Kelvin sign to "k").
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
        if (first >= u'A' && first <= u'Z') {
            first = char16_t(first + (u'a' - u'A'));
        }
        return (m_lengths[first] >> word.size()) & 1;
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

    void add(std::u16string_view word)
    {
        if (!word.empty() && word.front() < 0x80 && qsizetype(word.size()) <= maxLength) {
            m_lengths[word.front()] |= quint64(1) << word.size();
        }
    }

    quint64 m_lengths[0x80]{};
};

} // namespace Sourceline
