// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace Sourceline {

/// Text of a file, or why the file holds no text.
struct DecodedText
{
    QString text; ///< line endings normalised to "\n"
    QString problem; ///< "empty file", "not a text article"; empty when text is usable
};

/// Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 and UTF-32 with BOM, else
/// Windows-1252 byte by byte where the UTF-8 is invalid (so a file of mixed UTF-8 and
/// Windows-1252 keeps both), or a legacy non-Latin encoding when uchardet is sure of one and
/// most of the text is outside ASCII. NUL bytes or mostly control characters mean binary.
[[nodiscard]] DecodedText decodeArticleText(const QByteArray &data);

/// Replaces "\r\n", "\r", U+2028 and U+2029 with "\n".
[[nodiscard]] QString normalisedLineEndings(QString text);

} // namespace Sourceline
