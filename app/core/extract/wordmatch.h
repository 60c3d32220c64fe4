// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QChar>
#include <QStringView>

#include <initializer_list>

namespace Sourceline {

/// Whether word, written in any case, is the lower-case word `lower`. The extraction stages
/// ask this millions of times per megabyte, nearly always about words of another length, so
/// the length decides first and ASCII letters fold without Qt's Unicode case tables.
[[nodiscard]] inline bool equalsLower(QStringView word, QStringView lower) noexcept
{
    if (word.size() != lower.size()) {
        return false;
    }
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        const char16_t l = lower[i].unicode();
        if (c == l) {
            continue;
        }
        if (c < 0x80) {
            if (c >= u'A' && c <= u'Z' && char16_t(c + (u'a' - u'A')) == l) {
                continue;
            }
            return false;
        }
        if (QChar(c).toLower().unicode() != l) {
            return false;
        }
    }
    return true;
}

/// Where text holds the lower-case `lower`, in any case, at or after from; -1 if nowhere. For
/// short texts such as roles: a comparison at each place is cheaper than Qt's case-blind search.
[[nodiscard]] inline qsizetype indexOfLower(QStringView text, QStringView lower, qsizetype from = 0) noexcept
{
    for (qsizetype at = from; at + lower.size() <= text.size(); ++at) {
        if (equalsLower(text.sliced(at, lower.size()), lower)) {
            return at;
        }
    }
    return -1;
}

/// Whether text, in any case, ends with the lower-case `lower`.
[[nodiscard]] inline bool endsWithLower(QStringView text, QStringView lower) noexcept
{
    return text.size() >= lower.size() && equalsLower(text.last(lower.size()), lower);
}

/// Whether word, in any case, is one of the lower-case words in list.
[[nodiscard]] inline bool isOneOf(QStringView word, std::initializer_list<QStringView> list) noexcept
{
    for (const QStringView item : list) {
        if (equalsLower(word, item)) {
            return true;
        }
    }
    return false;
}

} // namespace Sourceline
