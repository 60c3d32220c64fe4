// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "sourcespan.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Sourceline {

/// A block of an article's body: a heading or a paragraph, as a range of the body text.
struct TextBlock
{
    enum class Kind { Heading, Paragraph };
    Kind kind = Kind::Paragraph;
    TextRange range;
    int quotation = -1; ///< paragraphs of one quoted block (an HTML <blockquote>) share a number
    bool operator==(const TextBlock &) const = default;
};

/// One news article as Sourceline shows it. `body` is exactly the text the source view
/// displays; every span in the story graph indexes into it.
struct Article
{
    QString id; ///< stable within a story: "a1", "a2", ... in load order
    QString path; ///< file it was read from (with "#n" for the n-th record of a JSON file)
    QString format; ///< "text", "markdown", "html", "json"
    QString title;
    QDate published; ///< invalid when the article states no date
    QString url;
    QString outlet;
    QString author;
    QString body; ///< headline first, then headings and paragraphs separated by "\n"
    QList<TextBlock> blocks; ///< in body order, covering every heading and paragraph
};

} // namespace Sourceline
