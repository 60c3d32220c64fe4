// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "chronology.h"

#include "extract/eventlexicon.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>
#include <map>
#include <queue>
#include <tuple>

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
            m_dayNodes.insert(day, id);
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
        placeUndated();
    }

    static bool anchored(const Event &event) { return event.date.isDated() && event.date.earliest.isValid(); }

    // Topological order of the events; among ready events the day they belong to, then the
    // order of telling, decides. Contradictions are settled first, in telling order, so that
    // an event caught in one does not wait until nothing else is left.
    QList<int> order(QStringList &problems)
    {
        QList<std::tuple<qint64, int, int>> telling(m_nodes);
        for (int node = 0; node < m_nodes; ++node) {
            telling[node] = {0, std::get<1>(position(node)), std::get<2>(position(node))};
        }
        sorted(telling, problems);
        return sorted(effectivePositions(), problems);
    }

    QList<int> sorted(const QList<std::tuple<qint64, int, int>> &keys, QStringList &problems)
    {
        m_cycleCursor = 0;
        QList<int> indegree(m_nodes, 0);
        for (const Edge &edge : std::as_const(m_edges)) {
            if (!edge.removed) {
                ++indegree[edge.to];
            }
        }
        using Key = std::pair<std::tuple<qint64, int, int>, int>; // (day, telling position, node)
        std::priority_queue<Key, std::vector<Key>, std::greater<>> ready;
        const auto push = [&](int node) { ready.push({keys[node], node}); };
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
                // Only the head of the removed edge can have become free.
                if (const int freed = breakCycle(done, indegree, problems); freed >= 0 && !done[freed] && indegree[freed] == 0) {
                    push(freed);
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

    // Ready nodes go by day first: a date node before the events of its day, an undated event
    // on the day its telling suggests; then by article and offset.
    [[nodiscard]] std::tuple<qint64, int, int> position(int node) const
    {
        if (node >= m_events) {
            return {m_dayOfNode.value(node), -1, node};
        }
        const Event &event = m_story.events[node];
        const qint64 day = m_hint[node].isValid() ? m_hint[node].toJulianDay() : std::numeric_limits<qint64>::min();
        if (event.sources.isEmpty()) {
            return {day, 1 << 20, node};
        }
        const SourceSpan &first = event.sources.first();
        return {day, articleIndex(first.article), first.start};
    }

    // A node that must come before another is due no later than it: "the plan, drafted
    // before the October 14 call" sits just before the call, not wherever its own telling
    // would put it, and it does not drag the events told beside it along. Keys flow back along
    // the text's order cues from the earliest, so every node is settled once (cycles included).
    [[nodiscard]] QList<std::tuple<qint64, int, int>> effectivePositions() const
    {
        using Key = std::tuple<qint64, int, int>;
        QList<Key> keys(m_nodes);
        std::priority_queue<std::pair<Key, int>, std::vector<std::pair<Key, int>>, std::greater<>> queue;
        for (int node = 0; node < m_nodes; ++node) {
            keys[node] = position(node);
            queue.push({keys[node], node});
        }
        QList<bool> settled(m_nodes, false);
        while (!queue.empty()) {
            const auto [key, node] = queue.top();
            queue.pop();
            if (settled[node] || key != keys[node]) {
                continue;
            }
            settled[node] = true;
            for (const int e : m_in[node]) {
                // Date edges already order by day; through them a contradiction would pull
                // everything it touches to the front.
                if (m_edges[e].strength != Strength::Text || m_edges[e].removed) {
                    continue;
                }
                const int from = m_edges[e].from;
                if (!settled[from] && key < keys[from]) {
                    keys[from] = key;
                    queue.push({key, from});
                }
            }
        }
        return keys;
    }

    [[nodiscard]] bool datedToTheDay(int node) const
    {
        return node < m_events && anchored(m_story.events[node]) && m_story.events[node].date.granularity == DateValue::Granularity::Day;
    }

    [[nodiscard]] QDate dayOf(int node) const
    {
        if (node < m_events) {
            return m_hint.value(node);
        }
        return QDate::fromJulianDay(m_dayOfNode.value(node));
    }

    // A reader places an undated happening where it is told: beside the dated event told
    // closest to it in the same paragraph, else at the time the article last spoke of (the
    // narrative moves on from the last date given), else the first date it gives, else the
    // day it was published. Without this, undated events would run ahead of every date.
    void placeUndated()
    {
        m_hint.resize(m_events);
        struct Told
        {
            int offset;
            QDate day;
            int event;
        };
        QHash<QString, QList<Told>> dated;
        for (int e = 0; e < m_events; ++e) {
            const Event &event = m_story.events[e];
            if (!anchored(event)) {
                continue;
            }
            m_hint[e] = event.date.earliest;
            // Where an article first tells it is where its date enters the narrative; later
            // mentions ("the leaked call") look back and do not move the story's time.
            // An event has a few sources: a list searched in place beats a hash built per event.
            QVarLengthArray<std::pair<const QString *, int>, 4> firstTold;
            for (const SourceSpan &source : event.sources) {
                const auto known = std::find_if(firstTold.begin(), firstTold.end(), [&source](const auto &told) { return *told.first == source.article; });
                if (known == firstTold.end()) {
                    firstTold.append({&source.article, source.start});
                } else if (source.start < known->second) {
                    known->second = source.start;
                }
            }
            for (const auto &[article, offset] : firstTold) {
                dated[*article].append({offset, event.date.earliest, e});
            }
        }
        for (QList<Told> &told : dated) {
            std::sort(told.begin(), told.end(), [](const Told &a, const Told &b) { return a.offset < b.offset; });
        }
        for (int e = 0; e < m_events; ++e) {
            const Event &event = m_story.events[e];
            if (anchored(event) || event.sources.isEmpty()) {
                continue;
            }
            const SourceSpan &first = event.sources.first();
            const QList<Told> told = dated.value(first.article);
            const int articleAt = articleIndex(first.article);
            const Article *article = articleAt < m_story.articles.size() ? &m_story.articles[articleAt] : nullptr;
            // News about news told without a date ("Bloomberg published a transcript of an
            // Oct. 14 call", "the Kremlin's response") is the news of the day the article
            // appeared; the date beside it belongs to what it reports on.
            const EventClass eventClass = eventClassOf(event.type);
            if ((eventClass == EventClass::Report || eventClass == EventClass::Response) && article && article->published.isValid()) {
                m_hint[e] = article->published;
                continue;
            }
            // "The leaked call appears to have influenced the 28-point plan": an event told beside
            // one it is known to follow happened later, so that one does not date it.
            const auto follows = [this, &event](const Told &t) { return event.after.contains(m_story.events[t.event].id); };
            auto next = std::lower_bound(told.cbegin(), told.cend(), first.start, [](const Told &t, int offset) { return t.offset < offset; });
            auto previous = next;
            while (previous != told.cbegin() && follows(*std::prev(previous))) {
                --previous;
            }
            while (next != told.cend() && follows(*next)) {
                ++next;
            }
            const Told *before = previous != told.cbegin() ? &*std::prev(previous) : nullptr;
            const Told *after = next != told.cend() ? &*next : nullptr;
            const auto sameParagraph = [article, &first](const Told *t) {
                if (!t || !article) {
                    return false;
                }
                const int from = std::min(t->offset, first.start);
                const int to = std::max(t->offset, first.start);
                return to <= article->body.size() && !QStringView(article->body).mid(from, to - from).contains(u'\n');
            };
            const bool beforeNear = sameParagraph(before);
            const bool afterNear = sameParagraph(after);
            if (beforeNear && afterNear) {
                m_hint[e] = first.start - before->offset <= after->offset - first.start ? before->day : after->day;
            } else if (beforeNear || afterNear) {
                m_hint[e] = beforeNear ? before->day : after->day;
            } else if (before || after) {
                m_hint[e] = before ? before->day : after->day;
            } else if (article && article->published.isValid()) {
                m_hint[e] = article->published;
            }
        }
        for (auto it = m_dayNodes.cbegin(); it != m_dayNodes.cend(); ++it) {
            m_dayOfNode.insert(it.value(), it.key().toJulianDay());
        }
    }

    [[nodiscard]] int articleIndex(const QString &id) const { return m_articleIndex.value(id, int(m_story.articles.size())); }

    [[nodiscard]] QString name(int node) const { return node < m_events ? u"“"_s + m_story.events[node].label + u"”"_s : u"a date"_s; }

    // Walk back along edges from an unfinished node until a node repeats: that is a cycle.
    // Its weakest edge (a text cue before a date; the later-added cue among equals) goes.
    // Removes the weakest edge of a cycle among the nodes not done yet and returns the node it
    // pointed to, or -1. With nothing ready, every node not done waits on an edge, and done nodes
    // stay done, so the search for a start resumes where the last one stopped.
    int breakCycle(const QList<bool> &done, QList<int> &indegree, QStringList &problems)
    {
        while (m_cycleCursor < m_nodes && (done[m_cycleCursor] || indegree[m_cycleCursor] == 0)) {
            ++m_cycleCursor;
        }
        if (m_cycleCursor >= m_nodes) {
            return -1;
        }
        const int start = m_cycleCursor;
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
                return -1;
            }
            pathEdges.append(via);
            node = m_edges[via].from;
        }
        const QList<int> cycle = pathEdges.mid(visitedAt.value(node));
        // Among cues of equal strength, the one that runs most against the days the events are
        // told at goes first; then the later-added one.
        const auto against = [this](int e) {
            const QDate from = dayOf(m_edges[e].from);
            const QDate to = dayOf(m_edges[e].to);
            return from.isValid() && to.isValid() ? to.daysTo(from) : 0;
        };
        int weakest = cycle.first();
        for (const int e : cycle) {
            const bool weaker = m_edges[e].strength < m_edges[weakest].strength
                || (m_edges[e].strength == m_edges[weakest].strength && (against(e) > against(weakest) || (against(e) == against(weakest) && e > weakest)));
            if (weaker) {
                weakest = e;
            }
        }
        Edge &edge = m_edges[weakest];
        edge.removed = true;
        --indegree[edge.to];
        const bool daysApart
            = datedToTheDay(edge.from) && datedToTheDay(edge.to) && m_story.events[edge.from].date.earliest != m_story.events[edge.to].date.earliest;
        if (edge.strength == Strength::Text && daysApart) {
            // Both dates shown, so that a reader sees at once which of the two to check. Most such
            // notes come from an order word read against the wrong event, so they are worded as
            // what was done, not as an alarm.
            problems.append(u"Dates kept over the text's order: the text puts %1 (%2) before %3 (%4), but their dates order them the other way."_s.arg(
                name(edge.from), m_story.events[edge.from].date.earliest.toString(u"d MMMM yyyy"), name(edge.to),
                m_story.events[edge.to].date.earliest.toString(u"d MMMM yyyy")));
        } else if (edge.strength == Strength::Text) {
            problems.append(
                u"Order set aside: the text puts %1 before %2, but other statements or dates order them the other way."_s.arg(name(edge.from), name(edge.to)));
        } else {
            problems.append(u"Contradiction: the dates of %1 and %2 disagree with the order the texts give."_s.arg(name(edge.from), name(edge.to)));
        }
        return edge.to;
    }

    const StoryGraph &m_story;
    int m_events = 0;
    int m_nodes = 0;
    QList<Edge> m_edges;
    QList<QList<int>> m_out;
    QList<QList<int>> m_in;
    int m_cycleCursor = 0; ///< breakCycle() found no start before this node
    QList<QDate> m_hint; ///< per event: its earliest day, or the day its telling suggests
    QMap<QDate, int> m_dayNodes;
    QHash<int, qint64> m_dayOfNode;
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
