// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "quotefiltermodel.h"

#include "quotemodel.h"

namespace Sourceline {

QuoteFilterModel::QuoteFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(QuoteModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void QuoteFilterModel::setText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_text) {
        return;
    }
    m_text = simplified;
    invalidateRowsFilter();
}

void QuoteFilterModel::setSpeaker(const QString &personId)
{
    if (personId == m_speaker) {
        return;
    }
    m_speaker = personId;
    invalidateRowsFilter();
    Q_EMIT speakerChanged(personId);
}

bool QuoteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!m_speaker.isEmpty() && model->index(sourceRow, 0, sourceParent).data(QuoteModel::SpeakerRole).toString() != m_speaker) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    const QString quote = model->index(sourceRow, QuoteModel::QuoteColumn, sourceParent).data().toString();
    const QString speaker = model->index(sourceRow, QuoteModel::SpeakerColumn, sourceParent).data().toString();
    return quote.contains(m_text, Qt::CaseInsensitive) || speaker.contains(m_text, Qt::CaseInsensitive);
}

} // namespace Sourceline
