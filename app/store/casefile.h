// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "article.h"

#include <QList>
#include <QString>

namespace Sourceline {

/// A search hit in a case file: which article, and a snippet with the match in [brackets].
struct CaseSearchHit
{
    int articleIndex = -1; ///< index into CaseFile::articles()
    QString snippet;
};

/// A case: the articles of one story kept together in a SQLite database (a ".sourceline"
/// file) so that a story can be reopened, grown and searched. The graph is not stored: it
/// is derived from the articles, so a better extractor improves old cases too.
///
/// Each change is one transaction; the database runs in WAL mode so that a crash never
/// leaves a half-written case; `PRAGMA user_version` holds the schema version and opening an
/// older case migrates it forward.
class CaseFile
{
public:
    static constexpr int schemaVersion = 1;

    CaseFile();
    ~CaseFile();
    CaseFile(const CaseFile &) = delete;
    CaseFile &operator=(const CaseFile &) = delete;

    /// Opens (or, when `create` is true and the file does not exist, creates) a case. On
    /// failure returns false and errorString() says why, worded to follow "PATH: ".
    [[nodiscard]] bool open(const QString &path, bool create = true);
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString errorString() const { return m_error; }

    /// Adds the articles not yet in the case (the same body text counts as the same
    /// article), in one transaction. Returns how many were new, or -1 on failure.
    int addArticles(const QList<Article> &articles);

    /// The case's articles in the order they were added, with ids "a1", "a2", ...
    [[nodiscard]] QList<Article> articles() const;

    /// Full-text search (SQLite FTS5 query syntax) over titles and bodies.
    [[nodiscard]] QList<CaseSearchHit> search(const QString &query) const;

private:
    bool migrate();
    bool fail(const QString &reason);

    QString m_connection;
    QString m_path;
    mutable QString m_error;
};

} // namespace Sourceline
