// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "articlerecords.h"

#include <QList>
#include <QStringView>

namespace Sourceline {

/// Reads an RSS (0.9x, 1.0, 2.0) or Atom feed, as researchers save a site's or a search's
/// feed: each item or entry is an article with its title, link, date (pubDate, dc:date,
/// published, updated), writer (dc:creator, author) and text (content:encoded, content,
/// description, summary; HTML or plain). The feed's own title is the outlet. Qt's XML stream
/// reader parses; a syntax error gives "invalid feed at line N: <Qt's error>", and the items
/// read before it are kept.
[[nodiscard]] ArticleRecords readFeedArticles(QStringView text);

/// True when `start` opens an RSS, RDF or Atom document.
[[nodiscard]] bool looksLikeFeed(QStringView start);

} // namespace Sourceline
