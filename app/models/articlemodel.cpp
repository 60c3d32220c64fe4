// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "articlemodel.h"

#include "readabledate.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Sourceline {

QStringList ArticleModel::rowIds(const StoryGraph &story)
{
    QHash<QString, int> counts;
    for (const Quote &quote : story.quotes) {
        ++counts[quote.span.article];
    }
    QStringList ids;
    m_quoteCounts.clear();
    for (const Article &article : story.articles) {
        ids.append(article.id);
        m_quoteCounts.append(counts.value(article.id));
    }
    return ids;
}

int ArticleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Article &article = story()->articles.at(index.row());
    switch (role) {
    case IdRole:
        return article.id;
    case PathRole:
        return article.path;
    case QuoteCountRole:
        return m_quoteCounts.at(index.row());
    case SortRole:
        switch (index.column()) {
        case PublishedColumn:
            return article.published;
        case QuotesColumn:
            return m_quoteCounts.at(index.row());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return article.title.isEmpty() ? QFileInfo(article.path).fileName() : article.title;
        case OutletColumn:
            return article.outlet;
        case PublishedColumn:
            return readableDate(article.published);
        case QuotesColumn:
            return m_quoteCounts.at(index.row());
        }
        break;
    case Qt::ToolTipRole:
        return article.url.isEmpty() ? article.path : article.url;
    case Qt::TextAlignmentRole:
        if (index.column() == QuotesColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    }
    return {};
}

QVariant ArticleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return StoryTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case PublishedColumn:
        return tr("Published");
    case QuotesColumn:
        return tr("Quotes");
    }
    return {};
}

QHash<int, QByteArray> ArticleModel::roleNames() const
{
    QHash<int, QByteArray> names = StoryTableModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(QuoteCountRole, "quoteCount");
    return names;
}

} // namespace Sourceline
