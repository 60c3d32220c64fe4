// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storybuilder.h"

#include "extract/articleextractor.h"
#include "storymerger.h"

#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

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
    const qsizetype count = articles.size();
    // Articles are extracted independently, so every core takes articles off one counter; each
    // result goes to its article's slot and is merged in article order, which keeps the story
    // the same for any thread count.
    QList<StoryGraph> perArticle(count);
    const auto extracted = std::make_unique<std::atomic<bool>[]>(size_t(count));
    std::atomic<qsizetype> next = 0;
    std::atomic<qsizetype> done = 0;
    std::atomic<bool> cancelled = false;
    const auto extractOne = [&](qsizetype i) {
        perArticle[i] = extractArticle(articles[i], referenceDate);
        ++done;
        extracted[size_t(i)].store(true, std::memory_order_release);
        extracted[size_t(i)].notify_one();
    };
    const auto work = [&] {
        for (qsizetype i = next++; i < count && !cancelled; i = next++) {
            extractOne(i);
        }
    };

    QThreadPool pool;
    const int helpers = std::min<int>(QThread::idealThreadCount(), int(count)) - 1;
    pool.setMaxThreadCount(std::max(1, helpers));
    for (int h = 0; h < helpers; ++h) {
        pool.start(work);
    }
    // The calling thread merges each article as soon as it and those before it are extracted,
    // so merging overlaps extraction; while the next article is not ready it extracts one
    // itself. It alone reports progress, so the callback never runs on a pool thread.
    StoryMerger merger;
    qsizetype reported = 0;
    for (qsizetype merged = 0; merged < count && !cancelled;) {
        if (extracted[size_t(merged)].load(std::memory_order_acquire)) {
            merger.add(perArticle[merged]);
            perArticle[merged] = {}; // merged: its memory can go
            ++merged;
        } else if (const qsizetype i = next++; i < count) {
            extractOne(i);
        } else {
            extracted[size_t(merged)].wait(false, std::memory_order_acquire);
        }
        if (progress && done != reported) {
            reported = done;
            cancelled = !progress(int(reported), int(count));
        }
    }
    pool.waitForDone();
    if (cancelled) {
        return {};
    }
    return merger.finish();
}

} // namespace Sourceline
