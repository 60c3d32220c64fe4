// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <memory>

namespace Sourceline {

/// What the four story models share: a flat table of graph items, one row per id, over a
/// story that is replaced as a whole. Every model's Role enum starts with IdRole, and answers
/// SortRole with a value that sorts the column the way readers expect (dates by date).
class StoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setStory(std::shared_ptr<const StoryGraph> story);
    [[nodiscard]] const std::shared_ptr<const StoryGraph> &story() const { return m_story; }

    /// The row that shows id, or -1.
    [[nodiscard]] int rowOf(const QString &id) const { return m_rows.value(id, -1); }
    [[nodiscard]] QString idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString(); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    /// The ids to show, in row order, and any per-story totals the subclass needs.
    [[nodiscard]] virtual QStringList rowIds(const StoryGraph &story) = 0;

private:
    std::shared_ptr<const StoryGraph> m_story;
    QStringList m_ids;
    QHash<QString, int> m_rows;
};

} // namespace Sourceline
