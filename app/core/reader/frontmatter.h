// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../article.h"

#include <QString>
#include <QStringView>

namespace Sourceline {

/// Article metadata written as `key: value` lines at the top of a text or Markdown file,
/// either between two `---` lines (any keys) or as the first block before a blank line
/// (then only known keys: title, headline, published, date, url, link, outlet, source,
/// publisher, author, byline).
struct FrontMatter
{
    QString title;
    QString published; ///< as written; see parsePublicationDate()
    QString url;
    QString outlet;
    QString author;
    qsizetype bodyStart = 0; ///< where the text after the front matter begins

    [[nodiscard]] bool isEmpty() const { return bodyStart == 0; }

    /// Reads front matter from the start of text (line endings already "\n").
    [[nodiscard]] static FrontMatter parse(QStringView text);

    /// Takes one `key: value` line of a known key, as some files write them under the
    /// headline; false, and nothing set, for any other line.
    bool readKeyLine(QStringView line);
    /// Whether line is such a `key: value` line of a known key.
    [[nodiscard]] static bool isKeyLine(QStringView line) { return FrontMatter().readKeyLine(line); }

    /// Fills the article's empty metadata fields from this front matter.
    void applyTo(Article &article) const;
};

} // namespace Sourceline
