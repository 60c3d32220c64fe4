// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "peoplelexicon.h"
#include "textanalysis.h"
#include "wordtable.h"

#include <QList>
#include <QSet>
#include <QStringView>

#include <algorithm>

namespace Sourceline {

/// One word as the people and quote stages see it: "Trump's" is the word "Trump" marked
/// possessive, "U.S." and "Mr." keep their dots, "20-point" and "Trump-Putin" stay whole.
struct Word
{
    TextRange range; ///< the word without a possessive ending
    int end = 0; ///< end including the possessive ending ("'s", "’s", "s'")
    int paragraph = 0;
    int sentence = 0; ///< running sentence number over the article (quote-aware, abbreviation-aware)
    bool initial = false; ///< first word of a sentence, or right after an opening quote mark or colon
    bool capitalised = false;
    bool possessive = false;
    bool plainGap = false; ///< only blanks separate it from the word before, in the same paragraph
};

/// The words of one article, found inside the paragraphs of a TextAnalysis. The stage keeps
/// its own word boundaries (possessives, dotted abbreviations) so it does not depend on how
/// the shared tokenizer splits them.
class ArticleWords
{
public:
    explicit ArticleWords(const TextAnalysis &analysis);

    [[nodiscard]] const TextAnalysis &analysis() const { return m_analysis; }
    [[nodiscard]] const QString &text() const { return m_analysis.text; }
    [[nodiscard]] const QList<Word> &words() const { return m_words; }
    [[nodiscard]] qsizetype size() const { return m_words.size(); }
    [[nodiscard]] const Word &at(qsizetype i) const { return m_words[i]; }
    [[nodiscard]] QStringView word(qsizetype i) const
    {
        // Word ranges always lie inside the text: no bounds clamping as mid() would do.
        const Word &w = m_words[i];
        return QStringView(m_analysis.text.constData() + w.range.start, w.range.length());
    }
    /// What the people lexicon says about word i, looked up the first time it is asked: the
    /// stages ask about fewer than half of the words (an ArticleWords serves one extraction, in
    /// one thread).
    [[nodiscard]] const PeopleLexicon::Entry &lexicon(qsizetype i) const
    {
        const PeopleLexicon::Entry *entry = m_lexicon.at(i);
        return entry ? *entry : lookUp(i);
    }
    /// The characters between word i-1 (with its possessive ending) and word i.
    [[nodiscard]] QStringView gapBefore(qsizetype i) const
    {
        const int from = i > 0 ? m_words[i - 1].end : m_paragraphs.value(m_words[i].paragraph).start;
        const int to = m_words[i].range.start;
        return QStringView(m_analysis.text).mid(from, std::max(0, to - from));
    }
    /// Whether the gap before word i holds c. A gap is a character or two: a plain search,
    /// cheaper than QStringView::contains(), which goes through the general substring search.
    [[nodiscard]] bool gapBeforeHas(qsizetype i, QChar c) const
    {
        const QStringView gap = gapBefore(i);
        return std::find(gap.cbegin(), gap.cend(), c) != gap.cend();
    }
    /// Whether only blanks separate word i-1 from word i.
    [[nodiscard]] bool plainGapBefore(qsizetype i) const { return i > 0 && m_words[i].plainGap; }
    /// Index of the first word that ends after position (size() if none).
    [[nodiscard]] qsizetype indexAt(int position) const;
    /// Paragraph ranges used (from the analysis, or one per line when it has none).
    [[nodiscard]] const QList<TextRange> &paragraphs() const { return m_paragraphs; }
    /// Whether the word occurs somewhere in the article written all in lower case.
    [[nodiscard]] bool occursInLowerCase(QStringView lowerCaseWord) const { return m_lowerCase.contains(lowerCaseWord); }
    /// Whether word i occurs elsewhere in the article written all in lower case ("The" / "the").
    [[nodiscard]] bool occursInLowerCase(qsizetype i) const;
    [[nodiscard]] bool isLower(qsizetype i) const
    {
        const Word &w = m_words[i];
        return w.range.length() > 0 && m_analysis.text.at(w.range.start).isLower();
    }
    /// Whether paragraph p reads as a heading: short, no sentence end, mostly capitalised words.
    [[nodiscard]] bool isTitleLine(int p) const { return m_titleLines.contains(p); }
    /// Whether the article marks paragraph p as a heading (an HTML or Markdown heading).
    [[nodiscard]] bool isHeading(int p) const { return p >= 0 && p < m_analysis.paragraphs.size() && m_analysis.paragraphs[p].heading; }

private:
    void scanParagraph(const TextRange &paragraph, int paragraphIndex, int &sentence);
    const PeopleLexicon::Entry &lookUp(qsizetype i) const;

    const TextAnalysis &m_analysis;
    QList<Word> m_words;
    mutable QList<const PeopleLexicon::Entry *> m_lexicon; ///< parallel to m_words, null until asked
    QList<TextRange> m_paragraphs;
    WordTable<char> m_lowerCase{0}; ///< the words written in lower case; the value is unused
    QSet<int> m_titleLines;
};

/// Quote marks that open or close quotations: straight, curly, low-9 and guillemets. Inline,
/// as they are asked of nearly every character: ASCII and letters are answered at once.
[[nodiscard]] inline bool isDoubleQuoteMark(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0xAB) {
        return u == u'"';
    }
    return u == u'\u201C' || u == u'\u201D' || u == u'\u201E' || u == u'\u201F' || u == u'\u00AB' || u == u'\u00BB' || u == u'\u2033';
}
[[nodiscard]] inline bool isSingleQuoteMark(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x2018) {
        return u == u'\'';
    }
    return u == u'\u2018' || u == u'\u2019' || u == u'\u201A' || u == u'\u2039' || u == u'\u203A';
}

} // namespace Sourceline
