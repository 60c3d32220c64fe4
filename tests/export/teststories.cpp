// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "teststories.h"

#include <QRandomGenerator>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
DateValue day(int year, int month, int dayOfMonth)
{
    DateValue value;
    value.granularity = DateValue::Granularity::Day;
    value.earliest = QDate(year, month, dayOfMonth);
    value.latest = value.earliest;
    value.iso = value.earliest.toString(Qt::ISODate);
    return value;
}

DateValue month(int year, int monthOfYear)
{
    DateValue value;
    value.granularity = DateValue::Granularity::Month;
    value.iso = QDate(year, monthOfYear, 1).toString(u"yyyy-MM"_s);
    return value;
}

DateValue range(const QDate &first, const QDate &last)
{
    DateValue value;
    value.granularity = DateValue::Granularity::Day;
    value.iso = first.toString(Qt::ISODate);
    value.earliest = first;
    value.latest = last;
    return value;
}

Article article(const QString &id, const QString &outlet, const QString &title, const QDate &published)
{
    Article result;
    result.id = id;
    result.outlet = outlet;
    result.title = title;
    result.published = published;
    result.path = id + u".txt"_s;
    result.body = title + u"\n"_s + QString(400, u'x');
    return result;
}

Event event(const QString &id, const QString &label, const DateValue &date, const QStringList &participants, const QString &articleId)
{
    Event result;
    result.id = id;
    result.label = label;
    result.date = date;
    result.dateText = date.iso;
    result.participants = participants;
    result.sources = {SourceSpan{articleId, 10, 40}};
    return result;
}

Quote quote(const QString &id, const QString &text, Quote::Kind kind, const QString &speaker, const QString &eventId, const QString &articleId)
{
    Quote result;
    result.id = id;
    result.text = text;
    result.kind = kind;
    result.speaker = speaker;
    result.event = eventId;
    result.span = SourceSpan{articleId, 100, 100 + static_cast<int>(text.size())};
    result.confidence = 0.9;
    return result;
}
} // namespace

StoryGraph sampleStory()
{
    StoryGraph story;
    story.articles = {
        article(u"a1"_s, u"Bloomberg"_s, u"Witkoff coached Kremlin aide on how to pitch Trump, call recording shows"_s, QDate(2025, 11, 25)),
        article(u"a2"_s, u"Reuters"_s, u"US and Ukraine rework peace plan after talks in Geneva"_s, QDate(2025, 11, 24)),
        article(u"a3"_s, u"Sourceline Samples"_s, u"Leaked call exposes envoy\u2019s coaching of Russian officials"_s, QDate(2025, 11, 26)),
    };
    const auto person = [](const QString &id, const QString &name, const QString &role) {
        Person result;
        result.id = id;
        result.name = name;
        result.role = role;
        return result;
    };
    story.people = {
        person(u"p1"_s, u"Steve Witkoff"_s, u"US special envoy"_s),
        person(u"p2"_s, u"Yuri Ushakov"_s, u"Kremlin foreign policy aide"_s),
        person(u"p3"_s, u"Donald Trump"_s, u"US President"_s),
        person(u"p4"_s, u"Volodymyr Zelensky"_s, u"Ukrainian President"_s),
        person(u"p5"_s, u"Vladimir Putin"_s, u"Russian President"_s),
        person(u"p6"_s, u"Kirill Dmitriev"_s, u"Russian envoy"_s),
        person(u"p7"_s, u"Marco Rubio"_s, u"US Secretary of State"_s),
    };
    story.events = {
        event(u"e1"_s, u"Trump\u2013Putin summit in Anchorage"_s, day(2025, 8, 15), {u"p3"_s, u"p5"_s}, u"a2"_s),
        event(u"e2"_s, u"Gaza 20-point peace plan announced"_s, day(2025, 9, 29), {u"p3"_s}, u"a1"_s),
        event(u"e3"_s, u"Witkoff\u2013Ushakov call"_s, day(2025, 10, 14), {u"p1"_s, u"p2"_s}, u"a1"_s),
        event(u"e4"_s, u"Trump and Putin speak by phone"_s, day(2025, 10, 16), {u"p3"_s, u"p5"_s}, u"a1"_s),
        event(u"e5"_s, u"Zelensky meets Trump at the White House"_s, day(2025, 10, 17), {u"p4"_s, u"p3"_s}, u"a1"_s),
        event(u"e6"_s, u"Dmitriev and Witkoff meet in Miami"_s, range(QDate(2025, 10, 24), QDate(2025, 10, 26)), {u"p6"_s, u"p1"_s}, u"a2"_s),
        event(u"e7"_s, u"28-point peace plan drafted"_s, DateValue(), {u"p1"_s, u"p6"_s}, u"a3"_s),
        event(u"e8"_s, u"Plan presented to Kyiv"_s, day(2025, 11, 20), {u"p4"_s}, u"a2"_s),
        event(u"e9"_s, u"Geneva talks cut the plan to 19 points"_s, range(QDate(2025, 11, 23), QDate(2025, 11, 24)), {u"p7"_s, u"p4"_s}, u"a2"_s),
        event(u"e10"_s, u"Recording of the October call leaks"_s, day(2025, 11, 25), {u"p1"_s}, u"a1"_s),
        event(u"e11"_s, u"Trump defends his envoy: \u201Ca standard thing\u201D"_s, day(2025, 11, 25), {u"p3"_s}, u"a3"_s),
        event(u"e12"_s, u"Moscow expected to reject the revised plan"_s, DateValue(), {u"p5"_s}, u"a3"_s),
        event(u"e13"_s, u"Russia sends troops to the Donbas front"_s, month(2025, 11), {u"p5"_s}, u"a2"_s),
        event(u"e14"_s, u"Witkoff due in Moscow for talks with Putin"_s, DateValue{u"2025-W49"_s, DateValue::Granularity::Week, {}, {}}, {u"p1"_s, u"p5"_s},
            u"a3"_s),
    };
    story.events[6].placement = u"after: Dmitriev and Witkoff meet in Miami"_s;
    story.events[11].status = EventStatus::Expected;
    story.events[13].status = EventStatus::Planned;
    // Ranks as a chronology would give them; e13 (November) sits before the plan is presented.
    const QStringList order{u"e1"_s, u"e2"_s, u"e3"_s, u"e4"_s, u"e5"_s, u"e6"_s, u"e7"_s, u"e13"_s, u"e8"_s, u"e9"_s, u"e10"_s, u"e11"_s, u"e12"_s, u"e14"_s};
    for (Event &item : story.events) {
        item.rank = static_cast<int>(order.indexOf(item.id));
    }
    story.quotes = {
        quote(u"q1"_s, u"We put a 20-point Trump plan together that was 20 points for peace, and I'm thinking maybe we do the same thing with you"_s,
            Quote::Kind::Direct, u"p1"_s, u"e3"_s, u"a1"_s),
        quote(u"q2"_s, u"I would make the call and just reiterate that you congratulate the president on this achievement"_s, Quote::Kind::Direct, u"p1"_s,
            u"e3"_s, u"a1"_s),
        quote(u"q3"_s, u"a man of peace"_s, Quote::Kind::Partial, u"p1"_s, u"e3"_s, u"a1"_s),
        quote(u"q4"_s, u"Well, I haven't heard it, no. But that's a standard thing, you know, because he's got to sell this to Ukraine"_s, Quote::Kind::Direct,
            u"p3"_s, u"e11"_s, u"a3"_s),
        quote(u"q5"_s, u"such coaching is normal negotiation practice"_s, Quote::Kind::Indirect, u"p3"_s, u"e11"_s, u"a3"_s),
        quote(u"q6"_s, u"the talks in Geneva had been productive"_s, Quote::Kind::Indirect, u"p7"_s, u"e9"_s, u"a2"_s),
        quote(u"q7"_s, u"Putin would deliver the compliments"_s, Quote::Kind::Indirect, u"p2"_s, u"e3"_s, u"a1"_s),
    };
    for (const Quote &item : std::as_const(story.quotes)) {
        for (Event &target : story.events) {
            if (target.id == item.event) {
                target.quotes.append(item.id);
            }
        }
    }
    story.quotes[0].addressee = u"p2"_s;
    return story;
}

StoryGraph generatedStory(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    static const QStringList words{u"talks"_s, u"ceasefire"_s, u"envoy"_s, u"summit"_s, u"minister"_s, u"sanctions"_s, u"vote"_s, u"parliament"_s, u"visit"_s,
        u"plan"_s, u"agreement"_s, u"statement"_s, u"call"_s, u"meeting"_s, u"border"_s, u"delegation"_s, u"interview"_s, u"report"_s, u"court"_s, u"ruling"_s,
        u"protest"_s, u"election"_s, u"budget"_s, u"announcement"_s, u"Geneva"_s, u"Brussels"_s, u"Washington"_s, u"Kyiv"_s, u"negotiations"_s, u"proposal"_s,
        u"troops"_s, u"withdrawal"_s, u"investigation"_s};
    StoryGraph story;
    for (int i = 0; i < 4; ++i) {
        story.articles.append(article(u"a%1"_s.arg(i + 1), u"Outlet %1"_s.arg(i + 1), u"Generated article %1"_s.arg(i + 1), QDate(2025, 6, 1 + i)));
    }
    for (int i = 0; i < 12; ++i) {
        Person person;
        person.id = u"p%1"_s.arg(i + 1);
        person.name = u"Person %1"_s.arg(QChar(u'A' + i));
        story.people.append(person);
    }
    const QDate start(2024, 1, 1);
    for (int i = 0; i < count; ++i) {
        const int kind = random.bounded(100);
        DateValue date;
        const QDate when = start.addDays(random.bounded(730));
        if (kind < 70) {
            date = day(when.year(), when.month(), when.day());
        } else if (kind < 85) {
            date = month(when.year(), when.month());
        } else if (kind < 90) {
            date = range(when, when.addDays(1 + random.bounded(20)));
        }
        QStringList label;
        const int length = 2 + random.bounded(9);
        for (int w = 0; w < length; ++w) {
            label.append(words.at(random.bounded(words.size())));
        }
        label.first()[0] = label.first().at(0).toUpper();
        QStringList participants;
        for (int p = random.bounded(3); p > 0; --p) {
            participants.append(u"p%1"_s.arg(1 + random.bounded(12)));
        }
        story.events.append(event(u"e%1"_s.arg(i + 1), label.join(u' '), date, participants, u"a%1"_s.arg(1 + random.bounded(4))));
        for (int q = random.bounded(4) - 1; q > 0; --q) {
            const QString id = u"q%1"_s.arg(story.quotes.size() + 1);
            story.quotes.append(quote(id, u"Generated words number %1 said about the %2"_s.arg(story.quotes.size() + 1).arg(label.last()),
                static_cast<Quote::Kind>(random.bounded(3)), participants.value(0), story.events.last().id, story.events.last().sources.first().article));
            story.events.last().quotes.append(id);
        }
    }
    // Rank: dated events by their first day; undated ones keep a random position between.
    QList<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    const auto firstDay = [&story](int index) {
        const DateValue &date = story.events.at(index).date;
        if (date.earliest.isValid()) {
            return date.earliest.toJulianDay();
        }
        return date.isDated() ? QDate::fromString(date.iso + u"-01"_s, Qt::ISODate).toJulianDay() : qint64(-1);
    };
    QList<int> dated;
    QList<int> undated;
    for (int index : order) {
        (firstDay(index) >= 0 ? dated : undated).append(index);
    }
    std::stable_sort(dated.begin(), dated.end(), [&firstDay](int a, int b) { return firstDay(a) < firstDay(b); });
    for (int index : undated) {
        dated.insert(random.bounded(static_cast<int>(dated.size()) + 1), index);
    }
    for (int rank = 0; rank < dated.size(); ++rank) {
        story.events[dated.at(rank)].rank = rank;
    }
    return story;
}

StoryGraph storyOfDates(const QStringList &dates)
{
    StoryGraph story;
    Article article;
    article.id = u"a1"_s;
    article.title = u"Dates"_s;
    article.body = QString(200, u'x');
    story.articles.append(article);
    for (qsizetype i = 0; i < dates.size(); ++i) {
        Event event;
        event.id = u"e"_s + QString::number(i + 1);
        event.label = u"Event "_s + QString::number(i + 1);
        event.rank = int(i);
        if (!dates[i].isEmpty()) {
            event.date.iso = dates[i];
            event.date.granularity = DateValue::Granularity::Day;
            event.date.earliest = event.date.latest = QDate::fromString(dates[i], Qt::ISODate);
            event.dateText = dates[i];
        }
        event.sources = {SourceSpan{u"a1"_s, 0, 10}};
        story.events.append(event);
    }
    return story;
}

} // namespace Sourceline
