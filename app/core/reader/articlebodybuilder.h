// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../article.h"

#include <QStringView>

namespace Sourceline {

/// Writes an article body block by block: the headline first, then headings and paragraphs,
/// one "\n" between blocks, with each block's range recorded. Runs of spaces and tabs become
/// one space, invisible characters (soft hyphens, zero-width spaces) go and blocks are
/// trimmed; every other character is kept as given.
class ArticleBodyBuilder
{
public:
    /// Adds a block unless it is empty after trimming. The first block added should be the
    /// headline (a heading).
    /// quotation groups the paragraphs of one quoted block (TextBlock::quotation).
    void add(TextBlock::Kind kind, QStringView text, int quotation = -1);
    void addHeading(QStringView text) { add(TextBlock::Kind::Heading, text); }
    void addParagraph(QStringView text) { add(TextBlock::Kind::Paragraph, text); }

    [[nodiscard]] bool isEmpty() const { return m_blocks.isEmpty(); }
    [[nodiscard]] qsizetype blockCount() const { return m_blocks.size(); }
    [[nodiscard]] qsizetype paragraphCount() const { return m_paragraphs; }
    /// Text of the last block added, or an empty view.
    [[nodiscard]] QStringView lastBlockText() const;
    [[nodiscard]] const QString &body() const { return m_body; }
    [[nodiscard]] const QList<TextBlock> &blocks() const { return m_blocks; }

    /// Moves body and blocks into article.
    void finish(Article &article);

private:
    QString m_body;
    QList<TextBlock> m_blocks;
    qsizetype m_paragraphs = 0;
};

} // namespace Sourceline
