// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "quotemarks.h"

namespace Sourceline {

namespace {

bool isBlank(QChar c)
{
    return c.isSpace() || c == u'\u00A0';
}

// Characters after which a mark may open a quotation even without a blank: "(", a dash, a colon.
bool isOpeningContext(QChar c)
{
    return isBlank(c) || c == u'(' || c == u'[' || c == u'{' || c == u'\u2014' || c == u'\u2013' || c == u'-' || c == u'/' || c == u':' || c == u'\u2018'
        || isDoubleQuoteMark(c);
}

bool isClosingContext(QChar c)
{
    return !c.isLetterOrNumber();
}

enum class Lean { Either, Opens, Closes };

Lean leanOf(QChar c)
{
    switch (c.unicode()) {
    case 0x201C:
    case 0x201E:
    case 0x00AB:
    case 0x2018:
    case 0x201A:
    case 0x2039:
        return Lean::Opens;
    case 0x201D:
    case 0x00BB:
    case 0x2019:
    case 0x203A:
        return Lean::Closes;
    default:
        return Lean::Either;
    }
}

struct Mark
{
    int position;
    bool canOpen;
    bool canClose;
};

Mark markAt(const QString &text, int i, const TextRange &paragraph)
{
    const QChar prev = i > paragraph.start ? text[i - 1] : QChar(u' ');
    const QChar next = i + 1 < paragraph.end ? text[i + 1] : QChar(u' ');
    const bool left = !isBlank(next) && isOpeningContext(prev);
    const bool right = !isBlank(prev) && isClosingContext(next);
    const Lean lean = leanOf(text[i]);
    // A curly mark keeps its direction unless the context clearly says the opposite.
    const bool canOpen = left && !(lean == Lean::Closes && right);
    const bool canClose = right && !(lean == Lean::Opens && left);
    return {i, canOpen, canClose};
}

TextRange trimmed(const QString &text, int from, int to)
{
    while (from < to && isBlank(text[from])) {
        ++from;
    }
    while (to > from && isBlank(text[to - 1])) {
        --to;
    }
    return {from, to};
}

bool hasWord(const QString &text, const TextRange &range)
{
    for (int i = range.start; i < range.end; ++i) {
        if (text[i].isLetterOrNumber()) {
            return true;
        }
    }
    return false;
}

// Whether the paragraph's first visible character is an opening double mark.
bool opensWithQuote(const QString &text, const TextRange &paragraph)
{
    for (int i = paragraph.start; i < paragraph.end; ++i) {
        if (!isBlank(text[i])) {
            return isDoubleQuoteMark(text[i]) && markAt(text, i, paragraph).canOpen;
        }
    }
    return false;
}

int countWords(const QString &text, const TextRange &range)
{
    int count = 0;
    bool inWord = false;
    for (int i = range.start; i < range.end; ++i) {
        const bool letter = text[i].isLetterOrNumber();
        if (letter && !inWord) {
            ++count;
        }
        inWord = letter;
    }
    return count;
}

void findSingles(const QString &text, const TextRange &paragraph, int paragraphIndex, const QList<QuotedSpan> &doubles, QList<QuotedSpan> &out)
{
    const auto insideDouble = [&doubles](int position) {
        for (const QuotedSpan &span : doubles) {
            if (position > span.open && (span.close < 0 || position < span.close)) {
                return true;
            }
        }
        return false;
    };
    int open = -1;
    for (int i = paragraph.start; i < paragraph.end; ++i) {
        const QChar c = text[i];
        if (!isSingleQuoteMark(c) || insideDouble(i)) {
            continue;
        }
        const Mark mark = markAt(text, i, paragraph);
        const QChar prev = i > paragraph.start ? text[i - 1] : QChar(u' ');
        if (open < 0) {
            // Apostrophes sit between letters; an opening single mark follows a blank.
            if (mark.canOpen && (i == paragraph.start || isBlank(prev) || prev == u'(' || prev == u'\u2014')) {
                open = i;
            }
            continue;
        }
        if (mark.canClose && !mark.canOpen) {
            // "the horses' carrots": a mark after a plural s with a word after it is a possessive.
            const bool possessive = (prev == u's' || prev == u'S') && i + 2 < paragraph.end && text[i + 1] == u' ' && text[i + 2].isLower();
            if (possessive) {
                continue;
            }
            QuotedSpan span;
            span.inner = trimmed(text, open + 1, i);
            span.open = open;
            span.close = i;
            span.paragraph = paragraphIndex;
            span.single = true;
            if (hasWord(text, span.inner)) {
                out.append(span);
            }
            open = -1;
        }
    }
}

} // namespace

QList<QuotedSpan> QuoteMarks::find(const ArticleWords &words)
{
    const QString &text = words.text();
    const QList<TextRange> &paragraphs = words.paragraphs();
    QList<QuotedSpan> result;
    bool carried = false;
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const TextRange paragraph{paragraphs[p].start, std::min(paragraphs[p].end, int(text.size()))};
        QList<QuotedSpan> spans;
        int open = -1;
        bool firstInParagraph = true;
        for (int i = paragraph.start; i < paragraph.end; ++i) {
            if (!isDoubleQuoteMark(text[i])) {
                continue;
            }
            const Mark mark = markAt(text, i, paragraph);
            if (open < 0) {
                if (mark.canOpen) {
                    open = i;
                }
                continue;
            }
            if (mark.canClose) {
                QuotedSpan span;
                span.inner = trimmed(text, open + 1, i);
                span.open = open;
                span.close = i;
                span.paragraph = int(p);
                span.continuesPrevious = carried && firstInParagraph;
                if (hasWord(text, span.inner)) {
                    spans.append(span);
                }
                firstInParagraph = false;
                open = -1;
            }
        }
        bool carryNext = false;
        if (open >= 0) {
            QuotedSpan span;
            span.inner = trimmed(text, open + 1, paragraph.end);
            span.open = open;
            span.paragraph = int(p);
            span.continuesPrevious = carried && firstInParagraph;
            const bool nextOpens = p + 1 < paragraphs.size() && opensWithQuote(text, paragraphs[p + 1]);
            // News style leaves a quotation open at a paragraph end when the next paragraph
            // continues it with a fresh opening mark; otherwise only a long stretch counts.
            if (nextOpens && hasWord(text, span.inner)) {
                span.continuesNext = true;
                carryNext = true;
                spans.append(span);
            } else if (countWords(text, span.inner) >= 6) {
                spans.append(span);
            }
        }
        carried = carryNext;
        QList<QuotedSpan> singles;
        findSingles(text, paragraph, int(p), spans, singles);
        spans += singles;
        std::sort(spans.begin(), spans.end(), [](const QuotedSpan &a, const QuotedSpan &b) { return a.open < b.open; });
        result += spans;
    }
    return result;
}

} // namespace Sourceline
