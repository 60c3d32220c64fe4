// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storybuilder.h"

#include "extract/articleextractor.h"
#include "storymerger.h"

#include <QThread>
#include <QThreadPool>

#include <atomic>

namespace Sourceline {

StoryBuilder::StoryBuilder(const QDate &referenceDate)
    : m_referenceDate(referenceDate)
{
}

QDate StoryBuilder::referenceDateFor(const QList<Article> &articles) const
{
    if (m_referenceDate.isValid()) {
        return m_referenceDate;
    }
    QDate latest;
    for (const Article &article : articles) {
        if (article.published.isValid() && (!latest.isValid() || article.published > latest)) {
            latest = article.published;
        }
    }
    return latest;
}

StoryGraph StoryBuilder::build(const QList<Article> &articles, const Progress &progress) const
{
    const QDate referenceDate = referenceDateFor(articles);
    // Articles are extracted independently, so every core takes articles off one counter; each
    // result goes to its article's slot, which keeps the merged story the same for any thread count.
    QList<StoryGraph> perArticle(articles.size());
    std::atomic<qsizetype> next = 0;
    std::atomic<qsizetype> done = 0;
    std::atomic<bool> cancelled = false;
    const auto work = [&] {
        for (qsizetype i = next++; i < articles.size() && !cancelled; i = next++) {
            perArticle[i] = extractArticle(articles[i], referenceDate);
            ++done;
        }
    };

    QThreadPool pool;
    const int helpers = std::min<int>(QThread::idealThreadCount(), int(articles.size())) - 1;
    pool.setMaxThreadCount(std::max(1, helpers));
    for (int h = 0; h < helpers; ++h) {
        pool.start(work);
    }
    // The calling thread extracts too, and alone reports progress, so the callback never runs
    // on a pool thread.
    for (qsizetype i = next++; i < articles.size() && !cancelled; i = next++) {
        perArticle[i] = extractArticle(articles[i], referenceDate);
        ++done;
        if (progress && !progress(int(done), int(articles.size()))) {
            cancelled = true;
        }
    }
    pool.waitForDone();
    if (cancelled) {
        return {};
    }
    if (progress && done > 0) {
        progress(int(done), int(articles.size()));
    }
    return mergeStories(perArticle);
}

} // namespace Sourceline
