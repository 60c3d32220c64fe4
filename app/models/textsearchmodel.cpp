// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "textsearchmodel.h"

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
constexpr int contextCharacters = 48;
} // namespace

TextSearchModel::TextSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TextSearchModel::setStory(std::shared_ptr<const StoryGraph> story)
{
    m_story = std::move(story);
    search();
}

void TextSearchModel::setQuery(const QString &query)
{
    if (query == m_query) {
        return;
    }
    m_query = query;
    search();
}

void TextSearchModel::search()
{
    beginResetModel();
    m_hits.clear();
    m_truncated = false;
    m_articleCount = 0;
    const QString needle = m_query.simplified();
    if (m_story && needle.size() >= 2) {
        for (qsizetype a = 0; a < m_story->articles.size() && !m_truncated; ++a) {
            const Article &article = m_story->articles[a];
            bool found = false;
            for (qsizetype at = article.body.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
                at = article.body.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
                if (m_hits.size() >= maximumHits) {
                    m_truncated = true;
                    break;
                }
                m_hits.append({{article.id, int(at), int(at + needle.size())}, int(a)});
                found = true;
            }
            m_articleCount += found ? 1 : 0;
        }
    }
    endResetModel();
}

QString TextSearchModel::snippet(const Hit &hit) const
{
    const QString &body = m_story->articles[hit.article].body;
    const int from = std::max(0, hit.span.start - contextCharacters);
    const int to = std::min(int(body.size()), hit.span.end + contextCharacters);
    QString text = body.mid(from, to - from).simplified();
    if (from > 0) {
        text.prepend(u'\u2026');
    }
    if (to < body.size()) {
        text.append(u'\u2026');
    }
    return text;
}

int TextSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant TextSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_story) {
        return {};
    }
    const Hit &hit = m_hits[index.row()];
    const Article &article = m_story->articles[hit.article];
    switch (role) {
    case Qt::DisplayRole:
        return QString(article.title + u"\n"_s + snippet(hit));
    case Qt::ToolTipRole:
        return article.title;
    case ArticleTitleRole:
        return article.title;
    default:
        return {};
    }
}

} // namespace Sourceline
