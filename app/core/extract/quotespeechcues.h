// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QStringView>

namespace Sourceline {

/// Verbs of saying that attribute words to a speaker ("said", "told", "warned", "according to").
class SpeechCues
{
public:
    struct Cue
    {
        bool valid = false;
        bool finite = false; ///< "said", "says" — not "saying" or the bare "say"
        bool participle = false; ///< "saying", "adding": takes its subject from the main clause
        bool takesAddressee = false; ///< "told Ushakov", "urged him", "asked reporters"
        bool reports = false; ///< may introduce reported speech ("said that", "told X to")
        bool bare = false; ///< the base form: "say", "tell" ("officials say", "and tell him")
    };

    /// The cue a single word gives, any case.
    [[nodiscard]] static Cue lookup(QStringView word);
    /// Whether words (first, second) form "according to", "pointed out", "went on" and the like.
    [[nodiscard]] static bool isTwoWordCue(QStringView first, QStringView second);
    /// Nouns that report speech in "in a statement", "in an interview", "in a post".
    [[nodiscard]] static bool isStatementNoun(QStringView word);
};

} // namespace Sourceline
