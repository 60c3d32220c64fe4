// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "article.h"
#include "sourcespan.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sourceline {

/// A calendar value as precise as the text allows: "2025-10-14", "2025-10", "2025",
/// "XXXX-10-14" (year unknown), or empty (undated). earliest/latest bound the value when known.
struct DateValue
{
    enum class Granularity { None, Year, Month, Week, Day };
    QString iso;
    Granularity granularity = Granularity::None;
    QDate earliest;
    QDate latest;

    [[nodiscard]] bool isDated() const { return !iso.isEmpty(); }
    /// The Monday that opens ISO week `week` of `year` ("2025-W47": 17 November 2025).
    [[nodiscard]] static QDate mondayOfWeek(int year, int week);
    bool operator==(const DateValue &) const = default;
};

/// A person, organisation or place in the story, with every way the articles name it.
struct Person
{
    QString id; ///< "p1", ...
    QString name; ///< the fullest name found: "Steve Witkoff"
    QStringList aliases; ///< other forms as they appear: "Witkoff", "the Trump aide"
    QString role; ///< "US special envoy"; empty when unknown
    QList<SourceSpan> mentions;
};

struct Entity
{
    enum class Kind { Organisation, Place };
    QString id; ///< "o1", "l1", ...: idPrefix() and a number
    Kind kind = Kind::Organisation;
    QString name;
    QStringList aliases;
    QList<SourceSpan> mentions;

    /// "l" for places, "o" for organisations.
    [[nodiscard]] QChar idPrefix() const { return kind == Kind::Place ? u'l' : u'o'; }
};

struct Quote
{
    enum class Kind { Direct, Partial, Indirect };
    QString id; ///< "q1", ...
    QString text; ///< the quoted words without quote marks
    Kind kind = Kind::Direct;
    QString speaker; ///< person id, empty when the text names nobody
    QString addressee; ///< person id or empty
    SourceSpan span; ///< the quoted words (without the marks)
    SourceSpan cue; ///< the attribution ("Witkoff told Ushakov"); may be invalid
    double confidence = 0.0;
    QString event; ///< event id the words were said in, or empty
    QList<SourceSpan> echoes; ///< the same words as reported by other articles
};

struct TimeExpression
{
    QString text;
    QString value; ///< same forms as DateValue::iso; empty for durations and vague order words
    QString duration; ///< ISO 8601 duration ("P4Y") for durations
    QString clock; ///< the time of day as written, normalised: "21:15", "14:32Z"; empty when none
    DateValue date;
    SourceSpan span;
};

/// Whether the text tells an event as done or as still to come. A chronology shows the
/// last three apart, so that a forecast or a plan is never read as something that happened.
enum class EventStatus {
    Happened, ///< told as done, or under way
    Planned, ///< arranged by people and still to come: "talks are scheduled for Tuesday", "will visit"
    Expected, ///< foreseen by others: "is expected to make landfall", "could bring 20 inches"
    CalledOff, ///< arranged and then cancelled or shelved: "the summit was called off"
};

struct Event
{
    QString id; ///< "e1", ...
    QString label; ///< "Witkoff–Ushakov call"
    QString type; ///< the event noun or verb lemma: "call", "visit", "plan"
    DateValue date;
    QString dateText; ///< the words that dated it ("October 14"), or empty
    int rank = 0; ///< 0-based chronological position; equal only where no order is known
    QStringList participants; ///< person ids
    QString place; ///< where it happened, as written ("Geneva"); empty when not said
    QStringList quotes; ///< quote ids
    QList<SourceSpan> sources;
    QStringList after; ///< ids of events known to happen before this one
    QString placement; ///< why an undated event sits where it does: "after: 28-point plan"
    EventStatus status = EventStatus::Happened;
};

/// The JSON word for a status: "happened", "planned", "expected", "called off".
[[nodiscard]] QString eventStatusName(EventStatus status);

/// Everything Sourceline knows about a story. Ids are stable for the same input.
struct StoryGraph
{
    QList<Article> articles;
    QList<Person> people;
    QList<Entity> entities;
    QList<Quote> quotes;
    QList<Event> events;
    QList<TimeExpression> times;
    QStringList problems; ///< contradictions and other findings worth telling the user

    [[nodiscard]] const Article *article(const QString &id) const;
    [[nodiscard]] const Person *person(const QString &id) const;
    [[nodiscard]] const Entity *entity(const QString &id) const;
    /// The name of whoever speaks: a person, or an organisation or place ("the ministry said"); empty when nobody is named.
    [[nodiscard]] QString speakerName(const QString &id) const;
    [[nodiscard]] const Quote *quote(const QString &id) const;
    [[nodiscard]] const Event *event(const QString &id) const;
};

} // namespace Sourceline
