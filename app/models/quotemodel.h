// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storytablemodel.h"

namespace Sourceline {

/// Every quote of the story in reading order (article by article, then by position).
class QuoteModel : public StoryTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = StoryTableModel::IdRole,
        SortRole,
        SpeakerRole, ///< person id, empty when nobody is named
        ArticleRole,
        EventRole,
        KindRole, ///< Quote::Kind as int
    };
    Q_ENUM(Role)
    enum Column { SpeakerColumn, QuoteColumn, KindColumn, EventColumn, ArticleColumn, DateColumn, ColumnCount };

    using StoryTableModel::StoryTableModel;

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] static QString kindName(Quote::Kind kind);

protected:
    [[nodiscard]] QStringList rowIds(const StoryGraph &story) override;

private:
    struct Row
    {
        const Quote *quote = nullptr;
        const Person *speaker = nullptr;
        const Entity *speakingBody = nullptr; ///< an organisation or place that speaks ("the ministry said")
        const Article *article = nullptr;
        const Event *event = nullptr;
    };
    [[nodiscard]] QString dateIso(const Row &row) const;

    QList<Row> m_quotes;
};

} // namespace Sourceline
