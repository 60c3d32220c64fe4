// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "textanalysis.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// English abbreviations common in news copy. A break after one of these is not a sentence
// end (at the price of missing the rare sentence that does end in "U.S." before a
// capitalised word). Sorted, for binary search.
constexpr QStringView newsAbbreviations[] = {
    u"A.M.",
    u"Adm.",
    u"Ala.",
    u"Amb.",
    u"Apr.",
    u"Ariz.",
    u"Ark.",
    u"Atty.",
    u"Aug.",
    u"Ave.",
    u"Blvd.",
    u"Bros.",
    u"Calif.",
    u"Capt.",
    u"Cmdr.",
    u"Co.",
    u"Col.",
    u"Colo.",
    u"Conn.",
    u"Corp.",
    u"Cpl.",
    u"D.C.",
    u"Dec.",
    u"Del.",
    u"Dept.",
    u"Dr.",
    u"E.U.",
    u"Feb.",
    u"Fla.",
    u"Fr.",
    u"Ft.",
    u"Ga.",
    u"Gen.",
    u"Gens.",
    u"Gov.",
    u"Govs.",
    u"Hon.",
    u"Ill.",
    u"Inc.",
    u"Insp.",
    u"Jan.",
    u"Jr.",
    u"Jul.",
    u"Jun.",
    u"Kan.",
    u"Ky.",
    u"La.",
    u"Lt.",
    u"Ltd.",
    u"M.D.",
    u"Maj.",
    u"Mar.",
    u"Mass.",
    u"Md.",
    u"Messrs.",
    u"Mich.",
    u"Minn.",
    u"Mmes.",
    u"Mo.",
    u"Mr.",
    u"Mrs.",
    u"Ms.",
    u"Msgr.",
    u"Mt.",
    u"N.Y.",
    u"Neb.",
    u"Nev.",
    u"No.",
    u"Nos.",
    u"Nov.",
    u"Oct.",
    u"Okla.",
    u"Ore.",
    u"P.M.",
    u"Ph.D.",
    u"Pres.",
    u"Prof.",
    u"Pvt.",
    u"Rep.",
    u"Reps.",
    u"Rev.",
    u"Rt.",
    u"Sen.",
    u"Sens.",
    u"Sep.",
    u"Sept.",
    u"Sgt.",
    u"Sgts.",
    u"Sr.",
    u"St.",
    u"Sup.",
    u"Supt.",
    u"Tenn.",
    u"U.K.",
    u"U.N.",
    u"U.S.",
    u"Univ.",
    u"Va.",
    u"Vs.",
    u"Wash.",
    u"Wis.",
    u"a.m.",
    u"approx.",
    u"ca.",
    u"cf.",
    u"e.g.",
    u"etc.",
    u"i.e.",
    u"p.m.",
    u"v.", // "Roe v. Wade": case names in court news
    u"vs.",
};

bool isNewsAbbreviation(QStringView word)
{
    return std::binary_search(std::begin(newsAbbreviations), std::end(newsAbbreviations), word);
}

// ICU builds a sentence iterator with its rule tables and the suppression trie; that is far
// too slow per article, so one prototype is built once and cloned for each analysis.
const icu::BreakIterator *sentencePrototype()
{
    static const std::unique_ptr<icu::BreakIterator> prototype = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> plain(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
        if (U_FAILURE(status)) {
            return std::unique_ptr<icu::BreakIterator>();
        }
        // Not ICU's English suppression data: its filter matches an entry without looking for
        // the start of the word, so that data keeps "NATO. Russia agreed." and "the CEO. She"
        // as one sentence. The list above is matched case-sensitively, so its capitalised
        // entries are safe that way.
        std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
        if (U_FAILURE(status)) {
            return plain;
        }
        for (const QStringView abbreviation : newsAbbreviations) {
            // The filter matches an entry at the end of any word, so a lower-case one would
            // suppress the end of "Africa." ("ca."), "Kyiv." ("v.") or "Tel Aviv."; those are
            // matched as whole words by followsAbbreviation() alone.
            if (abbreviation.front().isLower()) {
                continue;
            }
            UErrorCode addStatus = U_ZERO_ERROR;
            builder->suppressBreakAfter(icu::UnicodeString(reinterpret_cast<const UChar *>(abbreviation.utf16()), int32_t(abbreviation.size())), addStatus);
        }
        std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(plain.release(), status));
        if (U_FAILURE(status)) {
            return std::unique_ptr<icu::BreakIterator>(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
        }
        return filtered;
    }();
    return prototype.get();
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == u'\u200B' || c == u'\uFEFF';
}

bool isQuoteMark(char16_t c)
{
    switch (c) {
    case u'"':
    case u'\'':
    case u'\u2018': // ‘
    case u'\u2019': // ’
    case u'\u201A': // ‚
    case u'\u201B': // ‛
    case u'\u201C': // “
    case u'\u201D': // ”
    case u'\u201E': // „
    case u'\u201F': // ‟
    case u'\u00AB': // «
    case u'\u00BB': // »
    case u'\u2039': // ‹
    case u'\u203A': // ›
    case u'\u300C': // 「
    case u'\u300D': // 」
    case u'`':
        return true;
    default:
        return false;
    }
}

bool isClosing(char16_t c)
{
    return isQuoteMark(c) || c == u')' || c == u']';
}

// Code point at i and its length in UTF-16 units.
char32_t codePointAt(QStringView text, qsizetype i, int *length)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *length = 1;
    return c.unicode();
}

bool isWordChar(char32_t c)
{
    // Most of a news text is ASCII; Unicode tables are for the rest.
    if (c < 0x80) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    }
    if (QChar::isLetterOrNumber(c)) {
        return true;
    }
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

// Characters that join two word parts: apostrophes ("Trump's", "Trump’s") and hyphens.
bool isInnerJoiner(char16_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'-' || c == u'\u2010' || c == u'\u2011';
}

bool isDigit(QChar c)
{
    return c.isDigit();
}

// Scans a word or number starting at i; returns its end and whether it is a number.
qsizetype scanWord(QStringView text, qsizetype i, qsizetype end, bool *number)
{
    const qsizetype start = i;
    bool allNumeric = true;
    int length = 1;
    while (i < end) {
        // ASCII letters and digits, most of a news text, without the general calls below.
        if (const char16_t ascii = text[i].unicode(); ascii < 0x80) {
            if ((ascii >= u'a' && ascii <= u'z') || (ascii >= u'A' && ascii <= u'Z')) {
                allNumeric = false;
                ++i;
                continue;
            }
            if (ascii >= u'0' && ascii <= u'9') {
                ++i;
                continue;
            }
        }
        const char32_t c = codePointAt(text, i, &length);
        if (isWordChar(c)) {
            if (!QChar::isDigit(c)) {
                allNumeric = false;
            }
            i += length;
            continue;
        }
        // A joiner counts only between two word characters: "28-point", not "rise-" or "'90s".
        const bool hasNext = i + 1 < end;
        if (hasNext && isInnerJoiner(text[i].unicode()) && i > start) {
            int nextLength = 1;
            if (isWordChar(codePointAt(text, i + 1, &nextLength))) {
                allNumeric = false;
                i += 1;
                continue;
            }
        }
        // Decimal and thousands separators inside numbers: "3.5", "1,000", "12:30".
        if (hasNext && (text[i] == u'.' || text[i] == u',') && i > start && isDigit(text[i - 1]) && isDigit(text[i + 1]) && allNumeric) {
            i += 1;
            continue;
        }
        break;
    }
    *number = allNumeric;
    return i;
}

// Dotted initialisms ("U.S.", "a.m.", "D.C."): single letters each followed by a dot.
qsizetype scanInitialism(QStringView text, qsizetype i, qsizetype end)
{
    qsizetype pos = i;
    int letters = 0;
    while (pos + 1 < end && text[pos].isLetter() && text[pos + 1] == u'.') {
        // Each letter must stand alone: "Mr." is not an initialism.
        if (pos > i && text[pos - 1] != u'.') {
            break;
        }
        ++letters;
        pos += 2;
    }
    if (letters < 2 || (pos < end && text[pos].isLetterOrNumber())) {
        return i;
    }
    return pos;
}

void appendTokens(QStringView text, const TextRange &range, QList<Token> &tokens)
{
    qsizetype i = range.start;
    const qsizetype end = range.end;
    while (i < end) {
        const QChar c = text[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        int length = 1;
        const char32_t ucs = codePointAt(text, i, &length);
        if (isWordChar(ucs)) {
            if (const qsizetype initialismEnd = scanInitialism(text, i, end); initialismEnd > i) {
                tokens.append({{int(i), int(initialismEnd)}, Token::Kind::Word});
                i = initialismEnd;
                continue;
            }
            bool number = false;
            const qsizetype wordEnd = scanWord(text, i, end, &number);
            tokens.append({{int(i), int(wordEnd)}, number ? Token::Kind::Number : Token::Kind::Word});
            i = wordEnd;
            continue;
        }
        if (isQuoteMark(c.unicode())) {
            tokens.append({{int(i), int(i + 1)}, Token::Kind::QuoteMark});
            ++i;
            continue;
        }
        if (c == u'.' || c == u'-') {
            // "..." and "--" are one mark each.
            qsizetype runEnd = i + 1;
            while (runEnd < end && text[runEnd] == c) {
                ++runEnd;
            }
            tokens.append({{int(i), int(runEnd)}, Token::Kind::Punctuation});
            i = runEnd;
            continue;
        }
        const bool punctuation = ucs < 0x80 ? ucs > 0x20 && ucs < 0x7F && !QStringView(u"$+<=>^|~").contains(c) : QChar::isPunct(ucs);
        tokens.append({{int(i), int(i + length)}, punctuation ? Token::Kind::Punctuation : Token::Kind::Symbol});
        i += length;
    }
}

TextRange trimmed(QStringView text, TextRange range)
{
    while (range.start < range.end && isSpace(text[range.start])) {
        ++range.start;
    }
    while (range.end > range.start && isSpace(text[range.end - 1])) {
        --range.end;
    }
    return range;
}

// Position of the first character after white space from position, or end.
qsizetype skipSpace(QStringView text, qsizetype position, qsizetype end)
{
    while (position < end && isSpace(text[position])) {
        ++position;
    }
    return position;
}

// Where the blanks before position begin (not before start).
qsizetype skipSpaceBefore(QStringView text, qsizetype position, qsizetype start)
{
    while (position > start && isSpace(text[position - 1])) {
        --position;
    }
    return position;
}

// ICU breaks after "?" and "!" even when the sentence goes on in lower case, which is how
// news attributes quoted questions: '"Why now?" she asked.' Lower case after any break
// means the sentence continues.
bool continuesInLowerCase(QStringView text, qsizetype boundary, qsizetype end)
{
    const qsizetype next = skipSpace(text, boundary, end);
    return next < end && text[next].isLower();
}

// Where the word of blank-free characters that ends at position begins (not before start).
qsizetype wordStartBefore(QStringView text, qsizetype position, qsizetype start)
{
    while (position > start && !isSpace(text[position - 1])) {
        --position;
    }
    return position;
}

// ICU's filter matches a suppression only backwards up to its first dot, so "U.S." and
// "a.m." never suppress anything; the word before each break is therefore checked here too.
bool followsAbbreviation(QStringView text, qsizetype boundary, qsizetype start)
{
    const qsizetype last = skipSpaceBefore(text, boundary, start);
    qsizetype first = wordStartBefore(text, last, start);
    // An opening bracket or quote mark before the word does not change it: "(Gen. Smith".
    while (first < last && (text[first] == u'(' || text[first] == u'[' || isQuoteMark(text[first].unicode()))) {
        ++first;
    }
    return last - first >= 2 && text[last - 1] == u'.' && isNewsAbbreviation(text.mid(first, last - first));
}

// A middle initial ("Donald J. Trump", "John F. Kennedy") ends no sentence, nor do initials
// for given names ("J.K. Rowling", "A.J. Brown"), nor the first letter of a party and state
// ("Sen. Thom Tillis, R-N.C., said").
bool followsInitial(QStringView text, qsizetype boundary, qsizetype start)
{
    qsizetype last = skipSpaceBefore(text, boundary, start);
    // Capital letters each followed by a dot, back to a space, a hyphen, a bracket or the start.
    constexpr int mostInitials = 3;
    int initials = 0;
    while (initials < mostInitials && last - 2 >= start && text[last - 1] == u'.' && text[last - 2].isUpper()) {
        last -= 2;
        ++initials;
    }
    return initials > 0 && (last == start || isSpace(text[last - 1]) || text[last - 1] == u'-' || text[last - 1] == u'(');
}

// "1. March 26: The bridge collapsed.": the number of a list item opens its sentence.
bool followsListNumber(QStringView text, qsizetype boundary, qsizetype start)
{
    constexpr qsizetype longestNumber = 3;
    const qsizetype last = skipSpaceBefore(text, boundary, start);
    const qsizetype digits = last - 1 - start;
    if (digits < 1 || digits > longestNumber || text[last - 1] != u'.') {
        return false;
    }
    return std::all_of(text.begin() + start, text.begin() + last - 1, [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// "No." numbers ("No. 2", "the No. 10 bus") but also answers: '"No. Never," he said.' A "No."
// that opens a sentence or a quote and is followed by a word ends its sentence.
bool answersNo(QStringView text, qsizetype first, qsizetype dot, qsizetype next, qsizetype start)
{
    while (first < dot && isQuoteMark(text[first].unicode())) {
        ++first;
    }
    if (text.sliced(first, dot + 1 - first) != u"No." || next >= text.size() || !text[next].isUpper()) {
        return false;
    }
    const qsizetype previous = skipSpaceBefore(text, first, start);
    return previous == start || QStringView(u".?!:").contains(text[previous - 1]) || isQuoteMark(text[previous - 1].unicode());
}

// "at 5 p.m. The game ended", "sued Beta Corp. The case", "in the U.S. The talks": some
// abbreviations end a sentence when a word that opens sentences follows them, though they
// end none before other words ("at 2 p.m. Tuesday", "Apple Inc. rose", "the U.S. Senate").
// Neither ICU's suppressions nor followsAbbreviation() can tell the two apart.
void addAbbreviationBreaks(QStringView text, qsizetype start, qsizetype end, QList<qsizetype> &boundaries)
{
    static const QStringList finalAbbreviations{u"a.m."_s, u"p.m."_s, u"A.M."_s, u"P.M."_s, u"Inc."_s, u"Corp."_s, u"Co."_s, u"Ltd."_s, u"Bros."_s, u"Jr."_s,
        u"Sr."_s, u"etc."_s, u"U.S."_s, u"U.K."_s, u"U.N."_s, u"E.U."_s, u"D.C."_s};
    static const QStringList openers{u"The"_s, u"A"_s, u"An"_s, u"He"_s, u"She"_s, u"It"_s, u"They"_s, u"We"_s, u"I"_s, u"This"_s, u"That"_s, u"These"_s,
        u"Those"_s, u"There"_s, u"His"_s, u"Her"_s, u"Its"_s, u"Their"_s, u"But"_s, u"And"_s, u"So"_s, u"Then"_s, u"After"_s, u"When"_s};
    // A search for one character within the paragraph: a two-character search from the
    // paragraph on ran through the general substring search for every full stop.
    constexpr qsizetype longestAbbreviation = 5;
    const QStringView paragraph = text.sliced(start, end - start);
    for (qsizetype at = paragraph.indexOf(u'.'); at >= 0; at = paragraph.indexOf(u'.', at + 1)) {
        const qsizetype dot = start + at;
        if (dot + 2 >= end || text[dot + 1] != u' ') {
            continue;
        }
        const qsizetype first = wordStartBefore(text, dot, start);
        const qsizetype next = skipSpace(text, dot + 1, end);
        if (answersNo(text, first, dot, next, start)) {
            boundaries.append(next);
            continue;
        }
        if (dot + 1 - first > longestAbbreviation || !finalAbbreviations.contains(text.sliced(first, dot + 1 - first))) {
            continue;
        }
        qsizetype wordEnd = next;
        while (wordEnd < end && text[wordEnd].isLetter()) {
            ++wordEnd;
        }
        if (openers.contains(text.sliced(next, wordEnd - next))) {
            boundaries.append(next);
        }
    }
}

// An ellipsis character followed by a capitalised word ends the sentence as "..." does in
// ICU; ICU itself does not treat U+2026 as a terminator.
void addEllipsisBreaks(QStringView text, qsizetype start, qsizetype end, QList<qsizetype> &boundaries)
{
    for (qsizetype i = text.indexOf(u'\u2026', start); i >= 0 && i < end; i = text.indexOf(u'\u2026', i + 1)) {
        qsizetype after = i + 1;
        while (after < end && isClosing(text[after].unicode())) {
            ++after;
        }
        const qsizetype next = skipSpace(text, after, end);
        if (next == after || next >= end || !text[next].isUpper()) {
            continue;
        }
        boundaries.append(next);
    }
}

// True when ICU can find no sentence end inside the range: no terminal or line separator
// before the closing run ("... said." + quote marks, brackets and blanks). Most news
// paragraphs are one such sentence, and ICU's filtered iterator is the dearest step here.
bool holdsOneSentence(QStringView text, const TextRange &range)
{
    qsizetype last = range.end;
    while (last > range.start && (isSpace(text[last - 1]) || isClosing(text[last - 1].unicode()))) {
        --last;
    }
    while (last > range.start && (text[last - 1] == u'.' || text[last - 1] == u'!' || text[last - 1] == u'?')) {
        --last;
    }
    for (qsizetype i = range.start; i < last; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            if (c < 0x20 || c == u'.' || c == u'!' || c == u'?') {
                return false;
            }
            continue;
        }
        // Other scripts' full stops, the ellipsis and separators are ICU's to judge.
        const QChar::Category category = QChar::category(char32_t(c));
        if (category == QChar::Punctuation_Other || category == QChar::Separator_Line || category == QChar::Separator_Paragraph
            || category == QChar::Other_Control || category == QChar::Other_Surrogate || category == QChar::Other_Format) {
            return false;
        }
    }
    return true;
}

void splitParagraph(icu::BreakIterator *iterator, QStringView text, int paragraphIndex, const TextRange &range, TextAnalysis &analysis)
{
    QList<qsizetype> boundaries;
    const bool severalSentences = iterator && !holdsOneSentence(text, range);
    if (severalSentences) {
        UErrorCode status = U_ZERO_ERROR;
        UText utext = UTEXT_INITIALIZER;
        utext_openUChars(&utext, reinterpret_cast<const UChar *>(text.utf16()) + range.start, range.length(), &status);
        iterator->setText(&utext, status);
        if (U_SUCCESS(status)) {
            for (int32_t b = iterator->next(); b != icu::BreakIterator::DONE; b = iterator->next()) {
                const qsizetype boundary = range.start + b;
                if (boundary >= range.end) {
                    break;
                }
                if (continuesInLowerCase(text, boundary, range.end) || followsInitial(text, boundary, range.start)
                    || followsAbbreviation(text, boundary, range.start) || followsListNumber(text, boundary, range.start)) {
                    continue;
                }
                boundaries.append(boundary);
            }
        }
        utext_close(&utext);
    }
    const qsizetype found = boundaries.size();
    if (severalSentences) {
        addAbbreviationBreaks(text, range.start, range.end, boundaries);
    }
    if (text.mid(range.start, range.length()).contains(u'\u2026')) {
        addEllipsisBreaks(text, range.start, range.end, boundaries);
    }
    if (boundaries.size() > found) {
        std::sort(boundaries.begin(), boundaries.end());
        boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());
    }
    boundaries.append(range.end);

    qsizetype start = range.start;
    for (const qsizetype boundary : std::as_const(boundaries)) {
        const TextRange sentenceRange = trimmed(text, {int(start), int(boundary)});
        start = boundary;
        if (sentenceRange.length() == 0) {
            continue;
        }
        Sentence sentence;
        sentence.range = sentenceRange;
        sentence.paragraph = paragraphIndex;
        sentence.firstToken = int(analysis.tokens.size());
        appendTokens(text, sentenceRange, analysis.tokens);
        sentence.endToken = int(analysis.tokens.size());
        analysis.sentences.append(sentence);
    }
}

} // namespace

int TextAnalysis::sentenceAt(int position) const
{
    // The first sentence that ends after position is the only one that can hold it.
    const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), position, [](int pos, const Sentence &s) { return pos < s.range.end; });
    if (it == sentences.cend() || !it->range.contains(position)) {
        return -1;
    }
    return int(it - sentences.cbegin());
}

int TextAnalysis::tokenAt(int position) const
{
    const auto it = std::upper_bound(tokens.cbegin(), tokens.cend(), position, [](int pos, const Token &t) { return pos < t.range.end; });
    if (it == tokens.cend() || !it->range.contains(position)) {
        return -1;
    }
    return int(it - tokens.cbegin());
}

QList<Token> tokenize(QStringView text, const TextRange &range)
{
    QList<Token> tokens;
    if (range.isValid() && range.end <= text.size()) {
        appendTokens(text, range, tokens);
    }
    return tokens;
}

TextAnalysis analyseText(const Article &article)
{
    TextAnalysis analysis;
    analysis.text = article.body;
    const QStringView text(analysis.text);
    analysis.paragraphs.reserve(article.blocks.size());
    analysis.sentences.reserve(text.size() / 100 + article.blocks.size());
    analysis.tokens.reserve(text.size() / 5);

    std::unique_ptr<icu::BreakIterator> iterator;
    if (const icu::BreakIterator *prototype = sentencePrototype()) {
        iterator.reset(prototype->clone());
    }

    for (const TextBlock &block : article.blocks) {
        // Blocks come from readers and tests; a range outside the body is ignored, not trusted.
        if (!block.range.isValid() || block.range.end > text.size()) {
            continue;
        }
        Paragraph paragraph;
        paragraph.range = block.range;
        paragraph.heading = block.kind == TextBlock::Kind::Heading;
        paragraph.quotation = block.quotation;
        paragraph.firstSentence = int(analysis.sentences.size());
        const int paragraphIndex = int(analysis.paragraphs.size());
        if (paragraph.heading) {
            // A heading is a line of its own; splitting "Trump Says No. Europe Waits" helps nobody.
            const TextRange range = trimmed(text, block.range);
            if (range.length() > 0) {
                Sentence sentence;
                sentence.range = range;
                sentence.paragraph = paragraphIndex;
                sentence.firstToken = int(analysis.tokens.size());
                appendTokens(text, range, analysis.tokens);
                sentence.endToken = int(analysis.tokens.size());
                analysis.sentences.append(sentence);
            }
        } else {
            splitParagraph(iterator.get(), text, paragraphIndex, block.range, analysis);
        }
        paragraph.endSentence = int(analysis.sentences.size());
        analysis.paragraphs.append(paragraph);
    }
    return analysis;
}

} // namespace Sourceline
