// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "mainwindow.h"

#include "articlemodel.h"
#include "casestorage.h"
#include "eventmodel.h"
#include "exportdialog.h"
#include "inspector.h"
#include "personmodel.h"
#include "quotecitation.h"
#include "quoteexporter.h"
#include "quotefiltermodel.h"
#include "quotemodel.h"
#include "quotepanel.h"
#include "reader/pastedarticle.h"
#include "searchpanel.h"
#include "shortcutsdialog.h"
#include "sourceview.h"
#include "storyindex.h"
#include "storylistview.h"
#include "storyloader.h"
#include "storypalette.h"
#include "storyselection.h"
#include "storyviewlink.h"
#include "textsearchmodel.h"
#include "timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QProgressBar>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleHints>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
constexpr int maximumRecent = 10;
// Below this many articles a load is quick enough that a progress bar would only flicker.
constexpr int progressThreshold = 3;

QDockWidget *makeDock(QMainWindow *window, const QString &title, const QString &name, QWidget *content)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    return dock;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_selection(new StorySelection(this))
    , m_loader(new StoryLoader(this))
    , m_eventModel(new EventModel(this))
    , m_quoteModel(new QuoteModel(this))
    , m_personModel(new PersonModel(this))
    , m_articleModel(new ArticleModel(this))
    , m_searchModel(new TextSearchModel(this))
{
    setWindowTitle(tr("Sourceline"));
    setWindowIcon(QIcon(u":/sourceline/icons/io.github.sourceline.Sourceline.svg"_s));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    setDocumentMode(true);
    // Child windows (dialogs, the floating panels) share the story palette.
    setAttribute(Qt::WA_WindowPropagation);

    createPanels();
    createActions();
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableGeometry().size() : QSize(1366, 768);
    arrangePanels(available);
    // A first start fills a laptop screen and leaves a margin around a large one.
    resize(std::min(available.width(), available.width() >= 1700 ? 1800 : 1366), std::min(available.height(), available.height() >= 950 ? 1050 : 740));
    restoreSettings();
    applyTheme();

    connect(m_loader, &StoryLoader::loaded, this, &MainWindow::showLoad);
    connect(m_loader, &StoryLoader::articlesRead, this, [this](const StoryLoad &load) {
        // Show the text at once; people, quotes and events follow when extraction is done.
        setStory(load.story);
        statusBar()->showMessage(tr("Finding people, quotes and events\u2026"));
    });
    connect(m_loader, &StoryLoader::progressChanged, this, [this](int done, int total) {
        m_progress->setVisible(total >= progressThreshold);
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_selection, &StorySelection::currentChanged, this, &MainWindow::updateSelectionActions);
    connect(m_selection, &StorySelection::historyChanged, this, [this] {
        m_backAction->setEnabled(m_selection->canGoBack());
        m_forwardAction->setEnabled(m_selection->canGoForward());
    });
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_themeChoice == ThemeChoice::System) {
            applyTheme();
        }
    });
    qApp->installEventFilter(this);
    updateCounts();
    updateSelectionActions();
}

MainWindow::~MainWindow()
{
    // The worker must not outlive the window it reports to.
    m_loader->wait();
}

void MainWindow::createPanels()
{
    m_source = new SourceView(m_selection, this);
    m_quotes = new QuotePanel(m_quoteModel, m_selection, this);
    m_chronology = new StoryListView(m_eventModel, m_selection, this);
    m_chronology->setAccessibleName(tr("Chronology"));
    m_chronology->header()->setSectionResizeMode(EventModel::EventColumn, QHeaderView::Stretch);
    m_chronology->header()->resizeSection(EventModel::DateColumn, 150);
    m_chronology->header()->resizeSection(EventModel::ParticipantsColumn, 240);
    m_chronology->header()->resizeSection(EventModel::QuotesColumn, 60);
    m_people = new StoryListView(m_personModel, m_selection, this);
    m_people->setAccessibleName(tr("People"));
    m_people->header()->setSectionResizeMode(PersonModel::NameColumn, QHeaderView::Stretch);
    m_people->header()->setSectionResizeMode(PersonModel::RoleColumn, QHeaderView::Interactive);
    m_people->header()->resizeSection(PersonModel::RoleColumn, 120);
    m_people->header()->resizeSection(PersonModel::QuotesColumn, 55);
    m_people->header()->resizeSection(PersonModel::MentionsColumn, 70);
    m_articles = new StoryListView(m_articleModel, m_selection, this);
    m_articles->setAccessibleName(tr("Articles"));
    m_articles->header()->setSectionResizeMode(ArticleModel::TitleColumn, QHeaderView::Stretch);
    m_articles->header()->setSectionResizeMode(ArticleModel::OutletColumn, QHeaderView::Interactive);
    m_articles->header()->resizeSection(ArticleModel::OutletColumn, 90);
    m_articles->header()->resizeSection(ArticleModel::PublishedColumn, 120);
    m_articles->header()->resizeSection(ArticleModel::QuotesColumn, 55);
    m_inspector = new Inspector(m_selection, this);
    m_search = new SearchPanel(m_searchModel, this);

    m_timeline = new TimelineView(m_selection, this);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timelineTabs = new QTabWidget(this);
    m_timelineTabs->setDocumentMode(true);
    m_timelineTabs->setTabPosition(QTabWidget::South);
    m_timelineTabs->addTab(m_timeline, tr("Timeline"));
    m_timelineTabs->addTab(m_chronology, tr("List"));

    m_timelineDock = makeDock(this, tr("Timeline"), u"timeline"_s, m_timelineTabs);
    m_sourceDock = makeDock(this, tr("Source Text"), u"source"_s, m_source);
    m_quotesDock = makeDock(this, tr("Quotes"), u"quotes"_s, m_quotes);
    m_peopleDock = makeDock(this, tr("People"), u"people"_s, m_people);
    m_articlesDock = makeDock(this, tr("Articles"), u"articles"_s, m_articles);
    m_inspectorDock = makeDock(this, tr("Inspector"), u"inspector"_s, m_inspector);
    m_searchDock = makeDock(this, tr("Search"), u"search"_s, m_search);

    // Every panel is a dock; the central area stays empty so that any panel can take its place.
    auto *centre = new QWidget(this);
    centre->setMaximumSize(0, 0);
    setCentralWidget(centre);
    centre->hide();

    connect(m_quotes->link(), &StoryViewLink::sourceRequested, this, &MainWindow::showSource);
    connect(m_chronology->link(), &StoryViewLink::sourceRequested, this, &MainWindow::showSource);
    connect(m_timeline, &TimelineView::sourceRequested, this, &MainWindow::showSource);
    connect(m_people->link(), &StoryViewLink::sourceRequested, this, &MainWindow::showSource);
    // The articles list shows the article on screen; picking one switches the text and keeps
    // the selection when it has a span there, like the source view's tabs.
    m_articles->link()->unfollowSelection();
    m_articles->link()->setPicker([this](const QString &id) { m_source->openArticle(id); });
    connect(m_source, &SourceView::articleChanged, m_articles->link(), &StoryViewLink::show);
    connect(m_search, &SearchPanel::spanRequested, this, [this](const SourceSpan &span) {
        m_sourceDock->show();
        m_source->showSpan(span);
    });
    connect(m_inspector, &Inspector::spanRequested, this, [this](const SourceSpan &span) {
        m_sourceDock->show();
        m_sourceDock->raise();
        m_source->showSpan(span);
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Articles or Folder\u2026"), this, &MainWindow::openFilesDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *openFolder = file->addAction(QIcon::fromTheme(u"folder-open"_s), tr("Open &Folder\u2026"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addArticlesAction = file->addAction(QIcon::fromTheme(u"list-add"_s), tr("&Add Articles to Story\u2026"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Articles"), {}, articleFileFilter());
        addPaths(files);
    });
    m_addArticlesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_recentMenu = file->addMenu(QIcon::fromTheme(u"document-open-recent"_s), tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_saveCaseAction = file->addAction(QIcon::fromTheme(u"document-save-as"_s), tr("&Save as Case\u2026"), this, &MainWindow::saveCaseDialog);
    m_saveCaseAction->setShortcut(QKeySequence::Save);
    file->addSeparator();
    m_exportAction = file->addAction(QIcon::fromTheme(u"document-export"_s), tr("&Export Timeline\u2026"), this, [this] {
        if (m_story) {
            ExportDialog::exportTimeline(this, m_story, m_scheme);
        }
    });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportQuotesAction = file->addAction(QIcon::fromTheme(u"document-export"_s), tr("Export &Quotes\u2026"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Quotes"), {}, tr("Spreadsheet (*.csv);;JSON (*.json)"));
        if (path.isEmpty()) {
            return;
        }
        if (const QString error = exportQuotesTo(path); !error.isEmpty()) {
            QMessageBox::warning(this, tr("Export Quotes"), tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
        }
    });
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *paste = edit->addAction(QIcon::fromTheme(u"edit-paste"_s), tr("&Paste Article"), this, [this] {
        if (const QMimeData *contents = QGuiApplication::clipboard()->mimeData()) {
            pasteArticle(*contents);
        }
    });
    paste->setShortcut(QKeySequence::Paste);
    paste->setStatusTip(tr("Add the article you copied in a browser or a document to the story"));
    edit->addSeparator();
    QAction *find = edit->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find\u2026"), this, [this] {
        m_sourceDock->show();
        m_sourceDock->raise();
        m_source->find();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = edit->addAction(tr("Find &Next"), m_source, &SourceView::findNext);
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"), m_source, &SourceView::findPrevious);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    QAction *searchAll = edit->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Search All Articles\u2026"), this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->focusQuery();
    });
    searchAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *filterQuotes = edit->addAction(tr("Filter &Quotes\u2026"), this, [this] {
        m_quotesDock->show();
        m_quotesDock->raise();
        m_quotes->filterText()->setFocus(Qt::ShortcutFocusReason);
        m_quotes->filterText()->selectAll();
    });
    filterQuotes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)); // as spreadsheets filter
    edit->addSeparator();
    m_copyQuoteAction = edit->addAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy Quote with Citation"), this, &MainWindow::copyQuoteWithCitation);
    m_copyQuoteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyTimelineAction = edit->addAction(QIcon::fromTheme(u"image-x-generic"_s), tr("Copy &Timeline Image"), this, [this] {
        if (m_story) {
            copyTimelineImage(*m_story, m_scheme);
            statusBar()->showMessage(tr("Copied the timeline as an image"), 5000);
        }
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // Zooming is about the timeline: bring it to the front so the change is seen.
    const auto onTimeline = [this](void (TimelineView::*zoom)()) {
        return [this, zoom] {
            m_timelineDock->show();
            m_timelineTabs->setCurrentWidget(m_timeline);
            (m_timeline->*zoom)();
        };
    };
    m_zoomInAction = view->addAction(QIcon::fromTheme(u"zoom-in"_s), tr("Zoom &In"), this, onTimeline(&TimelineView::zoomIn));
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction = view->addAction(QIcon::fromTheme(u"zoom-out"_s), tr("Zoom &Out"), this, onTimeline(&TimelineView::zoomOut));
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_fitAction = view->addAction(QIcon::fromTheme(u"zoom-fit-best"_s), tr("&Fit Timeline"), this, onTimeline(&TimelineView::fitAll));
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<ThemeChoice, QString> themes[]
        = {{ThemeChoice::System, tr("Follow &System")}, {ThemeChoice::Light, tr("&Light")}, {ThemeChoice::Dark, tr("&Dark")}};
    for (const auto &[choice, label] : themes) {
        QAction *action = theme->addAction(label, this, [this, choice] { setThemeChoice(choice); });
        action->setCheckable(true);
        action->setData(int(choice));
        m_themeGroup->addAction(action);
    }
    QMenu *lanes = view->addMenu(tr("&Lanes"));
    m_laneGroup = new QActionGroup(this);
    const std::pair<TimelineView::LaneMode, QString> laneModes[] = {{TimelineView::LaneMode::ByPerson, tr("By &Person")},
        {TimelineView::LaneMode::ByArticle, tr("By &Article")}, {TimelineView::LaneMode::None, tr("&None")}};
    for (const auto &[mode, label] : laneModes) {
        QAction *action = lanes->addAction(label, this, [this, mode] {
            m_timeline->setLaneMode(mode);
            QSettings().setValue(u"MainWindow/lanes"_s, int(mode));
        });
        action->setCheckable(true);
        action->setData(int(mode));
        m_laneGroup->addAction(action);
    }
    m_happenedOnlyAction = view->addAction(tr("Only Events That &Happened"), this, [this](bool checked) {
        m_timeline->setHappenedOnly(checked);
        QSettings().setValue(u"MainWindow/happenedOnly"_s, checked);
    });
    m_happenedOnlyAction->setCheckable(true);
    m_happenedOnlyAction->setToolTip(tr("Leave planned, expected and called-off events out of the timeline"));
    view->addSeparator();
    m_panelsMenu = view->addMenu(tr("&Panels"));
    for (QDockWidget *dock : {m_timelineDock, m_sourceDock, m_quotesDock, m_peopleDock, m_articlesDock, m_inspectorDock}) {
        m_panelsMenu->addAction(dock->toggleViewAction());
    }
    m_panelsMenu->addAction(tr("&Reset Layout"), this, [this] {
        const QScreen *screen = this->screen();
        arrangePanels(screen ? screen->availableGeometry().size() : size());
    });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_backAction = go->addAction(QIcon::fromTheme(u"go-previous"_s), tr("&Back"), m_selection, &StorySelection::goBack);
    m_backAction->setShortcut(QKeySequence::Back);
    m_forwardAction = go->addAction(QIcon::fromTheme(u"go-next"_s), tr("&Forward"), m_selection, &StorySelection::goForward);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    m_backAction->setEnabled(false);
    m_forwardAction->setEnabled(false);
    go->addSeparator();
    QAction *nextEvent = go->addAction(QIcon::fromTheme(u"go-down"_s), tr("&Next Event"), this, [this] { stepEvent(1); });
    nextEvent->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    QAction *previousEvent = go->addAction(QIcon::fromTheme(u"go-up"_s), tr("&Previous Event"), this, [this] { stepEvent(-1); });
    previousEvent->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    QAction *nextQuote = go->addAction(tr("Next &Quote"), this, [this] { stepQuote(1); });
    nextQuote->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    QAction *previousQuote = go->addAction(tr("Previous Q&uote"), this, [this] { stepQuote(-1); });
    previousQuote->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(QIcon::fromTheme(u"configure-shortcuts"_s), tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    shortcuts->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Sourceline"), this, [this] {
        QMessageBox::about(this, tr("About Sourceline"),
            tr("<h3>Sourceline %1</h3><p>A timeline and quote viewer for news stories: who said what, when, and where "
               "each claim comes from in the articles.</p><p>Licensed under the MIT licence.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    toolbar->addAction(open);
    toolbar->addSeparator();
    toolbar->addAction(m_backAction);
    toolbar->addAction(m_forwardAction);
    toolbar->addSeparator();
    toolbar->addAction(m_zoomInAction);
    toolbar->addAction(m_zoomOutAction);
    toolbar->addAction(m_fitAction);
    toolbar->addSeparator();
    toolbar->addAction(m_copyQuoteAction);
    toolbar->addAction(find);
    m_panelsMenu->addSeparator();
    m_panelsMenu->addAction(toolbar->toggleViewAction());

    m_counts = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Reading %v of %m articles"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_counts);
}

void MainWindow::arrangePanels(const QSize &screen)
{
    // The timeline reads best wide, across the whole window, above text and lists.
    setCorner(Qt::TopLeftCorner, Qt::TopDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::TopDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    const QList<QDockWidget *> docks{m_timelineDock, m_sourceDock, m_quotesDock, m_peopleDock, m_articlesDock, m_inspectorDock, m_searchDock};
    for (QDockWidget *dock : docks) {
        removeDockWidget(dock);
        dock->setFloating(false);
    }
    m_large = screen.width() >= 1700 && screen.height() >= 950;
    addDockWidget(Qt::TopDockWidgetArea, m_timelineDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_sourceDock);
    addDockWidget(Qt::RightDockWidgetArea, m_quotesDock);
    if (m_large) {
        // Room for everything side by side: articles over people | text | quotes over inspector.
        addDockWidget(Qt::LeftDockWidgetArea, m_articlesDock);
        splitDockWidget(m_articlesDock, m_sourceDock, Qt::Horizontal);
        splitDockWidget(m_articlesDock, m_peopleDock, Qt::Vertical);
        splitDockWidget(m_quotesDock, m_inspectorDock, Qt::Vertical);
        tabifyDockWidget(m_peopleDock, m_searchDock);
        m_peopleDock->raise();
    } else {
        // A laptop: text on the left; quotes, people and articles as tabs above the inspector.
        addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
        splitDockWidget(m_quotesDock, m_inspectorDock, Qt::Vertical);
        tabifyDockWidget(m_quotesDock, m_peopleDock);
        tabifyDockWidget(m_peopleDock, m_articlesDock);
        tabifyDockWidget(m_articlesDock, m_searchDock);
        m_quotesDock->raise();
    }
    for (QDockWidget *dock : docks) {
        dock->show();
    }
    m_sizePanelsOnShow = true;
    if (isVisible()) {
        sizePanels();
    }
}

void MainWindow::sizePanels()
{
    // Proportions of the window as it is shown, so they hold for any window size.
    m_sizePanelsOnShow = false;
    const int w = width();
    const int h = height();
    // The timeline is the story at a glance: give it the most height the lists can spare.
    const int timeline = h * (m_large ? 40 : 46) / 100;
    const int below = std::max(200, h - timeline - 90);
    resizeDocks({m_timelineDock}, {timeline}, Qt::Vertical);
    if (m_large) {
        resizeDocks({m_articlesDock, m_sourceDock, m_quotesDock}, {w * 18 / 100, w * 40 / 100, w * 42 / 100}, Qt::Horizontal);
        resizeDocks({m_articlesDock, m_peopleDock}, {below * 40 / 100, below * 60 / 100}, Qt::Vertical);
        resizeDocks({m_quotesDock, m_inspectorDock}, {below * 55 / 100, below * 45 / 100}, Qt::Vertical);
    } else {
        resizeDocks({m_sourceDock, m_quotesDock}, {w * 45 / 100, w * 55 / 100}, Qt::Horizontal);
        resizeDocks({m_quotesDock, m_inspectorDock}, {below * 55 / 100, below * 45 / 100}, Qt::Vertical);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_sizePanelsOnShow) {
        sizePanels();
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    const QByteArray geometry = settings.value(u"geometry"_s).toByteArray();
    if (!geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
    const QByteArray state = settings.value(u"state"_s).toByteArray();
    if (!state.isEmpty() && restoreState(state)) {
        m_sizePanelsOnShow = false;
    }
    const int lanes = settings.value(u"lanes"_s, int(TimelineView::LaneMode::ByPerson)).toInt();
    for (QAction *action : m_laneGroup->actions()) {
        if (action->data().toInt() == lanes) {
            action->setChecked(true);
            m_timeline->setLaneMode(TimelineView::LaneMode(lanes));
        }
    }
    m_happenedOnlyAction->setChecked(settings.value(u"happenedOnly"_s, false).toBool());
    m_timeline->setHappenedOnly(m_happenedOnlyAction->isChecked());
    const QString theme = settings.value(u"theme"_s, u"system"_s).toString();
    m_themeChoice = theme == u"light"_s ? ThemeChoice::Light : theme == u"dark"_s ? ThemeChoice::Dark : ThemeChoice::System;
    for (QAction *action : m_themeGroup->actions()) {
        action->setChecked(action->data().toInt() == int(m_themeChoice));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::setThemeChoice(ThemeChoice choice)
{
    m_themeChoice = choice;
    for (QAction *action : m_themeGroup->actions()) {
        action->setChecked(action->data().toInt() == int(choice));
    }
    QSettings settings;
    settings.setValue(u"MainWindow/theme"_s, choice == ThemeChoice::Light ? u"light"_s : choice == ThemeChoice::Dark ? u"dark"_s : u"system"_s);
    applyTheme();
}

void MainWindow::applyTheme()
{
    switch (m_themeChoice) {
    case ThemeChoice::Light:
        m_scheme = ColorScheme::Light;
        break;
    case ThemeChoice::Dark:
        m_scheme = ColorScheme::Dark;
        break;
    case ThemeChoice::System:
        m_scheme = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark ? ColorScheme::Dark : ColorScheme::Light;
        break;
    }
    setPalette(storyPalette(m_scheme, QApplication::palette()));
    m_source->setColorScheme(m_scheme);
    m_inspector->setColorScheme(m_scheme);
    m_timeline->setColorScheme(m_scheme);
}

void MainWindow::openPaths(const QStringList &paths, const QDate &referenceDate)
{
    if (paths.isEmpty()) {
        return;
    }
    m_referenceDate = referenceDate;
    statusBar()->showMessage(tr("Reading %n file(s)\u2026", nullptr, int(paths.size())));
    m_loader->load(paths, referenceDate);
}

void MainWindow::addPaths(const QStringList &paths)
{
    // The story is read again with the new files, so people and events merge across all of them.
    QStringList all = m_storyPaths;
    for (const QString &path : paths) {
        if (!all.contains(path)) {
            all.append(path);
        }
    }
    if (all.size() > m_storyPaths.size()) {
        openPaths(all, m_referenceDate);
    }
}

QString MainWindow::articleFileFilter()
{
    return tr("News articles and cases (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.eml *.pdf *.docx *.odt *.rtf *.rss *.atom *.xml *.json *.jsonl "
              "*.sourceline);;All files (*)");
}

void MainWindow::pasteArticle(const QMimeData &contents)
{
    const PastedArticle article = pastedArticle(contents);
    if (article.data.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to add: the clipboard holds %1").arg(article.problem), 10000);
        return;
    }
    addPastedArticle(article);
}

void MainWindow::addPastedArticle(const PastedArticle &article)
{
    // Kept as a file so that the story can be read again, reopened from Recent and saved as a case.
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/pasted"_s);
    const QString path = folder.filePath(pastedFileName(article, QDateTime::currentDateTime()));
    QSaveFile file(path);
    if (!folder.mkpath(u"."_s) || !file.open(QIODevice::WriteOnly) || file.write(article.data) != article.data.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Paste Article"),
            tr("Could not keep the pasted article in %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString().isEmpty() ? tr("the folder cannot be made") : file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Reading the pasted article “%1”…").arg(article.headline), 5000);
    // The bundled sample story is read from resources; a pasted article does not join it.
    const bool sampleShown = std::all_of(m_storyPaths.cbegin(), m_storyPaths.cend(), [](const QString &path) { return path.startsWith(u":/"_s); });
    if (sampleShown) {
        openPaths({path}, m_referenceDate);
    } else {
        addPaths({path});
    }
}

void MainWindow::showLoad(const StoryLoad &load)
{
    m_progress->hide();
    statusBar()->clearMessage();
    if (load.story) {
        setStory(load.story);
        m_storyPaths = load.paths;
        rememberRecent(load.paths);
    }
    showProblems(load);
}

void MainWindow::showProblems(const StoryLoad &load)
{
    if (load.problems.isEmpty() && load.story) {
        return;
    }
    QString details;
    for (const ReadProblem &problem : load.problems) {
        details += problem.path + u": "_s + problem.reason + u'\n';
    }
    auto *box = new QMessageBox(this);
    box->setObjectName(u"readProblems"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(load.story ? QMessageBox::Warning : QMessageBox::Critical);
    box->setWindowTitle(tr("Some Files Could Not Be Read"));
    if (!load.story) {
        box->setText(m_story ? tr("None of the files could be read. The story shown before stays open.") : tr("None of the files could be read."));
    } else {
        box->setText(tr("%n file(s) could not be read; the story shows the others.", nullptr, int(load.problems.size())));
    }
    box->setInformativeText(details.isEmpty() ? tr("No articles were found.") : details.trimmed());
    box->setStandardButtons(QMessageBox::Close);
    box->open();
    statusBar()->showMessage(tr("%n file(s) could not be read", nullptr, int(load.problems.size())), 10000);
}

void MainWindow::setStory(std::shared_ptr<const StoryGraph> story)
{
    m_story = std::move(story);
    m_index = std::make_shared<const StoryIndex>(m_story);
    m_selection->reset();
    m_eventModel->setStory(m_story);
    m_quoteModel->setStory(m_story);
    m_personModel->setStory(m_story);
    m_articleModel->setStory(m_story);
    m_source->setStory(m_story, m_index);
    m_inspector->setStory(m_story);
    m_searchModel->setStory(m_story);
    m_timeline->setStory(m_story);
    if (m_story && !m_story->articles.isEmpty()) {
        const Article &first = m_story->articles.first();
        setWindowTitle(m_story->articles.size() == 1 ? first.title : tr("%1 and %n more", nullptr, int(m_story->articles.size()) - 1).arg(first.title));
    }
    updateCounts();
    updateSelectionActions();
}

void MainWindow::saveCaseDialog()
{
    if (!m_story) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save as Case"), {}, tr("Sourceline case (*.sourceline)"));
    if (path.isEmpty()) {
        return;
    }
    if (!isCasePath(path)) {
        path += u".sourceline"_s;
    }
    if (const QString error = saveCaseTo(path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Save as Case"), tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    rememberRecent({path});
    statusBar()->showMessage(tr("Saved %n article(s) to %1", nullptr, int(m_story->articles.size())).arg(QDir::toNativeSeparators(path)), 5000);
}

QString MainWindow::saveCaseTo(const QString &path) const
{
    return m_story ? saveCaseAs(m_story->articles, path) : tr("no story is open");
}

QString MainWindow::exportQuotesTo(const QString &path) const
{
    return m_story ? exportQuotes(*m_story, path) : tr("no story is open");
}

void MainWindow::updateCounts()
{
    const bool hasStory = m_story && !m_story->articles.isEmpty();
    for (QAction *action :
        {m_addArticlesAction, m_saveCaseAction, m_exportAction, m_exportQuotesAction, m_copyTimelineAction, m_zoomInAction, m_zoomOutAction, m_fitAction}) {
        action->setEnabled(hasStory);
    }
    if (!m_story) {
        m_counts->setText(tr("No story loaded"));
        return;
    }
    m_counts->setText(tr("%1 articles \u00B7 %2 people \u00B7 %3 events \u00B7 %4 quotes")
            .arg(m_story->articles.size())
            .arg(m_story->people.size())
            .arg(m_story->events.size())
            .arg(m_story->quotes.size()));
}

void MainWindow::updateSelectionActions()
{
    m_copyQuoteAction->setEnabled(m_story && m_story->quote(m_selection->current()));
}

void MainWindow::copyQuoteWithCitation()
{
    if (!m_story) {
        return;
    }
    if (const Quote *quote = m_story->quote(m_selection->current())) {
        const QString citation = quoteCitation(*m_story, *quote);
        QGuiApplication::clipboard()->setText(citation);
        statusBar()->showMessage(tr("Copied: %1").arg(citation), 5000);
    }
}

void MainWindow::stepEvent(int step)
{
    const int count = m_eventModel->rowCount();
    if (count == 0) {
        return;
    }
    const int row = m_eventModel->rowOf(m_selection->current());
    const int next = row < 0 ? (step > 0 ? 0 : count - 1) : std::clamp(row + step, 0, count - 1);
    m_selection->select(m_eventModel->idAt(next));
}

void MainWindow::stepQuote(int step)
{
    // In the order the quotes table shows them, filter and sorting included.
    QuoteFilterModel *quotes = m_quotes->filter();
    const int count = quotes->rowCount();
    if (count == 0) {
        return;
    }
    int row = -1;
    const int sourceRow = m_quoteModel->rowOf(m_selection->current());
    if (sourceRow >= 0) {
        row = quotes->mapFromSource(m_quoteModel->index(sourceRow, 0)).row();
    }
    const int next = row < 0 ? (step > 0 ? 0 : count - 1) : std::clamp(row + step, 0, count - 1);
    m_selection->select(quotes->index(next, 0).data(StoryTableModel::IdRole).toString());
}

void MainWindow::showSource(const QString &id)
{
    if (!m_index) {
        return;
    }
    const SourceSpan span = m_index->firstSpan(id, m_source->currentArticle());
    if (!span.isValid()) {
        return;
    }
    m_sourceDock->show();
    m_sourceDock->raise();
    m_source->showSpan(span);
}

void MainWindow::rememberRecent(const QStringList &paths)
{
    QSettings settings;
    QStringList recent = settings.value(u"recentPaths"_s).toStringList();
    for (const QString &path : paths) {
        // The bundled sample lives in the resources; it is always one click away anyway.
        if (path.startsWith(u':')) {
            continue;
        }
        const QString absolute = QFileInfo(path).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    settings.setValue(u"recentPaths"_s, recent.mid(0, maximumRecent));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"recentPaths"_s).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openPaths({path}, m_referenceDate); });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [] { QSettings().remove(u"recentPaths"_s); });
}

void MainWindow::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Articles"), {}, articleFileFilter());
    openPaths(files, m_referenceDate);
}

void MainWindow::openFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Articles"));
    if (!folder.isEmpty()) {
        openPaths({folder}, m_referenceDate);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Web links are taken too, to say how to bring their pages in; dragged text is an article.
    if (event->mimeData()->hasUrls() || event->mimeData()->hasHtml() || event->mimeData()->hasText()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    bool webLinks = false;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
        webLinks = webLinks || url.scheme().startsWith(u"http"_s);
    }
    event->acceptProposedAction();
    if (!paths.isEmpty()) {
        openPaths(paths, m_referenceDate);
    } else if (const PastedArticle dragged = pastedArticle(*event->mimeData()); !dragged.data.isEmpty()) {
        addPastedArticle(dragged);
    } else if (webLinks) {
        // Sourceline never goes online: the page the reader saw is the source it cites.
        statusBar()->showMessage(tr("Sourceline reads saved pages: save the page in your browser (%1), then drop the file here")
                                     .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)),
            15000);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The mouse's back and forward buttons work anywhere in the window, as in a browser.
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this && (mouse->button() == Qt::BackButton || mouse->button() == Qt::ForwardButton)) {
            if (mouse->button() == Qt::BackButton) {
                m_selection->goBack();
            } else {
                m_selection->goForward();
            }
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace Sourceline
