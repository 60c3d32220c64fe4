// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QString>

namespace Sourceline {

/// Keys that compare names and labels whatever their case. Names and labels are mostly ASCII,
/// which needs no Unicode case tables: merging a large story builds hundreds of thousands of
/// these, and Qt's table lookups were a tenth of the merge's time.
namespace CaseKeys {

/// Whether text holds ASCII only.
[[nodiscard]] inline bool isAscii(const QString &text) noexcept
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            return false;
        }
    }
    return true;
}

/// ASCII letters in lower case, or QString::toLower() where text is not ASCII.
[[nodiscard]] inline QString lower(const QString &text)
{
    if (!isAscii(text)) {
        return text.toLower();
    }
    QString lower = text;
    for (QChar &c : lower) {
        const char16_t unit = c.unicode();
        if (unit >= u'A' && unit <= u'Z') {
            c = QChar(unit + (u'a' - u'A'));
        }
    }
    return lower;
}

/// The same as QString::toCaseFolded(), whose folding of ASCII is lower case.
[[nodiscard]] inline QString folded(const QString &text)
{
    return isAscii(text) ? lower(text) : text.toCaseFolded();
}

} // namespace CaseKeys

} // namespace Sourceline
