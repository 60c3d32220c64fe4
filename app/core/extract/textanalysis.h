// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../article.h"
#include "../sourcespan.h"

#include <QList>
#include <QString>

namespace Sourceline {

/// One token of an article body. Words keep inner apostrophes and hyphens ("Trump's",
/// "28-point") and dotted initialisms with their last dot ("U.S.", "a.m."); numbers keep
/// their separators ("1,000", "3.5"); every quotation mark is a token of its own, so is
/// a run of dots ("...").
struct Token
{
    enum class Kind { Word, Number, Punctuation, QuoteMark, Symbol };
    TextRange range;
    Kind kind = Kind::Word;
    bool operator==(const Token &) const = default;
};

/// One sentence, without surrounding white space; a closing quotation mark after its final
/// punctuation belongs to it. Sentences never cross paragraphs; a heading is one sentence.
struct Sentence
{
    TextRange range;
    int paragraph = -1; ///< index into TextAnalysis::paragraphs
    int firstToken = 0; ///< tokens [firstToken, endToken) lie inside this sentence
    int endToken = 0;
};

struct Paragraph
{
    TextRange range;
    bool heading = false;
    int quotation = -1; ///< TextBlock::quotation
    int firstSentence = 0; ///< sentences [firstSentence, endSentence)
    int endSentence = 0;
};

/// Paragraphs, sentences and tokens of one article body, all as ranges of that body.
struct TextAnalysis
{
    QString text; ///< the article body the ranges index into
    QList<Paragraph> paragraphs;
    QList<Sentence> sentences;
    QList<Token> tokens;

    /// Index of the sentence containing position, or -1. O(log n).
    [[nodiscard]] int sentenceAt(int position) const;
    /// Index of the token containing position, or -1. O(log n).
    [[nodiscard]] int tokenAt(int position) const;
    [[nodiscard]] QStringView textOf(const TextRange &range) const { return QStringView(text).mid(range.start, range.length()); }
};

/// Splits an article body into paragraphs (from Article::blocks), sentences and tokens.
/// Safe to call from several threads at once.
[[nodiscard]] TextAnalysis analyseText(const Article &article);

/// Tokens of text[range), with ranges into text. analyseText() uses this per sentence.
[[nodiscard]] QList<Token> tokenize(QStringView text, const TextRange &range);

} // namespace Sourceline
