// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "chronology.h"
#include "extract/timeresolver.h"
#include "storymerger.h"

#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {
DateValue day(int y, int m, int d)
{
    return TimeResolver::dayValue(QDate(y, m, d));
}

Event eventOf(
    const QString &id, const QString &label, const DateValue &date = {}, const QStringList &after = {}, const QString &article = u"a1"_s, int start = 0)
{
    Event event;
    event.id = id;
    event.label = label;
    event.type = label.section(u' ', -1);
    event.date = date;
    event.after = after;
    event.sources.append({article, start, start + 5});
    return event;
}

StoryGraph storyOf(const QList<Event> &events, int articles = 1)
{
    StoryGraph story;
    for (int a = 1; a <= articles; ++a) {
        Article article;
        article.id = u"a"_s + QString::number(a);
        story.articles.append(article);
    }
    story.events = events;
    return story;
}

// "2014", "2022-02", "2025-11-23" or "" (undated) as a date value.
DateValue dateOf(const QString &iso)
{
    if (iso.size() == 4) {
        return TimeResolver::yearValue(iso.toInt());
    }
    if (iso.size() == 7) {
        return TimeResolver::monthValue(iso.left(4).toInt(), iso.mid(5).toInt());
    }
    return iso.isEmpty() ? DateValue{} : TimeResolver::dayValue(QDate::fromString(iso, Qt::ISODate));
}

// One article's story: an event of the given type and date, with the people it names.
StoryGraph oneEventStory(const QString &label, const QString &type, const QString &iso, const QStringList &cast)
{
    Event event = eventOf(u"e1"_s, label, dateOf(iso));
    event.type = type;
    StoryGraph story = storyOf({event});
    for (const QString &name : cast) {
        Person person;
        person.id = u"p"_s + QString::number(story.people.size() + 1);
        person.name = name;
        story.people.append(person);
        story.events[0].participants.append(person.id);
    }
    return story;
}

// One article's story of several events, each given as label, type, date, then the cast.
StoryGraph articleStory(const QList<QStringList> &events)
{
    StoryGraph story = storyOf({});
    for (const QStringList &fields : events) {
        Event event = eventOf(u"e"_s + QString::number(story.events.size() + 1), fields[0], dateOf(fields[2]), {}, u"a1"_s, int(story.events.size()) * 10);
        event.type = fields[1];
        for (const QString &name : fields.mid(3)) {
            auto person = std::find_if(story.people.cbegin(), story.people.cend(), [&](const Person &p) { return p.name == name; });
            if (person == story.people.cend()) {
                Person added;
                added.id = u"p"_s + QString::number(story.people.size() + 1);
                added.name = name;
                story.people.append(added);
                person = story.people.cend() - 1;
            }
            event.participants.append(person->id);
        }
        story.events.append(event);
    }
    return story;
}

// Event labels in rank order.
QStringList ranked(const StoryGraph &story)
{
    QList<const Event *> events;
    for (const Event &event : story.events) {
        events.append(&event);
    }
    std::stable_sort(events.begin(), events.end(), [](const Event *a, const Event *b) { return a->rank < b->rank; });
    QStringList labels;
    for (const Event *event : events) {
        labels.append(event->label);
    }
    return labels;
}

const Event *labelled(const StoryGraph &story, const QString &label)
{
    for (const Event &event : story.events) {
        if (event.label == label) {
            return &event;
        }
    }
    return nullptr;
}
} // namespace

class ChronologyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ranks_data()
    {
        QTest::addColumn<QList<Event>>("events");
        QTest::addColumn<QStringList>("order");
        QTest::addColumn<int>("problems");

        QTest::newRow("dates beat telling order") << QList<Event>{eventOf(u"e1"_s, u"reply"_s, day(2025, 11, 25), {}, u"a1"_s, 0),
            eventOf(u"e2"_s, u"call"_s, day(2025, 10, 14), {}, u"a1"_s, 10)}
                                                  << QStringList{u"call"_s, u"reply"_s} << 0;
        QTest::newRow("undated after its cue") << QList<Event>{eventOf(u"e1"_s, u"revision"_s, {}, {u"e2"_s}, u"a1"_s, 0),
            eventOf(u"e2"_s, u"plan"_s, {}, {}, u"a1"_s, 10)}
                                               << QStringList{u"plan"_s, u"revision"_s} << 0;
        QTest::newRow("telling order without cues") << QList<Event>{eventOf(u"e1"_s, u"first"_s, {}, {}, u"a1"_s, 0),
            eventOf(u"e2"_s, u"second"_s, {}, {}, u"a1"_s, 10), eventOf(u"e3"_s, u"third"_s, {}, {}, u"a1"_s, 20)}
                                                    << QStringList{u"first"_s, u"second"_s, u"third"_s} << 0;
        QTest::newRow("undated between dated") << QList<Event>{eventOf(u"e1"_s, u"visit"_s, day(2025, 10, 17), {u"e3"_s}, u"a1"_s, 0),
            eventOf(u"e2"_s, u"call"_s, day(2025, 10, 14), {}, u"a1"_s, 10), eventOf(u"e3"_s, u"phone"_s, {}, {u"e2"_s}, u"a1"_s, 20)}
                                               << QStringList{u"call"_s, u"phone"_s, u"visit"_s} << 0;
        QTest::newRow("earlier article order among undated")
            << QList<Event>{eventOf(u"e1"_s, u"later told"_s, {}, {}, u"a2"_s, 0), eventOf(u"e2"_s, u"first told"_s, {}, {}, u"a1"_s, 50)}
            << QStringList{u"first told"_s, u"later told"_s} << 0;
        QTest::newRow("dated across articles") << QList<Event>{eventOf(u"e1"_s, u"vote"_s, day(2025, 3, 12), {}, u"a1"_s, 0),
            eventOf(u"e2"_s, u"bill"_s, day(2024, 12, 1), {}, u"a2"_s, 0)}
                                               << QStringList{u"bill"_s, u"vote"_s} << 0;
        // An undated event is read at the time its article last spoke of, not before every date.
        QTest::newRow("undated at the date told before it") << QList<Event>{eventOf(u"e1"_s, u"vote"_s, day(2025, 3, 12), {}, u"a1"_s, 0),
            eventOf(u"e2"_s, u"protest"_s, {}, {}, u"a1"_s, 10), eventOf(u"e3"_s, u"bill"_s, day(2024, 12, 1), {}, u"a2"_s, 0)}
                                                            << QStringList{u"bill"_s, u"vote"_s, u"protest"_s} << 0;
        // A cue pulls only its own event ahead of a date; the undated events told beside it stay.
        QTest::newRow("cue pulls one undated event") << QList<Event>{eventOf(u"e1"_s, u"rally"_s, {}, {}, u"a2"_s, 0),
            eventOf(u"e2"_s, u"draft"_s, {}, {}, u"a2"_s, 10), eventOf(u"e3"_s, u"signing"_s, day(2025, 5, 2), {u"e2"_s}, u"a1"_s, 0),
            eventOf(u"e4"_s, u"launch"_s, day(2025, 6, 1), {}, u"a2"_s, 20)}
                                                     << QStringList{u"draft"_s, u"signing"_s, u"rally"_s, u"launch"_s} << 0;
        QTest::newRow("month holds its days") << QList<Event>{eventOf(u"e1"_s, u"month"_s, TimeResolver::monthValue(2025, 10), {}, u"a1"_s, 0),
            eventOf(u"e2"_s, u"september"_s, day(2025, 9, 30), {}, u"a1"_s, 10), eventOf(u"e3"_s, u"inside"_s, day(2025, 10, 14), {}, u"a1"_s, 20)}
                                              << QStringList{u"september"_s, u"month"_s, u"inside"_s} << 0;
        QTest::newRow("date contradicts the text") << QList<Event>{eventOf(u"e1"_s, u"call"_s, day(2025, 10, 14), {u"e2"_s}, u"a1"_s, 0),
            eventOf(u"e2"_s, u"visit"_s, day(2025, 10, 17), {}, u"a1"_s, 10)}
                                                   << QStringList{u"call"_s, u"visit"_s} << 1;
        QTest::newRow("text contradicts itself") << QList<Event>{eventOf(u"e1"_s, u"alpha"_s, {}, {u"e2"_s}, u"a1"_s, 0),
            eventOf(u"e2"_s, u"beta"_s, {}, {u"e1"_s}, u"a1"_s, 10)}
                                                 << QStringList{u"beta"_s, u"alpha"_s} << 1; // the cue told first stays
        QTest::newRow("unknown year is no anchor") << QList<Event>{eventOf(u"e1"_s, u"x"_s, DateValue{u"XXXX-10-14"_s, DateValue::Granularity::Day, {}, {}}, {},
                                                                       u"a1"_s, 0),
            eventOf(u"e2"_s, u"y"_s, day(2025, 1, 1), {}, u"a1"_s, 10)}
                                                   << QStringList{u"x"_s, u"y"_s} << 0;
        QTest::newRow("chain of cues") << QList<Event>{eventOf(u"e1"_s, u"d"_s, {}, {u"e3"_s}, u"a1"_s, 0),
            eventOf(u"e2"_s, u"b"_s, {}, {u"e4"_s}, u"a1"_s, 10), eventOf(u"e3"_s, u"c"_s, {}, {u"e2"_s}, u"a1"_s, 20),
            eventOf(u"e4"_s, u"a"_s, {}, {}, u"a1"_s, 30)}
                                       << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s} << 0;
    }

    void ranks()
    {
        QFETCH(QList<Event>, events);
        QFETCH(QStringList, order);
        QFETCH(int, problems);
        StoryGraph story = storyOf(events, 2);
        Chronology().rank(story);
        QCOMPARE(ranked(story), order);
        QCOMPARE(story.problems.size(), problems);
        QList<int> ranks;
        for (const Event &event : std::as_const(story.events)) {
            ranks.append(event.rank);
        }
        std::sort(ranks.begin(), ranks.end());
        for (int r = 0; r < ranks.size(); ++r) {
            QCOMPARE(ranks[r], r);
        }
    }

    void dropsTheContradictedCue()
    {
        StoryGraph story = storyOf({eventOf(u"e1"_s, u"call"_s, day(2025, 10, 14), {u"e2"_s}), eventOf(u"e2"_s, u"visit"_s, day(2025, 10, 17))});
        Chronology().rank(story);
        QVERIFY(story.events[0].after.isEmpty());
        QVERIFY2(story.problems.first().contains(u"call"_s) && story.problems.first().contains(u"visit"_s), qPrintable(story.problems.first()));
        // Both dates are named, so that the reader knows what to check.
        QVERIFY2(
            story.problems.first().contains(u"14 October 2025"_s) && story.problems.first().contains(u"17 October 2025"_s), qPrintable(story.problems.first()));
    }

    // Two cues of one day that contradict each other: the dates do not order them, so the note
    // says the order was set aside and does not blame the dates.
    void sameDayCuesBlameNoDates()
    {
        StoryGraph story = storyOf({eventOf(u"e1"_s, u"call"_s, day(2025, 10, 14), {u"e2"_s}), eventOf(u"e2"_s, u"visit"_s, day(2025, 10, 14), {u"e1"_s})});
        Chronology().rank(story);
        QCOMPARE(story.problems.size(), 1);
        QVERIFY2(story.problems.first().startsWith(u"Order set aside"_s), qPrintable(story.problems.first()));
    }

    void explainsUndatedPlacement()
    {
        StoryGraph story = storyOf(
            {eventOf(u"e1"_s, u"28-point peace plan"_s, {}, {u"e3"_s}, u"a1"_s, 10), eventOf(u"e2"_s, u"19-point revised plan"_s, {}, {u"e1"_s}, u"a1"_s, 20),
                eventOf(u"e3"_s, u"Witkoff–Ushakov call"_s, day(2025, 10, 14), {}, u"a1"_s, 0)});
        Chronology().rank(story);
        QCOMPARE(story.events[1].placement, u"after: 28-point peace plan"_s);
        QCOMPARE(story.events[0].placement, u"after: Witkoff–Ushakov call; before: 19-point revised plan"_s);
        QVERIFY(story.events[2].placement.isEmpty());
    }

    void mergesTheSameEventAcrossArticles()
    {
        StoryGraph first = storyOf({eventOf(u"e1"_s, u"Witkoff–Ushakov call"_s, day(2025, 10, 14)), eventOf(u"e2"_s, u"28-point peace plan"_s, {}, {u"e1"_s})});
        StoryGraph second
            = storyOf({eventOf(u"e1"_s, u"Bloomberg report"_s, day(2025, 11, 25)), eventOf(u"e2"_s, u"Witkoff–Ushakov call"_s, day(2025, 10, 14))});
        second.articles.first().id = u"a1"_s;
        const StoryGraph story = mergeStories({first, second});
        QCOMPARE(story.events.size(), 3);
        const Event *call = labelled(story, u"Witkoff–Ushakov call"_s);
        QVERIFY(call);
        QCOMPARE(call->sources.size(), 2);
        QCOMPARE(call->sources[1].article, u"a2"_s);
        QCOMPARE(ranked(story), (QStringList{u"Witkoff–Ushakov call"_s, u"28-point peace plan"_s, u"Bloomberg report"_s}));
        QVERIFY(story.problems.isEmpty());
    }

    // "talks in Geneva" (undated) and "negotiators met in Geneva on Sunday" are one meeting;
    // a meeting in Geneva a month earlier is another.
    void mergesMeetingsInOnePlace()
    {
        Event talks = eventOf(u"e1"_s, u"Geneva talks"_s);
        talks.type = u"talks"_s;
        talks.place = u"Geneva"_s;
        StoryGraph first = storyOf({talks});
        Event met = eventOf(u"e1"_s, u"Negotiators met"_s, day(2025, 11, 23));
        met.type = u"meeting"_s;
        met.place = u"Geneva"_s;
        Event earlier = eventOf(u"e2"_s, u"Envoys met"_s, day(2025, 10, 20), {}, u"a1"_s, 30);
        earlier.type = u"meeting"_s;
        earlier.place = u"Geneva"_s;
        StoryGraph second = storyOf({met, earlier});
        const StoryGraph story = mergeStories({first, second});
        QCOMPARE(story.events.size(), 2);
        const Event *merged = labelled(story, u"Geneva talks"_s);
        QVERIFY(merged);
        QCOMPARE(merged->date.iso, u"2025-11-23"_s);
        QCOMPARE(merged->sources.size(), 2);
    }

    void mergesNumberedDocuments()
    {
        Event first = eventOf(u"e1"_s, u"19-point revised version"_s);
        first.type = u"version"_s;
        Event second = eventOf(u"e1"_s, u"19-point revised framework"_s);
        second.type = u"framework"_s;
        Event other = eventOf(u"e2"_s, u"28-point peace plan"_s, {}, {}, u"a1"_s, 40);
        other.type = u"plan"_s;
        const StoryGraph story = mergeStories({storyOf({first}), storyOf({second, other})});
        QCOMPARE(story.events.size(), 2);
        QVERIFY(labelled(story, u"19-point revised version"_s));
        QCOMPARE(labelled(story, u"19-point revised version"_s)->sources.size(), 2);
    }

    // An undated report or response is the news of the day its article appeared, not of the
    // date told beside it; other undated events stay beside the dated one told before them.
    void placesUndatedNewsAboutNewsOnThePublicationDay_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("ranked");
        QTest::newRow("a report") << u"report"_s << QStringList{u"Phone call"_s, u"Kyiv meeting"_s, u"Bloomberg report"_s};
        QTest::newRow("a response") << u"response"_s << QStringList{u"Phone call"_s, u"Kyiv meeting"_s, u"Bloomberg report"_s};
        QTest::newRow("a plan stays beside the call") << u"plan"_s << QStringList{u"Phone call"_s, u"Bloomberg report"_s, u"Kyiv meeting"_s};
    }

    void placesUndatedNewsAboutNewsOnThePublicationDay()
    {
        QFETCH(QString, type);
        QFETCH(QStringList, ranked);
        Event call = eventOf(u"e1"_s, u"Phone call"_s, day(2025, 10, 14), {}, u"a1"_s, 10);
        Event report = eventOf(u"e2"_s, u"Bloomberg report"_s, {}, {}, u"a1"_s, 20);
        report.type = type;
        Event meeting = eventOf(u"e3"_s, u"Kyiv meeting"_s, day(2025, 11, 20), {}, u"a1"_s, 100);
        StoryGraph story = storyOf({call, report, meeting});
        story.articles[0].published = QDate(2025, 11, 25);
        Chronology().rank(story);
        QCOMPARE(::ranked(story), ranked);
    }

    // Two articles' tellings of one happening become one story event; near misses stay two.
    void mergesOneHappeningAcrossArticles_data()
    {
        QTest::addColumn<QStringList>("first"); // label, type, date, then the cast
        QTest::addColumn<QStringList>("second");
        QTest::addColumn<int>("events");
        QTest::newRow("a deed without a named actor, same year")
            << QStringList{u"Moscow annexed Crimea"_s, u"annexed"_s, u"2014"_s} << QStringList{u"Moscow annexed Crimea"_s, u"annexed"_s, u"2014"_s} << 1;
        QTest::newRow("the same words of another year")
            << QStringList{u"Moscow annexed Crimea"_s, u"annexed"_s, u"2014"_s} << QStringList{u"Moscow annexed Crimea"_s, u"annexed"_s, u"2015"_s} << 2;
        QTest::newRow("a named meeting on one day, casts guessed apart")
            << QStringList{u"Geneva talks"_s, u"talks"_s, u"2025-11-23"_s, u"Dan Driscoll"_s}
            << QStringList{u"Geneva talks"_s, u"talks"_s, u"2025-11-23"_s, u"Don Bacon"_s, u"Steve Witkoff"_s} << 1;
        // Two casts of two people each tell two talks; one person each is whoever stood beside
        // the word in each article (merge_test: "one hearing, another person beside it").
        QTest::newRow("a one-word label with casts apart") << QStringList{u"Talks"_s, u"talks"_s, u"2025-11-23"_s, u"Dan Driscoll"_s, u"Rustem Umerov"_s}
                                                           << QStringList{u"Talks"_s, u"talks"_s, u"2025-11-23"_s, u"Don Bacon"_s, u"Roger Wicker"_s} << 2;
        QTest::newRow("a one-word label, one person beside it in each") << QStringList{u"Talks"_s, u"talks"_s, u"2025-11-23"_s, u"Dan Driscoll"_s}
                                                                        << QStringList{u"Talks"_s, u"talks"_s, u"2025-11-23"_s, u"Don Bacon"_s} << 1;
        QTest::newRow("one kind of thing with two of the same people")
            << QStringList{u"Witkoff–Ushakov transcript"_s, u"transcript"_s, u""_s, u"Steve Witkoff"_s, u"Yuri Ushakov"_s}
            << QStringList{u"Transcript on a phone call"_s, u"transcript"_s, u"2025-11-25"_s, u"Steve Witkoff"_s, u"Yuri Ushakov"_s, u"Donald Trump"_s} << 1;
        QTest::newRow("one shared person is not enough")
            << QStringList{u"Witkoff–Ushakov transcript"_s, u"transcript"_s, u""_s, u"Steve Witkoff"_s, u"Yuri Ushakov"_s}
            << QStringList{u"Transcript of the briefing"_s, u"transcript"_s, u"2025-11-25"_s, u"Steve Witkoff"_s, u"Karoline Leavitt"_s} << 2;
        QTest::newRow("a shorter name of the same kind, its day within the other's month")
            << QStringList{u"Russian invasion"_s, u"invasion"_s, u"2022-02"_s} << QStringList{u"Invasion"_s, u"invasion"_s, u"2022-02-24"_s} << 1;
        QTest::newRow("a shorter name of the same kind in another month")
            << QStringList{u"Russian invasion"_s, u"invasion"_s, u"2014-03"_s} << QStringList{u"Invasion"_s, u"invasion"_s, u"2022-02-24"_s} << 2;
        QTest::newRow("the same words of the same year, casts guessed apart")
            << QStringList{u"Bridge opened"_s, u"opened"_s, u"1977"_s} << QStringList{u"Bridge opened"_s, u"opened"_s, u"1977"_s, u"Grace Ocean"_s} << 1;
        QTest::newRow("the same words, a day within the other's month") << QStringList{u"Biltmore Estate reopened"_s, u"reopened"_s, u"2024-11"_s}
                                                                        << QStringList{u"Biltmore Estate reopened"_s, u"reopened"_s, u"2024-11-02"_s} << 1;
        QTest::newRow("the same words, a day of another month") << QStringList{u"Biltmore Estate reopened"_s, u"reopened"_s, u"2024-11"_s}
                                                                << QStringList{u"Biltmore Estate reopened"_s, u"reopened"_s, u"2025-02-07"_s} << 2;
        QTest::newRow("one name in two years") << QStringList{u"Election"_s, u"election"_s, u"2016"_s}
                                               << QStringList{u"Election"_s, u"election"_s, u"2024-11-05"_s} << 2;
        QTest::newRow("one name, a day within the other's year")
            << QStringList{u"Election"_s, u"election"_s, u"2024"_s} << QStringList{u"Election"_s, u"election"_s, u"2024-11-05"_s} << 1;
        QTest::newRow("the same words, a day within the other's year")
            << QStringList{u"Death toll rose"_s, u"rose"_s, u"2024"_s} << QStringList{u"Death toll rose"_s, u"rose"_s, u"2024-10-01"_s} << 2;
        QTest::newRow("one telling's words within the other's, same day") << QStringList{u"Hurricane Helene made landfall"_s, u"made"_s, u"2024-09-26"_s}
                                                                          << QStringList{u"Helene made landfall near Perry"_s, u"made"_s, u"2024-09-26"_s} << 1;
        QTest::newRow("words within the other's, another day") << QStringList{u"Hurricane Helene made landfall"_s, u"made"_s, u"2024-09-26"_s}
                                                               << QStringList{u"Helene made landfall again"_s, u"made"_s, u"2024-09-28"_s} << 2;
        QTest::newRow("the same small opening words") << QStringList{u"Rain that had fallen soaked the ground"_s, u"soaked"_s, u"2024-09-25"_s}
                                                      << QStringList{u"Rain that had been falling turned rivers"_s, u"turned"_s, u"2024-09-25"_s} << 2;
        QTest::newRow("three shared words opening neither telling") << QStringList{u"Navy suspended the search"_s, u"suspended"_s, u"2024-03-26"_s}
                                                                    << QStringList{u"Coast Guard suspended the search"_s, u"suspended"_s, u"2024-03-26"_s} << 2;
        QTest::newRow("words within the other's, each telling naming another person first")
            << QStringList{u"Police arrested two men"_s, u"arrested"_s, u"2024-03-27"_s, u"Ana Ruiz"_s}
            << QStringList{u"Police arrested two men in Ohio"_s, u"arrested"_s, u"2024-03-27"_s, u"Sam Cole"_s} << 2;
        QTest::newRow("the same words in another tense, same day") << QStringList{u"First temporary channel opened"_s, u"opened"_s, u"2024-04-01"_s}
                                                                   << QStringList{u"First temporary channel opens"_s, u"opens"_s, u"2024-04-01"_s} << 1;
        QTest::newRow("one subject acting on the same thing, same day") << QStringList{u"Divers recover the bodies"_s, u"recover"_s, u"2024-03-27"_s}
                                                                        << QStringList{u"Divers pulled the bodies"_s, u"pulled"_s, u"2024-03-27"_s} << 1;
        QTest::newRow("one subject acting on the same thing, a person guessed for one telling")
            << QStringList{u"Federal Highway Administration approved $60 million"_s, u"approved"_s, u"2024-03-28"_s, u"Broening Highway"_s}
            << QStringList{u"Federal government released $60 million"_s, u"released"_s, u"2024-03-28"_s} << 1;
        QTest::newRow("the same words of two people's tellings on one day stay apart")
            << QStringList{u"Divers recovered the bodies"_s, u"recovered"_s, u"2024-03-27"_s, u"Ana Ruiz"_s}
            << QStringList{u"Divers pulled the bodies"_s, u"pulled"_s, u"2024-03-27"_s, u"Sam Cole"_s} << 2;
        QTest::newRow("one subject, other deeds, same day") << QStringList{u"Police arrested two men"_s, u"arrested"_s, u"2024-03-27"_s}
                                                            << QStringList{u"Police found a car"_s, u"found"_s, u"2024-03-27"_s} << 2;
        QTest::newRow("a subject of two words is not a shared word") << QStringList{u"Coast Guard suspended the search"_s, u"suspended"_s, u"2024-03-26"_s}
                                                                     << QStringList{u"Coast Guard towed the barge"_s, u"towed"_s, u"2024-03-26"_s} << 2;
        QTest::newRow("the same verb and thing on other days") << QStringList{u"Divers recover the bodies"_s, u"recover"_s, u"2024-03-27"_s}
                                                               << QStringList{u"Divers recovered the bodies"_s, u"recovered"_s, u"2024-03-28"_s} << 2;
        QTest::newRow("a visit named in fewer words, one telling undated")
            << QStringList{u"Biden's visit"_s, u"visit"_s, u"2024-04-05"_s, u"Joe Biden"_s}
            << QStringList{u"Biden's Key Bridge visit"_s, u"visit"_s, u""_s, u"Joe Biden"_s} << 1;
        QTest::newRow("another person's visit, one telling undated") << QStringList{u"Biden's visit"_s, u"visit"_s, u"2024-04-05"_s, u"Joe Biden"_s}
                                                                     << QStringList{u"Harris's Key Bridge visit"_s, u"visit"_s, u""_s, u"Kamala Harris"_s} << 2;
        QTest::newRow("statements recur: an undated one keeps apart")
            << QStringList{u"Trump's statement"_s, u"statement"_s, u"2025-11-25"_s, u"Donald Trump"_s}
            << QStringList{u"Trump's statement on Ukraine"_s, u"statement"_s, u""_s, u"Donald Trump"_s} << 2;
        QTest::newRow("two calls of the same pair on other days")
            << QStringList{u"Trump–Putin call"_s, u"call"_s, u"2025-10-16"_s, u"Donald Trump"_s, u"Vladimir Putin"_s}
            << QStringList{u"Phone call"_s, u"call"_s, u"2025-08-18"_s, u"Donald Trump"_s, u"Vladimir Putin"_s} << 2;
    }

    void mergesOneHappeningAcrossArticles()
    {
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        QFETCH(int, events);
        const StoryGraph story
            = mergeStories({oneEventStory(first[0], first[1], first[2], first.mid(3)), oneEventStory(second[0], second[1], second[2], second.mid(3))});
        QStringList labels;
        for (const Event &event : story.events) {
            labels.append(event.label + u' ' + event.date.iso);
        }
        QVERIFY2(story.events.size() == events, qPrintable(labels.join(u", "_s)));
        QVERIFY(story.problems.isEmpty());
    }

    // An article's own events stay apart in the story, save one told under the story event's
    // own label and day, which joins it even after a looser telling of that day took it.
    void joinsAnExactTellingAfterALooseOne_data()
    {
        QTest::addColumn<QStringList>("secondEvent");
        QTest::addColumn<int>("events");
        QTest::newRow("the exact label and day") << QStringList{u"Witkoff–Ushakov call"_s, u"call"_s, u"2025-10-14"_s, u"Steve Witkoff"_s, u"Yuri Ushakov"_s}
                                                 << 2;
        QTest::newRow("another label of that day") << QStringList{u"Phone call"_s, u"call"_s, u"2025-10-14"_s, u"Steve Witkoff"_s, u"Yuri Ushakov"_s} << 3;
        QTest::newRow("the exact label on another day")
            << QStringList{u"Witkoff–Ushakov call"_s, u"call"_s, u"2025-10-21"_s, u"Steve Witkoff"_s, u"Yuri Ushakov"_s} << 3;
    }

    void joinsAnExactTellingAfterALooseOne()
    {
        QFETCH(QStringList, secondEvent);
        QFETCH(int, events);
        const StoryGraph first = articleStory({{u"Witkoff–Ushakov call"_s, u"call"_s, u"2025-10-14"_s, u"Steve Witkoff"_s, u"Yuri Ushakov"_s},
            {u"Geneva talks"_s, u"talks"_s, u"2025-11-23"_s, u"Dan Driscoll"_s}});
        const StoryGraph second = articleStory({{u"Witkoff–Trump call"_s, u"call"_s, u"2025-10-14"_s, u"Steve Witkoff"_s, u"Donald Trump"_s}, secondEvent});
        const StoryGraph story = mergeStories({first, second});
        QStringList labels;
        for (const Event &event : story.events) {
            labels.append(event.label + u' ' + event.date.iso + u' ' + QString::number(event.sources.size()));
        }
        QVERIFY2(story.events.size() == events, qPrintable(labels.join(u", "_s)));
        QCOMPARE(story.events.first().label, u"Witkoff–Ushakov call"_s);
    }

    void reportsArticlesThatDisagreeOnADate()
    {
        StoryGraph first = storyOf({eventOf(u"e1"_s, u"Oslo summit"_s, day(2025, 3, 3))});
        StoryGraph second = storyOf({eventOf(u"e1"_s, u"Oslo summit"_s, day(2025, 3, 4))});
        const StoryGraph story = mergeStories({first, second});
        QCOMPARE(story.events.size(), 1);
        QCOMPARE(story.problems.size(), 1);
        QVERIFY(story.problems.first().contains(u"2025-03-04"_s));
    }

    // A long chain of cues and dates over many events is ranked in its order (how fast is
    // extraction_benchmark's rankLongChain(); a quadratic ranking would run into ctest's timeout).
    void ranksALongChainInOrder()
    {
        QList<Event> events;
        const int count = 20000;
        for (int i = 0; i < count; ++i) {
            const QString id = u"e"_s + QString::number(i + 1);
            const QStringList after = i > 0 && i % 3 != 0 ? QStringList{u"e"_s + QString::number(i)} : QStringList{};
            const DateValue date = i % 3 == 0 ? TimeResolver::dayValue(QDate(2000, 1, 1).addDays(i)) : DateValue{};
            events.append(eventOf(id, id, date, after, u"a1"_s, i * 10));
        }
        StoryGraph story = storyOf(events);
        Chronology().rank(story);
        for (int i = 1; i < count; ++i) {
            QVERIFY(story.events[i - 1].rank < story.events[i].rank);
        }
        QVERIFY(story.problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ChronologyTest)
#include "chronology_test.moc"
