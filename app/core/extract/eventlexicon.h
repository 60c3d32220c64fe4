// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QString>
#include <QStringView>

namespace Sourceline {

/// Kinds of happening that corefer with each other: a "call" may be called a "conversation",
/// a "visit" a "meeting", a "plan" a "proposal" or a "version".
/// Action: a dated clause ("the ban was adopted on 14 April 2023") with no event noun of its own.
/// Deadline: a date set for something ("the Thursday deadline"), kept apart from decisions.
enum class EventClass { None, Call, Meeting, Document, Agreement, Report, Response, Vote, Conflict, Decision, Disaster, Action, Deadline };

struct EventWord
{
    QString lemma; ///< "call", "visit", "plan"
    EventClass eventClass = EventClass::None;
    bool plural = false;
};

/// Event nouns: "call", "talks", "summit", "28-point plan" (the head "plan").
[[nodiscard]] EventWord eventNoun(QStringView word);
/// Past-tense event verbs with a named subject: "met" (meeting), "visited" (visit), "responded".
[[nodiscard]] EventWord eventVerb(QStringView word);
/// A noun of a term that runs until a day: "contract", "extension", "lease" ("a contract until June 2027"); not "deal" ("the deal to June 18" is a deadline
/// moved).
[[nodiscard]] bool isTermNoun(QStringView word);
/// The class of an event type lemma, for merging events across articles.
[[nodiscard]] EventClass eventClassOf(const QString &lemma);

/// How a modifier word bears on an event: kept in its label ("peace", "revised"), an
/// attribute that identifies it ("leaked"), or a sign the event did not (yet) happen.
struct EventModifier
{
    /// Plain: part of the noun phrase but not of the label ("direct", "controversial", "phone").
    /// Distinct: "next", "another": a happening other than the ones told so far.
    enum class Kind { None, Plain, Label, Leaked, Planned, Revised, Original, Hypothetical, Distinct };
    Kind kind = Kind::None;
};
[[nodiscard]] EventModifier eventModifier(QStringView word);

/// Words that start a noun phrase: "the", "a", "his" ...; indefinite ones are flagged.
[[nodiscard]] bool isDeterminer(QStringView word, bool *indefinite = nullptr);

/// The last word of an institution's name ("Coast Guard", "Secret Service", "Supreme Court"),
/// which is no family name: such a name is never shortened to one of its words.
[[nodiscard]] bool isInstitutionWord(QStringView word);

/// A simple past or past participle ("adopted", "upheld", "took"), as far as one word tells.
[[nodiscard]] bool looksPastTense(QStringView word);

/// The simple past of a present-tense verb as timelines write it ("opens" "opened", "leaves"
/// "left", "recover" "recovered"), in the word's case; empty when the word is not known to be one.
[[nodiscard]] QString pastOfPresent(QStringView word);

/// "storm", "hurricane": a happening that lives for days, whose doings on each day are events
/// of their own ("the storm moved north on Friday").
[[nodiscard]] bool isLastingStorm(QStringView lemma);

} // namespace Sourceline
