// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storyindex.h"

#include <algorithm>

namespace Sourceline {

ItemKind itemKind(const QString &id)
{
    if (id.size() < 2 || !id.at(1).isDigit()) {
        return ItemKind::None;
    }
    switch (id.at(0).unicode()) {
    case 'a':
        return ItemKind::Article;
    case 'p':
        return ItemKind::Person;
    case 'o':
    case 'l':
        return ItemKind::Entity;
    case 'q':
        return ItemKind::Quote;
    case 'e':
        return ItemKind::Event;
    default:
        return ItemKind::None;
    }
}

StoryIndex::StoryIndex(const std::shared_ptr<const StoryGraph> &story)
{
    if (!story) {
        return;
    }
    for (const Quote &quote : story->quotes) {
        add(quote.id, ItemKind::Quote, quote.span);
    }
    for (const Event &event : story->events) {
        for (const SourceSpan &span : event.sources) {
            add(event.id, ItemKind::Event, span);
        }
    }
    for (const Person &person : story->people) {
        for (const SourceSpan &span : person.mentions) {
            add(person.id, ItemKind::Person, span);
        }
    }
    for (const Entity &entity : story->entities) {
        for (const SourceSpan &span : entity.mentions) {
            add(entity.id, ItemKind::Entity, span);
        }
    }
    for (auto &marks : m_marksByArticle) {
        std::stable_sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) { return a.range.start < b.range.start; });
    }
}

void StoryIndex::add(const QString &id, ItemKind kind, const SourceSpan &span)
{
    if (!span.isValid()) {
        return;
    }
    m_spans[id].append(span);
    m_marksByArticle[span.article].push_back(Mark{span.range(), id, kind});
}

QList<SourceSpan> StoryIndex::spans(const QString &id) const
{
    return m_spans.value(id);
}

QList<TextRange> StoryIndex::spansIn(const QString &id, const QString &articleId) const
{
    QList<TextRange> ranges;
    const auto it = m_spans.constFind(id);
    if (it == m_spans.cend()) {
        return ranges;
    }
    for (const SourceSpan &span : *it) {
        if (span.article == articleId) {
            ranges.append(span.range());
        }
    }
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    return ranges;
}

SourceSpan StoryIndex::firstSpan(const QString &id, const QString &preferredArticle) const
{
    const QList<SourceSpan> all = m_spans.value(id);
    if (all.isEmpty()) {
        return {};
    }
    if (!preferredArticle.isEmpty()) {
        const QList<TextRange> here = spansIn(id, preferredArticle);
        if (!here.isEmpty()) {
            return SourceSpan{preferredArticle, here.first().start, here.first().end};
        }
    }
    return all.first();
}

QList<StoryIndex::Mark> StoryIndex::marksAt(const QString &articleId, int offset) const
{
    QList<Mark> found;
    const auto it = m_marksByArticle.constFind(articleId);
    if (it == m_marksByArticle.cend()) {
        return found;
    }
    for (const Mark &mark : *it) {
        if (mark.range.start > offset) {
            break;
        }
        if (mark.range.contains(offset)) {
            found.append(mark);
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Mark &a, const Mark &b) { return a.range.length() < b.range.length(); });
    return found;
}

QString StoryIndex::itemAt(const QString &articleId, int offset) const
{
    const QList<Mark> marks = marksAt(articleId, offset);
    for (const ItemKind preferred : {ItemKind::Quote, ItemKind::Event, ItemKind::Person, ItemKind::Entity}) {
        for (const Mark &mark : marks) {
            if (mark.kind == preferred) {
                return mark.id;
            }
        }
    }
    return {};
}

} // namespace Sourceline
