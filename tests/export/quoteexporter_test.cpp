// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "quoteexporter.h"
#include "teststories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {
// A small RFC 4180 reader, enough to check what the exporter wrote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}
} // namespace

class QuoteExporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv()
    {
        StoryGraph story = sampleStory();
        story.quotes[1].text = u"He said \"no\", then left"_s;
        story.quotes[2].text = u"=HYPERLINK(\"x\")"_s;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(quotesCsv(story)));
        QCOMPARE(rows.size(), story.quotes.size() + 1);
        const QStringList header = rows.first();
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), header.size());
        }
        const auto column = [&header](const QString &name) { return header.indexOf(name); };
        QVERIFY(column(u"start"_s) >= 0 && column(u"outlet"_s) >= 0);
        const QStringList first = rows.at(1);
        QCOMPARE(first.at(column(u"id"_s)), u"q1"_s);
        QCOMPARE(first.at(column(u"speaker"_s)), u"Steve Witkoff"_s);
        QCOMPARE(first.at(column(u"addressee"_s)), u"Yuri Ushakov"_s);
        QCOMPARE(first.at(column(u"outlet"_s)), u"Bloomberg"_s);
        QCOMPARE(first.at(column(u"published"_s)), u"2025-11-25"_s);
        QCOMPARE(first.at(column(u"start"_s)).toInt(), story.quotes.first().span.start);
        QCOMPARE(first.at(column(u"end"_s)).toInt(), story.quotes.first().span.end);
        QCOMPARE(first.at(column(u"event_label"_s)), u"Witkoff\u2013Ushakov call"_s);
        QCOMPARE(rows.at(2).at(column(u"text"_s)), story.quotes[1].text);
        // A cell that a spreadsheet would run as a formula stays text.
        QCOMPARE(rows.at(3).at(column(u"text"_s)), u"'=HYPERLINK(\"x\")"_s);
    }

    void anOrganisationSpeaksUnderItsName()
    {
        StoryGraph story = sampleStory();
        story.entities.append(Entity{u"o90"_s, Entity::Kind::Organisation, u"Coast Guard"_s, {}, {}});
        story.quotes[1].speaker = u"o90"_s;
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(quotesCsv(story)));
        const QStringList header = rows.first();
        QCOMPARE(rows.at(2).at(header.indexOf(u"speaker"_s)), u"Coast Guard"_s);
        QCOMPARE(rows.at(2).at(header.indexOf(u"speaker_id"_s)), u"o90"_s);
        const QJsonArray quotes = QJsonDocument::fromJson(quotesJson(story)).object().value(u"quotes"_s).toArray();
        QCOMPARE(quotes.at(1).toObject().value(u"speaker"_s).toObject().value(u"name"_s).toString(), u"Coast Guard"_s);
    }

    void json()
    {
        const StoryGraph story = sampleStory();
        const QJsonArray quotes = QJsonDocument::fromJson(quotesJson(story)).object().value(u"quotes"_s).toArray();
        QCOMPARE(quotes.size(), story.quotes.size());
        const QJsonObject trump = quotes.at(3).toObject();
        QCOMPARE(trump.value(u"kind"_s).toString(), u"direct"_s);
        QCOMPARE(trump.value(u"speaker"_s).toObject().value(u"name"_s).toString(), u"Donald Trump"_s);
        const QJsonObject citation = trump.value(u"citation"_s).toObject();
        QCOMPARE(citation.value(u"outlet"_s).toString(), u"Sourceline Samples"_s);
        QCOMPARE(citation.value(u"start"_s).toInt(), story.quotes.at(3).span.start);
        QCOMPARE(citation.value(u"end"_s).toInt(), story.quotes.at(3).span.end);
        QCOMPARE(trump.value(u"event"_s).toObject().value(u"id"_s).toString(), u"e11"_s);
        QVERIFY(quotes.at(5).toObject().value(u"addressee"_s).isNull());
    }

    void writesByExtension_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("csv") << u"quotes.csv"_s << QByteArray("id,kind,text");
        QTest::newRow("json") << u"quotes.JSON"_s << QByteArray("{");
    }

    void writesByExtension()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        QTemporaryDir folder;
        const QString path = folder.filePath(name);
        QCOMPARE(exportQuotes(sampleStory(), path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith(start));
    }

    void refusesBadTargets()
    {
        QTemporaryDir folder;
        QVERIFY(exportQuotes(sampleStory(), folder.filePath(u"quotes.xlsx"_s)).contains(u"format"_s));
        QVERIFY(exportQuotes(sampleStory(), folder.filePath(u"missing/quotes.csv"_s)).contains(u"does not exist"_s));
        QVERIFY(QDir(folder.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(QuoteExporterTest)
#include "quoteexporter_test.moc"
