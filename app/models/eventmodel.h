// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storytablemodel.h"

namespace Sourceline {

/// The story's events in chronological (rank) order: the chronology as a table.
class EventModel : public StoryTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = StoryTableModel::IdRole,
        SortRole,
        RankRole,
        DateRole, ///< ISO value, empty when undated
        StatusRole, ///< the EventStatus, as an int
    };
    Q_ENUM(Role)
    enum Column { DateColumn, EventColumn, ParticipantsColumn, QuotesColumn, ColumnCount };

    using StoryTableModel::StoryTableModel;

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] QStringList rowIds(const StoryGraph &story) override;

private:
    QList<const Event *> m_events; ///< in row order, pointing into story()
};

} // namespace Sourceline
