// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storylistview.h"

#include "storytablemodel.h"
#include "storyviewlink.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace Sourceline {

StoryListView::StoryListView(StoryTableModel *model, StorySelection *selection, QWidget *parent)
    : QTreeView(parent)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(StoryTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    setModel(m_proxy);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAllColumnsShowFocus(true);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // the model's own order until the user picks a column
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_link = new StoryViewLink(this, selection);
}

} // namespace Sourceline
