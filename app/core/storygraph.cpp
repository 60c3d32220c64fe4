// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storygraph.h"

#include <algorithm>

namespace Sourceline {

namespace {
template<typename T>
const T *findById(const QList<T> &items, const QString &id)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&id](const T &item) { return item.id == id; });
    return it == items.cend() ? nullptr : &*it;
}
} // namespace

const Article *StoryGraph::article(const QString &id) const
{
    return findById(articles, id);
}

const Person *StoryGraph::person(const QString &id) const
{
    return findById(people, id);
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
