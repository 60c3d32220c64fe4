// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventorder.h"
#include "timeexpressions.h"
#include "timewords.h"
#include "wordmatch.h"
#include "wordshapes.h"

#include <QHash>

#include <algorithm>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

constexpr int kLookBack = 200;

// Every word that can open one of the cues OrderReader::wordCue() reads; one look-up lets the
// other nineteen words in twenty go by without a string comparison.
bool mayBeOrderCue(QStringView token)
{
    static const std::unordered_set<std::u16string_view> words{u"before", u"ahead", u"prior", u"after", u"following", u"since", u"influenced", u"influence",
        u"influences", u"prompted", u"triggered", u"sparked", u"spurred", u"caused", u"inspired", u"shaped", u"preceded", u"precipitated", u"produced", u"led",
        u"paved", u"resulted", u"followed", u"response", u"responding", u"reacting", u"had"};
    static const WordShapes shapes(words);
    if (!shapes.mayHold(token)) {
        return false;
    }
    const LowerWord lower(token);
    return words.contains(lower.view());
}

class OrderReader
{
public:
    OrderReader(
        QList<Event> &events, const QList<EventMention> &mentions, const QList<ScannedWord> &words, const TextAnalysis &text, const QList<ResolvedTime> &times)
        : m_events(events)
        , m_mentions(mentions)
        , m_words(words)
        , m_text(text.text)
        , m_times(times)
    {
        m_timeAt.fill(-1, words.size());
        for (int t = 0; t < int(times.size()); ++t) {
            for (int w = std::max(0, times[t].mention.firstWord); w < times[t].mention.endWord && w < int(words.size()); ++w) {
                m_timeAt[w] = t;
            }
        }
        // Word ranges of sentences, and the mentions in each.
        m_sentenceOfWord.fill(-1, words.size());
        int s = 0;
        for (int w = 0; w < int(words.size()); ++w) {
            while (s < text.sentences.size() && text.sentences[s].range.end <= words[w].range.start) {
                ++s;
            }
            if (s < text.sentences.size() && text.sentences[s].range.contains(words[w].range.start)) {
                m_sentenceOfWord[w] = s;
            }
        }
        m_planned.fill(false, events.size());
        for (int i = 0; i < int(mentions.size()); ++i) {
            if (mentions[i].event >= 0) {
                const int slot = mentions[i].sentence + 1; // -1 (no sentence) has a list too
                if (slot >= m_bySentence.size()) {
                    m_bySentence.resize(slot + 1);
                }
                m_bySentence[slot].append(i);
                m_planned[mentions[i].event] = m_planned[mentions[i].event] || mentions[i].planned;
            }
        }
    }

    void read()
    {
        // Explicit connectives first: a weaker cue never reverses what the text says outright.
        for (int w = 0; w < int(m_words.size()); ++w) {
            // Nineteen words in twenty open no cue: they are passed before the reading starts.
            if (m_words[w].kind == ScannedWord::Kind::Letters && mayBeOrderCue(word(w))) {
                wordCue(w);
            }
        }
        for (int t = 0; t < int(m_times.size()); ++t) {
            orderWordCue(t);
        }
        QList<bool> seen(m_events.size(), false);
        for (int i = 0; i < int(m_mentions.size()); ++i) {
            const EventMention &m = m_mentions[i];
            if (m.event < 0) {
                continue;
            }
            const bool first = !seen[m.event];
            seen[m.event] = true;
            if (first) {
                firstMentionCues(i);
            }
            plannedCue(i);
        }
    }

private:
    [[nodiscard]] bool valid(int i) const { return i >= 0 && i < int(m_words.size()); }
    [[nodiscard]] QStringView word(int i) const
    {
        return valid(i) ? QStringView(m_text).sliced(m_words[i].range.start, m_words[i].range.length()) : QStringView();
    }
    // The length decides first: most words asked about are not as long as the word sought.
    [[nodiscard]] bool is(int i, QStringView lower) const { return valid(i) && m_words[i].range.length() == lower.size() && equalsLower(word(i), lower); }
    [[nodiscard]] int headOf(int mention) const { return m_mentions[mention].headWord; }
    // The mentions of sentence s (-1: of none), in text order.
    [[nodiscard]] const QList<int> &inSentence(int s) const
    {
        static const QList<int> none;
        return s + 1 >= 0 && s + 1 < m_bySentence.size() ? m_bySentence[s + 1] : none;
    }

    void addAfter(int later, int earlier)
    {
        if (later < 0 || earlier < 0 || later == earlier) {
            return;
        }
        Event &event = m_events[later];
        const QString &id = m_events[earlier].id;
        // Keep the first cue when two cues disagree; the chronology reports the cycle otherwise.
        if (!event.after.contains(id) && !m_events[earlier].after.contains(event.id)) {
            event.after.append(id);
        }
    }

    // The dated event the narrative is at just before `position`, or else the last event named.
    [[nodiscard]] int focus(int position, int exclude) const
    {
        int fallback = -1;
        const auto end = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), position, [](const EventMention &m, int pos) { return m.range.start < pos; });
        // The narrative anchor is near; a bounded look back keeps long texts linear.
        for (int i = int(end - m_mentions.cbegin()) - 1, steps = 0; i >= 0 && steps < kLookBack; --i, ++steps) {
            const EventMention &m = m_mentions[i];
            if (m.event < 0 || m.event == exclude || m_planned.value(m.event)) {
                continue;
            }
            if (m_events[m.event].date.isDated()) {
                return m.event;
            }
            if (fallback < 0) {
                fallback = m.event;
            }
        }
        return fallback;
    }

    // "Previously", the past perfect: before the story's lead, the first dated event it tells.
    [[nodiscard]] int lead(int position, int exclude) const
    {
        for (const EventMention &m : m_mentions) {
            if (m.range.start >= position) {
                break;
            }
            if (m.event >= 0 && m.event != exclude && !m_planned.value(m.event) && m_events[m.event].date.isDated()) {
                return m.event;
            }
        }
        return focus(position, exclude);
    }

    void firstMentionCues(int i)
    {
        const EventMention &m = m_mentions[i];
        if (m.revised) {
            for (int j = i - 1; j >= 0 && j >= i - kLookBack; --j) {
                if (m_mentions[j].event >= 0 && m_mentions[j].event != m.event && m_mentions[j].eventClass == EventClass::Document) {
                    addAfter(m.event, m_mentions[j].event);
                    break;
                }
            }
        }
        if (m.eventClass == EventClass::Report && m.lemma != u"interview" && m.lemma != u"statement") {
            addAfter(m.event, focus(m.range.start, m.event));
        }
        if (m.eventClass == EventClass::Response) {
            for (int j = i - 1; j >= 0 && j >= i - kLookBack; --j) {
                if (m_mentions[j].event >= 0 && m_mentions[j].eventClass == EventClass::Report) {
                    addAfter(m.event, m_mentions[j].event);
                }
            }
            addAfter(m.event, focus(m.range.start, m.event));
        }
    }

    // "arranging a direct conversation", "the proposed call", "an announcement of a summit in
    // Budapest": after the event arranging or announcing it, even while it has no date.
    void plannedCue(int i)
    {
        const EventMention &m = m_mentions[i];
        static constexpr std::initializer_list<QStringView> arranging = {u"arrange", u"arranging", u"arranged", u"plan", u"planning", u"planned", u"schedule",
            u"scheduling", u"prepare", u"preparing", u"organise", u"organize", u"organising", u"organizing", u"propose", u"proposed", u"proposing", u"announce",
            u"announced", u"announcing", u"announcement", u"promised", u"promise"};
        // Most words fail the shapes of the list, which costs less than the list.
        static const WordShapes arrangingShapes(arranging);
        bool arranged = m.planned;
        for (int k = headOf(i) - 1; k >= 0 && k >= headOf(i) - 6 && !arranged; --k) {
            const QStringView w = word(k);
            arranged = arrangingShapes.mayHold(w) && isOneOf(w, arranging);
        }
        if (!arranged) {
            return;
        }
        // Planned at the time the narrative is at; else after what the sentence told first.
        if (const int at = focus(m.range.start, m.event); at >= 0) {
            addAfter(m.event, at);
            return;
        }
        for (int j = i - 1; j >= 0 && m_mentions[j].sentence == m.sentence; --j) {
            if (m_mentions[j].event >= 0 && m_mentions[j].event != m.event) {
                addAfter(m.event, m_mentions[j].event);
                return;
            }
        }
    }

    // The nearest mention ending before word w in its sentence, and the first after it.
    [[nodiscard]] int mentionBefore(int w) const
    {
        const int s = m_sentenceOfWord.value(w, -1);
        int found = -1;
        for (const int i : inSentence(s)) {
            if (headOf(i) < w) {
                found = i;
            }
        }
        return found;
    }
    [[nodiscard]] int mentionAfter(int w, int within) const
    {
        const int s = m_sentenceOfWord.value(w, -1);
        for (const int i : inSentence(s)) {
            if (headOf(i) > w && headOf(i) <= w + within) {
                return i;
            }
        }
        return -1;
    }

    // Word w, a word that may open a cue (see read()), as a connective between two events.
    void wordCue(int w)
    {
        const QStringView token = word(w);
        const int t = m_timeAt[w];
        if (t >= 0 && m_times[t].mention.kind != TimeMention::Kind::Order) {
            return; // "the day before" is a date, not a connective
        }
        bool before = isOneOf(token, {u"before", u"ahead"}) || (is(w, u"prior") && is(w + 1, u"to"));
        bool after = isOneOf(token, {u"after", u"following", u"since"});
        if (after
            && isOneOf(word(w - 1),
                {u"model", u"modeled", u"modelled", u"modeling", u"modelling", u"named", u"look", u"looking", u"looked", u"take", u"takes", u"took", u"taking",
                    u"looks", u"ran", u"run", u"go", u"went", u"chase"})) {
            after = false;
        }
        if (after && is(w + 1, u"all")) {
            after = false;
        }
        if (before || after) {
            const int b = mentionAfter(w, 12);
            int a = mentionBefore(w);
            if (a < 0 && b >= 0) {
                // "After the vote, the ministry announced ...": the main clause follows.
                const int s = m_sentenceOfWord[w];
                for (const int i : inSentence(s)) {
                    if (headOf(i) > headOf(b) && m_mentions[i].event != m_mentions[b].event) {
                        a = i;
                        break;
                    }
                }
            }
            if (a >= 0 && b >= 0) {
                if (before) {
                    addAfter(m_mentions[b].event, m_mentions[a].event);
                } else {
                    addAfter(m_mentions[a].event, m_mentions[b].event);
                }
            }
            return;
        }
        const bool causes = isOneOf(token,
                                {u"influenced", u"influence", u"influences", u"prompted", u"triggered", u"sparked", u"spurred", u"caused", u"inspired",
                                    u"shaped", u"preceded", u"precipitated", u"produced"})
            || (is(w, u"led") && is(w + 1, u"to")) || (is(w, u"paved") && is(w + 2, u"way")) || (is(w, u"resulted") && is(w + 1, u"in"));
        const bool follows = is(w, u"followed") && !is(w + 1, u"by");
        const bool followedBy = is(w, u"followed") && is(w + 1, u"by");
        if (causes || follows || followedBy) {
            const int a = mentionBefore(w);
            const int b = mentionAfter(w, 14);
            if (a >= 0 && b >= 0) {
                if (follows) {
                    addAfter(m_mentions[a].event, m_mentions[b].event);
                } else {
                    addAfter(m_mentions[b].event, m_mentions[a].event);
                }
            }
            return;
        }
        if ((is(w, u"response") && is(w - 1, u"in") && is(w + 1, u"to")) || (isOneOf(token, {u"responding", u"reacting"}) && is(w + 1, u"to"))) {
            const int b = mentionAfter(w, 8);
            const int a = mentionBefore(w);
            if (a >= 0 && b >= 0) {
                addAfter(m_mentions[a].event, m_mentions[b].event);
            }
            return;
        }
        // Past perfect: "the plan that he had previously helped broker" happened before the
        // dated event the narrative is at.
        if (is(w, u"had") && valid(w + 1)) {
            int v = w + 1;
            if (word(v).endsWith(u"ly"_s) || is(v, u"already") || is(v, u"not")) {
                ++v;
            }
            if (valid(v) && (word(v).endsWith(u"ed"_s) || isOneOf(word(v), {u"been", u"met", u"made", u"held", u"spoken", u"agreed", u"signed", u"put"}))) {
                int target = mentionBefore(w);
                if (target < 0 || headOf(target) < w - 6) {
                    target = mentionAfter(w, 8);
                }
                if (target >= 0) {
                    const int event = m_mentions[target].event;
                    addAfter(lead(m_mentions[target].range.start, event), event);
                }
            }
        }
    }

    // "later", "then", "afterwards", "previously", "two days later" order the nearest event of
    // their sentence against the event told just before it or the dated one the narrative is at.
    void orderWordCue(int t)
    {
        const TimeMention &tm = m_times[t].mention;
        const bool forward
            = (tm.kind == TimeMention::Kind::Order && tm.direction > 0 && !tm.beforeNoun) || (tm.kind == TimeMention::Kind::Anaphoric && tm.offset > 0);
        const bool backward = tm.kind == TimeMention::Kind::Order && tm.direction < 0 && !tm.beforeNoun;
        if (!forward && !backward) {
            return;
        }
        const int s = m_sentenceOfWord.value(tm.firstWord, -1);
        int nearest = -1;
        int distance = 1 << 30;
        for (const int i : inSentence(s)) {
            const int d = std::abs(headOf(i) - tm.firstWord);
            if (d < distance) {
                distance = d;
                nearest = i;
            }
        }
        if (nearest < 0) {
            return;
        }
        const int event = m_mentions[nearest].event;
        if (backward) {
            addAfter(lead(m_mentions[nearest].range.start, event), event);
            return;
        }
        // The event told just before this sentence.
        const int sentenceStart = m_words[std::max(0, tm.firstWord)].range.start;
        for (int j = nearest - 1; j >= 0 && j >= nearest - kLookBack; --j) {
            const EventMention &p = m_mentions[j];
            if (p.event >= 0 && p.event != event && (p.sentence != s || p.range.start < sentenceStart)) {
                addAfter(event, p.event);
                return;
            }
        }
    }

    QList<Event> &m_events;
    const QList<EventMention> &m_mentions;
    const QList<ScannedWord> &m_words;
    QStringView m_text;
    const QList<ResolvedTime> &m_times;
    QList<int> m_timeAt;
    QList<int> m_sentenceOfWord;
    QList<QList<int>> m_bySentence; ///< the mentions of each sentence, at its index + 1 (no sentence: 0)
    QList<bool> m_planned; ///< events told as planned or proposed: never the narrative's anchor
};
} // namespace

namespace {
// The minutes of the day a time names, as a span: "1:28 a.m." is one minute, "Tuesday
// afternoon" noon to five; {-1, -1} when it names no time of day.
std::pair<int, int> minutesOfDay(const ResolvedTime &time, QStringView text)
{
    const TimeMention &tm = time.mention;
    if (tm.hour >= 0) {
        const int at = tm.hour * 60 + tm.minute;
        return {at, at};
    }
    const QStringView written = text.mid(tm.range.start, tm.range.length());
    if (!mayContainAny(written, {u"morning", u"afternoon", u"evening", u"night"})) {
        return {-1, -1};
    }
    const LowerWord last(written.mid(written.lastIndexOf(u' ') + 1));
    if (last.view() == u"morning") {
        return {5 * 60, 12 * 60};
    }
    if (last.view() == u"afternoon") {
        return {12 * 60, 17 * 60};
    }
    if (last.view() == u"evening") {
        return {17 * 60, 21 * 60};
    }
    if (last.view() == u"night") {
        return {20 * 60, 24 * 60};
    }
    return {-1, -1};
}

// "at 1:28 a.m.", "on Tuesday afternoon", "at about 7:30 p.m.": events of one day told with
// times of day that do not overlap happened in the order of those times, whatever the order
// the article tells them in.
void orderByTimeOfDay(QList<Event> &events, const QList<EventMention> &mentions, const TextAnalysis &text, const QList<ResolvedTime> &times)
{
    struct Timed
    {
        int event;
        QDate day;
        int from;
        int to;
        bool utc; ///< from and to are minutes of the day in UTC, read from a written zone
    };
    QList<Timed> timed;
    QList<bool> done(events.size(), false);
    for (const EventMention &m : mentions) {
        if (m.event < 0 || done[m.event] || m.time < 0 || m.time >= times.size() || m.insideQuote) {
            continue;
        }
        const Event &event = events[m.event];
        const ResolvedTime &time = times[m.time];
        if (event.date.granularity != DateValue::Granularity::Day || time.date.granularity != DateValue::Granularity::Day
            || time.date.earliest != event.date.earliest) {
            continue;
        }
        done[m.event] = true;
        if (const auto [from, to] = minutesOfDay(time, text.text); from >= 0) {
            // "at 04:09 UTC ... by 5 a.m. Eastern time": times told in different zones are
            // compared in UTC; a time without a zone only with another without one.
            const std::optional<int> offset
                = time.mention.hour >= 0 && !time.mention.zone.isEmpty() ? zoneOffsetSeconds(time.mention.zone, event.date.earliest) : std::nullopt;
            const int shift = offset ? *offset / 60 : 0;
            timed.append({m.event, event.date.earliest, from - shift, to - shift, offset.has_value()});
        }
    }
    std::sort(timed.begin(), timed.end(), [](const Timed &a, const Timed &b) { return std::tie(a.day, a.from, a.to) < std::tie(b.day, b.from, b.to); });
    // Each event follows the latest-starting one of its day that ends before it begins: a chain,
    // not every pair, and at most a bounded look back per event.
    for (int b = 0; b < int(timed.size()); ++b) {
        for (int a = b - 1; a >= 0 && a >= b - 32 && timed[a].day == timed[b].day; --a) {
            if (timed[a].utc == timed[b].utc && timed[a].to < timed[b].from) {
                Event &later = events[timed[b].event];
                const Event &earlier = events[timed[a].event];
                if (!later.after.contains(earlier.id) && !earlier.after.contains(later.id)) {
                    later.after.append(earlier.id);
                }
                break;
            }
        }
    }
}

// "Delta has cancelled about 5,000 flights since Friday": a count told up to the time of
// writing follows what the article dates within its span ("Bastian apologised on Sunday").
void orderSpansUpToNow(QList<Event> &events, const QList<EventMention> &mentions, const TextAnalysis &text, const QList<ResolvedTime> &times)
{
    QList<int> spans;
    for (const EventMention &m : mentions) {
        if (m.event < 0 || m.time < 0 || m.time >= times.size() || m.insideQuote) {
            continue;
        }
        const DateValue &date = events[m.event].date;
        const TextRange range = times[m.time].mention.range;
        const QStringView before = QStringView(text.text).mid(std::max(0, range.start - 6), std::min(range.start, 6)).trimmed();
        if (date.granularity == DateValue::Granularity::Day && date.latest.isValid() && date.latest > date.earliest && before.endsWith(u"since"_s)
            && !spans.contains(m.event)) {
            spans.append(m.event);
        }
    }
    for (const int s : std::as_const(spans)) {
        Event &span = events[s];
        for (const Event &other : std::as_const(events)) {
            const bool within = &other != &span && other.date.granularity == DateValue::Granularity::Day && other.date.earliest.isValid()
                && (!other.date.latest.isValid() || other.date.latest == other.date.earliest) && other.date.earliest >= span.date.earliest
                && other.date.earliest <= span.date.latest;
            if (within && !span.after.contains(other.id) && !other.after.contains(span.id)) {
                span.after.append(other.id);
            }
        }
    }
}
} // namespace

void orderEvents(
    QList<Event> &events, const QList<EventMention> &mentions, const QList<ScannedWord> &words, const TextAnalysis &text, const QList<ResolvedTime> &times)
{
    OrderReader(events, mentions, words, text, times).read();
    orderByTimeOfDay(events, mentions, text, times);
    orderSpansUpToNow(events, mentions, text, times);
}

} // namespace Sourceline
