// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventtriggers.h"

#include <string_view>

namespace Sourceline {

namespace {
struct TriggerWord
{
    std::u16string_view word;
    EventTriggers::Trigger trigger;
    bool asWritten;
};

constexpr TriggerWord triggerWords[] = {
    {u"spoke", EventTriggers::CallVerb, false},
    {u"talked", EventTriggers::CallVerb, false},
    {u"speaks", EventTriggers::CallVerb, false},
    {u"talks", EventTriggers::CallVerb, false},
    {u"chatted", EventTriggers::CallVerb, false},
    {u"conferred", EventTriggers::CallVerb, false},
    {u"called", EventTriggers::CallVerb, false},
    {u"rang", EventTriggers::CallVerb, false},
    {u"telephoned", EventTriggers::CallVerb, false},
    {u"later", EventTriggers::OrderWord, true},
    {u"then", EventTriggers::OrderWord, true},
    {u"eventually", EventTriggers::OrderWord, true},
    {u"subsequently", EventTriggers::OrderWord, true},
    {u"afterwards", EventTriggers::OrderWord, true},
    {u"due", EventTriggers::ScheduleWord, true},
    {u"scheduled", EventTriggers::ScheduleWord, true},
    {u"set", EventTriggers::ScheduleWord, true},
    {u"expected", EventTriggers::ScheduleWord, true},
    {u"slated", EventTriggers::ScheduleWord, true},
    {u"points", EventTriggers::CountUnit, false},
    {u"articles", EventTriggers::CountUnit, false},
    {u"clauses", EventTriggers::CountUnit, false},
    {u"pages", EventTriggers::CountUnit, false},
    {u"banks", EventTriggers::RiverBanks, true},
};
constexpr int longestTrigger = 12;
constexpr quint8 allTriggers
    = EventTriggers::CallVerb | EventTriggers::OrderWord | EventTriggers::ScheduleWord | EventTriggers::CountUnit | EventTriggers::RiverBanks;

constexpr char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

// For each ASCII lower-case first letter, the lengths of the trigger words it starts: most
// words fail this test without being folded.
struct Shapes
{
    quint32 lengths[26]{};
    constexpr Shapes()
    {
        for (const TriggerWord &t : triggerWords) {
            lengths[t.word.front() - u'a'] |= quint32(1) << t.word.size();
        }
    }
};
constexpr Shapes shapes;

// Whether text has a letter or digit outside ASCII: there a regular expression's \b and case
// folding may see words the scanner does not, so such a sentence lets every pattern try.
bool hasWideLetter(QStringView text)
{
    // Most sentences are plain ASCII, which Qt tells with a vector search.
    if (QtPrivate::isAscii(text)) {
        return false;
    }
    for (const QChar c : text) {
        if (c.unicode() >= 0x80 && (c.isLetterOrNumber() || c.isSurrogate())) {
            return true;
        }
    }
    return false;
}

quint8 triggersOf(QStringView word)
{
    const qsizetype size = word.size();
    const char16_t first = asciiLower(word.front().unicode());
    if (size > longestTrigger || first < u'a' || first > u'z' || !((shapes.lengths[first - u'a'] >> size) & 1)) {
        return 0;
    }
    char16_t folded[longestTrigger];
    for (qsizetype i = 0; i < size; ++i) {
        folded[i] = asciiLower(word[i].unicode());
    }
    const std::u16string_view lower(folded, std::size_t(size));
    quint8 bits = 0;
    for (const TriggerWord &t : triggerWords) {
        if (t.word == lower && (!t.asWritten || word == QStringView(t.word))) {
            bits |= t.trigger;
        }
    }
    return bits;
}
} // namespace

EventTriggers::EventTriggers(const TextAnalysis &text, const QList<ScannedWord> &words)
{
    const QList<Sentence> &sentences = text.sentences;
    m_bits.fill(0, sentences.size());
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        if (hasWideLetter(text.textOf(sentences[s].range))) {
            m_bits[s] = allTriggers;
        }
    }
    // (Marks are passed first: the sentence a later word is in is found all the same, as the
    // sentences only move forward.)
    quint8 *bits = m_bits.data();
    const qsizetype count = sentences.size();
    qsizetype s = 0;
    for (const ScannedWord &w : words) {
        if (w.kind == ScannedWord::Kind::Punctuation) {
            continue;
        }
        while (s < count && sentences[s].range.end <= w.range.start) {
            ++s;
        }
        if (s >= count) {
            break;
        }
        const TextRange &sentence = sentences[s].range;
        if (!w.range.overlaps(sentence)) {
            continue;
        }
        if (w.range.start < sentence.start || w.range.end > sentence.end) {
            // A word across a sentence's edge is cut differently by each sentence's expression.
            for (qsizetype t = s; t < count && sentences[t].range.start < w.range.end; ++t) {
                bits[t] = allTriggers;
            }
            continue;
        }
        bits[s] |= triggersOf(text.textOf(w.range));
    }
}

} // namespace Sourceline
