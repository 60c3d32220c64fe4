// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../article.h"
#include "../storygraph.h"

#include <QDate>

namespace Sourceline {

/// Runs every extraction stage over one article. The result holds that article alone, with
/// ids local to it ("p1", "q1", "e1"); StoryBuilder merges such graphs into one story.
/// referenceDate anchors relative time expressions when the article has no publication date.
[[nodiscard]] StoryGraph extractArticle(const Article &article, const QDate &referenceDate);

} // namespace Sourceline
