// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventstatusreader.h"

#include "eventlexicon.h"
#include "wordmatch.h"

#include <algorithm>

namespace Sourceline {

using namespace WordLiterals;

namespace {
// "is scheduled to", "was set for": a plan; "is expected to", "is likely to": a forecast.
std::optional<EventStatus> planOrForecastWord(QStringView w)
{
    if (isOneOf(w,
            {u"scheduled"_w, u"set"_w, u"due"_w, u"slated"_w, u"targeted"_w, u"planned"_w, u"planning"_w, u"plans"_w, u"plan"_w, u"aims"_w, u"aim"_w,
                u"aiming"_w, u"intends"_w, u"intend"_w, u"intending"_w, u"going"_w, u"rescheduled"_w, u"preparing"_w, u"prepares"_w, u"poised"_w})) {
        return EventStatus::Planned;
    }
    if (isOneOf(w, {u"expected"_w, u"forecast"_w, u"predicted"_w, u"projected"_w, u"likely"_w, u"unlikely"_w, u"anticipated"_w})) {
        return EventStatus::Expected;
    }
    return std::nullopt;
}

} // namespace

EventStatusReader::EventStatusReader(const TextAnalysis &text, const QList<ScannedWord> &words)
    : m_text(text)
    , m_words(words)
{
}

EventStatusReader::Telling EventStatusReader::of(const EventMention &m) const
{
    if (m.headWord < 0 || m.headWord >= int(m_words.size()) || m.sentence < 0 || m.sentence >= m_text.sentences.size()) {
        return {};
    }
    const TextRange sentence = m_text.sentences[m.sentence].range;
    if (m.verb) {
        Telling told = group(m.headWord, sentence);
        if (const std::optional<EventStatus> own = ownVerb(m.headWord, sentence)) {
            told.status = own;
        }
        // "The rocket did not launch": the clause may be told by its auxiliary; "the port did
        // not reopen until Sept. 10" tells when it did.
        if (isOneOf(word(m.headWord), {u"did"_w, u"does"_w, u"do"_w}) && isOneOf(word(m.headWord + 1), {u"not"_w, u"never"_w})) {
            told.denied = !sinceAfter(m.headWord, sentence) && !untilAfter(m.headWord, sentence);
        }
        // "if the launch slips", "unless talks resume": the subject opens a condition.
        const int opener = wordIndexAt(m_words, m.range.start) - 1;
        if (inside(opener, sentence) && isOneOf(word(opener), {u"if"_w, u"unless"_w})) {
            told.denied = true;
        }
        return told;
    }
    // "If the launch takes place on Friday": a dated condition is no happening either.
    if (const int opener = wordIndexAt(m_words, m.range.start) - 1; inside(opener, sentence) && isOneOf(word(opener), {u"if"_w, u"unless"_w})) {
        return {std::nullopt, true};
    }
    // "The planned summit took place", "cancelled a planned meeting", "called off a
    // spacewalk scheduled for Monday": what the noun is said to do, or what is done to it,
    // outweighs its modifiers.
    const int last = wordIndexAt(m_words, m.range.end) - 1;
    const Telling object = asObject(wordIndexAt(m_words, m.range.start) - 1, std::max(last, m.headWord), sentence);
    if (object.status == EventStatus::CalledOff) {
        return object;
    }
    // "A hearing had been scheduled for April 16; it is now cancelled": the clause after the
    // semicolon tells what became of it.
    if (calledOffAfterSemicolon(std::max(last, m.headWord), sentence)) {
        return {EventStatus::CalledOff, false};
    }
    if (const Telling predicate = asSubject(std::max(last, m.headWord), sentence); predicate.status) {
        return predicate;
    }
    // "will not stand for re-election at the annual meeting": the venue of what will be done is
    // still to come.
    if (!object.status && venueOfFuture(wordIndexAt(m_words, m.range.start) - 1, sentence)) {
        return {EventStatus::Planned, false};
    }
    if (const std::optional<EventStatus> modified = modifiers(m)) {
        return {modified, false};
    }
    return object;
}

bool EventStatusReader::inside(int k, const TextRange &sentence) const
{
    return k >= 0 && k < int(m_words.size()) && m_words[k].range.start >= sentence.start && m_words[k].range.end <= sentence.end;
}

QStringView EventStatusReader::word(int k) const
{
    return k >= 0 && k < int(m_words.size()) ? m_text.textOf(m_words[k].range) : QStringView();
}

bool EventStatusReader::lowerWord(int k) const
{
    return k >= 0 && k < int(m_words.size()) && m_words[k].kind == ScannedWord::Kind::Letters && !m_words[k].capitalised;
}

// "cancelled", "called off", "scrubbed": arranged and then given up.
bool EventStatusReader::calledOff(int k) const
{
    const QStringView w = word(k);
    if (isOneOf(w, {u"off"_w})) {
        return isOneOf(word(k - 1), {u"called"_w, u"call"_w, u"calls"_w, u"calling"_w});
    }
    return isOneOf(w,
        {u"cancelled"_w, u"canceled"_w, u"cancels"_w, u"cancel"_w, u"scrapped"_w, u"scraps"_w, u"scrubbed"_w, u"scrubs"_w, u"shelved"_w, u"shelves"_w,
            u"axed"_w, u"abandoned"_w, u"aborted"_w, u"nixed"_w});
}

// "postponed", "pushed back": still to come, at another time, unless put off for good.
std::optional<EventStatus> EventStatusReader::putOff(int k, const TextRange &sentence) const
{
    const QStringView w = word(k);
    const bool back = isOneOf(w, {u"back"_w}) && isOneOf(word(k - 1), {u"pushed"_w, u"pushes"_w, u"put"_w, u"puts"_w});
    if (!back && !isOneOf(w, {u"postponed"_w, u"postpones"_w, u"delayed"_w, u"delays"_w, u"deferred"_w, u"defers"_w, u"adjourned"_w, u"rescheduled"_w})) {
        return std::nullopt;
    }
    for (int n = k + 1; inside(n, sentence) && n <= k + 4; ++n) {
        if (isOneOf(word(n), {u"indefinitely"_w})) {
            return EventStatus::CalledOff;
        }
    }
    return EventStatus::Planned;
}

// "extended the deadline for abandoning the deal to June 18": the day after "to" is the new
// deadline, still to come; "extended its lead on Monday" tells a thing done.
std::optional<EventStatus> EventStatusReader::extendedTo(int k, const TextRange &sentence) const
{
    for (int n = k + 1; inside(n + 1, sentence) && n <= k + 8; ++n) {
        // "extended his contract until 2027": a term's end, not a deadline moved.
        if (isOneOf(word(n), {u"to"_w, u"until"_w}) && timeWord(n + 1) && !isTermNoun(word(n - 1))) {
            return EventStatus::Planned;
        }
    }
    return std::nullopt;
}

// A clause told by a plan or a forecast, or by its calling off: "the crew had been
// scheduled to return in February", "Starliner is expected to dock", "the launch was called
// off", "the return was pushed back to March".
std::optional<EventStatus> EventStatusReader::ownVerb(int verb, const TextRange &sentence) const
{
    const QStringView w = word(verb);
    const QStringView next = word(verb + 1);
    if (isOneOf(next, {u"to"_w, u"for"_w}) || isOneOf(w, {u"scheduled"_w, u"slated"_w, u"planned"_w, u"expected"_w, u"forecast"_w})) {
        if (const std::optional<EventStatus> cue = planOrForecastWord(w)) {
            return cue;
        }
        if (isOneOf(w, {u"meant"_w, u"supposed"_w}) && isOneOf(next, {u"to"_w})) {
            return EventStatus::Planned;
        }
    }
    // "NASA called off a spacewalk": the label tells the calling off, the status that the
    // thing called off did not take place.
    if (calledOff(verb) || (isOneOf(w, {u"called"_w}) && isOneOf(next, {u"off"_w}))) {
        return EventStatus::CalledOff;
    }
    // "was moved to March", not "Halloran moved to Leeds": moving tells a plan only toward a time.
    if (isOneOf(w, {u"moved"_w, u"pushed"_w, u"brought"_w})
        && !(isOneOf(next, {u"back"_w, u"forward"_w}) || (isOneOf(next, {u"to"_w, u"until"_w}) && timeWord(verb + 2)))) {
        return std::nullopt;
    }
    if (isOneOf(w, {u"extended"_w, u"extends"_w})) {
        return extendedTo(verb, sentence);
    }
    const int particle = isOneOf(next, {u"back"_w, u"forward"_w}) ? verb + 1 : verb;
    if (isOneOf(w, {u"moved"_w, u"pushed"_w, u"brought"_w}) || putOff(particle, sentence)) {
        return putOff(particle, sentence).value_or(EventStatus::Planned) == EventStatus::CalledOff ? EventStatus::CalledOff : movedTo(particle, sentence);
    }
    return std::nullopt;
}

// A word that opens a time: "March", "Friday", "next", "2026".
bool EventStatusReader::timeWord(int k) const
{
    if (k < 0 || k >= int(m_words.size())) {
        return false;
    }
    const QStringView w = word(k);
    return m_words[k].kind == ScannedWord::Kind::Digits
        || isOneOf(w,
            {u"january"_w, u"february"_w, u"march"_w, u"april"_w, u"may"_w, u"june"_w, u"july"_w, u"august"_w, u"september"_w, u"october"_w, u"november"_w,
                u"december"_w, u"jan"_w, u"feb"_w, u"aug"_w, u"sept"_w, u"oct"_w, u"nov"_w, u"dec"_w, u"monday"_w, u"tuesday"_w, u"wednesday"_w, u"thursday"_w,
                u"friday"_w, u"saturday"_w, u"sunday"_w, u"next"_w, u"later"_w, u"early"_w, u"late"_w, u"mid"_w, u"the"_w});
}

// "postponed until Friday", "pushed back to March": still planned, at the new time; a bare
// "was postponed" says nothing of whether it took place since.
std::optional<EventStatus> EventStatusReader::movedTo(int verb, const TextRange &sentence) const
{
    for (int n = verb + 1; inside(n, sentence) && n <= verb + 3; ++n) {
        // "Court adjourned for the day", "broke for lunch": a stop that ends a sitting, told
        // as done; it puts nothing off to a time.
        if (isOneOf(word(n), {u"for"_w})
            && (isOneOf(word(n + 1), {u"lunch"_w})
                || (isOneOf(word(n + 1), {u"the"_w}) && isOneOf(word(n + 2), {u"day"_w, u"night"_w, u"evening"_w, u"weekend"_w})))) {
            return std::nullopt;
        }
        if (isOneOf(word(n), {u"to"_w, u"until"_w, u"till"_w, u"for"_w})) {
            return EventStatus::Planned;
        }
    }
    return std::nullopt;
}

// The verb group before the verb at k: modals, "to" after a plan or forecast word, a
// negation. "will visit", "would come", "is to spend", "was expected to dock".
EventStatusReader::Telling EventStatusReader::group(int verb, const TextRange &sentence) const
{
    static constexpr std::initializer_list<QStringView> helpers = {u"is"_w, u"are"_w, u"was"_w, u"were"_w, u"be"_w, u"been"_w, u"being"_w, u"has"_w, u"have"_w,
        u"had"_w, u"do"_w, u"does"_w, u"did"_w, u"also"_w, u"still"_w, u"now"_w, u"then"_w, u"later"_w, u"first"_w, u"already"_w, u"again"_w, u"soon"_w,
        u"finally"_w, u"just"_w, u"yet"_w, u"not"_w, u"never"_w, u"t"_w, u"no"_w, u"longer"_w};
    Telling told;
    for (int k = verb - 1; inside(k, sentence) && k >= verb - 8; --k) {
        const QStringView w = word(k);
        if (isOneOf(w, {u"will"_w, u"shall"_w, u"ll"_w, u"would"_w, u"wo"_w})) {
            told.status = told.status.value_or(EventStatus::Planned);
        } else if (isOneOf(w, {u"could"_w, u"may"_w, u"might"_w, u"should"_w})) {
            // ("Schedules should return to normal": what is foreseen, not told as done.)
            told.status = told.status.value_or(EventStatus::Expected);
        } else if (isOneOf(w, {u"to"_w})) {
            // "is to spend", "was to bring": a be-form before "to" tells a plan.
            const QStringView before = word(k - 1);
            if (const std::optional<EventStatus> cue = planOrForecastWord(before)) {
                told.status = told.status.value_or(*cue);
                --k;
            } else if (isOneOf(before, {u"is"_w, u"are"_w, u"was"_w, u"were"_w})) {
                told.status = told.status.value_or(EventStatus::Planned);
            } else {
                break;
            }
        } else if (isOneOf(w, {u"not"_w, u"never"_w}) || (isOneOf(w, {u"t"_w}) && k > 0 && !m_words[k].spaceBefore)) {
            told.denied = !sinceAfter(verb, sentence);
        } else if (!isOneOf(w, helpers) && !(lowerWord(k) && w.size() > 4 && w.endsWith(u"ly"))) {
            break;
        }
    }
    return told;
}

// "Junior doctors had not walked out since the 1980s": a denial up to now tells when the
// happening last took place.
bool EventStatusReader::sinceAfter(int verb, const TextRange &sentence) const
{
    for (int k = verb + 1; inside(k, sentence) && k <= verb + 12; ++k) {
        if (isOneOf(word(k), {u"since"_w})) {
            return true;
        }
    }
    return false;
}

bool EventStatusReader::untilAfter(int verb, const TextRange &sentence) const
{
    for (int k = verb + 1; inside(k, sentence) && k <= verb + 8; ++k) {
        if (isOneOf(word(k), {u"until"_w, u"till"_w})) {
            return true;
        }
    }
    return false;
}

// A verb that tells a happening take place, not what it does: "take (place)", "go
// (ahead)", "follow", "begin", "be (held)".
bool EventStatusReader::occurring(int k) const
{
    return isOneOf(word(k),
        {u"take"_w, u"go"_w, u"follow"_w, u"begin"_w, u"start"_w, u"open"_w, u"resume"_w, u"come"_w, u"happen"_w, u"occur"_w, u"end"_w, u"close"_w,
            u"conclude"_w, u"proceed"_w, u"continue"_w, u"last"_w, u"be"_w, u"get"_w, u"held"_w, u"hosted"_w, u"staged"_w, u"played"_w, u"convened"_w,
            u"broadcast"_w});
}

// "the planned summit", "a scheduled launch", "the expected verdict", "the cancelled talks"
std::optional<EventStatus> EventStatusReader::modifiers(const EventMention &m) const
{
    for (int k = wordIndexAt(m_words, m.range.start); k >= 0 && k < m.headWord; ++k) {
        const QStringView w = word(k);
        if (isOneOf(w, {u"planned"_w, u"scheduled"_w, u"upcoming"_w, u"forthcoming"_w, u"proposed"_w, u"rescheduled"_w, u"intended"_w})) {
            return EventStatus::Planned;
        }
        if (isOneOf(w, {u"expected"_w, u"predicted"_w, u"forecast"_w, u"anticipated"_w, u"likely"_w, u"projected"_w})) {
            return EventStatus::Expected;
        }
        if (calledOff(k) && isOneOf(w, {u"cancelled"_w, u"canceled"_w, u"scrapped"_w, u"scrubbed"_w, u"shelved"_w, u"aborted"_w, u"off"_w})) {
            return EventStatus::CalledOff;
        }
    }
    return std::nullopt;
}

// "The King's Speech, in which the government will set out its programme, is scheduled":
// a relative clause set off by commas tells of the noun, and the noun's own verb follows
// its closing comma. The word after that comma, or k when no such clause opens at k.
int EventStatusReader::pastRelativeClause(int k, const TextRange &sentence) const
{
    if (!isOneOf(word(k), {u","_w})) {
        return k;
    }
    int r = k + 1;
    if (isOneOf(word(r), {u"in"_w, u"at"_w, u"during"_w, u"under"_w, u"for"_w, u"with"_w, u"after"_w, u"before"_w})) {
        ++r;
    }
    if (!isOneOf(word(r), {u"which"_w, u"who"_w, u"whose"_w, u"where"_w})) {
        return k;
    }
    for (int close = r + 1; inside(close + 1, sentence) && close < r + 25; ++close) {
        if (isOneOf(word(close), {u","_w})) {
            return close + 1;
        }
    }
    return k;
}

// "A meeting of Arab foreign ministers is expected next week", "a meeting of ministers on the
// transition is scheduled for 14 December": an of-phrase after the noun says whose it is, and
// the noun's own verb group follows it. The be-form after the phrase, or k when there is none.
int EventStatusReader::pastOfPhrase(int k, const TextRange &sentence) const
{
    if (!isOneOf(word(k), {u"of"_w})) {
        return k;
    }
    for (int be = k + 2; inside(be, sentence) && be < k + 9; ++be) {
        if (isOneOf(word(be), {u"is"_w, u"are"_w, u"was"_w, u"were"_w})) {
            return be;
        }
        // A mark, a relative or a verb of the phrase's own ends the noun phrase first.
        if (m_words[be].kind != ScannedWord::Kind::Letters || isOneOf(word(be), {u"who"_w, u"which"_w, u"that"_w}) || looksPastTense(word(be))) {
            return k;
        }
    }
    return k;
}

// The noun as the subject: "the talks are scheduled for Tuesday", "the launch was called
// off", "the docking would follow on Sunday", "the vote was postponed until May".
EventStatusReader::Telling EventStatusReader::asSubject(int last, const TextRange &sentence) const
{
    int k = last + 1;
    // "the planned summit in Budapest took place", "a vote in the House is expected
    // Wednesday": a place named after the noun.
    const int name = isOneOf(word(k + 1), {u"the"_w}) ? k + 2 : k + 1;
    if (isOneOf(word(k), {u"in"_w, u"at"_w}) && inside(name, sentence) && m_words[name].capitalised) {
        k = name + 1;
        while (inside(k, sentence) && m_words[k].capitalised && k < name + 5) {
            ++k;
        }
    }
    k = pastRelativeClause(k, sentence);
    k = pastOfPhrase(k, sentence);
    if (isOneOf(word(k), {u","_w}) && isOneOf(word(k + 1), {u"scheduled"_w, u"planned"_w, u"set"_w, u"due"_w, u"expected"_w, u"slated"_w})) {
        // "a second spacewalk, planned for July 2, has been postponed indefinitely": what is
        // said after the aside tells more than the aside.
        for (int close = k + 2; inside(close, sentence) && close < k + 10; ++close) {
            if (isOneOf(word(close), {u","_w})) {
                if (const Telling after = asSubject(close, sentence); after.status) {
                    return after;
                }
                break;
            }
        }
        ++k; // "the hearing, scheduled for May 3"
    }
    // "a spacewalk planned for July 2 has been postponed indefinitely": past the participle
    // and its time, the main verb tells more; without one the participle tells a plan.
    if (k == last + 1 && isOneOf(word(k), {u"planned"_w, u"scheduled"_w, u"set"_w, u"due"_w, u"slated"_w, u"expected"_w})
        && isOneOf(word(k + 1), {u"for"_w, u"to"_w, u"on"_w, u"in"_w, u"at"_w})) {
        for (int aux = k + 2; inside(aux, sentence) && aux < k + 10; ++aux) {
            if (isOneOf(word(aux), {u"has"_w, u"have"_w, u"had"_w, u"was"_w, u"were"_w, u"is"_w, u"are"_w, u"will"_w, u"would"_w})) {
                if (const Telling after = asSubject(aux - 1, sentence); after.status) {
                    return after;
                }
                break;
            }
        }
        return {planOrForecastWord(word(k)), false};
    }
    // "to be held on Friday": a happening arranged for later.
    if (isOneOf(word(k), {u"to"_w}) && isOneOf(word(k + 1), {u"be"_w}) && isOneOf(word(k + 2), {u"held"_w, u"hosted"_w, u"staged"_w, u"convened"_w})) {
        return {EventStatus::Planned, false};
    }
    int verb = k;
    while (inside(verb, sentence) && verb < k + 6
        && (isOneOf(word(verb),
                {u"is"_w, u"are"_w, u"was"_w, u"were"_w, u"has"_w, u"have"_w, u"had"_w, u"been"_w, u"be"_w, u"will"_w, u"would"_w, u"could"_w, u"may"_w,
                    u"might"_w, u"now"_w, u"still"_w, u"then"_w, u"later"_w, u"first"_w, u"originally"_w, u"initially"_w, u"also"_w, u"not"_w})
            || (lowerWord(verb) && word(verb).size() > 4 && word(verb).endsWith(u"ly") && !isOneOf(word(verb), {u"likely"_w})))) {
        ++verb;
    }
    if (!inside(verb, sentence) || !lowerWord(verb)) {
        return {};
    }
    // "took place", "went ahead", "was held": told as done.
    if ((isOneOf(word(verb), {u"took"_w}) && isOneOf(word(verb + 1), {u"place"_w}))
        || (isOneOf(word(verb), {u"went"_w}) && isOneOf(word(verb + 1), {u"ahead"_w})) || isOneOf(word(verb), {u"happened"_w, u"occurred"_w})
        || (verb > last + 1 && isOneOf(word(verb - 1), {u"was"_w, u"were"_w}) && isOneOf(word(verb), {u"held"_w}))) {
        return {EventStatus::Happened, false};
    }
    if (calledOff(verb) || (isOneOf(word(verb), {u"called"_w}) && isOneOf(word(verb + 1), {u"off"_w}))) {
        return {EventStatus::CalledOff, false};
    }
    // "The storm is expected to strengthen" foresees what the storm does, not the storm;
    // "the summit is expected to take place" foresees the summit.
    if (planOrForecastWord(word(verb)) && isOneOf(word(verb + 1), {u"to"_w}) && !occurring(verb + 2)) {
        return {};
    }
    if (const std::optional<EventStatus> own = ownVerb(verb, sentence)) {
        return {own, false};
    }
    // "is scheduled for", "was expected"; a plan word only after a be-form or a comma, as
    // "the launch set records" is another verb.
    if (verb > last + 1 || isOneOf(word(verb), {u"scheduled"_w, u"planned"_w, u"slated"_w, u"due"_w, u"expected"_w, u"forecast"_w})) {
        if (const std::optional<EventStatus> cue = planOrForecastWord(word(verb)); cue && verb > last + 1) {
            return {cue, false};
        }
    }
    // "the docking would follow": the verb group the noun is the subject of, when the verb
    // tells it taking place ("the ruling would push rents higher" forecasts something else).
    if (!occurring(verb)) {
        return {};
    }
    Telling told = group(verb, sentence);
    told.denied = false; // "the launch did not go ahead" denies nothing the noun alone tells
    return told.status ? told : Telling{};
}

// "A hearing had been scheduled for April 16; it is now cancelled": whether the clause after a
// semicolon that closely follows the noun says it was called off.
bool EventStatusReader::calledOffAfterSemicolon(int last, const TextRange &sentence) const
{
    for (int k = last + 1; inside(k, sentence) && k < last + 12; ++k) {
        if (!isOneOf(word(k), {u";"_w})) {
            continue;
        }
        if (!isOneOf(word(k + 1), {u"it"_w, u"that"_w}) || !isOneOf(word(k + 2), {u"is"_w, u"was"_w, u"has"_w})) {
            return false;
        }
        int v = k + 3;
        while (inside(v, sentence) && v < k + 6 && isOneOf(word(v), {u"now"_w, u"since"_w, u"been"_w, u"later"_w, u"then"_w})) {
            ++v;
        }
        return inside(v, sentence) && calledOff(v);
    }
    return false;
}

// "will not stand for re-election at the annual meeting": whether the noun is the place, after
// "at" or "during", of a deed a "will" shortly before it puts ahead.
bool EventStatusReader::venueOfFuture(int before, const TextRange &sentence) const
{
    if (inside(before, sentence) && isDeterminer(word(before))) {
        --before;
    }
    if (!inside(before, sentence) || !isOneOf(word(before), {u"at"_w, u"during"_w})) {
        return false;
    }
    for (int k = before - 1; inside(k, sentence) && k >= before - 8; --k) {
        // ("re-election": a hyphen inside a word is no break.)
        if (m_words[k].kind == ScannedWord::Kind::Punctuation && !(isOneOf(word(k), {u"-"_w}) && !m_words[k].spaceBefore)) {
            return false;
        }
        if (isOneOf(word(k), {u"will"_w, u"shall"_w, u"ll"_w})) {
            return true;
        }
    }
    return false;
}

// The noun as an object: "NASA called off a spacewalk", "will hold a news conference",
// "postponed the vote indefinitely", "expects a verdict".
EventStatusReader::Telling EventStatusReader::asObject(int before, int last, const TextRange &sentence) const
{
    if (inside(before, sentence) && isDeterminer(word(before))) {
        --before;
    }
    // "would hold a small number of meetings": the verb is before the count.
    if (inside(before - 1, sentence) && isOneOf(word(before), {u"of"_w})
        && isOneOf(word(before - 1), {u"number"_w, u"series"_w, u"handful"_w, u"couple"_w, u"round"_w})) {
        before -= 2;
        while (inside(before, sentence) && before > 0
            && (isDeterminer(word(before)) || isOneOf(word(before), {u"small"_w, u"large"_w, u"new"_w, u"further"_w, u"limited"_w}))) {
            --before;
        }
    }
    if (!inside(before, sentence) || !lowerWord(before)) {
        return {};
    }
    if (calledOff(before)) {
        return {EventStatus::CalledOff, false};
    }
    if (isOneOf(word(before), {u"postponed"_w, u"postpones"_w, u"delayed"_w, u"delays"_w, u"deferred"_w, u"adjourned"_w})) {
        for (int n = last + 1; inside(n, sentence) && n <= last + 3; ++n) {
            if (isOneOf(word(n), {u"indefinitely"_w})) {
                return {EventStatus::CalledOff, false};
            }
        }
        return {EventStatus::Planned, false};
    }
    if (isOneOf(word(before), {u"plans"_w, u"scheduled"_w, u"schedules"_w, u"arranged"_w, u"arranges"_w})) {
        return {EventStatus::Planned, false};
    }
    // "expects a verdict", but not "expects the bill to pass": there the passing is expected.
    if (isOneOf(word(before), {u"expects"_w, u"forecasts"_w, u"predicts"_w, u"predicted"_w}) && !isOneOf(word(last + 1), {u"to"_w})) {
        return {EventStatus::Expected, false};
    }
    if (isOneOf(word(before),
            {u"the"_w, u"a"_w, u"an"_w, u"of"_w, u"in"_w, u"on"_w, u"at"_w, u"for"_w, u"by"_w, u"with"_w, u"from"_w, u"after"_w, u"before"_w, u"during"_w,
                u"and"_w, u"or"_w, u"but"_w, u"that"_w, u"which"_w, u"who"_w, u"since"_w, u"until"_w, u"about"_w, u"into"_w, u"than"_w})) {
        return {};
    }
    // "will hold a news conference", "is to sign the accord": a verb that makes the
    // happening take place ("would require new systems" is no plan for them).
    if (!isOneOf(word(before),
            {u"hold"_w, u"host"_w, u"stage"_w, u"convene"_w, u"attend"_w, u"have"_w, u"make"_w, u"conduct"_w, u"sign"_w, u"begin"_w, u"start"_w, u"open"_w,
                u"resume"_w, u"launch"_w, u"call"_w, u"join"_w, u"visit"_w, u"give"_w, u"deliver"_w, u"issue"_w, u"publish"_w, u"release"_w})) {
        return {};
    }
    Telling told = group(before, sentence);
    told.denied = false; // "did not attend the dinner" is left to the verb's own telling
    return told;
}

} // namespace Sourceline
