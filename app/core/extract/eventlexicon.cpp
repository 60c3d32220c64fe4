// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventlexicon.h"

#include "timewords.h"
#include "wordindex.h"
#include "wordmatch.h"
#include "wordshapes.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

using namespace Qt::StringLiterals;
using namespace std::string_literals;

namespace Sourceline {

namespace {
using C = EventClass;

struct Entry
{
    const char16_t *lemma;
    C eventClass;
    bool plural;
};

const std::unordered_map<std::u16string_view, Entry> &nouns()
{
    static const std::unordered_map<std::u16string_view, Entry> table = [] {
        std::unordered_map<std::u16string_view, Entry> t;
        const auto add = [&t](std::u16string_view singular, std::u16string_view plural, const char16_t *lemma, C c) {
            t[singular] = {lemma, c, false};
            if (!plural.empty()) {
                t[plural] = {lemma, c, true};
            }
        };
        add(u"call", u"calls", u"call", C::Call);
        add(u"phonecall", u"", u"call", C::Call);
        add(u"conversation", u"conversations", u"conversation", C::Call);
        add(u"videoconference", u"", u"call", C::Call);
        add(u"meeting", u"meetings", u"meeting", C::Meeting);
        add(u"visit", u"visits", u"visit", C::Meeting);
        add(u"trip", u"trips", u"trip", C::Meeting);
        t[u"talks"] = {u"talks", C::Meeting, true};
        add(u"summit", u"summits", u"summit", C::Meeting);
        add(u"session", u"", u"session", C::Meeting);
        add(u"hearing", u"hearings", u"hearing", C::Meeting);
        add(u"trial", u"", u"trial", C::Meeting);
        add(u"debate", u"debates", u"debate", C::Meeting);
        add(u"rally", u"rallies", u"rally", C::Meeting);
        add(u"ceremony", u"", u"ceremony", C::Meeting);
        add(u"conference", u"", u"conference", C::Meeting);
        add(u"plan", u"plans", u"plan", C::Document);
        add(u"proposal", u"proposals", u"proposal", C::Document);
        add(u"version", u"", u"version", C::Document);
        add(u"draft", u"", u"draft", C::Document);
        add(u"framework", u"", u"framework", C::Document);
        add(u"roadmap", u"", u"roadmap", C::Document);
        add(u"blueprint", u"", u"blueprint", C::Document);
        add(u"counterproposal", u"", u"counterproposal", C::Document);
        add(u"bill", u"", u"bill", C::Document);
        add(u"budget", u"", u"budget", C::Document);
        add(u"agreement", u"agreements", u"agreement", C::Agreement);
        add(u"deal", u"", u"deal", C::Agreement);
        add(u"ceasefire", u"", u"ceasefire", C::Agreement);
        add(u"truce", u"", u"truce", C::Agreement);
        add(u"treaty", u"", u"treaty", C::Agreement);
        add(u"accord", u"accords", u"accord", C::Agreement);
        add(u"pact", u"", u"pact", C::Agreement);
        add(u"signing", u"", u"signing", C::Agreement);
        add(u"report", u"", u"report", C::Report);
        add(u"statement", u"", u"statement", C::Report);
        add(u"interview", u"", u"interview", C::Report);
        add(u"announcement", u"", u"announcement", C::Report);
        add(u"speech", u"", u"speech", C::Report);
        add(u"briefing", u"", u"briefing", C::Report);
        add(u"investigation", u"", u"investigation", C::Report);
        add(u"survey", u"", u"survey", C::Report);
        add(u"inquiry", u"", u"inquiry", C::Report);
        add(u"leak", u"", u"leak", C::Report);
        add(u"testimony", u"", u"testimony", C::Report);
        add(u"transcript", u"transcripts", u"transcript", C::Report);
        add(u"response", u"", u"response", C::Response);
        add(u"reply", u"", u"reply", C::Response);
        add(u"reaction", u"", u"reaction", C::Response);
        add(u"vote", u"", u"vote", C::Vote);
        add(u"election", u"elections", u"election", C::Vote);
        add(u"referendum", u"", u"referendum", C::Vote);
        add(u"strike", u"strikes", u"strike", C::Conflict);
        add(u"airstrike", u"airstrikes", u"airstrike", C::Conflict);
        add(u"attack", u"attacks", u"attack", C::Conflict);
        add(u"bombing", u"", u"bombing", C::Conflict);
        add(u"invasion", u"", u"invasion", C::Conflict);
        add(u"offensive", u"", u"offensive", C::Conflict);
        add(u"raid", u"", u"raid", C::Conflict);
        add(u"shooting", u"", u"shooting", C::Conflict);
        add(u"explosion", u"", u"explosion", C::Conflict);
        add(u"protest", u"protests", u"protest", C::Conflict);
        add(u"decision", u"", u"decision", C::Decision);
        add(u"deadline", u"deadlines", u"deadline", C::Deadline);
        add(u"ultimatum", u"", u"ultimatum", C::Deadline);
        add(u"ruling", u"", u"ruling", C::Decision);
        add(u"verdict", u"", u"verdict", C::Decision);
        add(u"resignation", u"", u"resignation", C::Decision);
        add(u"arrest", u"", u"arrest", C::Decision);
        add(u"indictment", u"", u"indictment", C::Decision);
        add(u"appointment", u"", u"appointment", C::Decision);
        add(u"sanctions", u"", u"sanctions", C::Decision);
        add(u"launch", u"", u"launch", C::Decision);
        add(u"recall", u"", u"recall", C::Decision);
        add(u"evacuation", u"", u"evacuation", C::Decision);
        add(u"landfall", u"", u"landfall", C::Disaster);
        add(u"dinner", u"", u"dinner", C::Meeting);
        add(u"reception", u"", u"reception", C::Meeting);
        add(u"festival", u"", u"festival", C::Meeting);
        add(u"picnic", u"", u"picnic", C::Meeting);
        add(u"fundraiser", u"", u"fundraiser", C::Meeting);
        add(u"funeral", u"", u"funeral", C::Meeting);
        add(u"inauguration", u"", u"inauguration", C::Meeting);
        add(u"earthquake", u"", u"earthquake", C::Disaster);
        add(u"hurricane", u"", u"hurricane", C::Disaster);
        add(u"storm", u"", u"storm", C::Disaster);
        add(u"flood", u"floods", u"flood", C::Disaster);
        add(u"fire", u"", u"fire", C::Disaster);
        add(u"crash", u"", u"crash", C::Disaster);
        add(u"collision", u"collisions", u"collision", C::Disaster);
        add(u"defeat", u"", u"defeat", C::Conflict);
        add(u"sacking", u"", u"sacking", C::Decision);
        add(u"dismissal", u"", u"dismissal", C::Decision);
        add(u"outbreak", u"", u"outbreak", C::Disaster);
        return t;
    }();
    return table;
}

const std::unordered_map<std::u16string_view, Entry> &verbs()
{
    static const std::unordered_map<std::u16string_view, Entry> table = {
        {u"met", {u"meeting", C::Meeting, false}},
        {u"visited", {u"visit", C::Meeting, false}},
        {u"phoned", {u"call", C::Call, false}},
        {u"signed", {u"signing", C::Agreement, false}},
        {u"announced", {u"announcement", C::Report, false}},
        {u"unveiled", {u"announcement", C::Report, false}},
        {u"published", {u"report", C::Report, false}},
        {u"resigned", {u"resignation", C::Decision, false}},
        {u"voted", {u"vote", C::Vote, false}},
        {u"invaded", {u"invasion", C::Conflict, false}},
        {u"attacked", {u"attack", C::Conflict, false}},
        {u"launched", {u"launch", C::Decision, false}},
        {u"arrested", {u"arrest", C::Decision, false}},
        {u"sacked", {u"sacking", C::Decision, false}},
        {u"collided", {u"collision", C::Disaster, false}},
        {u"ruled", {u"ruling", C::Decision, false}},
        {u"testified", {u"testimony", C::Report, false}},
        {u"responded", {u"response", C::Response, false}},
        {u"replied", {u"response", C::Response, false}},
        {u"reacted", {u"response", C::Response, false}},
        {u"hit", {u"strike", C::Conflict, false}},
        // The present of timelines and headlines: "Oct. 17: Zelensky visits the White House".
        {u"meets", {u"meeting", C::Meeting, false}},
        {u"visits", {u"visit", C::Meeting, false}},
        {u"phones", {u"call", C::Call, false}},
        {u"signs", {u"signing", C::Agreement, false}},
        {u"announces", {u"announcement", C::Report, false}},
        {u"unveils", {u"announcement", C::Report, false}},
        {u"publishes", {u"report", C::Report, false}},
        {u"resigns", {u"resignation", C::Decision, false}},
        {u"sacks", {u"sacking", C::Decision, false}},
        {u"responds", {u"response", C::Response, false}},
    };
    return table;
}

EventWord eventWordOf(const Entry &entry)
{
    // The lemma is a static string: the QString refers to it without a copy.
    const std::u16string_view lemma(entry.lemma);
    return {QString::fromRawData(reinterpret_cast<const QChar *>(lemma.data()), qsizetype(lemma.size())), entry.eventClass, entry.plural};
}

// The table look-up of a word the shapes let through, kept out of line: the callers, asked
// about every word of a text, then cost little more than the shapes' test for the rest. The
// index tells most words apart; only a word with a character outside ASCII is folded and hashed.
Q_NEVER_INLINE EventWord lookup(const std::unordered_map<std::u16string_view, Entry> &table, const WordIndex<Entry> &index, QStringView word)
{
    Entry entry{};
    switch (index.find(word, &entry)) {
    case WordIndex<Entry>::Found::Yes:
        return eventWordOf(entry);
    case WordIndex<Entry>::Found::No:
        return {};
    case WordIndex<Entry>::Found::NotAscii:
        break;
    }
    const LowerWord lower(word);
    if (lower.view().empty()) {
        return {};
    }
    const auto it = table.find(lower.view());
    if (it == table.end()) {
        return {};
    }
    return eventWordOf(it->second);
}
} // namespace

EventWord eventNoun(QStringView word)
{
    static const WordShapes shapes(nouns());
    if (!shapes.mayHold(word)) {
        return {};
    }
    static const WordIndex<Entry> index(nouns());
    return lookup(nouns(), index, word);
}

EventWord eventVerb(QStringView word)
{
    static const WordShapes shapes(verbs());
    if (!shapes.mayHold(word)) {
        return {};
    }
    static const WordIndex<Entry> index(verbs());
    return lookup(verbs(), index, word);
}

EventClass eventClassOf(const QString &lemma)
{
    // Merging asks this for every pair of events it compares: no lemma string is built here.
    const LowerWord lower(lemma);
    if (const auto noun = nouns().find(lower.view()); noun != nouns().end() && noun->second.eventClass != C::None) {
        return noun->second.eventClass;
    }
    static const std::unordered_map<std::u16string_view, C> others = {{u"signing", C::Agreement}};
    const auto it = others.find(std::u16string_view(reinterpret_cast<const char16_t *>(lemma.utf16()), std::size_t(lemma.size())));
    return it == others.end() ? C::None : it->second;
}

EventModifier eventModifier(QStringView word)
{
    using M = EventModifier::Kind;
    static const std::unordered_map<std::u16string_view, M> table = {
        {u"peace", M::Label},
        {u"ceasefire", M::Label},
        {u"trade", M::Label},
        {u"phone", M::Plain},
        {u"video", M::Plain},
        {u"security", M::Label},
        {u"nuclear", M::Label},
        {u"press", M::Label},
        {u"climate", M::Label},
        {u"tax", M::Label},
        {u"health", M::Label},
        {u"border", M::Label},
        {u"military", M::Label},
        {u"air", M::Label},
        {u"drone", M::Label},
        {u"missile", M::Label},
        {u"prisoner", M::Label},
        {u"hostage", M::Label},
        {u"gas", M::Label},
        {u"energy", M::Label},
        {u"oil", M::Label},
        {u"aid", M::Label},
        {u"state", M::Label},
        {u"presidential", M::Label},
        {u"parliamentary", M::Label},
        {u"general", M::Label},
        {u"federal", M::Label},
        {u"joint", M::Label},
        {u"emergency", M::Label},
        {u"annual", M::Label},
        {u"quarterly", M::Label},
        {u"extraordinary", M::Label},
        {u"plenary", M::Label},
        {u"inaugural", M::Label},
        {u"bilateral", M::Label},
        {u"budget", M::Label},
        {u"rate", M::Label},
        {u"interest", M::Label},
        {u"court", M::Label},
        {u"final", M::Label},
        {u"interim", M::Label},
        {u"formal", M::Label},
        {u"official", M::Label},
        {u"secret", M::Label},
        {u"private", M::Label},
        {u"public", M::Label},
        {u"telephone", M::Plain},
        {u"leaked", M::Leaked},
        {u"recorded", M::Leaked},
        {u"proposed", M::Planned},
        {u"planned", M::Planned},
        {u"scheduled", M::Planned},
        {u"upcoming", M::Planned},
        {u"expected", M::Planned},
        {u"forthcoming", M::Planned},
        {u"revised", M::Revised},
        {u"modified", M::Revised},
        {u"amended", M::Revised},
        {u"updated", M::Revised},
        {u"new", M::Revised},
        {u"reworked", M::Revised},
        {u"original", M::Original},
        {u"initial", M::Original},
        {u"earlier", M::Original},
        {u"previous", M::Original},
        {u"potential", M::Hypothetical},
        {u"possible", M::Hypothetical},
        {u"hypothetical", M::Hypothetical},
        {u"future", M::Hypothetical},
        {u"eventual", M::Hypothetical},
        {u"direct", M::Plain},
        {u"controversial", M::Plain},
        {u"key", M::Plain},
        {u"major", M::Plain},
        {u"brief", M::Plain},
        {u"lengthy", M::Plain},
        {u"long", M::Plain},
        {u"short", M::Plain},
        {u"historic", M::Plain},
        {u"surprise", M::Plain},
        {u"recent", M::Plain},
        {u"latest", M::Plain},
        {u"last", M::Plain},
        {u"first", M::Plain},
        {u"second", M::Plain},
        {u"high", M::Plain},
        {u"level", M::Plain},
        {u"landmark", M::Plain},
        {u"tense", M::Plain},
        {u"closed", M::Plain},
        {u"door", M::Plain},
        {u"extensive", M::Plain},
        {u"fresh", M::Plain},
        {u"renewed", M::Plain},
        {u"deadly", M::Plain},
        {u"massive", M::Plain},
        {u"large", M::Plain},
        {u"official's", M::Plain},
        {u"requested", M::Plain},
        {u"next", M::Distinct},
        {u"another", M::Distinct},
        {u"subsequent", M::Distinct},
        {u"separate", M::Distinct},
        {u"prior", M::Plain},
        {u"urgent", M::Plain},
        {u"exclusive", M::Plain},
        {u"televised", M::Plain},
        {u"weekly", M::Plain},
    };
    static const WordShapes shapes(table);
    if (!shapes.mayHold(word)) {
        return {};
    }
    const LowerWord lower(word);
    const auto it = table.find(lower.view());
    return it == table.end() ? EventModifier{} : EventModifier{it->second};
}

bool isLastingStorm(QStringView lemma)
{
    return isOneOf(lemma, {u"storm", u"hurricane", u"typhoon", u"cyclone"});
}

QString pastOfPresent(QStringView word)
{
    static const std::unordered_map<std::u16string_view, std::u16string_view> irregular = {{u"leave", u"left"}, {u"strike", u"struck"}, {u"hold", u"held"},
        {u"meet", u"met"}, {u"send", u"sent"}, {u"take", u"took"}, {u"give", u"gave"}, {u"fly", u"flew"}, {u"win", u"won"}, {u"tell", u"told"},
        {u"say", u"said"}, {u"begin", u"began"}, {u"speak", u"spoke"}, {u"set", u"set"}, {u"hit", u"hit"}, {u"put", u"put"}, {u"cut", u"cut"},
        {u"lose", u"lost"}, {u"find", u"found"}, {u"make", u"made"}, {u"go", u"went"}, {u"come", u"came"}, {u"get", u"got"}, {u"run", u"ran"},
        {u"sell", u"sold"}, {u"buy", u"bought"}, {u"build", u"built"}, {u"pay", u"paid"}, {u"bring", u"brought"}, {u"seek", u"sought"}, {u"rise", u"rose"},
        {u"fall", u"fell"}, {u"break", u"broke"}, {u"choose", u"chose"}, {u"write", u"wrote"}, {u"shut", u"shut"}, {u"sink", u"sank"}, {u"lead", u"led"},
        {u"keep", u"kept"}, {u"spend", u"spent"}, {u"sweep", u"swept"}, {u"draw", u"drew"}, {u"freeze", u"froze"}, {u"shake", u"shook"}, {u"stand", u"stood"},
        {u"sit", u"sat"}, {u"sue", u"sued"}, {u"do", u"did"}, {u"have", u"had"}, {u"be", u"was"}, {u"see", u"saw"}, {u"know", u"knew"}, {u"grow", u"grew"},
        {u"throw", u"threw"}, {u"wake", u"woke"}, {u"ride", u"rode"}, {u"drive", u"drove"}, {u"rebuild", u"rebuilt"}, {u"withdraw", u"withdrew"},
        {u"undergo", u"underwent"}, {u"become", u"became"}, {u"overtake", u"overtook"}};
    const LowerWord lower(word);
    std::u16string_view w = lower.view();
    if (w.size() < 3 || looksPastTense(word) || w == u"has" || w == u"does" || w == u"are" || w == u"was" || w.ends_with(u"ing")) {
        return {};
    }
    QString past;
    const auto stem = [&](std::u16string_view base) -> bool {
        if (const auto it = irregular.find(base); it != irregular.end()) {
            past = QString::fromUtf16(it->second.data(), qsizetype(it->second.size()));
            return true;
        }
        return false;
    };
    const auto ends = [&w](std::u16string_view tail) { return w.size() > tail.size() && w.substr(w.size() - tail.size()) == tail; };
    const auto vowel = [](char16_t c) { return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u'; };
    if (!stem(w)) {
        std::u16string_view base = w;
        // "opens", "releases", "carries", "pushes": the -s of the present is not the stem's.
        if (ends(u"ies")) {
            const std::u16string_view root = w.substr(0, w.size() - 3);
            if (!stem(std::u16string(root) + u"y"s)) {
                past = QString::fromUtf16(root.data(), qsizetype(root.size())) + u"ied"_s;
            }
        } else if (ends(u"sses") || ends(u"shes") || ends(u"ches") || ends(u"xes") || ends(u"zes")) {
            base = w.substr(0, w.size() - 2);
        } else if (ends(u"s") && !ends(u"ss") && !ends(u"us") && !ends(u"is")) {
            base = w.substr(0, w.size() - 1);
        }
        if (past.isEmpty() && !stem(base)) {
            const QString b = QString::fromUtf16(base.data(), qsizetype(base.size()));
            if (base.back() == u'e') {
                past = b + u'd'; // "releases" "released"
            } else if (base.back() == u'y' && base.size() > 1 && !vowel(base[base.size() - 2])) {
                past = b.chopped(1) + u"ied"_s; // "carry" "carried"
            } else if (const std::size_t n = base.size(); n >= 3 && !vowel(base[n - 1]) && vowel(base[n - 2]) && !vowel(base[n - 3]) && base[n - 1] != u'w'
                && base[n - 1] != u'x' && base[n - 1] != u'y') {
                // "stops" "stopped" but "opens" "opened": only the stress tells, so only known words.
                static const std::unordered_set<std::u16string_view> doubled{u"stop", u"drop", u"plan", u"ship", u"ban", u"admit", u"commit", u"submit",
                    u"permit", u"grab", u"trap", u"jam", u"scrap", u"step", u"slip", u"rob", u"shut", u"nab", u"nod", u"sob", u"tip", u"flip"};
                static const std::unordered_set<std::u16string_view> plain{u"open", u"reopen", u"happen", u"listen", u"order", u"offer", u"enter", u"deliver",
                    u"recover", u"consider", u"visit", u"limit", u"edit", u"gather", u"answer", u"suffer", u"govern", u"question", u"summon", u"threaten",
                    u"weaken", u"worsen", u"widen", u"deepen", u"blacken", u"abandon", u"pardon", u"poison", u"reckon", u"sicken", u"discover", u"uncover",
                    u"wonder", u"murder", u"render", u"surrender", u"register", u"exit", u"audit", u"credit", u"target"};
                if (doubled.contains(base)) {
                    past = b + b.back() + u"ed"_s;
                } else if (plain.contains(base)) {
                    past = b + u"ed"_s;
                } else {
                    return {};
                }
            } else {
                past = b + u"ed"_s; // "recover" "recovered", "refloat" "refloated"
            }
        }
    }
    if (!word.isEmpty() && word.front().isUpper()) {
        past[0] = past[0].toUpper();
    }
    return past;
}

bool isTermNoun(QStringView word)
{
    return isOneOf(word, {u"contract", u"extension", u"lease", u"term", u"mandate", u"loan"});
}

bool isInstitutionWord(QStringView word)
{
    return isOneOf(word,
        {u"Guard", u"Service", u"Board", u"Department", u"Agency", u"Council", u"Court", u"Committee", u"Commission", u"Police", u"Navy", u"Army", u"Force",
            u"Office", u"Ministry", u"Institute", u"University", u"Society", u"Bank", u"Party", u"Authority", u"Administration", u"Branch", u"Bureau", u"Unit",
            u"Division", u"Panel"});
}

bool looksPastTense(QStringView word)
{
    static const std::unordered_map<std::u16string_view, bool> irregular = [] {
        std::unordered_map<std::u16string_view, bool> t;
        for (const std::u16string_view w : {u"met", u"held", u"left", u"rose", u"fell", u"won", u"lost", u"took", u"made", u"came", u"went", u"began", u"begun",
                 u"saw", u"seen", u"hit", u"struck", u"set", u"kept", u"sold", u"bought", u"paid", u"built", u"sent", u"spent", u"brought", u"gave", u"given",
                 u"ran", u"led", u"told", u"said", u"spoke", u"spoken", u"wrote", u"written", u"broke", u"broken", u"chose", u"chosen", u"drove", u"flew",
                 u"grew", u"knew", u"threw", u"upheld", u"withdrew", u"became", u"beat", u"cut", u"shut", u"put", u"quit", u"sank", u"stood", u"swore",
                 u"sworn", u"taught", u"thought", u"fought", u"found", u"got", u"heard", u"laid", u"meant", u"rode", u"rang", u"sat", u"split", u"spread",
                 u"stole", u"stuck", u"swept", u"tore", u"undertook", u"oversaw", u"overtook", u"forgave", u"froze", u"frozen", u"hung", u"shot", u"slid",
                 u"spun", u"stung", u"sought", u"taken", u"done", u"did", u"drawn", u"drew", u"ate", u"fled", u"forbade", u"hid", u"lent", u"lit", u"overcame",
                 u"rebuilt", u"reset", u"retook", u"wound", u"won", u"wore", u"woke", u"dealt", u"felt", u"bore", u"born", u"borne", u"arose", u"awoke", u"bid",
                 u"blew", u"blown", u"torn", u"flown", u"thrown", u"sprang", u"sprung", u"shook", u"swung", u"sunk", u"dug", u"bent"}) {
            t[w] = true;
        }
        return t;
    }();
    static const WordShapes irregularShapes(irregular);
    if (word.isEmpty() || word.size() > 32) {
        return false; // too long for LowerWord
    }
    const auto foldedAt = [word](qsizetype i) {
        const char16_t c = word[i].unicode();
        return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
    };
    // Regular forms end in "ed" (no other letter lower-cases to an ASCII "e" or "d"); only the
    // irregular ones need the table, and the test of first letter and length skips most words.
    const bool edEnding = word.size() >= 4 && foldedAt(word.size() - 2) == u'e' && foldedAt(word.size() - 1) == u'd';
    if (!edEnding && !irregularShapes.mayHold(word)) {
        return false;
    }
    const LowerWord lower(word);
    if (lower.view().empty()) {
        return false;
    }
    if (irregular.count(lower.view())) {
        return true;
    }
    static const std::unordered_map<std::u16string_view, bool> notVerbs = {
        {u"hundred", true},
        {u"deed", true},
        {u"heed", true},
        {u"reed", true},
        {u"used", true},
        {u"red", true},
        {u"bed", true},
        {u"need", true},
        {u"speed", true},
        {u"seed", true},
        {u"feed", true},
        {u"united", true},
        {u"limited", true},
        {u"indeed", true},
        {u"shed", true},
        {u"breed", true},
        {u"creed", true},
        {u"greed", true},
        {u"weed", true},
        {u"proceed", true},
        {u"succeed", true},
        {u"exceed", true},
        {u"embed", true},
        {u"naked", true},
        {u"wicked", true},
        {u"sacred", true},
        {u"rugged", true},
        {u"kindred", true},
        {u"alleged", true},
        {u"so-called", true},
        {u"biased", true},
    };
    // "undocked", "unveiled": a reversive "un-" undoes what the verb does ("docked"), and the
    // word is a verb; rarely an adjective before a noun, which is as with any participle.
    static const std::unordered_map<std::u16string_view, bool> reversive = {
        {u"undocked", true},
        {u"unveiled", true},
        {u"unleashed", true},
        {u"unfolded", true},
        {u"unearthed", true},
        {u"uncovered", true},
        {u"unplugged", true},
        {u"unwrapped", true},
        {u"unrolled", true},
        {u"unfurled", true},
        {u"unmasked", true},
        {u"unseated", true},
        {u"unbuckled", true},
        {u"unravelled", true},
        {u"unraveled", true},
        {u"unblocked", true},
        {u"unpacked", true},
    };
    const std::u16string_view w = lower.view();
    // "unchanged", "unexpected": adjectives, not verbs.
    const bool negated = w.size() > 6 && w.substr(0, 2) == u"un" && !reversive.count(w);
    return w.size() >= 4 && w.substr(w.size() - 2) == u"ed" && !notVerbs.count(w) && !negated;
}

bool isDeterminer(QStringView word, bool *indefinite)
{
    static const std::unordered_map<std::u16string_view, bool> table = {
        {u"the", false},
        {u"this", false},
        {u"that", false},
        {u"these", false},
        {u"those", false},
        {u"its", false},
        {u"whose", false},
        {u"his", false},
        {u"her", false},
        {u"their", false},
        {u"our", false},
        {u"your", false},
        {u"my", false},
        {u"a", true},
        {u"an", true},
        {u"another", true},
        {u"any", true},
        {u"some", true},
        {u"no", true},
        {u"each", false},
        {u"every", true},
        {u"such", true},
    };
    static const WordShapes shapes(table);
    if (!shapes.mayHold(word)) {
        return false;
    }
    static const WordIndex<bool> index(table);
    bool found = false;
    switch (index.find(word, &found)) {
    case WordIndex<bool>::Found::Yes:
        if (indefinite) {
            *indefinite = found;
        }
        return true;
    case WordIndex<bool>::Found::No:
        return false;
    case WordIndex<bool>::Found::NotAscii:
        break;
    }
    const LowerWord lower(word);
    const auto it = table.find(lower.view());
    if (it == table.end()) {
        return false;
    }
    if (indefinite) {
        *indefinite = it->second;
    }
    return true;
}

} // namespace Sourceline
