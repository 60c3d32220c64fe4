// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "eventcoreference.h"

#include "eventlexicon.h"
#include "timewords.h"
#include "wordmatch.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
struct Cluster
{
    EventClass eventClass = EventClass::None;
    QString head; ///< label head: the lemma, or "plan" for "a revised version" of a plan
    QList<int> mentions;
    QSet<QString> participants; ///< person ids or, without the people stage, names
    QString number;
    bool leaked = false;
    bool planned = false;
    bool revised = false;
    bool happened = false; ///< told as done at least once: a plan carried out is a happening
    std::optional<EventStatus> told; ///< otherwise the status of its latest telling
    DateValue date;
    int timeMention = -1;
    int lastPosition = 0;
    QSet<QString> names; ///< proper words and places that tell it apart: "budapest", "oval office"
};

bool institutional(const EventMention &m)
{
    static const QStringList kinds{u"annual"_s, u"quarterly"_s, u"extraordinary"_s, u"plenary"_s, u"inaugural"_s, u"general"_s, u"emergency"_s};
    return std::any_of(m.labelWords.cbegin(), m.labelWords.cend(), [](const QString &word) { return kinds.contains(word); });
}

// Adds key unless the list has it: a mention's keys are few, and as a list they are tested
// against a cluster's set one by one, since walking even a small QSet visits a whole span of
// its buckets.
void addKey(QStringList &keys, QString key)
{
    if (!keys.contains(key)) {
        keys.append(std::move(key));
    }
}

// "the Budapest summit" is not "a summit in Alaska", nor "the Oval Office meeting".
QStringList distinguishingNames(const EventMention &m)
{
    QStringList names;
    for (const QString &word : m.labelWords) {
        if (!word.isEmpty() && word.front().isUpper()) {
            addKey(names, word.toLower());
        }
    }
    if (!m.place.isEmpty()) {
        addKey(names, m.place.toLower());
    }
    if (!m.destination.isEmpty()) {
        addKey(names, m.destination.toLower());
    }
    return names;
}

QStringList participantKeys(const EventMention &m)
{
    QStringList keys;
    for (const QString &id : m.participants) {
        addKey(keys, id);
    }
    for (qsizetype i = 0; i < m.participantNames.size(); ++i) {
        if (i >= m.participants.size()) {
            addKey(keys, u"name:"_s + m.participantNames[i].toLower());
        }
    }
    return keys;
}

// Whether the set holds any of the keys.
bool sharesAny(const QStringList &keys, const QSet<QString> &set)
{
    return std::any_of(keys.cbegin(), keys.cend(), [&set](const QString &key) { return set.contains(key); });
}

// How many of the keys the set holds: the size of their intersection, without building it.
int sharedCount(const QStringList &keys, const QSet<QString> &set)
{
    return int(std::count_if(keys.cbegin(), keys.cend(), [&set](const QString &key) { return set.contains(key); }));
}

// Which of the telling nouns a report noun is: 1 said (statement, announcement, speech), 2
// written up (report, survey, transcript), 3 looked into (investigation, inquiry); 0 any.
int reportKind(const QString &lemma)
{
    if (isOneOf(lemma, {u"statement", u"announcement", u"speech", u"briefing", u"remarks", u"testimony", u"interview"})) {
        return 1;
    }
    if (isOneOf(lemma, {u"report", u"survey", u"transcript"})) {
        return 2;
    }
    if (isOneOf(lemma, {u"investigation", u"inquiry"})) {
        return 3;
    }
    return 0;
}

int representativeScore(const EventMention &m)
{
    int score = 0;
    if (m.participantNames.size() >= 2) {
        score += 3;
    }
    if (!m.number.isEmpty()) {
        score += 2;
    }
    score += int(m.labelWords.size());
    score += m.possessor.isEmpty() ? 0 : 1;
    score += m.destination.isEmpty() ? 0 : 1;
    score += m.place.isEmpty() ? 0 : 1;
    score += m.topic.isEmpty() ? 0 : 1;
    score += m.verb ? 1 : 0;
    score += m.clauseLabel.isEmpty() ? 0 : 3;
    score -= m.insideQuote ? 10 : 0;
    return score;
}

// "the recording aboard Air Force One on Tuesday": what was answered, without where and when.
QString shortTopic(const QString &topic)
{
    static const QRegularExpression tail(
        u"\\s+(?:aboard|on|at|in|during|after|before|while|from|last|this|earlier|yesterday|today)\\b.*$"_s, QRegularExpression::CaseInsensitiveOption);
    QString shortened = topic;
    shortened.remove(tail);
    return shortened.isEmpty() ? topic : shortened;
}

// Whether "in", "at" or "from" stands between white space in clause, as the place expression
// needs ("\s+(?:in|at|from)\s+"). Its "\s" is ASCII; any other character is let through too.
bool mayHoldPlace(QStringView clause)
{
    const auto space = [](QChar c) { return c == u' ' || (c >= u'\t' && c <= u'\r') || c.unicode() >= 0x80; };
    static constexpr QStringView words[] = {u"in", u"at", u"from"};
    for (const QStringView word : words) {
        for (qsizetype at = clause.indexOf(word, 1); at > 0; at = clause.indexOf(word, at + 1)) {
            if (space(clause[at - 1]) && at + word.size() < clause.size() && space(clause[at + word.size()])) {
                return true;
            }
        }
    }
    return false;
}

// "Ukrainian officials in Geneva thanked the American team several times": a label says who
// did what; the place is the event's own field and the manner belongs to the text.
QString tidyClause(const QString &clause)
{
    static const QRegularExpression place(u"\\s+(?:in|at|from)\\s+(?:[A-Z][\\w'’-]*)(?:\\s+[A-Z][\\w'’-]*)*(?=\\s)"_s);
    // "reported gusts shortly" of "shortly after 1 a.m.": the word that led to the time.
    static const QRegularExpression manner(u"\\s+(?:several times|many times|again|once more|twice|repeatedly|in public|publicly|shortly|just)$"_s);
    // "In 1988 she won the Telford Medal": the date is the event's own field, "she" says nobody.
    static const QRegularExpression opening(
        u"^(?:(?:In|On|By|During)\\s+(?:\\w+\\s+){0,2}?\\d{4}\\s+)?(?:she|he|they|it|we)\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    QString tidy = clause;
    // Each expression is tried only where its first words can be, which costs far less.
    if (mayHoldPlace(clause)) {
        tidy.remove(place);
    }
    static constexpr QStringView mannerEndings[] = {u"times", u"again", u"more", u"twice", u"repeatedly", u"public", u"publicly", u"shortly", u"just"};
    QStringView end = tidy;
    if (end.endsWith(u'\n')) {
        end.chop(1); // as the expression's "$" allows
    }
    if (std::any_of(std::begin(mannerEndings), std::end(mannerEndings), [end](QStringView ending) { return end.endsWith(ending); })) {
        tidy.remove(manner);
    }
    if (!tidy.isEmpty()) {
        // The letters that can open "In 1988", "On", "By", "During" or a pronoun, in any case;
        // a non-ASCII letter may fold to one of them.
        const char16_t first = tidy.front().unicode();
        const char16_t lower = (first >= u'A' && first <= u'Z') ? char16_t(first + (u'a' - u'A')) : first;
        if (lower >= 0x80 || QStringView(u"iobdshtw").contains(QChar(lower))) {
            tidy.remove(opening);
        }
    }
    if (!tidy.isEmpty()) {
        tidy[0] = tidy[0].toUpper();
    }
    return tidy.count(u' ') >= 1 ? tidy : clause;
}

// Whether the clause's first letter can open "said", "told", "added", "insisted" or "argued"
// in any case (a non-ASCII letter may fold to one): the speech expression needs one of them.
bool mayOpenWithSpeechVerb(const QString &clause)
{
    const char16_t first = clause.front().unicode();
    const char16_t lower = (first >= u'A' && first <= u'Z') ? char16_t(first + (u'a' - u'A')) : first;
    return lower >= 0x80 || lower == u's' || lower == u't' || lower == u'a' || lower == u'i';
}

QString verbPhrase(const QString &lemma)
{
    if (lemma == u"response") {
        return u"responds to"_s;
    }
    if (lemma == u"announcement") {
        return u"announces"_s;
    }
    if (lemma == u"resignation") {
        return u"resigns"_s;
    }
    return {};
}
} // namespace

EventCoreference::EventCoreference(QStringView text, const QList<ResolvedTime> &times, const QString &articleId)
    : m_text(text)
    , m_times(times)
    , m_articleId(articleId)
{
}

// A clause told by its speech verb ("Zelensky said Ukraine was living through ...") is a
// statement: named by who made it and how, not by the start of what was said.
QString EventCoreference::statementLabel(const QString &clause, const QStringList &participantNames)
{
    static const QRegularExpression speech(
        u"^(.*?)\\b(said|says|added|stated|warned|warns|wrote|argued|insisted|noted|claimed|told|tells|asked|asks)\\b\\s*(.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression auxiliaries(
        u"(?:(?:^|\\s+)(?:had|has|have|was|were|would|will|also|then|later|again|already|not))+$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pronoun(u"^(?:he|she|they|it|we|i|you|who|which|that)$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression objectEnd(
        u"\\s+(?:that|on|in|at|about|after|before|during|when|while|because|of)\\b.*$"_s, QRegularExpression::CaseInsensitiveOption);
    // Most clauses have no speech verb at all, which is cheaper to see than to match.
    if (!mayContainAny(clause,
            {u"said", u"says", u"added", u"stated", u"warned", u"warns", u"wrote", u"argued", u"insisted", u"noted", u"claimed", u"told", u"tells", u"asked",
                u"asks"})) {
        return {};
    }
    const QRegularExpressionMatch match = speech.match(clause);
    if (!match.hasMatch()) {
        return {};
    }
    QString who;
    if (!participantNames.isEmpty()) {
        who = participantNames.first();
    } else {
        who = match.captured(1).trimmed();
        who.remove(auxiliaries);
        if (who.isEmpty() || pronoun.match(who).hasMatch() || !who.front().isUpper() || who.count(u' ') > 3) {
            who.clear();
        }
    }
    const QString verb = match.captured(2).toLower();
    // "The Coast Guard was told": told, not telling.
    const QString opening = match.captured(1).trimmed();
    const bool passive = (verb == u"told" || verb == u"asked")
        && (opening.endsWith(u" was"_s) || opening.endsWith(u" were"_s) || opening.endsWith(u" is"_s) || opening.endsWith(u" are"_s)
            || opening.endsWith(u" been"_s));
    QString object = match.captured(3).trimmed();
    object.remove(objectEnd);
    if (object.count(u' ') > 3) {
        object.clear();
    }
    QString text;
    if (verb.startsWith(u"told"_s) || verb.startsWith(u"tell"_s) || verb.startsWith(u"ask"_s)) {
        // "told the chamber", "told reporters", "told MPs": who heard it says what kind of occasion it was.
        if (who.isEmpty() && !object.isEmpty()) {
            // Nobody named: the occasion is what the label can say ("Remarks to reporters").
            text = (verb.startsWith(u"ask"_s) ? u"question to "_s : u"remarks to "_s) + object;
        } else {
            const bool plural = opening.endsWith(u" were"_s) || opening.endsWith(u" are"_s);
            const QString told = passive ? (plural ? u"were "_s : u"was "_s) + verb : verb;
            text = who.isEmpty() ? told : who + u' ' + told;
            if (!object.isEmpty()) {
                text += u' ' + object;
            }
        }
    } else {
        QString noun = u"statement"_s;
        if (verb.startsWith(u"warn"_s)) {
            noun = u"warning"_s;
        } else if (verb == u"claimed") {
            noun = u"claim"_s;
        } else if (verb == u"argued") {
            noun = u"argument"_s;
        }
        if (who.isEmpty()) {
            text = noun;
            if (!object.isEmpty() && noun == u"warning") {
                text += u" to "_s + object;
            }
        } else {
            text = who + (who.endsWith(u's') ? u"' "_s : u"'s "_s) + noun;
        }
    }
    text[0] = text[0].toUpper();
    return text;
}

QString EventCoreference::label(const EventMention &m, const QString &head)
{
    if (!m.clauseLabel.isEmpty()) {
        if (m.eventClass == EventClass::Action) {
            if (const QString statement = statementLabel(m.clauseLabel, m.participantNames); !statement.isEmpty()) {
                return statement;
            }
        }
        return tidyClause(m.clauseLabel);
    }
    if (m.eventClass == EventClass::Response || (m.verb && !verbPhrase(m.lemma).isEmpty())) {
        const QString who = m.participantNames.isEmpty() ? QString() : m.participantNames.first();
        if (!who.isEmpty()) {
            const QString verb = verbPhrase(m.lemma).isEmpty() ? head : verbPhrase(m.lemma);
            if (!m.topic.isEmpty() && verb.endsWith(u" to"_s)) {
                return who + u' ' + verb + u' ' + shortTopic(m.topic);
            }
            // "Officials' meeting", not "Officials's meeting".
            const QString owner = who + (who.endsWith(u's') ? u"' "_s : u"'s "_s);
            if (!m.topic.isEmpty()) {
                return owner + head + u" to "_s + shortTopic(m.topic);
            }
            return owner + head;
        }
    }
    QStringList words;
    const bool document = m.eventClass == EventClass::Document || m.eventClass == EventClass::Agreement;
    if (m.participantNames.size() >= 2 && !document) {
        words.append(m.participantNames.join(QChar(0x2013)));
    } else if (!m.possessor.isEmpty() && !document) {
        words.append(m.possessor + (m.possessor.endsWith(u's') ? u"'"_s : u"'s"_s));
    } else if (m.verb && !m.participantNames.isEmpty()) {
        words.append(m.participantNames.first() + (m.participantNames.first().endsWith(u's') ? u"'"_s : u"'s"_s));
    }
    // "a planned meeting" that was cancelled or is still to come: the label says it was planned.
    if (m.planned && (m.eventClass == EventClass::Meeting || m.eventClass == EventClass::Call) && words.isEmpty()) {
        words.append(u"planned"_s);
    }
    if (!m.number.isEmpty()) {
        words.append(m.number);
    }
    QStringList proper;
    static constexpr QStringView calendarNames[] = {u"January", u"February", u"March", u"April", u"May", u"June", u"July", u"August", u"September", u"October",
        u"November", u"December", u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday"};
    const auto calendar = [](QStringView w) {
        if (w.endsWith(u'\n')) {
            w.chop(1); // as an expression's "$" would allow
        }
        return std::find(std::begin(calendarNames), std::end(calendarNames), w) != std::end(calendarNames);
    };
    // "London press conference", "Geneva peace talks": the place before the words that make the
    // noun a compound.
    const bool placeFirst = !m.place.isEmpty() && m.possessor.isEmpty() && m.participantNames.size() < 2 && m.destination.isEmpty();
    if (placeFirst) {
        words.append(m.place);
    }
    for (const QString &w : m.labelWords) {
        // Names already said as participants need not be said again; the date has its own field.
        if ((!words.isEmpty() && words.first().contains(w)) || calendar(w)) {
            continue;
        }
        words.append(w);
    }
    Q_UNUSED(proper)
    if (!m.destination.isEmpty()) {
        words.append(m.destination);
    }
    if (!placeFirst && !m.place.isEmpty() && m.possessor.isEmpty() && m.participantNames.size() < 2) {
        words.append(m.place);
    }
    words.append(head);
    QString text = words.join(u' ');
    // "Bloomberg report on the recording"; a topic that is no noun phrase ("undermine the
    // talks", a lone "his") says nothing.
    // (The first word, as section(u' ', 0, 0) gives it, without the list of all of them.)
    const qsizetype firstSpace = m.topic.indexOf(u' ');
    const QStringView topicFirst = firstSpace < 0 ? QStringView(m.topic) : QStringView(m.topic).left(firstSpace);
    if (!m.topic.isEmpty() && m.eventClass == EventClass::Report && m.topic.contains(u' ') && (isDeterminer(topicFirst) || topicFirst.front().isUpper())) {
        text += u" on "_s + m.topic;
    }
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

namespace {
// "the Oct. 14 call between Witkoff and Ushakov" and, later, "a recording of an Oct. 14 call":
// in one article a happening of one kind on one day that names nobody is the one that does.
void joinNamelessSameDay(QList<Cluster> &clusters, QList<EventMention> &mentions)
{
    const auto dayKey = [](const Cluster &cl) { return cl.head + u'|' + cl.date.iso; };
    const auto onADay
        = [](const Cluster &cl) { return cl.date.granularity == DateValue::Granularity::Day && cl.eventClass != EventClass::Action && !cl.head.isEmpty(); };
    const auto nameless = [](const Cluster &cl) { return cl.participants.isEmpty() && cl.names.isEmpty() && cl.number.isEmpty(); };
    // "an Oct. 14 call" names the call by its day; "On Oct. 14, Witkoff also had a call with
    // reporters" only dates another one, kept apart.
    const auto namedByDay = [&mentions](const Cluster &cl) {
        return cl.timeMention >= 0 && mentions[cl.timeMention].timeInside
            && std::none_of(cl.mentions.cbegin(), cl.mentions.cend(), [&mentions](int i) { return mentions[i].distinct; });
    };
    QHash<QString, int> named;
    QHash<QString, int> namedCount;
    for (int c = 0; c < int(clusters.size()); ++c) {
        if (onADay(clusters[c]) && !nameless(clusters[c])) {
            const QString key = dayKey(clusters[c]);
            named.insert(key, named.value(key, c));
            namedCount[key] += 1;
        }
    }
    if (named.isEmpty()) {
        return;
    }
    QList<int> target(clusters.size());
    bool joined = false;
    for (int c = 0; c < int(clusters.size()); ++c) {
        target[c] = c;
        const Cluster &cl = clusters[c];
        if (!onADay(cl) || !nameless(cl) || !namedByDay(cl)) {
            continue;
        }
        // Two named calls that day leave a nameless one undecided.
        const QString key = dayKey(cl);
        if (namedCount.value(key) == 1) {
            const int into = named.value(key);
            target[c] = into;
            joined = true;
            Cluster &kept = clusters[into];
            kept.mentions.append(cl.mentions);
            kept.leaked = kept.leaked || cl.leaked;
            kept.planned = kept.planned || cl.planned;
            kept.revised = kept.revised || cl.revised;
            kept.happened = kept.happened || cl.happened;
            if (cl.told) {
                kept.told = cl.told;
            }
        }
    }
    if (!joined) {
        return;
    }
    QList<int> newIndex(clusters.size(), -1);
    QList<Cluster> kept;
    for (int c = 0; c < int(clusters.size()); ++c) {
        if (target[c] == c) {
            newIndex[c] = int(kept.size());
            kept.append(std::move(clusters[c]));
        }
    }
    for (EventMention &m : mentions) {
        if (m.event >= 0) {
            m.event = newIndex[target[m.event]];
        }
    }
    clusters = std::move(kept);
}
} // namespace

QList<Event> EventCoreference::cluster(QList<EventMention> &mentions, QStringList &problems) const
{
    QList<Cluster> clusters;
    static const QRegularExpression speechClause(u"^(?:said|says|told|tells|added|insisted|argued)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < int(mentions.size()); ++i) {
        EventMention &m = mentions[i];
        // "Ushakov ... said the conversation was private": a statement about a call is not the call.
        if (!m.clauseLabel.isEmpty() && m.eventClass != EventClass::Action && mayOpenWithSpeechVerb(m.clauseLabel)
            && speechClause.match(m.clauseLabel).hasMatch()) {
            m.eventClass = EventClass::Action;
        }
        // "Putin called Trump two days after that conversation": the happening counted from is
        // another one than the sentence's own.
        bool countedFrom = false;
        for (auto t = std::lower_bound(
                 m_times.cbegin(), m_times.cend(), m.range.start - 40, [](const ResolvedTime &time, int at) { return time.mention.range.start < at; });
            t != m_times.cend() && t->mention.range.start < m.range.start; ++t) {
            countedFrom = countedFrom
                || (t->mention.kind == TimeMention::Kind::Order && t->mention.beforeNoun && t->mention.range.end <= m.range.start
                    && m.range.start - t->mention.range.end <= 2);
        }
        const QStringList keyList = participantKeys(m);
        const QStringList nameList = distinguishingNames(m);
        // (Filled one by one, as before the lists: a range constructor reserves, even for none.)
        QSet<QString> keys;
        for (const QString &key : keyList) {
            keys.insert(key);
        }
        QSet<QString> names;
        for (const QString &name : nameList) {
            names.insert(name);
        }
        const DateValue date = m.time >= 0 ? m_times[m.time].date : m.countedDate;
        int best = -1;
        int bestScore = -1;
        int bestPosition = -1;
        // Events of long texts are told near each other; a bounded search keeps it linear.
        for (int c = std::max(0, int(clusters.size()) - 200); c < int(clusters.size()); ++c) {
            const Cluster &cl = std::as_const(clusters)[c];
            if (cl.eventClass != m.eventClass) {
                continue;
            }
            if (countedFrom && std::any_of(cl.mentions.cbegin(), cl.mentions.cend(), [&](int other) { return mentions[other].sentence == m.sentence; })) {
                continue;
            }
            const bool sameNumber = !m.number.isEmpty() && m.number == cl.number;
            if (!m.number.isEmpty() && !cl.number.isEmpty() && !sameNumber) {
                continue;
            }
            if (date.granularity == DateValue::Granularity::Day && cl.date.granularity == DateValue::Granularity::Day && date.iso != cl.date.iso) {
                continue;
            }
            if ((m.planned && cl.leaked) || (m.leaked && cl.planned)) {
                continue;
            }
            if (!keys.isEmpty() && !cl.participants.isEmpty() && !sharesAny(keyList, cl.participants)) {
                continue;
            }
            if (!names.isEmpty() && !cl.names.isEmpty() && !sharesAny(nameList, cl.names)) {
                continue;
            }
            // "the annual meeting" names an occasion of its own, not the talks told before it.
            if (m.lemma != cl.head && institutional(m) && !m.insideQuote) {
                continue;
            }
            // "earlier talks", "a previous call": for a document the first version, for a
            // meeting another one held before.
            const bool orderWord = m.time >= 0 && m.timeInside && m_times[m.time].mention.kind == TimeMention::Kind::Order;
            const bool before = (m.original || orderWord) && (m.eventClass == EventClass::Meeting || m.eventClass == EventClass::Call);
            // "a phone call last month between Witkoff and Ushakov" after "the Oct. 14 call"
            // between the same two: one call, told again with a coarser date.
            const bool samePair = keys.size() >= 2 && keys == cl.participants;
            const bool within = date.isDated() && cl.date.isDated() && date.granularity < cl.date.granularity && date.earliest.isValid()
                && cl.date.earliest.isValid() && date.earliest <= cl.date.earliest && cl.date.latest <= date.latest;
            const bool sameCall = m.indefinite && !m.distinct && !before && samePair && within;
            if ((m.indefinite || m.distinct || before) && !m.insideQuote && !sameNumber && !sameCall) {
                continue;
            }
            if (m.eventClass == EventClass::Action) {
                continue;
            }
            // "its full-scale invasion" and "Russian strikes on Ukrainian cities": a war's
            // episodes are told apart by their nouns.
            if ((m.eventClass == EventClass::Conflict || m.eventClass == EventClass::Disaster) && m.lemma != cl.head && !m.insideQuote) {
                continue;
            }
            // "The summit never happened. The next day, Zelensky met Trump", "A transcript was
            // published. Trump announced ...": a happening told by its verb and its people is not
            // the nameless one of another noun told before it.
            if (m.verb && !m.insideQuote && !keys.isEmpty() && cl.participants.isEmpty() && m.lemma != cl.head) {
                continue;
            }
            if (m.verb && !m.insideQuote && m.eventClass == EventClass::Response) {
                continue;
            }
            // "said in a joint statement" and "its preliminary report in May": what someone says
            // and what an inquiry finds or writes are told by nouns of their own.
            if (m.eventClass == EventClass::Report && !m.insideQuote && reportKind(m.lemma) != reportKind(cl.head) && reportKind(m.lemma) != 0
                && reportKind(cl.head) != 0) {
                continue;
            }
            int score = 0;
            score += (date.isDated() && date.iso == cl.date.iso) ? 5 : 0;
            score += sameNumber ? 4 : 0;
            score += (m.leaked && cl.leaked) ? 3 : 0;
            score += (m.revised && cl.revised) ? 3 : 0;
            score += (m.planned && cl.planned) ? 1 : 0;
            score += 2 * sharedCount(keyList, cl.participants);
            // "the verdict" after a verdict and a resignation: decisions of one class are
            // different acts, and the noun says which. (Calls and talks are told by many nouns.)
            score += (!m.verb && m.eventClass == EventClass::Decision && m.lemma == cl.head) ? 2 : 0;
            if (score > bestScore || (score == bestScore && cl.lastPosition > bestPosition)) {
                best = c;
                bestScore = score;
                bestPosition = cl.lastPosition;
            }
        }
        if (best < 0) {
            if (m.insideQuote) {
                m.event = -1;
                continue;
            }
            Cluster cl;
            cl.eventClass = m.eventClass;
            cl.head = m.lemma;
            if (m.revised && (m.lemma == u"version" || m.lemma == u"draft")) {
                for (int c = int(clusters.size()) - 1; c >= 0; --c) {
                    if (clusters[c].eventClass == EventClass::Document) {
                        cl.head = clusters[c].head;
                        break;
                    }
                }
            }
            clusters.append(std::move(cl));
            best = int(clusters.size()) - 1;
        }
        Cluster &cl = clusters[best];
        m.event = best;
        cl.mentions.append(i);
        cl.participants.unite(keys);
        cl.names.unite(names);
        if (cl.number.isEmpty()) {
            cl.number = m.number;
        }
        cl.leaked = cl.leaked || m.leaked;
        cl.planned = cl.planned || m.planned;
        cl.revised = cl.revised || m.revised;
        cl.lastPosition = m.range.start;
        if (!m.insideQuote && m.status == EventStatus::Happened) {
            cl.happened = true;
        } else if (!m.insideQuote && m.status) {
            cl.told = m.status;
        }
        if (date.isDated()) {
            const bool better = !cl.date.isDated()
                || (m.timeInside && !mentions[cl.mentions.first()].timeInside && cl.timeMention >= 0 && mentions[cl.timeMention].time >= 0
                    && !mentions[cl.timeMention].timeInside);
            if (cl.date.isDated() && cl.date.granularity == DateValue::Granularity::Day && date.granularity == DateValue::Granularity::Day
                && cl.date.iso != date.iso) {
                problems.append(u"Two dates for one event in %1: %2 and %3"_s.arg(m_articleId, cl.date.iso, date.iso));
            } else if (better || (date.granularity > cl.date.granularity && cl.date.earliest <= date.earliest && date.latest <= cl.date.latest)) {
                cl.date = date;
                cl.timeMention = i;
            }
        }
    }

    joinNamelessSameDay(clusters, mentions);

    QList<Event> events;
    events.reserve(clusters.size());
    for (int c = 0; c < int(clusters.size()); ++c) {
        const Cluster &cl = clusters[c];
        Event event;
        event.id = u"e"_s + QString::number(c + 1);
        int representative = cl.mentions.first();
        for (const int i : cl.mentions) {
            if (representativeScore(mentions[i]) > representativeScore(mentions[representative])) {
                representative = i;
            }
        }
        // A "revised version" of a plan is labelled a plan; otherwise the telling mention's noun.
        // "Witkoff spoke with Ushakov" told after "an October phone call": the happening told by
        // its verb takes the noun the article names it by.
        const bool namedByNoun = mentions[representative].verb && !mentions[cl.mentions.first()].verb;
        const QString head = cl.head != mentions[cl.mentions.first()].lemma || namedByNoun ? cl.head : mentions[representative].lemma;
        event.type = head;
        event.label = label(mentions[representative], head);
        // "the storm" told after "Hurricane Helene": the happening goes by its name.
        for (const int i : cl.mentions) {
            if (!mentions[i].name.isEmpty() && mentions[representative].clauseLabel.isEmpty()) {
                event.label = mentions[i].name;
                break;
            }
        }
        event.date = cl.date;
        event.status = cl.happened ? EventStatus::Happened : cl.told.value_or(EventStatus::Happened);
        if (cl.timeMention >= 0 && mentions[cl.timeMention].time >= 0) {
            const TextRange range = m_times[mentions[cl.timeMention].time].mention.range;
            event.dateText = m_text.mid(range.start, range.length()).toString();
        }
        event.sources.reserve(cl.mentions.size());
        for (const int i : cl.mentions) {
            const EventMention &m = mentions[i];
            if (event.place.isEmpty() && !m.insideQuote) {
                event.place = m.place;
            }
            event.sources.append({m_articleId, m.range.start, m.range.end});
            for (const QString &id : m.participants) {
                if (!event.participants.contains(id)) {
                    event.participants.append(id);
                }
            }
        }
        events.append(std::move(event));
    }
    return events;
}

} // namespace Sourceline
