// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storygraph.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
template<typename T>
const T *findById(const QList<T> &items, const QString &id)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&id](const T &item) { return item.id == id; });
    return it == items.cend() ? nullptr : &*it;
}
} // namespace

QString eventStatusName(EventStatus status)
{
    switch (status) {
    case EventStatus::Planned:
        return u"planned"_s;
    case EventStatus::Expected:
        return u"expected"_s;
    case EventStatus::CalledOff:
        return u"called off"_s;
    case EventStatus::Happened:
        break;
    }
    return u"happened"_s;
}

const Article *StoryGraph::article(const QString &id) const
{
    return findById(articles, id);
}

QDate DateValue::mondayOfWeek(int year, int week)
{
    // Week 1 holds 4 January; weeks start on Monday.
    const QDate fourthOfJanuary(year, 1, 4);
    return fourthOfJanuary.addDays(1 - fourthOfJanuary.dayOfWeek() + 7 * (week - 1));
}

const Person *StoryGraph::person(const QString &id) const
{
    return findById(people, id);
}

const Entity *StoryGraph::entity(const QString &id) const
{
    return findById(entities, id);
}

QString StoryGraph::speakerName(const QString &id) const
{
    if (const Person *speaker = person(id)) {
        return speaker->name;
    }
    const Entity *body = entity(id);
    return body ? body->name : QString();
}

const Quote *StoryGraph::quote(const QString &id) const
{
    return findById(quotes, id);
}

const Event *StoryGraph::event(const QString &id) const
{
    return findById(events, id);
}

} // namespace Sourceline
