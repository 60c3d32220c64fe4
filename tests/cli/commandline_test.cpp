// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runSourceline(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SOURCELINE_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(), process.readAllStandardError()};
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}
} // namespace

class CommandLineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionPrintsVersion()
    {
        const Run run = runSourceline({u"--json"_s, u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(SOURCELINE_VERSION));
    }

    void helpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("help") << u"--help"_s << QByteArray("--export-timeline");
        QTest::newRow("short help") << u"-h"_s << QByteArray("--reference-date");
        QTest::newRow("version") << u"--version"_s << QByteArray(SOURCELINE_VERSION);
    }

    // Without --json the program would open a window; help and version must not try to.
    void helpAndVersionNeedNoDisplay()
    {
        QFETCH(QString, option);
        QFETCH(QByteArray, expected);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s); // a window here would abort
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SOURCELINE_EXECUTABLE), {option});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(process.readAllStandardOutput().contains(expected), process.readAllStandardError().constData());
    }

    void jsonWithoutFilesDescribesSampleStory()
    {
        const Run run = runSourceline({u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(json[u"articles"_s].toArray().size() >= 1);
        for (const char *key : {"people", "quotes", "events", "times"}) {
            QVERIFY2(json[QLatin1String(key)].isArray(), key);
        }
    }

    void badArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("reference date") << QStringList{u"--json"_s, u"--reference-date"_s, u"26/11/2025"_s} << u"--reference-date"_s;
        QTest::newRow("export format") << QStringList{u"--export-timeline"_s, u"/tmp/out.gif"_s} << u"/tmp/out.gif"_s;
        QTest::newRow("narrow width") << QStringList{u"--export-timeline"_s, u"/tmp/out.png"_s, u"--width"_s, u"50"_s} << u"--width"_s;
        QTest::newRow("theme") << QStringList{u"--export-timeline"_s, u"/tmp/out.png"_s, u"--theme"_s, u"pink"_s} << u"--theme"_s;
        QTest::newRow("from") << QStringList{u"--export-timeline"_s, u"/tmp/out.png"_s, u"--from"_s, u"2025-13"_s} << u"--from"_s;
        QTest::newRow("to") << QStringList{u"--export-timeline"_s, u"/tmp/out.png"_s, u"--to"_s, u"last week"_s} << u"--to"_s;
        QTest::newRow("from after to") << QStringList{u"--export-timeline"_s, u"/tmp/out.png"_s, u"--from"_s, u"2025"_s, u"--to"_s, u"2024-06"_s}
                                       << u"2025-01-01 is after --to 2024-06-30"_s;
    }

    void badArgumentsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = runSourceline(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("sourceline: "), run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    }

    void exportTakesATitle_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("title");
        QTest::newRow("given") << QStringList{u"--title"_s, u"The Witkoff call, week by week"_s} << u"The Witkoff call, week by week"_s;
        QTest::newRow("default: the headline") << QStringList{} << u"Envoy call leaked"_s;
    }

    void exportTakesATitle()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, title);
        QTemporaryDir dir;
        const QString article = dir.filePath(u"story.txt"_s);
        writeFile(article, "Envoy call leaked\nThe envoy spoke to the aide on October 14, and they met again on October 20.\n");
        const QString png = dir.filePath(u"t.png"_s);
        const Run run = runSourceline(QStringList{u"--export-timeline"_s, png, u"--reference-date"_s, u"2025-11-26"_s} + extra + QStringList{article});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QImage(png).text(u"Title"_s), title);
    }

    void missingFileIsReportedAndOthersStillUsed()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good.txt"_s);
        writeFile(good, "A headline\nThe first paragraph of the story.\n");
        const QString missing = dir.filePath(u"missing.txt"_s);
        const Run run = runSourceline({u"--json"_s, missing, good});
        QCOMPARE(run.exitCode, 2);
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith(QByteArray("sourceline: " + missing.toUtf8() + ": ")));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json[u"articles"_s].toArray().size(), 1);
        QCOMPARE(json[u"articles"_s][0][u"path"_s].toString(), good);
    }

    void caseFileKeepsArticlesBetweenRuns()
    {
        QTemporaryDir dir;
        const QString article = dir.filePath(u"story.txt"_s);
        writeFile(article, "Envoy call leaked\nThe envoy spoke to the aide on October 14.\n");
        const QString casePath = dir.filePath(u"story.sourceline"_s);
        Run run = runSourceline({u"--json"_s, u"--case"_s, casePath, article});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object()[u"articles"_s].toArray().size(), 1);

        QVERIFY(QFile::remove(article));
        run = runSourceline({u"--json"_s, u"--case"_s, casePath});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray articles = QJsonDocument::fromJson(run.out).object()[u"articles"_s].toArray();
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles[0][u"path"_s].toString(), article);
    }

    void badCaseFileIsReported()
    {
        QTemporaryDir dir;
        const QString casePath = dir.filePath(u"notes.sourceline"_s);
        writeFile(casePath, "not a database at all\n");
        const Run run = runSourceline({u"--json"_s, u"--case"_s, casePath});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QByteArray("sourceline: " + casePath.toUtf8() + ": not a Sourceline case file")), run.err.constData());
        QVERIFY(QJsonDocument::fromJson(run.out).isObject());
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "commandline_test.moc"
