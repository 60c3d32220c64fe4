// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../article.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sourceline {

/// Why one file could not be read; shown as "sourceline: PATH: REASON".
struct ReadProblem
{
    QString path;
    QString reason;
};

struct ReadResult
{
    QList<Article> articles;
    QList<ReadProblem> problems;
};

/// Reads news articles from plain text, Markdown, HTML, JSON and JSON Lines files and from
/// folders (recursively, in a stable order). Paths may be Qt resource paths (":/...").
class ArticleReader
{
public:
    static constexpr qint64 maximumFileSize = 50 * 1024 * 1024;

    /// Reads every path; articles get ids "a1", "a2", ... in the order read.
    [[nodiscard]] ReadResult read(const QStringList &paths) const;

    /// Reads one file's bytes; `path` names it in problems and picks the format by extension
    /// (sniffing the content when the extension says nothing).
    [[nodiscard]] ReadResult readData(const QByteArray &data, const QString &path) const;
};

} // namespace Sourceline
