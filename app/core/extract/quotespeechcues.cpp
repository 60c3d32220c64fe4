// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "quotespeechcues.h"

#include "wordmatch.h"
#include "wordtable.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

struct Lemma
{
    QStringView base;
    QStringView past; ///< empty for regular "-ed"
    bool addressee;
    bool reports;
};

// Verbs of saying in news prose. Addressee verbs take the listener as object ("told Ushakov").
constexpr Lemma lemmas[] = {
    {u"say", u"said", false, true},
    {u"tell", u"told", true, true},
    {u"state", {}, false, true},
    {u"add", {}, false, true},
    {u"ask", {}, true, true},
    {u"write", u"wrote", false, true},
    {u"note", {}, false, true},
    {u"explain", {}, false, true},
    {u"claim", {}, false, true},
    {u"suggest", {}, false, true},
    {u"urge", {}, true, true},
    {u"warn", {}, true, true},
    {u"insist", {}, false, true},
    {u"reply", {}, false, true},
    {u"respond", {}, false, true},
    {u"announce", {}, false, true},
    {u"declare", {}, false, true},
    {u"argue", {}, false, true},
    {u"acknowledge", {}, false, true},
    {u"admit", {}, false, true},
    {u"concede", {}, false, true},
    {u"counter", {}, false, true},
    {u"recall", {}, false, true},
    {u"remark", {}, false, true},
    {u"observe", {}, false, true},
    {u"continue", {}, false, false},
    {u"conclude", {}, false, true},
    {u"emphasize", {}, false, true},
    {u"emphasise", {}, false, true},
    {u"stress", {}, false, true},
    {u"tweet", {}, false, true},
    {u"post", {}, false, true},
    {u"quip", {}, false, false},
    {u"joke", {}, false, true},
    {u"shout", {}, false, false},
    {u"whisper", {}, false, false},
    {u"caution", {}, true, true},
    {u"predict", {}, false, true},
    {u"promise", {}, true, true},
    {u"vow", {}, false, true},
    {u"pledge", {}, false, true},
    {u"maintain", {}, false, true},
    {u"contend", {}, false, true},
    {u"confirm", {}, false, true},
    {u"deny", {}, false, true},
    {u"assure", {}, true, true},
    {u"reassure", {}, true, true},
    {u"reiterate", {}, false, true},
    {u"testify", {}, false, true},
    {u"comment", {}, false, false},
    {u"boast", {}, false, true},
    {u"complain", {}, false, true},
    {u"lament", {}, false, true},
    {u"allege", {}, false, true},
    {u"assert", {}, false, true},
    {u"affirm", {}, false, true},
    {u"muse", {}, false, false},
    {u"advise", {}, true, true},
    {u"instruct", {}, true, true},
    {u"press", {}, true, false},
    {u"remind", {}, true, true},
    {u"inform", {}, true, true},
    {u"reveal", {}, false, true},
    {u"disclose", {}, false, true},
    {u"propose", {}, false, true},
    {u"recommend", {}, false, true},
    {u"demand", {}, false, true},
    {u"plead", {}, false, false},
    {u"beg", {}, true, false},
    {u"exclaim", {}, false, false},
    {u"retort", {}, false, true},
    {u"interject", {}, false, false},
    {u"agree", {}, false, true},
    {u"believe", {}, false, true},
    {u"think", u"thought", false, true},
    {u"hint", {}, false, true},
    {u"signal", {}, false, true},
    {u"acknowledge", {}, false, true},
    {u"report", {}, false, true},
    {u"speak", u"spoke", false, false},
    {u"cry", {}, false, false},
    {u"scoff", {}, false, false},
    {u"mutter", {}, false, false},
    {u"summarize", {}, false, true},
    {u"summarise", {}, false, true},
    {u"describe", {}, false, false},
    {u"call", {}, false, false},
    {u"estimate", {}, false, true},
    {u"forecast", u"forecast", false, true},
    // "one producer texted us", "she said in an email" → "emailed that": messages sent are said.
    {u"text", {}, true, true},
    {u"email", {}, true, true},
    {u"message", {}, true, true},
};

QString pastOf(QStringView base)
{
    if (base.endsWith(u'e')) {
        return base.toString() + u'd';
    }
    if (base.endsWith(u'y') && base.size() > 1 && !QStringView(u"aeiou").contains(base[base.size() - 2])) {
        return base.chopped(1).toString() + u"ied"_s;
    }
    if (base == u"beg" || base == u"quip") {
        return base.toString() + base.back() + u"ed"_s;
    }
    return base.toString() + u"ed"_s;
}

QString presentOf(QStringView base)
{
    if (base.endsWith(u's') || base.endsWith(u"sh") || base.endsWith(u"ch")) {
        return base.toString() + u"es"_s;
    }
    if (base.endsWith(u'y') && base.size() > 1 && !QStringView(u"aeiou").contains(base[base.size() - 2])) {
        return base.chopped(1).toString() + u"ies"_s;
    }
    return base.toString() + u's';
}

QString participleOf(QStringView base)
{
    if (base.endsWith(u"ie")) {
        return base.chopped(2).toString() + u"ying"_s;
    }
    if (base.endsWith(u'e') && !base.endsWith(u"ee")) {
        return base.chopped(1).toString() + u"ing"_s;
    }
    if (base == u"beg" || base == u"quip") {
        return base.toString() + base.back() + u"ing"_s;
    }
    return base.toString() + u"ing"_s;
}

const QHash<QString, SpeechCues::Cue> &table()
{
    static const QHash<QString, SpeechCues::Cue> forms = [] {
        QHash<QString, SpeechCues::Cue> t;
        for (const Lemma &lemma : lemmas) {
            SpeechCues::Cue finite{true, true, false, lemma.addressee, lemma.reports};
            SpeechCues::Cue participle{true, false, true, lemma.addressee, lemma.reports};
            // The bare form is a present tense ("officials say") only for verbs that are not also nouns.
            static const QList<QStringView> presentBare{u"say", u"tell", u"ask", u"warn", u"insist", u"argue", u"believe", u"think", u"write", u"explain"};
            SpeechCues::Cue bare{true, presentBare.contains(lemma.base), false, lemma.addressee, lemma.reports, true};
            t.insert(lemma.past.isEmpty() ? pastOf(lemma.base) : lemma.past.toString(), finite);
            // "reports", "claims", "notes" are nouns more often than verbs of saying.
            static const QList<QStringView> nouns{u"report", u"claim", u"note", u"post", u"comment", u"tweet", u"state", u"demand", u"promise", u"signal",
                u"estimate", u"forecast", u"pledge", u"vow", u"counter", u"remark", u"press", u"plead", u"hint", u"call", u"joke", u"reply", u"stress",
                u"report", u"release", u"text", u"email", u"message"};
            if (!nouns.contains(lemma.base)) {
                t.insert(presentOf(lemma.base), finite);
            }
            t.insert(participleOf(lemma.base), participle);
            t.insert(lemma.base.toString(), bare);
        }
        return t;
    }();
    return forms;
}

} // namespace

SpeechCues::Cue SpeechCues::lookup(QStringView word)
{
    if (word.size() < 3 || word.size() > 14) {
        return {};
    }
    const auto &forms = table();
    // The forms again, in a table hashed as the word is folded below; their characters stay in
    // `forms`, which never changes.
    static const WordTable<Cue> flat = [&forms] {
        WordTable<Cue> t(forms.size());
        for (auto it = forms.cbegin(); it != forms.cend(); ++it) {
            t.insert(it.key(), it.value());
        }
        return t;
    }();
    // Most words are no cue: a table of the first and last letters of every form turns them
    // away before the word is folded and hashed.
    static const std::array<quint32, 26> ends = [&forms] {
        std::array<quint32, 26> table{};
        for (auto it = forms.cbegin(); it != forms.cend(); ++it) {
            Q_ASSERT(it.key().front() >= u'a' && it.key().front() <= u'z' && it.key().back() >= u'a' && it.key().back() <= u'z');
            table[it.key().front().unicode() - u'a'] |= 1u << (it.key().back().unicode() - u'a');
        }
        return table;
    }();
    const auto fold = [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x80 ? (u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u) : c.toLower().unicode();
    };
    const char16_t first = fold(word.front());
    const char16_t last = fold(word.back());
    if (first < u'a' || first > u'z' || last < u'a' || last > u'z' || !(ends[first - u'a'] & (1u << (last - u'a')))) {
        return {};
    }
    // The word is at most 14 characters: fold it on the stack, no string built.
    char16_t key[14];
    qsizetype size = 0;
    quint32 hash = WordTable<Cue>::seed;
    for (const QChar c : word) {
        key[size] = fold(c);
        hash = WordTable<Cue>::step(hash, key[size++]);
    }
    const Cue *found = flat.find(key, size, hash);
    return found ? *found : Cue();
}

bool SpeechCues::isTwoWordCue(QStringView first, QStringView second)
{
    const auto ascii = [](QStringView word) { return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; }); };
    // The cues are ASCII words without a "k": no other text lower-cases to one of them (the
    // Kelvin sign would, "İ" lower-cases to two characters), and equalsLower() is exact for ASCII.
    if (!ascii(first) || !ascii(second)) {
        return false;
    }
    const auto a = [first](QStringView lower) { return equalsLower(first, lower); };
    const auto b = [second](QStringView lower) { return equalsLower(second, lower); };
    return (a(u"according") && b(u"to")) || (b(u"out") && (a(u"pointed") || a(u"points"))) || (b(u"on") && (a(u"went") || a(u"goes")))
        || (b(u"up") && (a(u"summed") || a(u"sums"))) || (b(u"it") && (a(u"put") || a(u"puts"))); // "as she put it", "put it more bluntly:"
}

bool SpeechCues::isStatementNoun(QStringView word)
{
    static const QList<QStringView> nouns{u"statement", u"interview", u"post", u"tweet", u"letter", u"speech", u"briefing", u"email", u"message", u"remarks",
        u"podcast", u"broadcast", u"video", u"memo", u"release", u"conference", u"address"};
    for (const QStringView noun : nouns) {
        if (word.compare(noun, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace Sourceline
