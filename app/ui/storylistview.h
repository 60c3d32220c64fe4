// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QTreeView>

class QSortFilterProxyModel;

namespace Sourceline {

class StorySelection;
class StoryTableModel;
class StoryViewLink;

/// A sortable list of one kind of graph item (people, articles, the chronology) that follows
/// and drives the story selection.
class StoryListView : public QTreeView
{
    Q_OBJECT
public:
    StoryListView(StoryTableModel *model, StorySelection *selection, QWidget *parent = nullptr);

    [[nodiscard]] StoryViewLink *link() const { return m_link; }
    [[nodiscard]] QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    QSortFilterProxyModel *m_proxy;
    StoryViewLink *m_link;
};

} // namespace Sourceline
