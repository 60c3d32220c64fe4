// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "article.h"
#include "sourcespan.h"

#include <QTextCursor>

class QTextDocument;

namespace Sourceline {

/// The one place that maps between an article's body offsets and a text view. The document
/// holds exactly Article::body (one block per line, so a document position IS a body offset);
/// formats change how it looks, never its characters. Keep it so: every span in the graph
/// relies on it.
class SourceDocument
{
public:
    /// Replaces the document's text with the article's body and styles its headings.
    static void fill(QTextDocument *document, const Article &article);
    /// A cursor selecting range, clamped to the document.
    [[nodiscard]] static QTextCursor cursor(QTextDocument *document, const TextRange &range);
    /// The body offset of the character a cursor stands before.
    [[nodiscard]] static int offset(const QTextCursor &cursor) { return cursor.position(); }
    /// The body range a cursor selects.
    [[nodiscard]] static TextRange range(const QTextCursor &cursor) { return {cursor.selectionStart(), cursor.selectionEnd()}; }
};

} // namespace Sourceline
