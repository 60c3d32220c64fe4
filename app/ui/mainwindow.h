// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QDate>
#include <QMainWindow>
#include <QStringList>

class QPlainTextEdit;

namespace Sourceline {

/// Placeholder main window: shows the first article's text. The UI helper replaces it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    void openPaths(const QStringList &paths, const QDate &referenceDate = {});

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace Sourceline
