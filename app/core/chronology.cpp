// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "chronology.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <queue>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
enum class Strength { Text = 1, Date = 2 };

struct Edge
{
    int from;
    int to;
    Strength strength;
    bool removed = false;
};

// Events, then one node per distinct earliest day of a dated event. Date nodes form a chain,
// so "A ends before B begins" needs two edges per event instead of one per pair.
class ConstraintGraph
{
public:
    explicit ConstraintGraph(const StoryGraph &story)
        : m_story(story)
        , m_events(int(story.events.size()))
    {
        QHash<QString, int> index;
        for (int e = 0; e < m_events; ++e) {
            index.insert(story.events[e].id, e);
        }
        for (int a = 0; a < int(story.articles.size()); ++a) {
            m_articleIndex.insert(story.articles[a].id, a);
        }
        std::map<QDate, int> points;
        for (const Event &event : story.events) {
            if (anchored(event)) {
                points.emplace(event.date.earliest, 0);
            }
        }
        int node = m_events;
        for (auto &[day, id] : points) {
            id = node++;
        }
        m_nodes = node;
        m_out.resize(m_nodes);
        m_in.resize(m_nodes);
        for (auto it = points.begin(); it != points.end(); ++it) {
            if (const auto next = std::next(it); next != points.end()) {
                addEdge(it->second, next->second, Strength::Date);
            }
        }
        for (int e = 0; e < m_events; ++e) {
            const Event &event = story.events[e];
            if (anchored(event)) {
                addEdge(points.at(event.date.earliest), e, Strength::Date);
                const QDate last = event.date.latest.isValid() ? event.date.latest : event.date.earliest;
                if (const auto later = points.upper_bound(last); later != points.end()) {
                    addEdge(e, later->second, Strength::Date);
                }
            }
            for (const QString &id : event.after) {
                if (const auto it = index.constFind(id); it != index.cend() && *it != e) {
                    addEdge(*it, e, Strength::Text);
                }
            }
        }
    }

    static bool anchored(const Event &event) { return event.date.isDated() && event.date.earliest.isValid(); }

    // Topological order of the events; the order of telling decides among ready events.
    QList<int> order(QStringList &problems)
    {
        QList<int> indegree(m_nodes, 0);
        for (const Edge &edge : std::as_const(m_edges)) {
            ++indegree[edge.to];
        }
        using Key = std::pair<std::pair<int, int>, int>; // (telling position, node)
        std::priority_queue<Key, std::vector<Key>, std::greater<>> ready;
        const auto push = [&](int node) { ready.push({position(node), node}); };
        for (int node = 0; node < m_nodes; ++node) {
            if (indegree[node] == 0) {
                push(node);
            }
        }
        QList<bool> done(m_nodes, false);
        QList<int> result;
        int processed = 0;
        while (processed < m_nodes) {
            if (ready.empty()) {
                breakCycle(done, indegree, problems);
                for (int node = 0; node < m_nodes; ++node) {
                    if (!done[node] && indegree[node] == 0 && !m_queued.contains(node)) {
                        push(node);
                        m_queued.insert(node);
                    }
                }
                continue;
            }
            const int node = ready.top().second;
            ready.pop();
            if (done[node]) {
                continue;
            }
            done[node] = true;
            ++processed;
            if (node < m_events) {
                result.append(node);
            }
            for (const int e : std::as_const(m_out[node])) {
                Edge &edge = m_edges[e];
                if (edge.removed) {
                    continue;
                }
                if (--indegree[edge.to] == 0) {
                    push(edge.to);
                }
            }
        }
        return result;
    }

    [[nodiscard]] QList<QPair<int, int>> droppedTextEdges() const
    {
        QList<QPair<int, int>> dropped;
        for (const Edge &edge : m_edges) {
            if (edge.removed && edge.strength == Strength::Text) {
                dropped.append({edge.from, edge.to});
            }
        }
        return dropped;
    }

private:
    void addEdge(int from, int to, Strength strength)
    {
        m_out[from].append(int(m_edges.size()));
        m_in[to].append(int(m_edges.size()));
        m_edges.append({from, to, strength});
    }

    // Date nodes sort by their place in the chain; events by article, then offset.
    [[nodiscard]] std::pair<int, int> position(int node) const
    {
        if (node >= m_events) {
            return {-1, node};
        }
        const Event &event = m_story.events[node];
        if (event.sources.isEmpty()) {
            return {1 << 20, node};
        }
        const SourceSpan &first = event.sources.first();
        return {articleIndex(first.article), first.start};
    }

    [[nodiscard]] int articleIndex(const QString &id) const { return m_articleIndex.value(id, int(m_story.articles.size())); }

    [[nodiscard]] QString name(int node) const { return node < m_events ? u"“"_s + m_story.events[node].label + u"”"_s : u"a date"_s; }

    // Walk back along edges from an unfinished node until a node repeats: that is a cycle.
    // Its weakest edge (a text cue before a date; the later-added cue among equals) goes.
    void breakCycle(const QList<bool> &done, QList<int> &indegree, QStringList &problems)
    {
        int start = -1;
        for (int node = 0; node < m_nodes && start < 0; ++node) {
            if (!done[node] && indegree[node] > 0) {
                start = node;
            }
        }
        if (start < 0) {
            return;
        }
        QHash<int, int> visitedAt;
        QList<int> pathEdges;
        int node = start;
        while (!visitedAt.contains(node)) {
            visitedAt.insert(node, int(pathEdges.size()));
            int via = -1;
            for (const int e : std::as_const(m_in[node])) {
                if (!m_edges[e].removed && !done[m_edges[e].from]) {
                    via = e;
                    break;
                }
            }
            if (via < 0) {
                return;
            }
            pathEdges.append(via);
            node = m_edges[via].from;
        }
        const QList<int> cycle = pathEdges.mid(visitedAt.value(node));
        int weakest = cycle.first();
        for (const int e : cycle) {
            if (m_edges[e].strength < m_edges[weakest].strength || (m_edges[e].strength == m_edges[weakest].strength && e > weakest)) {
                weakest = e;
            }
        }
        Edge &edge = m_edges[weakest];
        edge.removed = true;
        --indegree[edge.to];
        if (edge.strength == Strength::Text) {
            problems.append(
                u"Contradiction: the text puts %1 before %2, but other statements or dates order them the other way; that ordering was set aside."_s.arg(
                    name(edge.from), name(edge.to)));
        } else {
            problems.append(u"Contradiction: the dates of %1 and %2 disagree with the order the texts give."_s.arg(name(edge.from), name(edge.to)));
        }
    }

    const StoryGraph &m_story;
    int m_events = 0;
    int m_nodes = 0;
    QList<Edge> m_edges;
    QList<QList<int>> m_out;
    QList<QList<int>> m_in;
    QSet<int> m_queued;
    QHash<QString, int> m_articleIndex;
};
} // namespace

void Chronology::rank(StoryGraph &story) const
{
    ConstraintGraph graph(story);
    const QList<int> order = graph.order(story.problems);
    for (int r = 0; r < int(order.size()); ++r) {
        story.events[order[r]].rank = r;
    }
    for (const auto &[from, to] : graph.droppedTextEdges()) {
        story.events[to].after.removeAll(story.events[from].id);
    }
    // Say what holds each undated event in place.
    QHash<QString, int> index;
    for (int e = 0; e < int(story.events.size()); ++e) {
        index.insert(story.events[e].id, e);
    }
    QList<int> firstAfter(story.events.size(), -1);
    for (int e = 0; e < int(story.events.size()); ++e) {
        for (const QString &id : std::as_const(story.events[e].after)) {
            const int before = index.value(id, -1);
            if (before >= 0 && (firstAfter[before] < 0 || story.events[e].rank < story.events[firstAfter[before]].rank)) {
                firstAfter[before] = e;
            }
        }
    }
    for (int e = 0; e < int(story.events.size()); ++e) {
        Event &event = story.events[e];
        if (event.date.isDated()) {
            event.placement.clear();
            continue;
        }
        int latestBefore = -1;
        for (const QString &id : std::as_const(event.after)) {
            const int before = index.value(id, -1);
            if (before >= 0 && (latestBefore < 0 || story.events[before].rank > story.events[latestBefore].rank)) {
                latestBefore = before;
            }
        }
        QStringList parts;
        if (latestBefore >= 0) {
            parts.append(u"after: "_s + story.events[latestBefore].label);
        }
        if (firstAfter[e] >= 0) {
            parts.append(u"before: "_s + story.events[firstAfter[e]].label);
        }
        event.placement = parts.isEmpty() ? u"order of telling"_s : parts.join(u"; "_s);
    }
}

} // namespace Sourceline
