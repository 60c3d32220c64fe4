// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timewords.h"

#include <algorithm>
#include <array>

namespace Sourceline {

namespace {
// What an ASCII character is to the scanner, as bits from a table rather than Qt's Unicode
// calls: nearly every character of English news is ASCII. The classes agree with
// QChar::isSpace(), isLetterOrNumber(), isDigit() and isUpper() on ASCII.
enum CharClass : quint8 { Other = 0, Space = 1, Lower = 2, Upper = 4, Digit = 8 };
constexpr quint8 letterOrNumber = Lower | Upper | Digit;

constexpr std::array<quint8, 0x80> asciiClasses = [] {
    std::array<quint8, 0x80> table{};
    for (char16_t c = 0; c < 0x80; ++c) {
        if (c == u' ' || (c >= 0x09 && c <= 0x0D)) {
            table[c] = Space;
        } else if (c >= u'a' && c <= u'z') {
            table[c] = Lower;
        } else if (c >= u'A' && c <= u'Z') {
            table[c] = Upper;
        } else if (c >= u'0' && c <= u'9') {
            table[c] = Digit;
        }
    }
    return table;
}();

// The class bits of any character; outside ASCII Qt's tables decide.
quint8 classOf(char16_t c)
{
    if (c < 0x80) {
        return asciiClasses[c];
    }
    if (QChar::isSpace(c)) {
        return Space;
    }
    if (!QChar::isLetterOrNumber(c)) {
        return Other;
    }
    return QChar::isDigit(c) ? Digit : (QChar::isUpper(c) ? Upper : Lower);
}
} // namespace

QList<ScannedWord> scanWords(QStringView text, const TextRange &range)
{
    QList<ScannedWord> words;
    // News runs to about one word or mark in four characters; growing the list costs more.
    words.reserve(range.length() / 3 + 16);
    const int end = std::min<int>(range.end, int(text.size()));
    const char16_t *chars = text.utf16();
    bool space = true;
    int i = std::max(0, range.start);
    while (i < end) {
        const char16_t c = chars[i];
        const quint8 first = classOf(c);
        if (first == Space) {
            space = true;
            ++i;
            continue;
        }
        ScannedWord word;
        word.spaceBefore = space;
        space = false;
        const int start = i;
        if (first & letterOrNumber) {
            // Upper and lower case count alike as letters; the first character's case is kept.
            quint8 seen = first;
            ++i;
            while (i < end) {
                const quint8 next = classOf(chars[i]);
                if (!(next & letterOrNumber)) {
                    break;
                }
                seen |= next;
                ++i;
            }
            const bool letters = seen & (Lower | Upper);
            const bool digits = seen & Digit;
            word.kind = letters && digits ? ScannedWord::Kind::Alphanumeric : (digits ? ScannedWord::Kind::Digits : ScannedWord::Kind::Letters);
            word.capitalised = first == Upper;
        } else {
            // Keep surrogate pairs together so offsets stay on character boundaries.
            i += (QChar::isHighSurrogate(c) && i + 1 < end) ? 2 : 1;
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
    // The words' first letters as bits, so that most characters are passed by one test.
    quint32 firsts = 0;
    for (const std::u16string_view word : lower) {
        firsts |= quint32(1) << (word.front() - u'a');
    }
    const qsizetype size = text.size();
    const QChar *chars = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = asciiLower(chars[i].unicode());
        if (c == longS || c == kelvin) {
            return true;
        }
        if (c < u'a' || c > u'z' || !((firsts >> (c - u'a')) & 1)) {
            continue;
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
