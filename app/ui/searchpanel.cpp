// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "searchpanel.h"

#include "textsearchmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace Sourceline {

SearchPanel::SearchPanel(TextSearchModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_query(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_view(new QListView(this))
{
    m_query->setPlaceholderText(tr("Search all articles"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search all articles"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_view->setModel(model);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Search results"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    // Searching on every keystroke of a long story would stutter; a short pause is enough.
    auto *pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(150);
    connect(m_query, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    connect(pause, &QTimer::timeout, this, [this] { m_model->setQuery(m_query->text()); });
    connect(m_query, &QLineEdit::returnPressed, this, [this, pause] {
        pause->stop();
        m_model->setQuery(m_query->text());
        if (m_model->rowCount() > 0) {
            m_view->setCurrentIndex(m_model->index(0, 0));
            m_view->setFocus();
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SearchPanel::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid()) {
            Q_EMIT spanRequested(m_model->span(current.row()));
        }
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) { Q_EMIT spanRequested(m_model->span(index.row())); });
    updateSummary();
}

QString SearchPanel::summary() const
{
    return m_summary->text();
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::updateSummary()
{
    const int hits = m_model->rowCount();
    const int articles = m_model->articleCount();
    const QString places = hits == 1 ? tr("1 place") : tr("%1 places").arg(hits);
    const QString inArticles = articles == 1 ? tr("1 article") : tr("%1 articles").arg(articles);
    if (m_model->query().simplified().size() < 2) {
        m_summary->setText(tr("Type at least two characters."));
    } else if (hits == 0) {
        m_summary->setText(tr("Not found in any article."));
    } else if (m_model->truncated()) {
        m_summary->setText(tr("The first %1, in %2; narrow the search to see all.").arg(places, inArticles));
    } else {
        m_summary->setText(tr("%1 in %2.").arg(places, inArticles));
    }
}

} // namespace Sourceline
