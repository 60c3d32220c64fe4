// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "extract/peoplefinder.h"
#include "extract/peoplewords.h"
#include "extract/quotefinder.h"
#include "extract/quotemarks.h"
#include "extract/textanalysis.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

// Throughput of the people and quote stages over a long article of real news paragraphs.
class PeopleBenchmark : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void throughput()
    {
        // Real news prose: the hand-written golden articles (plain text and Markdown), repeated.
        QStringList paragraphs;
        const QDir golden(QStringLiteral(SOURCELINE_TEST_DATA_DIR "/golden"));
        for (const QString &name : golden.entryList({u"*.txt"_s, u"*.md"_s}, QDir::Files, QDir::Name)) {
            QFile file(golden.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            // Skip the front matter; keep the prose paragraphs.
            for (const QString &line : lines) {
                if (line.size() > 80 && !line.startsWith(u'#')) {
                    paragraphs.append(line);
                }
            }
        }
        if (paragraphs.isEmpty()) {
            QSKIP("the golden articles (tests/data/golden) are not present");
        }
        const qsizetype target = qEnvironmentVariableIntValue("PEOPLE_BENCHMARK_BYTES") > 0 ? qEnvironmentVariableIntValue("PEOPLE_BENCHMARK_BYTES") : 500'000;
        QString body;
        for (qsizetype i = 0; body.size() < target; ++i) {
            body += paragraphs[i % paragraphs.size()] + u'\n';
        }
        Article article;
        article.id = u"a1"_s;
        article.body = body;
        int start = 0;
        for (const QString &line : body.split(u'\n')) {
            article.blocks.append({TextBlock::Kind::Paragraph, {start, start + int(line.size())}});
            start += int(line.size()) + 1;
        }
        const TextAnalysis analysis = analyseText(article);

        QElapsedTimer timer;
        timer.start();
        const ArticleWords words(analysis);
        const qint64 wordsDone = timer.nsecsElapsed();
        const QList<QuotedSpan> quoted = QuoteMarks::find(words);
        const qint64 marksDone = timer.nsecsElapsed();
        const PeopleResult people = PeopleFinder(words, quoted).find(article.id);
        const qint64 peopleDone = timer.nsecsElapsed();
        const QList<Quote> quotes = QuoteFinder(words, quoted, people).find(article.id);
        qInfo("words %.3f s, quote marks %.3f s, people %.3f s, quotes %.3f s", wordsDone / 1e9, (marksDone - wordsDone) / 1e9, (peopleDone - marksDone) / 1e9,
            (timer.nsecsElapsed() - peopleDone) / 1e9);
        const double seconds = std::max(timer.nsecsElapsed() / 1e9, 1e-6);
        const double megabytes = body.toUtf8().size() / 1e6;
        qInfo("people and quotes: %.1f MB in %.3f s = %.1f MB/s (%lld people, %lld quotes)", megabytes, seconds, megabytes / seconds,
            qlonglong(people.people.size()), qlonglong(quotes.size()));
        QVERIFY(!people.people.isEmpty());
        QVERIFY(quotes.size() > 1000);
        // Linear time: a quadratic stage would crawl at this size even in an optimised build.
#ifdef NDEBUG
        QVERIFY2(megabytes / seconds > 1.0, "the people and quote stages are too slow");
#else
        QVERIFY2(megabytes / seconds > 0.05, "the people and quote stages are too slow");
#endif
    }
};

QTEST_GUILESS_MAIN(PeopleBenchmark)
#include "people_benchmark.moc"
