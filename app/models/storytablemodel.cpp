// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storytablemodel.h"

namespace Sourceline {

void StoryTableModel::setStory(std::shared_ptr<const StoryGraph> story)
{
    beginResetModel();
    m_story = std::move(story);
    m_ids = m_story ? rowIds(*m_story) : QStringList();
    m_rows.clear();
    m_rows.reserve(m_ids.size());
    for (int row = 0; row < m_ids.size(); ++row) {
        m_rows.insert(m_ids.at(row), row);
    }
    endResetModel();
}

int StoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QHash<int, QByteArray> StoryTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace Sourceline
