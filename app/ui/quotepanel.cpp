// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "quotepanel.h"

#include "quotefiltermodel.h"
#include "quotemodel.h"
#include "storyindex.h"
#include "storyselection.h"
#include "storyviewlink.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QTableView>
#include <QVBoxLayout>

namespace Sourceline {

QuotePanel::QuotePanel(QuoteModel *model, StorySelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_selection(selection)
    , m_filter(new QuoteFilterModel(this))
    , m_text(new QLineEdit(this))
    , m_speakers(new QComboBox(this))
    , m_view(new QTableView(this))
{
    m_filter->setSourceModel(model);

    m_text->setPlaceholderText(tr("Filter quotes or speakers"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Quote filter"));
    m_speakers->setAccessibleName(tr("Speaker"));
    m_speakers->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(QuoteModel::QuoteColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(QuoteModel::SpeakerColumn, 120);
    m_view->horizontalHeader()->resizeSection(QuoteModel::KindColumn, 64);
    m_view->horizontalHeader()->resizeSection(QuoteModel::EventColumn, 120);
    m_view->horizontalHeader()->resizeSection(QuoteModel::ArticleColumn, 110);
    m_view->horizontalHeader()->resizeSection(QuoteModel::DateColumn, 116);
    m_view->setAccessibleName(tr("Quotes"));
    m_link = new StoryViewLink(m_view, selection);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_speakers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_text, &QLineEdit::textChanged, m_filter, &QuoteFilterModel::setText);
    connect(m_speakers, &QComboBox::activated, this, [this](int row) { m_filter->setSpeaker(m_speakers->itemData(row).toString()); });
    connect(m_filter, &QuoteFilterModel::speakerChanged, this, [this](const QString &personId) {
        const int row = m_speakers->findData(personId);
        m_speakers->setCurrentIndex(row < 0 ? 0 : row);
    });
    connect(model, &QAbstractItemModel::modelReset, this, &QuotePanel::fillSpeakers);
    connect(selection, &StorySelection::currentChanged, this, &QuotePanel::followSelection);
    fillSpeakers();
}

void QuotePanel::fillSpeakers()
{
    QMap<QString, QString> byName; // sorted by name, for a list people can scan
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, QuoteModel::SpeakerColumn);
        const QString id = index.data(QuoteModel::SpeakerRole).toString();
        if (!id.isEmpty()) {
            byName.insert(index.data().toString(), id);
        }
    }
    m_speakers->clear();
    m_speakers->addItem(tr("All speakers"), QString());
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        m_speakers->addItem(it.key(), it.value());
    }
    m_filter->setSpeaker({});
}

void QuotePanel::followSelection(const QString &id)
{
    if (itemKind(id) == ItemKind::Person) {
        m_filter->setSpeaker(m_speakers->findData(id) >= 0 ? id : QString());
        return;
    }
    // A quote the filter hides would leave the table without the selected row: widen it.
    if (itemKind(id) == ItemKind::Quote && m_filter->mapFromSource(m_model->index(m_model->rowOf(id), 0)).isValid() == false) {
        m_text->clear();
        m_filter->setSpeaker({});
    }
}

} // namespace Sourceline
