// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventmodel.h"

#include "readabledate.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

QStringList EventModel::rowIds(const StoryGraph &story)
{
    m_events.clear();
    m_events.reserve(story.events.size());
    for (const Event &event : story.events) {
        m_events.append(&event);
    }
    std::stable_sort(m_events.begin(), m_events.end(), [](const Event *a, const Event *b) { return a->rank < b->rank; });
    QStringList ids;
    ids.reserve(m_events.size());
    for (const Event *event : std::as_const(m_events)) {
        ids.append(event->id);
    }
    return ids;
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Event &event = *m_events.at(index.row());
    switch (role) {
    case IdRole:
        return event.id;
    case RankRole:
        return event.rank;
    case DateRole:
        return event.date.iso;
    case StatusRole:
        return static_cast<int>(event.status);
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return event.rank;
        case QuotesColumn:
            return int(event.quotes.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return event.date.isDated() ? readableDate(event.date.iso) : u"undated"_s;
        case EventColumn: {
            const QString label = event.label.isEmpty() ? event.type : event.label;
            return event.status == EventStatus::Happened ? label : tr("%1 (%2)").arg(label, eventStatusName(event.status));
        }
        case ParticipantsColumn: {
            QStringList names;
            for (const QString &id : event.participants) {
                if (const Person *person = story()->person(id)) {
                    names.append(person->name);
                }
            }
            return names.join(u", "_s);
        }
        case QuotesColumn:
            return event.quotes.isEmpty() ? QVariant() : QVariant(int(event.quotes.size()));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DateColumn) {
            if (!event.dateText.isEmpty()) {
                return tr("Dated by \u201C%1\u201D").arg(event.dateText);
            }
            if (!event.placement.isEmpty()) {
                return tr("Placed by order: %1").arg(event.placement);
            }
        }
        break;
    case Qt::FontRole:
        // Undated events sit where the text's order puts them; slant says "placed, not dated".
        // A plan or forecast is slanted too: it is not (yet) a happening.
        if ((index.column() == DateColumn && !event.date.isDated()) || (index.column() == EventColumn && event.status != EventStatus::Happened)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == QuotesColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return StoryTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case EventColumn:
        return tr("Event");
    case ParticipantsColumn:
        return tr("Who");
    case QuotesColumn:
        return tr("Quotes");
    }
    return {};
}

QHash<int, QByteArray> EventModel::roleNames() const
{
    QHash<int, QByteArray> names = StoryTableModel::roleNames();
    names.insert(RankRole, "rank");
    names.insert(DateRole, "date");
    return names;
}

} // namespace Sourceline
