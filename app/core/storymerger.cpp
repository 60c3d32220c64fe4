// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storymerger.h"

#include "casekeys.h"
#include "chronology.h"
#include "extract/eventlexicon.h"
#include "extract/wordmatch.h"
#include "peoplefolds.h"
#include "personmatcher.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
QString renumbered(QHash<QString, QString> &map, const QString &localId, const QString &prefix, qsizetype &counter)
{
    if (localId.isEmpty()) {
        return {};
    }
    auto it = map.find(localId);
    if (it == map.end()) {
        it = map.insert(localId, prefix + QString::number(++counter));
    }
    return *it;
}

// Lower-case letters and digits, one blank between words: the same quote however typeset.
QString comparableWords(const QString &text)
{
    QString words(text.size(), Qt::Uninitialized);
    QChar *out = words.data();
    const QChar *const begin = out;
    bool blank = false;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        // Quotes are mostly ASCII: letters and digits without Unicode's tables.
        const bool asciiWordChar = (unit >= u'a' && unit <= u'z') || (unit >= u'A' && unit <= u'Z') || (unit >= u'0' && unit <= u'9');
        if (asciiWordChar || (unit >= 0x80 && c.isLetterOrNumber())) {
            if (blank && out != begin) {
                *out++ = u' ';
            }
            blank = false;
            *out++ = unit >= u'A' && unit <= u'Z' ? QChar(unit + (u'a' - u'A')) : (asciiWordChar ? c : c.toLower());
        } else if (c.isSpace()) {
            blank = true;
        }
    }
    words.truncate(out - begin);
    return words;
}

QStringList renumberedAll(const QHash<QString, QString> &map, const QStringList &ids)
{
    QStringList result;
    for (const QString &id : ids) {
        if (const auto it = map.constFind(id); it != map.cend()) {
            result.append(*it);
        }
    }
    return result;
}

// Events ------------------------------------------------------------------------------------

// Undated events overlap anything; dated ones when their spans of days meet.
bool datesOverlap(const DateValue &a, const DateValue &b)
{
    if (!a.isDated() || !b.isDated() || !a.earliest.isValid() || !b.earliest.isValid()) {
        return true;
    }
    const QDate aLast = a.latest.isValid() ? a.latest : a.earliest;
    const QDate bLast = b.latest.isValid() ? b.latest : b.earliest;
    return a.earliest <= bLast && b.earliest <= aLast;
}

// "28-point" in "28-point peace plan": what tells numbered documents apart.
QString numberOf(const QString &label)
{
    static const QRegularExpression number(u"\\b\\d+-[a-z]+\\b"_s);
    if (!label.contains(u'-')) {
        return {}; // most labels: no need to run the expression
    }
    return number.match(label).captured();
}

// "Driscoll's" and "Driscoll" in "Driscoll carried the plan": the clause's subject word.
QStringView clauseSubject(const QString &label)
{
    const qsizetype blank = label.indexOf(u' ');
    QStringView word = QStringView(label).left(blank < 0 ? label.size() : blank);
    return word.endsWith(u"'s"_s) ? word.chopped(2) : word;
}

// Appends word to out in lower case, without the endings of tense and number: "delivered",
// "delivers" and "deliver" give "deliver" ("arrived" gives "arriv"); irregular forms ("flew",
// "gave") stay as written, which keeps two different verbs apart.
void appendStem(QString &out, QStringView word)
{
    const qsizetype from = out.size();
    out.resize(from + word.size());
    QChar *lower = out.data() + from;
    for (const QChar c : word) {
        const char16_t unit = c.unicode();
        *lower++ = unit >= u'A' && unit <= u'Z' ? QChar(unit + (u'a' - u'A')) : (unit < 0x80 ? c : c.toLower());
    }
    const QStringView stem = QStringView(out).sliced(from);
    if (stem.endsWith(u"ied") || stem.endsWith(u"ies")) {
        out.chop(3);
        out.append(u'y');
    } else if (stem.endsWith(u"ed")) {
        out.chop(2);
    } else if (stem.endsWith(u"es")) {
        // "goes", "pushes" lose "es"; "gives", "writes" only the "s"
        const char16_t before = stem.size() > 2 ? stem.at(stem.size() - 3).unicode() : u'e';
        out.chop(QStringView(u"sxzho").contains(QChar(before)) ? 2 : 1);
    } else if (stem.endsWith(u"ing")) {
        out.chop(3);
    } else if (stem.endsWith(u's') && !stem.endsWith(u"ss")) {
        out.chop(1);
    }
}

QString verbStem(QStringView verb)
{
    QString stem;
    stem.reserve(verb.size());
    appendStem(stem, verb);
    return stem;
}

// What kind of deed a clause's verb tells, for the verbs whose kinds are plainly apart.
enum class Deed { Unknown, Moving, Handing, Speaking, TakingOffice, Withdrawing };

// The kind of deed a verb's stem (verbStem()) tells.
Deed deedOf(const QString &stem)
{
    static const QHash<QString, Deed> deeds = [] {
        QHash<QString, Deed> map;
        for (const auto *word : {u"go", u"went", u"gone", u"travel", u"travell", u"fly", u"flew", u"flown", u"head", u"arriv", u"arrive", u"return", u"leave",
                 u"left", u"drove", u"driven", u"drive"}) {
            map.insert(QString::fromUtf16(word), Deed::Moving);
        }
        for (const auto *word : {u"give", u"gave", u"given", u"hand", u"deliver", u"carry", u"send", u"sent", u"took", u"taken", u"bring", u"brought",
                 u"present", u"submitt", u"submit", u"pass"}) {
            map.insert(QString::fromUtf16(word), Deed::Handing);
        }
        for (const auto *word : {u"say", u"said", u"tell", u"told", u"speak", u"spoke", u"spoken", u"add", u"wrote", u"written", u"write", u"post", u"warn",
                 u"insist", u"claim", u"address"}) {
            map.insert(QString::fromUtf16(word), Deed::Speaking);
        }
        // "withdrew the faulty file" and "reverted the update": taking back what was put out.
        for (const auto *word : {u"withdrew", u"withdraw", u"withdrawn", u"revert", u"recall", u"retract", u"pull"}) {
            map.insert(QString::fromUtf16(word), Deed::Withdrawing);
        }
        // "Starmer became prime minister" and "Starmer told supporters": two happenings of his day.
        for (const auto *word : {u"become", u"became", u"sworn", u"swear", u"swore", u"elect", u"appoint", u"inaugurat", u"resign"}) {
            map.insert(QString::fromUtf16(word), Deed::TakingOffice);
        }
        return map;
    }();
    return deeds.value(stem, Deed::Unknown);
}

// The happening a clause's verb (its verbStem()) tells, for the verbs that tell a call or a
// meeting the way a noun does: "Putin called Trump" is the "Putin–Trump call".
EventClass happeningOfClause(const QString &verb)
{
    static const QHash<QString, EventClass> happenings = [] {
        QHash<QString, EventClass> map;
        for (const auto *word : {u"call", u"phon", u"spoke", u"speak", u"talk"}) {
            map.insert(QString::fromUtf16(word), EventClass::Call);
        }
        for (const auto *word : {u"met", u"meet", u"visit"}) {
            map.insert(QString::fromUtf16(word), EventClass::Meeting);
        }
        return map;
    }();
    return happenings.value(verb, EventClass::None);
}

// Verbs of coming somewhere, which tell a visit only of the one who came.
bool tellsArrival(const QString &verb)
{
    return verb == u"came"_s || verb == u"come"_s || verb == u"arriv"_s || verb == u"arrive"_s;
}

// Two clauses of one subject and day tell one deed unless their verbs are plainly of other
// kinds: "Driscoll carried the plan" and "Driscoll had delivered the original draft" are one,
// "Trump flew" and "Trump gave Ukraine" two. The verbs are given as their verbStem().
bool sameDeed(const QString &firstVerb, const QString &secondVerb)
{
    const Deed first = deedOf(firstVerb);
    const Deed second = deedOf(secondVerb);
    return first == Deed::Unknown || second == Deed::Unknown || first == second;
}

// A label's words in a form where tense and number do not count, one blank between them:
// "First temporary channel opened" and "First temporary channel opens" give the same.
QString stemmedLabel(const QString &label)
{
    QString stems;
    stems.reserve(label.size());
    for (const QStringView word : QStringView(label).tokenize(u' ', Qt::SkipEmptyParts)) {
        if (!stems.isEmpty()) {
            stems.append(u' ');
        }
        appendStem(stems, word);
    }
    return stems;
}

// Words (stemmed) that say nothing of what happened.
bool isSmallWord(QStringView stem)
{
    static const QStringList smallWords{u"the"_s, u"a"_s, u"an"_s, u"of"_s, u"to"_s, u"in"_s, u"on"_s, u"at"_s, u"for"_s, u"and"_s, u"with"_s, u"from"_s,
        u"by"_s, u"had"_s, u"ha"_s, u"have"_s, u"wa"_s, u"were"_s, u"been"_s, u"be"_s, u"is"_s, u"are"_s, u"it"_s, u"its"_s, u"their"_s, u"his"_s, u"her"_s,
        u"that"_s, u"which"_s, u"who"_s};
    return smallWords.contains(stem);
}

// Two clauses ("Divers recover the bodies", "Divers pulled the bodies") tell one deed when the
// same words open them and they share the verb or a word after those ("bodies"); small words
// do not count. "Coast Guard statement" and "Coast Guard suspends the search" share only their
// subject. The stems are each label's stemmedLabel(), the verbs each type's verbStem().
bool sameSubjectSameDeed(QStringView aStems, const QString &aVerb, QStringView bStems, const QString &bVerb)
{
    const QList<QStringView> first = aStems.split(u' ');
    const QList<QStringView> second = bStems.split(u' ');
    if (first.isEmpty() || second.isEmpty() || first.first() != second.first() || !sameDeed(aVerb, bVerb)) {
        return false;
    }
    if (aVerb == bVerb) {
        return true;
    }
    // The words both open with ("Coast Guard") are the subject, however many they are.
    qsizetype opening = 0;
    while (opening < first.size() && opening < second.size() && first[opening] == second[opening]) {
        ++opening;
    }
    for (qsizetype i = opening; i < first.size(); ++i) {
        if (!isSmallWord(first[i]) && second.indexOf(first[i], opening) >= opening) {
            return true;
        }
    }
    return false;
}

// "OpenAI named Emmett Shear" and "Board named Emmett Shear": the same verb done to the same
// words after it, whoever each telling names as the doer. The stems are each label's
// stemmedLabel(), the verbs each type's verbStem().
bool sameDeedToTheSameObject(QStringView aStems, const QString &aVerb, QStringView bStems, const QString &bVerb, const QString &aLabel)
{
    if (aVerb.isEmpty() || aVerb != bVerb) {
        return false;
    }
    // Only a named object ("Emmett Shear"): "Navy suspended the search" and "Coast Guard
    // suspended the search" are two searches called off.
    const QList<QStringView> labelWords = QStringView(aLabel).split(u' ', Qt::SkipEmptyParts);
    const auto named = std::adjacent_find(labelWords.cbegin(), labelWords.cend(),
        [&aVerb](QStringView word, QStringView next) { return verbStem(word) == aVerb && !next.isEmpty() && next.front().isUpper(); });
    if (named == labelWords.cend()) {
        return false;
    }
    const auto object = [&aVerb](QStringView stems) {
        const QList<QStringView> words = stems.split(u' ');
        const auto verb = std::find(words.cbegin(), words.cend(), QStringView(aVerb));
        if (verb == words.cend() || verb == words.cbegin() || verb + 1 == words.cend()) {
            return QStringView();
        }
        return stems.sliced((verb + 1)->data() - stems.data());
    };
    // One object may run on ("Emmett Shear interim chief executive").
    const QStringView aObject = object(aStems);
    const QStringView bObject = object(bStems);
    const QStringView shorter = aObject.size() <= bObject.size() ? aObject : bObject;
    const QStringView longer = aObject.size() <= bObject.size() ? bObject : aObject;
    if (shorter.isEmpty() || !longer.startsWith(shorter) || (longer.size() > shorter.size() && longer.at(shorter.size()) != u' ')) {
        return false;
    }
    const QList<QStringView> words = shorter.split(u' ');
    return std::any_of(words.cbegin(), words.cend(), [](QStringView word) { return !isSmallWord(word); });
}

constexpr qsizetype shortestTellingWithin = 3;

// Whether words (whole ones) run unbroken in stems.
bool runsWithin(QStringView words, QStringView stems)
{
    for (qsizetype at = stems.indexOf(words); at >= 0; at = stems.indexOf(words, at + 1)) {
        const qsizetype end = at + words.size();
        if ((at == 0 || stems.at(at - 1) == u' ') && (end == stems.size() || stems.at(end) == u' ')) {
            return true;
        }
    }
    return false;
}

// The first words of one telling, subject and verb, run unbroken in the other (both given as
// their stemmedLabel()).
bool oneTellingWithinTheOther(QStringView firstStems, QStringView secondStems)
{
    const auto opening = [](QStringView stems) {
        qsizetype end = -1;
        for (qsizetype words = 0; words < shortestTellingWithin; ++words) {
            end = stems.indexOf(u' ', end + 1);
            if (end < 0) {
                return words + 1 == shortestTellingWithin ? stems : QStringView();
            }
        }
        return stems.first(end);
    };
    // Two of the three must say something: "Rain that had fallen" and "Rain that had been
    // falling" open with the same small words only.
    const auto telling = [](QStringView words) {
        qsizetype said = 0;
        for (const QStringView word : words.tokenize(u' ')) {
            said += isSmallWord(word) ? 0 : 1;
        }
        return said >= 2 ? words : QStringView();
    };
    const QStringView firstOpening = telling(opening(firstStems));
    const QStringView secondOpening = telling(opening(secondStems));
    return (!firstOpening.isEmpty() && runsWithin(firstOpening, secondStems)) || (!secondOpening.isEmpty() && runsWithin(secondOpening, firstStems));
}

// "was" (stemmed "wa"), "were", "been"...: the stem of an auxiliary before a passive's verb.
bool isPassiveAuxiliary(QStringView stem)
{
    return isOneOf(stem, {u"wa", u"were", u"been", u"is", u"are", u"be"});
}

// One deed told actively and passively: "Kaplan revoked his bail" and "His bail was revoked",
// where the passive's subject ("bail") follows the active's verb. The stems are each label's
// stemmedLabel(), so "was" is "wa"; the verbs each type's verbStem(). Sets objectNamed when
// the active telling writes that subject as a name ("Kaplan sentenced Lena Marsh").
bool sameDeedInTheOtherVoice(const QString &verb, QStringView firstStems, const QString &secondVerb, QStringView secondStems, const QString &firstLabel,
    const QString &secondLabel, bool *objectNamed)
{
    if (verb.isEmpty() || verb != secondVerb) {
        return false;
    }
    const auto passiveOf = [&verb, objectNamed](QStringView passive, QStringView active, const QString &activeLabel) {
        const QList<QStringView> told = passive.split(u' ');
        const qsizetype at = told.indexOf(verb);
        if (at < 2 || !isPassiveAuxiliary(told[at - 1])) {
            return false;
        }
        const QList<QStringView> acting = active.split(u' ');
        const qsizetype verbAt = acting.indexOf(verb);
        const qsizetype object = verbAt >= 1 ? acting.indexOf(told[at - 2], verbAt + 1) : -1;
        if (object <= verbAt) {
            return false;
        }
        // (stemmedLabel() keeps one stem for each word of the label.)
        const QList<QStringView> written = QStringView(activeLabel).split(u' ', Qt::SkipEmptyParts);
        *objectNamed = object < written.size() && written[object].front().isUpper();
        return true;
    };
    return passiveOf(firstStems, secondStems, secondLabel) || passiveOf(secondStems, firstStems, firstLabel);
}

// The same date, or a day or week within the month that the other telling gives, or, when
// asked, a day or month within its year ("pleaded guilty in 2018", "pleaded guilty on Aug. 21,
// 2018").
bool sameDateOrWithin(const DateValue &a, const DateValue &b, bool withinTheYear)
{
    if (!a.isDated() || !b.isDated()) {
        return false;
    }
    if (a.iso == b.iso) {
        return true;
    }
    using Granularity = DateValue::Granularity;
    const auto dayOrMonth = [](const DateValue &date) { return date.granularity == Granularity::Day || date.granularity == Granularity::Month; };
    const bool dayAndMonth = (a.granularity == Granularity::Day && b.granularity == Granularity::Month)
        || (a.granularity == Granularity::Month && b.granularity == Granularity::Day);
    const bool withinYear = (a.granularity == Granularity::Year && dayOrMonth(b)) || (dayOrMonth(a) && b.granularity == Granularity::Year);
    // "next week" (the first week of December) and "in early December".
    const auto weekInMonth = [](const DateValue &week, const DateValue &month) {
        return week.granularity == Granularity::Week && month.granularity == Granularity::Month && week.earliest >= month.earliest
            && week.latest <= month.latest;
    };
    return (dayAndMonth && QStringView(a.iso).first(7) == QStringView(b.iso).first(7)) || weekInMonth(a, b) || weekInMonth(b, a)
        || (withinTheYear && withinYear && QStringView(a.iso).first(4) == QStringView(b.iso).first(4));
}

// The words of a clause after the happening it opens: "Jury selection began", "The hearing
// got under way", "The summit took place"; how many words open the happening, or 0.
qsizetype happeningOpeningAt(const QString &lowerLabel)
{
    const QList<QStringView> words = QStringView(lowerLabel).split(u' ', Qt::SkipEmptyParts);
    for (qsizetype w = 1; w < words.size(); ++w) {
        const QStringView word = words[w];
        const QStringView next = w + 1 < words.size() ? words[w + 1] : QStringView();
        const bool opens = isOneOf(word, {u"began", u"begins", u"started", u"starts", u"opened", u"opens", u"commenced"})
            || (isOneOf(word, {u"took", u"takes"}) && next == u"place") || (isOneOf(word, {u"was", u"is"}) && next == u"held")
            || (isOneOf(word, {u"got", u"gets"}) && isOneOf(next, {u"under", u"underway"})) || (isOneOf(word, {u"kicked", u"kicks"}) && next == u"off");
        if (opens) {
            return w;
        }
    }
    return 0;
}

QString deedNoun(const Event &clause);

// What the merge compares of an event's label, worked out once per event rather than once
// per pair of tellings compared.
struct Telling
{
    explicit Telling(const Event &event, const QDate &published = QDate())
        : kind(eventClassOf(event.type))
        , lowerLabel(CaseKeys::lower(event.label))
        , stems(stemmedLabel(event.label))
        , verb(verbStem(event.type))
        , labelSize(event.label.size())
    {
        foldedLabel = CaseKeys::isAscii(event.label) ? lowerLabel : event.label.toCaseFolded();
        happening = kind != EventClass::None ? kind : happeningOfClause(verb);
        opening = kind != EventClass::None ? 0 : happeningOpeningAt(lowerLabel);
        deed = kind != EventClass::None ? QString() : deedNoun(event);
        // (Only dated tellings are filed or compared as listed deeds.)
        if (kind == EventClass::None && event.date.isDated()) {
            readDeedWords();
            passive = toldPassively();
        }
        if (!event.date.isDated() && event.status == EventStatus::Happened) {
            toldBy = published;
        }
    }

    EventClass kind;
    EventClass happening; ///< the kind, or for a clause the kind of happening its verb tells
    QString foldedLabel; ///< for comparing labels whatever their case
    QString lowerLabel; ///< CaseKeys::lower() of the label, for index keys
    QString stems; ///< stemmedLabel()
    QString verb; ///< verbStem() of the type
    qsizetype labelSize; ///< as written
    QString deed; ///< for a clause, deedNoun() of it
    qsizetype opening = 0; ///< for a clause, happeningOpeningAt() its label
    /// For a clause whose verb has words after it, where in the stems the verb stands; and
    /// whether only small words stand before it (a list's "Turned 100", "Had entered hospice care").
    qsizetype deedAt = -1;
    bool subjectless = false;
    /// For a dated clause, whether its verb is told in the passive ("Marsh was sentenced").
    bool passive = false;

    /// The stems from the verb on ("turn 100" of "Carter turned 100"), or nothing.
    [[nodiscard]] QStringView deedWords() const { return deedAt >= 0 ? QStringView(stems).sliced(deedAt) : QStringView(); }
    /// For an undated event told as done, the day its article was published: it happened by then.
    QDate toldBy;

private:
    [[nodiscard]] bool toldPassively() const
    {
        QStringView before;
        for (const QStringView word : QStringView(stems).tokenize(u' ')) {
            if (word == verb) {
                return isPassiveAuxiliary(before);
            }
            before = word;
        }
        return false;
    }

    void readDeedWords()
    {
        qsizetype at = 0;
        bool onlySmallWords = true;
        for (const QStringView word : QStringView(stems).tokenize(u' ')) {
            if (word == verb) {
                if (at + word.size() < stems.size()) {
                    deedAt = at;
                    subjectless = onlySmallWords;
                }
                return;
            }
            onlySmallWords = onlySmallWords && isSmallWord(word);
            at += word.size() + 1;
        }
    }
};

// An article cannot tell as done what was still to come after it was written: 1 October's
// "The vote was 55-45" is not the vote expected on 8 November, however alike their labels.
// (A noun told as done is often only named, as "the deadline" is, so a later happening of its
// label may still be the one meant.)
bool toldBeforeIt(const Telling &undated, const Event &dated)
{
    return undated.toldBy.isValid() && dated.status != EventStatus::Happened && dated.date.isDated() && dated.date.earliest > undated.toldBy;
}

// Words said recur: a statement told without its day in an article written more than a month
// after another dated statement of the same person is a new one ("Sinner said in a statement"
// in February, beside his statement of August), whichever of the two is told as a clause. A
// report, an inquiry or an announcement is a thing later articles name again without its day;
// a statement, a speech or a reply seldom is.
bool toldLongAfter(const Telling &undated, const Event &undatedEvent, const Event &dated)
{
    static const QStringList utterances{u"statement"_s, u"speech"_s, u"interview"_s, u"briefing"_s, u"response"_s, u"reply"_s, u"reaction"_s};
    return undated.toldBy.isValid() && dated.date.isDated() && dated.date.latest.isValid() && dated.date.latest.daysTo(undated.toldBy) > 31
        && (utterances.contains(undatedEvent.type) || utterances.contains(dated.type));
}

// Every word of the shorter label stands in the longer one ("Invasion", "Russian invasion").
bool oneLabelWithinTheOther(const Telling &a, const Telling &b)
{
    const QStringView shorter = a.labelSize <= b.labelSize ? a.lowerLabel : b.lowerLabel;
    const QStringView longer = a.labelSize <= b.labelSize ? b.lowerLabel : a.lowerLabel;
    const QList<QStringView> longerWords = longer.split(u' ', Qt::SkipEmptyParts);
    for (const QStringView word : shorter.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (!longerWords.contains(word)) {
            return false;
        }
    }
    return true;
}

bool sameFoldedLabel(const Telling &a, const Telling &b)
{
    return a.foldedLabel == b.foldedLabel;
}

// How many people two events share: none, one or two, which is all the rules ask.
int sharedPeople(const Event &a, const Event &b)
{
    // Called for every pair of candidates: std::find's operator== tells ids of other lengths
    // apart at once, where QStringList::contains() goes through the general comparison.
    int shared = 0;
    for (const QString &id : b.participants) {
        if (std::find(a.participants.cbegin(), a.participants.cend(), id) != a.participants.cend() && ++shared == 2) {
            break;
        }
    }
    return shared;
}

// Whether a day falls in a week told as a week ("that week": 2025-W42).
bool dayWithinWeek(const DateValue &day, const DateValue &week)
{
    return day.granularity == DateValue::Granularity::Day && week.granularity == DateValue::Granularity::Week && day.earliest >= week.earliest
        && day.earliest <= week.latest;
}

// Both tellings name a person, and the same one first.
bool sameFirstPerson(const Event &a, const Event &b)
{
    return !a.participants.isEmpty() && !b.participants.isEmpty() && a.participants.first() == b.participants.first();
}

// One article tells a clause ("Putin called Mr. Trump on Oct. 16"), another names the happening
// ("the Putin–Trump call" that day): one call when both tell it of the same two people; one
// visit when the visitor "came" that day.
bool clauseTellsTheHappening(const Event &clause, const Telling &clauseTelling, const Event &happening, const Telling &happeningTelling)
{
    if (clause.sources.first().article == happening.sources.first().article || clause.participants.isEmpty() || happening.participants.isEmpty()) {
        return false;
    }
    const bool sameDay
        = clause.date.granularity == DateValue::Granularity::Day && (clause.date.iso == happening.date.iso || dayWithinWeek(clause.date, happening.date));
    if (!sameDay) {
        return false;
    }
    if (clauseTelling.happening == happeningTelling.kind) {
        return sharedPeople(clause, happening) >= 2;
    }
    return happening.type == u"visit"_s && tellsArrival(clauseTelling.verb) && sameFirstPerson(clause, happening);
}

// Two tellings of one day, by two articles.
bool sameDayInAnotherArticle(const Event &a, const Event &b)
{
    return a.sources.first().article != b.sources.first().article && a.date.granularity == DateValue::Granularity::Day && a.date.iso == b.date.iso;
}

// A time of day in a named zone as an event's date words give it ("05:27 UTC", "10:15 BST"):
// a minute told the same way by two articles.
bool isClockInZone(const QString &dateText)
{
    const qsizetype blank = dateText.indexOf(u' ');
    if (blank < 4 || blank > 5 || dateText.at(blank - 3) != u':') {
        return false;
    }
    const QStringView zone = QStringView(dateText).sliced(blank + 1);
    return isOneOf(zone, {u"UTC", u"GMT", u"BST", u"CET", u"CEST", u"EDT", u"EST", u"ET", u"PDT", u"PST", u"PT", u"AEST", u"JST", u"IST"});
}

// One deed of a known kind ("withdrew", "reverted") at the same minute of one day in a named
// zone: another article's telling of it in other words.
bool sameDeedAtOneMinute(const Event &a, const Telling &aTelling, const Event &b, const Telling &bTelling)
{
    const Deed deed = deedOf(aTelling.verb);
    return deed != Deed::Unknown && deed == deedOf(bTelling.verb) && sameDayInAnotherArticle(a, b) && isClockInZone(a.dateText) && a.dateText == b.dateText;
}

// "Jury selection" on a day, and "Jury selection began" that day in another article.
bool clauseOpensTheHappening(const Event &clause, const Telling &clauseTelling, const Event &happening, const Telling &happeningTelling)
{
    if (!sameDayInAnotherArticle(clause, happening)) {
        return false;
    }
    const qsizetype opening = clauseTelling.opening;
    const QStringView happeningWords = happeningTelling.lowerLabel;
    return opening > 0 && happeningWords.count(u' ') + 1 == opening && QStringView(clauseTelling.lowerLabel).startsWith(happeningWords)
        && clauseTelling.lowerLabel.at(happeningWords.size()) == u' ';
}

// A word of a label as the merge compares doers: lower case, without a possessive ending.
QString doerWord(QStringView word)
{
    if (word.endsWith(u"'s") || word.endsWith(u"’s")) {
        word.chop(2);
    } else if (word.endsWith(u'\'') || word.endsWith(u'’')) {
        word.chop(1);
    }
    return CaseKeys::lower(word);
}

// Where a clause's verb stands among its label's words (its size when it is not there).
qsizetype verbAt(const Event &clause, const QList<QStringView> &words)
{
    return std::find_if(words.cbegin(), words.cend(), [&clause](QStringView word) { return word.compare(clause.type, Qt::CaseInsensitive) == 0; })
        - words.cbegin();
}

// The noun another article names a clause's deed with: "testified" gives "testimony", and
// the deeds the event finder does not take for happenings of their own give theirs ("Gay
// quit", "Gay stepped down": "Gay's resignation"); empty for other clauses.
QString deedNoun(const Event &clause)
{
    if (const EventWord noun = eventVerb(clause.type); noun.eventClass != EventClass::None) {
        return noun.lemma;
    }
    // A verb (as event types hold it, in lower case), the particle it needs if any ("stepped
    // down", "was sworn in"), and the noun of the deed. Asked for every clause the merge files.
    struct Deed
    {
        QStringView particle;
        QString noun;
    };
    static const QHash<QString, Deed> deeds{{u"quit"_s, {{}, u"resignation"_s}}, {u"quits"_s, {{}, u"resignation"_s}}, {u"indicted"_s, {{}, u"indictment"_s}},
        {u"appointed"_s, {{}, u"appointment"_s}}, {u"evacuated"_s, {{}, u"evacuation"_s}}, {u"inaugurated"_s, {{}, u"inauguration"_s}},
        {u"convicted"_s, {{}, u"verdict"_s}}, {u"shot"_s, {{}, u"shooting"_s}}, {u"stepped"_s, {u"down", u"resignation"_s}},
        {u"steps"_s, {u"down", u"resignation"_s}}, {u"stood"_s, {u"down", u"resignation"_s}}, {u"stands"_s, {u"down", u"resignation"_s}},
        {u"sworn"_s, {u"in", u"inauguration"_s}}, {u"said"_s, {{}, u"statement"_s}}, {u"says"_s, {{}, u"statement"_s}},
        {u"made"_s, {u"landfall", u"landfall"_s}}, {u"makes"_s, {u"landfall", u"landfall"_s}}, {u"came"_s, {u"ashore", u"landfall"_s}},
        {u"comes"_s, {u"ashore", u"landfall"_s}}, {u"convicts"_s, {{}, u"verdict"_s}}, {u"found"_s, {u"guilty", u"verdict"_s}},
        {u"finds"_s, {u"guilty", u"verdict"_s}}};
    const auto deed = deeds.constFind(clause.type);
    if (deed == deeds.cend()) {
        return {};
    }
    if (deed->particle.isEmpty()) {
        return deed->noun;
    }
    // The particle follows the verb, or its object ("found Sam Bankman-Fried guilty").
    const QList<QStringView> words = QStringView(clause.label).split(u' ', Qt::SkipEmptyParts);
    const qsizetype verb = verbAt(clause, words);
    for (qsizetype w = verb + 1; w < std::min(words.size(), verb + 5); ++w) {
        if (words[w].compare(deed->particle, Qt::CaseInsensitive) == 0) {
            return deed->noun;
        }
    }
    return {};
}

// "Supreme Court ruled" and the "US Supreme Court ruling" that day, "Daniels testified" and
// "Daniels' testimony", "Claudine Gay stepped down" and "Gay's resignation": the noun of the
// clause's deed, told of the same doer (named in the other's label, or its first person).
bool clauseNamesTheHappening(const Event &clause, const Telling &clauseTelling, const Event &happening)
{
    if (!sameDayInAnotherArticle(clause, happening) || clauseTelling.deed != happening.type) {
        return false;
    }
    const QList<QStringView> words = QStringView(clause.label).split(u' ', Qt::SkipEmptyParts);
    const qsizetype verb = verbAt(clause, words);
    if (verb == 0 || verb >= words.size()) {
        return false;
    }
    if (sameFirstPerson(clause, happening)) {
        return true;
    }
    QStringList named;
    for (const QStringView word : QStringView(happening.label).tokenize(u' ', Qt::SkipEmptyParts)) {
        named.append(doerWord(word));
    }
    return std::all_of(words.cbegin(), words.cbegin() + verb, [&named](QStringView word) { return named.contains(doerWord(word)); });
}

// "Mangione's arrest" on 9 December and "Mangione was arrested" in December: what befalls a
// person once in a story, told of the same person at dates that agree. Meetings, calls and
// statements recur, and need more.
bool onceToTheSamePerson(const Event &a, const Event &b)
{
    static const std::array<QStringView, 6> once{u"arrest", u"resignation", u"indictment", u"inauguration", u"verdict", u"funeral"};
    if (a.type != b.type || std::find(once.cbegin(), once.cend(), QStringView(a.type)) == once.cend() || !datesOverlap(a.date, b.date)) {
        return false;
    }
    if (!a.participants.isEmpty() && !b.participants.isEmpty()) {
        return sameFirstPerson(a, b);
    }
    // Without casts, the name each label opens with ("Mangione's arrest", "Mangione was arrested").
    const auto namedFirst = [](const QString &label) {
        const QStringView first = clauseSubject(label);
        return !first.isEmpty() && first.front().isUpper() ? doerWord(first) : QString();
    };
    const QString name = namedFirst(a.label);
    return !name.isEmpty() && name == namedFirst(b.label);
}

// "Helene made landfall near Perry" and "Came ashore" that day in another article: two verbs
// of one deed whose noun is a happening told once ("Gay quit", "Gay stepped down"), by the same
// doer or by one the other does not name. Statements recur, and are left to the other rules.
bool sameDeedInOtherWords(const Event &a, const Telling &aTelling, const Event &b, const Telling &bTelling)
{
    const QString &noun = aTelling.deed;
    if (noun.isEmpty() || noun == u"statement"_s || noun != bTelling.deed || !sameDayInAnotherArticle(a, b)) {
        return false;
    }
    // The doer's head word, the last before the verb ("Hurricane Helene" and "Helene" agree;
    // "Hurricane Isaac" does not), or nothing for a bare verb.
    const auto doer = [](const Event &clause) {
        const QList<QStringView> words = QStringView(clause.label).split(u' ', Qt::SkipEmptyParts);
        qsizetype before = std::min(verbAt(clause, words), words.size()) - 1;
        while (before >= 0 && isOneOf(doerWord(words[before]), {u"has", u"have", u"had", u"was", u"were", u"is", u"will", u"would", u"finally", u"then"})) {
            --before;
        }
        return before >= 0 ? doerWord(words[before]) : QString();
    };
    const QString aDoer = doer(a);
    const QString bDoer = doer(b);
    return aDoer.isEmpty() || bDoer.isEmpty() || aDoer == bDoer;
}

// "Buttigieg said on Tuesday" (a statement) and "Buttigieg announced" that day in another
// article: one telling of what the same person said that day.
bool statementOfTheAnnouncement(const Event &clause, const Telling &clauseTelling, const Event &happening)
{
    return sameDayInAnotherArticle(clause, happening) && clauseTelling.deed == u"statement"_s
        && (happening.type == u"statement"_s || happening.type == u"announcement"_s) && sameFirstPerson(clause, happening);
}

// "Zelensky's White House visit" that week and the "Zelensky–Trump meeting" on Friday: the
// visitor's meeting within the week of the visit, in no other place, is part of it.
bool meetingOfTheVisit(const Event &a, const Event &b)
{
    const Event &visit = a.type == u"visit"_s ? a : b;
    const Event &other = a.type == u"visit"_s ? b : a;
    const bool withinWeek
        = dayWithinWeek(other.date, visit.date) || (visit.date.granularity == DateValue::Granularity::Day && visit.date.iso == other.date.iso);
    const bool placesAgree = visit.place.isEmpty() || other.place.isEmpty() || visit.place.compare(other.place, Qt::CaseInsensitive) == 0;
    return visit.type == u"visit"_s && withinWeek && placesAgree && !visit.participants.isEmpty() && other.participants.contains(visit.participants.first());
}

// Happenings a story seldom tells two of on one day; statements and reports recur.
bool isOneOff(EventClass kind)
{
    return kind == EventClass::Meeting || kind == EventClass::Call || kind == EventClass::Agreement || kind == EventClass::Vote || kind == EventClass::Disaster
        || kind == EventClass::Conflict;
}

// A label of several words names its happening ("Geneva talks"); one word ("Statement") only
// its kind.
bool namedInWords(QStringView label)
{
    return label.contains(u' ');
}

// The same happening told by two articles: same kind, no clash of participants, and the same
// day or, failing dates, the same label. Two day dates that differ under one label and cast are
// still one event, and the disagreement is reported.
bool sameEvent(const Event &known, const Telling &knownTelling, const Event &incoming, const Telling &incomingTelling, bool *datesDisagree)
{
    if (toldBeforeIt(knownTelling, incoming) || toldBeforeIt(incomingTelling, known) || toldLongAfter(knownTelling, known, incoming)
        || toldLongAfter(incomingTelling, incoming, known)) {
        return false;
    }
    const EventClass kind = knownTelling.kind;
    const EventClass incomingKind = incomingTelling.kind;
    if ((kind == EventClass::None) != (incomingKind == EventClass::None)) {
        const bool clauseKnown = kind == EventClass::None;
        const Event &clause = clauseKnown ? known : incoming;
        const Telling &clauseTelling = clauseKnown ? knownTelling : incomingTelling;
        const Event &happening = clauseKnown ? incoming : known;
        const Telling &happeningTelling = clauseKnown ? incomingTelling : knownTelling;
        return clauseTellsTheHappening(clause, clauseTelling, happening, happeningTelling)
            || clauseOpensTheHappening(clause, clauseTelling, happening, happeningTelling) || clauseNamesTheHappening(clause, clauseTelling, happening)
            || statementOfTheAnnouncement(clause, clauseTelling, happening);
    }
    if (kind == EventClass::None && incomingKind == EventClass::None) {
        // Clauses ("Driscoll carried the plan", "Driscoll had delivered the original draft"):
        // one happening when the same subject acts on the same day or in the same week.
        const bool sameSpan = known.date.isDated() && known.date.iso == incoming.date.iso
            && (known.date.granularity == DateValue::Granularity::Day || known.date.granularity == DateValue::Granularity::Week);
        const bool bothCast = !known.participants.isEmpty() && !incoming.participants.isEmpty();
        const bool samePerson = sameFirstPerson(known, incoming);
        const bool sameSubject
            = sameSpan && samePerson && clauseSubject(known.label) == clauseSubject(incoming.label) && sameDeed(knownTelling.verb, incomingTelling.verb);
        const bool otherArticle = known.sources.first().article != incoming.sources.first().article;
        // Every rule below needs one day, or a day within the other's month (which one day is
        // too), or for one person's deed within the other's year: a person pleads guilty once,
        // a death toll rises many times a year. Each label is stemmed once for all of them.
        // Each telling names another person first.
        const bool castApart = bothCast && !samePerson;
        if (!castApart && sameDeedAtOneMinute(known, knownTelling, incoming, incomingTelling)) {
            return true;
        }
        if (sameSubject || !sameDateOrWithin(known.date, incoming.date, samePerson)) {
            return sameSubject && otherArticle;
        }
        const QString &knownStems = knownTelling.stems;
        const QString &incomingStems = incomingTelling.stems;
        // The same deed of the same opening words on one day, unless each telling names another
        // person first ("Federal Highway Administration approved $60 million" and "Federal
        // government released $60 million", whatever people the sentences around them name).
        const bool sameUncastDeed = sameSpan && !castApart && sameSubjectSameDeed(knownStems, knownTelling.verb, incomingStems, incomingTelling.verb);
        // "Moscow annexed Crimea" (2014) told by two articles: the same words of the same time
        // are one happening, whoever the sentences around them name, and in any tense.
        // "Biltmore Estate reopened" in November and on 2 November: a month holds the day.
        const bool sameWords = sameFoldedLabel(knownTelling, incomingTelling) || knownStems == incomingStems;
        // "Hurricane Helene made landfall" and "Helene made landfall near Perry": one telling's
        // first three words run unbroken in the other. "Navy suspended the search" and "Coast
        // Guard suspended the search" share three words, but neither opens with them.
        const bool wordsWithin = sameSpan && !castApart && oneTellingWithinTheOther(knownStems, incomingStems);
        // "Kaplan revoked his bail" and "His bail was revoked" that day, of the same person.
        // "Bankman-Fried was sentenced" on 28 March and "Kaplan sentenced Bankman-Fried" in
        // March: the passive's subject is the active's object, named, so each telling names
        // another person first, and the month holds the day.
        bool objectNamed = false;
        const bool otherVoice = bothCast && knownTelling.passive != incomingTelling.passive
            && sameDeedInTheOtherVoice(knownTelling.verb, knownStems, incomingTelling.verb, incomingStems, known.label, incoming.label, &objectNamed)
            && ((sameSpan && !castApart) || objectNamed);
        // A timeline's "He is sentenced" ("Sentenced"), whose "he" it could not name, and
        // "Bankman-Fried was sentenced" that day: the bare verb is the other's deed.
        const auto bareVerb = [](const Event &event, const Telling &telling) { return event.participants.isEmpty() && telling.stems == telling.verb; };
        const bool bareDeed = sameSpan && (bareVerb(known, knownTelling) || bareVerb(incoming, incomingTelling)) && knownTelling.verb == incomingTelling.verb;
        // "Jury selection" and "Jury selection began" that day.
        const bool opens = clauseOpensTheHappening(known, knownTelling, incoming, incomingTelling)
            || clauseOpensTheHappening(incoming, incomingTelling, known, knownTelling);
        const bool otherWords = !castApart && sameDeedInOtherWords(known, knownTelling, incoming, incomingTelling);
        const bool sameObject
            = sameSpan && !castApart && sameDeedToTheSameObject(knownStems, knownTelling.verb, incomingStems, incomingTelling.verb, known.label);
        // A life's dated list ("1962: Won a seat in the state Senate", "Oct. 1, 2024: Turned
        // 100") tells its subject's deeds without the subject: the same deed in the same words
        // of the same time in another article ("Carter turned 100") is it.
        const bool listedDeed = !castApart && (knownTelling.subjectless || incomingTelling.subjectless) && !knownTelling.deedWords().isEmpty()
            && knownTelling.deedWords() == incomingTelling.deedWords();
        return (sameUncastDeed || sameWords || wordsWithin || otherVoice || bareDeed || opens || otherWords || sameObject || listedDeed) && otherArticle;
    }
    if (kind == EventClass::None || kind != incomingKind) {
        return false;
    }
    const bool bothCast = !known.participants.isEmpty() && !incoming.participants.isEmpty();
    const int sharedCast = sharedPeople(known, incoming);
    const bool shareCast = sharedCast > 0;
    const bool sameLabel = sameFoldedLabel(knownTelling, incomingTelling);
    // A label of several words ("Geneva talks", "Gaza ceasefire") names the happening better
    // than casts guessed from the sentences around each telling.
    const bool sameNamedEvent = sameLabel && namedInWords(known.label);
    // Happenings a story seldom tells two of on one day; statements and reports recur.
    const bool oneOff = isOneOff(kind);
    // A cast of one person is whoever the sentence named beside a happening of several: Magill
    // at "the hearing" in one article, Stefanik at it in another. Two such casts do not set
    // apart two tellings of one label and day of a one-off happening; two pairs
    // ("Trump–Zelensky call", "Putin–Xi call") do.
    // A news conference is held as often as statements are made: "Conference" alone, with
    // another person at it, is another day's ("Luna said at a news conference", "Essayli
    // told a news conference" nine months later).
    const bool bareConference = known.type == u"conference"_s && !namedInWords(known.label) && !namedInWords(incoming.label);
    const bool onePersonEach = oneOff && !bareConference && known.participants.size() == 1 && incoming.participants.size() == 1;
    const bool sameLabelAndDayElsewhere = sameLabel && sameDayInAnotherArticle(known, incoming);
    // Nor does the person beside an undated telling ("Cheatle called the shooting a failure")
    // set it apart from the happening another article dates ("The shooting on July 13 wounded
    // Trump"): without a day of its own it can only be the one the story tells.
    const bool sameLabelOneUndatedElsewhere
        = sameLabel && known.date.isDated() != incoming.date.isDated() && known.sources.first().article != incoming.sources.first().article;
    if (bothCast && !shareCast && !sameNamedEvent && !(onePersonEach && (sameLabelAndDayElsewhere || sameLabelOneUndatedElsewhere))) {
        return false;
    }
    // "Transcript on a phone call" and "Witkoff–Ushakov transcript": one kind of thing with
    // two of the same people, told without dates that set them apart.
    if (sharedCast >= 2 && known.type == incoming.type && datesOverlap(known.date, incoming.date)) {
        return true;
    }
    // "19-point revised version" and "19-point revised framework": one numbered document.
    if (kind == EventClass::Document) {
        const QString number = numberOf(known.label);
        if (!number.isEmpty() && number == numberOf(incoming.label) && datesOverlap(known.date, incoming.date)) {
            return true;
        }
    }
    // "talks in Geneva" and "negotiators met in Geneva on Sunday": one meeting in one place,
    // unless the two are dated apart.
    const bool samePlace = !known.place.isEmpty() && known.place.compare(incoming.place, Qt::CaseInsensitive) == 0;
    if (samePlace && kind == EventClass::Meeting && !(bothCast && !shareCast) && datesOverlap(known.date, incoming.date)) {
        return true;
    }
    if (kind == EventClass::Meeting && known.type != incoming.type && meetingOfTheVisit(known, incoming)) {
        return true;
    }
    if (onceToTheSamePerson(known, incoming)) {
        return true;
    }
    const bool bothDays = known.date.granularity == DateValue::Granularity::Day && incoming.date.granularity == DateValue::Granularity::Day;
    if (bothDays && known.date.iso != incoming.date.iso) {
        // Statements and reports recur: a company's preliminary review on 24 July and its
        // root-cause analysis on 6 August are two reports, not one misdated.
        if (kind == EventClass::Report) {
            return false;
        }
        // A one-word label ("Summit") says too little to call two dates a contradiction.
        *datesDisagree = sameLabel && (shareCast || !bothCast) && namedInWords(known.label);
        return *datesDisagree;
    }
    if (bothDays) {
        return sameLabel || shareCast || known.type == incoming.type;
    }
    // "Invasion" on 24 February 2022 and "Russian invasion" in February 2022: one names the
    // other in fewer words, and the dates agree.
    const bool bothDated = known.date.isDated() && incoming.date.isDated();
    // "Biden's visit" on 5 April and "Biden's Key Bridge visit" told without a date: a one-off
    // happening of the same person named in fewer words. Statements and reports recur too
    // often for an undated one to be given another's day.
    const bool oneUndated = known.date.isDated() != incoming.date.isDated();
    // "Election" in 2016 and "Election" on 5 November 2024: one name, two happenings.
    if (bothDated && !datesOverlap(known.date, incoming.date)) {
        return false;
    }
    // A bare noun of a recurring kind ("Briefing", "Interview", "Report", "Statement") told as
    // done without a date names one of the many such happenings of a long story: it joins
    // another article's only through a shared person. "Crash", "Talks" or "Deadline" is the
    // story's own, and a report still expected is the one that came later.
    const bool recurring = kind == EventClass::Report || kind == EventClass::Response || bareConference;
    const bool bothDone = known.status == EventStatus::Happened && incoming.status == EventStatus::Happened;
    const bool bareUndatedNoun = !bothDated && recurring && bothDone && !namedInWords(known.label) && !shareCast;
    return (sameLabel && !bareUndatedNoun)
        || (bothDated && known.type == incoming.type && datesOverlap(known.date, incoming.date) && oneLabelWithinTheOther(knownTelling, incomingTelling))
        || (oneUndated && oneOff && shareCast && known.type == incoming.type && namedInWords(known.label) && namedInWords(incoming.label)
            && oneLabelWithinTheOther(knownTelling, incomingTelling));
}

bool sameLabelAndDay(const Event &a, const Telling &aTelling, const Event &b, const Telling &bTelling)
{
    return a.date.granularity == DateValue::Granularity::Day && a.date.iso == b.date.iso && b.date.granularity == DateValue::Granularity::Day
        && sameFoldedLabel(aTelling, bTelling);
}

// How sure a status is that the event's fate is settled: a telling that it happened outweighs
// any plan or forecast of it, and a calling off outweighs the plan it ends. A fixed order (not
// the newest article's word) keeps the merged story the same whatever order articles come in.
int settledness(EventStatus status)
{
    switch (status) {
    case EventStatus::Happened:
        return 3;
    case EventStatus::CalledOff:
        return 2;
    case EventStatus::Planned:
        return 1;
    case EventStatus::Expected:
        break;
    }
    return 0;
}

void addEventFacts(Event &known, const Event &incoming)
{
    known.sources += incoming.sources;
    if (settledness(incoming.status) > settledness(known.status)) {
        // The telling that settles the event names it as it turned out: "Starliner docked",
        // not the plan's "Starliner scheduled to dock".
        if (incoming.status == EventStatus::Happened) {
            known.label = incoming.label;
        }
        known.status = incoming.status;
    }
    for (const QString &id : incoming.participants) {
        if (!known.participants.contains(id)) {
            known.participants.append(id);
        }
    }
    for (const QString &id : incoming.after) {
        if (!known.after.contains(id) && id != known.id) {
            known.after.append(id);
        }
    }
    if (known.place.isEmpty()) {
        known.place = incoming.place;
    }
    const bool finer = incoming.date.isDated()
        && (!known.date.isDated()
            || (incoming.date.granularity > known.date.granularity && known.date.earliest <= incoming.date.earliest
                && incoming.date.latest <= known.date.latest));
    if (finer) {
        known.date = incoming.date;
        known.dateText = incoming.dateText;
    }
}

// A key EventIndex files events under: a hash of its parts, so that filing an event costs no
// string building. Two different keys of one hash would only add a candidate for sameEvent()
// to judge; with 64-bit hashes of a story's few thousand keys that does not happen.
struct IndexKey
{
    size_t hash = 0;
    bool latestOnly = false; ///< only the latest few events stay under it (EventIndex::add())
    bool filed = true; ///< a story event is filed under it
    bool looked = true; ///< an incoming event looks under it
    /// Keys of one group > 0 are looked under as one list, in the order events joined the
    /// story, as if they were one key.
    int group = 0;
    bool split = false; ///< EventIndex::splitByCast() split it
};

template<typename... Parts>
IndexKey indexKey(const Parts &...parts)
{
    return {qHashMulti(0, parts...)};
}

// Story events by what can make two tellings one event (kind with day, kind with label), so
// that merging many articles stays linear.
struct EventIndex
{
    QHash<size_t, QList<int>> byKey;
    QHash<QString, int> byId;
    QList<Telling> tellings; ///< of each story event, worked out once
    QList<QList<size_t>> splitKeys; ///< of each story event, the keys splitByCast() split

    static QList<IndexKey> keys(const Event &event, const Telling &telling)
    {
        if (telling.kind == EventClass::None) {
            return clauseKeys(event, telling);
        }
        const int kind = int(telling.kind);
        const QStringView iso = event.date.iso;
        QList<IndexKey> result;
        result.reserve(48); // six keys split by a cast of two or three, the cast's pairs
        // A one-word label ("Plan", "Ceasefire") is told by many articles of many casts.
        if (namedInWords(telling.lowerLabel)) {
            result.append(indexKey(kind, u"label", telling.lowerLabel));
        } else {
            splitByCast(result, indexKey(kind, u"label", telling.lowerLabel), event);
            // Two one-person casts of a one-off happening of that label and day (sameEvent()).
            if (!iso.isEmpty()) {
                IndexKey sameDay = labelOnDay(telling, iso);
                sameDay.filed = event.date.granularity == DateValue::Granularity::Day;
                sameDay.looked = !event.participants.isEmpty();
                sameDay.group = result.constLast().group;
                result.append(sameDay);
            }
            // A one-person telling of a one-off happening with a day, and one without
            // (sameEvent()): each looks among the other's kind, whoever their casts name.
            if (isOneOff(telling.kind)) {
                const bool dated = event.date.isDated();
                const bool oneCast = event.participants.size() == 1;
                result.append({labelDatedOrNot(telling, dated).hash, true, true, false});
                result.append({labelDatedOrNot(telling, !dated).hash, false, false, oneCast});
            }
        }
        if (event.date.granularity == DateValue::Granularity::Day || event.date.granularity == DateValue::Granularity::Week) {
            splitByCast(result, indexKey(kind, u"day", iso), event);
            splitByCast(result, weekKey(kind, event.date), event);
        }
        // A day within a month told by another article (oneLabelWithinTheOther()).
        if (event.date.granularity == DateValue::Granularity::Day || event.date.granularity == DateValue::Granularity::Month) {
            splitByCast(result, indexKey(kind, u"month", QStringView(event.type), iso.left(7)), event);
        }
        if (!event.place.isEmpty()) {
            splitByCast(result, indexKey(kind, u"place", CaseKeys::lower(event.place)), event);
        }
        if (const QString number = numberOf(event.label); !number.isEmpty()) {
            splitByCast(result, indexKey(kind, u"number", number), event);
        }
        // The first person of a one-off happening told without a date, or with one: only the
        // latest few such events are kept under this key (EventIndex::add()).
        if (!event.participants.isEmpty()) {
            result.append(indexKey(kind, u"who", QStringView(event.type), QStringView(event.participants.first())));
            result.last().latestOnly = true;
        }
        // Every pair among the first few participants: two shared people can make one event.
        const qsizetype cast = std::min<qsizetype>(event.participants.size(), 4);
        for (qsizetype i = 0; i < cast; ++i) {
            for (qsizetype j = i + 1; j < cast; ++j) {
                const QString &a = std::min(event.participants[i], event.participants[j]);
                const QString &b = std::max(event.participants[i], event.participants[j]);
                result.append(indexKey(kind, u"cast", QStringView(event.type), QStringView(a), QStringView(b)));
            }
        }
        return result;
    }

    // The part of a key's events that a happening of some people can be one with.
    static size_t castPart(size_t key, QStringView who) { return qHashMulti(key, u"of", who); }
    static constexpr QStringView noOne = u"\u0001no one"; // not a person id
    static constexpr QStringView clauses = u"\u0001clauses";

    // Keys of sameDeedInTheOtherVoice() within a month: a passive files its subject, an active
    // clause each of the first four names after its verb. A label's words are its stems'.
    static void addVoiceKeys(QList<IndexKey> &result, const Event &event, const Telling &telling)
    {
        const QStringView month = QStringView(event.date.iso).first(7);
        const auto labelWords = QStringView(event.label).tokenize(u' ', Qt::SkipEmptyParts);
        auto written = labelWords.begin();
        QStringView previous;
        QStringView beforePrevious;
        qsizetype afterVerb = -1;
        for (const QStringView word : QStringView(telling.stems).tokenize(u' ')) {
            if (written == labelWords.end()) {
                return;
            }
            if (afterVerb >= 0) {
                if (++afterVerb > 4) {
                    return;
                }
                if ((*written).front().isUpper()) {
                    result.append(indexKey(u"voice", month, telling.verb, word));
                }
            } else if (word == telling.verb) {
                if (!telling.passive) {
                    afterVerb = 0;
                } else {
                    if (!beforePrevious.isEmpty()) {
                        result.append(indexKey(u"voice", month, telling.verb, beforePrevious));
                    }
                    return;
                }
            }
            beforePrevious = previous;
            previous = word;
            ++written;
        }
    }

    static IndexKey labelOnDay(const Telling &telling, QStringView iso) { return indexKey(int(telling.kind), u"label on", telling.lowerLabel, iso); }
    static IndexKey labelDatedOrNot(const Telling &telling, bool dated) { return indexKey(int(telling.kind), u"label dated", telling.lowerLabel, dated); }

    // A happening's key, split by cast. Two tellings of a happening whose casts share nobody
    // are two events unless they share a label (sameEvent()), and the label's key is looked at
    // first: so a telling with a cast looks under a key only at its people's events, at events
    // of no one, and at clauses. A day's many meetings, or a story's hundred one-word "Plan"s,
    // were each looked through for every incoming one, which grew with the square of the
    // articles. A telling without a cast still looks at all.
    static void splitByCast(QList<IndexKey> &result, IndexKey whole, const Event &event)
    {
        const bool cast = !event.participants.isEmpty();
        const int group = int(result.size()) + 1; // the whole key's place: no other group has it
        whole.looked = !cast;
        whole.split = true;
        result.append(whole);
        for (const QString &person : event.participants) {
            result.append({castPart(whole.hash, person), false, true, true, group});
        }
        result.append({castPart(whole.hash, noOne), false, !cast, cast, group});
        result.append({castPart(whole.hash, clauses), false, false, cast, group});
    }

    // A clause filed under a happening's key is filed under its part for clauses too.
    static void addClausePart(QList<IndexKey> &keys) { keys.append({castPart(keys.constLast().hash, clauses), false, true, false, 0}); }

    // A day and the week it falls in, filed alike, for a visit told for its week
    // (meetingOfTheVisit(), clauseTellsTheHappening()).
    static IndexKey weekKey(int kind, const DateValue &date)
    {
        int year = 0;
        const int week = date.earliest.weekNumber(&year);
        return indexKey(kind, u"week", year, week);
    }

    // A clause joins only one of the same subject, day and first word (sameEvent), and none
    // of these change once the clause is in the story: keying by them keeps each bucket to
    // the few real candidates instead of every clause of that day.
    static QList<IndexKey> clauseKeys(const Event &event, const Telling &telling)
    {
        QList<IndexKey> result;
        const QStringView stems = telling.stems;
        const QStringView iso = event.date.iso;
        if (event.date.isDated()) {
            result.append(indexKey(u"words", iso, stems));
        }
        if (event.date.granularity == DateValue::Granularity::Day || event.date.granularity == DateValue::Granularity::Month) {
            result.append(indexKey(u"words in month", iso.first(7), stems));
        } else if (event.date.granularity == DateValue::Granularity::Week && event.date.earliest.month() == event.date.latest.month()) {
            result.append(indexKey(u"words in month", QStringView(event.date.earliest.toString(u"yyyy-MM")), stems));
        }
        // One person's deed within the year (sameDateOrWithin()): filed under the person too,
        // so that a year's many tellings of common words do not share one long list.
        if (event.date.isDated() && event.date.granularity != DateValue::Granularity::Week && !event.participants.isEmpty()) {
            result.append(indexKey(u"words in year", iso.first(4), QStringView(event.participants.first()), stems));
        }
        const bool dayOrWeek = event.date.granularity == DateValue::Granularity::Day || event.date.granularity == DateValue::Granularity::Week;
        if (dayOrWeek) {
            result.append(indexKey(u"deed", iso, telling.verb)); // a bare verb's telling (sameEvent())
        }
        // A listed deed (sameEvent()): the same words from the verb on, in the same month or
        // year. A telling without its subject looks for any other; two with subjects have the
        // rules above.
        if (const QStringView deedWords = telling.deedWords(); !deedWords.isEmpty() && event.date.isDated()) {
            const bool dayOrMonth = event.date.granularity == DateValue::Granularity::Day || event.date.granularity == DateValue::Granularity::Month;
            if (dayOrMonth || event.date.granularity == DateValue::Granularity::Year) {
                const QStringView time = dayOrMonth ? iso.first(7) : iso.first(4);
                IndexKey told = indexKey(u"deed words", time, deedWords);
                IndexKey listed{told.hash ^ 0x9e3779b97f4a7c15ULL}; // another key of the same words
                told.filed = !telling.subjectless;
                told.looked = listed.filed = telling.subjectless;
                result.append(told);
                result.append(listed);
            }
        }
        if (event.date.granularity == DateValue::Granularity::Day && isClockInZone(event.dateText)) {
            result.append(indexKey(u"minute", iso, QStringView(event.dateText))); // sameDeedAtOneMinute()
        }
        // "Putin called Trump" beside the "Putin–Trump call", "Zelensky came" beside his visit
        // (clauseTellsTheHappening()).
        if (event.date.granularity == DateValue::Granularity::Day && (telling.happening != EventClass::None || tellsArrival(telling.verb))) {
            const int happening = int(telling.happening != EventClass::None ? telling.happening : EventClass::Meeting);
            result.append(indexKey(happening, u"day", iso));
            addClausePart(result);
            result.append(weekKey(happening, event.date));
            addClausePart(result);
        }
        // "Supreme Court ruled" beside the "Supreme Court ruling" that day (clauseNamesTheHappening()).
        if (event.date.granularity == DateValue::Granularity::Day) {
            if (const EventClass named = eventClassOf(telling.deed); named != EventClass::None && named != telling.happening) {
                result.append(indexKey(int(named), u"day", iso));
                addClausePart(result);
            }
        }
        // "Jury selection began" beside "Jury selection" that day (clauseOpensTheHappening()).
        if (event.date.granularity == DateValue::Granularity::Day) {
            if (const qsizetype opening = telling.opening; opening > 0) {
                const QStringView noun = QStringView(telling.lowerLabel).split(u' ', Qt::SkipEmptyParts).at(opening - 1);
                if (const EventClass opened = eventClassOf(noun.toString()); opened != EventClass::None) {
                    result.append(indexKey(int(opened), u"day", iso));
                    addClausePart(result);
                }
            }
        }
        if (dayOrWeek && !stems.isEmpty()) {
            const qsizetype blank = stems.indexOf(u' ');
            result.append(indexKey(u"opening", iso, stems.first(blank < 0 ? stems.size() : blank)));
            // Every run of three words, for oneTellingWithinTheOther().
            const QList<QStringView> words = stems.split(u' ');
            for (qsizetype i = 0; i + shortestTellingWithin <= words.size(); ++i) {
                const qsizetype start = words[i].data() - stems.data();
                const qsizetype end = words[i + shortestTellingWithin - 1].data() - stems.data() + words[i + shortestTellingWithin - 1].size();
                result.append(indexKey(u"run", iso, stems.sliced(start, end - start)));
            }
        }
        if (event.participants.isEmpty()) {
            return result;
        }
        const QStringView subject = event.participants.first();
        result.append(indexKey(u"label", subject, telling.lowerLabel));
        if (dayOrWeek) {
            result.append(indexKey(u"day", subject, iso, clauseSubject(event.label)));
            result.append(indexKey(u"verb", subject, iso, telling.verb)); // sameDeedInTheOtherVoice()
        }
        // The same deed in the other voice within a month (sameDeedInTheOtherVoice()): the
        // passive's subject ("lena marsh wa sentenc") under each name after the active's verb
        // ("kaplan sentenc lena marsh").
        if (event.date.granularity == DateValue::Granularity::Day || event.date.granularity == DateValue::Granularity::Month) {
            addVoiceKeys(result, event, telling);
        }
        return result;
    }

    void add(const Event &event, int index, const Telling &telling, const QList<IndexKey> &eventKeys)
    {
        byId.insert(event.id, index);
        Q_ASSERT(index == tellings.size()); // story events are added in order
        tellings.append(telling);
        QList<size_t> &split = splitKeys.emplace_back();
        for (const IndexKey &key : eventKeys) {
            if (key.split) {
                split.append(key.hash);
            }
        }
        constexpr qsizetype latestOfOnePerson = 8; // a person's hundredth statement is not checked against the other 99
        for (const IndexKey &key : eventKeys) {
            if (!key.filed) {
                continue;
            }
            QList<int> &bucket = byKey[key.hash];
            bucket.append(index);
            if (bucket.size() > latestOfOnePerson && key.latestOnly) {
                bucket.removeFirst();
            }
        }
    }

    // A story event that gained people or a day from another telling is filed under them
    // too, so that splitByCast() finds it wherever looking through all of a key's events would.
    void refile(const Event &event, int index)
    {
        const auto fileOnce = [this, index](size_t key) {
            if (QList<int> &bucket = byKey[key]; !bucket.contains(index)) {
                bucket.append(index);
            }
        };
        for (const size_t whole : std::as_const(splitKeys[index])) {
            for (const QString &person : event.participants) {
                fileOnce(castPart(whole, person));
            }
        }
        const Telling &telling = tellings[index];
        if (telling.kind != EventClass::None && !namedInWords(telling.lowerLabel) && event.date.granularity == DateValue::Granularity::Day) {
            fileOnce(labelOnDay(telling, event.date.iso).hash);
        }
        if (isOneOff(telling.kind) && !namedInWords(telling.lowerLabel) && event.date.isDated()) {
            fileOnce(labelDatedOrNot(telling, true).hash);
        }
    }

    // The story events filed under keys[first] and, for a group, the keys after it of the same
    // group, in the order they joined the story; last is set to the group's last key.
    QList<int> candidates(const QList<IndexKey> &keys, qsizetype first, qsizetype *last) const
    {
        *last = first;
        const int group = keys[first].group;
        if (group == 0) {
            return byKey.value(keys[first].hash);
        }
        QList<int> result;
        for (qsizetype i = first; i < keys.size() && keys[i].group == group; ++i) {
            *last = i;
            if (keys[i].looked) {
                result += byKey.value(keys[i].hash);
            }
        }
        std::sort(result.begin(), result.end());
        result.erase(std::unique(result.begin(), result.end()), result.end());
        return result;
    }
};

// Adds one article's events to the story, merging those it already holds; eventIds maps the
// article's local ids to story ids (quotes and "after" lists use it).
void mergeArticleEvents(StoryGraph &story, const StoryGraph &local, QHash<QString, QString> &eventIds, const QHash<QString, QString> &personIds,
    const QHash<QString, QString> &articleIds, qsizetype &eventCount, EventIndex &index)
{
    QList<Event> incoming = local.events;
    QList<Telling> incomingTellings;
    QList<QList<IndexKey>> incomingKeys; // after renumbering: clause keys hold story person ids
    incomingTellings.reserve(incoming.size());
    incomingKeys.reserve(incoming.size());
    QHash<QString, QDate> published;
    for (const Article &article : local.articles) {
        published.insert(article.id, article.published);
    }
    for (Event &event : incoming) {
        event.participants = renumberedAll(personIds, event.participants);
        incomingTellings.append(Telling(event, event.sources.isEmpty() ? QDate() : published.value(event.sources.first().article)));
        incomingKeys.append(EventIndex::keys(event, incomingTellings.constLast()));
        event.quotes.clear(); // rebuilt from the quotes once all are renumbered
        for (SourceSpan &source : event.sources) {
            source.article = articleIds.value(source.article, source.article);
        }
    }
    // The article's own coreference kept its events apart; the story must not join them, so
    // a story event takes one of them only. The exception is a telling under the story event's
    // own label and day: the article's "Witkoff–Ushakov call" on October 14 joins the story's
    // even when a looser telling of that day ("Witkoff–Trump call") had joined it first.
    QSet<int> joined;
    QList<int> matches(incoming.size(), -1);
    for (qsizetype e = 0; e < incoming.size(); ++e) {
        const Event &event = incoming[e];
        const QList<IndexKey> &keys = incomingKeys[e];
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (!keys[i].looked && keys[i].group == 0) {
                continue;
            }
            const QList<int> bucket = index.candidates(keys, i, &i);
            for (const int k : bucket) {
                const Event &known = story.events[k];
                const Telling &knownTelling = index.tellings[k];
                if (joined.contains(k) && !sameLabelAndDay(known, knownTelling, event, incomingTellings[e])) {
                    continue;
                }
                bool datesDisagree = false;
                if (sameEvent(known, knownTelling, event, incomingTellings[e], &datesDisagree)) {
                    joined.insert(k);
                    matches[e] = k;
                    if (datesDisagree) {
                        story.problems.append(u"The articles disagree on the date of “%1”: %2 and %3."_s.arg(known.label, known.date.iso, event.date.iso));
                    }
                    break;
                }
            }
            if (matches[e] >= 0) {
                break;
            }
        }
    }
    for (qsizetype e = 0; e < incoming.size(); ++e) {
        if (matches[e] >= 0) {
            eventIds.insert(incoming[e].id, story.events[matches[e]].id);
        } else {
            renumbered(eventIds, incoming[e].id, u"e"_s, eventCount);
        }
    }
    for (qsizetype e = 0; e < incoming.size(); ++e) {
        Event &event = incoming[e];
        const QString storyId = eventIds.value(event.id);
        event.after = renumberedAll(eventIds, event.after);
        event.after.removeAll(storyId);
        event.id = storyId;
        if (const auto known = index.byId.constFind(storyId); known != index.byId.cend()) {
            addEventFacts(story.events[*known], event);
            index.refile(story.events[*known], *known);
        } else {
            index.add(event, int(story.events.size()), incomingTellings[e], incomingKeys[e]);
            story.events.append(event);
        }
    }
}

void collectEventQuotes(StoryGraph &story)
{
    QHash<QString, qsizetype> index;
    for (qsizetype e = 0; e < story.events.size(); ++e) {
        story.events[e].quotes.clear();
        index.insert(story.events[e].id, e);
    }
    for (const Quote &quote : std::as_const(story.quotes)) {
        if (const auto it = index.constFind(quote.event); it != index.cend()) {
            story.events[*it].quotes.append(quote.id);
        }
    }
}
} // namespace

// Everything the merge remembers between articles.
struct StoryMerger::State
{
    StoryGraph story;
    qsizetype articleCount = 0, personCount = 0, entityCount = 0, quoteCount = 0, eventCount = 0;
    PersonMatcher personMatcher;
    QHash<QString, int> entityByName; // kind + lower-case name → story entity
    QHash<QString, int> quoteByWords; // speaker + normalised words → story quote
    EventIndex eventIndex;
};

StoryMerger::StoryMerger()
    : m_state(std::make_unique<State>())
{
}

StoryMerger::~StoryMerger() = default;

void StoryMerger::add(const StoryGraph &local)
{
    State &state = *m_state;
    StoryGraph &story = state.story;
    QHash<QString, QString> articleIds, personIds, entityIds, quoteIds, eventIds;
    for (Article article : local.articles) {
        article.id = renumbered(articleIds, article.id, u"a"_s, state.articleCount);
        story.articles.append(article);
    }
    const auto span = [&articleIds](SourceSpan s) {
        s.article = articleIds.value(s.article, s.article);
        return s;
    };
    for (const Person &person : local.people) {
        Person copy = person;
        for (SourceSpan &mention : copy.mentions) {
            mention = span(mention);
        }
        // The same person across articles: spelling variants, surname and full name.
        if (const int same = state.personMatcher.match(copy); same >= 0) {
            Person &known = story.people[same];
            personIds.insert(person.id, known.id);
            state.personMatcher.absorb(same, known, copy);
            state.personMatcher.add(same, known);
            continue;
        }
        copy.id = renumbered(personIds, person.id, u"p"_s, state.personCount);
        state.personMatcher.add(int(story.people.size()), copy);
        story.people.append(copy);
    }
    for (Entity entity : local.entities) {
        for (SourceSpan &mention : entity.mentions) {
            mention = span(mention);
        }
        const QString entityKey = QString::number(int(entity.kind)) + CaseKeys::lower(entity.name);
        if (const auto same = state.entityByName.constFind(entityKey); same != state.entityByName.cend()) {
            Entity &known = story.entities[*same];
            entityIds.insert(entity.id, known.id);
            known.mentions += entity.mentions;
            for (const QString &alias : std::as_const(entity.aliases)) {
                if (!known.aliases.contains(alias, Qt::CaseInsensitive)) {
                    known.aliases.append(alias);
                }
            }
            continue;
        }
        entity.id = renumbered(entityIds, entity.id, QString(entity.idPrefix()), state.entityCount);
        state.entityByName.insert(entityKey, int(story.entities.size()));
        story.entities.append(entity);
    }
    mergeArticleEvents(story, local, eventIds, personIds, articleIds, state.eventCount, state.eventIndex);
    for (Quote quote : local.quotes) {
        // A speaker is a person or, for "the ministry said", an organisation.
        quote.speaker = personIds.value(quote.speaker, entityIds.value(quote.speaker));
        // The same words reported by another article are one quote with a second source.
        const QString wordsKey = quote.speaker + u'|' + QString::number(int(quote.kind)) + u'|' + comparableWords(quote.text);
        if (const auto same = state.quoteByWords.constFind(wordsKey); same != state.quoteByWords.cend() && quote.kind != Quote::Kind::Indirect) {
            Quote &known = story.quotes[*same];
            quoteIds.insert(quote.id, known.id);
            known.echoes.append(span(quote.span));
            continue;
        }
        quote.id = renumbered(quoteIds, quote.id, u"q"_s, state.quoteCount);
        state.quoteByWords.insert(wordsKey, int(story.quotes.size()));
        quote.addressee = personIds.value(quote.addressee);
        quote.event = eventIds.value(quote.event);
        quote.span = span(quote.span);
        quote.cue = span(quote.cue);
        story.quotes.append(quote);
    }
    for (TimeExpression time : local.times) {
        time.span = span(time.span);
        story.times.append(time);
    }
    story.problems += local.problems;
}

StoryGraph StoryMerger::finish()
{
    StoryGraph story = std::move(m_state->story);
    m_state = std::make_unique<State>();
    foldCompaniesTakenForPeople(story);
    foldGivenNamesIntoFullNames(story);
    collectEventQuotes(story);
    Chronology().rank(story);
    return story;
}

StoryGraph mergeStories(const QList<StoryGraph> &articleGraphs)
{
    StoryMerger merger;
    for (const StoryGraph &local : articleGraphs) {
        merger.add(local);
    }
    return merger.finish();
}

} // namespace Sourceline
