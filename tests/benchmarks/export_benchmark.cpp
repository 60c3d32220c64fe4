// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "teststories.h"
#include "timelineexporter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 exportBudgetMs = 2000;
}

/// Exporting a 1,000-event story (Release builds only; target: PNG at 2x under 2 s).
class ExportBenchmark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifndef QT_NO_DEBUG
        QSKIP("timings mean something only in a Release build: run packaging/dev.sh bench");
#endif
    }

    void exportStory_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("scale");
        QTest::addColumn<qint64>("budget");
        QTest::newRow("png 2x") << u"png"_s << 2 << exportBudgetMs;
        QTest::newRow("svg") << u"svg"_s << 1 << exportBudgetMs;
        QTest::newRow("pdf") << u"pdf"_s << 1 << exportBudgetMs;
    }

    void exportStory()
    {
        QFETCH(QString, format);
        QFETCH(int, scale);
        QFETCH(qint64, budget);
        const StoryGraph story = generatedStory(1000, 9);
        QTemporaryDir folder;
        TimelineExportOptions options;
        options.path = folder.filePath(u"timeline."_s + format);
        options.width = 1600;
        options.scale = scale;
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(exportTimeline(story, options), QString());
        const qint64 elapsed = clock.elapsed();
        const QImage image = format == u"png"_s ? QImage(options.path) : QImage();
        qInfo("%s of 1,000 events: %lld ms, %lld KiB%s", qPrintable(format), elapsed, QFileInfo(options.path).size() / 1024,
            image.isNull() ? "" : qPrintable(u", %1 x %2 px"_s.arg(image.width()).arg(image.height())));
        QVERIFY2(elapsed < budget, qPrintable(u"%1 ms"_s.arg(elapsed)));
    }
};

QTEST_MAIN(ExportBenchmark)
#include "export_benchmark.moc"
