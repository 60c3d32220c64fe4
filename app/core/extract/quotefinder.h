// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../storygraph.h"
#include "peoplefinder.h"
#include "peoplewords.h"
#include "quotemarks.h"

#include <QList>

namespace Sourceline {

/// Finds what people said in one article: direct quotes, partial quotes inside reported
/// speech, and reported (indirect) speech without marks, each with its speaker, addressee and
/// cue. The speaker is the subject of the nearest verb of saying outside the quotation — before
/// it, after it, in the sentence before, or carried over from the quotation it continues —
/// never a name inside a relative clause or an aside.
///
/// Organisations as speakers ("the Kremlin said", "the ministry said in a statement") leave the
/// speaker null: the contract's speaker is a person; the cue span still shows who spoke.
class QuoteFinder
{
public:
    QuoteFinder(const ArticleWords &words, const QList<QuotedSpan> &quoted, const PeopleResult &people);

    /// Quotes in text order with ids "q1", "q2", ...; speaker and addressee are person ids of
    /// the PeopleResult.
    [[nodiscard]] QList<Quote> find(const QString &articleId) const;

private:
    const ArticleWords &m_words;
    const QList<QuotedSpan> &m_quoted;
    const PeopleResult &m_people;
};

} // namespace Sourceline
