// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storytablemodel.h"

namespace Sourceline {

/// The people of the story with their aliases and role, most quoted first.
class PersonModel : public StoryTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = StoryTableModel::IdRole,
        SortRole,
        QuoteCountRole,
        MentionCountRole,
        AliasesRole, ///< QStringList
    };
    Q_ENUM(Role)
    enum Column { NameColumn, RoleColumn, QuotesColumn, MentionsColumn, AliasesColumn, ColumnCount };

    using StoryTableModel::StoryTableModel;

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] QStringList rowIds(const StoryGraph &story) override;

private:
    struct Row
    {
        const Person *person = nullptr;
        int quotes = 0;
    };
    QList<Row> m_people;
};

} // namespace Sourceline
