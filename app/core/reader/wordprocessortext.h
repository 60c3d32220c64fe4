// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace Sourceline {

/// A word processor's document as plain text: an article pasted into Word or LibreOffice, or a
/// news database's download of many articles as one .docx. Each paragraph of the document is
/// a paragraph of the text, with a blank line between paragraphs, so that the plain-text
/// reader (and its news-database export splitter) reads it as it reads a .txt file.
struct WordProcessorText
{
    QString text;
    QString problem; ///< why there is no text: not a document, a damaged archive, no body part
};

/// Reads an Office Open XML document (.docx) or an OpenDocument text (.odt). KArchive opens
/// the zip archive; the body part (word/document.xml or content.xml) is read with Qt's XML
/// stream reader. Deleted revisions, field codes, notes and comments are not article text.
[[nodiscard]] WordProcessorText readWordProcessorText(const QByteArray &data);

/// True when `data` is a zip archive that holds a .docx or .odt text document.
[[nodiscard]] bool looksLikeWordProcessorDocument(const QByteArray &data);

} // namespace Sourceline
