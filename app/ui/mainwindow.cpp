// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "mainwindow.h"

#include "reader/articlereader.h"

#include <QPlainTextEdit>

namespace Sourceline {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_text(new QPlainTextEdit(this))
{
    m_text->setReadOnly(true);
    setCentralWidget(m_text);
    resize(1100, 700);
}

void MainWindow::openPaths(const QStringList &paths, const QDate &referenceDate)
{
    Q_UNUSED(referenceDate)
    const ReadResult result = ArticleReader().read(paths);
    if (!result.articles.isEmpty()) {
        m_text->setPlainText(result.articles.first().body);
        setWindowTitle(result.articles.first().title);
    }
}

} // namespace Sourceline
