// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "articlemodel.h"
#include "eventmodel.h"
#include "mainwindow.h"
#include "personmodel.h"
#include "quotemodel.h"
#include "sourceview.h"
#include "storyindex.h"
#include "storyloader.h"
#include "storyselection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace Sourceline;

namespace {
/// Resident memory of this process in kilobytes, from /proc (Linux only; 0 elsewhere).
qint64 residentKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return 0;
}

/// Notes when the source text is first painted with an article in it.
class FirstPaint : public QObject
{
public:
    QElapsedTimer *clock = nullptr;
    QTextEdit *text = nullptr;
    qint64 at = -1;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && at < 0 && !text->document()->isEmpty()) {
            at = clock->elapsed();
        }
        return QObject::eventFilter(watched, event);
    }
};

/// A large story made by hand: articles of a few paragraphs, each paragraph naming people,
/// holding a quote and an event.
std::shared_ptr<const StoryGraph> largeStory(int articleCount, int eventCount)
{
    StoryGraph story;
    const QString paragraph = u"Officials in the capital said on Tuesday that the 28-point plan, drafted over several weeks, "
                              u"would be discussed again. \u201CWe are ready to talk about every point of it,\u201D the envoy said.\n"_s;
    const int eventsPerArticle = eventCount / articleCount;
    const int peopleCount = articleCount * 2;
    for (int p = 0; p < peopleCount; ++p) {
        story.people.append(Person{u"p%1"_s.arg(p + 1), u"Person Number %1"_s.arg(p + 1), {u"Number %1"_s.arg(p + 1)}, u"official"_s, {}});
    }
    int eventNumber = 0;
    int quoteNumber = 0;
    for (int a = 0; a < articleCount; ++a) {
        Article article;
        article.id = u"a%1"_s.arg(a + 1);
        article.title = u"Article number %1 about the plan"_s.arg(a + 1);
        article.outlet = u"Wire %1"_s.arg(a % 17);
        article.published = QDate(2025, 1, 1).addDays(a % 300);
        article.body = article.title + u'\n';
        for (int e = 0; e < eventsPerArticle; ++e) {
            const int start = int(article.body.size());
            article.body += paragraph;
            const QString eventId = u"e%1"_s.arg(++eventNumber);
            const QString quoteId = u"q%1"_s.arg(++quoteNumber);
            const QString speaker = u"p%1"_s.arg((a * 2 + e % 2) % peopleCount + 1);
            const int quoteStart = int(article.body.indexOf(u"We are"_s, start));
            Quote quote;
            quote.id = quoteId;
            quote.text = u"We are ready to talk about every point of it,"_s;
            quote.speaker = speaker;
            quote.span = SourceSpan{article.id, quoteStart, quoteStart + int(quote.text.size())};
            quote.event = eventId;
            story.quotes.append(quote);
            Event event;
            event.id = eventId;
            event.label = u"Talks on the plan, round %1"_s.arg(eventNumber);
            event.date = DateValue{QDate(2025, 1, 1).addDays(eventNumber % 365).toString(Qt::ISODate), DateValue::Granularity::Day, {}, {}};
            event.rank = eventNumber - 1;
            event.participants = {speaker};
            event.quotes = {quoteId};
            event.sources = {SourceSpan{article.id, start, start + 40}};
            story.events.append(event);
            story.people[(a * 2 + e % 2) % peopleCount].mentions.append(SourceSpan{article.id, start + 60, start + 70});
        }
        story.articles.append(article);
    }
    return std::make_shared<const StoryGraph>(std::move(story));
}
} // namespace

class WindowBenchmark : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
#ifndef QT_NO_DEBUG
        QSKIP("Benchmarks measure Release builds: run packaging/dev.sh bench");
#endif
    }

    void sampleStoryToFirstPaint()
    {
        const QString folder = u":/sourceline/samples"_s;
        QStringList paths;
        for (const QString &file : QDir(folder).entryList(QDir::Files)) {
            paths.append(folder + u'/' + file);
        }
        QVERIFY(!paths.isEmpty());

        QElapsedTimer clock;
        clock.start();
        MainWindow window;
        FirstPaint paint;
        paint.clock = &clock;
        paint.text = window.sourceView()->textEdit();
        paint.text->viewport()->installEventFilter(&paint);
        QSignalSpy loaded(window.loader(), &StoryLoader::loaded);
        window.openPaths(paths);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(paint.at >= 0, 20000);
        QVERIFY(loaded.wait(20000) || !loaded.isEmpty());
        const qint64 extracted = clock.elapsed();
        qInfo(
            "sample story (%lld files): text painted after %lld ms; people, quotes and events shown after %lld ms", qint64(paths.size()), paint.at, extracted);
        QVERIFY2(paint.at < 300, "opening the sample story to first paint takes under 300 ms");
    }

    void windowWithALargeStory()
    {
        const auto story = largeStory(1000, 10000);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QElapsedTimer clock;
        clock.start();
        window.setStory(story);
        QCoreApplication::processEvents();
        const qint64 shown = clock.restart();
        window.selection()->select(u"q9000"_s);
        QCoreApplication::processEvents();
        const qint64 selected = clock.elapsed();
        QCOMPARE(window.sourceView()->currentArticle(), story->quote(u"q9000"_s)->span.article);
        qInfo("window with 10,000 events and 1,000 articles: story shown in %lld ms, a quote selected in every view in %lld ms", shown, selected);
        QVERIFY2(selected < 300, "selecting an item in a large story answers within 300 ms");
    }

    void modelsOfALargeStory()
    {
        const qint64 before = residentKilobytes();
        QElapsedTimer clock;
        clock.start();
        const auto story = largeStory(1000, 10000);
        const qint64 built = clock.restart();
        const qint64 storyKilobytes = residentKilobytes() - before;

        EventModel events;
        QuoteModel quotes;
        PersonModel people;
        ArticleModel articles;
        events.setStory(story);
        quotes.setStory(story);
        people.setStory(story);
        articles.setStory(story);
        const StoryIndex index(story);
        const qint64 modelled = clock.elapsed();
        const qint64 totalKilobytes = residentKilobytes() - before;
        QCOMPARE(events.rowCount(), 10000);
        QCOMPARE(articles.rowCount(), 1000);
        QCOMPARE(index.itemAt(u"a500"_s, story->quotes.at(4990).span.start + 1), story->quotes.at(4990).id);

        qInfo("10,000 events, 1,000 articles: story %lld KB built in %lld ms; models and index add %lld KB in %lld ms; %lld MB in all", storyKilobytes, built,
            totalKilobytes - storyKilobytes, modelled, totalKilobytes / 1024);
        QVERIFY2(totalKilobytes < 300 * 1024, "the story and its models take under 300 MB");
    }
};

QTEST_MAIN(WindowBenchmark)
#include "window_benchmark.moc"
