// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../storygraph.h"
#include "eventlexicon.h"
#include "eventpeople.h"
#include "textanalysis.h"
#include "timeresolver.h"
#include "timewords.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <optional>
#include <span>

namespace Sourceline {

/// One place where an article speaks of a happening: "The October 14 call between ... Steve
/// Witkoff and Yuri Ushakov", "Zelensky's Friday meeting", "Trump responded to ...".
struct EventMention
{
    TextRange range; ///< the noun phrase (or subject and verb)
    int headWord = -1;
    QString lemma; ///< "call", "visit", "plan", "response"
    EventClass eventClass = EventClass::None;
    bool verb = false; ///< found from a verb ("met") rather than a noun
    bool indefinite = false; ///< "a call": a new happening unless something else ties it
    bool insideQuote = false; ///< words of a quote: may refer to an event, never introduce one
    int sentence = -1;
    int paragraph = -1;

    QString number; ///< "20-point", "three-day"
    QStringList labelWords; ///< modifiers worth a label, in text order: "Gaza", "peace", "revised"
    QString possessor; ///< display name of "Zelensky's"
    QStringList participants; ///< person ids named as taking part
    QStringList participantNames; ///< short names, in text order: "Witkoff", "Ushakov"
    QString destination; ///< "White House" in "visit to the White House"
    QString place; ///< "Geneva" in "talks in Geneva"
    QString topic; ///< "the recording" in "report that uncovered the recording"
    QString clauseLabel; ///< for a dated clause: "Lower court upheld the ban"
    QString planText; ///< what a plan told as it once stood said: "first scheduled for March 25"
    QString name; ///< the happening's own name: "Hurricane Helene", "Storm Ciara"

    bool leaked = false;
    bool planned = false;
    bool revised = false;
    bool original = false;
    bool distinct = false; ///< "the next meeting", "another call": not one told before
    bool venue = false; ///< "during the call", "at the summit": words said there belong to it
    /// What the grammar of this telling says of the happening: "will visit" (planned), "is
    /// expected to make landfall" (expected), "the summit was called off"; none where it says
    /// nothing ("the launch").
    std::optional<EventStatus> status;

    int time = -1; ///< index of the attached temporal expression
    DateValue countedDate; ///< "five days after the ceasefire", on Oct. 14: the ceasefire's day, counted back
    bool timeInside = false; ///< "The October 14 call" rather than "the call on Friday"

    int event = -1; ///< index of the event after coreference
};

/// Mention indices grouped by a number such as their sentence or paragraph, each group in
/// index order, in one flat list: the rules that compare the mentions of one sentence find
/// them here rather than through a hash of lists built and copied for every article.
class MentionGroups
{
public:
    /// count mentions; keyOf(i) gives mention i's group, or std::nullopt to leave it out.
    template<typename KeyOf>
    MentionGroups(int count, KeyOf keyOf)
    {
        QList<std::optional<int>> keys(count);
        for (int i = 0; i < count; ++i) {
            keys[i] = keyOf(i);
            if (keys[i]) {
                m_first = std::min(m_first, *keys[i]);
                m_last = std::max(m_last, *keys[i]);
            }
        }
        if (m_first > m_last) {
            return;
        }
        m_start.fill(0, qsizetype(m_last) - m_first + 2);
        for (const std::optional<int> &key : std::as_const(keys)) {
            if (key) {
                ++m_start[*key - m_first + 1];
            }
        }
        for (qsizetype g = 1; g < m_start.size(); ++g) {
            m_start[g] += m_start[g - 1];
        }
        m_members.resize(m_start.last());
        QList<int> next = m_start;
        for (int i = 0; i < count; ++i) {
            if (keys[i]) {
                m_members[next[*keys[i] - m_first]++] = i;
            }
        }
    }

    /// The mentions of group, in index order; none for a group no mention is in.
    [[nodiscard]] std::span<const int> of(int group) const
    {
        if (group < m_first || group > m_last) {
            return {};
        }
        const qsizetype g = qsizetype(group) - m_first;
        return std::span<const int>(m_members.constData() + m_start[g], std::size_t(m_start[g + 1] - m_start[g]));
    }

private:
    int m_first = std::numeric_limits<int>::max();
    int m_last = std::numeric_limits<int>::min();
    QList<int> m_start; ///< where each group's members begin in m_members, and where the last ends
    QList<int> m_members;
};

/// Finds event mentions in an article's text: event nouns with their modifiers and
/// complements, a few event verbs with a named subject, and "When asked about X, Y said".
/// Mentions that are only possible or wished for ("a potential deal", "to reach an agreement")
/// are left out.
[[nodiscard]] QList<EventMention> findEventMentions(
    const TextAnalysis &text, const QList<ScannedWord> &words, const QList<ResolvedTime> &times, const EventPeople &people, const QList<TextRange> &quotes);

/// Index of the first scanned word that starts at or after offset.
[[nodiscard]] int wordIndexAt(const QList<ScannedWord> &words, int offset);

/// Puts mentions added by a rule back into text order, which the coreference relies on.
void sortByPosition(QList<EventMention> &mentions);

/// Ranges inside double quotation marks, paragraph by paragraph (a paragraph that opens a
/// quote without closing it ends it).
[[nodiscard]] QList<TextRange> quotedRanges(const TextAnalysis &text);

} // namespace Sourceline
