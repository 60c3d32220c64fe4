// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

class JsonWriterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesContractFields()
    {
        StoryGraph story;
        Article article;
        article.id = u"a1"_s;
        article.title = u"Title"_s;
        article.published = QDate(2025, 11, 26);
        story.articles.append(article);
        Person person{u"p1"_s, u"Steve Witkoff"_s, {u"Witkoff"_s}, u"special envoy"_s, {}};
        story.people.append(person);
        Quote quote;
        quote.id = u"q1"_s;
        quote.text = u"a man of peace"_s;
        quote.kind = Quote::Kind::Partial;
        quote.speaker = u"p1"_s;
        quote.span = {u"a1"_s, 10, 24};
        story.quotes.append(quote);

        const QJsonObject json = QJsonDocument::fromJson(storyToJsonText(story)).object();
        QCOMPARE(json[u"articles"_s][0][u"published"_s].toString(), u"2025-11-26"_s);
        QCOMPARE(json[u"people"_s][0][u"aliases"_s][0].toString(), u"Witkoff"_s);
        const QJsonValue q = json[u"quotes"_s][0];
        QCOMPARE(q[u"kind"_s].toString(), u"partial"_s);
        QCOMPARE(q[u"speaker"_s].toString(), u"p1"_s);
        QVERIFY(q[u"addressee"_s].isNull());
        QCOMPARE(q[u"start"_s].toInt(), 10);
        QCOMPARE(q[u"end"_s].toInt(), 24);
        QVERIFY(json[u"events"_s].isArray());
        QVERIFY(json[u"times"_s].isArray());
    }

    void speakerIsAPersonIdOrNull_data()
    {
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QJsonValue>("personId");
        QTest::addColumn<QJsonValue>("entityId");
        QTest::addColumn<QJsonValue>("name");
        QTest::newRow("a person") << u"p1"_s << QJsonValue(u"p1"_s) << QJsonValue(QJsonValue::Undefined) << QJsonValue(u"Dmitry Peskov"_s);
        QTest::newRow("an organisation") << u"o1"_s << QJsonValue(QJsonValue::Null) << QJsonValue(u"o1"_s) << QJsonValue(u"Kremlin"_s);
        QTest::newRow("nobody") << QString() << QJsonValue(QJsonValue::Null) << QJsonValue(QJsonValue::Undefined) << QJsonValue(QJsonValue::Null);
    }

    // The contract's "speaker" is a person id or null; an organisation that speaks is named apart.
    void speakerIsAPersonIdOrNull()
    {
        QFETCH(QString, speaker);
        QFETCH(QJsonValue, personId);
        QFETCH(QJsonValue, entityId);
        QFETCH(QJsonValue, name);
        StoryGraph story;
        story.people.append(Person{u"p1"_s, u"Dmitry Peskov"_s, {}, u"spokesman"_s, {}});
        Entity kremlin;
        kremlin.id = u"o1"_s;
        kremlin.name = u"Kremlin"_s;
        kremlin.kind = Entity::Kind::Organisation;
        story.entities.append(kremlin);
        Quote quote;
        quote.id = u"q1"_s;
        quote.text = u"the leak was an attempt to derail the talks"_s;
        quote.kind = Quote::Kind::Indirect;
        quote.speaker = speaker;
        story.quotes.append(quote);
        const QJsonObject q = QJsonDocument::fromJson(storyToJsonText(story)).object()[u"quotes"_s][0].toObject();
        QCOMPARE(q.value(u"speaker"_s), personId);
        QCOMPARE(q.value(u"speakerEntity"_s), entityId);
        QCOMPARE(q.value(u"speakerName"_s), name);
    }

    void writesWhereAnEventHappenedWhenKnown_data()
    {
        QTest::addColumn<QString>("place");
        QTest::newRow("a place") << u"Geneva"_s;
        QTest::newRow("no place") << QString();
    }

    void writesWhereAnEventHappenedWhenKnown()
    {
        QFETCH(QString, place);
        StoryGraph story;
        Event event;
        event.id = u"e1"_s;
        event.label = u"Geneva talks"_s;
        event.place = place;
        story.events.append(event);
        const QJsonObject json = QJsonDocument::fromJson(storyToJsonText(story)).object();
        const QJsonObject written = json[u"events"_s][0].toObject();
        QCOMPARE(written.contains(u"place"_s), !place.isEmpty());
        QCOMPARE(written.value(u"place"_s).toString(), place);
    }

    void writesWhetherAnEventHappened_data()
    {
        QTest::addColumn<EventStatus>("status");
        QTest::addColumn<QString>("written");
        QTest::newRow("happened") << EventStatus::Happened << u"happened"_s;
        QTest::newRow("planned") << EventStatus::Planned << u"planned"_s;
        QTest::newRow("expected") << EventStatus::Expected << u"expected"_s;
        QTest::newRow("called off") << EventStatus::CalledOff << u"called off"_s;
    }

    void writesWhetherAnEventHappened()
    {
        QFETCH(EventStatus, status);
        QFETCH(QString, written);
        StoryGraph story;
        Event event;
        event.id = u"e1"_s;
        event.label = u"Budapest summit"_s;
        event.status = status;
        story.events.append(event);
        const QJsonObject json = QJsonDocument::fromJson(storyToJsonText(story)).object();
        QCOMPARE(json[u"events"_s][0][u"status"_s].toString(), written);
    }
};

QTEST_GUILESS_MAIN(JsonWriterTest)
#include "jsonwriter_test.moc"
