// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../article.h"
#include "../sourcespan.h"

#include <QList>
#include <QString>

namespace Sourceline {

struct Token
{
    enum class Kind { Word, Number, Punctuation, QuoteMark, Symbol };
    TextRange range;
    Kind kind = Kind::Word;
};

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

    /// Index of the sentence containing position, or -1.
    [[nodiscard]] int sentenceAt(int position) const;
    [[nodiscard]] QStringView textOf(const TextRange &range) const { return QStringView(text).mid(range.start, range.length()); }
};

/// Splits an article body into paragraphs (from Article::blocks), sentences and tokens.
[[nodiscard]] TextAnalysis analyseText(const Article &article);

} // namespace Sourceline
