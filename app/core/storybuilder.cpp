// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storybuilder.h"

#include "extract/articleextractor.h"
#include "storymerger.h"

namespace Sourceline {

StoryBuilder::StoryBuilder(const QDate &referenceDate)
    : m_referenceDate(referenceDate)
{
}

StoryGraph StoryBuilder::build(const QList<Article> &articles, const Progress &progress) const
{
    QList<StoryGraph> perArticle;
    perArticle.reserve(articles.size());
    for (const Article &article : articles) {
        perArticle.append(extractArticle(article, m_referenceDate));
        if (progress && !progress(int(perArticle.size()), int(articles.size()))) {
            return {};
        }
    }
    return mergeStories(perArticle);
}

} // namespace Sourceline
