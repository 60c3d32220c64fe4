// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "sourcespan.h"
#include "storygraph.h"
#include "storytheme.h"

#include <QTextBrowser>

#include <memory>

namespace Sourceline {

class StorySelection;

/// Everything the story knows about the selected item, with links to related items and to
/// each place in the articles it comes from.
class Inspector : public QTextBrowser
{
    Q_OBJECT
public:
    explicit Inspector(StorySelection *selection, QWidget *parent = nullptr);

    void setStory(std::shared_ptr<const StoryGraph> story);
    void setColorScheme(ColorScheme scheme);

    /// The link that shows a span in the source text, as the inspector writes it.
    [[nodiscard]] static QUrl spanLink(const SourceSpan &span);

Q_SIGNALS:
    void spanRequested(const SourceSpan &span);

private:
    void showItem(const QString &id);
    void followLink(const QUrl &url);
    [[nodiscard]] QString itemLink(const QString &id) const;
    [[nodiscard]] QString problemWithLinks(const QString &problem) const;
    [[nodiscard]] QString snippets(const QList<SourceSpan> &spans) const;
    [[nodiscard]] QString describeArticle(const Article &article) const;
    [[nodiscard]] QString describePerson(const Person &person) const;
    [[nodiscard]] QString describeEntity(const Entity &entity) const;
    [[nodiscard]] QString describeQuote(const Quote &quote) const;
    [[nodiscard]] static QString statusText(EventStatus status);
    [[nodiscard]] QString describeEvent(const Event &event) const;
    [[nodiscard]] QString describeStory() const;

    StorySelection *m_selection;
    std::shared_ptr<const StoryGraph> m_story;
};

} // namespace Sourceline
