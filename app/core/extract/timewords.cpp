// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timewords.h"

#include <algorithm>

namespace Sourceline {

QList<ScannedWord> scanWords(QStringView text, const TextRange &range)
{
    QList<ScannedWord> words;
    words.reserve(range.length() / 5 + 1);
    const int end = std::min<int>(range.end, int(text.size()));
    bool space = true;
    int i = std::max(0, range.start);
    while (i < end) {
        const QChar c = text[i];
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        ScannedWord word;
        word.spaceBefore = space;
        space = false;
        const int start = i;
        if (c.isLetterOrNumber()) {
            bool letters = false;
            bool digits = false;
            while (i < end && text[i].isLetterOrNumber()) {
                (text[i].isDigit() ? digits : letters) = true;
                ++i;
            }
            word.kind = letters && digits ? ScannedWord::Kind::Alphanumeric : (digits ? ScannedWord::Kind::Digits : ScannedWord::Kind::Letters);
            word.capitalised = c.isUpper();
        } else {
            // Keep surrogate pairs together so offsets stay on character boundaries.
            i += (c.isHighSurrogate() && i + 1 < end) ? 2 : 1;
            word.kind = ScannedWord::Kind::Punctuation;
        }
        word.range = {start, i};
        words.append(word);
    }
    return words;
}

LowerWord::LowerWord(QStringView word)
{
    if (word.size() > qsizetype(sizeof(m_buffer) / sizeof(m_buffer[0]))) {
        return;
    }
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        // ASCII letters, nearly every letter of English news, fold without the Unicode tables.
        m_buffer[m_size++] = u < 0x80 ? ((u >= u'A' && u <= u'Z') ? char16_t(u + (u'a' - u'A')) : u) : c.toLower().unicode();
    }
}

namespace {
constexpr char16_t longS = 0x017F;
constexpr char16_t kelvin = 0x212A;

// The ASCII lower case of c; any other character stays itself.
constexpr char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}
} // namespace

bool mayContainAny(QStringView text, std::initializer_list<std::u16string_view> lower)
{
    const qsizetype size = text.size();
    const QChar *chars = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = asciiLower(chars[i].unicode());
        if (c == longS || c == kelvin) {
            return true;
        }
        for (const std::u16string_view word : lower) {
            if (word.front() != c || qsizetype(word.size()) > size - i) {
                continue;
            }
            std::size_t k = 1;
            while (k < word.size()) {
                const char16_t d = asciiLower(chars[i + qsizetype(k)].unicode());
                if (d == longS || d == kelvin) {
                    return true;
                }
                if (d != word[k]) {
                    break;
                }
                ++k;
            }
            if (k == word.size()) {
                return true;
            }
        }
    }
    return false;
}

bool hasAsciiDigit(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
}

} // namespace Sourceline
