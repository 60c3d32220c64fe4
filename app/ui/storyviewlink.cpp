// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storyviewlink.h"

#include "storyselection.h"
#include "storytablemodel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace Sourceline {

StoryViewLink::StoryViewLink(QAbstractItemView *view, StorySelection *selection)
    : QObject(view)
    , m_view(view)
    , m_selection(selection)
{
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StoryViewLink::pick);
    connect(selection, &StorySelection::currentChanged, this, &StoryViewLink::showSelection);
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(StoryTableModel::IdRole).toString();
        if (!id.isEmpty()) {
            choose(id);
            Q_EMIT sourceRequested(id);
        }
    });
    // A reset (new story, new filter, new order) can lose the current row; put it back.
    const auto showAgain = [this] {
        if (m_following && !m_view->selectionModel()->currentIndex().isValid()) {
            showSelection(m_selection->current());
        }
    };
    connect(view->model(), &QAbstractItemModel::modelReset, this, showAgain);
    connect(view->model(), &QAbstractItemModel::layoutChanged, this, showAgain);
    connect(view->model(), &QAbstractItemModel::rowsInserted, this, showAgain);
}

void StoryViewLink::setPicker(std::function<void(const QString &id)> picker)
{
    m_picker = std::move(picker);
}

void StoryViewLink::unfollowSelection()
{
    m_following = false;
    disconnect(m_selection, &StorySelection::currentChanged, this, &StoryViewLink::showSelection);
}

void StoryViewLink::show(const QString &id)
{
    showSelection(id);
}

void StoryViewLink::showSelection(const QString &id)
{
    QAbstractItemModel *model = m_view->model();
    QItemSelectionModel *rows = m_view->selectionModel();
    if (!model || !rows) {
        return;
    }
    if (rows->currentIndex().isValid() && rows->currentIndex().data(StoryTableModel::IdRole).toString() == id) {
        return;
    }
    m_showing = true;
    const QModelIndexList found
        = id.isEmpty() || model->rowCount() == 0 ? QModelIndexList() : model->match(model->index(0, 0), StoryTableModel::IdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty()) {
        rows->clear();
    } else {
        rows->setCurrentIndex(found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(found.first());
    }
    m_showing = false;
}

void StoryViewLink::pick(const QModelIndex &current)
{
    if (m_showing || !current.isValid()) {
        return;
    }
    choose(current.data(StoryTableModel::IdRole).toString());
}

void StoryViewLink::choose(const QString &id)
{
    if (m_picker) {
        m_picker(id);
    } else {
        m_selection->select(id);
    }
}

} // namespace Sourceline
