// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "casestorage.h"

#include "casefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace Sourceline {

bool isCasePath(const QString &path)
{
    return path.endsWith(u".sourceline"_s, Qt::CaseInsensitive);
}

ReadResult readCase(const QString &path)
{
    ReadResult result;
    CaseFile caseFile;
    if (!caseFile.open(path, false)) {
        result.problems.append({path, caseFile.errorString()});
        return result;
    }
    result.articles = caseFile.articles();
    if (result.articles.isEmpty()) {
        result.problems.append({path, u"the case holds no articles"_s});
    }
    return result;
}

QString saveCaseAs(const QList<Article> &articles, const QString &path)
{
    const QFileInfo target(path);
    if (target.isDir()) {
        return u"is a folder"_s;
    }
    if (!target.dir().exists()) {
        return u"the folder does not exist"_s;
    }
    // SQLite writes in place, so the case is built beside the target and moved over it at the end.
    QTemporaryFile draft(target.absoluteDir().filePath(target.fileName() + u".XXXXXX.part"_s));
    if (!draft.open()) {
        return u"cannot write in this folder: "_s + draft.errorString();
    }
    draft.close();
    {
        CaseFile caseFile;
        if (!caseFile.open(draft.fileName(), true)) {
            return caseFile.errorString();
        }
        if (caseFile.addArticles(articles) < 0) {
            return caseFile.errorString();
        }
    }
    // A write-ahead log left by the old case would be replayed into the new one.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        QFile::remove(path + suffix);
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(draft.fileName()).toStdString(), QFile::encodeName(path).toStdString(), error);
    if (error) {
        return u"cannot move the new case into place: "_s + QString::fromLocal8Bit(error.message());
    }
    draft.setAutoRemove(false);
    return {};
}

} // namespace Sourceline
