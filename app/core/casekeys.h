// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QString>
#include <QStringView>

namespace Sourceline {

/// Keys that compare names and labels whatever their case. Names and labels are mostly ASCII,
/// which needs no Unicode case tables: merging a large story builds hundreds of thousands of
/// these, and Qt's table lookups were a tenth of the merge's time.
namespace CaseKeys {

/// Whether text holds ASCII only.
[[nodiscard]] inline bool isAscii(QStringView text) noexcept
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            return false;
        }
    }
    return true;
}

/// QString::toLower(), with ASCII letters lowered without the Unicode tables.
[[nodiscard]] inline QString lower(QStringView text)
{
    if (!isAscii(text)) {
        return text.toString().toLower();
    }
    QString lower(text.size(), Qt::Uninitialized);
    QChar *out = lower.data();
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        *out++ = QChar(unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit);
    }
    return lower;
}

/// The same as QString::toCaseFolded(), whose folding of ASCII is lower case.
[[nodiscard]] inline QString folded(QStringView text)
{
    return isAscii(text) ? lower(text) : text.toString().toCaseFolded();
}

} // namespace CaseKeys

} // namespace Sourceline
