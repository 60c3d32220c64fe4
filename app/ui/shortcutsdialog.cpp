// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sourceline {

namespace {
void addShortcuts(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addShortcuts(parent, action->menu());
        } else if (!action->shortcut().isEmpty()) {
            auto *item = new QTreeWidgetItem(parent);
            item->setText(0, action->text().remove(u'&').remove(QStringLiteral("\u2026")));
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts()) {
                keys.append(key.toString(QKeySequence::NativeText));
            }
            item->setText(1, keys.join(QStringLiteral(", ")));
        }
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *list = new QTreeWidget(this);
    list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    list->setRootIsDecorated(false);
    list->setAccessibleName(tr("Keyboard shortcuts"));
    for (QAction *action : menus->actions()) {
        if (!action->menu()) {
            continue;
        }
        auto *group = new QTreeWidgetItem(list);
        group->setText(0, action->text().remove(u'&'));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        addShortcuts(group, action->menu());
        if (group->childCount() == 0) {
            delete group;
        }
    }
    list->expandAll();
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(460, 520);
}

} // namespace Sourceline
