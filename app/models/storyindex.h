// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "sourcespan.h"
#include "storygraph.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Sourceline {

/// What a graph id names, read from its prefix.
enum class ItemKind { None, Article, Person, Entity, Quote, Event };
[[nodiscard]] ItemKind itemKind(const QString &id);

/// Where every graph item sits in the source text, both ways: the spans of an id, and the
/// items under an offset of an article's body. Built once per story, so that clicks and
/// hovers in the source view and jumps from any view do not scan the whole graph.
class StoryIndex
{
public:
    /// One item's span in one article's body.
    struct Mark
    {
        TextRange range;
        QString id;
        ItemKind kind = ItemKind::None;
    };

    StoryIndex() = default;
    explicit StoryIndex(const std::shared_ptr<const StoryGraph> &story);

    /// Quote: its words; event: its sources; person or entity: its mentions; article: none.
    [[nodiscard]] QList<SourceSpan> spans(const QString &id) const;
    /// The spans of id that lie in one article, in text order.
    [[nodiscard]] QList<TextRange> spansIn(const QString &id, const QString &articleId) const;
    /// The first span of id, preferring one in preferredArticle when it has one there.
    [[nodiscard]] SourceSpan firstSpan(const QString &id, const QString &preferredArticle = {}) const;
    /// Every item whose span contains offset, the narrowest (most specific) first.
    [[nodiscard]] QList<Mark> marksAt(const QString &articleId, int offset) const;
    /// The item a click at offset means: a quote before an event before a person or entity.
    [[nodiscard]] QString itemAt(const QString &articleId, int offset) const;

private:
    void add(const QString &id, ItemKind kind, const SourceSpan &span);

    QHash<QString, QList<SourceSpan>> m_spans;
    QHash<QString, std::vector<Mark>> m_marksByArticle; ///< sorted by start
};

} // namespace Sourceline
