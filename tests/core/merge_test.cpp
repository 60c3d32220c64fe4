// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "extract/articleextractor.h"
#include "storybuilder.h"
#include "storymerger.h"

#include <QTest>

#include <algorithm>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {

StoryGraph extracted(const QString &id, const QString &text, const QDate &published = QDate())
{
    Article article;
    article.id = id;
    article.body = text;
    article.published = published;
    int start = 0;
    for (const QString &line : text.split(u'\n')) {
        article.blocks.append({TextBlock::Kind::Paragraph, {start, start + int(line.size())}});
        start += int(line.size()) + 1;
    }
    return extractArticle(article, published.isValid() ? published : QDate(2025, 11, 26));
}

QList<const Person *> peopleCalled(const StoryGraph &story, const QString &name)
{
    QList<const Person *> found;
    for (const Person &person : story.people) {
        if (person.name == name || person.aliases.contains(name)) {
            found.append(&person);
        }
    }
    return found;
}

// A small story of several articles that share people, events and quotes.
QList<Article> sharedStory(int count)
{
    const QStringList texts{u"Trump's special envoy Steve Witkoff met Kremlin aide Yuri Ushakov in Moscow on Monday."_s,
        u"\"We are close to a deal,\" Witkoff told reporters after the talks on Tuesday."_s,
        u"Ukrainian President Volodymyr Zelensky visited the White House on Oct. 17."_s,
        u"Ushakov said the meeting had been useful. Two days later the envoys met again in Geneva."_s};
    QList<Article> articles;
    for (int i = 0; i < count; ++i) {
        Article article;
        article.id = u"a%1"_s.arg(i + 1);
        article.body = texts[i % texts.size()];
        article.published = QDate(2025, 11, 20 + i % 5);
        article.blocks.append({TextBlock::Kind::Paragraph, {0, int(article.body.size())}});
        articles.append(article);
    }
    return articles;
}

// The story's events with their days, for a failure message.
QString labelsOf(const StoryGraph &story)
{
    QStringList labels;
    for (const Event &event : story.events) {
        labels.append(event.label + u" "_s + event.date.iso);
    }
    return labels.join(u", "_s);
}

// What a story says, in a form QCOMPARE can show when two stories differ.
QStringList summary(const StoryGraph &story)
{
    QStringList lines;
    for (const Article &article : story.articles) {
        lines.append(article.id + u' ' + article.body.left(20));
    }
    for (const Person &person : story.people) {
        lines.append(person.id + u' ' + person.name + u' ' + person.aliases.join(u'/') + u' ' + QString::number(person.mentions.size()));
    }
    for (const Quote &quote : story.quotes) {
        lines.append(quote.id + u' ' + quote.speaker + u' ' + quote.text + u' ' + QString::number(quote.echoes.size()));
    }
    for (const Event &event : story.events) {
        lines.append(event.id + u' ' + event.label + u' ' + QString::number(event.rank) + u' ' + QString::number(event.sources.size()));
    }
    return lines;
}
// One article's graph built by hand: the named people and one event of them, so that a test
// sets exactly the label, cast and day the merge sees.
StoryGraph oneEventArticle(const QString &articleId, const QStringList &cast, const QString &label, const QString &type, const QString &day)
{
    StoryGraph graph;
    Article article;
    article.id = articleId;
    article.body = label;
    graph.articles.append(article);
    Event event;
    event.id = u"e1"_s;
    event.label = label;
    event.type = type;
    if (!day.isEmpty()) {
        const QDate date = QDate::fromString(day, Qt::ISODate);
        event.date = {day, DateValue::Granularity::Day, date, date};
    }
    for (const QString &name : cast) {
        Person person;
        person.id = u"p"_s + QString::number(graph.people.size() + 1);
        person.name = name;
        person.mentions.append({articleId, 0, 1});
        event.participants.append(person.id);
        graph.people.append(person);
    }
    event.sources.append({articleId, 0, int(label.size())});
    graph.events.append(event);
    return graph;
}
} // namespace

class MergeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mergesSpellingVariants_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("variant");

        QTest::newRow("Zelensky/Zelenskyy") << u"Ukrainian President Volodymyr Zelensky flew to Washington."_s
                                            << u"President Volodymyr Zelenskyy said talks were hard."_s << u"Volodymyr Zelensky"_s << u"Volodymyr Zelenskyy"_s;
        QTest::newRow("Yuri/Yury") << u"Kremlin aide Yuri Ushakov took the call."_s << u"Kremlin aide Yury Ushakov denied the report."_s << u"Yuri Ushakov"_s
                                   << u"Yury Ushakov"_s;
        QTest::newRow("Dan/Daniel") << u"Army Secretary Daniel Driscoll flew to Kyiv."_s << u"Army Secretary Dan Driscoll met Ukrainian officials."_s
                                    << u"Daniel Driscoll"_s << u"Dan Driscoll"_s;
        QTest::newRow("Larry/Lawrence") << u"Former Treasury secretary Larry Summers joined the board."_s
                                        << u"The board includes Lawrence Summers, the economist."_s << u"Larry Summers"_s << u"Lawrence Summers"_s;
        QTest::newRow("surname joins full name") << u"Trump's special envoy Steve Witkoff arrived on Monday."_s
                                                 << u"\"We are close,\" Witkoff said on Tuesday."_s << u"Steve Witkoff"_s << u"Witkoff"_s;
        QTest::newRow("Suk-yeol/Suk Yeol") << u"South Korean President Yoon Suk-yeol lifted martial law."_s
                                           << u"President Yoon Suk Yeol apologised on Saturday."_s << u"Yoon Suk Yeol"_s << u"Yoon Suk-yeol"_s;
        QTest::newRow("family name written first, alone") << u"President Yoon Suk Yeol declared martial law. Mr Yoon said it was needed."_s
                                                          << u"\"I am sorry,\" Yoon said on Saturday."_s << u"Yoon Suk Yeol"_s << u"Yoon"_s;
        QTest::newRow("Yevgeny/Evgeny") << u"Wagner chief Yevgeny Prigozhin turned his men back."_s << u"Wagner chief Evgeny Prigozhin said he had won."_s
                                        << u"Yevgeny Prigozhin"_s << u"Evgeny Prigozhin"_s;
        QTest::newRow("Mohammed/Muhammad") << u"Crown Prince Mohammed bin Salman met the envoys."_s << u"Crown Prince Muhammad bin Salman spoke first."_s
                                           << u"Mohammed bin Salman"_s << u"Muhammad bin Salman"_s;
        QTest::newRow("a Spanish mother's surname") << u"President Claudia Sheinbaum took office."_s << u"Claudia Sheinbaum Pardo was sworn in on Tuesday."_s
                                                    << u"Claudia Sheinbaum Pardo"_s << u"Claudia Sheinbaum"_s;
        QTest::newRow("a knight by his given name") << u"Labour leader Sir Keir Starmer said it was time for change."_s
                                                    << u"Rishi Sunak said a vote for Reform would hand Sir Keir a large majority."_s << u"Keir Starmer"_s
                                                    << u"Sir Keir"_s;
        QTest::newRow("a one-word name another article uses")
            << u"Brazil's president, Luiz Inácio Lula da Silva, opened the summit. \"We must act,\" Lula said."_s
            << u"President Lula said the summit had done its work."_s << u"Luiz Inácio Lula da Silva"_s << u"Lula"_s;
        QTest::newRow("full name upgrades surname") << u"\"We are close,\" Witkoff said on Tuesday."_s
                                                    << u"Trump's special envoy Steve Witkoff arrived on Monday."_s << u"Steve Witkoff"_s << u"Witkoff"_s;
    }

    void mergesSpellingVariants()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, name);
        QFETCH(QString, variant);
        const StoryGraph story = mergeStories({extracted(u"a1"_s, first), extracted(u"a2"_s, second)});
        const QList<const Person *> found = peopleCalled(story, name);
        QCOMPARE(found.size(), 1);
        const Person *person = found.first();
        QCOMPARE(person->name, name);
        QVERIFY(person->name == variant || person->aliases.contains(variant));
        bool inFirst = false;
        bool inSecond = false;
        for (const SourceSpan &mention : person->mentions) {
            inFirst = inFirst || mention.article == u"a1"_s;
            inSecond = inSecond || mention.article == u"a2"_s;
        }
        QVERIFY(inFirst && inSecond);
        QCOMPARE(story.people.first().id, u"p1"_s);
    }

    // A person's role in the story is the one most articles give, not the first article's.
    void keepsTheRoleMostArticlesGive()
    {
        const StoryGraph story = mergeStories({extracted(u"a1"_s, u"Yoon Suk Yeol, a former prosecutor, entered politics in 2021."_s),
            extracted(u"a2"_s, u"President Yoon Suk Yeol declared martial law."_s), extracted(u"a3"_s, u"President Yoon Suk Yeol lifted martial law."_s)});
        const QList<const Person *> yoon = peopleCalled(story, u"Yoon Suk Yeol"_s);
        QCOMPARE(yoon.size(), 1);
        QCOMPARE(yoon.first()->role.toLower(), u"president"_s);
        // One article each: the first told stays.
        const StoryGraph two = mergeStories({extracted(u"a1"_s, u"Yoon Suk Yeol, a former prosecutor, entered politics in 2021."_s),
            extracted(u"a2"_s, u"President Yoon Suk Yeol declared martial law."_s)});
        QCOMPARE(peopleCalled(two, u"Yoon Suk Yeol"_s).first()->role,
            peopleCalled(mergeStories({extracted(u"a1"_s, u"Yoon Suk Yeol, a former prosecutor, entered politics in 2021."_s)}), u"Yoon Suk Yeol"_s)
                .first()
                ->role);
    }

    // A person's name is the fullest most articles write; a middle initial does not make a
    // name fuller.
    void keepsTheNameMostArticlesWrite_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("name");
        const QString initial = u"President Vladimir V. Putin spoke on Monday."_s;
        const QString plain = u"President Vladimir Putin spoke on Monday."_s;
        QTest::newRow("one paper's initial, first") << QStringList{initial, plain, plain} << u"Vladimir Putin"_s;
        QTest::newRow("one paper's initial, last") << QStringList{plain, plain, initial} << u"Vladimir Putin"_s;
        QTest::newRow("the initial most write") << QStringList{u"President George W. Bush spoke."_s, plain, u"President George W. Bush left."_s}
                                                << u"George W. Bush"_s;
        QTest::newRow("a fuller name wins") << QStringList{u"Putin spoke on Monday."_s, u"Putin left on Monday."_s, plain} << u"Vladimir Putin"_s;
        QTest::newRow("a tie goes to the plainer name") << QStringList{initial, plain} << u"Vladimir Putin"_s;
        QTest::newRow("a patronymic") << QStringList{u"President Vladimir Vladimirovich Putin spoke on Monday."_s, plain} << u"Vladimir Putin"_s;
        QTest::newRow("a Ukrainian patronymic") << QStringList{u"President Volodymyr Oleksandrovych Zelensky spoke."_s,
            u"President Volodymyr Zelensky spoke."_s}
                                                << u"Volodymyr Zelensky"_s;
        QTest::newRow("a middle name is fuller") << QStringList{u"Mayor Mary Carter spoke on Monday."_s, u"Mayor Mary Ellen Carter spoke on Monday."_s}
                                                 << u"Mary Ellen Carter"_s;
    }

    void keepsTheNameMostArticlesWrite()
    {
        QFETCH(QStringList, texts);
        QFETCH(QString, name);
        QList<StoryGraph> graphs;
        for (const QString &text : std::as_const(texts)) {
            graphs.append(extracted(u"a%1"_s.arg(graphs.size() + 1), text));
        }
        const StoryGraph story = mergeStories(graphs);
        QVERIFY2(!peopleCalled(story, name).isEmpty(), qPrintable(summary(story).join(u'\n')));
        QCOMPARE(peopleCalled(story, name).first()->name, name);
    }

    // A given name alone beside the family ("and his son Suleman") is the one person of the
    // story whose full name begins with it.
    void joinsAGivenNameToItsFamily_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("joined");
        const QString son = u"Shahzada Dawood, 48, and his son Suleman, 19, were aboard the vessel."_s;
        QTest::newRow("a son named beside his father") << son << u"Suleman Dawood was a student in Glasgow."_s << true;
        QTest::newRow("two full names begin with it") << son << u"Suleman Dawood was a student in Glasgow. Suleman Khan, a neighbour, said nothing."_s << false;
        QTest::newRow("another family") << u"\"It left at dawn,\" said Suleman, a fisherman who gave only his first name."_s
                                        << u"Suleman Dawood was a student in Glasgow."_s << false;
    }

    void joinsAGivenNameToItsFamily()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, joined);
        const StoryGraph story = mergeStories({extracted(u"a1"_s, first), extracted(u"a2"_s, second)});
        const QList<const Person *> full = peopleCalled(story, u"Suleman Dawood"_s);
        QCOMPARE(full.size(), 1);
        QVERIFY2(!peopleCalled(story, u"Suleman"_s).isEmpty(), qPrintable(summary(story).join(u'\n')));
        QCOMPARE(peopleCalled(story, u"Suleman"_s) == full, joined);
        for (const Event &event : story.events) {
            for (const QString &id : event.participants) {
                QVERIFY2(story.person(id) != nullptr, qPrintable(event.label + u": "_s + id));
            }
        }
    }

    // One deed told by two articles in their own words, on the same day, is one event; the
    // same person's deed of another day stays apart.
    void mergesOneDeedToldTwice_data()
    {
        QTest::addColumn<QString>("second");
        QTest::addColumn<int>("deeds");
        QTest::newRow("same day") << u"Army Secretary Dan Driscoll had delivered the original draft to Kyiv on Thursday."_s << 1;
        QTest::newRow("another day") << u"Army Secretary Dan Driscoll had delivered the original draft to Kyiv on Monday."_s << 2;
        QTest::newRow("the same verb that day") << u"Army Secretary Dan Driscoll carried the document to Kyiv on Thursday."_s << 1;
        QTest::newRow("another deed that day") << u"Army Secretary Dan Driscoll flew to Abu Dhabi on Thursday."_s << 2;
        QTest::newRow("a speech that day") << u"Army Secretary Dan Driscoll addressed Ukrainian lawmakers on Thursday."_s << 2;
    }

    void mergesOneDeedToldTwice()
    {
        QFETCH(QString, second);
        QFETCH(int, deeds);
        const StoryGraph story
            = mergeStories({extracted(u"a1"_s, u"Army Secretary Dan Driscoll carried the plan to Kyiv on Nov. 20."_s), extracted(u"a2"_s, second)});
        const auto found = std::count_if(story.events.cbegin(), story.events.cend(), [](const Event &e) { return e.label.startsWith(u"Driscoll"_s); });
        QVERIFY2(found == deeds, qPrintable(labelsOf(story)));
    }

    // Two articles' tellings of one kind of happening (the type counted): one deed done to the
    // same person that day by doers each names otherwise; an article of 1 October that tells an
    // undated vote as done, and a later article's vote still to come or already held.
    void countsTheHappeningsOfAType_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QDate>("firstPublished");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QDate>("secondPublished");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("happenings");
        const QString named = u"OpenAI named Emmett Shear as its interim chief executive on Nov. 19, 2023."_s;
        QTest::newRow("another doer, the same object, that day")
            << named << QDate() << u"The board named Emmett Shear interim chief executive on Nov. 19, 2023."_s << QDate() << u"named"_s << 1;
        QTest::newRow("another object that day") << named << QDate() << u"The board named Mira Murati interim chief executive on Nov. 19, 2023."_s << QDate()
                                                 << u"named"_s << 2;
        QTest::newRow("the same object another day") << named << QDate() << u"The board named Emmett Shear interim chief executive on Nov. 20, 2023."_s
                                                     << QDate() << u"named"_s << 2;
        const QString vote = u"The vote was 55-45."_s;
        QTest::newRow("a vote still expected later") << vote << QDate(2025, 10, 1) << u"A vote is expected on Saturday."_s << QDate(2025, 11, 6) << u"vote"_s
                                                     << 2;
        QTest::newRow("a vote held later") << vote << QDate(2025, 10, 1) << u"The vote was held on Saturday."_s << QDate(2025, 11, 6) << u"vote"_s << 1;
    }

    void countsTheHappeningsOfAType()
    {
        QFETCH(QString, first);
        QFETCH(QDate, firstPublished);
        QFETCH(QString, second);
        QFETCH(QDate, secondPublished);
        QFETCH(QString, type);
        QFETCH(int, happenings);
        const StoryGraph story = mergeStories({extracted(u"a1"_s, first, firstPublished), extracted(u"a2"_s, second, secondPublished)});
        const auto found = std::count_if(story.events.cbegin(), story.events.cend(), [&type](const Event &e) { return e.type == type; });
        QVERIFY2(found == happenings, qPrintable(labelsOf(story)));
    }

    // Two articles tell one happening at different precision or in other words; the merged
    // event has both sources and the finer date (empty: not checked).
    void mergesTwoTellingsOfOneHappening_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<int>("events");
        QTest::addColumn<QString>("date");
        // One gives the year, the other the day or month.
        const QString plea = u"Michael Cohen pleaded guilty in 2018."_s;
        QTest::newRow("the day within the year") << plea << u"Michael Cohen pleaded guilty on Aug. 21, 2018."_s << 1 << u"2018-08-21"_s;
        QTest::newRow("the month within the year") << plea << u"Michael Cohen pleaded guilty in August 2018."_s << 1 << u"2018-08"_s;
        QTest::newRow("another year") << plea << u"Michael Cohen pleaded guilty on Aug. 21, 2019."_s << 2 << QString();
        QTest::newRow("another deed that year") << plea << u"Michael Cohen testified on Aug. 21, 2018."_s << 2 << QString();
        // A person's arrest told to the day and to the month.
        const QString arrest = u"Luigi Mangione was arrested on Dec. 9, 2024, in Altoona."_s;
        QTest::newRow("arrested that month") << arrest << u"Mangione was arrested in December 2024."_s << 1 << u"2024-12-09"_s;
        QTest::newRow("arrested that month, in a clause")
            << arrest << u"Mangione has been in custody since December 2024, when he was arrested."_s << 1 << u"2024-12-09"_s;
        QTest::newRow("arrested another month") << arrest << u"Mangione was arrested in March 2025."_s << 2 << QString();
        QTest::newRow("arrested another year") << arrest << u"Mangione was arrested in 2023."_s << 2 << QString();
        QTest::newRow("another man arrested that month") << arrest << u"Shane Tamura was arrested in December 2024."_s << 2 << QString();
        // "next week" and "in early December": a week inside the month.
        const QString trip = u"Steve Witkoff is expected to travel to Moscow next week."_s;
        QTest::newRow("the week within the month") << trip << u"Steve Witkoff is expected to travel to Moscow in early December."_s << 1 << u"2025-W49"_s;
        QTest::newRow("another month") << trip << u"Steve Witkoff is expected to travel to Moscow in January."_s << 2 << QString();
        // One names the happening, the other tells that it began that day.
        const QString selection = u"Jury selection is set to begin on Monday, April 15, 2024, in Manhattan."_s;
        QTest::newRow("began") << selection << u"Jury selection began on April 15, 2024."_s << 1 << u"2024-04-15"_s;
        QTest::newRow("got under way") << selection << u"Jury selection got under way on April 15, 2024."_s << 1 << u"2024-04-15"_s;
        QTest::newRow("began another day") << selection << u"Jury selection began on April 16, 2024."_s << 2 << QString();
        QTest::newRow("its end") << selection << u"Jury selection ended on April 15, 2024."_s << 2 << QString();
        // "The Supreme Court rules" and the "Supreme Court ruling" that day: the verb's own noun.
        const QString ruling = u"The US Supreme Court ruling on July 1, 2024 gave presidents broad immunity."_s;
        QTest::newRow("the court ruled that day") << ruling << u"July 1, 2024: The Supreme Court rules that presidents are immune."_s << 1 << u"2024-07-01"_s;
        QTest::newRow("the court ruled another day") << ruling << u"June 3, 2024: The Supreme Court rules that the law stands."_s << 2 << QString();
        // One article names the deed with a noun, the other with a verb of other words.
        const QString resignation = u"Harvard president Claudine Gay resigned on Jan. 2, 2024, after weeks of pressure."_s;
        QTest::newRow("stepped down that day") << resignation << u"Harvard president Claudine Gay stepped down on Jan. 2, 2024."_s << 1 << u"2024-01-02"_s;
        QTest::newRow("quit that day") << resignation << u"Gay quit on Jan. 2, 2024."_s << 1 << u"2024-01-02"_s;
        QTest::newRow("her resignation that month") << resignation << u"Claudine Gay's resignation in January 2024 ended a short tenure."_s << 1
                                                    << u"2024-01-02"_s;
        QTest::newRow("stepped down another day") << resignation << u"Harvard president Claudine Gay stepped down on Jan. 3, 2024."_s << 2 << QString();
        QTest::newRow("sat down that day") << resignation << u"Harvard president Claudine Gay sat down on Jan. 2, 2024."_s << 2 << QString();
        // Each article names another of the people at one hearing.
        const QString hearing = u"Penn President Liz Magill was questioned at the hearing on Dec. 5, 2023."_s;
        QTest::newRow("one hearing, another person beside it")
            << hearing << u"Rep. Elise Stefanik led the questioning at the hearing on Dec. 5, 2023."_s << 1 << u"2023-12-05"_s;
        QTest::newRow("a hearing of another day") << hearing << u"Rep. Elise Stefanik led the questioning at the hearing on Dec. 6, 2023."_s << 2 << QString();
        QTest::newRow("two people's interviews that day") << u"In the Dec. 5, 2023 interview, Kremlin aide Yuri Ushakov was calm."_s
                                                          << u"In the Dec. 5, 2023 interview, Senator Jane Hale was calm."_s << 2 << QString();
        QTest::newRow("two pairs' calls that day") << u"President Donald Trump's call with Volodymyr Zelensky on Dec. 5, 2023 was short."_s
                                                   << u"President Vladimir Putin's call with Xi Jinping on Dec. 5, 2023 was long."_s << 2 << QString();
        // A person's statement and announcement of one day are one telling of what was said.
        const QString announced = u"On July 23, 2024, Transportation Secretary Pete Buttigieg announced that the airline had let its passengers down."_s;
        QTest::newRow("said that day") << announced << u"Transportation Secretary Pete Buttigieg said on July 23, 2024 that the department wanted answers."_s
                                       << 1 << u"2024-07-23"_s;
        QTest::newRow("said another day") << announced << u"Transportation Secretary Pete Buttigieg said on July 25, 2024 that the department wanted answers."_s
                                          << 2 << QString();
        QTest::newRow("another person said that day") << announced
                                                      << u"Delta chief executive Ed Bastian said on July 23, 2024 that the airline was recovering."_s << 2
                                                      << QString();
        // One deed of one kind at the same minute of one day in a named time zone: one happening
        // told in other words ("withdrew", "reverted").
        const QString withdrew = u"Nimbus said it withdrew the faulty file at 05:27 UTC on July 19, 2024."_s;
        QTest::newRow("reverted at that minute") << withdrew << u"The company reverted the update at 05:27 UTC on July 19, 2024."_s << 1 << u"2024-07-19"_s;
        QTest::newRow("reverted at another minute") << withdrew << u"The company reverted the update at 06:40 UTC on July 19, 2024."_s << 2 << QString();
        QTest::newRow("another deed at that minute") << withdrew << u"The company received the complaint at 05:27 UTC on July 19, 2024."_s << 2 << QString();
        QTest::newRow("reverted another day at that minute")
            << withdrew << u"The company reverted the update at 05:27 UTC on July 20, 2024."_s << 2 << QString();
        // One deed in other words ("made landfall", "came ashore") that day: one happening.
        const QString landfall = u"Hurricane Helene made landfall near Perry on Sept. 26, 2024."_s;
        QTest::newRow("came ashore that day") << landfall << u"On Sept. 26, 2024, it came ashore in the Big Bend."_s << 1 << u"2024-09-26"_s;
        QTest::newRow("has made landfall, named") << u"Helene has made landfall near Perry on Sept. 26, 2024."_s
                                                  << u"Helene came ashore in the Big Bend on Sept. 26, 2024."_s << 1 << u"2024-09-26"_s;
        QTest::newRow("came ashore, named") << landfall << u"Helene came ashore in the Big Bend on Sept. 26, 2024."_s << 1 << u"2024-09-26"_s;
        QTest::newRow("another storm came ashore") << landfall << u"Hurricane Isaac came ashore in Louisiana on Sept. 26, 2024."_s << 2 << QString();
        QTest::newRow("came ashore another day") << landfall << u"Helene came ashore in the Big Bend on Sept. 27, 2024."_s << 2 << QString();
        QTest::newRow("came home that day") << landfall << u"Helene came home to Perry on Sept. 26, 2024."_s << 2 << QString();
        // "found ... guilty" and "convicted": one verdict, its object between verb and particle.
        const QString convicted = u"His case in dates\n\nNov. 2, 2023: The jury convicts him on seven counts."_s;
        QTest::newRow("found guilty that day") << convicted << u"A federal jury found Sam Bankman-Fried guilty on Nov. 2, 2023, in Manhattan."_s << 1
                                               << u"2023-11-02"_s;
        QTest::newRow("found guilty another day") << convicted << u"A federal jury found Sam Bankman-Fried guilty on Nov. 3, 2023, in Manhattan."_s << 2
                                                  << QString();
        QTest::newRow("found liable that day") << convicted << u"A federal jury found Sam Bankman-Fried liable on Nov. 2, 2023, in Manhattan."_s << 2
                                               << QString();
        // A bare noun of a recurring kind told as done without a date is one of many; a
        // one-off, or a report still expected, is the one the other article dates.
        QTest::newRow("an undated briefing and another article's dated one")
            << u"At the briefing, engineers described the leak in detail."_s << u"At the briefing on March 19, 2025, engineers described the landing."_s << 2
            << QString();
        QTest::newRow("an expected report and the dated one")
            << u"A report is expected within a month, the agency said."_s << u"The report on May 14, 2024 found two blackouts."_s << 1 << u"2024-05-14"_s;
        QTest::newRow("an undated crash and the dated one")
            << u"The crash shut the port for weeks."_s << u"The crash on March 26, 2024 killed six workers."_s << 1 << u"2024-03-26"_s;
        // "was shot" names the shooting of its own person, that day.
        const QString shot = u"Former President Donald Trump was shot in the ear in Butler on July 13, 2024."_s;
        const QString shooting = u"The shooting on July 13, 2024 wounded Donald Trump."_s;
        QTest::newRow("the shooting of that day") << shot << shooting << 1 << u"2024-07-13"_s;
        QTest::newRow("the shooting of another day") << shot << u"The shooting on July 14, 2024 wounded Donald Trump."_s << 2 << QString();
        QTest::newRow("another man shot that day") << u"A deputy, Tom Reyes, was shot in Akron on July 13, 2024."_s << shooting << 2 << QString();
        // The one person each article names beside a one-off happening does not set apart an
        // undated telling from the dated one, in either order; a recurring kind still stays apart.
        const QString calledIt = u"Secret Service director Kimberly Cheatle called the shooting a failure."_s;
        QTest::newRow("an undated shooting beside another person") << calledIt << shooting << 1 << u"2024-07-13"_s;
        QTest::newRow("the dated shooting first") << shooting << calledIt << 1 << u"2024-07-13"_s;
        QTest::newRow("an undated statement beside another person") << u"Secret Service director Kimberly Cheatle read the statement to staff."_s
                                                                    << u"The statement on July 13, 2024 was read by Donald Trump."_s << 2 << QString();
        // A news conference recurs: another person's, undated, is another day's; both undated,
        // two articles' bare briefings stay apart too unless they share a person.
        const QString conference = u"Sheriff Robert Luna said at a news conference on Jan. 8, 2025 that two people had died."_s;
        QTest::newRow("an undated news conference beside another person")
            << conference << u"The acting U.S. attorney, Bill Essayli, told a news conference that the case was strong."_s << 2 << QString();
        QTest::newRow("an undated news conference of the same person")
            << conference << u"Sheriff Robert Luna told a news conference that the toll would rise."_s << 1 << u"2025-01-08"_s;
        QTest::newRow("two undated interviews") << u"Naomi Achterberg said in an interview that the soil was rich."_s
                                                << u"In an interview, the minister said prices would fall."_s << 2 << QString();
        QTest::newRow("two undated interviews of one person") << u"Naomi Achterberg said in an interview that the soil was rich."_s
                                                              << u"In an interview, Naomi Achterberg said prices would fall."_s << 1 << QString();
        // Reports recur: one company's reports of two days are two reports, not one misdated.
        const QString review = u"CrowdStrike published its preliminary review on July 24, 2024."_s;
        QTest::newRow("a report of another day") << review << u"CrowdStrike published its root-cause analysis on Aug. 6, 2024."_s << 2 << QString();
        QTest::newRow("the report that day") << review << u"CrowdStrike published its review on July 24, 2024."_s << 1 << u"2024-07-24"_s;
    }

    void mergesTwoTellingsOfOneHappening()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(int, events);
        QFETCH(QString, date);
        const StoryGraph story = mergeStories({extracted(u"a1"_s, first), extracted(u"a2"_s, second)});
        QVERIFY2(story.events.size() == events, qPrintable(labelsOf(story)));
        if (events == 1) {
            QCOMPARE(story.events.first().sources.size(), 2);
            QCOMPARE(story.events.first().date.iso, date);
        }
    }

    // Words said recur: an undated statement of an article written months after another dated
    // statement of the same person is a new one; days after, it is that one told again.
    void keepsALaterStatementApart_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QDate>("secondPublished");
        QTest::addColumn<bool>("joined");
        const QString august = u"Jannik Sinner will not be banned, the agency said on Tuesday.\n"
                               u"\"I will now put this period behind me,\" Sinner said in a statement posted on social media on Tuesday."_s;
        const QString undated = u"Jannik Sinner accepted a ban.\n\"This case has been hanging over me,\" Sinner said in a statement."_s;
        QTest::newRow("six months later") << august << undated << QDate(2025, 2, 15) << false;
        QTest::newRow("two days later") << august << undated << QDate(2024, 8, 22) << true;
    }

    void keepsALaterStatementApart()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QDate, secondPublished);
        QFETCH(bool, joined);
        const StoryGraph story = mergeStories({extracted(u"a1"_s, first, QDate(2024, 8, 21)), extracted(u"a2"_s, second, secondPublished)});
        const bool toldByBoth = std::any_of(story.events.cbegin(), story.events.cend(), [](const Event &event) {
            return std::any_of(
                event.sources.cbegin(), event.sources.cend(), [&event](const SourceSpan &source) { return source.article != event.sources.first().article; });
        });
        QVERIFY2(toldByBoth == joined, qPrintable(labelsOf(story)));
    }

    // A story event that gained a person from a second article is found through that person
    // by a third: the merge looks only at events of an incoming telling's own people (or of
    // no one) under a label or a day, and must file the gained person there too.
    void findsAnEventThroughAPersonItGained_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("thirdLabel");
        QTest::addColumn<QString>("thirdPerson");
        QTest::addColumn<int>("events");
        QTest::newRow("one-word label, the gained person") << u"Plan"_s << u"plan"_s << QString() << u"Plan"_s << u"Kirill Dmitriev"_s << 1;
        QTest::newRow("one-word label, someone else") << u"Plan"_s << u"plan"_s << QString() << u"Plan"_s << u"Rustem Umerov"_s << 2;
        QTest::newRow("one day, the gained person") << u"Geneva talks"_s << u"talks"_s << u"2025-10-14"_s << u"Dmitriev meeting"_s << u"Kirill Dmitriev"_s << 1;
        QTest::newRow("one day, someone else") << u"Geneva talks"_s << u"talks"_s << u"2025-10-14"_s << u"Umerov meeting"_s << u"Rustem Umerov"_s << 2;
    }

    void findsAnEventThroughAPersonItGained()
    {
        QFETCH(QString, label);
        QFETCH(QString, type);
        QFETCH(QString, day);
        QFETCH(QString, thirdLabel);
        QFETCH(QString, thirdPerson);
        QFETCH(int, events);
        const StoryGraph story = mergeStories({oneEventArticle(u"a1"_s, {u"Steve Witkoff"_s}, label, type, day),
            oneEventArticle(u"a2"_s, {u"Steve Witkoff"_s, u"Kirill Dmitriev"_s}, label, type, day),
            oneEventArticle(u"a3"_s, {thirdPerson}, thirdLabel, type == u"talks"_s ? u"meeting"_s : type, day)});
        QVERIFY2(story.events.size() == events, qPrintable(labelsOf(story)));
        QCOMPARE(story.events.first().sources.size(), 4 - events);
    }

    void keepsTheMostSettledStatus_data()
    {
        QTest::addColumn<EventStatus>("first");
        QTest::addColumn<EventStatus>("second");
        QTest::addColumn<EventStatus>("merged");
        QTest::newRow("planned, then done") << EventStatus::Planned << EventStatus::Happened << EventStatus::Happened;
        QTest::newRow("done, then a late plan") << EventStatus::Happened << EventStatus::Planned << EventStatus::Happened;
        QTest::newRow("planned, then called off") << EventStatus::Planned << EventStatus::CalledOff << EventStatus::CalledOff;
        QTest::newRow("called off, then planned") << EventStatus::CalledOff << EventStatus::Planned << EventStatus::CalledOff;
        QTest::newRow("expected, then planned") << EventStatus::Expected << EventStatus::Planned << EventStatus::Planned;
        QTest::newRow("expected twice") << EventStatus::Expected << EventStatus::Expected << EventStatus::Expected;
    }

    // One event told by two articles: whether it happened does not depend on which came first.
    void keepsTheMostSettledStatus()
    {
        QFETCH(EventStatus, first);
        QFETCH(EventStatus, second);
        QFETCH(EventStatus, merged);
        StoryGraph a = extracted(u"a1"_s, u"Michael Cohen pleaded guilty on Aug. 21, 2018."_s);
        StoryGraph b = extracted(u"a2"_s, u"Michael Cohen pleaded guilty on Aug. 21, 2018."_s);
        QCOMPARE(a.events.size(), 1);
        QCOMPARE(b.events.size(), 1);
        a.events.first().status = first;
        b.events.first().status = second;
        const StoryGraph story = mergeStories({a, b});
        QCOMPARE(story.events.size(), 1);
        QCOMPARE(story.events.first().status, merged);
    }

    void aSettlingTellingNamesTheEvent()
    {
        StoryGraph plan = extracted(u"a1"_s, u"Michael Cohen pleaded guilty on Aug. 21, 2018."_s);
        StoryGraph done = extracted(u"a2"_s, u"Michael Cohen pleaded guilty on Aug. 21, 2018."_s);
        plan.events.first().status = EventStatus::Planned;
        plan.events.first().label = u"Cohen is to plead guilty"_s;
        const StoryGraph story = mergeStories({plan, done});
        QCOMPARE(story.events.size(), 1);
        QCOMPARE(story.events.first().label, done.events.first().label);
        // A plan told after the happening does not rename it.
        const StoryGraph late = mergeStories({done, plan});
        QCOMPARE(late.events.first().label, done.events.first().label);
    }

    void aCompanyIsNoPersonInAnotherArticle()
    {
        const QString called = u"On Tuesday, Northway, the largest exchange in the world, agreed to buy its rival."_s;
        const QString acting = u"Changpeng Zhao says Northway will sell its holdings.\nNorthway agrees to buy the exchange in a deal.\nNorthway backs out."_s;
        const StoryGraph alone = mergeStories({extracted(u"a2"_s, acting)});
        QCOMPARE(peopleCalled(alone, u"Northway"_s).size(), 1); // what the rule mends
        const StoryGraph story = mergeStories({extracted(u"a1"_s, called), extracted(u"a2"_s, acting)});
        QVERIFY(peopleCalled(story, u"Northway"_s).isEmpty());
        const auto company = std::find_if(story.entities.cbegin(), story.entities.cend(), [](const Entity &e) { return e.name == u"Northway"_s; });
        QVERIFY(company != story.entities.cend());
        QCOMPARE(company->mentions.size(), 4);
        for (const Event &event : story.events) {
            for (const QString &id : event.participants) {
                QVERIFY2(story.person(id) != nullptr, qPrintable(event.label + u": "_s + id));
            }
        }
        // A person known by one name stays a person when no article calls the name a company.
        const StoryGraph people = mergeStories({extracted(u"a1"_s, u"Northway Bank opened a branch."_s), extracted(u"a2"_s, acting)});
        QCOMPARE(peopleCalled(people, u"Northway"_s).size(), 1);
    }

    // One article tells a clause, another names the happening.
    void mergesAClauseIntoTheHappeningItTells_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("surname");
        QTest::addColumn<int>("events");
        const QString call = u"The Oct. 16 call between President Vladimir Putin and President Donald Trump lasted two hours."_s;
        QTest::newRow("the call as a clause") << call << u"Mr. Putin called Mr. Trump on Oct. 16."_s << u"Putin"_s << 1;
        QTest::newRow("a call of another day") << call << u"Mr. Putin called Mr. Trump on Oct. 17."_s << u"Putin"_s << 2;
        QTest::newRow("a call to someone else") << call << u"Mr. Putin called President Xi Jinping on Oct. 16."_s << u"Putin"_s << 2;
        const QString visit = u"On Oct. 14, aides prepared for Ukrainian President Volodymyr Zelensky's visit to the White House that week."_s;
        QTest::newRow("the visitor came that week") << visit << u"Mr. Zelensky came to the White House on Oct. 17."_s << u"Zelensky"_s << 1;
        QTest::newRow("the visit's meeting") << visit << u"Mr. Zelensky met President Donald Trump at the White House on Oct. 17."_s << u"Zelensky"_s << 1;
        QTest::newRow("he came another week") << visit << u"Mr. Zelensky came to the White House on Oct. 24."_s << u"Zelensky"_s << 2;
        QTest::newRow("he flew that week") << visit << u"Mr. Zelensky flew to Paris on Oct. 15."_s << u"Zelensky"_s << 2;
    }

    void mergesAClauseIntoTheHappeningItTells()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, surname);
        QFETCH(int, events);
        const StoryGraph story = mergeStories({extracted(u"a1"_s, first), extracted(u"a2"_s, second)});
        const auto found = std::count_if(story.events.cbegin(), story.events.cend(), [&surname](const Event &e) { return e.label.contains(surname); });
        QVERIFY2(found == events, qPrintable(labelsOf(story)));
    }

    void mergesABareVerbIntoItsDeed_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<int>("deeds");
        QTest::newRow("the same day") << u"How it ended\n- March 28 \u2013 He is sentenced to 25 years."_s << 1;
        QTest::newRow("another day") << u"How it ended\n- March 29 \u2013 He is sentenced to 25 years."_s << 2;
        QTest::newRow("another verb that day") << u"How it ended\n- March 28 \u2013 He is released on bail."_s << 2;
    }

    void mergesABareVerbIntoItsDeed()
    {
        QFETCH(QString, entry);
        QFETCH(int, deeds);
        const StoryGraph story
            = mergeStories({extracted(u"a1"_s, u"The banker Sam Okafor was sentenced to 25 years on March 28."_s), extracted(u"a2"_s, entry)});
        QVERIFY2(story.events.size() == deeds, qPrintable(labelsOf(story)));
    }

    // A life's dated list tells its subject's deeds without the subject ("1962: Wins a seat in
    // the state Senate."); another article's telling of the same words and time is the deed.
    void mergesAListedDeedIntoItsTelling_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<int>("deeds");
        QTest::newRow("the same day") << u"Her life in dates\n\nOct. 1, 2024: Turns 100 at home.\n\nOct. 2, 2024: Visits the clinic."_s << 1;
        QTest::newRow("a day within the month") << u"Her life in dates\n\nOct. 1, 2024: Enters hospice care.\n\nOct. 2, 2024: Visits the clinic."_s << 1;
        QTest::newRow("the same words in another year")
            << u"Her life in dates\n\nOct. 1, 2023: Enters hospice care.\n\nOct. 2, 2023: Visits the clinic."_s << 2;
        QTest::newRow("another deed that month") << u"Her life in dates\n\nOct. 1, 2024: Leaves hospice care.\n\nOct. 2, 2024: Visits the clinic."_s << 2;
    }

    void mergesAListedDeedIntoItsTelling()
    {
        QFETCH(QString, entry);
        QFETCH(int, deeds);
        const QString told = entry.contains(u"Turns"_s) ? u"Ada Lindqvist turned 100 on Oct. 1, 2024, at home."_s
                                                        : u"Ada Lindqvist entered hospice care in October 2024, her family said."_s;
        const StoryGraph story = mergeStories({extracted(u"a1"_s, told), extracted(u"a2"_s, entry)});
        // The clinic visit is an event of its own in every row.
        QVERIFY2(story.events.size() == deeds + 1, qPrintable(labelsOf(story)));
    }

    void keepsTakingOfficeApartFromWhatWasSaid()
    {
        const StoryGraph story = mergeStories({extracted(u"a1"_s, u"Keir Starmer became prime minister on July 5."_s),
            extracted(u"a2"_s, u"Keir Starmer told supporters on July 5 that change began now."_s)});
        QVERIFY2(story.events.size() == 2, qPrintable(labelsOf(story)));
    }

    void mergesOneDeedToldInTheOtherVoice_data()
    {
        QTest::addColumn<QString>("second");
        QTest::addColumn<int>("deeds");
        QTest::newRow("passive of the same deed")
            << u"The banker's bail was revoked on Aug. 11 after Judge Lewis Kaplan found that he had tried to sway witnesses."_s << 1;
        QTest::newRow("passive of another thing") << u"The banker's licence was revoked on Aug. 11 after Judge Lewis Kaplan heard the case."_s << 2;
        QTest::newRow("passive on another day") << u"The banker's bail was revoked on Aug. 12 after Judge Lewis Kaplan heard the case."_s << 2;
    }

    void mergesOneDeedToldInTheOtherVoice()
    {
        QFETCH(QString, second);
        QFETCH(int, deeds);
        const StoryGraph story = mergeStories({extracted(u"a1"_s, u"Judge Lewis Kaplan revoked the banker's bail on Aug. 11."_s), extracted(u"a2"_s, second)});
        QVERIFY2(story.events.size() == deeds, qPrintable(labelsOf(story)));
    }

    void mergesAPassiveDayIntoTheActiveMonth_data()
    {
        QTest::addColumn<QString>("active");
        QTest::addColumn<int>("deeds");
        QTest::newRow("the same person that month") << u"Judge Lewis Kaplan sentenced Lena Marsh in March, prosecutors noted."_s << 1;
        QTest::newRow("another person that month") << u"Judge Lewis Kaplan sentenced Omar Field in March, prosecutors noted."_s << 2;
        QTest::newRow("the same person another month") << u"Judge Lewis Kaplan sentenced Lena Marsh in April, prosecutors noted."_s << 2;
    }

    void mergesAPassiveDayIntoTheActiveMonth()
    {
        QFETCH(QString, active);
        QFETCH(int, deeds);
        const StoryGraph story
            = mergeStories({extracted(u"a1"_s, u"Lena Marsh was sentenced on March 28 to 25 years in prison. Marsh, 41, did not speak."_s, QDate(2025, 3, 29)),
                extracted(u"a2"_s, active, QDate(2025, 9, 24))});
        QVERIFY2(story.events.size() == deeds, qPrintable(labelsOf(story)));
    }

    void keepsDifferentPeopleApart()
    {
        const StoryGraph story = mergeStories(
            {extracted(u"a1"_s, u"Ruth Okonjo runs the ferry."_s), extracted(u"a2"_s, u"Her brother Samuel Okonjo ran it until 2015, Samuel Okonjo said."_s)});
        QCOMPARE(peopleCalled(story, u"Ruth Okonjo"_s).size(), 1);
        QCOMPARE(peopleCalled(story, u"Samuel Okonjo"_s).size(), 1);
        QVERIFY(peopleCalled(story, u"Ruth Okonjo"_s).first() != peopleCalled(story, u"Samuel Okonjo"_s).first());
        // A short form of another name is another person.
        const StoryGraph brothers = mergeStories(
            {extracted(u"a1"_s, u"Army Secretary Dan Driscoll flew to Kyiv."_s), extracted(u"a2"_s, u"His brother Don Driscoll met officials."_s)});
        QCOMPARE(peopleCalled(brothers, u"Dan Driscoll"_s).size(), 1);
        QCOMPARE(peopleCalled(brothers, u"Don Driscoll"_s).size(), 1);
        QVERIFY(peopleCalled(brothers, u"Dan Driscoll"_s).first() != peopleCalled(brothers, u"Don Driscoll"_s).first());
        // A short form meets its own full name only: Larry is not Robert.
        const StoryGraph summers
            = mergeStories({extracted(u"a1"_s, u"Larry Summers joined the board."_s), extracted(u"a2"_s, u"Robert Summers, his brother, said nothing."_s)});
        QCOMPARE(peopleCalled(summers, u"Larry Summers"_s).size(), 1);
        QCOMPARE(peopleCalled(summers, u"Robert Summers"_s).size(), 1);
        QVERIFY(peopleCalled(summers, u"Larry Summers"_s).first() != peopleCalled(summers, u"Robert Summers"_s).first());
        // Vowels differ between transliterations, but not at a name's end: Maria is not Mario.
        const StoryGraph siblings
            = mergeStories({extracted(u"a1"_s, u"Maria Garcia runs the shop."_s), extracted(u"a2"_s, u"Her brother Mario Garcia said nothing."_s)});
        QCOMPARE(peopleCalled(siblings, u"Maria Garcia"_s).size(), 1);
        QCOMPARE(peopleCalled(siblings, u"Mario Garcia"_s).size(), 1);
        QVERIFY(peopleCalled(siblings, u"Maria Garcia"_s).first() != peopleCalled(siblings, u"Mario Garcia"_s).first());
        // Two people sharing a family name written first stay two, and a bare "Han" joins neither.
        const StoryGraph hans = mergeStories({extracted(u"a1"_s, u"Prime Minister Han Duck-soo apologised. Han said the cabinet would work on."_s),
            extracted(u"a2"_s, u"Party leader Han Dong-hoon resigned. Mr Han said he could not go on."_s),
            extracted(u"a3"_s, u"\"We will stop it,\" Han said."_s)});
        QCOMPARE(peopleCalled(hans, u"Han Duck-soo"_s).size(), 1);
        QCOMPARE(peopleCalled(hans, u"Han Dong-hoon"_s).size(), 1);
        QVERIFY(peopleCalled(hans, u"Han Duck-soo"_s).first() != peopleCalled(hans, u"Han Dong-hoon"_s).first());
        QCOMPARE(peopleCalled(hans, u"Han"_s).size(), 3);
        // A person first known by surname alone, then by a full name, is not every later bearer
        // of that surname.
        const StoryGraph kellers = mergeStories(
            {extracted(u"a1"_s, u"\"We are close,\" Keller said on Tuesday."_s), extracted(u"a2"_s, u"Finance Minister Maria Keller presented the budget."_s),
                extracted(u"a3"_s, u"Union leader Steve Keller called off the strike."_s)});
        QCOMPARE(peopleCalled(kellers, u"Maria Keller"_s).size(), 1);
        QCOMPARE(peopleCalled(kellers, u"Steve Keller"_s).size(), 1);
        QVERIFY(peopleCalled(kellers, u"Maria Keller"_s).first() != peopleCalled(kellers, u"Steve Keller"_s).first());
        QCOMPARE(peopleCalled(kellers, u"Keller"_s), peopleCalled(kellers, u"Maria Keller"_s));
    }

    void mergesTheSameQuote()
    {
        const QString first = u"Donald Trump spoke on Friday. \"That's what a dealmaker does,\" Trump said."_s;
        const QString second = u"\u201CThat\u2019s what a dealmaker does,\u201D President Donald Trump told reporters."_s;
        const StoryGraph story = mergeStories({extracted(u"a1"_s, first), extracted(u"a2"_s, second)});
        int direct = 0;
        const Quote *kept = nullptr;
        for (const Quote &quote : story.quotes) {
            if (quote.kind == Quote::Kind::Direct) {
                ++direct;
                kept = &quote;
            }
        }
        QCOMPARE(direct, 1);
        QCOMPARE(kept->span.article, u"a1"_s);
        QCOMPARE(kept->echoes.size(), 1);
        QCOMPARE(kept->echoes.first().article, u"a2"_s);
        QCOMPARE(story.person(kept->speaker)->name, u"Donald Trump"_s);
    }

    void keepsOrganisationSpeakers()
    {
        const StoryGraph story = mergeStories(
            {extracted(u"a1"_s, u"NATO met in Brussels."_s), extracted(u"a2"_s, u"\"The alliance stands united,\" NATO said in a statement."_s)});
        int nato = 0;
        QString natoId;
        for (const Entity &entity : story.entities) {
            if (entity.name == u"NATO"_s) {
                ++nato;
                natoId = entity.id;
                QCOMPARE(entity.mentions.size(), 2);
            }
        }
        QCOMPARE(nato, 1);
        QCOMPARE(story.quotes.size(), 1);
        QCOMPARE(story.quotes.first().speaker, natoId);
    }

    void undatedArticlesReadAsOfTheStory_data()
    {
        QTest::addColumn<QDate>("given");
        QTest::addColumn<QString>("friday");
        QTest::newRow("no reference date: the latest dated article") << QDate() << u"2025-11-21"_s;
        QTest::newRow("a given reference date wins") << QDate(2025, 10, 20) << u"2025-10-17"_s;
    }

    void undatedArticlesReadAsOfTheStory()
    {
        QFETCH(QDate, given);
        QFETCH(QString, friday);
        const auto article = [](const QString &id, const QString &text, const QDate &published) {
            Article a;
            a.id = id;
            a.body = text;
            a.published = published;
            a.blocks.append({TextBlock::Kind::Paragraph, {0, int(text.size())}});
            return a;
        };
        const QList<Article> articles{article(u"a1"_s, u"Talks began in Geneva on Monday."_s, QDate(2025, 11, 24)),
            article(u"a2"_s, u"The envoys met in Miami on Friday."_s, {}), article(u"a3"_s, u"Talks ended on Wednesday."_s, QDate(2025, 11, 26))};
        const StoryBuilder builder(given);
        QCOMPARE(builder.referenceDateFor(articles), given.isValid() ? given : QDate(2025, 11, 26));
        const StoryGraph story = builder.build(articles);
        QStringList values;
        for (const TimeExpression &time : story.times) {
            if (time.text == u"Friday"_s) {
                values.append(time.value);
            }
        }
        QCOMPARE(values, QStringList{friday});
    }

    // The builder merges articles while others are still being extracted: the story must be
    // the one a plain merge of the articles in order gives, whatever the thread timing.
    void buildMergesInArticleOrder()
    {
        const QList<Article> articles = sharedStory(24);
        QList<StoryGraph> perArticle;
        for (const Article &article : articles) {
            perArticle.append(extractArticle(article, QDate(2025, 11, 26)));
        }
        const QStringList expected = summary(mergeStories(perArticle));
        QVERIFY(expected.size() > 24);
        for (int run = 0; run < 3; ++run) {
            QCOMPARE(summary(StoryBuilder(QDate(2025, 11, 26)).build(articles)), expected);
        }
    }

    void buildReportsProgressAndCancels()
    {
        const QList<Article> articles = sharedStory(16);
        QList<int> seen;
        const StoryGraph story = StoryBuilder(QDate(2025, 11, 26)).build(articles, [&seen](int done, int total) {
            seen.append(done);
            return total == 16;
        });
        QCOMPARE(story.articles.size(), 16);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 16);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));

        int calls = 0;
        const StoryGraph cancelled = StoryBuilder(QDate(2025, 11, 26)).build(articles, [&calls](int, int) {
            ++calls;
            return false;
        });
        QCOMPARE(calls, 1);
        QVERIFY(cancelled.articles.isEmpty());
        QVERIFY(cancelled.events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(MergeTest)
#include "merge_test.moc"
