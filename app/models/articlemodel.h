// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storytablemodel.h"

namespace Sourceline {

/// The articles of the story in load order.
class ArticleModel : public StoryTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = StoryTableModel::IdRole,
        SortRole,
        PathRole,
        QuoteCountRole,
    };
    Q_ENUM(Role)
    enum Column { TitleColumn, OutletColumn, PublishedColumn, QuotesColumn, ColumnCount };

    using StoryTableModel::StoryTableModel;

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] QStringList rowIds(const StoryGraph &story) override;

private:
    QList<int> m_quoteCounts; ///< by row, which is the index in story()->articles
};

} // namespace Sourceline
