// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "personmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

QStringList PersonModel::rowIds(const StoryGraph &story)
{
    QHash<QString, int> quoteCounts;
    for (const Quote &quote : story.quotes) {
        if (!quote.speaker.isEmpty()) {
            ++quoteCounts[quote.speaker];
        }
    }
    m_people.clear();
    m_people.reserve(story.people.size());
    for (const Person &person : story.people) {
        m_people.append(Row{&person, quoteCounts.value(person.id)});
    }
    std::stable_sort(m_people.begin(), m_people.end(), [](const Row &a, const Row &b) {
        if (a.quotes != b.quotes) {
            return a.quotes > b.quotes;
        }
        return a.person->mentions.size() > b.person->mentions.size();
    });
    QStringList ids;
    ids.reserve(m_people.size());
    for (const Row &row : std::as_const(m_people)) {
        ids.append(row.person->id);
    }
    return ids;
}

int PersonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_people.at(index.row());
    const Person &person = *row.person;
    switch (role) {
    case IdRole:
        return person.id;
    case QuoteCountRole:
        return row.quotes;
    case MentionCountRole:
        return int(person.mentions.size());
    case AliasesRole:
        return person.aliases;
    case SortRole:
        switch (index.column()) {
        case QuotesColumn:
            return row.quotes;
        case MentionsColumn:
            return int(person.mentions.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return person.name;
        case RoleColumn:
            return person.role;
        case QuotesColumn:
            return row.quotes;
        case MentionsColumn:
            return int(person.mentions.size());
        case AliasesColumn:
            return person.aliases.join(u", "_s);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !person.aliases.isEmpty()) {
            return tr("Also: %1").arg(person.aliases.join(u", "_s));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == QuotesColumn || index.column() == MentionsColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    }
    return {};
}

QVariant PersonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return StoryTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case QuotesColumn:
        return tr("Quotes");
    case MentionsColumn:
        return tr("Mentions");
    case AliasesColumn:
        return tr("Also Called");
    }
    return {};
}

QHash<int, QByteArray> PersonModel::roleNames() const
{
    QHash<int, QByteArray> names = StoryTableModel::roleNames();
    names.insert(QuoteCountRole, "quoteCount");
    names.insert(MentionCountRole, "mentionCount");
    names.insert(AliasesRole, "aliases");
    return names;
}

} // namespace Sourceline
