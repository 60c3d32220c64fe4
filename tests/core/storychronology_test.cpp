// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "reader/articlereader.h"
#include "storybuilder.h"

#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

/// One story told by seven outlets written on different days (a wire story the same morning,
/// a local paper two days on, a live blog, a dated timeline, a feature a year later, a British
/// paper, a court report): every relative date must be read against its own article's day, and
/// a dated list must date every entry.
class StoryChronologyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const ReadResult read = ArticleReader().read({QStringLiteral(SOURCELINE_TEST_DATA_DIR) + u"/events/keybridge"_s});
        QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.isEmpty() ? QString() : read.problems.first().reason));
        QCOMPARE(read.articles.size(), 7);
        m_story = StoryBuilder(QDate(2025, 11, 26)).build(read.articles);
        const ReadResult titan = ArticleReader().read({QStringLiteral(SOURCELINE_TEST_DATA_DIR) + u"/events/titan"_s});
        QVERIFY2(titan.problems.isEmpty(), qPrintable(titan.problems.isEmpty() ? QString() : titan.problems.first().reason));
        QCOMPARE(titan.articles.size(), 7);
        m_titan = StoryBuilder(QDate(2025, 11, 26)).build(titan.articles);
    }

    // A story told in hours and days: a search with its countdown, a live blog, a British
    // paper, a dated list, a feature a year on that goes back to 2018, a hearing report.
    void readsTheSearchStoryAgainstEachArticle_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::newRow("wire: the day the air runs out") << u"01-wire-search.txt"_s << u"Thursday"_s << u"2023-06-22"_s;
        QTest::newRow("British paper: yesterday") << u"03-british-implosion.txt"_s << u"yesterday"_s << u"2023-06-22"_s;
        QTest::newRow("British paper: day first") << u"03-british-implosion.txt"_s << u"18 June"_s << u"2023-06-18"_s;
        QTest::newRow("a week on: an entry's own weekday") << u"04-what-we-know.md"_s << u"Sunday morning"_s << u"2023-06-18"_s;
        QTest::newRow("a week on: the Sunday of a dated entry") << u"04-what-we-know.md"_s << u"Sunday"_s << u"2023-06-18"_s;
        QTest::newRow("feature: a year ago today") << u"05-feature-one-year.txt"_s << u"a year ago today"_s << u"2023-06-18"_s;
        QTest::newRow("feature: on the Sunday") << u"05-feature-one-year.txt"_s << u"the Sunday"_s << u"2023-06-18"_s;
        QTest::newRow("feature: that January") << u"05-feature-one-year.txt"_s << u"That January"_s << u"2018-01"_s;
        QTest::newRow("feature: two months later, in March") << u"05-feature-one-year.txt"_s << u"March"_s << u"2018-03"_s;
        QTest::newRow("feature: three years later, in July 2021") << u"05-feature-one-year.txt"_s << u"Three years later"_s << u"2021-07"_s;
        QTest::newRow("feature: a day of the month just named") << u"05-feature-one-year.txt"_s << u"June 17"_s << u"2023-06-17"_s;
        QTest::newRow("hearing: the second day") << u"06-hearing.txt"_s << u"Tuesday"_s << u"2024-09-17"_s;
    }

    void readsTheSearchStoryAgainstEachArticle()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(QString, value);
        const QString article = articleId(m_titan, file);
        QVERIFY2(!article.isEmpty(), qPrintable(file));
        QStringList found;
        for (const TimeExpression &time : std::as_const(m_titan.times)) {
            if (time.span.article == article && time.text == text) {
                found.append(time.value);
            }
        }
        QVERIFY2(!found.isEmpty(), qPrintable(text));
        QCOMPARE(found.first(), value);
    }

    // The dive is one event told by several outlets; the live blog's answer about Tuesday's
    // noises is of its own day; a hearing set to run until a day is not held on it.
    void datesTheSearchStorysEvents()
    {
        const Event *dive = nullptr;
        for (const Event &event : std::as_const(m_titan.events)) {
            if (event.label.startsWith(u"Titan began its descent"_s)) {
                dive = &event;
            }
            if (event.label == u"Mauger responds to the noises heard"_s) {
                QCOMPARE(event.date.iso, u"2023-06-22"_s);
            }
            if (event.type == u"hearing"_s) {
                QVERIFY2(event.date.iso != u"2024-09-27"_s, qPrintable(event.label));
            }
        }
        QVERIFY(dive);
        QCOMPARE(dive->date.iso, u"2023-06-18"_s);
        QSet<QString> outlets;
        for (const SourceSpan &source : dive->sources) {
            outlets.insert(source.article);
        }
        QVERIFY2(outlets.size() >= 3, qPrintable(QString::number(outlets.size())));
    }

    void readsEachTimeAgainstItsOwnArticle_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::newRow("wire: the coming day") << u"1-wire.txt"_s << u"Wednesday"_s << u"2024-03-27"_s;
        QTest::newRow("local paper: two days back") << u"2-local.txt"_s << u"Tuesday"_s << u"2024-03-26"_s;
        QTest::newRow("live blog: a past Monday") << u"3-liveblog.txt"_s << u"Monday"_s << u"2024-04-01"_s;
        QTest::newRow("live blog: that night under a dated heading") << u"3-liveblog.txt"_s << u"that night"_s << u"2024-03-26"_s;
        QTest::newRow("live blog: the next day under a dated heading") << u"3-liveblog.txt"_s << u"the next day"_s << u"2024-03-27"_s;
        QTest::newRow("live blog: a deadline after 'with'") << u"3-liveblog.txt"_s << u"the end of May"_s << u"2024-05"_s;
        QTest::newRow("feature: a day the port did not reopen until") << u"5-feature.txt"_s << u"June 10"_s << u"2024-06-10"_s;
        QTest::newRow("feature: the anniversary to come") << u"5-feature.txt"_s << u"Wednesday"_s << u"2025-03-26"_s;
        QTest::newRow("British paper: the previous day") << u"6-british.txt"_s << u"the previous day"_s << u"2024-05-12"_s;
        QTest::newRow("court report: the day of the announcement") << u"7-legal.txt"_s << u"Thursday"_s << u"2024-10-24"_s;
    }

    void readsEachTimeAgainstItsOwnArticle()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(QString, value);
        const QString article = articleId(file);
        QVERIFY2(!article.isEmpty(), qPrintable(file));
        QStringList found;
        for (const TimeExpression &time : std::as_const(m_story.times)) {
            if (time.span.article == article && time.text == text) {
                found.append(time.value);
            }
        }
        QVERIFY2(!found.isEmpty(), qPrintable(text));
        QCOMPARE(found.first(), value);
    }

    // "- **April 25** — A 35-foot-deep channel opens": every entry of the dated list is an
    // event on its day, whatever its tense or its dash.
    void datesEveryTimelineEntry()
    {
        const QString article = articleId(u"4-timeline.md"_s);
        const QStringList days{u"2024-03-27"_s, u"2024-03-28"_s, u"2024-04-01"_s, u"2024-04-05"_s, u"2024-04-25"_s, u"2024-04-26"_s, u"2024-05-01"_s,
            u"2024-05-07"_s, u"2024-05-13"_s, u"2024-05-14"_s, u"2024-05-20"_s, u"2024-06-10"_s};
        for (const QString &day : days) {
            bool dated = false;
            for (const Event &event : std::as_const(m_story.events)) {
                for (const SourceSpan &source : event.sources) {
                    dated = dated || (source.article == article && event.date.iso == day);
                }
            }
            QVERIFY2(dated, qPrintable(u"no event of the timeline on "_s + day));
        }
        int night = 0; // the entries of the night of the collapse, by time of day
        for (const Event &event : std::as_const(m_story.events)) {
            const bool told = std::any_of(event.sources.cbegin(), event.sources.cend(), [&](const SourceSpan &s) { return s.article == article; });
            night += told && event.date.iso == u"2024-03-26" ? 1 : 0;
        }
        QVERIFY2(night >= 5, qPrintable(QString::number(night)));
    }

    // "On April 1, six days after the crash, they asked the court": the crash is not of April 1.
    void countsBackToTheHappeningCountedFrom()
    {
        int crashes = 0;
        for (const Event &event : std::as_const(m_story.events)) {
            if (event.type == u"crash") {
                QCOMPARE(event.date.iso, u"2024-03-26"_s);
                ++crashes;
            }
        }
        QVERIFY(crashes > 0);
    }

private:
    [[nodiscard]] QString articleId(const QString &file) const { return articleId(m_story, file); }
    [[nodiscard]] static QString articleId(const StoryGraph &story, const QString &file)
    {
        for (const Article &article : story.articles) {
            if (article.path.endsWith(file)) {
                return article.id;
            }
        }
        return {};
    }

    StoryGraph m_story;
    StoryGraph m_titan;
};

QTEST_GUILESS_MAIN(StoryChronologyTest)
#include "storychronology_test.moc"
