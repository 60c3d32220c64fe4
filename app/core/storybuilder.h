// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "article.h"
#include "storygraph.h"

#include <QDate>
#include <functional>

namespace Sourceline {

/// Turns articles into one story graph: extracts each article, merges people, quotes and
/// events across articles, then ranks the events chronologically.
class StoryBuilder
{
public:
    /// Called after each article with (articles done, articles in all); return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    /// referenceDate anchors relative dates in articles that state no publication date; when
    /// it is invalid, such articles are read as of the latest dated article of the story
    /// (articles collected about one story are written within days of each other).
    explicit StoryBuilder(const QDate &referenceDate = {});

    /// The date relative expressions of undated articles resolve against: the given reference
    /// date, else the latest publication date among `articles`, else none.
    [[nodiscard]] QDate referenceDateFor(const QList<Article> &articles) const;

    [[nodiscard]] StoryGraph build(const QList<Article> &articles, const Progress &progress = {}) const;

private:
    QDate m_referenceDate;
};

} // namespace Sourceline
