// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "eventfinder.h"

#include <optional>

namespace Sourceline {

/// Reads the status a happening is told with: from the words of its verb group (the
/// auxiliaries and the "to" before a verb) and, for a noun, from its modifiers, the verb it is
/// the subject of, and the verb it is the object of. "will visit" is planned, "is expected to
/// make landfall" expected, "the summit was called off" called off, "the talks took place"
/// happened. One reader serves all the mentions of an article.
class EventStatusReader
{
public:
    /// text and words must outlive the reader.
    EventStatusReader(const TextAnalysis &text, const QList<ScannedWord> &words);

    /// The status the telling gives, and whether it denies the happening ("did not meet") or
    /// makes it a condition ("if the talks fail"), which tell no happening at all.
    struct Telling
    {
        std::optional<EventStatus> status; ///< none where the grammar says nothing ("the launch")
        bool denied = false;
    };

    /// How the article tells the mention m.
    [[nodiscard]] Telling of(const EventMention &m) const;

private:
    [[nodiscard]] bool inside(int k, const TextRange &sentence) const;
    [[nodiscard]] QStringView word(int k) const;
    [[nodiscard]] bool lowerWord(int k) const;
    [[nodiscard]] bool timeWord(int k) const;
    [[nodiscard]] bool calledOff(int k) const;
    [[nodiscard]] bool occurring(int k) const;
    [[nodiscard]] bool sinceAfter(int verb, const TextRange &sentence) const;
    [[nodiscard]] bool untilAfter(int verb, const TextRange &sentence) const;
    [[nodiscard]] std::optional<EventStatus> putOff(int k, const TextRange &sentence) const;
    [[nodiscard]] std::optional<EventStatus> extendedTo(int k, const TextRange &sentence) const;
    [[nodiscard]] std::optional<EventStatus> movedTo(int verb, const TextRange &sentence) const;
    [[nodiscard]] std::optional<EventStatus> ownVerb(int verb, const TextRange &sentence) const;
    [[nodiscard]] std::optional<EventStatus> modifiers(const EventMention &m) const;
    [[nodiscard]] int pastRelativeClause(int k, const TextRange &sentence) const;
    [[nodiscard]] int pastOfPhrase(int k, const TextRange &sentence) const;
    [[nodiscard]] Telling group(int verb, const TextRange &sentence) const;
    [[nodiscard]] Telling asSubject(int last, const TextRange &sentence) const;
    [[nodiscard]] Telling asObject(int before, int last, const TextRange &sentence) const;
    [[nodiscard]] bool calledOffAfterSemicolon(int last, const TextRange &sentence) const;
    [[nodiscard]] bool venueOfFuture(int before, const TextRange &sentence) const;

    const TextAnalysis &m_text;
    const QList<ScannedWord> &m_words;
};

} // namespace Sourceline
