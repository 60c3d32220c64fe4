// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "sourcedocument.h"

#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextDocument>

#include <algorithm>

namespace Sourceline {

void SourceDocument::fill(QTextDocument *document, const Article &article)
{
    document->setPlainText(article.body);
    Q_ASSERT(document->characterCount() - 1 == article.body.size());

    const qreal baseSize = document->defaultFont().pointSizeF() > 0 ? document->defaultFont().pointSizeF() : 10.0;
    bool first = true;
    for (const TextBlock &block : article.blocks) {
        if (block.kind != TextBlock::Kind::Heading || !block.range.isValid()) {
            continue;
        }
        // The headline comes first in the body; later headings are section titles.
        const bool headline = first && block.range.start == 0;
        first = false;
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setFontPointSize(baseSize * (headline ? 1.5 : 1.2));
        QTextCursor selection = cursor(document, block.range);
        selection.mergeCharFormat(format);
    }
    // Paragraph spacing is a block format: it adds no characters, so offsets stay as they are.
    QTextBlockFormat spacing;
    spacing.setBottomMargin(baseSize * 0.6);
    QTextCursor all(document);
    all.select(QTextCursor::Document);
    all.mergeBlockFormat(spacing);
    document->setModified(false);
}

QTextCursor SourceDocument::cursor(QTextDocument *document, const TextRange &range)
{
    const int last = std::max(0, document->characterCount() - 1);
    QTextCursor cursor(document);
    cursor.setPosition(std::clamp(range.start, 0, last));
    cursor.setPosition(std::clamp(range.end, 0, last), QTextCursor::KeepAnchor);
    return cursor;
}

} // namespace Sourceline
