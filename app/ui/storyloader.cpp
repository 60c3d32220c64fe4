// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storyloader.h"

#include "casestorage.h"
#include "storybuilder.h"

#include <QPromise>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
// Loose files through the article reader, case files through the store; one id per article.
ReadResult readArticlesAndCases(const QStringList &paths)
{
    QStringList files;
    ReadResult read;
    for (const QString &path : paths) {
        if (isCasePath(path)) {
            const ReadResult fromCase = readCase(path);
            read.articles += fromCase.articles;
            read.problems += fromCase.problems;
        } else {
            files.append(path);
        }
    }
    if (!files.isEmpty()) {
        const ReadResult loose = ArticleReader().read(files);
        read.articles += loose.articles;
        read.problems += loose.problems;
    }
    for (qsizetype i = 0; i < read.articles.size(); ++i) {
        read.articles[i].id = u"a"_s + QString::number(i + 1);
    }
    return read;
}

void loadStory(QPromise<StoryLoad> &promise, const QStringList &paths, const QDate &referenceDate)
{
    StoryLoad result;
    result.paths = paths;
    const ReadResult read = readArticlesAndCases(paths);
    result.problems = read.problems;
    if (promise.isCanceled()) {
        return;
    }
    if (!read.articles.isEmpty()) {
        StoryLoad articlesOnly = result;
        auto unextracted = std::make_shared<StoryGraph>();
        unextracted->articles = read.articles;
        articlesOnly.story = std::move(unextracted);
        promise.addResult(std::move(articlesOnly));
        promise.setProgressRange(0, int(read.articles.size()));
        const StoryBuilder builder(referenceDate);
        StoryGraph story = builder.build(read.articles, [&promise](int done, int) {
            promise.setProgressValue(done);
            return !promise.isCanceled();
        });
        if (promise.isCanceled()) {
            return;
        }
        // The builder answers an empty graph when cancelled; the articles are still worth showing.
        if (story.articles.isEmpty()) {
            story.articles = read.articles;
        }
        result.story = std::make_shared<const StoryGraph>(std::move(story));
    }
    const int index = result.story ? 1 : 0;
    promise.addResult(std::move(result), index);
}
} // namespace

StoryLoader::StoryLoader(QObject *parent)
    : QObject(parent)
{
    connect(
        &m_watcher, &QFutureWatcher<StoryLoad>::progressValueChanged, this, [this](int value) { Q_EMIT progressChanged(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<StoryLoad>::resultReadyAt, this, [this](int index) {
        const StoryLoad result = m_watcher.future().resultAt(index);
        // With articles read, the first of the two results holds the articles alone.
        if (index == 0 && result.story) {
            Q_EMIT articlesRead(result);
        }
    });
    connect(&m_watcher, &QFutureWatcher<StoryLoad>::finished, this, [this] {
        const QFuture<StoryLoad> future = m_watcher.future();
        if (!future.isCanceled() && future.resultCount() > 0) {
            Q_EMIT loaded(future.resultAt(future.resultCount() - 1));
        }
    });
}

StoryLoader::~StoryLoader()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void StoryLoader::load(const QStringList &paths, const QDate &referenceDate)
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    m_watcher.setFuture(QtConcurrent::run(loadStory, paths, referenceDate));
}

void StoryLoader::wait()
{
    m_watcher.waitForFinished();
}

} // namespace Sourceline
