// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "articlemodel.h"
#include "eventmodel.h"
#include "personmodel.h"
#include "quotecitation.h"
#include "quotefiltermodel.h"
#include "quotemodel.h"
#include "readabledate.h"
#include "storyindex.h"
#include "teststory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sourceline;

class ModelsTest : public QObject
{
    Q_OBJECT
private:
    template<typename Model>
    void checkModel(const std::shared_ptr<const StoryGraph> &story, int expectedRows)
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setStory(story);
        QCOMPARE(aboutToReset.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), expectedRows);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.index(row, 0).data(StoryTableModel::IdRole).toString();
            QCOMPARE(model.rowOf(id), row);
            QCOMPARE(model.idAt(row), id);
            for (int column = 0; column < model.columnCount(); ++column) {
                QVERIFY(model.headerData(column, Qt::Horizontal).isValid());
            }
        }
        QCOMPARE(model.rowOf(u"nothing"_s), -1);
        model.setStory(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 2);
    }

private Q_SLOTS:
    void modelsPassTheTester()
    {
        const auto story = TestStory::make();
        checkModel<EventModel>(story, 3);
        checkModel<QuoteModel>(story, 4);
        checkModel<PersonModel>(story, 3);
        checkModel<ArticleModel>(story, 2);
    }

    void eventsAreInChronologicalOrder()
    {
        EventModel model;
        model.setStory(TestStory::make());
        QCOMPARE(model.idAt(0), u"e1"_s);
        QCOMPARE(model.idAt(1), u"e3"_s); // rank 1, though listed last in the graph
        QCOMPARE(model.idAt(2), u"e2"_s);
        QCOMPARE(model.index(0, EventModel::DateColumn).data().toString(), u"October 14, 2025"_s);
        QCOMPARE(model.index(1, EventModel::DateColumn).data().toString(), u"undated"_s);
        QCOMPARE(model.index(0, EventModel::ParticipantsColumn).data().toString(), u"Steve Witkoff, Yuri Ushakov"_s);
        QCOMPARE(model.index(0, 0).data(EventModel::RankRole).toInt(), 0);
        QCOMPARE(model.index(2, 0).data(EventModel::DateRole).toString(), u"2025-11-25"_s);
        // A plan says so beside its label; a happening does not.
        QCOMPARE(model.index(1, EventModel::EventColumn).data().toString(), u"Witkoff travels to Moscow (planned)"_s);
        QCOMPARE(model.index(1, 0).data(EventModel::StatusRole).toInt(), int(EventStatus::Planned));
        QCOMPARE(model.index(0, EventModel::EventColumn).data().toString(), u"Witkoff\u2013Ushakov call"_s);
    }

    void quotesShowSpeakerKindEventAndDate()
    {
        QuoteModel model;
        model.setStory(TestStory::make());
        const int plan = model.rowOf(u"q1"_s);
        QCOMPARE(model.index(plan, QuoteModel::SpeakerColumn).data().toString(), u"Steve Witkoff"_s);
        QCOMPARE(model.index(plan, QuoteModel::KindColumn).data().toString(), u"direct"_s);
        QCOMPARE(model.index(plan, QuoteModel::EventColumn).data().toString(), u"Witkoff\u2013Ushakov call"_s);
        QCOMPARE(model.index(plan, QuoteModel::ArticleColumn).data().toString(), u"Envoy coached Kremlin aide on peace plan"_s);
        // Said during a dated event: the event's date, not the article's.
        QCOMPARE(model.index(plan, QuoteModel::DateColumn).data().toString(), u"October 14, 2025"_s);
        const int meet = model.rowOf(u"q3"_s);
        QCOMPARE(model.index(meet, QuoteModel::KindColumn).data().toString(), u"indirect"_s);
        QCOMPARE(model.index(meet, QuoteModel::DateColumn).data().toString(), u"November 26, 2025"_s);
        QCOMPARE(model.index(meet, 0).data(QuoteModel::SpeakerRole).toString(), u"p1"_s);
        // Reading order: the first article's quotes by position, then the second's.
        QCOMPARE(model.idAt(3), u"q4"_s);
        QVERIFY(model.rowOf(u"q1"_s) < model.rowOf(u"q2"_s));
    }

    void quotesSpokenByABodyNameIt()
    {
        // "The Coast Guard said ..." has an organisation, not a person, as its speaker.
        StoryGraph story = *TestStory::make();
        story.entities.append(Entity{u"o1"_s, Entity::Kind::Organisation, u"Coast Guard"_s, {}, {}});
        story.quotes[2].speaker = u"o1"_s;
        QuoteModel model;
        model.setStory(std::make_shared<const StoryGraph>(story));
        const QModelIndex speaker = model.index(model.rowOf(story.quotes[2].id), QuoteModel::SpeakerColumn);
        QCOMPARE(speaker.data().toString(), u"Coast Guard"_s);
        QCOMPARE(speaker.data(QuoteModel::SpeakerRole).toString(), u"o1"_s);
        QVERIFY(speaker.data(Qt::ToolTipRole).toString().contains(u"organisation"_s));
        // A speaker id that names nothing in the story stays blank rather than wrong.
        story.quotes[2].speaker = u"o2"_s;
        model.setStory(std::make_shared<const StoryGraph>(story));
        QCOMPARE(model.index(model.rowOf(story.quotes[2].id), QuoteModel::SpeakerColumn).data().toString(), QString());
    }

    void peopleCountQuotesAndMentions()
    {
        PersonModel model;
        model.setStory(TestStory::make());
        const int witkoff = model.rowOf(u"p1"_s);
        QCOMPARE(model.index(witkoff, PersonModel::QuotesColumn).data().toInt(), 2);
        QCOMPARE(model.index(witkoff, PersonModel::MentionsColumn).data().toInt(), 3);
        QCOMPARE(model.index(witkoff, PersonModel::RoleColumn).data().toString(), u"US special envoy"_s);
        QCOMPARE(model.index(witkoff, 0).data(PersonModel::AliasesRole).toStringList(), QStringList{u"Witkoff"_s});
        QCOMPARE(model.index(witkoff, PersonModel::AliasesColumn).data().toString(), u"Witkoff"_s);
        QVERIFY(model.index(witkoff, PersonModel::NameColumn).data(Qt::ToolTipRole).toString().contains(u"Witkoff"_s));
        // The unquoted spokesperson comes after both quoted people.
        QCOMPARE(model.idAt(2), u"p3"_s);
    }

    void articlesKeepLoadOrder()
    {
        ArticleModel model;
        model.setStory(TestStory::make());
        QCOMPARE(model.idAt(0), u"a1"_s);
        QCOMPARE(model.index(0, ArticleModel::QuotesColumn).data().toInt(), 3);
        QCOMPARE(model.index(1, ArticleModel::OutletColumn).data().toString(), u"Second Wire"_s);
        QCOMPARE(model.index(1, ArticleModel::PublishedColumn).data().toString(), u"November 27, 2025"_s);
    }

    void quoteFilterBySpeakerAndText_data()
    {
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << QString() << QString() << QStringList{u"q1"_s, u"q2"_s, u"q3"_s, u"q4"_s};
        QTest::newRow("speaker") << u"p1"_s << QString() << QStringList{u"q1"_s, u"q3"_s};
        QTest::newRow("words, any case") << QString() << u"GOOD idea"_s << QStringList{u"q2"_s};
        QTest::newRow("speaker name as text") << QString() << u"ushakov"_s << QStringList{u"q2"_s, u"q4"_s};
        QTest::newRow("speaker and words") << u"p2"_s << u"ready"_s << QStringList{u"q4"_s};
        QTest::newRow("nothing matches") << u"p3"_s << QString() << QStringList{};
    }

    void quoteFilterBySpeakerAndText()
    {
        QFETCH(QString, speaker);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QuoteModel model;
        model.setStory(TestStory::make());
        QuoteFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QSignalSpy speakerChanged(&filter, &QuoteFilterModel::speakerChanged);
        filter.setSpeaker(speaker);
        filter.setText(text);
        QCOMPARE(speakerChanged.count(), speaker.isEmpty() ? 0 : 1);
        QStringList shown;
        for (int row = 0; row < filter.rowCount(); ++row) {
            shown.append(filter.index(row, 0).data(StoryTableModel::IdRole).toString());
        }
        QCOMPARE(shown, expected);
    }

    void quotesSortByDate()
    {
        QuoteModel model;
        model.setStory(TestStory::make());
        QuoteFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(QuoteModel::DateColumn, Qt::DescendingOrder);
        // q3 from the Nov 26 article, then q1/q2 on Oct 14; q4's event is undated so the Nov 27 article date counts.
        QCOMPARE(filter.index(0, 0).data(StoryTableModel::IdRole).toString(), u"q4"_s);
        QCOMPARE(filter.index(1, 0).data(StoryTableModel::IdRole).toString(), u"q3"_s);
    }

    void citation()
    {
        const auto story = TestStory::make();
        QCOMPARE(quoteCitation(*story, *story->quote(u"q1"_s)),
            u"\u201Cwe put a 20-point plan together\u201D \u2014 Steve Witkoff, Envoy coached Kremlin aide on peace plan (Example News), November 26, 2025"_s);
        StoryGraph anonymous = *story;
        anonymous.quotes[0].speaker.clear();
        anonymous.articles[0].outlet.clear();
        anonymous.articles[0].published = QDate();
        QCOMPARE(quoteCitation(anonymous, anonymous.quotes[0]),
            u"\u201Cwe put a 20-point plan together\u201D \u2014 unnamed speaker, Envoy coached Kremlin aide on peace plan"_s);
        anonymous.entities.append(Entity{u"o1"_s, Entity::Kind::Organisation, u"Coast Guard"_s, {}, {}});
        anonymous.quotes[0].speaker = u"o1"_s;
        QVERIFY(quoteCitation(anonymous, anonymous.quotes[0]).contains(u"\u2014 Coast Guard, Envoy coached"_s));
    }

    void readableDates_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("expected");
        QTest::newRow("day") << u"2025-10-14"_s << u"October 14, 2025"_s;
        QTest::newRow("month") << u"2025-10"_s << u"October 2025"_s;
        QTest::newRow("year") << u"2025"_s << u"2025"_s;
        QTest::newRow("year unknown") << u"XXXX-10-14"_s << u"October 14"_s;
        QTest::newRow("month of unknown year") << u"XXXX-03"_s << u"March"_s;
        QTest::newRow("week") << u"2025-W47"_s << u"week of November 17, 2025"_s;
        QTest::newRow("week 1 starts in the year before") << u"2025-W01"_s << u"week of December 30, 2024"_s;
        QTest::newRow("no week 60") << u"2025-W60"_s << u"2025-W60"_s;
        QTest::newRow("not a date") << u"soon"_s << u"soon"_s;
        QTest::newRow("bad month") << u"2025-13-01"_s << u"2025-13-01"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void readableDates()
    {
        QFETCH(QString, iso);
        QFETCH(QString, expected);
        QCOMPARE(readableDate(iso), expected);
    }

    void indexFindsItemsBothWays()
    {
        const auto story = TestStory::make();
        const StoryIndex index(story);
        const Quote &plan = *story->quote(u"q1"_s);
        QCOMPARE(index.spans(u"q1"_s), QList<SourceSpan>{plan.span});
        QCOMPARE(index.itemAt(u"a1"_s, plan.span.start + 3), u"q1"_s);
        QCOMPARE(index.itemAt(u"a1"_s, plan.span.end), QString()); // half-open: the closing mark is outside
        // Inside the event source "told Yuri Ushakov on October 14" but on a person's name: the event wins.
        const SourceSpan ushakov = TestStory::spanOf(story->articles.at(0), u"Yuri Ushakov"_s);
        QCOMPARE(index.itemAt(u"a1"_s, ushakov.start + 1), u"e1"_s);
        const QList<StoryIndex::Mark> marks = index.marksAt(u"a1"_s, ushakov.start + 1);
        QCOMPARE(marks.size(), 2);
        QCOMPARE(marks.first().id, u"p2"_s); // narrowest first
        QCOMPARE(index.spansIn(u"p2"_s, u"a1"_s).size(), 3);
        QCOMPARE(index.firstSpan(u"e1"_s, u"a2"_s).article, u"a2"_s);
        QCOMPARE(index.firstSpan(u"e1"_s).article, u"a1"_s);
        QVERIFY(!index.firstSpan(u"a1"_s).isValid());
        QCOMPARE(itemKind(u"o12"_s), ItemKind::Entity);
        QCOMPARE(itemKind(u"quote"_s), ItemKind::None);
    }
};

QTEST_GUILESS_MAIN(ModelsTest)
#include "models_test.moc"
