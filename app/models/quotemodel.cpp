// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "quotemodel.h"

#include "readabledate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

QStringList QuoteModel::rowIds(const StoryGraph &story)
{
    // Lookups by id are linear in StoryGraph; resolve each reference once here, not per paint.
    QHash<QString, const Person *> people;
    for (const Person &person : story.people) {
        people.insert(person.id, &person);
    }
    QHash<QString, const Entity *> bodies;
    for (const Entity &entity : story.entities) {
        bodies.insert(entity.id, &entity);
    }
    QHash<QString, int> articleOrder;
    for (int i = 0; i < story.articles.size(); ++i) {
        articleOrder.insert(story.articles.at(i).id, i);
    }
    QHash<QString, const Event *> events;
    for (const Event &event : story.events) {
        events.insert(event.id, &event);
    }

    m_quotes.clear();
    m_quotes.reserve(story.quotes.size());
    for (const Quote &quote : story.quotes) {
        const int article = articleOrder.value(quote.span.article, -1);
        const Person *person = people.value(quote.speaker);
        m_quotes.append(Row{
            &quote, person, person ? nullptr : bodies.value(quote.speaker), article >= 0 ? &story.articles.at(article) : nullptr, events.value(quote.event)});
    }
    std::stable_sort(m_quotes.begin(), m_quotes.end(), [&articleOrder](const Row &a, const Row &b) {
        const int articleA = articleOrder.value(a.quote->span.article, -1);
        const int articleB = articleOrder.value(b.quote->span.article, -1);
        return articleA != articleB ? articleA < articleB : a.quote->span.start < b.quote->span.start;
    });

    QStringList ids;
    ids.reserve(m_quotes.size());
    for (const Row &row : std::as_const(m_quotes)) {
        ids.append(row.quote->id);
    }
    return ids;
}

QString QuoteModel::kindName(Quote::Kind kind)
{
    switch (kind) {
    case Quote::Kind::Direct:
        return tr("direct");
    case Quote::Kind::Partial:
        return tr("partial");
    case Quote::Kind::Indirect:
        return tr("indirect");
    }
    return {};
}

QString QuoteModel::dateIso(const Row &row) const
{
    // When the words were said if the story knows, else when they were published.
    if (row.event && row.event->date.isDated()) {
        return row.event->date.iso;
    }
    return row.article && row.article->published.isValid() ? row.article->published.toString(Qt::ISODate) : QString();
}

int QuoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_quotes.at(index.row());
    const Quote &quote = *row.quote;
    switch (role) {
    case IdRole:
        return quote.id;
    case SpeakerRole:
        return quote.speaker;
    case ArticleRole:
        return quote.span.article;
    case EventRole:
        return quote.event;
    case KindRole:
        return int(quote.kind);
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return dateIso(row);
        case ArticleColumn:
            return row.article ? row.article->id.mid(1).toInt() : 0;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case SpeakerColumn:
            return row.speaker ? row.speaker->name : row.speakingBody ? row.speakingBody->name : QString();
        case QuoteColumn:
            return quote.text.simplified();
        case KindColumn:
            return kindName(quote.kind);
        case EventColumn:
            return row.event ? row.event->label : QString();
        case ArticleColumn:
            return row.article ? row.article->title : QString();
        case DateColumn:
            return readableDate(dateIso(row));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == QuoteColumn) {
            return quote.text;
        }
        if (index.column() == SpeakerColumn && row.speakingBody) {
            return row.speakingBody->kind == Entity::Kind::Place ? tr("A place speaking as a body, such as a government") : tr("An organisation, not a person");
        }
        if (index.column() == SpeakerColumn && !row.speaker) {
            return tr("The article names no speaker");
        }
        break;
    }
    return {};
}

QVariant QuoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return StoryTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SpeakerColumn:
        return tr("Speaker");
    case QuoteColumn:
        return tr("Quote");
    case KindColumn:
        return tr("Kind");
    case EventColumn:
        return tr("Event");
    case ArticleColumn:
        return tr("Article");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

QHash<int, QByteArray> QuoteModel::roleNames() const
{
    QHash<int, QByteArray> names = StoryTableModel::roleNames();
    names.insert(SpeakerRole, "speaker");
    names.insert(ArticleRole, "article");
    names.insert(EventRole, "event");
    names.insert(KindRole, "kind");
    return names;
}

} // namespace Sourceline
