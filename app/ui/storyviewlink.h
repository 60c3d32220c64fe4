// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QObject>

#include <functional>

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

    /// Rows the user picks go to picker instead of StorySelection::select.
    void setPicker(std::function<void(const QString &id)> picker);
    /// Stops following the story selection: whoever calls show() decides the current row.
    void unfollowSelection();
    /// Makes the row of id current (or none) without reporting it as the user's pick.
    void show(const QString &id);

Q_SIGNALS:
    /// The user asked to read an item where it comes from (Enter or double-click).
    void sourceRequested(const QString &id);

private:
    void showSelection(const QString &id);
    void pick(const QModelIndex &current);
    void choose(const QString &id);

    QAbstractItemView *m_view;
    StorySelection *m_selection;
    std::function<void(const QString &id)> m_picker;
    bool m_showing = false;
    bool m_following = true;
};

} // namespace Sourceline
