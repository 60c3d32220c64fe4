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

// An opening single mark follows a blank or a bracket and precedes a letter; apostrophes sit
// between letters ("O'Neill", "don't") and never open.
bool opensSingle(const QString &text, int i, const TextRange &paragraph)
{
    const QChar prev = i > paragraph.start ? text[i - 1] : QChar(u' ');
    const QChar next = i + 1 < paragraph.end ? text[i + 1] : QChar(u' ');
    return (isBlank(prev) || prev == u'(' || prev == u'[' || prev == u'\u2014' || prev == u'\u2013' || isDoubleQuoteMark(prev)) && next.isLetterOrNumber()
        && text[i] != u'\u2019';
}

bool closesSingle(const QString &text, int i, const TextRange &paragraph)
{
    const QChar prev = i > paragraph.start ? text[i - 1] : QChar(u' ');
    const QChar next = i + 1 < paragraph.end ? text[i + 1] : QChar(u' ');
    return !isBlank(prev) && !next.isLetterOrNumber() && text[i] != u'\u2018';
}

int singleCloserAfter(const QString &text, int from, const TextRange &paragraph)
{
    for (int i = from; i < paragraph.end; ++i) {
        if (isSingleQuoteMark(text[i]) && closesSingle(text, i, paragraph)) {
            return i;
        }
    }
    return -1;
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
        bool openSingle = false;
        bool firstInParagraph = true;
        // One pass over both kinds of mark: whichever opens first is the outer quotation
        // (British style quotes in single marks and nests double ones), the other kind is text.
        for (int i = paragraph.start; i < paragraph.end; ++i) {
            const bool isDouble = isDoubleQuoteMark(text[i]);
            const bool isSingle = !isDouble && isSingleQuoteMark(text[i]);
            if (!isDouble && !isSingle) {
                continue;
            }
            const Mark mark = markAt(text, i, paragraph);
            if (open < 0) {
                if (isDouble && mark.canOpen) {
                    open = i;
                    openSingle = false;
                } else if (isSingle && opensSingle(text, i, paragraph) && singleCloserAfter(text, i + 1, paragraph) >= 0) {
                    open = i;
                    openSingle = true;
                }
                continue;
            }
            if (openSingle != isSingle) {
                continue;
            }
            if (isSingle) {
                if (!closesSingle(text, i, paragraph)) {
                    continue;
                }
                // "the horses' carrots" inside a quotation: a plural possessive, when a later mark closes.
                const bool possessive = (text[i - 1] == u's' || text[i - 1] == u'S') && i + 2 < paragraph.end && text[i + 1] == u' ' && text[i + 2].isLower()
                    && singleCloserAfter(text, i + 1, paragraph) >= 0;
                if (possessive) {
                    continue;
                }
            } else if (!mark.canClose) {
                continue;
            }
            QuotedSpan span;
            span.inner = trimmed(text, open + 1, i);
            span.open = open;
            span.close = i;
            span.paragraph = int(p);
            span.single = openSingle;
            span.continuesPrevious = carried && firstInParagraph && !openSingle;
            if (hasWord(text, span.inner)) {
                spans.append(span);
            }
            firstInParagraph = false;
            open = -1;
        }
        if (open >= 0 && openSingle) {
            open = -1; // an apostrophe that looked like an opening mark
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
        std::sort(spans.begin(), spans.end(), [](const QuotedSpan &a, const QuotedSpan &b) { return a.open < b.open; });
        result += spans;
    }
    return result;
}

} // namespace Sourceline
