// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QModelIndex;

namespace Sourceline {

class StorySelection;

/// Keeps one item view's current row and the story selection in step, both ways. The view's
/// model (or the model behind its proxies) answers StoryTableModel::IdRole. Create it after
/// the view has its model; it lives as long as the view.
class StoryViewLink : public QObject
{
    Q_OBJECT
public:
    StoryViewLink(QAbstractItemView *view, StorySelection *selection);

Q_SIGNALS:
    /// The user asked to read an item where it comes from (Enter or double-click).
    void sourceRequested(const QString &id);

private:
    void showSelection(const QString &id);
    void pick(const QModelIndex &current);

    QAbstractItemView *m_view;
    StorySelection *m_selection;
    bool m_showing = false;
};

} // namespace Sourceline
