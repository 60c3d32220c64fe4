// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QDialog>

class QMenuBar;

namespace Sourceline {

/// Lists every menu command that has a keyboard shortcut, menu by menu, as the menus hold them
/// now (so the list can never disagree with the keys that work).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
};

} // namespace Sourceline
