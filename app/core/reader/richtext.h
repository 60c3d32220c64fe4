// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace Sourceline {

/// A Rich Text Format file's text as plain text, with a blank line between paragraphs: news
/// databases offer their downloads as RTF, and word processors save it.
struct RichText
{
    QString text;
    QString problem; ///< why there is no text: not RTF, or no text in it
};

/// Reads the words of an RTF document: its paragraphs, special characters, Unicode and
/// code-page escapes. Font and colour tables, style sheets, document properties, pictures,
/// embedded objects, headers, footers, notes and field instructions are not article text.
/// No library in the distributions reads RTF short of a word processor, hence this reader.
[[nodiscard]] RichText readRichText(const QByteArray &data);

/// True when `data` starts as an RTF document does ("{\rtf").
[[nodiscard]] bool looksLikeRichText(const QByteArray &data);

} // namespace Sourceline
