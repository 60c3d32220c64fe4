// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "peoplewords.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

bool isNonAsciiWordChar(QChar c)
{
    // No combining mark comes before U+0300.
    return c.isLetterOrNumber() || (c.unicode() >= 0x300 && c.isMark());
}

// ASCII letters and digits, by code.
constexpr std::array<bool, 128> asciiWordChars = [] {
    std::array<bool, 128> table{};
    for (char16_t u = 0; u < 128; ++u) {
        table[u] = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    }
    return table;
}();

// Asked of every character of the article: ASCII is decided by a table, without Unicode tables.
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? asciiWordChars[u] : isNonAsciiWordChar(c);
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// Abbreviations whose period does not end a sentence.
bool isAbbreviation(QStringView word)
{
    static const QList<QStringView> list{u"Mr", u"Mrs", u"Ms", u"Dr", u"St", u"Jr", u"Sr", u"Gen", u"Sen", u"Rep", u"Gov", u"Lt", u"Col", u"Capt", u"Prof",
        u"Rev", u"Adm", u"Maj", u"Sgt", u"Mt", u"No", u"vs", u"Inc", u"Corp", u"Ltd", u"Co", u"Cpl", u"Cmdr", u"Supt", u"Insp", u"Det", u"Pres", u"Hon", u"Fr",
        u"approx", u"Jan", u"Feb", u"Aug", u"Sept", u"Sep", u"Oct", u"Nov", u"Dec", u"e.g", u"i.e", u"etc"};
    // Asked at every period: the first letter and the length, as written, turn most words away
    // before the list is read.
    static const std::array<quint8, 128> lengths = [] {
        std::array<quint8, 128> table{};
        for (const QStringView entry : list) {
            Q_ASSERT(entry.front().unicode() < 0x80 && entry.size() < 8);
            table[entry.front().unicode()] |= quint8(1u << entry.size());
        }
        return table;
    }();
    if (word.isEmpty() || word.size() >= 8 || word.front().unicode() >= 0x80 || !((lengths[word.front().unicode()] >> word.size()) & 1)) {
        return false;
    }
    return std::find(list.cbegin(), list.cend(), word) != list.cend();
}

// "R-Neb.", "D-Conn.", "I-Vt.": a US legislator's party letter joined to an abbreviated state,
// written after the name in brackets or commas; its period closes the state, not the sentence.
bool isPartyAndState(QStringView word)
{
    if (word.size() < 4 || word.size() > 7 || word[1] != u'-' || !(word[0] == u'R' || word[0] == u'D' || word[0] == u'I') || !word[2].isUpper()) {
        return false;
    }
    return std::all_of(word.begin() + 3, word.end(), [](QChar c) { return c.isLower(); });
}

// "JD(U)", "CPI(M)", "NCP(SP)": Indian parties name their wing in capitals in brackets, written
// onto the initials; the bracket is part of the name. Only read where a word of capitals meets "(".
int partyWingEnd(const QChar *t, int start, int end, int limit)
{
    if (end + 2 >= limit || t[end] != u'(' || end - start < 2) {
        return end;
    }
    for (int k = start; k < end; ++k) {
        if (!t[k].isUpper()) {
            return end;
        }
    }
    int k = end + 1;
    while (k < limit && k - end <= 4 && t[k].isUpper()) {
        ++k;
    }
    return k > end + 1 && k < limit && t[k] == u')' && (k + 1 >= limit || !isWordChar(t[k + 1])) ? k + 1 : end;
}

} // namespace

ArticleWords::ArticleWords(const TextAnalysis &analysis)
    : m_analysis(analysis)
{
    for (const Paragraph &paragraph : analysis.paragraphs) {
        m_paragraphs.append(paragraph.range);
    }
    if (m_paragraphs.isEmpty()) {
        // No analysis (tests, or a body without blocks): one paragraph per line.
        int start = 0;
        const int size = int(analysis.text.size());
        for (int i = 0; i <= size; ++i) {
            if (i == size || analysis.text[i] == u'\n') {
                if (i > start) {
                    m_paragraphs.append({start, i});
                }
                start = i + 1;
            }
        }
    }
    m_words.reserve(analysis.text.size() / 6);
    int sentence = 0;
    for (qsizetype p = 0; p < m_paragraphs.size(); ++p) {
        scanParagraph(m_paragraphs[p], int(p), sentence);
    }
    m_lexicon.fill(nullptr, m_words.size());
    // The stages ask whether only blanks come before a word many times per word.
    const QChar *const characters = analysis.text.constData();
    for (qsizetype i = 1; i < m_words.size(); ++i) {
        Word &current = m_words[i];
        const Word &previous = m_words[i - 1];
        if (previous.paragraph != current.paragraph || previous.end >= current.range.start) {
            continue;
        }
        current.plainGap = std::all_of(characters + previous.end, characters + current.range.start, [](QChar c) { return c == u' ' || c == u'\u00A0'; });
    }
    m_lowerCase = WordTable<char>(m_words.size());
    int paragraphWords = 0;
    int paragraphCapitals = 0;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (isLower(i)) {
            m_lowerCase.insert(word(i), 0);
        }
        ++paragraphWords;
        paragraphCapitals += m_words[i].capitalised ? 1 : 0;
        const bool last = i + 1 == m_words.size() || m_words[i + 1].paragraph != m_words[i].paragraph;
        if (last) {
            const TextRange &range = m_paragraphs[m_words[i].paragraph];
            const QStringView tail = QStringView(analysis.text).mid(m_words[i].end, std::max(0, range.end - m_words[i].end)).trimmed();
            const bool sentenceEnd
                = tail.contains(u'.') || tail.contains(u'?') || tail.contains(u'!') || isDoubleQuoteMark(tail.isEmpty() ? QChar() : tail.back());
            if (!sentenceEnd && paragraphWords <= 14 && paragraphCapitals * 2 >= paragraphWords) {
                m_titleLines.insert(m_words[i].paragraph);
            }
            paragraphWords = paragraphCapitals = 0;
        }
    }
}

void ArticleWords::scanParagraph(const TextRange &paragraph, int paragraphIndex, int &sentence)
{
    const QString &text = m_analysis.text;
    const int end = std::min(paragraph.end, int(text.size()));
    // Every character of the article passes here: read through a plain pointer, which the
    // compiler need not reload after each word is appended.
    const QChar *const t = text.constData();
    bool sentenceOpen = false;
    bool nextInitial = true;
    int i = paragraph.start;
    while (i < end) {
        const QChar c = t[i];
        if (!isWordChar(c)) {
            if (c == u'.' || c == u'?' || c == u'!') {
                // A period after an abbreviation or an initial does not end the sentence.
                bool ends = true;
                if (c == u'.' && !m_words.isEmpty() && m_words.constLast().end == i && m_words.constLast().paragraph == paragraphIndex) {
                    const QStringView last = word(m_words.size() - 1);
                    // "R-N.C.": the letter of a party before a dotted state is an initial too.
                    const bool initial
                        = (last.size() == 1 && last[0].isUpper()) || (last.size() >= 3 && last.back().isUpper() && last[last.size() - 2] == u'-');
                    ends = !last.endsWith(u'.') && !isAbbreviation(last) && !initial;
                    // "(R-Neb.) wrote": a bracket closes the party and state, not the sentence.
                    if (i + 1 < end && t[i + 1] == u')' && isPartyAndState(last)) {
                        ends = false;
                    }
                }
                // "Sen. Margaret Olsen, D-Wash., said": a period before a comma closes an abbreviation.
                if (c == u'.' && i + 1 < end && (t[i + 1] == u',' || t[i + 1] == u';')) {
                    ends = false;
                }
                if (ends && sentenceOpen) {
                    ++sentence;
                    sentenceOpen = false;
                    nextInitial = true;
                }
            } else if (c == u':' || c == u'(' || isDoubleQuoteMark(c) || c == u'\u2018') {
                nextInitial = true;
            }
            ++i;
            continue;
        }
        int j = i + 1;
        while (j < end) {
            const QChar d = t[j];
            if (isWordChar(d)) {
                ++j;
                continue;
            }
            const bool joins = j + 1 < end && isWordChar(t[j + 1])
                && (d == u'-' || d == u'\u2011' || isApostrophe(d) || d == u'&' || (d == u'.' && t[j + 1].isLetter() && (j - i == 1 || t[j - 2] == u'.'))
                    || ((d == u'.' || d == u',') && t[j - 1].isDigit() && t[j + 1].isDigit()));
            if (!joins) {
                break;
            }
            j += 2;
        }
        j = partyWingEnd(t, i, j, end);
        Word w;
        w.range = {i, j};
        w.end = j;
        w.paragraph = paragraphIndex;
        // Dotted abbreviations keep their final period: "U.S.", "J.", "Mr.".
        if (j < end && t[j] == u'.') {
            const QStringView token = QStringView(t + i, j - i);
            const bool dotted = token.size() >= 2 && token[token.size() - 2] == u'.';
            const bool initialLetter = token.size() == 1 && token[0].isUpper();
            if (dotted || initialLetter || isAbbreviation(token)) {
                w.range.end = w.end = j + 1;
            }
        }
        const QStringView token = QStringView(t + w.range.start, w.range.length());
        if (token.size() > 2 && token.back() == u's' && isApostrophe(token[token.size() - 2])) {
            w.possessive = true;
            w.range.end -= 2;
        } else if (token.size() > 1 && token.endsWith(u's') && w.end + 1 <= end && w.end < end && isApostrophe(t[w.end])
            && (w.end + 1 >= end || !isWordChar(t[w.end + 1]))) {
            w.possessive = true;
            w.end += 1;
        }
        w.capitalised = t[i].isUpper();
        w.sentence = sentence;
        w.initial = nextInitial;
        nextInitial = false;
        sentenceOpen = true;
        m_words.append(w);
        i = w.end;
    }
    if (sentenceOpen) {
        ++sentence;
    }
}

const PeopleLexicon::Entry &ArticleWords::lookUp(qsizetype i) const
{
    const PeopleLexicon::Entry &entry = PeopleLexicon::entry(word(i));
    m_lexicon[i] = &entry;
    return entry;
}

qsizetype ArticleWords::indexAt(int position) const
{
    const auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), position, [](const Word &w, int pos) { return w.end <= pos; });
    return it - m_words.cbegin();
}

bool ArticleWords::occursInLowerCase(qsizetype i) const
{
    const QStringView text = word(i);
    // Words are short: lower-case them on the stack, ASCII without Qt's case tables.
    QVarLengthArray<char16_t, 32> lower(text.size());
    char16_t *out = lower.data();
    quint32 hash = WordTable<char>::seed;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        *out = u < 0x80 ? (u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u) : c.toLower().unicode();
        hash = WordTable<char>::step(hash, *out++);
    }
    return m_lowerCase.find(lower.data(), lower.size(), hash) != nullptr;
}

} // namespace Sourceline
