// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "reader/articlereader.h"
#include "storygraph.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Sourceline {

/// What one load produced: the story (null when no article could be read) and every file
/// that could not be read, with the reason.
struct StoryLoad
{
    QStringList paths;
    std::shared_ptr<const StoryGraph> story;
    QList<ReadProblem> problems;
};

/// Reads articles and builds their story in a worker thread, so that the window stays
/// responsive; reports progress per article. The articles arrive first (reading is quick,
/// extraction is not), so that the text can be read while the graph is being built.
/// A new load cancels the one still running.
class StoryLoader : public QObject
{
    Q_OBJECT
public:
    explicit StoryLoader(QObject *parent = nullptr);
    ~StoryLoader() override;

    void load(const QStringList &paths, const QDate &referenceDate = {});
    [[nodiscard]] bool isLoading() const { return m_watcher.isRunning(); }
    /// Blocks until the current load is done; for tests and for quitting cleanly.
    void wait();

Q_SIGNALS:
    void progressChanged(int done, int total);
    /// The articles are read; the story has them but no people, quotes or events yet.
    /// Not emitted when no article could be read.
    void articlesRead(const Sourceline::StoryLoad &result);
    void loaded(const Sourceline::StoryLoad &result);

private:
    QFutureWatcher<StoryLoad> m_watcher;
};

} // namespace Sourceline
