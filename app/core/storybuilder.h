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

    /// referenceDate anchors relative dates in articles that state no publication date.
    explicit StoryBuilder(const QDate &referenceDate = {});

    [[nodiscard]] StoryGraph build(const QList<Article> &articles, const Progress &progress = {}) const;

private:
    QDate m_referenceDate;
};

} // namespace Sourceline
