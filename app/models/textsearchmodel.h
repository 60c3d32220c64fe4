// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

#include <QAbstractListModel>

#include <memory>

namespace Sourceline {

/// Every place a phrase is written in the story's articles, in article order: what a
/// fact-checker wants when one name or figure turns up across many articles.
class TextSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ArticleTitleRole = Qt::UserRole + 1 };
    /// More hits than anyone reads; the panel says when a search was cut short.
    static constexpr int maximumHits = 2000;

    explicit TextSearchModel(QObject *parent = nullptr);

    void setStory(std::shared_ptr<const StoryGraph> story);
    /// Case-insensitive; fewer than two characters clear the hits.
    void setQuery(const QString &query);
    [[nodiscard]] QString query() const { return m_query; }
    [[nodiscard]] bool truncated() const { return m_truncated; }
    /// How many of the story's articles have at least one hit.
    [[nodiscard]] int articleCount() const { return m_articleCount; }
    [[nodiscard]] SourceSpan span(int row) const { return m_hits.value(row).span; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Hit
    {
        SourceSpan span;
        int article = -1;
    };
    void search();
    [[nodiscard]] QString snippet(const Hit &hit) const;

    std::shared_ptr<const StoryGraph> m_story;
    QString m_query;
    QList<Hit> m_hits;
    bool m_truncated = false;
    int m_articleCount = 0;
};

} // namespace Sourceline
