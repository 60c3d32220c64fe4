// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storyexpectation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

QString shown(const QString &text)
{
    constexpr int longest = 70;
    const QString simple = text.simplified();
    return u"«"_s + (simple.size() > longest ? simple.left(longest) + u"…"_s : simple) + u"»"_s;
}

QStringList stringsOf(const QJsonValue &value)
{
    if (value.isString()) {
        return {value.toString()};
    }
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        strings.append(item.toString());
    }
    return strings;
}

QString kindName(Quote::Kind kind)
{
    switch (kind) {
    case Quote::Kind::Direct:
        return u"direct"_s;
    case Quote::Kind::Partial:
        return u"partial"_s;
    case Quote::Kind::Indirect:
        return u"indirect"_s;
    }
    return {};
}

/// Names compare without case, curly apostrophes or a leading "the": "The Parents’
/// Association" and "parents' association" name the same speaker.
QString comparableName(const QString &name)
{
    static const QRegularExpression leadingArticle(u"^the\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    QString result = name.simplified();
    result.replace(u'’', u'\'');
    result.remove(leadingArticle);
    return result.toCaseFolded();
}

bool sameName(const QString &a, const QString &b)
{
    return comparableName(a) == comparableName(b);
}

bool namesOf(const QString &name, const QStringList &aliases, const QString &wanted)
{
    return sameName(name, wanted) || std::any_of(aliases.cbegin(), aliases.cend(), [&wanted](const QString &alias) { return sameName(alias, wanted); });
}

const Person *personNamed(const StoryGraph &story, const QString &name)
{
    for (const Person &person : story.people) {
        if (sameName(person.name, name)) {
            return &person;
        }
    }
    return nullptr;
}

const Person *personCalled(const StoryGraph &story, const QString &nameOrAlias)
{
    if (const Person *person = personNamed(story, nameOrAlias)) {
        return person;
    }
    for (const Person &person : story.people) {
        if (namesOf(person.name, person.aliases, nameOrAlias)) {
            return &person;
        }
    }
    return nullptr;
}

/// Speakers may be people or, for "the ministry said", organisations.
QString speakerDescription(const StoryGraph &story, const QString &id)
{
    if (id.isEmpty()) {
        return u"nobody"_s;
    }
    if (const Person *person = story.person(id)) {
        return shown(person->name);
    }
    for (const Entity &entity : story.entities) {
        if (entity.id == id) {
            return shown(entity.name);
        }
    }
    return u"unknown id "_s + id;
}

bool speakerIs(const StoryGraph &story, const QString &id, const QString &wanted)
{
    if (const Person *person = story.person(id)) {
        return namesOf(person->name, person->aliases, wanted);
    }
    for (const Entity &entity : story.entities) {
        if (entity.id == id) {
            return namesOf(entity.name, entity.aliases, wanted);
        }
    }
    return false;
}

QString spanText(const Article &article, int start, int end)
{
    if (start < 0 || end < start || end > article.body.size()) {
        return {};
    }
    return article.body.mid(start, end - start);
}

/// Entries of a story with several articles name their article by file name.
bool concerns(const QJsonValue &entry, const Article &article)
{
    const QString file = entry[u"article"_s].toString();
    return file.isEmpty() || QFileInfo(article.path).fileName() == file;
}

bool quoteInEvent(const Quote &quote, const Event &event)
{
    return quote.event == event.id || event.quotes.contains(quote.id);
}

const Quote *quoteStartingWith(const StoryGraph &story, const QString &prefix)
{
    const QString wanted = StoryExpectation::normalised(prefix);
    for (const Quote &quote : story.quotes) {
        if (StoryExpectation::normalised(quote.text).startsWith(wanted)) {
            return &quote;
        }
    }
    return nullptr;
}

QString eventDescription(const Event &event)
{
    return shown(event.label) + u" ("_s + (event.date.isDated() ? event.date.iso : u"undated"_s) + u", rank "_s + QString::number(event.rank) + u")"_s;
}

QString eventList(const StoryGraph &story)
{
    QStringList described;
    for (const Event &event : story.events) {
        described.append(eventDescription(event));
    }
    return described.isEmpty() ? u"no events"_s : described.join(u", "_s);
}

QString describeExpectedEvent(const QJsonObject &expected)
{
    QStringList parts;
    if (expected.contains(u"labelContains"_s)) {
        parts.append(u"label with "_s + stringsOf(expected[u"labelContains"_s]).join(u" or "_s));
    }
    if (expected.contains(u"hasQuote"_s)) {
        parts.append(u"holding quote "_s + shown(expected[u"hasQuote"_s].toString()));
    }
    if (expected.contains(u"date"_s)) {
        parts.append(u"dated "_s + (expected[u"date"_s].isNull() ? u"never"_s : expected[u"date"_s].toString()));
    }
    return u"event "_s + parts.join(u", "_s);
}

QString eventKey(const QJsonObject &expected)
{
    if (expected.contains(u"key"_s)) {
        return expected[u"key"_s].toString();
    }
    const QStringList labels = stringsOf(expected[u"labelContains"_s]);
    return labels.value(0);
}

} // namespace

StoryExpectation StoryExpectation::fromFile(const QString &path)
{
    StoryExpectation expectation;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        expectation.m_error = path + u": "_s + file.errorString();
        return expectation;
    }
    return fromJson(file.readAll(), path);
}

StoryExpectation StoryExpectation::fromJson(const QByteArray &json, const QString &origin)
{
    StoryExpectation expectation;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        expectation.m_error = origin + u": "_s + parseError.errorString() + u" at "_s + QString::number(parseError.offset);
        return expectation;
    }
    expectation.m_expected = document.object();
    return expectation;
}

QDate StoryExpectation::referenceDate() const
{
    const QString reference = m_expected[u"reference"_s].toString(m_expected[u"published"_s].toString());
    return QDate::fromString(reference, Qt::ISODate);
}

QString StoryExpectation::normalised(const QString &text)
{
    static const QRegularExpression doubleMarks(u"[\"“”„‟«»]"_s);
    static const QRegularExpression enclosedPunctuation(u"(?<!\\.)[,.;:]$"_s);
    QString result = text;
    result.replace(doubleMarks, QString());
    result.replace(u'’', u'\'');
    result.replace(u'‘', u'\'');
    result = result.simplified();
    result.remove(enclosedPunctuation);
    return result.trimmed();
}

QString StoryExpectation::describe(const QStringList &mismatches)
{
    return QString::number(mismatches.size()) + (mismatches.size() == 1 ? u" mismatch:\n  "_s : u" mismatches:\n  "_s) + mismatches.join(u"\n  "_s);
}

QStringList StoryExpectation::checkArticle(const Article &article) const
{
    QStringList problems;
    if (m_expected.contains(u"published"_s)) {
        const QDate published = QDate::fromString(m_expected[u"published"_s].toString(), Qt::ISODate);
        if (article.published != published) {
            problems.append(u"published: got "_s + (article.published.isValid() ? article.published.toString(Qt::ISODate) : u"none"_s) + u", expected "_s
                + published.toString(Qt::ISODate));
        }
    }
    if (m_expected.contains(u"title"_s) && article.title.simplified() != m_expected[u"title"_s].toString()) {
        problems.append(u"title: got "_s + shown(article.title) + u", expected "_s + shown(m_expected[u"title"_s].toString()));
    }
    const QStringList furniture = stringsOf(m_expected[u"bodyExcludes"_s]);
    for (const QString &text : furniture) {
        if (article.body.contains(text)) {
            problems.append(u"body keeps page furniture: "_s + shown(text));
        }
    }
    return problems;
}

QStringList StoryExpectation::checkPeople(const StoryGraph &story) const
{
    QStringList problems;
    const QJsonArray people = m_expected[u"people"_s].toArray();
    for (const QJsonValue &value : people) {
        const QString name = value[u"name"_s].toString();
        const Person *person = personNamed(story, name);
        const auto sameNamed = std::count_if(story.people.cbegin(), story.people.cend(), [&name](const Person &other) { return sameName(other.name, name); });
        if (sameNamed > 1) {
            problems.append(u"person "_s + shown(name) + u" appears "_s + QString::number(sameNamed) + u" times; mentions of one person belong together"_s);
        }
        if (!person) {
            const Person *holder = personCalled(story, name);
            problems.append(u"person "_s + shown(name) + u" missing"_s + (holder ? u" (only an alias of "_s + shown(holder->name) + u")"_s : QString()));
            continue;
        }
        const QStringList aliases = stringsOf(value[u"aliases"_s]);
        for (const QString &alias : aliases) {
            if (namesOf(person->name, person->aliases, alias)) {
                continue;
            }
            const Person *other = personCalled(story, alias);
            problems.append(u"person "_s + shown(name) + u" lacks alias "_s + shown(alias)
                + (other ? u" (given to "_s + shown(other->name) + u")"_s : u" (has: "_s + person->aliases.join(u", "_s) + u")"_s));
        }
        const QStringList wrongAliases = stringsOf(value[u"notAliases"_s]);
        for (const QString &alias : wrongAliases) {
            if (namesOf(person->name, person->aliases, alias)) {
                problems.append(u"person "_s + shown(name) + u" wrongly called "_s + shown(alias) + u": that is someone else"_s);
            }
        }
    }
    const QStringList notPeople = stringsOf(m_expected[u"notPeople"_s]);
    for (const QString &name : notPeople) {
        if (const Person *person = personCalled(story, name)) {
            problems.append(u"not a person, but reported as one: "_s + shown(name) + u" (person "_s + shown(person->name) + u")"_s);
        }
    }
    return problems;
}

QStringList StoryExpectation::checkQuotes(const StoryGraph &story, const Article &article) const
{
    QStringList problems;
    QList<const Quote *> inArticle;
    for (const Quote &quote : story.quotes) {
        if (quote.span.article == article.id) {
            inArticle.append(&quote);
        }
    }

    const QJsonArray quotes = m_expected[u"quotes"_s].toArray();
    for (const QJsonValue &value : quotes) {
        if (!concerns(value, article)) {
            continue;
        }
        const bool exact = value.toObject().contains(u"text"_s);
        const QString wanted = normalised(exact ? value[u"text"_s].toString() : value[u"textContains"_s].toString());
        QList<const Quote *> candidates;
        QStringList overlapping;
        for (const Quote *quote : std::as_const(inArticle)) {
            const QString got = normalised(quote->text);
            if (exact ? got == wanted : got.contains(wanted)) {
                candidates.append(quote);
            } else if (!got.isEmpty() && (got.contains(wanted) || wanted.contains(got))) {
                overlapping.append(shown(quote->text));
            }
        }
        if (candidates.isEmpty()) {
            problems.append(
                u"quote missing: "_s + shown(wanted) + (overlapping.isEmpty() ? QString() : u" (overlapping: "_s + overlapping.join(u", "_s) + u")"_s));
            continue;
        }

        const QString kind = value[u"kind"_s].toString(u"direct"_s);
        const bool speakerGiven = value.toObject().contains(u"speaker"_s);
        const QString speaker = value[u"speaker"_s].toString();
        auto speakerMatches = [&](const Quote *quote) {
            if (!speakerGiven) {
                return true;
            }
            return speaker.isEmpty() ? quote->speaker.isEmpty() : speakerIs(story, quote->speaker, speaker);
        };
        const Quote *best = candidates.first();
        for (const Quote *quote : std::as_const(candidates)) {
            if (kindName(quote->kind) == kind && speakerMatches(quote)) {
                best = quote;
                break;
            }
        }
        if (kindName(best->kind) != kind) {
            problems.append(u"quote "_s + shown(wanted) + u": kind "_s + kindName(best->kind) + u", expected "_s + kind);
        }
        if (!speakerMatches(best)) {
            problems.append(u"quote "_s + shown(wanted) + u": speaker "_s + speakerDescription(story, best->speaker) + u", expected "_s
                + (speaker.isEmpty() ? u"nobody"_s : shown(speaker)));
        }
        const QString atSpan = spanText(article, best->span.start, best->span.end);
        if (normalised(atSpan) != normalised(best->text)) {
            problems.append(u"quote "_s + shown(wanted) + u": span ["_s + QString::number(best->span.start) + u", "_s + QString::number(best->span.end)
                + u") holds "_s + shown(atSpan));
        }
    }

    const QStringList notQuotes = stringsOf(m_expected[u"notQuotes"_s]);
    for (const QString &text : notQuotes) {
        for (const Quote *quote : std::as_const(inArticle)) {
            if (normalised(quote->text) == normalised(text)) {
                problems.append(u"not speech, but reported as a "_s + kindName(quote->kind) + u" quote: "_s + shown(text));
            }
        }
    }
    return problems;
}

const Event *StoryExpectation::findEvent(const StoryGraph &story, const QJsonObject &expected) const
{
    const QStringList labels = stringsOf(expected[u"labelContains"_s]);
    const QString quotePrefix = expected[u"hasQuote"_s].toString();
    const Quote *heldQuote = quotePrefix.isEmpty() ? nullptr : quoteStartingWith(story, quotePrefix);
    if (!quotePrefix.isEmpty() && !heldQuote) {
        return nullptr;
    }

    QList<const Event *> candidates;
    for (const Event &event : story.events) {
        const bool labelMatches = labels.isEmpty()
            || std::any_of(labels.cbegin(), labels.cend(), [&event](const QString &label) { return event.label.contains(label, Qt::CaseInsensitive); });
        if (labelMatches && (!heldQuote || quoteInEvent(*heldQuote, event))) {
            candidates.append(&event);
        }
    }
    if (candidates.isEmpty()) {
        return nullptr;
    }
    if (expected.contains(u"date"_s)) {
        const QString date = expected[u"date"_s].toString();
        for (const Event *event : std::as_const(candidates)) {
            if (event->date.iso == date) {
                return event;
            }
        }
    }
    return candidates.first();
}

QStringList StoryExpectation::checkEvents(const StoryGraph &story) const
{
    QStringList problems;
    const QJsonArray events = m_expected[u"events"_s].toArray();
    for (const QJsonValue &value : events) {
        const QJsonObject expected = value.toObject();
        const Event *event = findEvent(story, expected);
        if (!event) {
            problems.append(describeExpectedEvent(expected) + u" missing (found: "_s + eventList(story) + u")"_s);
            continue;
        }
        const QStringList labels = stringsOf(expected[u"labelContains"_s]);
        // Copies are only counted for the right event: a wrongly dated match says nothing.
        const bool rightlyDated = !expected.contains(u"date"_s) || event->date.iso == expected[u"date"_s].toString();
        if (expected[u"once"_s].toBool() && !labels.isEmpty() && rightlyDated) {
            const auto copies = std::count_if(story.events.cbegin(), story.events.cend(), [&](const Event &other) {
                return other.date.iso == event->date.iso
                    && std::any_of(labels.cbegin(), labels.cend(), [&other](const QString &label) { return other.label.contains(label, Qt::CaseInsensitive); });
            });
            if (copies > 1) {
                problems.append(
                    describeExpectedEvent(expected) + u": told "_s + QString::number(copies) + u" times; the articles' mentions belong to one event"_s);
            }
        }
        if (expected.contains(u"date"_s)) {
            const QString date = expected[u"date"_s].toString();
            if (event->date.iso != date) {
                problems.append(describeExpectedEvent(expected) + u": got "_s + eventDescription(*event));
            }
        }
        const QStringList quotePrefixes = stringsOf(expected[u"quotes"_s]);
        for (const QString &prefix : quotePrefixes) {
            const Quote *quote = quoteStartingWith(story, prefix);
            if (!quote) {
                problems.append(describeExpectedEvent(expected) + u": its quote "_s + shown(prefix) + u" is missing"_s);
            } else if (!quoteInEvent(*quote, *event)) {
                problems.append(describeExpectedEvent(expected) + u": quote "_s + shown(prefix) + u" not linked to "_s + eventDescription(*event)
                    + u" (linked to "_s + (quote->event.isEmpty() ? u"none"_s : quote->event) + u")"_s);
            }
        }
        const QStringList participants = stringsOf(expected[u"participants"_s]);
        for (const QString &name : participants) {
            const Person *person = personCalled(story, name);
            if (!person || !event->participants.contains(person->id)) {
                problems.append(describeExpectedEvent(expected) + u": participant "_s + shown(name) + u" missing"_s);
            }
        }
    }
    return problems;
}

QStringList StoryExpectation::checkOrder(const StoryGraph &story) const
{
    QStringList problems;
    const QJsonArray events = m_expected[u"events"_s].toArray();
    auto resolve = [&](const QString &key) -> const Event * {
        for (const QJsonValue &value : events) {
            if (eventKey(value.toObject()) == key) {
                return findEvent(story, value.toObject());
            }
        }
        return findEvent(story, QJsonObject{{u"labelContains"_s, key}});
    };
    const QJsonArray order = m_expected[u"order"_s].toArray();
    for (const QJsonValue &pair : order) {
        const QString earlier = pair[0].toString();
        const QString later = pair[1].toString();
        const QString what = u"order "_s + shown(earlier) + u" before "_s + shown(later);
        const Event *first = resolve(earlier);
        const Event *second = resolve(later);
        if (!first || !second) {
            problems.append(what + u": "_s + shown(!first ? earlier : later) + u" not found"_s);
        } else if (first->rank >= second->rank) {
            problems.append(what + u": got "_s + eventDescription(*first) + u" and "_s + eventDescription(*second));
        }
    }
    return problems;
}

QStringList StoryExpectation::checkTimes(const StoryGraph &story, const Article &article) const
{
    QStringList problems;
    const QJsonArray times = m_expected[u"times"_s].toArray();
    for (const QJsonValue &value : times) {
        if (!concerns(value, article)) {
            continue;
        }
        const QString text = value[u"text"_s].toString().simplified();
        const QString wantedValue = value[u"value"_s].toString();
        const QString duration = value[u"duration"_s].toString();
        // The expected words are found where they stand in the body, so that two Fridays in
        // one article are told apart by position, not by text.
        QList<TextRange> places;
        for (qsizetype at = article.body.indexOf(text); at >= 0; at = article.body.indexOf(text, at + 1)) {
            places.append({int(at), int(at + text.size())});
        }
        if (places.isEmpty()) {
            problems.append(u"time "_s + shown(text) + u": these words are not in the article (fix the expected file)"_s);
            continue;
        }
        QList<const TimeExpression *> candidates;
        for (const TimeExpression &time : story.times) {
            const bool there = std::any_of(places.cbegin(), places.cend(), [&time](const TextRange &place) { return place.overlaps(time.span.range()); });
            if (time.span.article == article.id && there) {
                candidates.append(&time);
            }
        }
        if (candidates.isEmpty()) {
            problems.append(u"time "_s + shown(text) + u" missing"_s);
            continue;
        }
        const TimeExpression *best = candidates.first();
        for (const TimeExpression *time : std::as_const(candidates)) {
            if (time->value == wantedValue && time->duration == duration) {
                best = time;
                break;
            }
        }
        if (best->value != wantedValue) {
            problems.append(u"time "_s + shown(text) + u": value "_s + (best->value.isEmpty() ? u"none"_s : best->value) + u", expected "_s
                + (wantedValue.isEmpty() ? u"none"_s : wantedValue));
        }
        if (!duration.isEmpty() && best->duration != duration) {
            problems.append(
                u"time "_s + shown(text) + u": duration "_s + (best->duration.isEmpty() ? u"none"_s : best->duration) + u", expected "_s + duration);
        }
        const QString atSpan = spanText(article, best->span.start, best->span.end);
        if (atSpan != best->text) {
            problems.append(u"time "_s + shown(text) + u": span ["_s + QString::number(best->span.start) + u", "_s + QString::number(best->span.end)
                + u") holds "_s + shown(atSpan) + u", not "_s + shown(best->text));
        }
    }
    return problems;
}

QStringList StoryExpectation::checkAll(const StoryGraph &story, const Article &article) const
{
    return checkArticle(article) + checkPeople(story) + checkQuotes(story, article) + checkEvents(story) + checkOrder(story) + checkTimes(story, article);
}

} // namespace Sourceline
