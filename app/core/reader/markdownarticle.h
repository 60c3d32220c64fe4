// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../article.h"

#include <QStringView>

namespace Sourceline {

/// Reads a Markdown article with md4c: optional front matter, markup removed, headings kept
/// as headings, list items, quotes and table rows as paragraphs; images, raw HTML and link
/// targets dropped. The first block (or the front matter title) is the headline. Soft line
/// breaks join lines, except in text whose lines run past 120 characters (not wrapped by
/// hand), where each line is a paragraph as in plain text. Returns an article with an empty
/// body when there is no paragraph.
[[nodiscard]] Article readMarkdownArticle(QStringView text);

/// Decodes one HTML character reference ("&amp;", "&#8217;", "&#x2019;"); unknown names are
/// returned as written.
[[nodiscard]] QString decodeCharacterReference(QStringView entity);

} // namespace Sourceline
