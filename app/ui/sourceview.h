// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"
#include "storytheme.h"

#include <QTextEdit>
#include <QWidget>

#include <memory>

class QLineEdit;
class QTabBar;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Sourceline {

class StoryIndex;
class StorySelection;

/// The text of one article, highlighted by the bundled syntax definition, with the selected
/// graph item drawn over it: a quote's words, an event's sources, a person's mentions.
/// Clicking a quote or an event mention selects it everywhere; hovering a quote names its
/// speaker. Tabs switch between the story's articles.
class SourceView : public QWidget
{
    Q_OBJECT
public:
    explicit SourceView(StorySelection *selection, QWidget *parent = nullptr);
    ~SourceView() override;

    void setStory(std::shared_ptr<const StoryGraph> story, std::shared_ptr<const StoryIndex> index);
    void setColorScheme(ColorScheme scheme);

    [[nodiscard]] QString currentArticle() const { return m_article; }
    /// The body ranges drawn for the selected item in the current article, in text order.
    [[nodiscard]] QList<TextRange> highlightedRanges() const { return m_highlighted; }
    [[nodiscard]] QTextEdit *textEdit() const { return m_text; }

    /// Shows an article. The selection stays when its item has a span there; otherwise the
    /// article itself becomes the selection.
    void openArticle(const QString &articleId);
    /// Shows a span of any article and selects its text, as a link to a source does.
    void showSpan(const SourceSpan &span);

public Q_SLOTS:
    /// Opens the find bar, filled with the selected text.
    void find();
    void findNext();
    void findPrevious();

Q_SIGNALS:
    void articleChanged(const QString &articleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followSelection(const QString &id);
    void showArticle(const QString &articleId);
    void drawHighlights();
    void revealFirstHighlight();
    void rebuildTabs();
    [[nodiscard]] int offsetAt(const QPoint &viewportPosition) const;
    [[nodiscard]] QString describe(int offset) const;
    void findText(bool backward);

    StorySelection *m_selection;
    std::shared_ptr<const StoryGraph> m_story;
    std::shared_ptr<const StoryIndex> m_index;
    ColorScheme m_scheme = ColorScheme::Light;
    QString m_article;
    QList<TextRange> m_highlighted;

    QTabBar *m_tabs;
    QTextEdit *m_text;
    QWidget *m_findBar;
    QLineEdit *m_findText;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    bool m_rebuildingTabs = false;
    QPoint m_pressPosition;
};

} // namespace Sourceline
