// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "../models/teststory.h"
#include "exportdialog.h"
#include "inspector.h"
#include "mainwindow.h"
#include "quotefiltermodel.h"
#include "quotepanel.h"
#include "searchpanel.h"
#include "sourceview.h"
#include "storylistview.h"
#include "storyloader.h"
#include "storyselection.h"
#include "storytablemodel.h"
#include "timelineview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QHash>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace Sourceline;

namespace {
const QString sampleFolder = u":/sourceline/samples"_s;

QString screenshotPath(const QString &name)
{
    const QString folder = QStringLiteral(SOURCELINE_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(folder);
    return folder + u'/' + name;
}

QAction *actionNamed(const QWidget &window, const QString &text)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == text) {
            return action;
        }
    }
    return nullptr;
}

/// Picks a row of a view the way a user does, through its selection model.
void pickRow(QAbstractItemView *view, const QString &id)
{
    const QModelIndexList found = view->model()->match(view->model()->index(0, 0), StoryTableModel::IdRole, id, 1, Qt::MatchExactly);
    QVERIFY(!found.isEmpty());
    view->selectionModel()->setCurrentIndex(found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString currentId(const QAbstractItemView *view)
{
    return view->selectionModel()->currentIndex().data(StoryTableModel::IdRole).toString();
}

bool loadAndWait(MainWindow &window, const QStringList &paths)
{
    QSignalSpy loaded(window.loader(), &StoryLoader::loaded);
    window.openPaths(paths);
    return loaded.wait(20000);
}
} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(u"SourcelineTest"_s);
        QCoreApplication::setApplicationName(u"mainwindow_test"_s);
    }

    void init() { QSettings().clear(); }

    void opensTheBundledSampleEndToEnd()
    {
        const QStringList samples = QDir(sampleFolder).entryList(QDir::Files);
        QVERIFY2(!samples.isEmpty(), "the sample story is compiled in");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The folder, as `sourceline` with no arguments opens it.
        QVERIFY(loadAndWait(window, {sampleFolder}));
        QVERIFY(window.story());
        QCOMPARE(window.story()->articles.size(), samples.size());
        const Article &first = window.story()->articles.first();
        QCOMPARE(window.sourceView()->currentArticle(), first.id);
        // The view shows exactly the body: offsets into the body are document positions.
        QCOMPARE(window.sourceView()->textEdit()->document()->toPlainText(), QString(first.body).replace(QChar::Nbsp, u' '));
        QCOMPARE(window.sourceView()->textEdit()->document()->characterCount() - 1, first.body.size());
        QVERIFY(window.windowTitle().contains(first.title));
        QVERIFY(window.findChild<QMessageBox *>(u"readProblems"_s) == nullptr);
        QVERIFY(window.grab().save(screenshotPath(u"mainwindow-sample.png"_s)));
    }

    void selectingAQuoteInTheTableSelectsExactlyItsSpan()
    {
        MainWindow window;
        const auto story = TestStory::make();
        window.setStory(story);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.quotePanel()->view();
        pickRow(table, u"q4"_s);
        QCOMPARE(window.selection()->current(), u"q4"_s);
        // q4 is in the second article: the source view switches to it.
        QCOMPARE(window.sourceView()->currentArticle(), u"a2"_s);
        const SourceSpan span = story->quote(u"q4"_s)->span;
        QCOMPARE(window.sourceView()->highlightedRanges(), QList<TextRange>{span.range()});
        const QList<QTextEdit::ExtraSelection> drawn = window.sourceView()->textEdit()->extraSelections();
        QCOMPARE(drawn.size(), 1);
        QCOMPARE(drawn.first().cursor.selectionStart(), span.start);
        QCOMPARE(drawn.first().cursor.selectionEnd(), span.end);
        QCOMPARE(drawn.first().cursor.selectedText(), story->quote(u"q4"_s)->text);
    }

    void clickingAQuoteInTheTextSelectsItsRow()
    {
        MainWindow window;
        const auto story = TestStory::make();
        window.setStory(story);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTextEdit *text = window.sourceView()->textEdit();
        const SourceSpan span = story->quote(u"q2"_s)->span;
        QTextCursor cursor(text->document());
        cursor.setPosition(span.start + 4);
        text->setTextCursor(cursor);
        text->ensureCursorVisible();
        const QRect at = text->cursorRect(cursor);
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, at.center() + QPoint(3, 0));
        QCOMPARE(window.selection()->current(), u"q2"_s);
        QCOMPARE(currentId(window.quotePanel()->view()), u"q2"_s);
        QCOMPARE(window.sourceView()->highlightedRanges(), QList<TextRange>{span.range()});

        // A click on plain words selects nothing new.
        cursor.setPosition(int(story->articles.first().body.indexOf(u"routine"_s)) + 2);
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->cursorRect(cursor).center());
        QCOMPARE(window.selection()->current(), u"q2"_s);
    }

    void selectingAnEventInTheChronologyShowsItsFirstSource()
    {
        MainWindow window;
        const auto story = TestStory::make();
        window.setStory(story);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        StoryListView *list = window.chronologyList();
        // Rank order, whatever the order of the graph.
        QCOMPARE(list->model()->index(1, 0).data(StoryTableModel::IdRole).toString(), u"e3"_s);
        pickRow(list, u"e3"_s);
        QCOMPARE(window.selection()->current(), u"e3"_s);
        QCOMPARE(window.sourceView()->currentArticle(), u"a2"_s);
        QCOMPARE(window.sourceView()->highlightedRanges().first(), story->event(u"e3"_s)->sources.first().range());

        pickRow(list, u"e1"_s);
        // e1 has a source in the article on screen: the view stays and marks it there.
        QCOMPARE(window.sourceView()->currentArticle(), u"a2"_s);
        QCOMPARE(window.sourceView()->highlightedRanges(), QList<TextRange>{story->event(u"e1"_s)->sources.at(1).range()});
    }

    void backAndForwardRestoreEveryView()
    {
        MainWindow window;
        const auto story = TestStory::make();
        window.setStory(story);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        pickRow(window.quotePanel()->view(), u"q1"_s);
        pickRow(window.peopleList(), u"p2"_s);
        pickRow(window.chronologyList(), u"e2"_s);
        QCOMPARE(window.selection()->current(), u"e2"_s);
        QVERIFY(!window.peopleList()->selectionModel()->currentIndex().isValid());

        QAction *back = actionNamed(window, u"Back"_s);
        QAction *forward = actionNamed(window, u"Forward"_s);
        QVERIFY(back && forward);
        QCOMPARE(back->shortcut(), QKeySequence(QKeySequence::Back));
        QVERIFY(back->isEnabled());
        QVERIFY(!forward->isEnabled());

        back->trigger();
        QCOMPARE(window.selection()->current(), u"p2"_s);
        QCOMPARE(currentId(window.peopleList()), u"p2"_s);
        QCOMPARE(window.quotePanel()->filter()->speaker(), u"p2"_s);
        QCOMPARE(window.sourceView()->highlightedRanges().size(), 1); // Ushakov's one mention in the article shown

        // The mouse's back button works anywhere in the window.
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt::BackButton, Qt::BackButton, {});
        QApplication::sendEvent(window.inspector()->viewport(), &press);
        QCOMPARE(window.selection()->current(), u"q1"_s);
        QCOMPARE(currentId(window.quotePanel()->view()), u"q1"_s);
        QCOMPARE(window.sourceView()->currentArticle(), u"a1"_s);
        QCOMPARE(window.sourceView()->highlightedRanges(), QList<TextRange>{story->quote(u"q1"_s)->span.range()});
        QVERIFY(!back->isEnabled());

        forward->trigger();
        forward->trigger();
        QCOMPARE(window.selection()->current(), u"e2"_s);
        QCOMPARE(currentId(window.chronologyList()), u"e2"_s);
        QVERIFY(!forward->isEnabled());
    }

    void switchingArticleKeepsASelectionThatHasASpanThere()
    {
        MainWindow window;
        const auto story = TestStory::make();
        window.setStory(story);
        window.selection()->select(u"e1"_s);
        QCOMPARE(window.sourceView()->currentArticle(), u"a1"_s);
        window.sourceView()->openArticle(u"a2"_s);
        QCOMPARE(window.selection()->current(), u"e1"_s);
        QCOMPARE(window.sourceView()->highlightedRanges(), QList<TextRange>{story->event(u"e1"_s)->sources.at(1).range()});

        window.selection()->select(u"q4"_s); // only in a2
        window.sourceView()->openArticle(u"a1"_s);
        QCOMPARE(window.sourceView()->currentArticle(), u"a1"_s);
        QCOMPARE(window.selection()->current(), u"a1"_s);
        QVERIFY(window.sourceView()->highlightedRanges().isEmpty());
    }

    void enterInTheQuotesTableJumpsToTheSource()
    {
        MainWindow window;
        const auto story = TestStory::make();
        window.setStory(story);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.quotePanel()->view();
        pickRow(table, u"q4"_s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        const QTextCursor shown = window.sourceView()->textEdit()->textCursor();
        QCOMPARE(window.sourceView()->currentArticle(), u"a2"_s);
        QCOMPARE(shown.selectionStart(), story->quote(u"q4"_s)->span.start);
        QCOMPARE(shown.selectionEnd(), story->quote(u"q4"_s)->span.end);
        QVERIFY(window.sourceView()->textEdit()->hasFocus());
    }

    void findsWordsInTheArticle()
    {
        MainWindow window;
        window.setStory(TestStory::make());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *find = actionNamed(window, u"Find\u2026"_s);
        QVERIFY(find);
        QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
        find->trigger();
        auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(field);
        QTest::keyClicks(field, u"ushakov"_s);
        QTest::keyClick(field, Qt::Key_Return);
        const QString body = window.story()->articles.first().body;
        QTextCursor found = window.sourceView()->textEdit()->textCursor();
        QCOMPARE(found.selectionStart(), int(body.indexOf(u"Ushakov"_s)));
        QTest::keyClick(field, Qt::Key_Return);
        found = window.sourceView()->textEdit()->textCursor();
        QCOMPARE(found.selectionStart(), int(body.indexOf(u"Ushakov"_s, body.indexOf(u"Ushakov"_s) + 1)));
    }

    void hoveringAQuoteNamesItsSpeaker()
    {
        MainWindow window;
        const auto story = TestStory::make();
        window.setStory(story);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTextEdit *text = window.sourceView()->textEdit();
        QTextCursor cursor(text->document());
        cursor.setPosition(story->quote(u"q1"_s)->span.start + 5);
        const QPoint at = text->cursorRect(cursor).center() + QPoint(2, 0);
        QHelpEvent help(QEvent::ToolTip, at, text->viewport()->mapToGlobal(at));
        QApplication::sendEvent(text->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), u"direct quote by Steve Witkoff, US special envoy"_s);
        QToolTip::hideText();
    }

    void theArticlesListSwitchesTextAndKeepsTheSelection()
    {
        MainWindow window;
        const auto story = TestStory::make();
        window.setStory(story);
        window.selection()->select(u"e1"_s);
        StoryListView *articles = window.articleList();
        QCOMPARE(currentId(articles), u"a1"_s); // follows the article on screen
        pickRow(articles, u"a2"_s);
        QCOMPARE(window.sourceView()->currentArticle(), u"a2"_s);
        QCOMPARE(window.selection()->current(), u"e1"_s);
        window.selection()->select(u"q1"_s); // only in a1: the text and the list go back there
        QCOMPARE(window.sourceView()->currentArticle(), u"a1"_s);
        QCOMPARE(currentId(articles), u"a1"_s);
        pickRow(articles, u"a2"_s); // q1 has no span in a2: the article becomes the selection
        QCOMPARE(window.selection()->current(), u"a2"_s);
        QVERIFY(window.inspector()->toPlainText().contains(u"Second Wire"_s));
    }

    void manyFilesShowProgress()
    {
        QTemporaryDir folder;
        QStringList paths;
        for (int i = 0; i < 6; ++i) {
            QFile file(folder.filePath(u"article-%1.txt"_s.arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Headline number " + QByteArray::number(i) + "\nThe minister said on Monday that talks would go on.\n");
            paths.append(file.fileName());
        }
        MainWindow window;
        QSignalSpy progress(window.loader(), &StoryLoader::progressChanged);
        QSignalSpy articlesRead(window.loader(), &StoryLoader::articlesRead);
        QVERIFY(loadAndWait(window, paths));
        // The text came first, on its own, before the graph.
        QCOMPARE(articlesRead.count(), 1);
        QCOMPARE(articlesRead.first().first().value<StoryLoad>().story->articles.size(), 6);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 6);
        QCOMPARE(progress.last().at(1).toInt(), 6);
        QCOMPARE(window.story()->articles.size(), 6);
        QVERIFY(window.findChild<QMessageBox *>(u"readProblems"_s) == nullptr);
    }

    void selectingAPersonFiltersQuotesAndMarksMentions()
    {
        MainWindow window;
        const auto story = TestStory::make();
        window.setStory(story);
        pickRow(window.peopleList(), u"p1"_s);
        QCOMPARE(window.quotePanel()->filter()->rowCount(), 2);
        QCOMPARE(window.sourceView()->highlightedRanges().size(), 2); // two of Witkoff's three mentions are in a1
        QVERIFY(window.inspector()->toPlainText().contains(u"US special envoy"_s));
        // A planned event says so; a happening does not.
        window.selection()->select(u"e3"_s);
        QVERIFY(window.inspector()->toPlainText().contains(u"Planned: still to come"_s));
        window.selection()->select(u"e1"_s);
        QVERIFY(!window.inspector()->toPlainText().contains(u"Planned"_s));
        // Picking a quote the filter hides widens the filter again.
        window.selection()->select(u"q2"_s);
        QCOMPARE(window.quotePanel()->filter()->speaker(), QString());
        QCOMPARE(currentId(window.quotePanel()->view()), u"q2"_s);
    }

    void timelineFollowsTheWindow()
    {
        MainWindow window;
        const auto story = TestStory::make();
        QVERIFY(!actionNamed(window, u"Zoom In"_s)->isEnabled());
        window.setStory(story);
        QVERIFY(actionNamed(window, u"Zoom In"_s)->isEnabled());
        QVERIFY(actionNamed(window, u"Export Timeline\u2026"_s)->isEnabled());
        TimelineView *timeline = window.timelineView();
        actionNamed(window, u"By Article"_s)->trigger();
        QCOMPARE(timeline->laneMode(), TimelineView::LaneMode::ByArticle);
        QCOMPARE(QSettings().value(u"MainWindow/lanes"_s).toInt(), int(TimelineView::LaneMode::ByArticle));
        window.setThemeChoice(MainWindow::ThemeChoice::Dark);
        QCOMPARE(timeline->colorScheme(), ColorScheme::Dark);
        window.selection()->select(u"q4"_s);
        QCOMPARE(timeline->currentEvent(), u"e3"_s); // the event the quote was said in
        // The timeline's request for a source shows it in the text.
        Q_EMIT timeline->sourceRequested(u"e2"_s);
        QCOMPARE(window.sourceView()->currentArticle(), u"a2"_s);
        QCOMPARE(window.sourceView()->textEdit()->textCursor().selectionStart(), story->event(u"e2"_s)->sources.first().start);
    }

    void copiesAQuoteWithItsCitation()
    {
        MainWindow window;
        window.setStory(TestStory::make());
        QAction *copy = actionNamed(window, u"Copy Quote with Citation"_s);
        QVERIFY(copy);
        QVERIFY(!copy->isEnabled());
        window.selection()->select(u"q1"_s);
        QVERIFY(copy->isEnabled());
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
            u"\u201Cwe put a 20-point plan together\u201D \u2014 Steve Witkoff, Envoy coached Kremlin aide on peace plan (Example News), November 26, 2025"_s);
    }

    void exportsQuotesWithCitations()
    {
        MainWindow window;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"quotes.csv"_s);
        QVERIFY(!window.exportQuotesTo(path).isEmpty()); // nothing to export yet
        QVERIFY(!QFile::exists(path));
        window.setStory(TestStory::make());
        QVERIFY(actionNamed(window, u"Export Quotes\u2026"_s)->isEnabled());
        QCOMPARE(window.exportQuotesTo(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY2(csv.contains(u"we put a 20-point plan together"_s), qPrintable(csv.left(300)));
        QVERIFY(csv.contains(u"Steve Witkoff"_s));
    }

    void savesTheStoryAsACaseAndOpensItAgain()
    {
        MainWindow window;
        QTemporaryDir dir;
        const QString casePath = dir.filePath(u"story.sourceline"_s);
        QVERIFY(!window.saveCaseTo(casePath).isEmpty()); // nothing to save yet
        QVERIFY(!QFile::exists(casePath));
        QVERIFY(loadAndWait(window, {sampleFolder}));
        const auto original = window.story();
        QVERIFY(actionNamed(window, u"Save as Case\u2026"_s)->isEnabled());
        QCOMPARE(window.saveCaseTo(casePath), QString());
        // Saving again replaces the case rather than failing or doubling it.
        QCOMPARE(window.saveCaseTo(casePath), QString());

        MainWindow reopened;
        QVERIFY(loadAndWait(reopened, {casePath}));
        QVERIFY(reopened.story());
        QCOMPARE(reopened.story()->articles.size(), original->articles.size());
        for (qsizetype i = 0; i < original->articles.size(); ++i) {
            QCOMPARE(reopened.story()->articles[i].title, original->articles[i].title);
            QCOMPARE(reopened.story()->articles[i].body, original->articles[i].body);
        }
        QCOMPARE(reopened.story()->quotes.size(), original->quotes.size());
        QCOMPARE(reopened.story()->events.size(), original->events.size());
        QVERIFY(reopened.findChild<QMessageBox *>(u"readProblems"_s) == nullptr);
    }

    void searchesEveryArticleAndShowsTheHit()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(loadAndWait(window, {sampleFolder}));
        actionNamed(window, u"Search All Articles\u2026"_s)->trigger();
        SearchPanel *search = window.searchPanel();
        QVERIFY(search->isVisible());
        QVERIFY(search->queryEdit()->hasFocus());
        QTest::keyClicks(search->queryEdit(), u"Witkoff"_s);
        QTest::keyClick(search->queryEdit(), Qt::Key_Return);
        QAbstractItemModel *hits = search->view()->model();
        QVERIFY(hits->rowCount() >= 2);
        QVERIFY2(search->summary().contains(u"article"_s), qPrintable(search->summary()));
        // The last hit is in another article than the first: picking it switches the text.
        search->view()->setCurrentIndex(hits->index(hits->rowCount() - 1, 0));
        QTextEdit *text = window.sourceView()->textEdit();
        QCOMPARE(text->textCursor().selectedText().compare(u"Witkoff"_s, Qt::CaseInsensitive), 0);
        QVERIFY(window.grab().save(screenshotPath(u"mainwindow-search.png"_s)));
    }

    void addsArticlesToTheStory()
    {
        const QStringList samples = QDir(sampleFolder).entryList(QDir::Files);
        QVERIFY(samples.size() >= 2);
        MainWindow window;
        QVERIFY(!actionNamed(window, u"Add Articles to Story\u2026"_s)->isEnabled());
        QVERIFY(loadAndWait(window, {sampleFolder + u'/' + samples.first()}));
        QCOMPARE(window.story()->articles.size(), 1);
        QVERIFY(actionNamed(window, u"Add Articles to Story\u2026"_s)->isEnabled());
        QSignalSpy loaded(window.loader(), &StoryLoader::loaded);
        window.addPaths({sampleFolder + u'/' + samples.at(1)});
        QVERIFY(loaded.wait(20000));
        QCOMPARE(window.story()->articles.size(), 2);
        QCOMPARE(window.storyPaths().size(), 2);
        // A file already in the story is not read twice.
        window.addPaths({sampleFolder + u'/' + samples.at(1)});
        QVERIFY(!window.loader()->isLoading());
        QCOMPARE(window.story()->articles.size(), 2);
    }

    void aCaseAndLooseFilesOpenTogether()
    {
        QTemporaryDir dir;
        const QString casePath = dir.filePath(u"one.sourceline"_s);
        MainWindow window;
        const QStringList samples = QDir(sampleFolder).entryList(QDir::Files);
        QVERIFY(samples.size() >= 2);
        QVERIFY(loadAndWait(window, {sampleFolder + u'/' + samples.first()}));
        QCOMPARE(window.saveCaseTo(casePath), QString());
        const QStringList others = samples.mid(1);
        QStringList paths{casePath};
        for (const QString &name : others) {
            paths.append(sampleFolder + u'/' + name);
        }
        QVERIFY(loadAndWait(window, paths));
        QCOMPARE(window.story()->articles.size(), others.size() + 1);
        QStringList ids;
        for (const Article &article : window.story()->articles) {
            QVERIFY2(!ids.contains(article.id), qPrintable(article.id));
            ids.append(article.id);
        }
    }

    void aFailedCaseSaveLeavesNothingBehind_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("folder missing") << u"no-such-folder/story.sourceline"_s;
        QTest::newRow("target is a folder") << u"folder.sourceline"_s;
    }

    void aFailedCaseSaveLeavesNothingBehind()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"folder.sourceline"_s));
        MainWindow window;
        window.setStory(TestStory::make());
        const QString path = dir.filePath(name);
        const QString error = window.saveCaseTo(path);
        QVERIFY2(!error.isEmpty(), qPrintable(path));
        QVERIFY(!QFile::exists(path) || QFileInfo(path).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList()); // no half-written draft left
    }

    void openingSomethingThatIsNotACaseNamesIt()
    {
        QTemporaryDir dir;
        const QString fake = dir.filePath(u"notes.sourceline"_s);
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes, not a database\n");
        file.close();
        MainWindow window;
        const auto story = TestStory::make();
        window.setStory(story);
        QVERIFY(loadAndWait(window, {fake}));
        QCOMPARE(window.story(), story);
        auto *problems = window.findChild<QMessageBox *>(u"readProblems"_s);
        QVERIFY(problems);
        QVERIFY2(problems->informativeText().contains(fake) && problems->informativeText().contains(u"not a Sourceline case"_s),
            qPrintable(problems->informativeText()));
        problems->close();
    }

    void nextAndPreviousEventFollowTheChronology()
    {
        MainWindow window;
        window.setStory(TestStory::make());
        QAction *next = actionNamed(window, u"Next Event"_s);
        QAction *previous = actionNamed(window, u"Previous Event"_s);
        next->trigger();
        QCOMPARE(window.selection()->current(), u"e1"_s);
        next->trigger();
        QCOMPARE(window.selection()->current(), u"e3"_s);
        next->trigger();
        next->trigger();
        QCOMPARE(window.selection()->current(), u"e2"_s);
        previous->trigger();
        QCOMPARE(window.selection()->current(), u"e3"_s);
        actionNamed(window, u"Next Quote"_s)->trigger();
        QCOMPARE(window.selection()->current(), u"q1"_s);
        actionNamed(window, u"Previous Quote"_s)->trigger();
        QCOMPARE(window.selection()->current(), u"q1"_s);
    }

    // The export dialog can leave out what has not happened, and remembers the choice.
    void exportDialogLeavesOutPlansOnRequest()
    {
        const auto story = TestStory::make();
        QCheckBox *happenedOnly = nullptr;
        {
            ExportDialog dialog(story, ColorScheme::Light, nullptr);
            for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
                if (box->text().startsWith(u"Only events that happened"_s)) {
                    happenedOnly = box;
                }
            }
            QVERIFY(happenedOnly);
            happenedOnly->setChecked(false);
            QVERIFY(!dialog.options().happenedOnly);
            happenedOnly->setChecked(true);
            QVERIFY(dialog.options().happenedOnly);
            dialog.resize(dialog.sizeHint());
            QTest::qWait(400); // the preview follows the options after a short pause
            QVERIFY(dialog.grab().save(screenshotPath(u"exportdialog.png"_s)));
            dialog.setPath(QDir::temp().filePath(u"sourceline-happened-only.png"_s));
            dialog.accept();
        }
        ExportDialog again(story, ColorScheme::Light, nullptr);
        QVERIFY(again.options().happenedOnly);
        QSettings().remove(u"timelineExport/happenedOnly"_s);
    }

    void inspectorLinksJumpToTheText()
    {
        MainWindow window;
        const auto story = TestStory::make();
        window.setStory(story);
        window.selection()->select(u"e1"_s);
        const QString html = window.inspector()->toHtml();
        QVERIFY(html.contains(u"Witkoff\u2013Ushakov call"_s));
        const SourceSpan second = story->event(u"e1"_s)->sources.at(1);
        QVERIFY(html.contains(Inspector::spanLink(second).toString()));
        Q_EMIT window.inspector()->anchorClicked(Inspector::spanLink(second));
        QCOMPARE(window.sourceView()->currentArticle(), u"a2"_s);
        const QTextCursor selected = window.sourceView()->textEdit()->textCursor();
        QCOMPARE(selected.selectionStart(), second.start);
        QCOMPARE(selected.selectionEnd(), second.end);
        Q_EMIT window.inspector()->anchorClicked(QUrl(u"sourceline:item/p2"_s));
        QCOMPARE(window.selection()->current(), u"p2"_s);
    }

    // A doubt about the chronology names events; each name links to its event.
    void worthCheckingLinksToTheEvents()
    {
        MainWindow window;
        auto story = std::make_shared<StoryGraph>(*TestStory::make());
        const QString label = story->events.first().label;
        story->problems.append(u"Contradiction: the text puts \u201C%1\u201D before \u201CA visit nobody told\u201D."_s.arg(label));
        window.setStory(story);
        const QString html = window.inspector()->toHtml();
        const QString link = u"sourceline:item/"_s + story->events.first().id;
        QVERIFY2(html.contains(link), qPrintable(html));
        QVERIFY(html.contains(u"A visit nobody told"_s)); // no such event: plain text
        Q_EMIT window.inspector()->anchorClicked(QUrl(link));
        QCOMPARE(window.selection()->current(), story->events.first().id);
    }

    void headingsAreLargerThanParagraphs()
    {
        MainWindow window;
        window.setStory(TestStory::make());
        const QTextDocument *document = window.sourceView()->textEdit()->document();
        const auto sizeOf = [document](int position) {
            QTextCursor cursor(const_cast<QTextDocument *>(document));
            cursor.setPosition(position + 1);
            return cursor.charFormat().font().pointSizeF();
        };
        const QString body = document->toPlainText();
        QVERIFY(sizeOf(0) > sizeOf(int(body.indexOf(u"Steve"_s))));
        QVERIFY(sizeOf(int(body.indexOf(u"Reaction"_s))) > sizeOf(int(body.indexOf(u"spokesperson"_s))));
        QVERIFY(sizeOf(0) > sizeOf(int(body.indexOf(u"Reaction"_s))));
    }

    void aFailedLoadKeepsTheStoryAndNamesEachFile()
    {
        MainWindow window;
        const auto story = TestStory::make();
        window.setStory(story);
        QTemporaryDir folder;
        const QString missing = folder.filePath(u"missing.txt"_s);
        QVERIFY(loadAndWait(window, {missing}));
        QCOMPARE(window.story(), story);
        auto *problems = window.findChild<QMessageBox *>(u"readProblems"_s);
        QVERIFY(problems);
        QVERIFY(problems->informativeText().contains(missing));
        QVERIFY(problems->text().contains(u"stays open"_s));
        problems->close();
    }

    void dropsAndReloadsFiles()
    {
        QTemporaryDir folder;
        QFile file(folder.filePath(u"dropped.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dropped headline\nThe minister said \xE2\x80\x9Cwe are ready\xE2\x80\x9D on Monday.\n");
        file.close();
        MainWindow window;
        window.setStory(TestStory::make());
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file.fileName())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy loaded(window.loader(), &StoryLoader::loaded);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &drop);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(window.story()->articles.size(), 1);
        QVERIFY(window.story()->articles.first().body.contains(u"we are ready"_s));
        QVERIFY(QSettings().value(u"recentPaths"_s).toStringList().contains(QFileInfo(file.fileName()).absoluteFilePath()));
    }

    void pastedArticleJoinsTheStory()
    {
        QTemporaryDir folder;
        QFile file(folder.filePath(u"first.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First headline\nThe minister said on Monday that talks would resume.\n");
        file.close();
        MainWindow window;
        QSignalSpy loaded(window.loader(), &StoryLoader::loaded);
        window.openPaths({file.fileName()});
        QVERIFY(loaded.wait(20000));

        auto *copied = new QMimeData;
        copied->setHtml(u"<h1>Port reopens after salvage</h1><p>The channel reopened on Tuesday, officials said.</p>"_s);
        copied->setText(u"Port reopens after salvage\nThe channel reopened on Tuesday, officials said."_s);
        QGuiApplication::clipboard()->setMimeData(copied);
        QAction *paste = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Paste)) {
                paste = action;
            }
        }
        QVERIFY(paste);
        paste->trigger();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(window.story()->articles.size(), 2);
        QCOMPARE(window.story()->articles.last().title, u"Port reopens after salvage"_s);
        // Kept as a file, so the story can be read again and reopened.
        const QString kept = window.storyPaths().constLast();
        QVERIFY2(QFileInfo(kept).fileName().endsWith(u" Port reopens after salvage.html"_s), qPrintable(kept));
        QVERIFY(QFile::exists(kept));
        QFile::remove(kept);

        // A copied link is not an article: nothing changes, and the status bar says why.
        auto *link = new QMimeData;
        link->setText(u"https://news.example/port"_s);
        QGuiApplication::clipboard()->setMimeData(link);
        paste->trigger();
        QVERIFY(window.statusBar()->currentMessage().contains(u"web link"_s));
        QCOMPARE(window.story()->articles.size(), 2);
    }

    void droppedTextStartsAStoryInPlaceOfTheSample()
    {
        MainWindow window;
        QSignalSpy loaded(window.loader(), &StoryLoader::loaded);
        window.openPaths({u":/sourceline/samples"_s});
        QVERIFY(loaded.wait(20000));
        QVERIFY(window.story()->articles.size() > 1);
        QMimeData data;
        data.setText(u"Storm closes the coast road\n\nThe road was shut on Friday after a landslide, police said."_s);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &drop);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(window.story()->articles.size(), 1);
        QCOMPARE(window.story()->articles.first().title, u"Storm closes the coast road"_s);
        QFile::remove(window.storyPaths().constFirst());
    }

    void noTwoActionsShareAShortcut()
    {
        // Qt runs neither of two actions bound to one key.
        MainWindow window;
        QHash<QString, QString> owner;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QString name = key.toString();
                QVERIFY2(!owner.contains(name), qPrintable(name + u": "_s + owner.value(name) + u" and "_s + action->text()));
                owner.insert(name, action->text());
            }
        }
        QVERIFY(owner.size() > 10);
    }

    void aDroppedWebLinkSaysToSaveThePage()
    {
        MainWindow window;
        window.setStory(TestStory::make());
        QMimeData data;
        data.setUrls({QUrl(u"https://news.example/envoy-call"_s)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &drop);
        QVERIFY(window.statusBar()->currentMessage().contains(u"save the page"_s));
        QCOMPARE(window.story()->articles.size(), TestStory::make()->articles.size());
    }

    void remembersGeometryAndPanels()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(730, 545);
            window.findChild<QDockWidget *>(u"inspector"_s)->hide();
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(730, 545));
        QVERIFY(again.findChild<QDockWidget *>(u"inspector"_s)->isHidden());
        QVERIFY(again.findChild<QDockWidget *>(u"quotes"_s)->toggleViewAction()->isChecked());
    }

    void themeColoursTheWholeWindow()
    {
        MainWindow window;
        window.setStory(TestStory::make());
        window.setThemeChoice(MainWindow::ThemeChoice::Dark);
        const StoryColors dark = StoryColors::forScheme(ColorScheme::Dark);
        QCOMPARE(window.colorScheme(), ColorScheme::Dark);
        QCOMPARE(window.palette().color(QPalette::Base), dark.background);
        QCOMPARE(window.palette().color(QPalette::Text), dark.text);
        QCOMPARE(window.palette().color(QPalette::Highlight), dark.selection);
        QCOMPARE(window.sourceView()->textEdit()->palette().color(QPalette::Base), dark.background);
        QCOMPARE(window.quotePanel()->view()->palette().color(QPalette::Base), dark.background);
        window.setThemeChoice(MainWindow::ThemeChoice::Light);
        QCOMPARE(window.palette().color(QPalette::Base), StoryColors::forScheme(ColorScheme::Light).background);
        QCOMPARE(QSettings().value(u"MainWindow/theme"_s).toString(), u"light"_s);
    }

    void screenshots_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("file");
        QTest::newRow("light laptop") << int(MainWindow::ThemeChoice::Light) << QSize(1366, 740) << u"mainwindow-light.png"_s;
        QTest::newRow("dark laptop") << int(MainWindow::ThemeChoice::Dark) << QSize(1366, 740) << u"mainwindow-dark.png"_s;
        QTest::newRow("light large") << int(MainWindow::ThemeChoice::Light) << QSize(1900, 1040) << u"mainwindow-large.png"_s;
    }

    void screenshots()
    {
        QFETCH(int, theme);
        QFETCH(QSize, size);
        QFETCH(QString, file);
        MainWindow window;
        window.setThemeChoice(MainWindow::ThemeChoice(theme));
        window.arrangePanels(size);
        window.setStory(TestStory::make());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selection()->select(u"q1"_s);
        if (window.colorScheme() == ColorScheme::Dark) {
            // The dark shot shows the chronology list, the light ones the timeline.
            auto *tabs = window.findChild<QTabWidget *>();
            QVERIFY(tabs);
            tabs->setCurrentWidget(window.chronologyList());
            window.selection()->select(u"e1"_s);
        }
        QTest::qWait(50);
        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), size * window.devicePixelRatio());
        QVERIFY(shot.save(screenshotPath(file)));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
