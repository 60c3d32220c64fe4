// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace Sourceline {

/// A PDF file's text as plain text (a news page printed to PDF by a browser, an article
/// downloaded from a news database): the lines of each page joined into paragraphs, with a
/// blank line between paragraphs, and without the running heads and feet printed on every
/// page (the date and title a browser prints above, the address and "1/3" below).
struct PdfText
{
    QString text;
    QString author; ///< the document's Author, when its metadata has one
    QString problem; ///< why there is no text: a damaged or locked file, scanned pages
};

/// Poppler lays out the text of each page; the paragraphs are rebuilt here from the gaps
/// between lines and the size of their type.
[[nodiscard]] PdfText readPdfText(const QByteArray &data);

/// True when `data` starts as a PDF file does.
[[nodiscard]] bool looksLikePdf(const QByteArray &data);

} // namespace Sourceline
