// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "teststories.h"
#include "timelineexporter.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <unistd.h>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {
// Pixels within a small distance of a colour: antialiasing blends edges, glyph cores keep it.
int pixelsNear(const QImage &image, const QColor &colour, int tolerance)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (std::abs(qRed(line[x]) - colour.red()) <= tolerance && std::abs(qGreen(line[x]) - colour.green()) <= tolerance
                && std::abs(qBlue(line[x]) - colour.blue()) <= tolerance) {
                ++count;
            }
        }
    }
    return count;
}

QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"text"_s) {
            texts.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    return texts;
}
} // namespace

class TimelineExporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void png_data()
    {
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("width");
        QTest::newRow("1x light") << 1 << u"light"_s << 1200;
        QTest::newRow("2x light") << 2 << u"light"_s << 1200;
        QTest::newRow("1x dark") << 1 << u"dark"_s << 1600;
        QTest::newRow("2x dark") << 2 << u"dark"_s << 800;
    }

    void png()
    {
        QFETCH(int, scale);
        QFETCH(QString, theme);
        QFETCH(int, width);
        QTemporaryDir folder;
        TimelineExportOptions options;
        options.path = folder.filePath(u"timeline.png"_s);
        options.width = width;
        options.scale = scale;
        options.theme = theme;
        const StoryGraph story = sampleStory();
        QCOMPARE(exportTimeline(story, options), QString());

        QImage image(options.path);
        QVERIFY(!image.isNull());
        image = image.convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.width(), width * scale);
        const TimelinePage page = timelinePage(story, options);
        QCOMPARE(image.height(), qCeil(page.size().height() * scale));
        QVERIFY(image.height() > 300 * scale);
        QCOMPARE(image.dotsPerMeterX(), qRound(96.0 * scale / 0.0254));
        QCOMPARE(image.dotsPerMeterY(), qRound(96.0 * scale / 0.0254));

        const StoryColors colors = StoryColors::forScheme(colorSchemeNamed(theme));
        const int total = image.width() * image.height();
        // Mostly the theme's background, with plenty of text in the theme's text colour.
        QVERIFY(pixelsNear(image, colors.background, 2) > total / 2);
        QVERIFY(pixelsNear(image, colors.text, 24) > 500 * scale * scale);
        QVERIFY(pixelsNear(image, colors.lane(0), 24) > 50);
        // The other theme's background is not what was drawn.
        const StoryColors other = StoryColors::forScheme(theme == u"dark"_s ? ColorScheme::Light : ColorScheme::Dark);
        QVERIFY(pixelsNear(image, other.background, 2) < total / 10);
    }

    void svg()
    {
        QTemporaryDir folder;
        TimelineExportOptions options;
        options.path = folder.filePath(u"timeline.svg"_s);
        options.width = 1400;
        const StoryGraph story = sampleStory();
        QCOMPARE(exportTimeline(story, options), QString());
        QFile file(options.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(!svg.contains("<image"));
        const QStringList texts = svgTexts(svg);
        const TimelinePage page = timelinePage(story, options);
        QVERIFY(!page.timeline().cards().isEmpty());
        // Every line of every label is real, searchable text.
        for (const TimelineCard &card : page.timeline().cards()) {
            for (const QString &line : card.lines) {
                QVERIFY2(texts.contains(line), qPrintable(line));
            }
            QVERIFY2(texts.contains(card.dateText), qPrintable(card.dateText));
        }
        QVERIFY(texts.contains(page.titleLines().first()));
        // Every event of the story has its card, and no two cards intersect.
        QCOMPARE(page.timeline().eventOrder().size(), story.events.size());
        const auto &cards = page.timeline().cards();
        for (qsizetype i = 0; i < cards.size(); ++i) {
            for (qsizetype j = i + 1; j < cards.size(); ++j) {
                QVERIFY(!cards.at(i).rect.intersects(cards.at(j).rect));
            }
        }
        // The footer credits the outlets.
        const QString footer = page.footerLines().join(u' ');
        QVERIFY(footer.contains(u"Bloomberg"_s));
        QVERIFY(footer.contains(u"25 Nov 2025"_s));
    }

    void pdf()
    {
        QTemporaryDir folder;
        TimelineExportOptions options;
        options.path = folder.filePath(u"timeline.pdf"_s);
        options.width = 1000;
        const StoryGraph story = sampleStory();
        QCOMPARE(exportTimeline(story, options), QString());
        QFile file(options.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        static const QRegularExpression pageObject(u"/Type\\s*/Page[^s]"_s);
        QCOMPARE(QString::fromLatin1(pdf).count(pageObject), 1);
        // One page exactly the size of the timeline, in points.
        const QSizeF points = timelinePage(story, options).size() * 0.75;
        static const QRegularExpression mediaBox(u"/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)"_s);
        const auto match = mediaBox.match(QString::fromLatin1(pdf));
        QVERIFY(match.hasMatch());
        QVERIFY(std::abs(match.captured(1).toDouble() - points.width()) < 1.5);
        QVERIFY(std::abs(match.captured(2).toDouble() - points.height()) < 1.5);
    }

    void failsCleanly_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing folder") << u"no/such/folder/out.png"_s << 1200 << 1 << u"does not exist"_s;
        QTest::newRow("folder as file") << u"existing.png"_s << 1200 << 1 << u"folder"_s;
        QTest::newRow("unknown format") << u"out.gif"_s << 1200 << 1 << u"format"_s;
        // Fails after the file is opened: the old file must survive whole.
        QTest::newRow("image too large") << u"old.png"_s << 20000 << 3 << u"too large"_s;
    }

    void failsCleanly()
    {
        QFETCH(QString, relativePath);
        QFETCH(int, width);
        QFETCH(int, scale);
        QFETCH(QString, reason);
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkdir(u"existing.png"_s));
        QFile old(folder.filePath(u"old.png"_s));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older export");
        old.close();
        const QStringList before = QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

        TimelineExportOptions options;
        options.path = folder.filePath(relativePath);
        options.width = width;
        options.scale = scale;
        const QString error = exportTimeline(generatedStory(60), options);
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("an older export"));
    }

    void readOnlyFolder()
    {
        if (geteuid() == 0) {
            QSKIP("running as root: a read-only folder is still writable, so this case cannot fail here");
        }
        QTemporaryDir folder;
        QFile old(folder.filePath(u"timeline.png"_s));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older export");
        old.close();
        QVERIFY(QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        TimelineExportOptions options;
        options.path = old.fileName();
        const QString error = exportTimeline(sampleStory(), options);
        QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(error.startsWith(u"cannot write here"_s));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("an older export"));
    }

    void replacesAnOlderExport()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"timeline.svg"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        TimelineExportOptions options;
        options.path = path;
        QCOMPARE(exportTimeline(sampleStory(), options), QString());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QVERIFY(old.readAll().contains("<svg"));
    }

    void emptyStory()
    {
        StoryGraph story = sampleStory();
        story.events.clear();
        QTemporaryDir folder;
        TimelineExportOptions options;
        options.path = folder.filePath(u"empty.svg"_s);
        QCOMPARE(exportTimeline(story, options), QString());
        QFile file(options.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(svgTexts(file.readAll()).contains(u"No events were found in the text."_s));
    }

    void defaultTitleIsTheHeadlineTheStoryShares_data()
    {
        QTest::addColumn<QStringList>("headlines");
        QTest::addColumn<QStringList>("bodies");
        QTest::addColumn<QString>("title");
        QTest::newRow("one article") << QStringList{u"A leaked call shows how the envoy coached the aide"_s} << QStringList{QString()}
                                     << u"A leaked call shows how the envoy coached the aide"_s;
        QTest::newRow("headlines alone") << QStringList{u"A leaked phone conversation has exposed surprising details about diplomacy"_s,
            u"Witkoff call leak: what the transcript shows"_s, u"Kremlin says leak aims to derail peace effort"_s}
                                         << QStringList{QString(), QString(), QString()} << u"Witkoff call leak: what the transcript shows"_s;
        // The shortest headline is a local angle; the others' words run through every article.
        const QStringList election{u"Starmer becomes prime minister after Labour wins landslide"_s, u"Clacton sends Farage to Westminster at last"_s,
            u"Labour landslide: what the result tells us"_s};
        QTest::newRow("the wire's headline") << election
                                             << QStringList{u"Labour won a landslide and Starmer became prime minister. Farage won Clacton."_s,
                                                    u"Farage won Clacton for Reform."_s,
                                                    u"The Labour landslide made Starmer prime minister on a third of the vote."_s}
                                             << election.first();
        QTest::newRow("equally shared: the shorter") << QStringList{u"Talks in Geneva end without a deal"_s, u"Geneva talks end"_s}
                                                     << QStringList{u"The Geneva talks end."_s, u"The talks in Geneva end without a deal."_s}
                                                     << u"Geneva talks end"_s;
        // An outlet's rubric names the kind of page, not the story; a colon after a name stays.
        QTest::newRow("live blog rubric") << QStringList{u"LIVE: Boeing strikers vote on a new offer"_s} << QStringList{QString()}
                                          << u"Boeing strikers vote on a new offer"_s;
        QTest::newRow("analysis rubric") << QStringList{u"Analysis: Why the strike ended now"_s} << QStringList{QString()} << u"Why the strike ended now"_s;
        QTest::newRow("live updates after a dash") << QStringList{u"Boeing strike vote \u2013 live updates"_s} << QStringList{QString()}
                                                   << u"Boeing strike vote"_s;
        QTest::newRow("as it happened after a bar") << QStringList{u"Election night | As it happened"_s} << QStringList{QString()} << u"Election night"_s;
        QTest::newRow("a speaker before a colon") << QStringList{u"Holden: 'We are proud of you'"_s} << QStringList{QString()}
                                                  << u"Holden: 'We are proud of you'"_s;
        QTest::newRow("a live show's name") << QStringList{u"Live Aid: forty years on"_s} << QStringList{QString()} << u"Live Aid: forty years on"_s;
        QTest::newRow("only a rubric") << QStringList{u"Live updates"_s} << QStringList{QString()} << u"Live updates"_s;
        QTest::newRow("untitled") << QStringList{u""_s, u"  "_s} << QStringList{u"Text."_s, u"More text."_s} << u"Timeline"_s;
    }

    void defaultTitleIsTheHeadlineTheStoryShares()
    {
        QFETCH(QStringList, headlines);
        QFETCH(QStringList, bodies);
        QFETCH(QString, title);
        StoryGraph story;
        for (qsizetype i = 0; i < headlines.size(); ++i) {
            Article article;
            article.title = headlines[i];
            article.body = bodies.value(i);
            story.articles.append(article);
        }
        QCOMPARE(TimelinePage::defaultTitle(story), title);
    }

    void visibleRangeAndTitle()
    {
        TimelineExportOptions options;
        options.width = 1200;
        options.title = u"  The envoy's  October  "_s;
        options.from = QDate(2025, 10, 10);
        options.to = QDate(2025, 10, 20);
        const TimelinePage page = timelinePage(sampleStory(), options);
        QCOMPARE(page.title(), u"The envoy's October"_s);
        QCOMPARE(page.timeline().eventOrder(), (QStringList{u"e3"_s, u"e4"_s, u"e5"_s}));
        QVERIFY(page.summary().contains(u"3 events"_s));
        QVERIFY2(page.summary().endsWith(u"10\u201320 Oct 2025"_s), qPrintable(page.summary()));
    }

    void openEndedRange_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("from a day on: the month it falls in touches it") << QDate(2025, 11, 20) << QDate() << u"e13"_s << u"e14"_s;
        QTest::newRow("up to a day") << QDate() << QDate(2025, 9, 30) << u"e1"_s << u"e2"_s;
    }

    void openEndedRange()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, first);
        QFETCH(QString, last);
        TimelineExportOptions options;
        options.from = from;
        options.to = to;
        const QStringList order = timelinePage(sampleStory(), options).timeline().eventOrder();
        QVERIFY(!order.isEmpty());
        QCOMPARE(order.constFirst(), first);
        QCOMPARE(order.constLast(), last);
    }

    void aRangeWithoutEventsIsRefused()
    {
        QTemporaryDir dir;
        TimelineExportOptions options;
        options.path = dir.filePath(u"t.png"_s);
        options.from = QDate(2030, 1, 1);
        QCOMPARE(exportTimeline(sampleStory(), options), u"no event of the story falls on or after 2030-01-01"_s);
        QVERIFY(!QFileInfo::exists(options.path));
    }
};

QTEST_MAIN(TimelineExporterTest)
#include "timelineexporter_test.moc"
