// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"
#include "storytheme.h"

#include <QDate>
#include <QMainWindow>
#include <QStringList>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

class QMimeData;

namespace Sourceline {

class ArticleModel;
class EventModel;
class Inspector;
class SearchPanel;
class TextSearchModel;
class PersonModel;
class QuoteModel;
class QuotePanel;
class SourceView;
class StoryIndex;
class StoryListView;
struct PastedArticle;
struct StoryLoad;
class StoryLoader;
class StorySelection;
class TimelineView;

/// The Sourceline window: the timeline, the source text, quotes, people, articles and the
/// inspector as dockable panels that all follow one selection.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class ThemeChoice { System, Light, Dark };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads articles from files and folders in the background and shows them as one story.
    /// The story shown until now stays when none of the paths can be read.
    void openPaths(const QStringList &paths, const QDate &referenceDate = {});
    /// Reads the story again with more files; the story shown stays if none can be read.
    void addPaths(const QStringList &paths);
    /// Keeps a copied article (a browser selection, a document's text) as a file beside the
    /// user's data and adds it to the story, or starts a story with it when the sample is shown.
    void pasteArticle(const QMimeData &contents);
    /// The files and folders the story shown was read from.
    [[nodiscard]] QStringList storyPaths() const { return m_storyPaths; }

    /// Writes the story's quotes with citations to a .csv or .json file; returns the reason it
    /// failed, or an empty string.
    [[nodiscard]] QString exportQuotesTo(const QString &path) const;
    /// Saves the story's articles as a case file (replacing one already there); returns the
    /// reason it failed, or an empty string.
    [[nodiscard]] QString saveCaseTo(const QString &path) const;

    [[nodiscard]] std::shared_ptr<const StoryGraph> story() const { return m_story; }
    [[nodiscard]] StorySelection *selection() const { return m_selection; }
    [[nodiscard]] SearchPanel *searchPanel() const { return m_search; }
    [[nodiscard]] StoryLoader *loader() const { return m_loader; }
    [[nodiscard]] SourceView *sourceView() const { return m_source; }
    [[nodiscard]] QuotePanel *quotePanel() const { return m_quotes; }
    [[nodiscard]] StoryListView *chronologyList() const { return m_chronology; }
    [[nodiscard]] StoryListView *peopleList() const { return m_people; }
    [[nodiscard]] StoryListView *articleList() const { return m_articles; }
    [[nodiscard]] Inspector *inspector() const { return m_inspector; }
    [[nodiscard]] TimelineView *timelineView() const { return m_timeline; }
    [[nodiscard]] ColorScheme colorScheme() const { return m_scheme; }

    /// Shows a story at once, without reading files (a story already built).
    void setStory(std::shared_ptr<const StoryGraph> story);
    void setThemeChoice(ThemeChoice choice);
    /// Puts the panels in their default places for a screen of this size (View, Panels, Reset Layout).
    void arrangePanels(const QSize &screen);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The file types the Open and Add dialogs offer.
    [[nodiscard]] static QString articleFileFilter();
    /// Keeps a pasted or dropped article as a file and reads it into the story.
    void addPastedArticle(const PastedArticle &article);
    void createPanels();
    void createActions();
    void sizePanels();
    void restoreSettings();
    void applyTheme();
    void showLoad(const StoryLoad &load);
    void showProblems(const StoryLoad &load);
    void updateCounts();
    void updateSelectionActions();
    void rememberRecent(const QStringList &paths);
    void fillRecentMenu();
    void openFilesDialog();
    void saveCaseDialog();
    void openFolderDialog();
    void copyQuoteWithCitation();
    void stepEvent(int step);
    void stepQuote(int step);
    void showSource(const QString &id);

    StorySelection *m_selection;
    StoryLoader *m_loader;
    std::shared_ptr<const StoryGraph> m_story;
    std::shared_ptr<const StoryIndex> m_index;
    QDate m_referenceDate;
    ThemeChoice m_themeChoice = ThemeChoice::System;
    ColorScheme m_scheme = ColorScheme::Light;
    bool m_large = false;
    bool m_sizePanelsOnShow = true;

    EventModel *m_eventModel;
    QuoteModel *m_quoteModel;
    PersonModel *m_personModel;
    ArticleModel *m_articleModel;
    TextSearchModel *m_searchModel;

    SourceView *m_source = nullptr;
    QuotePanel *m_quotes = nullptr;
    StoryListView *m_chronology = nullptr;
    StoryListView *m_people = nullptr;
    StoryListView *m_articles = nullptr;
    Inspector *m_inspector = nullptr;
    SearchPanel *m_search = nullptr;
    QTabWidget *m_timelineTabs = nullptr;
    TimelineView *m_timeline = nullptr;

    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    QDockWidget *m_quotesDock = nullptr;
    QDockWidget *m_peopleDock = nullptr;
    QDockWidget *m_articlesDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_searchDock = nullptr;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportQuotesAction = nullptr;
    QAction *m_saveCaseAction = nullptr;
    QAction *m_addArticlesAction = nullptr;
    QStringList m_storyPaths;
    QAction *m_copyQuoteAction = nullptr;
    QAction *m_copyTimelineAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QActionGroup *m_laneGroup = nullptr;
    QAction *m_happenedOnlyAction = nullptr;

    QLabel *m_counts = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace Sourceline
