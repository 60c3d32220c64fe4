// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventlabels.h"

#include "eventcoreference.h"
#include "eventlexicon.h"
#include "wordmatch.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
// A text's first word: what QString::section(u' ', 0, 0) gives, without building a string.
QStringView firstWordOf(QStringView text)
{
    const qsizetype space = text.indexOf(u' ');
    return space < 0 ? text : text.left(space);
}

// "was", "had", "will": an auxiliary may open a clause label or close the subject before it.
bool isClauseAuxiliary(QStringView word)
{
    return isOneOf(word, {u"was", u"were", u"is", u"are", u"had", u"has", u"have", u"will", u"would"});
}

QStringView lastWordOf(QStringView phrase)
{
    const qsizetype space = phrase.lastIndexOf(u' ');
    return space < 0 ? phrase : phrase.sliced(space + 1);
}

// "Gary Wang and Nishad Singh, who also cooperated, are due": the first two people named,
// joined by "and", the first taking part, as "Wang and Singh"; empty otherwise.
QString pairNamedFirst(const QList<EventPeople::Found> &named, const QStringList &participants, const QString &text, const EventPeople &people)
{
    if (named.isEmpty() || !participants.contains(named[0].id)) {
        return {};
    }
    // (One name may be found twice, by two of its written forms: "Steve Witkoff", "Witkoff".)
    const auto second = std::find_if(named.cbegin() + 1, named.cend(), [&named](const EventPeople::Found &f) { return f.id != named[0].id; });
    if (second == named.cend() || second->range.start < named[0].range.end) {
        return {};
    }
    const QStringView between = QStringView(text).mid(named[0].range.end, second->range.start - named[0].range.end).trimmed();
    // ("A second call, between Ushakov and Kirill Dmitriev, was dated": a pair after a
    // preposition is no subject.)
    const QStringView before = QStringView(text).left(named[0].range.start).trimmed();
    const QStringView wordBefore = lastWordOf(before);
    const bool governed = isOneOf(wordBefore, {u"between", u"with", u"among", u"of", u"to", u"by", u"for", u"from", u"against", u"and"});
    return between == u"and" && !governed ? people.shortName(named[0].id) + u" and "_s + people.shortName(second->id) : QString();
}

// The plain noun phrase a sentence opens with ("The expansion", "Port workers"), up to three
// words before a comma or a verb, or empty: pronouns, names (the people stage's business) and
// openings such as "On Friday," or "After the vote" are no subject here.
QString sentenceSubject(const TextAnalysis &text, const QList<ScannedWord> &words, int position)
{
    const int s = text.sentenceAt(position);
    if (s < 0) {
        return {};
    }
    const TextRange sentence = text.sentences[s].range;
    int k = wordIndexAt(words, sentence.start);
    if (k >= words.size() || words[k].range.start >= position) {
        return {};
    }
    int opener = k; // the word that opens the sentence's words: capitalised as any opening word
    const auto wordAt = [&](int i) { return text.textOf(words[i].range); };
    // "BALTIMORE (AP) — A container ship ...": the dateline is not the sentence's subject.
    if (const QStringView opening = wordAt(k); opening.size() > 1 && opening.toString().toUpper() == opening && words[k].kind == ScannedWord::Kind::Letters) {
        for (int d = k + 1; d < words.size() && d < k + 10 && words[d].range.start < position; ++d) {
            const QStringView w = wordAt(d);
            if (words[d].kind == ScannedWord::Kind::Punctuation && (w == u"\u2014" || w == u"\u2013" || w == u"-") && words[d].spaceBefore) {
                k = d + 1;
                opener = k;
                break;
            }
        }
        if (k >= words.size() || words[k].range.start >= position) {
            return {};
        }
    }
    // "Jan. 20, 1977: Sworn in as president": a dated list's entry leaves out the subject it is
    // about; its date ("Jan", "Oct") is none.
    for (int d = k + 1; d < words.size() && d < k + 8 && words[d].range.start < position; ++d) {
        if (wordAt(d) == u":" && words[d - 1].kind == ScannedWord::Kind::Digits && d + 1 < words.size() && words[d + 1].spaceBefore) {
            return {};
        }
    }
    // "On March 26, the Dali lost power and struck a pier": an opening phrase of time or place
    // before a comma is not the subject.
    if (isOneOf(wordAt(k),
            {u"on", u"in", u"at", u"by", u"after", u"before", u"since", u"early", u"late", u"later", u"earlier", u"last", u"during", u"across", u"inside",
                u"outside", u"near", u"along", u"behind", u"around", u"throughout"})) {
        // "On March 26," "In 2019,": a date or a name, not "In its complaint,"; a phrase of place
        // ("Across the harbor,") is never the subject.
        bool named = isOneOf(wordAt(k), {u"across", u"inside", u"outside", u"near", u"along", u"behind", u"around", u"throughout"});
        for (int d = k + 1; d < words.size() && d < k + 7 && words[d].range.start < position; ++d) {
            named = named || words[d].kind == ScannedWord::Kind::Digits || words[d].capitalised;
            if (named && words[d].kind == ScannedWord::Kind::Punctuation && wordAt(d) == u",") {
                k = d + 1;
                opener = k;
                break;
            }
        }
        if (k >= words.size() || words[k].range.start >= position) {
            return {};
        }
    }
    if (isOneOf(wordAt(k), {u"the", u"a", u"an", u"this", u"that", u"its", u"their"})) {
        ++k;
    }
    QStringList phrase;
    // "The Fort McHenry Federal Channel, the main route into the port, returned": a name after
    // "the" is the subject as much as a common noun is.
    const bool name = k != opener && k < words.size() && words[k].capitalised;
    for (; k < words.size() && words[k].range.start < position && phrase.size() <= (name ? 4 : 3); ++k) {
        const QStringView w = wordAt(k);
        if (words[k].kind != ScannedWord::Kind::Letters || words[k].capitalised != (name || (phrase.isEmpty() && k == opener))) {
            break;
        }
        // "The factory was expected": the phrase ends where its verb begins.
        if (!phrase.isEmpty() && (isClauseAuxiliary(w) || looksPastTense(w))) {
            break;
        }
        phrase.append(w.toString());
    }
    // "The Coast Guard in Boston took charge": a name may end at the place it is in.
    const bool placed = name && k + 1 < words.size() && isOneOf(wordAt(k), {u"in", u"at"}) && words[k + 1].capitalised;
    const bool ends = k < words.size()
        && (words[k].kind == ScannedWord::Kind::Punctuation || looksPastTense(wordAt(k)) || isClauseAuxiliary(wordAt(k)) || placed
            || isOneOf(wordAt(k), {u"says", u"said"})
            || (k + 1 < words.size() && isOneOf(wordAt(k), {u"later", u"also", u"then", u"again"}) && isOneOf(wordAt(k + 1), {u"says", u"said"})));
    // "What followed was ...", "Which ...": a pronoun names nobody; "The U.S. Coast Guard":
    // a letter of an initialism is no name.
    const bool initialism = k < words.size() && wordAt(k) == u"." && k + 1 < words.size() && !words[k + 1].spaceBefore;
    if (phrase.isEmpty() || phrase.size() > (name ? 4 : 3) || !ends || initialism
        || isOneOf(phrase.first(),
            {u"it", u"he", u"she", u"they", u"we", u"i", u"you", u"there", u"what", u"which", u"who", u"whoever", u"whatever", u"this", u"these", u"those"})) {
        return {};
    }
    // "In its complaint, filed on Sept. 18,": the noun the participle tells of, without "In its".
    if (phrase.size() > 1 && isOneOf(phrase.first(), {u"in", u"on", u"at", u"by", u"after", u"before", u"during"})) {
        phrase.removeFirst();
        if (phrase.size() > 1 && isOneOf(phrase.first(), {u"the", u"a", u"an", u"its", u"their", u"his", u"her", u"this", u"that"})) {
            phrase.removeFirst();
        }
    }
    QString subject = phrase.join(u' ');
    subject[0] = subject[0].toUpper();
    return subject;
}
} // namespace

// Whether a speech verb stands between the start of its sentence and word `at`.
bool saidBefore(const TextAnalysis &text, const QList<ScannedWord> &words, int at)
{
    const int s = text.sentenceAt(words[at].range.start);
    if (s < 0) {
        return false;
    }
    for (int k = wordIndexAt(words, text.sentences[s].range.start); k < at; ++k) {
        if (isOneOf(text.textOf(words[k].range), {u"said", u"says", u"told", u"announced", u"reported"})) {
            return true;
        }
    }
    return false;
}

// "The oxygen the Titan carried when it set off": the named thing ("the Titan", "the Polar
// Prince") nearest before word `at` in its sentence, which "it" stands for; empty when none.
QString namedThingBefore(const TextAnalysis &text, const QList<ScannedWord> &words, int at)
{
    const int s = text.sentenceAt(words[at].range.start);
    if (s < 0) {
        return {};
    }
    const int first = wordIndexAt(words, text.sentences[s].range.start);
    for (int k = at - 1; k > first; --k) {
        if (!words[k].capitalised || words[k].kind != ScannedWord::Kind::Letters) {
            continue;
        }
        int start = k;
        while (start > first && words[start - 1].capitalised && words[start - 1].kind == ScannedWord::Kind::Letters) {
            --start;
        }
        if (start > first && equalsLower(text.textOf(words[start - 1].range), u"the")) {
            return text.text.mid(words[start].range.start, words[k].range.end - words[start].range.start);
        }
        return {};
    }
    return {};
}

// "She moved to Scotland in 1966" gives the clause "Moved": the person of its sentence is who
// moved, so the label says so ("Halloran moved").
namespace {
// "It was first reported by Bloomberg News on Tuesday": the capitalised agent of a passive
// publishing verb, or empty. "was reported by officials" names no outlet.
QString passiveAgent(const TextAnalysis &text, const QList<ScannedWord> &words, int head)
{
    const auto at = [&](int k) { return k >= 0 && k < words.size() ? text.textOf(words[k].range) : QStringView(); };
    int k = head - 1;
    if (isOneOf(at(k), {u"first", u"initially", u"also", u"originally"})) {
        --k;
    }
    if (!isOneOf(at(k), {u"was", u"were", u"is", u"are", u"been"}) || !equalsLower(at(head + 1), u"by")) {
        return {};
    }
    int first = head + 2;
    if (equalsLower(at(first), u"the") && first + 1 < words.size() && words[first + 1].capitalised) {
        ++first;
    }
    int end = first;
    while (end < words.size() && end < first + 5 && words[end].kind == ScannedWord::Kind::Letters && words[end].capitalised) {
        ++end;
    }
    if (end == first) {
        return {};
    }
    return text.text.mid(words[first].range.start, words[end - 1].range.end - words[first].range.start);
}
} // namespace

void EventLabels::nameSubjectlessClauses(
    QList<Event> &events, const QList<EventMention> &mentions, const TextAnalysis &text, const QList<ScannedWord> &words, const EventPeople &people)
{
    for (const EventMention &m : mentions) {
        // ("Sentencing set for Feb. 19" names the thing set; the setter is no subject of it.)
        if (m.event < 0 || m.clauseLabel.isEmpty() || m.headWord < 0 || m.insideQuote || (m.planned && !m.verb)) {
            continue;
        }
        Event &event = events[m.event];
        // "Told" or "Remarks to reporters": a statement whose speaker the clause did not name.
        const bool toldBare = (m.clauseLabel.startsWith(event.label) && !event.label.contains(u' ')) || event.label.startsWith(u"Remarks to "_s)
            || event.label.startsWith(u"Question to "_s);
        if (event.label != m.clauseLabel && !toldBare) {
            continue;
        }
        // The clause starts at its verb when no subject was found before it; "Witkoff would
        // travel" and "senior advisers would meet" have theirs.
        const QStringView first = firstWordOf(m.clauseLabel);
        const QStringView atStart = firstWordOf(text.textOf(m.range));
        const QStringView verb = m.headWord < words.size() ? text.textOf(words[m.headWord].range) : QStringView();
        if (event.label == m.clauseLabel && isOneOf(verb, {u"reported", u"published", u"broadcast", u"aired"})) {
            if (const QString agent = passiveAgent(text, words, m.headWord); !agent.isEmpty()) {
                event.label = agent + u" report"_s;
                continue;
            }
        }
        // "Was meant", "Had been informed": an auxiliary may open the clause instead of its verb.
        const bool auxiliaryFirst = isClauseAuxiliary(first);
        // "Trump defended his envoy. ... he told reporters on Tuesday": "he" or "she" opening
        // the clause is the person the paragraph last told of as its sentence's first name.
        // ("when he was arraigned": so is "he" before an auxiliary.)
        if (isOneOf(atStart, {u"he", u"she"}) && (first.compare(verb, Qt::CaseInsensitive) == 0 || auxiliaryFirst) && event.participants.isEmpty()) {
            const int s = text.sentenceAt(m.range.start);
            const int paragraph = s >= 0 ? text.sentences[s].paragraph : -1;
            QString who;
            for (int b = s; b >= 0 && b > s - 4 && text.sentences[b].paragraph == paragraph && who.isEmpty(); --b) {
                const TextRange range{text.sentences[b].range.start, b == s ? m.range.start : text.sentences[b].range.end};
                if (const QList<EventPeople::Found> found = people.inRange(range); !found.isEmpty()) {
                    who = found.first().id;
                    // "Necheles accused Daniels of lying; Daniels said she had told the truth": the
                    // last person told as doing something, not the first named.
                    for (const EventPeople::Found &f : found) {
                        const int after = wordIndexAt(words, f.range.end);
                        const int next = after >= 0 && after < words.size() && words[after].range.start < f.range.end ? after + 1 : after;
                        if (next >= 0 && next < words.size() && words[next].kind == ScannedWord::Kind::Letters) {
                            const QStringView verb = text.textOf(words[next].range);
                            if (looksPastTense(verb) || isOneOf(verb, {u"says", u"told", u"said", u"tells"})) {
                                who = f.id;
                            }
                        }
                    }
                }
            }
            if (!who.isEmpty()) {
                QString label = m.clauseLabel;
                label[0] = label[0].toLower();
                event.participants.append(who);
                event.label = people.shortName(who) + u' ' + label;
            }
            continue;
        }
        if (event.label != m.clauseLabel) {
            continue;
        }
        // "The factory was expected to employ 1,800 people when it opened": "it" in a clause
        // joined to its sentence is the thing that sentence opened with.
        // "The Coast Guard took charge after it was alerted", "The Navy says it heard a sound".
        if (isOneOf(atStart, {u"it", u"they"}) && (first.compare(verb, Qt::CaseInsensitive) == 0 || auxiliaryFirst) && event.participants.isEmpty()) {
            const int at = wordIndexAt(words, m.range.start);
            // ("The mayor says it rained": a weather "it" is nobody.)
            const bool saysIt = at > 0 && isOneOf(text.textOf(words[at - 1].range), {u"says", u"said"})
                && !isOneOf(verb, {u"emerged", u"appeared", u"seemed", u"rained", u"snowed", u"happened", u"took", u"came", u"remained", u"began", u"turned"});
            if (at > 0
                && (saysIt
                    || isOneOf(text.textOf(words[at - 1].range), {u"when", u"after", u"before", u"until", u"once", u"as", u"because", u"since", u"and"}))) {
                const bool it = atStart.compare(u"it"_s, Qt::CaseInsensitive) == 0;
                QString subject = sentenceSubject(text, words, m.range.start);
                // "Officials said the bridge collapsed after it was struck", "Smith left before
                // it rained": "it" is no person, no plural, and not who said the clause it is in.
                const QStringView last = lastWordOf(subject);
                const bool unfit = it && !subject.isEmpty()
                    && (!people.named(last).isEmpty() || (last.endsWith(u's') && !last.endsWith(u"ss")) || (!saysIt && saidBefore(text, words, at))
                        || isOneOf(verb, {u"rained", u"snowed", u"happened", u"seemed", u"appeared", u"emerged"}));
                if (unfit) {
                    subject.clear();
                }
                if (subject.isEmpty() && it && !isOneOf(verb, {u"rained", u"snowed", u"happened", u"seemed", u"appeared", u"emerged"})) {
                    subject = namedThingBefore(text, words, at);
                }
                if (!subject.isEmpty()) {
                    QString label = m.clauseLabel;
                    label[0] = label[0].toLower();
                    event.label = subject + u' ' + label;
                }
            } else if (atStart.compare(u"it"_s, Qt::CaseInsensitive) == 0
                && !isOneOf(
                    verb, {u"emerged", u"appeared", u"seemed", u"rained", u"snowed", u"happened", u"took", u"came", u"remained", u"began", u"turned"})) {
                // "The Dali was being loaded. Shortly before 1 a.m. it pulled away": "it" opening
                // the main clause, after no more than a phrase of time, is what the sentence
                // before was about.
                const int s = text.sentenceAt(m.range.start);
                const bool opens = s > 0 && text.sentences[s - 1].paragraph == text.sentences[s].paragraph
                    && at - wordIndexAt(words, text.sentences[s].range.start) <= 10
                    && std::none_of(words.cbegin() + wordIndexAt(words, text.sentences[s].range.start), words.cbegin() + at, [&text](const ScannedWord &w) {
                           return isOneOf(text.textOf(w.range), {u"that", u"which", u"who", u"and", u"but", u"said", u"says", u"if", u"when"});
                       });
                if (opens) {
                    if (const QString subject = sentenceSubject(text, words, text.sentences[s - 1].range.end - 1); !subject.isEmpty()) {
                        QString label = m.clauseLabel;
                        label[0] = label[0].toLower();
                        event.label = subject + u' ' + label;
                    }
                }
            }
            continue;
        }
        // "Lopez, was recovered", "Andriy Yermak, is expected": the told range may start at the
        // verb after its auxiliaries.
        int clauseStart = m.range.start;
        if (atStart.compare(verb, Qt::CaseInsensitive) == 0) {
            for (int k = m.headWord - 1; k >= 0 && isClauseAuxiliary(text.textOf(words[k].range)); --k) {
                clauseStart = words[k].range.start;
            }
        }
        if ((first.compare(atStart, Qt::CaseInsensitive) != 0 && clauseStart == m.range.start)
            || (first.compare(verb, Qt::CaseInsensitive) != 0 && !auxiliaryFirst) || first.isEmpty() || clauseStart == 0) {
            continue;
        }
        QString label = m.clauseLabel;
        label[0] = label[0].toLower();
        // "Her best-known work, the Carran Bridge, opened in June 1979": the name in apposition
        // just before the verb is what opened.
        static const QRegularExpression apposition(u"(?:^|[,(]\\s*)(?:the\\s+)?((?:[A-Z][\\w'’-]*)(?:\\s+(?:of\\s+)?[A-Z][\\w'’-]*){0,4})\\s*,\\s*$"_s);
        const QStringView before = QStringView(text.text).mid(std::max(0, clauseStart - 80), std::min(80, clauseStart));
        const QRegularExpressionMatch name = apposition.matchView(before);
        // "A ship lost power and slammed into the Francis Scott Key Bridge": a person named only
        // after the verb is no subject of it.
        // A participle opening the sentence is the exception: its subject follows the comma
        // ("Born in Cork in 1941, Halloran studied engineering").
        bool namedBefore = false;
        QString pair; // "Wang and Singh" of "Gary Wang and Nishad Singh, who also cooperated, are due"
        if (const int s = text.sentenceAt(m.range.start); s >= 0 && !event.participants.isEmpty()) {
            namedBefore = m.range.start == text.sentences[s].range.start;
            const QList<EventPeople::Found> before = people.inRange(TextRange{text.sentences[s].range.start, m.range.start});
            for (const EventPeople::Found &found : before) {
                namedBefore = namedBefore || event.participants.contains(found.id);
            }
            pair = pairNamedFirst(before, event.participants, text.text, people);
        }
        if (!event.participants.isEmpty() && namedBefore) {
            // "President Trump's special envoy, Steve Witkoff, advised": the person in apposition
            // acted, not the possessor named first.
            QString who = event.participants.first();
            if (name.hasMatch()) {
                const QString named = people.named(name.capturedView(1).split(u' ').last());
                who = event.participants.contains(named) ? named : who;
            }
            event.label = (pair.isEmpty() || name.hasMatch() ? people.shortName(who) : pair) + u' ' + label;
            continue;
        }
        if (name.hasMatch()) {
            event.label = name.captured(1) + u' ' + label;
            continue;
        }
        // "Hama followed on Thursday, and Homs, the country's third-largest city, was captured":
        // a name before a described apposition is what the verb after it tells of, not the
        // sentence's first noun phrase.
        static const QRegularExpression described(
            u"(?:^|,\\s*|\\band\\s+)(?:[Tt]he\\s+)?((?:[A-Z][\\w'’-]*)(?:\\s+[A-Z][\\w'’-]*){0,3})\\s*,\\s*(?:the|a|an)\\s[^,.;:]{1,60},\\s*$"_s);
        if (const QRegularExpressionMatch describedName = described.matchView(before); describedName.hasMatch()) {
            event.label = describedName.captured(1) + u' ' + label;
            continue;
        }
        // "The expansion, first approved in 2019, was meant to open in late 2026": the noun phrase
        // that opens the sentence is what the clause is about.
        if (const QString subject = sentenceSubject(text, words, clauseStart); !subject.isEmpty()) {
            event.label = subject + u' ' + label;
        }
    }
}

// "Dmitry Peskov, the Kremlin spokesman, told reporters on Monday": the clause lost its subject
// to the apposition; the person named in its sentence made the statement.
void EventLabels::nameStatementsBySpeaker(QList<Event> &events, const EventPeople &people)
{
    static const QRegularExpression speechFirst(u"^(?:Told|Tells|Asked|Asks|Said|Says|Warned|Statement|Warning|Remarks to|Question to)\\b"_s);
    for (Event &event : events) {
        // Only the capitals that open the expression's words let it run.
        if (event.participants.isEmpty() || event.label.isEmpty() || !QStringView(u"TASWRQ").contains(event.label.front())
            || !speechFirst.match(event.label).hasMatch()) {
            continue;
        }
        QString label = event.label;
        label[0] = label[0].toLower();
        // "Remarks to reporters" was said by the person of its sentence.
        static const QRegularExpression occasion(u"^(remarks|question) to "_s);
        label.replace(occasion, label.startsWith(u"question"_s) ? u"asked "_s : u"told "_s);
        if (const QString named = EventCoreference::statementLabel(label, {people.shortName(event.participants.first())}); !named.isEmpty()) {
            event.label = named;
        }
    }
}

namespace {
// "Army Secretary Dan Driscoll carried the plan": the subject's titles and first names go, the
// label keeps the short name. Empty when the label opens with no person before its verb.
QString withShortSubject(const QString &label, const EventPeople &people)
{
    // Views into the label: no string is built for a label that keeps its subject. Only its
    // first seven words are read, as QStringView::split(u' ') would cut them.
    constexpr int read = 7;
    QStringView words[read];
    int count = 0;
    for (QStringView rest = label; count < read;) {
        const qsizetype space = rest.indexOf(u' ');
        if (space < 0) {
            words[count++] = rest;
            break;
        }
        words[count++] = rest.left(space);
        rest = rest.sliced(space + 1);
    }
    int verb = -1;
    for (int i = 1; i < count && i <= 6; ++i) {
        const QStringView w = words[i];
        // "Dan Driscoll presents the plan": a present tense after a known person's name.
        const auto present = [&] { return w.size() > 3 && w.endsWith(u's') && !w.endsWith(u"ss") && !people.named(words[i - 1]).isEmpty(); };
        if (!w.isEmpty() && w.front().isLower()
            && (looksPastTense(w) || isClauseAuxiliary(w) || isOneOf(w, {u"says", u"told", u"met", u"said"}) || present())) {
            verb = i;
            break;
        }
        if (w.isEmpty() || !w.front().isUpper()) {
            if (!isOneOf(w, {u"congressman", u"congresswoman", u"senator", u"minister", u"secretary", u"spokesman", u"spokeswoman", u"envoy", u"president"})) {
                return {};
            }
        }
    }
    if (verb < 2) {
        return {};
    }
    const QString id = people.named(words[verb - 1]);
    if (id.isEmpty()) {
        return {};
    }
    // The words from the verb on, as the label writes them.
    return people.shortName(id) + u' ' + label.mid(words[verb].data() - label.data());
}
} // namespace

namespace {
// Whether the label ends in a determiner after white space ("Report on his"), as the empty
// topic expression needs (its "$" also allows one final line feed).
bool endsWithDeterminer(const QString &label)
{
    QStringView end = label;
    if (end.endsWith(u'\n')) {
        end.chop(1);
    }
    qsizetype start = end.size();
    while (start > 0 && end[start - 1].isLetter() && end[start - 1].unicode() < 0x80) {
        --start;
    }
    if (start == 0 || start == end.size()) {
        return false;
    }
    const QChar before = end[start - 1];
    const bool space = before == u' ' || (before.unicode() >= u'\t' && before.unicode() <= u'\r');
    return space && isOneOf(end.mid(start), {u"his", u"her", u"its", u"their", u"an", u"a", u"the", u"this", u"that", u"these", u"those"});
}

// "House's statement" from "the White House said", "Senate's vote": an organisation or place
// is named in full and stands before the noun as headlines have it ("White House statement",
// "Senate vote"). Empty when the label opens with no such name.
// Whether text opens with "he", "she" or "they" and white space, in any case, as the expression
// "^(?:he|she|they)\s+" finds it. Its "\s" is ASCII; a character outside ASCII among the
// letters (a long s folds to "s") goes to the expression.
bool opensWithPronoun(QStringView text)
{
    static const QRegularExpression pronounStart(u"^(?:he|she|they)\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    static constexpr QStringView pronouns[] = {u"he", u"she", u"they"};
    for (const QStringView pronoun : pronouns) {
        if (text.size() <= pronoun.size()) {
            continue;
        }
        bool same = true;
        for (qsizetype k = 0; k < pronoun.size() && same; ++k) {
            const char16_t c = text[k].unicode();
            if (c >= 0x80) {
                return pronounStart.matchView(text).hasMatch();
            }
            same = ((c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c) == pronoun[k].unicode();
        }
        const QChar next = text[pronoun.size()];
        if (same && (next == u' ' || (next >= u'\t' && next <= u'\r'))) {
            return true;
        }
    }
    return false;
}

QString withEntityName(const QString &label, QStringView sentence, const QList<Entity> &entities)
{
    const qsizetype possessive = label.indexOf(u"'s "_s);
    if (possessive <= 0 || label.left(possessive).contains(u' ')) {
        return {};
    }
    const QString owner = label.left(possessive);
    for (const Entity &entity : entities) {
        const bool named = entity.name == owner || (entity.name.endsWith(u' ' + owner) && sentence.contains(entity.name));
        if (named) {
            return entity.name + label.mid(possessive + 2);
        }
    }
    return {};
}
// Whether the word before `blank` in a name is one a name goes on past: "and", "of", "for" in
// lower case, or a comma ("Bureau of Alcohol, Tobacco, Firearms and Explosives").
bool joinsAName(QStringView name, qsizetype blank)
{
    if (blank < 2) {
        return false;
    }
    if (name.at(blank - 1) == u',') {
        return true;
    }
    const qsizetype start = name.lastIndexOf(u' ', blank - 1) + 1;
    const QStringView word = name.sliced(start, blank - start);
    return !word.isEmpty() && word.front().isLower();
}

// "Drug Administration approved the drug", "Herzegovina's signing": the label's subject was
// cut at the "and" or "of" inside a name the sentence writes in full ("The Food and Drug
// Administration approved", "Bosnia and Herzegovina signed"). Empty when no such name.
QString withWholeEntityName(const QString &label, QStringView sentence, const QList<Entity> &entities)
{
    for (const Entity &entity : entities) {
        const QStringView name = entity.name;
        for (qsizetype blank = name.indexOf(u' '); blank > 0; blank = name.indexOf(u' ', blank + 1)) {
            const QStringView tail = name.sliced(blank + 1);
            const bool opensLabel = label.startsWith(tail) && (label.size() == tail.size() || !label.at(tail.size()).isLetterOrNumber());
            if (opensLabel && joinsAName(name, blank) && sentence.contains(name)) {
                return name + QStringView(label).sliced(tail.size());
            }
        }
    }
    return {};
}
} // namespace

namespace {

// "posted a message soon after the announcement": a bare "the" noun that a preposition of
// order ties to the clause names a happening the story told before, not one of the clause's
// own doers. The text before the mention is looked at: the preposition, then "the".
bool namedAfterAPreposition(QStringView text, int start)
{
    QStringView before = text.left(std::max(0, start)).trimmed();
    if (lastWordOf(before).compare(u"the"_s, Qt::CaseInsensitive) == 0) {
        before = before.chopped(3).trimmed();
    } else if (!text.mid(start, 4).startsWith(u"the "_s, Qt::CaseInsensitive)) {
        return false;
    }
    return isOneOf(lastWordOf(before), {u"after", u"before", u"since", u"following", u"until", u"amid", u"despite"});
}

// "where she presented the trophy to Carlos Alcaraz": a pronoun never means a person its own
// clause names (she is not Alcaraz), so the pronoun's person is one named outside the clause.
QString personOutsideClause(const QStringList &participants, QStringView clause, const EventPeople &people)
{
    for (const QString &id : participants) {
        if (const QString name = people.shortName(id); !name.isEmpty() && !clause.contains(name)) {
            return name;
        }
    }
    return {};
}
} // namespace

void EventLabels::tidyLabels(QList<Event> &events, const QList<QStringList> &named, const TextAnalysis &text, const QList<ScannedWord> &words,
    const EventPeople &people, const QList<Entity> &entities)
{
    // "05 GMT Trump has spoken": the end of a live-blog time stamp; "By then Trump had hosted":
    // a connective that links the clause to the one before it.
    static const QRegularExpression opening(
        u"^(?:\\d{1,2}\\s+(?:GMT|UTC|BST|CET|CEST|EET|MSK|ET|EST|EDT|PT|PST|PDT)\\s+|(?:By then|Then|Afterwards|Meanwhile|Since then|Later),?\\s+)"_s);
    // "Transcript on his", "Report on an": a topic that stopped at its first word says nothing.
    // "Leak on a recording of an": a phrase cut short where a date was taken out ends the label
    // before its preposition.
    static const QRegularExpression emptyTopic(u"\\s+(?:on|of|in|at|for|to|with|from|about)\\s+(?:his|her|its|their|an|a|the|this|that|these|those)$"_s);
    // Happenings whose people act in them; a "Plan" or a "Transcript" is not its reader's.
    static const QStringList actedTypes{u"call"_s, u"meeting"_s, u"talks"_s, u"summit"_s, u"visit"_s, u"trip"_s, u"interview"_s, u"vote"_s, u"decision"_s,
        u"conversation"_s, u"negotiations"_s, u"hearing"_s};
    static const QStringList statementNouns{u"Statement"_s, u"Warning"_s, u"Claim"_s, u"Announcement"_s, u"Resignation"_s, u"Remarks"_s};
    for (Event &event : events) {
        QString label = event.label;
        // Each expression runs only where its words can be: it costs far more than the test.
        if (!label.isEmpty() && (QStringView(u"BTAMSL").contains(label.front()) || (label.front() >= u'0' && label.front() <= u'9'))) {
            label.remove(opening);
        }
        if (endsWithDeterminer(label)) {
            label.remove(emptyTopic);
        }
        if (label.isEmpty()) {
            continue;
        }
        label[0] = label[0].toUpper();
        if (const QString shorter = withShortSubject(label, people); !shorter.isEmpty()) {
            label = shorter;
        }
        const int sentence = event.sources.isEmpty() ? -1 : text.sentenceAt(event.sources.first().start);
        if (sentence >= 0) {
            const QStringView sentenceText = text.textOf(text.sentences[sentence].range);
            if (const QString named = withEntityName(label, sentenceText, entities); !named.isEmpty()) {
                label = named;
            } else if (const QString whole = withWholeEntityName(label, sentenceText, entities); !whole.isEmpty()) {
                label = whole;
            }
            // "Was meant to open": the noun phrase that opens the sentence is what was meant.
            // (Lower case never shortens a word, and no auxiliary is longer than five letters.)
            if (label.contains(u' ') && firstWordOf(label).size() <= 5 && isClauseAuxiliary(firstWordOf(label).toString().toLower())) {
                const SourceSpan &source = event.sources.first();
                const qsizetype at = text.textOf(source.range()).indexOf(firstWordOf(label), 0, Qt::CaseInsensitive);
                // ("after it was struck": an "it" the clause began with is not the sentence's subject.)
                const QStringView told = text.textOf(source.range());
                const bool pronoun = told.startsWith(u"it "_s, Qt::CaseInsensitive) || told.startsWith(u"they "_s, Qt::CaseInsensitive);
                if (const QString subject = pronoun ? QString() : sentenceSubject(text, words, source.start + int(std::max<qsizetype>(0, at)));
                    !subject.isEmpty()) {
                    label = subject + u' ' + label.front().toLower() + label.mid(1);
                }
            }
        }
        const QString first = firstWordOf(label).toString();
        if (!event.participants.isEmpty() && !event.sources.isEmpty()) {
            // "Driscoll flew to Abu Dhabi, where he met Russian officials": the clause lost its
            // pronoun; the person of its sentence is who "he" was.
            const QStringView source = text.textOf(event.sources.first().range());
            const char16_t opener = source.isEmpty() ? u' ' : char16_t(source.front().unicode() | 0x20);
            const bool mayOpenWithPronoun = !source.isEmpty() && (source.front().unicode() >= 0x80 || opener == u'h' || opener == u's' || opener == u't');
            if (mayOpenWithPronoun && opensWithPronoun(source) && source.mid(source.indexOf(u' ') + 1).startsWith(first.toLower())) {
                const QStringView clause = sentence >= 0 ? text.textOf(TextRange{event.sources.first().start, text.sentences[sentence].range.end}) : source;
                if (const QString who = personOutsideClause(event.participants, clause, people); !who.isEmpty()) {
                    label = who + u' ' + label.front().toLower() + label.mid(1);
                }
            } else if (!label.contains(u' ') && (statementNouns.contains(label) || actedTypes.contains(event.type))
                && !(statementNouns.contains(label) && namedAfterAPreposition(text.text, event.sources.first().start))) {
                // "Call", "Statement": a bare noun says who took part.
                const QString dash = QString(QChar(0x2013));
                QStringList names;
                // A statement's sentence names its speaker; a call's may name anyone.
                const qsizetype e = &event - events.data();
                const QStringList told = statementNouns.contains(label) || e >= named.size() ? event.participants : named[e];
                for (const QString &id : told) {
                    if (const QString name = people.shortName(id); !name.isEmpty() && !names.contains(name)) {
                        names.append(name);
                    }
                }
                if (statementNouns.contains(label) && !names.isEmpty()) {
                    label = names.first() + (names.first().endsWith(u's') ? u"' "_s : u"'s "_s) + label.toLower();
                } else if (names.size() >= 2 && (event.type == u"call" || event.type == u"meeting" || event.type == u"talks")) {
                    label = names[0] + dash + names[1] + u' ' + label.toLower();
                } else if (!names.isEmpty()) {
                    label = names.first() + u' ' + label.toLower();
                }
            }
        }
        if (event.participants.isEmpty() && sentence >= 0 && !label.contains(u' ') && (statementNouns.contains(label) || actedTypes.contains(event.type))) {
            // "Northline Power Inc. said it had restored power": the organisation of the sentence
            // made the statement, held the vote.
            const TextRange range = text.sentences[sentence].range;
            for (const Entity &entity : entities) {
                const bool here = entity.kind == Entity::Kind::Organisation
                    && std::any_of(entity.mentions.cbegin(), entity.mentions.cend(), [&](const SourceSpan &span) { return range.contains(span.start); });
                if (here) {
                    label = entity.name + u' ' + label.toLower();
                    break;
                }
            }
        }
        event.label = label;
    }
}

} // namespace Sourceline
