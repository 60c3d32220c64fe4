// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "articlereader.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Sourceline {

// Placeholder until the full reader lands: UTF-8 plain text, one paragraph per line.
ReadResult ArticleReader::read(const QStringList &paths) const
{
    ReadResult result;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.problems.append({path, file.errorString()});
            continue;
        }
        const ReadResult one = readData(file.readAll(), path);
        result.problems += one.problems;
        for (Article article : one.articles) {
            article.id = u"a"_s + QString::number(result.articles.size() + 1);
            result.articles.append(article);
        }
    }
    return result;
}

ReadResult ArticleReader::readData(const QByteArray &data, const QString &path) const
{
    Article article;
    article.path = path;
    article.format = u"text"_s;
    article.body = QString::fromUtf8(data);
    qsizetype start = 0;
    while (start < article.body.size()) {
        qsizetype end = article.body.indexOf(u'\n', start);
        if (end < 0) {
            end = article.body.size();
        }
        if (end > start) {
            article.blocks.append({TextBlock::Kind::Paragraph, {int(start), int(end)}});
        }
        start = end + 1;
    }
    article.title = article.body.left(article.body.indexOf(u'\n'));
    return {{article}, {}};
}

} // namespace Sourceline
