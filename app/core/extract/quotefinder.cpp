// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "quotefinder.h"

#include "peoplelexicon.h"
#include "peoplenames.h"
#include "quotespeechcues.h"
#include "wordmatch.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// How many words a clause reaches from its verb, at most: beyond it a subject or a reported
// clause is no longer read (see Reader::findIndirect()).
constexpr qsizetype longestClause = 120;

// Who said something, as far as one cue tells.
struct Attribution
{
    bool found = false; ///< a verb of saying governs the words
    int speaker = -1; ///< person index
    int addressee = -1;
    double confidence = 0.0;
    TextRange cue;
    qsizetype verb = -1; ///< word index of the cue verb
    bool inverted = false; ///< the speaker comes after the verb: "said Witkoff"
    int entity = -1; ///< organisation or place that spoke, when no person did
};

enum class Side { Before, After };

// A paragraph of an interview printed as questions and answers: the answer is the words of the
// person answering, without quote marks ("A: We are out by six", "OSEI: We are out by six").
struct Answer
{
    TextRange words;
    TextRange label; ///< "A:" or the name before the colon
    int speaker = -1;
};

enum GapMark { Comma = 1, Semicolon = 2, OpenParenthesis = 4, CloseParenthesis = 8, Dash = 16 };

// The punctuation between two words, read once (gaps are a few characters).
int gapMarks(QStringView gap)
{
    int marks = 0;
    for (qsizetype i = 0; i < gap.size(); ++i) {
        switch (gap[i].unicode()) {
        case u',':
            marks |= Comma;
            break;
        case u';':
            marks |= Semicolon;
            break;
        case u'(':
            marks |= OpenParenthesis;
            break;
        case u')':
            marks |= CloseParenthesis;
            break;
        case u'\u2014':
        case u'\u2013':
            marks |= Dash;
            break;
        case u'-':
            marks |= (i > 0 && gap[i - 1] == u' ' && i + 1 < gap.size() && gap[i + 1] == u' ') ? Dash : 0;
            break;
        default:
            break;
        }
    }
    return marks;
}

// Verbs whose object is usually a clause even without "that": "claimed he hadn't heard it".
// "announced he would step down", "acknowledged the plan had failed": verbs whose object is as
// often a thing ("announced a new plan"), so a clause without "that" needs a verb of its own.
bool takesClauseWithVerb(QStringView verb)
{
    // "wrote the church's first great document", "writes a name on a card": what one writes
    // without "that" is a clause only with a verb of its own ("wrote the deal was done").
    static const QList<QStringView> verbs{u"announced", u"announces", u"admitted", u"admits", u"acknowledged", u"acknowledges", u"conceded", u"concedes",
        u"confirmed", u"confirms", u"wrote", u"writes"};
    return verbs.contains(verb);
}

bool takesClause(QStringView verb)
{
    static const QList<QStringView> verbs{u"said", u"says", u"say", u"claimed", u"claims", u"insisted", u"insists", u"argued", u"argues", u"believes",
        u"believed", u"thinks", u"thought", u"added", u"adds", u"warned", u"warns", u"wrote", u"writes"};
    return verbs.contains(verb) || takesClauseWithVerb(verb);
}

// "spokesman", "spokeswoman", "spokesperson", "spokespeople": someone who speaks for the person
// or organisation named beside the word.
bool isSpokesperson(QStringView word)
{
    return word.size() > 6 && word.startsWith(u"spokes", Qt::CaseInsensitive);
}

// "colleagues say", "friends said": plural nouns for people who speak unnamed.
bool isPeopleNoun(QStringView word)
{
    return isOneOf(word,
               {u"colleagues", u"friends", u"people", u"sources", u"officials", u"analysts", u"critics", u"experts", u"aides", u"residents", u"witnesses",
                   u"insiders", u"investors", u"employees", u"staff", u"staffers", u"neighbours", u"neighbors", u"relatives", u"supporters", u"allies",
                   u"observers", u"opponents", u"protesters", u"voters", u"lawmakers", u"legislators", u"diplomats", u"negotiators", u"commentators",
                   u"sceptics", u"skeptics", u"detractors", u"backers", u"advocates", u"rivals", u"locals", u"fans", u"others", u"prosecutors", u"lawyers",
                   u"attorneys", u"jurors", u"investigators", u"regulators", u"plaintiffs", u"victims", u"creditors", u"customers", u"workers"})
        // "Longshoremen said", "fishermen say": the plural of a "-man" trade.
        || (word.size() > 5 && endsWithLower(word, u"men"));
}

// Irregular simple pasts of deeds that news tells after a report: "the crowd broke into applause".
bool isPastOfDeed(QStringView word)
{
    return isOneOf(word,
        {u"broke", u"took", u"gave", u"made", u"went", u"came", u"left", u"began", u"rose", u"fell", u"stood", u"sat", u"ran", u"won", u"lost", u"held", u"met",
            u"sent", u"spent", u"led", u"kept", u"brought", u"fought", u"threw", u"drew", u"grew"});
}

// "Peskov's remarks", "Trump's claim": nouns for something a person said, after the possessive.
bool isOwnedUtterance(QStringView word)
{
    return isOneOf(word,
        {u"remarks", u"remark", u"comments", u"comment", u"words", u"warning", u"warnings", u"claim", u"claims", u"statement", u"description", u"assessment",
            u"promise", u"pledge", u"insistence", u"assertion", u"suggestion", u"demand", u"message", u"post", u"letter", u"speech", u"characterisation",
            u"characterization", u"verdict", u"reply", u"response", u"answer", u"vow", u"boast", u"threat"});
}

class Reader
{
public:
    Reader(const ArticleWords &words, const QList<QuotedSpan> &quoted, const PeopleResult &people)
        : w(words)
        , m_quoted(quoted)
        , m_people(people)
    {
        markWords();
    }

    QList<Quote> run(const QString &articleId);

private:
    [[nodiscard]] QStringView word(qsizetype i) const { return w.word(i); }
    [[nodiscard]] const PeopleLexicon::Entry &lex(qsizetype i) const { return w.lexicon(i); }
    /// Asked of nearly every word: the length, known without building the word, decides most.
    [[nodiscard]] bool is(qsizetype i, QStringView s) const { return i >= 0 && i < w.size() && w.at(i).range.length() == s.size() && equalsLower(word(i), s); }
    void markWords();
    void markCueUsed(qsizetype verb)
    {
        if (verb >= 0 && verb < m_usedCues.size()) {
            m_usedCues[verb] = true;
        }
    }
    [[nodiscard]] bool cueUsed(qsizetype verb) const { return verb >= 0 && verb < m_usedCues.size() && m_usedCues.at(verb); }
    [[nodiscard]] qsizetype firstWordAfter(int position) const { return w.indexAt(position); }
    [[nodiscard]] SpeechCues::Cue cueAt(qsizetype i, int *length) const;
    [[nodiscard]] int mentionAt(qsizetype i, int *mentionIndex = nullptr) const;
    /// "according to Witkoff", "according to the ministry": the person or organisation named at
    /// word i becomes a's source; false when word i names neither.
    bool takeSourceAt(qsizetype i, Attribution &a) const;
    [[nodiscard]] Attribution attribute(qsizetype first, qsizetype end, Side side, bool partial, qsizetype quoteWord) const;
    [[nodiscard]] Attribution organisationBeforeAside(qsizetype first, qsizetype verb, int cueLength) const;
    [[nodiscard]] Attribution fromCue(qsizetype first, qsizetype end, qsizetype verb, int cueLength, const SpeechCues::Cue &cue) const;
    /// Whether the quoted words read as a title in title case, of at most maxWords words.
    [[nodiscard]] bool isTitle(const QuotedSpan &span, int wordCount, int maxWords = 9) const;
    [[nodiscard]] bool namesWork(qsizetype firstInside) const;
    /// Whether every content word of [first, end) is capitalised (function words aside).
    [[nodiscard]] bool titleCased(qsizetype first, qsizetype end) const;
    [[nodiscard]] bool titleUsedAsNoun(const QuotedSpan &tail, qsizetype firstInside, qsizetype endInside) const;
    [[nodiscard]] QString speakerId(const Attribution &a) const
    {
        return a.speaker >= 0 ? m_people.people[a.speaker].id : a.entity >= 0 ? m_people.entities[a.entity].id : QString();
    }
    [[nodiscard]] bool namesPeopleBetween(int fromParagraph, int toParagraph) const;
    void findReportedBefore(const QString &articleId, QList<Quote> &quotes);
    void findIndirect(const QString &articleId, QList<Quote> &quotes);
    /// "Trump wrote on Truth Social:" and then the post as a paragraph of its own, without quote
    /// marks (a block quotation on a web page), or a post signed "— Don Bacon (@RepDonBacon)".
    void findPostsAfterColon(const QString &articleId, QList<Quote> &quotes);
    /// Whether a signature opens at word i (a dash, then a name and at most a handle, a date or
    /// a role before limit); a takes its writer.
    bool signatureAt(qsizetype i, qsizetype limit, Attribution &a) const;
    /// "The plan, he said, could not be signed as written.": reported speech around a cue set
    /// off by commas in [first, last]; returns the last word used, or -1 when the sentence is
    /// not of that shape.
    qsizetype reportedAround(const QString &articleId, qsizetype first, qsizetype last, qsizetype verb, const Attribution &a, QList<Quote> &quotes);
    /// ", adding that ...": reported speech of the speaker of the quotation before it; returns
    /// the last word used.
    qsizetype addedThat(const QString &articleId, qsizetype v, QList<Quote> &quotes);
    void findAccordingTo(const QString &articleId, qsizetype according, QList<Quote> &quotes);
    void findAccordingToAfter(const QString &articleId, qsizetype first, qsizetype according, QList<Quote> &quotes);
    [[nodiscard]] bool startsClause(qsizetype i) const;
    /// Whether a name at word i goes on with a verb of saying of its own ("Woo has said").
    [[nodiscard]] bool speakerWithCueAt(qsizetype i, qsizetype last) const;
    /// Whether a subject other than a pronoun opens at word i and does something in the simple past.
    [[nodiscard]] bool otherSubjectActsAt(qsizetype i, qsizetype last) const;
    /// Whether "he" or "she" at word i does something in the simple past ("he thanked the coach").
    [[nodiscard]] bool pronounActsAt(qsizetype i, qsizetype last) const;
    /// Whether a writing named at content goes on with a participle of saying and "that".
    [[nodiscard]] bool writingSaysThat(qsizetype content, qsizetype last) const;
    /// "Nelson praised the crew, saying the attendants kept calm": reported speech after a
    /// participle of saying at word v, the sentence's opening name speaking; returns the last
    /// word used, or v when the sentence is not of that shape.
    qsizetype saidWhile(const QString &articleId, qsizetype v, const SpeechCues::Cue &cue, QList<Quote> &quotes);
    [[nodiscard]] Quote reportOf(
        const QString &articleId, qsizetype content, qsizetype end, const Attribution &a, const SourceSpan &cue, double certainty) const;
    /// "As The Seattle Times reported in January, the plug had been opened": the clause after the
    /// comma is what the source of the "as" clause reported; returns the last word used, or -1.
    qsizetype reportedAfterAs(const QString &articleId, qsizetype first, qsizetype last, qsizetype verb, const Attribution &a, QList<Quote> &quotes);
    /// Whether the clause opening at word i (after ", and") has a verb of saying of its own
    /// within its first words, its subject before it.
    [[nodiscard]] bool reportsOnItsOwn(qsizetype i, qsizetype last) const;
    [[nodiscard]] bool endCueCloses(qsizetype i, qsizetype last) const;
    /// Where a clause opens at or a few words after content (a subject, then an auxiliary within
    /// three words, before any preposition); -1 when none does.
    [[nodiscard]] qsizetype clauseAt(qsizetype content, qsizetype last) const;
    [[nodiscard]] qsizetype listenerSkipped(qsizetype content, const Attribution &a) const;
    [[nodiscard]] bool holdsView(qsizetype i) const;
    /// Whether the word after "to" names someone spoken to ("told to reporters", "wrote to the
    /// president") rather than opening an infinitive ("promised to work").
    [[nodiscard]] bool listenerAt(qsizetype i) const;
    /// The one person the paragraph names (names and descriptors), when it names one and
    /// quotes nobody, with where the name stands in named; else -1.
    [[nodiscard]] int onlyPersonIn(qsizetype paragraph, TextRange *named) const;
    /// For a reply at word verb, whoever asked speaker in the sentence before, or -1.
    [[nodiscard]] int askerOf(qsizetype verb, int speaker) const;
    /// Whether the person mention opens after "with" or "to" later than word from.
    [[nodiscard]] bool afterPreposition(int mention, qsizetype from) const;
    [[nodiscard]] bool isAuxiliary(qsizetype i) const;
    [[nodiscard]] bool thingClaimed(qsizetype v, qsizetype content, qsizetype last) const;
    [[nodiscard]] bool officeEndsSentence(qsizetype from) const;
    /// Where reported speech ending at position stops: after the closing mark of a quotation it
    /// ends inside (`would "not be a bystander"`), else at position.
    [[nodiscard]] int closingMarkAfter(int position) const;
    /// Where reported speech starting at position starts: at the opening mark of a quotation it
    /// opens with (`that "those who profit" were behind it`), else at position.
    [[nodiscard]] int openingMarkBefore(int position) const;
    /// The person "his" or "her" at word i stands for: the last one named or described before it
    /// in this sentence or the two before, of a matching gender; -1 when none.
    [[nodiscard]] int possessiveOwner(qsizetype i) const;
    /// For "the spokesman" at word first (up to verb): when an unnamed spokesperson ("a
    /// spokesman for Downing Street") was introduced after person was last named, the entity
    /// that one speaks for, or -2 when it names none; -1 when the descriptor means person.
    [[nodiscard]] int unnamedSpokesperson(qsizetype first, qsizetype verb, int person) const;
    /// Whether the aside holding word i opens with "while" or "whereas".
    [[nodiscard]] bool startsWithContrast(qsizetype i) const;
    /// Whether a spokesperson noun stands in [from, verb), at most one word before the verb
    /// ("spokesman said", "spokeswoman later said").
    [[nodiscard]] bool spokespersonBefore(qsizetype from, qsizetype verb) const;
    [[nodiscard]] qsizetype afterDateline(qsizetype sentenceFirst, qsizetype limit) const;
    [[nodiscard]] bool startsAdverbial(qsizetype i) const;
    [[nodiscard]] bool reducedRelative(qsizetype first, qsizetype verb) const;
    [[nodiscard]] bool placeOfSource(qsizetype i) const;
    [[nodiscard]] int writerOf(qsizetype noun, qsizetype first) const;
    [[nodiscard]] bool writingReadOut(qsizetype first, qsizetype end) const;
    /// The person named right before the verb that a verb after "and" (at conjunction) is
    /// joined to, as a people.mentions index, or -1.
    [[nodiscard]] int subjectOfJoinedVerb(qsizetype first, qsizetype conjunction) const;
    [[nodiscard]] bool negatedVerb(qsizetype verb) const;
    [[nodiscard]] bool joinedOrRelative(qsizetype from, qsizetype verb) const;
    [[nodiscard]] bool opensList(int nameEnd, int end) const;
    /// Whether [first, verb) names an unnamed source, read back from the verb or, with forward,
    /// on from first.
    [[nodiscard]] bool sourceSubject(qsizetype first, qsizetype verb, bool forward = false) const;
    void findAnswers();
    void headlineQuote(const TextRange &paragraph, const QRegularExpression &label);
    [[nodiscard]] int interviewee(const QList<TextRange> &exchange) const;
    /// Whether the name at word first is introduced as the one interviewed ("spoke with").
    [[nodiscard]] bool introducedAt(qsizetype first) const;
    /// The person an answer addresses by name, or -1.
    [[nodiscard]] int calledBy(const Answer &answer) const;
    [[nodiscard]] int personLabelled(QStringView label) const;

    const ArticleWords &w;
    const QList<QuotedSpan> &m_quoted;
    const PeopleResult &m_people;
    QList<bool> m_inQuote;
    QList<bool> m_aside;
    QList<bool> m_inDirect; ///< words inside direct quotations found so far
    QList<int> m_mentionAtWord; ///< index into people.mentions of the mention starting at or covering word i, or -1
    QList<int> m_entityAtWord;
    QList<bool> m_usedCues; ///< per word: a cue verb already given its quotation
    QList<Answer> m_answers;
    bool m_othersAsk = false; ///< "Q:" or "QUESTION:" asks between the named voices
};

void Reader::markWords()
{
    const qsizetype n = w.size();
    m_inQuote.fill(false, n);
    m_inDirect.fill(false, n);
    m_usedCues.fill(false, n);
    // Calls mark(i) for each word that starts inside range.
    const auto eachWordIn = [this, n](const TextRange &range, const auto &mark) {
        for (qsizetype i = w.indexAt(range.start); i < n && w.at(i).range.start < range.end; ++i) {
            mark(i);
        }
    };
    for (const QuotedSpan &span : m_quoted) {
        eachWordIn(span.inner, [this](qsizetype i) { m_inQuote[i] = true; });
    }
    m_mentionAtWord.fill(-1, n);
    for (qsizetype m = 0; m < m_people.mentions.size(); ++m) {
        eachWordIn(m_people.mentions[m].range, [this, m](qsizetype i) { m_mentionAtWord[i] = int(m); });
    }
    findAnswers();
    for (const Answer &answer : std::as_const(m_answers)) {
        eachWordIn(answer.words, [this](qsizetype i) {
            m_inQuote[i] = true;
            m_inDirect[i] = true;
        });
    }
    m_entityAtWord.fill(-1, n);
    for (qsizetype m = 0; m < m_people.entityMentions.size(); ++m) {
        eachWordIn(m_people.entityMentions[m].range, [this, m](qsizetype i) { m_entityAtWord[i] = int(m); });
    }
    // Relative clauses, parentheses and dashed asides: names inside them are never the speaker.
    m_aside.fill(false, n);
    bool relative = false;
    bool parenthesis = false;
    bool dash = false;
    for (qsizetype i = 0; i < n; ++i) {
        const bool newSentence = i == 0 || w.at(i).sentence != w.at(i - 1).sentence;
        if (newSentence) {
            relative = parenthesis = dash = false;
        }
        const int gap = gapMarks(w.gapBefore(i));
        if (gap & CloseParenthesis) {
            parenthesis = false;
        }
        // "(Their union said last month that ...)": a whole sentence in brackets is no aside.
        if ((gap & OpenParenthesis) && !newSentence) {
            parenthesis = true;
        }
        if (gap & Dash) {
            // A dash opens an aside only when a second dash closes it in the same sentence.
            bool closes = dash;
            for (qsizetype k = i + 1; !closes && k < n && w.at(k).sentence == w.at(i).sentence; ++k) {
                closes = gapMarks(w.gapBefore(k)) & Dash;
            }
            dash = closes && !dash;
        }
        if (relative && (gap & (Comma | Semicolon))) {
            relative = false;
        }
        // ", including French President Emmanuel Macron,": the names of a list aside are no subject.
        if (!newSentence && (gap & Comma)
            && (is(i, u"who") || is(i, u"whom") || is(i, u"whose") || is(i, u"which") || is(i, u"where") || is(i, u"while") || is(i, u"including"))) {
            relative = true;
        }
        m_aside[i] = relative || parenthesis || dash;
    }
}

// Broadcast transcripts label voices they cannot name in capitals: "CALLER:", "UNIDENTIFIED
// PERSON:", "CROWD:". Any other label in capitals may be a heading ("UPDATE:").
bool isUnnamedVoice(QStringView label)
{
    if (label.isEmpty() || std::any_of(label.cbegin(), label.cend(), [](QChar c) { return c.isLower(); })) {
        return false;
    }
    const QStringView last = label.sliced(label.lastIndexOf(u' ') + 1);
    return label.startsWith(u"UNIDENTIFIED")
        || isOneOf(last, {u"caller", u"man", u"woman", u"person", u"voice", u"crowd", u"audience", u"protester", u"child"});
}

// Interviews printed as "Q: ..." / "A: ..." paragraphs, or as transcripts whose paragraphs open
// with the speaker's name and a colon. A lone "A:" answers for the person the interview is
// with: the one the article names most often.
// A label opens with a capital A-Z and ends in a colon ("Q." and "A." aside): paragraphs without
// both need no match.
bool mayOpenWithLabel(QStringView paragraph)
{
    return !paragraph.isEmpty() && paragraph[0] >= u'A' && paragraph[0] <= u'Z'
        && (paragraph.contains(u':') || (paragraph.size() > 2 && (paragraph[0] == u'Q' || paragraph[0] == u'A') && paragraph[1] == u'.'));
}

void Reader::findAnswers()
{
    // "MARCUS BELL, HOST:": a broadcast transcript adds the speaker's role, in capitals like the
    // name; a hearing's adds the party and state: "SEN. MARIA CANTWELL (D-WA):".
    static const QRegularExpression label(
        u"^(?:(Q|Question|QUESTION|A|Answer|ANSWER)\\s*:|([A-Z][\\w'\u2019.-]*(?: [A-Z][\\w'\u2019.-]*){0,3})(, [A-Z][A-Z0-9'\u2019.&/ -]*)?(?: \\([^)]{1,24}\\))?\\s*:|([QA])\\.)(?:\\s+|$)"_s);
    const QString &text = w.text();
    QList<Answer> answers;
    QList<Answer> named;
    QList<Answer> unnamed; // "CALLER:", "UNIDENTIFIED PERSON #1:": somebody speaks, nobody is named
    QList<TextRange> exchange; // the question and answer paragraphs, in text order
    bool asked = false;
    for (qsizetype p = 0; p < w.paragraphs().size(); ++p) {
        const TextRange &paragraph = w.paragraphs()[p];
        const QStringView body = QStringView(text).mid(paragraph.start, paragraph.length());
        const bool labelled = mayOpenWithLabel(body);
        const QRegularExpressionMatch match = labelled ? label.matchView(body) : QRegularExpressionMatch();
        // "MARCUS BELL, HOST:" on a line of its own, the words in the paragraph after it; only a
        // label in capitals, as transcripts print them: "Background:" alone is a heading.
        const bool alone = match.hasMatch() && match.capturedLength(2) > 0 && body.sliced(match.capturedEnd(0)).trimmed().isEmpty()
            && std::none_of(body.cbegin(), body.cbegin() + match.capturedEnd(0), [](QChar c) { return c.isLower(); });
        // "Trump: Witkoff will go to Moscow next week" as a live blog's heading sums up a post;
        // "Zelenskyy: 'We are ready to move forward'" quotes the person, marks and all.
        if (w.isHeading(int(p)) && !alone) {
            headlineQuote(paragraph, label);
            continue;
        }
        if (!match.hasMatch()) {
            continue;
        }
        Answer answer;
        answer.label = {paragraph.start, paragraph.start + int(match.capturedEnd(0))};
        answer.words = {answer.label.end, paragraph.end};
        if (alone) {
            const TextRange next = w.paragraphs().value(p + 1);
            const QStringView nextBody = QStringView(text).mid(next.start, next.length());
            // "(SOUNDBITE OF MUSIC)" after a label is a stage direction, and a second label is no speech.
            if (nextBody.isEmpty() || nextBody.front() == u'(' || nextBody.front() == u'['
                || (mayOpenWithLabel(nextBody) && label.matchView(nextBody).hasMatch())) {
                continue;
            }
            answer.words = next;
        }
        while (answer.words.end > answer.words.start && text[answer.words.end - 1].isSpace()) {
            --answer.words.end;
        }
        while (answer.label.end > answer.label.start && (text[answer.label.end - 1].isSpace() || text[answer.label.end - 1] == u':')) {
            --answer.label.end;
        }
        if (answer.words.length() < 2) {
            continue;
        }
        // "Q. What happened?" / "A. The bolts were gone.": some papers print a stop, not a colon.
        if (match.capturedLength(1) > 0 || match.capturedLength(4) > 0) {
            exchange.append(paragraph);
            if (text[paragraph.start] == u'Q') {
                asked = true;
            } else {
                answers.append(answer);
            }
            continue;
        }
        const int nameEnd = paragraph.start + int(match.capturedEnd(2));
        const qsizetype first = w.indexAt(answer.label.start);
        int m = -1;
        // "THE PRESIDENT:" in a White House transcript is a descriptor the people stage resolved.
        if (first < w.size() && w.at(first).range.start < nameEnd && mentionAt(first, &m) >= 0 && m_people.mentions[m].kind != PersonMention::Kind::Pronoun
            && m_people.mentions[m].range.start <= answer.label.start && m_people.mentions[m].range.end >= nameEnd) {
            answer.speaker = m_people.mentions[m].person;
        } else {
            answer.speaker = personLabelled(match.capturedView(2));
        }
        if (answer.speaker >= 0) {
            named.append(answer);
        } else if (isUnnamedVoice(match.capturedView(2))) {
            unnamed.append(answer);
        }
        if (alone) {
            ++p; // the paragraph of words is read
        }
    }
    m_othersAsk = asked;
    if (asked && !answers.isEmpty()) {
        const int speaker = interviewee(exchange);
        for (Answer &answer : answers) {
            answer.speaker = speaker;
        }
        m_answers.append(answers);
    }
    // One "Name: words" paragraph is as likely a heading or a caption as a transcript.
    if (named.size() >= 2) {
        m_answers.append(named);
        m_answers.append(unnamed);
    }
}

void Reader::headlineQuote(const TextRange &paragraph, const QRegularExpression &label)
{
    const QString &text = w.text();
    const QStringView body = QStringView(text).mid(paragraph.start, paragraph.length());
    if (!mayOpenWithLabel(body)) {
        return;
    }
    const QRegularExpressionMatch match = label.matchView(body);
    if (!match.hasMatch() || match.capturedLength(2) == 0) {
        return;
    }
    int start = paragraph.start + int(match.capturedEnd(0));
    int end = paragraph.end;
    while (end > start && text[end - 1].isSpace()) {
        --end;
    }
    const auto isMark = [](QChar c) { return isDoubleQuoteMark(c) || isSingleQuoteMark(c); };
    if (end - start < 4 || !isMark(text[start]) || !isMark(text[end - 1])) {
        return;
    }
    // The marks enclose the whole rest of the heading: none in between.
    for (int c = start + 1; c < end - 1; ++c) {
        if (isDoubleQuoteMark(text[c]) || (isSingleQuoteMark(text[c]) && !(text[c - 1].isLetter() && text[c + 1].isLetter()))) {
            return;
        }
    }
    Answer answer;
    answer.label = {paragraph.start, paragraph.start + int(match.capturedStart(2) + match.capturedLength(2))};
    answer.words = {start + 1, end - 1};
    answer.speaker = personLabelled(match.capturedView(2));
    if (answer.speaker >= 0) {
        m_answers.append(answer);
    }
}

// "OSEI:", "MIRIAM OSEI:": transcripts often set the speaker's name in capitals, which the
// name finder does not read as a name; the label still matches a surname or a full name.
int Reader::personLabelled(QStringView label) const
{
    // "MR. TRUMP:", "SEN. GRAHAM:", "SECRETARY RUBIO:": the title is not part of the name.
    const qsizetype space = label.indexOf(u' ');
    if (space > 0 && PeopleLexicon::isTitle(label.first(space))) {
        label = label.sliced(space + 1).trimmed();
    }
    const QString key = PersonName::key(label);
    if (key.isEmpty()) {
        return -1;
    }
    int found = -1;
    for (qsizetype p = 0; p < m_people.people.size(); ++p) {
        const Person &person = m_people.people[p];
        // "SOUZA DE MELO:", "LULA DA SILVA:": a family name of several words ends the full name.
        const QString personKey = PersonName::key(person.name);
        if (personKey == key || PersonName::surnameKey(person.name) == key
            || (label.contains(u' ') && personKey.endsWith(key) && personKey.size() > key.size() && personKey[personKey.size() - key.size() - 1] == u' ')) {
            if (found >= 0) {
                return -1; // two Smiths: the label does not say which
            }
            found = int(p);
        }
    }
    // "NINA:", "RAJ:": a podcast's transcript may label its voices by given name alone, which
    // must then be one person's only.
    if (found < 0 && !label.contains(u' ')) {
        for (qsizetype p = 0; p < m_people.people.size(); ++p) {
            if (PersonName::givenKey(m_people.people[p].name) == key) {
                if (found >= 0) {
                    return -1;
                }
                found = int(p);
            }
        }
    }
    return found;
}

// The questions and answers name the people the two talk about ("Jennifer Homendy, the board's
// chair, has been outspoken"); the interviewee is the one the headline and the introduction
// name ("we spoke with Ruth Okafor"), and rarely names themself in an answer.
bool Reader::introducedAt(qsizetype first) const
{
    if (first < 2) {
        return false;
    }
    // "an interview with", "a conversation with"; "we spoke with", "I talked to", "we sat down
    // with": the paper's own talk, not "Calhoun spoke to Homendy" in the news it introduces.
    if (is(first - 1, u"with") || is(first - 1, u"to")) {
        if (isOneOf(word(first - 2), {u"interview", u"conversation", u"chat"})) {
            return true;
        }
        const qsizetype subject = is(first - 2, u"down") ? first - 4 : first - 3;
        return subject >= 0 && isOneOf(word(first - 2), {u"spoke", u"talked", u"down"}) && isOneOf(word(subject), {u"we", u"i"});
    }
    return isOneOf(word(first - 1), {u"interviewed"}) && first >= 2 && isOneOf(word(first - 2), {u"we", u"i"});
}

int Reader::interviewee(const QList<TextRange> &exchange) const
{
    QList<int> outside(m_people.people.size(), 0);
    QList<int> inside(m_people.people.size(), 0);
    for (const PersonMention &mention : m_people.mentions) {
        if (mention.person < 0 || mention.person >= outside.size()) {
            continue;
        }
        const auto after = std::upper_bound(
            exchange.cbegin(), exchange.cend(), mention.range.start, [](int start, const TextRange &paragraph) { return start < paragraph.start; });
        if (after != exchange.cbegin() && mention.range.start < std::prev(after)->end) {
            ++inside[mention.person];
        } else if (mention.kind != PersonMention::Kind::Pronoun && introducedAt(w.indexAt(mention.range.start))) {
            // "We spoke with Ruth Okafor", "an interview with", "asked Okafor": named as the one
            // interviewed, whoever else the introduction names more often.
            return mention.person;
        } else {
            ++outside[mention.person];
        }
    }
    // "Dana Whitcombe spoke with Ruth Okafor, a former investigator": the introduction
    // describes the person interviewed, not the one asking.
    const auto described = [this](int p) { return p < m_people.profiles.size() && !m_people.profiles[p].roles.isEmpty(); };
    int best = -1;
    for (int p = 0; p < outside.size(); ++p) {
        if (best < 0 || outside[p] > outside[best]
            || (outside[p] == outside[best] && (described(p) > described(best) || (described(p) == described(best) && inside[p] < inside[best])))) {
            best = p;
        }
    }
    if (best >= 0 && outside[best] == 0) {
        // An interview printed without an introduction: the person it names most often.
        for (int p = 0; p < inside.size(); ++p) {
            if (inside[p] > inside[best]) {
                best = p;
            }
        }
        if (inside[best] == 0) {
            best = -1;
        }
    }
    return best;
}

SpeechCues::Cue Reader::cueAt(qsizetype i, int *length) const
{
    *length = 1;
    if (i + 1 < w.size() && SpeechCues::isTwoWordCue(word(i), word(i + 1))) {
        *length = 2;
        SpeechCues::Cue cue;
        cue.valid = cue.finite = true;
        return cue;
    }
    if (!w.isLower(i) && !w.at(i).initial) {
        return {};
    }
    return SpeechCues::lookup(word(i));
}

// "according to reports in the US", "according to officials in Kyiv": after the noun for the
// source, a preposition names where it is, not who spoke ("a spokesman for Microsoft" and "a
// statement from the commission" name who did).
bool Reader::placeOfSource(qsizetype i) const
{
    return i > 0 && w.isLower(i) && isOneOf(word(i), {u"in", u"at", u"near", u"inside", u"across", u"outside"}) && w.isLower(i - 1)
        && !isOneOf(word(i - 1), {u"the", u"a", u"an"}) && !isSpokesperson(word(i - 1)) && m_mentionAtWord.at(i - 1) < 0 && !m_inQuote.at(i);
}

bool Reader::takeSourceAt(qsizetype i, Attribution &a) const
{
    int m = -1;
    if (mentionAt(i, &m) >= 0) {
        a.speaker = m_people.mentions[m].person;
        a.confidence = 0.8 * m_people.mentions[m].confidence;
        return true;
    }
    if (m_entityAtWord.at(i) >= 0) {
        a.entity = m_people.entityMentions[m_entityAtWord.at(i)].entity;
        a.confidence = 0.6;
        return true;
    }
    return false;
}

int Reader::mentionAt(qsizetype i, int *mentionIndex) const
{
    const int m = m_mentionAtWord.at(i);
    if (mentionIndex) {
        *mentionIndex = m;
    }
    return m < 0 ? -1 : m_people.mentions[m].person;
}

Attribution Reader::fromCue(qsizetype first, qsizetype end, qsizetype verb, int cueLength, const SpeechCues::Cue &cue) const
{
    Attribution a;
    a.found = true;
    a.verb = verb;
    a.confidence = 0.35;
    int subjectMention = -1;
    // A subject stands within a clause's length of its verb; a paragraph without full stops
    // (a text dump) would otherwise make every cue read back to its start.
    first = std::max(first, verb - longestClause);
    const bool according = cueLength == 2 && is(verb, u"according");
    for (qsizetype i = verb - 1; i > first; --i) {
        // "His lawyers said he would fight it, but people familiar with the case said he ...": the
        // clause of contrast has its own subject, and the "he" before it is none ("..., but said"
        // shares the subject that opens the sentence).
        if (w.gapBeforeHas(i, u',') && (isOneOf(word(i), {u"while", u"whereas"}) || (is(i, u"but") && i + 1 < verb)) && !m_inQuote.at(i)) {
            first = i + 1;
            break;
        }
    }
    if (!according) {
        // "Sir Vince Cable, who replaced Tim Farron as leader, said", "Castell, a former minister,
        // said": when a comma comes right before the verb, the subject stands before the aside.
        qsizetype limit = verb;
        // "Holloway's son, Mark, told Reuters": a name set off right before the verb is its subject.
        if (verb > first + 1 && w.gapBeforeHas(verb, u',') && m_mentionAtWord.at(verb - 1) >= 0) {
            const PersonMention &named = m_people.mentions[m_mentionAtWord.at(verb - 1)];
            qsizetype nameFirst = w.indexAt(named.range.start);
            // "Driscoll's spokesman, Lt. Col. Jeff Tolbert, said": titles may open the name.
            while (nameFirst > first + 1 && lex(nameFirst - 1).isTitle() && !w.gapBeforeHas(nameFirst, u',')) {
                --nameFirst;
            }
            if (named.kind == PersonMention::Kind::Name && nameFirst > first && w.gapBeforeHas(nameFirst, u',') && !w.at(verb - 1).possessive
                && !m_aside.at(nameFirst)) {
                // ... but not the last name of a relative clause: "Castell, who served under Varga's
                // predecessor, Paul Droste, said".
                bool relative = false;
                for (qsizetype i = first + 1; i < nameFirst && !relative; ++i) {
                    relative = w.gapBeforeHas(i, u',') && isOneOf(word(i), {u"who", u"which", u"whose"});
                }
                subjectMention = relative ? -1 : m_mentionAtWord.at(verb - 1);
            }
        }
        // "Keir Starmer became prime minister after meeting King Charles III, and promised to":
        // a verb after ", and" with no subject of its own shares the subject that opens the sentence.
        if (subjectMention < 0 && verb > first + 2 && is(verb - 1, u"and") && w.gapBeforeHas(verb - 1, u',') && !m_inQuote.at(verb - 1)
            && m_mentionAtWord.at(first) >= 0 && m_people.mentions[m_mentionAtWord.at(first)].kind == PersonMention::Kind::Name) {
            subjectMention = m_mentionAtWord.at(first);
        }
        // "Trump spoke with President Vladimir Putin for two hours and said ...": a verb after "and"
        // with no subject of its own shares the subject of the verb it is joined to.
        if (subjectMention < 0 && verb > first + 3 && is(verb - 1, u"and") && !m_inQuote.at(verb - 1)) {
            subjectMention = subjectOfJoinedVerb(first, verb - 1);
        }
        if (subjectMention < 0 && verb > first && w.gapBeforeHas(verb, u',') && !m_inQuote.at(verb - 1)) {
            for (qsizetype i = verb - 1; i > first && !m_inQuote.at(i); --i) {
                if (w.gapBeforeHas(i, u',')) {
                    limit = i;
                    if (is(i, u"who") || is(i, u"which") || is(i, u"whose")) {
                        break;
                    }
                }
            }
            // Only the outermost aside counts when it holds a relative pronoun.
            for (qsizetype i = first + 1; i < verb; ++i) {
                if (w.gapBeforeHas(i, u',') && (is(i, u"who") || is(i, u"which") || is(i, u"whose"))) {
                    limit = i;
                    break;
                }
            }
            bool named = false;
            for (qsizetype i = limit - 1; i >= first && !named; --i) {
                named = !m_inQuote.at(i) && mentionAt(i) >= 0;
            }
            if (!named) {
                limit = verb;
            }
        }
        // "The meeting with Xi had been worthwhile, said the Australian prime minister.": the
        // subject follows the verb, and whoever the clause before the comma names only said it.
        if (verb > first && w.gapBeforeHas(verb, u',') && officeEndsSentence(verb + cueLength)) {
            limit = first;
        }
        // The subject: the nearest person named before the verb in this clause, outside asides;
        // an organisation or a plural pronoun right before the verb means no person spoke. A verb
        // inside an aside has its subject there, and ", while" opens a clause with its own
        // subject: ", while Peskov, the Kremlin's spokesman, said".
        const bool verbInAside = m_aside.at(verb);
        for (qsizetype i = limit - 1; subjectMention < 0 && i >= first; --i) {
            // "Murati was named chief on Friday when the board said it had lost confidence": a
            // subordinate clause with a subject of its own that names nobody.
            if (i + 2 < verb && !m_inQuote.at(i) && w.isLower(i)
                && isOneOf(word(i), {u"when", u"because", u"after", u"before", u"until", u"although", u"since", u"once", u"whereas"})
                && isOneOf(word(i + 1), {u"the", u"a", u"an", u"its", u"their"})) {
                bool plainClause = true;
                for (qsizetype k = i + 1; k <= verb && plainClause; ++k) {
                    plainClause = w.plainGapBefore(k) && w.isLower(k);
                }
                if (plainClause) {
                    a.cue = {w.at(i + 1).range.start, w.at(verb + cueLength - 1).range.end};
                    return a;
                }
            }
            if (!m_inQuote.at(i) && !m_aside.at(i) && isOneOf(word(i), {u"his", u"her"}) && i + 1 < verb && spokespersonBefore(i + 1, verb)) {
                // "Her spokesperson later added": the spokesperson of the woman named last.
                a.cue = {w.at(i).range.start, w.at(verb + cueLength - 1).range.end};
                a.speaker = possessiveOwner(i);
                a.confidence = 0.4;
                return a;
            }
            if (m_inQuote.at(i) || (m_aside.at(i) && !verbInAside && !startsWithContrast(i))) {
                continue;
            }
            // "The interim chief lasted two days, and colleagues say she ...": a plural noun for
            // people right before the verb is its unnamed subject, not whoever the clause before
            // was about.
            // "Prosecutors say ..." opening a headline or a sentence is written with a capital.
            const bool opensSentence = i == 0 || w.at(i - 1).sentence != w.at(i).sentence;
            // "Prosecutors also wrote that": an adverb of sequence may stand between them too.
            // "Hamish Harding, one of the passengers, posted": a comma closes an aside about the
            // subject named before it.
            if (i + 1 >= verb - 1 && (w.isLower(i) || opensSentence) && w.plainGapBefore(i + 1)
                && (i + 1 == verb || isAuxiliary(i + 1) || word(i + 1).endsWith(u"ly")
                    || isOneOf(word(i + 1), {u"also", u"later", u"then", u"again", u"now", u"still", u"too"}))
                && (lex(i).role().plural || isPeopleNoun(word(i)))) {
                a.cue = {w.at(i).range.start, w.at(verb + cueLength - 1).range.end};
                return a;
            }
            int m = -1;
            if (mentionAt(i, &m) >= 0) {
                const PersonMention &mention = m_people.mentions[m];
                const qsizetype lastWord = w.indexAt(mention.range.end - 1);
                // "Allies of Ms Kendall said", "critics of Mr Trump say": the group speaks, not the
                // person it is named after.
                qsizetype nameFirst = w.indexAt(mention.range.start);
                while (nameFirst > first && lex(nameFirst - 1).isTitle() && w.plainGapBefore(nameFirst)) {
                    --nameFirst;
                }
                if (nameFirst >= first + 2 && w.plainGapBefore(nameFirst) && word(nameFirst - 1) == u"of" && w.plainGapBefore(nameFirst - 1)
                    && (lex(nameFirst - 2).role().plural || isPeopleNoun(word(nameFirst - 2)))) {
                    a.cue = {w.at(nameFirst - 2).range.start, w.at(verb + cueLength - 1).range.end};
                    return a;
                }
                // "The Trump administration said", "Biden aides said": the name qualifies the
                // body or the group that spoke.
                if (mention.kind == PersonMention::Kind::Name && !w.at(lastWord).possessive && lastWord + 1 < verb && w.plainGapBefore(lastWord + 1)
                    && w.isLower(lastWord + 1) && !m_inQuote.at(lastWord + 1)
                    && (lex(lastWord + 1).role().plural
                        || isOneOf(word(lastWord + 1), {u"administration", u"campaign", u"government", u"team", u"camp", u"office", u"family"}))) {
                    bool headsClause = true;
                    for (qsizetype k = lastWord + 2; k < verb && headsClause; ++k) {
                        headsClause = w.plainGapBefore(k) && w.isLower(k) && !m_inQuote.at(k);
                    }
                    if (headsClause) {
                        a.cue = {mention.range.start, w.at(verb + cueLength - 1).range.end};
                        return a;
                    }
                }
                if (mention.kind == PersonMention::Kind::Name && w.at(lastWord).possessive && lastWord + 1 < verb) {
                    // "Varga's office said": the owner is not the speaker; "Varga's spokeswoman
                    // said" speaks for her, which is less sure than her own words.
                    a.cue = {mention.range.start, w.at(verb + cueLength - 1).range.end};
                    if (spokespersonBefore(lastWord + 1, verb)) {
                        a.speaker = mention.person;
                        a.confidence = 0.5 * mention.confidence;
                    }
                    return a;
                }
                // "Lawyers for Okafor said", "the family of the victim, ...": the person after "of",
                // "for" or "to" belongs to the noun that spoke.
                // "Allies of Ms Kendall said": an honorific before the name is part of it.
                qsizetype firstWord = w.indexAt(mention.range.start);
                while (firstWord > first && w.plainGapBefore(firstWord) && w.at(firstWord - 1).capitalised && lex(firstWord - 1).isTitle()) {
                    --firstWord;
                }
                if (mention.kind == PersonMention::Kind::Name && firstWord >= first + 2 && (w.isLower(firstWord - 2) || w.at(firstWord - 2).initial)
                    && !lex(firstWord - 2).isTitle() && w.plainGapBefore(firstWord) && isOneOf(word(firstWord - 1), {u"of", u"for", u"to"})
                    && !lex(firstWord - 2).isFunctionWord()) {
                    a.cue = {w.at(firstWord - 2).range.start, w.at(verb + cueLength - 1).range.end};
                    return a;
                }
                // "A spokesman for Driscoll said": unnamed, he speaks for Driscoll, which is less
                // sure than Driscoll's own words.
                if (mention.kind == PersonMention::Kind::Name && firstWord >= first + 2 && w.plainGapBefore(firstWord) && isSpokesperson(word(firstWord - 2))
                    && isOneOf(word(firstWord - 1), {u"of", u"for"})) {
                    a.cue = {w.at(firstWord - 2).range.start, w.at(verb + cueLength - 1).range.end};
                    a.speaker = mention.person;
                    a.confidence = 0.5 * mention.confidence;
                    return a;
                }
                subjectMention = m;
                break;
            }
            const bool adjacent = i >= verb - 3 && !QStringView(w.text()).mid(w.at(i).end, w.at(verb).range.start - w.at(i).end).contains(u',');
            // "the Gaza ceasefire and tell him": only auxiliaries, adverbs and a spokesperson may
            // stand between an organisation and its verb ("the ministry has also said", "a White
            // House spokeswoman said").
            bool plainBetween = true;
            for (qsizetype k = i + 1; k < verb && plainBetween; ++k) {
                plainBetween = isAuxiliary(k) || (w.isLower(k) && word(k).endsWith(u"ly")) || isSpokesperson(word(k))
                    || isOneOf(word(k), {u"also", u"later", u"then", u"again", u"first", u"now", u"once", u"too", u"still", u"not", u"never"});
            }
            // "Microsoft, whose operating system was affected, said": an aside between them, when
            // the organisation opens the clause ("Martin Hale of King's College London, who ...,
            // called" is Hale's).
            bool asideBetween = i + 1 < verb && !verbInAside && m_entityAtWord.at(i) >= 0 && w.gapBeforeHas(i + 1, u',') && w.gapBeforeHas(verb, u',');
            if (asideBetween) {
                const qsizetype opening = w.indexAt(m_people.entityMentions[m_entityAtWord.at(i)].range.start);
                asideBetween = opening == first || (opening == first + 1 && is(first, u"the"));
            }
            for (qsizetype k = i + 1; k < verb && asideBetween; ++k) {
                asideBetween = m_aside.at(k) && !m_inQuote.at(k);
            }
            if (((adjacent && plainBetween) || asideBetween) && m_entityAtWord.at(i) >= 0) {
                // "the ministry said", "Northline Power says": an organisation speaks for itself,
                // "the ministry's chief medical officer said" is someone unnamed.
                const EntityMention &mention = m_people.entityMentions[m_entityAtWord.at(i)];
                const qsizetype lastWord = w.indexAt(mention.range.end - 1);
                // "Farmers' groups in Meruvia said": a place after a preposition is not who spoke.
                const qsizetype firstWord = w.indexAt(mention.range.start);
                qsizetype preposition = firstWord - 1;
                if (preposition > first && isOneOf(word(preposition), {u"the", u"a", u"an"})) {
                    --preposition; // "of the Ocean Trust"
                }
                const bool governed = preposition >= first && w.isLower(preposition)
                    && isOneOf(word(preposition), {u"in", u"of", u"at", u"from", u"for", u"across", u"near", u"with", u"by", u"throughout"});
                // "Karl Vinter of the Ocean Trust said": the person the organisation follows speaks.
                int person = -1;
                if (governed && preposition - 1 >= first && !m_aside.at(preposition - 1) && mentionAt(preposition - 1, &person) >= 0
                    && m_people.mentions[person].kind == PersonMention::Kind::Name && isOneOf(word(preposition), {u"of", u"at", u"from", u"for", u"with"})) {
                    subjectMention = person;
                    break;
                }
                if (!w.at(lastWord).possessive && !governed) {
                    a.entity = mention.entity;
                    a.confidence = spokespersonBefore(lastWord + 1, verb) ? 0.45 : 0.6;
                } else if ((governed && preposition > first && isSpokesperson(word(preposition - 1)) && isOneOf(word(preposition), {u"for", u"of", u"at"}))
                    || (w.at(lastWord).possessive && spokespersonBefore(lastWord + 1, verb))) {
                    // "a spokesman for Downing Street said", "the ministry's spokeswoman said":
                    // an unnamed voice of the organisation.
                    a.entity = mention.entity;
                    a.confidence = 0.45;
                }
                a.cue = {mention.range.start, w.at(verb + cueLength - 1).range.end};
                return a;
            }
            if (adjacent && (is(i, u"they") || is(i, u"we") || word(i) == u"I")) {
                a.cue = {w.at(i).range.start, w.at(verb + cueLength - 1).range.end};
                return a;
            }
        }
    }
    if (subjectMention < 0 && !according) {
        if (const Attribution organisation = organisationBeforeAside(first, verb, cueLength); organisation.entity >= 0) {
            return organisation;
        }
    }
    qsizetype after = verb + cueLength;
    if (subjectMention < 0) {
        // Inverted ("said Witkoff") or "according to Witkoff".
        for (qsizetype i = after; i < end && i < after + 6; ++i) {
            // "said only that Altman “was not candid”": after "that" comes the reported clause.
            if (m_inQuote.at(i) || (w.isLower(i) && isOneOf(word(i), {u"that", u"whether", u"if", u"how", u"why"}))) {
                break;
            }
            int m = -1;
            // "said Kaldora had not rejected it", "said the company had failed": the subject of
            // the reported clause, not the speaker.
            // "Prosecutors say Bankman-Fried 'stole billions'": a name the quoted words follow with
            // no comma or colon between is the subject of what was quoted, as in a headline.
            const auto startsClause = [this, end](int rangeEnd) {
                const qsizetype next = w.indexAt(rangeEnd);
                if (next == end && next < w.size() && m_inQuote.at(next)) {
                    return w.at(next).sentence == w.at(next - 1).sentence && !w.gapBeforeHas(next, u',') && !w.gapBeforeHas(next, u':')
                        && !w.gapBeforeHas(next, u'.');
                }
                return next < end && !w.gapBeforeHas(next, u',') && isAuxiliary(next);
            };
            if (mentionAt(i, &m) >= 0) {
                // "said nobody she knew had seen it": a pronoun further on belongs to the clause.
                if (startsClause(m_people.mentions[m].range.end) || (m_people.mentions[m].kind == PersonMention::Kind::Pronoun && i > after)) {
                    break;
                }
                subjectMention = m;
                a.inverted = true;
                after = w.indexAt(m_people.mentions[m].range.end);
                break;
            }
            // "said the ministry", but not "wrote on X": the organisation follows the verb directly.
            // "said New York regulators had closed": a place names whose people, and speaks not.
            if (m_entityAtWord.at(i) >= 0 && a.entity < 0 && i <= after + 1 && (i == after || is(after, u"the"))
                && m_people.entities[m_people.entityMentions[m_entityAtWord.at(i)].entity].kind != Entity::Kind::Place
                && !startsClause(m_people.entityMentions[m_entityAtWord.at(i)].range.end)) {
                const EntityMention &mention = m_people.entityMentions[m_entityAtWord.at(i)];
                a.entity = mention.entity;
                a.inverted = true;
                a.confidence = 0.6;
                a.cue = {w.at(verb).range.start, mention.range.end};
            }
        }
    } else if (cue.takesAddressee || is(after, u"to")) {
        qsizetype i = after;
        if (is(i, u"to")) {
            ++i;
        }
        int m = -1;
        if (i < end && !m_inQuote.at(i) && mentionAt(i, &m) >= 0 && m_people.mentions[m].kind != PersonMention::Kind::Pronoun) {
            a.addressee = m_people.mentions[m].person;
            after = w.indexAt(m_people.mentions[m].range.end);
        } else if (i < end && (is(i, u"him") || is(i, u"her"))) {
            after = i + 1;
        }
    }
    if (subjectMention < 0 && a.entity >= 0) {
        return a;
    }
    int cueStart = w.at(verb).range.start;
    int cueEnd = w.at(std::min(after, w.size()) - 1).range.end;
    if (subjectMention >= 0 && m_people.mentions[subjectMention].kind == PersonMention::Kind::Descriptor) {
        // "A spokesman for Downing Street said ... 'Any settlement ...,' the spokesman said": the
        // spokesman introduced last, not a named one from further back.
        const qsizetype mentionFirst = w.indexAt(m_people.mentions[subjectMention].range.start);
        if (const int voice = unnamedSpokesperson(mentionFirst, verb, m_people.mentions[subjectMention].person); voice != -1) {
            a.entity = voice >= 0 ? voice : -1;
            a.confidence = 0.4;
            a.cue = {m_people.mentions[subjectMention].range.start, w.at(std::min(after, w.size()) - 1).range.end};
            return a;
        }
    }
    if (subjectMention >= 0) {
        const PersonMention &mention = m_people.mentions[subjectMention];
        a.speaker = mention.person;
        a.confidence = 0.9 * mention.confidence;
        cueStart = std::min(cueStart, mention.range.start);
        cueEnd = std::max(cueEnd, mention.range.end);
        if (a.addressee == a.speaker) {
            a.addressee = -1;
        }
    }
    if (a.speaker >= 0 && a.addressee < 0) {
        // "In a letter to Jennifer Homendy, Calhoun said ...", "said in a call with Putin that":
        // the message names whom it was for.
        // Only a phrase before the verb or a few words after it ("said in a call with").
        for (qsizetype k = first + 1; k + 1 < end && k < verb + 8 && a.addressee < 0; k = k + 1 == verb ? verb + 2 : k + 1) {
            int m = -1;
            if ((is(k, u"to") || is(k, u"with")) && !m_inQuote.at(k)
                && isOneOf(word(k - 1), {u"letter", u"message", u"memo", u"email", u"e-mail", u"note", u"call", u"text"}) && mentionAt(k + 1, &m) >= 0
                && m_people.mentions[m].kind != PersonMention::Kind::Pronoun && m_people.mentions[m].person != a.speaker) {
                a.addressee = m_people.mentions[m].person;
            }
        }
    }
    if (a.speaker < 0 && a.entity < 0 && !a.inverted && verb - 1 > first) {
        // "Brad Lightcap sent a memo to staff. The memo said ...": its writer speaks through it.
        if (const int writer = writerOf(verb - 1, first); writer >= 0) {
            a.speaker = writer;
            a.confidence = 0.5;
        }
    }
    a.cue = {cueStart, cueEnd};
    return a;
}

// The person who sent, wrote or posted the memo, letter or message that the word `noun`
// ("The memo said") takes up again, when the sentence bringing it in is at most two back.
int Reader::writerOf(qsizetype noun, qsizetype first) const
{
    // "the statement said", "The same statement said": the writing taken up again.
    const qsizetype determiner = is(noun - 1, u"same") ? noun - 2 : noun - 1;
    if (!isOneOf(word(noun), {u"memo", u"letter", u"email", u"e-mail", u"message", u"note", u"post", u"statement"})
        || !isOneOf(word(determiner), {u"the", u"that", u"this"}) || m_inQuote.at(noun)) {
        return -1;
    }
    const int sentence = w.at(noun).sentence;
    for (qsizetype k = first - 1; k > 0 && w.at(k).sentence >= sentence - 2; --k) {
        if (m_inQuote.at(k) || word(k).compare(word(noun), Qt::CaseInsensitive) != 0) {
            continue;
        }
        // "the statement said" told again: the writing was brought in before that.
        if (isOneOf(word(k - 1), {u"the", u"that", u"this", u"same"})) {
            continue;
        }
        // "a joint statement", "a written statement": one adjective may come between.
        const qsizetype article = isOneOf(word(k - 1), {u"a", u"an", u"his", u"her"}) ? k - 1 : k - 2;
        if (article < 0 || !isOneOf(word(article), {u"a", u"an", u"his", u"her"}) || (article == k - 2 && !w.isLower(k - 1))) {
            return -1;
        }
        qsizetype start = k;
        while (start > 0 && w.at(start - 1).sentence == w.at(k).sentence) {
            --start;
        }
        // "In a joint statement, Janet Yellen, Jerome Powell and Martin Gruenberg said": the
        // writing opens the sentence, and its first subject after the comma wrote it.
        if (article - 1 == start && is(start, u"in") && k + 1 < w.size() && w.gapBeforeHas(k + 1, u',')) {
            // "Treasury Secretary Janet Yellen": the office before the name is no part of it.
            for (qsizetype i = k + 1; i < w.size() && i <= k + 4 && w.at(i).capitalised; ++i) {
                int m = -1;
                if (mentionAt(i, &m) >= 0) {
                    const bool named
                        = m_people.mentions[m].kind == PersonMention::Kind::Name && !w.at(w.indexAt(m_people.mentions[m].range.end - 1)).possessive;
                    return named ? m_people.mentions[m].person : -1;
                }
            }
            return -1;
        }
        // The sender is the first person named in that sentence, before a verb of sending.
        int sender = -1;
        for (qsizetype i = start; i < k - 1; ++i) {
            int m = -1;
            if (sender < 0 && !m_inQuote.at(i) && !m_aside.at(i) && mentionAt(i, &m) >= 0 && m_people.mentions[m].kind == PersonMention::Kind::Name
                && !w.at(w.indexAt(m_people.mentions[m].range.end - 1)).possessive) {
                sender = m_people.mentions[m].person;
            }
            if (sender >= 0 && w.isLower(i)
                && isOneOf(word(i), {u"sent", u"wrote", u"issued", u"posted", u"circulated", u"released", u"shared", u"published", u"signed", u"emailed"})) {
                return sender;
            }
        }
        return -1;
    }
    return -1;
}

// "The supplier, Corvane Systems, said", "The World Bank, which financed two dams, said": an
// organisation that speaks, with an apposition or a relative clause between it and the verb.
Attribution Reader::organisationBeforeAside(qsizetype first, qsizetype verb, int cueLength) const
{
    Attribution a;
    if (verb <= first + 1 || !w.gapBeforeHas(verb, u',')) {
        return a;
    }
    qsizetype open = verb - 1;
    while (open > first && open > verb - 20 && !w.gapBeforeHas(open, u',') && !m_inQuote.at(open)) {
        --open;
    }
    if (open <= first || !w.gapBeforeHas(open, u',') || m_inQuote.at(open)) {
        return a;
    }
    const int inner = m_entityAtWord.at(verb - 1);
    const bool relative = isOneOf(word(open), {u"which", u"who", u"that"});
    int chosen = -1;
    if (!relative && inner >= 0 && w.indexAt(m_people.entityMentions[inner].range.start) <= open + 1
        && m_people.entityMentions[inner].range.end == w.at(verb - 1).range.end) {
        chosen = inner;
    } else if ((relative || isOneOf(word(open), {u"the", u"a", u"an", u"its"})) && m_entityAtWord.at(open - 1) >= 0 && !w.at(open - 1).possessive) {
        chosen = m_entityAtWord.at(open - 1);
    }
    if (chosen < 0) {
        return a;
    }
    // "One senior doctor at the hospital, who asked not to be named, said": the hospital did not speak.
    const qsizetype entityFirst = w.indexAt(m_people.entityMentions[chosen].range.start);
    if (entityFirst > first && w.isLower(entityFirst - 1) && isOneOf(word(entityFirst - 1), {u"in", u"of", u"at", u"from", u"for", u"near", u"with", u"by"})) {
        return a;
    }
    for (qsizetype i = open; i < verb; ++i) {
        if (m_mentionAtWord.at(i) >= 0 && !relative) {
            return a; // "The operator's chief, Sarah Lindqvist, said": a person is the apposition
        }
    }
    const EntityMention &mention = m_people.entityMentions[chosen];
    a.found = true;
    a.verb = verb;
    a.entity = mention.entity;
    a.confidence = 0.55;
    a.cue = {mention.range.start, w.at(verb + cueLength - 1).range.end};
    return a;
}

// Looks for the verb of saying that governs a quotation in the words [first, end) beside it.
Attribution Reader::attribute(qsizetype first, qsizetype end, Side side, bool partial, qsizetype quoteWord) const
{
    if (first >= end) {
        return {};
    }
    if (side == Side::After) {
        // ", Witkoff said.", ", said Witkoff, who ...", ", the ministry said in a statement."
        // A relative clause between the name and its verb (", Kevin Rojek, who leads the FBI's
        // Pittsburgh field office, said") does not count against the reach: it says who the
        // speaker is, not what was said.
        // The same for one that closes an appositive (", a scaffolder who spent three winters on
        // the transept, told me").
        qsizetype counted = 0;
        bool relative = false;
        for (qsizetype i = first; i < end && counted < 9; ++i) {
            if (m_inQuote.at(i)) {
                break;
            }
            relative = (relative && !w.gapBeforeHas(i, u',')) || (i > first && (is(i, u"who") || is(i, u"whose")));
            counted += (relative || m_aside.at(i)) ? 0 : 1;
            int length = 1;
            const SpeechCues::Cue cue = cueAt(i, &length);
            if (cue.valid && (cue.finite || (cue.participle && i == first))) {
                if (cue.participle) {
                    return {}; // ", adding ..." belongs to the cue before the quotation
                }
                return fromCue(first, end, i, length, cue);
            }
        }
        return {};
    }
    // Before the quotation: the last finite verb of saying in the clause; a participle
    // ("emphasizing that ...") reports for the subject of the main verb.
    qsizetype chosen = -1;
    int chosenLength = 1;
    SpeechCues::Cue chosenCue;
    qsizetype fallback = -1;
    SpeechCues::Cue fallbackCue;
    for (qsizetype i = end - 1; i >= first; --i) {
        // "..., who asked not to be named because he still advises the government.": a verb in a
        // relative clause or an aside does not introduce what follows.
        if (m_inQuote.at(i) || (m_aside.at(i) && !startsWithContrast(i))) {
            continue;
        }
        int length = 1;
        const SpeechCues::Cue cue = cueAt(i, &length);
        if (!cue.valid || (!cue.finite && !cue.participle)) {
            continue;
        }
        // "suggested that Putin call Trump ... and tell him he was “a man of peace”": a bare form
        // after "and" or "to" shares the subject of a verb before it, and the cue before counts.
        if (cue.bare && i > first && (isOneOf(word(i - 1), {u"and", u"or", u"to"}) || w.gapBeforeHas(i, u','))) {
            continue;
        }
        // "says Yoon should explain this “tragic situation”": what someone ought to say is the
        // reporting verb's content, not a report of its own.
        if (cue.bare && i > first && isOneOf(word(i - 1), {u"should", u"must", u"could", u"might"})) {
            continue;
        }
        // "put it bluntly when we spoke to him:": the reporter's own verb in a time clause
        // yields to the cue before it.
        const bool reporterClause = cue.finite && i >= 2 && isOneOf(word(i - 1), {u"we", u"i"})
            && isOneOf(word(i - 2), {u"when", u"after", u"before", u"while", u"as", u"once", u"until"});
        if (reporterClause) {
            if (fallback < 0) {
                fallback = i;
                fallbackCue = cue;
            }
            continue;
        }
        if (cue.finite) {
            chosen = i;
            chosenLength = length;
            chosenCue = cue;
            break;
        }
        if (chosen < 0) {
            chosen = i;
            chosenLength = length;
            chosenCue = cue;
        }
    }
    if (chosen < 0 && fallback >= 0) {
        chosen = fallback;
        chosenCue = fallbackCue;
    }
    if (chosen < 0) {
        return {};
    }
    if (!partial) {
        // A set-off quotation follows its cue closely: "told Ushakov, ...", "the exact phrasing: ...".
        const qsizetype gapWords = end - (chosen + chosenLength);
        const int tailStart = w.at(end - 1).end;
        const QStringView tail = QStringView(w.text()).mid(tailStart, std::max(0, w.at(quoteWord).range.start - tailStart));
        if (gapWords > 9 && !tail.contains(u':')) {
            return {};
        }
    }
    if (chosenCue.participle) {
        // The participle's subject is the subject of the sentence: its first person outside
        // asides, or the first after the participle's own phrase ("Speaking at City Hall, Solberg").
        qsizetype clause = chosen + chosenLength;
        while (clause < end && !w.gapBeforeHas(clause, u',')) {
            ++clause;
        }
        for (qsizetype i = first; i < end; ++i) {
            if (i == chosen) {
                i = clause;
                if (i >= end) {
                    break;
                }
            }
            int m = -1;
            if (!m_inQuote.at(i) && !m_aside.at(i) && mentionAt(i, &m) >= 0 && m_people.mentions[m].kind != PersonMention::Kind::Pronoun) {
                // "the board fired Sam Altman, saying ...": a name right after a verb is its
                // object; the board, no person, is the subject.
                const qsizetype nameFirst = w.indexAt(m_people.mentions[m].range.start);
                const qsizetype prev = nameFirst - 1;
                if (prev >= first && w.plainGapBefore(nameFirst) && w.isLower(prev) && !w.at(prev).possessive && !lex(prev).isFunctionWord()
                    && !lex(prev).role().isValid() && !lex(prev).isRoleModifier() && !lex(prev).isTitle()) {
                    Attribution unnamed;
                    unnamed.found = true;
                    unnamed.verb = chosen;
                    unnamed.confidence = 0.35;
                    unnamed.cue = {w.at(chosen).range.start, w.at(chosen + chosenLength - 1).range.end};
                    return unnamed;
                }
                Attribution a;
                a.found = true;
                a.verb = chosen;
                a.speaker = m_people.mentions[m].person;
                a.confidence = 0.8 * m_people.mentions[m].confidence;
                a.cue
                    = {std::min(w.at(chosen).range.start, m_people.mentions[m].range.start), std::max(w.at(chosen).range.end, m_people.mentions[m].range.end)};
                return a;
            }
        }
    }
    return fromCue(first, end, chosen, chosenLength, chosenCue);
}

// "It read:", "It ended:", "Part of the memo said:": a short clause that reads out a piece of
// writing named before.
bool Reader::writingReadOut(qsizetype first, qsizetype end) const
{
    bool writing = false;
    bool reads = false;
    for (qsizetype i = first; i < end; ++i) {
        writing = writing || is(i, u"it")
            || isOneOf(word(i), {u"message", u"memo", u"post", u"letter", u"statement", u"note", u"email", u"text", u"tweet", u"post"});
        reads = reads || isOneOf(word(i), {u"read", u"reads", u"ended", u"ends", u"began", u"begins", u"said", u"says", u"continued", u"concluded"});
    }
    return writing && reads;
}

bool Reader::namesWork(qsizetype firstInside) const
{
    const qsizetype noun = firstInside - 1;
    if (noun < 0 || m_inQuote.at(noun) || w.gapBeforeHas(firstInside, u'.')) {
        return false;
    }
    // "author of “Flying Blind”", "the director of “Downfall”": who made the work.
    if (is(noun, u"of") && noun > 0
        && isOneOf(word(noun - 1), {u"author", u"co-author", u"director", u"writer", u"producer", u"creator", u"host", u"editor"})) {
        return true;
    }
    return isOneOf(word(noun),
        {u"book", u"novel", u"memoir", u"biography", u"film", u"movie", u"documentary", u"album", u"song", u"single", u"play", u"musical", u"opera", u"series",
            u"show", u"programme", u"program", u"podcast", u"report", u"study", u"essay", u"poem", u"column", u"painting", u"exhibition", u"bill", u"act",
            u"law", u"ship", u"vessel", u"tanker", u"ferry", u"yacht", u"operation", u"campaign", u"titled", u"entitled", u"called", u"named", u"dubbed",
            u"debut", u"sequel"});
}

bool Reader::isTitle(const QuotedSpan &span, int wordCount, int maxWords) const
{
    if (wordCount < 2 || wordCount > maxWords) {
        return false;
    }
    const QStringView text = QStringView(w.text()).mid(span.inner.start, span.inner.length());
    if (text.endsWith(u'.') || text.endsWith(u'?') || text.endsWith(u'!') || text.contains(u", ")) {
        return false;
    }
    // "ZERO GRATITUDE" is shouting, not a title.
    bool lower = false;
    for (const QChar c : text) {
        lower = lower || c.isLower();
    }
    if (!lower) {
        return false;
    }
    qsizetype end = w.indexAt(span.inner.start);
    while (end < w.size() && w.at(end).range.start < span.inner.end) {
        ++end;
    }
    return titleCased(w.indexAt(span.inner.start), end);
}

bool Reader::titleCased(qsizetype first, qsizetype end) const
{
    int capitals = 0;
    int content = 0;
    for (qsizetype i = first; i < end; ++i) {
        if ((lex(i).isFunctionWord() && !w.at(i).initial) || word(i).front().isDigit()) {
            continue;
        }
        ++content;
        capitals += w.at(i).capitalised ? 1 : 0;
    }
    return content > 0 && capitals == content;
}

// ""Wicked" won two awards", "joked that "Anora" uses a four-letter word 479 times": a film's,
// a book's or a song's title in marks is a noun of the sentence, which runs on from the closing
// mark with no stop or comma; what someone said hands over to its cue with a comma ("...," she
// said) or ends in a stop. Only a short title-case run counts: words said are rarely all capitals.
bool Reader::titleUsedAsNoun(const QuotedSpan &tail, qsizetype firstInside, qsizetype endInside) const
{
    if (endInside - firstInside > 6 || tail.close < 0 || tail.close + 1 >= w.text().size() || !w.text().at(tail.close + 1).isSpace()) {
        return false;
    }
    const QChar lastInside = w.text().at(std::max(tail.inner.end - 1, 0));
    if (QStringView(u".?!,;:").contains(lastInside)) {
        return false;
    }
    // "showed “ZERO GRATITUDE” for": words in capitals are shouted, no title.
    const QStringView inside = QStringView(w.text()).sliced(w.at(firstInside).range.start, w.at(endInside - 1).range.end - w.at(firstInside).range.start);
    if (std::none_of(inside.cbegin(), inside.cend(), [](QChar c) { return c.isLower(); })) {
        return false;
    }
    const qsizetype next = w.indexAt(tail.close + 1);
    if (next >= w.size() || next != endInside || w.at(next).paragraph != tail.paragraph || !w.isLower(next)) {
        return false;
    }
    int length = 1;
    return !cueAt(next, &length).finite && titleCased(firstInside, endInside);
}

QList<Quote> Reader::run(const QString &articleId)
{
    QList<Quote> quotes;
    const QString &text = w.text();
    int lastSpeaker = -1;
    int lastParagraph = -1;
    bool lastEndedParagraph = false;
    Attribution lastAttribution;
    double lastConfidence = 0.0;
    qsizetype lastQuoteEnd = -1;
    for (qsizetype s = 0; s < m_quoted.size(); ++s) {
        const QuotedSpan &span = m_quoted[s];
        // A quotation continued over paragraphs (each reopened with a fresh mark) is one utterance.
        qsizetype lastPiece = s;
        while (m_quoted[lastPiece].continuesNext && lastPiece + 1 < m_quoted.size() && m_quoted[lastPiece + 1].continuesPrevious) {
            ++lastPiece;
        }
        const qsizetype firstPiece = s;
        s = lastPiece;
        const QuotedSpan &tail = m_quoted[lastPiece];
        const qsizetype firstInside = w.indexAt(span.inner.start);
        qsizetype endInside = firstInside;
        while (endInside < w.size() && w.at(endInside).range.start < tail.inner.end) {
            ++endInside;
        }
        const int wordCount = int(endInside - firstInside);
        const bool insideAnswer = std::any_of(m_answers.cbegin(), m_answers.cend(),
            [&span](const Answer &answer) { return span.inner.start >= answer.words.start && span.inner.start < answer.words.end; });
        if (wordCount == 0 || insideAnswer) {
            continue;
        }
        const int paragraphStart = w.paragraphs().value(span.paragraph).start;

        // How the quotation sits in its sentence.
        int prevChar = span.open - 1;
        while (prevChar >= paragraphStart && text[prevChar].isSpace()) {
            --prevChar;
        }
        const QChar prev = prevChar >= paragraphStart ? text[prevChar] : QChar(u'\n');
        const bool sentenceStart = prevChar < paragraphStart || prev == u'.' || prev == u'?' || prev == u'!' || isDoubleQuoteMark(prev);
        const bool setOff = sentenceStart || prev == u':' || prev == u',' || prev == u'\u2014' || prev == u'(' || prev == u';';
        const bool startsLower = text[span.inner.start].isLower();

        // Words of the same sentence before the opening mark, after any earlier quotation.
        const qsizetype beforeEnd = firstInside;
        qsizetype before = beforeEnd;
        if (!sentenceStart && beforeEnd > 0 && w.at(beforeEnd - 1).paragraph == span.paragraph && !m_inQuote.at(beforeEnd - 1)) {
            const int sentence = w.at(beforeEnd - 1).sentence;
            while (before > 0 && w.at(before - 1).sentence == sentence && w.at(before - 1).paragraph == span.paragraph && !m_inQuote.at(before - 1)) {
                --before;
            }
        }
        // Words after the closing mark up to the end of that sentence or the next quotation.
        const qsizetype afterFirst = tail.close >= 0 ? w.indexAt(tail.close + 1) : w.size();
        qsizetype afterEnd = afterFirst;
        if (afterFirst < w.size() && w.at(afterFirst).paragraph == tail.paragraph) {
            const int afterSentence = w.at(afterFirst).sentence;
            while (afterEnd < w.size() && w.at(afterEnd).sentence == afterSentence && !m_inQuote.at(afterEnd) && w.at(afterEnd).paragraph == tail.paragraph) {
                ++afterEnd;
            }
        }

        int cueLength = 1;
        const bool cueRightBefore = beforeEnd > before && cueAt(beforeEnd - 1, &cueLength).finite;
        // The second half of a split quotation ("...," Okonjo said, "but I call it ...") stays direct.
        bool cueBetween = false;
        if (setOff && !sentenceStart && before > 0 && before < beforeEnd && m_inDirect.at(before - 1) && w.at(before - 1).paragraph == span.paragraph) {
            for (qsizetype i = before; i < beforeEnd && !cueBetween; ++i) {
                int length = 1;
                cueBetween = cueAt(i, &length).finite;
            }
        }
        // "Brockman, after the deal: “returning to OpenAI & getting back to coding tonight.”": a
        // post written in lower case, set off by a colon and closing the sentence, is whole.
        const bool wholeAfterColon = prev == u':' && wordCount >= 4 && tail.close > 0 && QStringView(u".?!").contains(text[std::max(tail.inner.end - 1, 0)])
            && (tail.close + 1 >= text.size() || text[tail.close + 1].isSpace());
        // ""i loved my time at openai," he wrote": a quotation of some words that opens its sentence
        // stands whole, even when its writer does not capitalise.
        const bool wholeSentence = sentenceStart && wordCount >= 4;
        const bool partial
            = !span.continuesPrevious && !cueBetween && (!setOff || (startsLower && !wholeAfterColon && !wholeSentence)) && !(cueRightBefore && !startsLower);

        // Attribution: the cue on the side the quotation leans on first.
        const bool quoteEndsSentence = tail.close > 0 && QStringView(u".?!").contains(text[std::max(tail.inner.end - 1, 0)]);
        // After the quotation's closing stop, "?" or "!" a lower-case word goes on with its sentence
        // ("...?" said Grace Whitfield, a strategist at ...); a capital may open a new one.
        const bool afterAllowed = !quoteEndsSentence || afterEnd - afterFirst <= 7 || (afterFirst < afterEnd && w.isLower(afterFirst));
        Attribution a;
        if (!partial && before == beforeEnd && afterAllowed) {
            a = attribute(afterFirst, afterEnd, Side::After, partial, firstInside);
        }
        if (!a.found) {
            a = attribute(before, beforeEnd, Side::Before, partial, firstInside);
        }
        if (!a.found && afterAllowed) {
            a = attribute(afterFirst, afterEnd, Side::After, partial, firstInside);
        }
        // "he said he found Witkoff “a serious partner” and added, “...”": a verb joined by "and"
        // to the report before shares its subject.
        if (a.found && a.speaker < 0 && a.entity < 0 && before < beforeEnd && is(before, u"and") && lastQuoteEnd > 0 && lastQuoteEnd <= before
            && w.at(before).sentence == w.at(lastQuoteEnd - 1).sentence && lastAttribution.speaker >= 0) {
            a.speaker = lastAttribution.speaker;
            a.confidence = 0.8 * lastAttribution.confidence;
        }
        double confidence = a.confidence;
        // A cue in the sentence before also reports its own content ("said the worst night came ...").
        bool fromPreviousSentence = false;
        if (!a.found && !partial && before == beforeEnd && before > 0 && !m_inQuote.at(before - 1) && w.at(before - 1).paragraph >= span.paragraph - 1) {
            // A quotation opening its sentence: the sentence before may end in a colon or carry
            // the cue ("In a statement, the envoy said:").
            const qsizetype previousEnd = before;
            const int previousSentence = w.at(previousEnd - 1).sentence;
            qsizetype previousFirst = previousEnd;
            while (previousFirst > 0 && w.at(previousFirst - 1).sentence == previousSentence && !m_inQuote.at(previousFirst - 1)) {
                --previousFirst;
            }
            const int gapStart = w.at(previousEnd - 1).end;
            const bool colon = QStringView(text).mid(gapStart, span.open - gapStart).contains(u':');
            const bool sameParagraph = w.at(previousEnd - 1).paragraph == span.paragraph;
            if (colon || sameParagraph || !span.continuesPrevious) {
                const Attribution previous = attribute(previousFirst, previousEnd, Side::Before, true, firstInside);
                if (previous.found && previous.speaker >= 0) {
                    a = previous;
                    confidence = a.confidence * (colon ? 0.95 : 0.7);
                    fromPreviousSentence = !colon;
                } else if (previous.found && colon) {
                    a = previous;
                }
            }
        }
        if (!a.found && before < beforeEnd) {
            // "It was, in the words of one European diplomat, 'a wish list'": the source is named
            // after "words of", or nobody is when it is unnamed.
            for (qsizetype k = before; k + 2 < beforeEnd && !a.found; ++k) {
                if (!is(k, u"words") || !is(k + 1, u"of") || !(is(k - 1, u"the") || is(k - 1, u"whose"))) {
                    continue;
                }
                a.found = true;
                a.verb = k;
                a.confidence = 0.5;
                a.cue = {w.at(k).range.start, w.at(k + 1).range.end};
                for (qsizetype i = k + 2; i < beforeEnd && !w.gapBeforeHas(i, u','); ++i) {
                    // "one European diplomat": a name that only qualifies a noun is not the source.
                    if (m_entityAtWord.at(i) >= 0) {
                        const qsizetype next = w.indexAt(m_people.entityMentions[m_entityAtWord.at(i)].range.end);
                        if (next < beforeEnd && w.isLower(next) && !w.gapBeforeHas(next, u',')) {
                            continue;
                        }
                    }
                    if (takeSourceAt(i, a)) {
                        a.cue.end = w.at(i).range.end;
                        break;
                    }
                }
                confidence = a.confidence;
            }
        }
        if (!a.found && partial && before < beforeEnd) {
            // "Peskov's warning that the leak would “poison the talks”": the owner of what was said.
            for (qsizetype k = beforeEnd - 2; k >= before && !a.found; --k) {
                int m = -1;
                if (m_inQuote.at(k) || mentionAt(k, &m) < 0 || m_people.mentions[m].kind != PersonMention::Kind::Name) {
                    continue;
                }
                const qsizetype owner = w.indexAt(m_people.mentions[m].range.end - 1);
                if (!w.at(owner).possessive || owner + 1 >= beforeEnd || !isOwnedUtterance(word(owner + 1))) {
                    continue;
                }
                a.found = true;
                a.verb = owner + 1;
                a.speaker = m_people.mentions[m].person;
                a.confidence = 0.7 * m_people.mentions[m].confidence;
                a.cue = {m_people.mentions[m].range.start, w.at(owner + 1).range.end};
                confidence = a.confidence;
            }
        }
        if (!a.found && partial && before < beforeEnd && before > 0) {
            // "In her view, the draft was “vague by design”": the view is that of the person the
            // sentence before reported.
            bool opinion = false;
            for (qsizetype i = before; i + 1 < beforeEnd && !opinion; ++i) {
                static const QList<QStringView> nouns{u"view", u"opinion", u"words", u"assessment", u"account", u"telling", u"mind"};
                opinion = (is(i, u"her") || is(i, u"his") || is(i, u"their")) && nouns.contains(word(i + 1));
            }
            if (opinion && !m_inQuote.at(before - 1)) {
                // The sentence before may hold quoted words of its own ("was trying to “sabotage”
                // the talks"): the cue search passes over them.
                const int previousSentence = w.at(before - 1).sentence;
                qsizetype previousFirst = before;
                while (previousFirst > 0 && w.at(previousFirst - 1).sentence == previousSentence) {
                    --previousFirst;
                }
                const Attribution previous = attribute(previousFirst, before, Side::Before, true, firstInside);
                if (previous.found && previous.speaker >= 0) {
                    a = previous;
                    confidence = 0.6;
                    fromPreviousSentence = true;
                }
            }
        }
        if (!a.found && a.speaker < 0 && partial && lastQuoteEnd > 0 && lastQuoteEnd <= firstInside && firstInside - lastQuoteEnd <= 8
            && w.at(firstInside).sentence == w.at(lastQuoteEnd - 1).sentence) {
            // "called the plan “reckless” and “a tax grab”", "said the leak was “unacceptable” and
            // that it was “a deliberate attempt”": one cue for both, when nobody else is named
            // and no other verb of saying comes between.
            bool sameSource = true;
            for (qsizetype i = lastQuoteEnd; i < firstInside && sameSource; ++i) {
                int length = 1;
                sameSource = m_mentionAtWord.at(i) < 0 && m_entityAtWord.at(i) < 0 && !cueAt(i, &length).valid;
            }
            if (sameSource) {
                a = lastAttribution;
                confidence = lastConfidence;
            }
        }
        if (!a.found && a.speaker < 0 && !partial && (prev == u':' || prev == u'\u2014' || prev == u'\u2013') && before < beforeEnd
            && beforeEnd - before <= 15) {
            // "Her neighbour, Colin Marsh, disagreed: “...”": the person the clause before the colon is about.
            // A round-up of reactions sets the words off with a dash as often: "Evan Sorensen, a passenger — “...”".
            for (qsizetype i = before; i < beforeEnd && a.speaker < 0; ++i) {
                int m = -1;
                if (!m_aside.at(i) && !m_inQuote.at(i) && mentionAt(i, &m) >= 0 && m_people.mentions[m].kind == PersonMention::Kind::Name) {
                    a.speaker = m_people.mentions[m].person;
                    a.cue = {m_people.mentions[m].range.start, w.at(beforeEnd - 1).range.end};
                    confidence = 0.6 * m_people.mentions[m].confidence;
                }
            }
            if (a.speaker < 0 && prev == u':' && beforeEnd - before <= 5 && before > 0 && !m_inQuote.at(before - 1) && writingReadOut(before, beforeEnd)) {
                // "Brockman posted the message he had sent. It ended: “...”": the words of a post,
                // memo or letter whose writer the sentence before named.
                const int earlierSentence = w.at(before - 1).sentence;
                qsizetype earlierFirst = before;
                while (earlierFirst > 0 && w.at(earlierFirst - 1).sentence == earlierSentence && !m_inQuote.at(earlierFirst - 1)) {
                    --earlierFirst;
                }
                if (const Attribution writer = attribute(earlierFirst, before, Side::Before, true, firstInside); writer.found && writer.speaker >= 0) {
                    a = writer;
                    confidence = 0.7 * a.confidence;
                }
            }
        }
        if (!a.found && a.speaker < 0 && !partial && tail.close > 0 && afterFirst < w.size() && w.at(afterFirst).paragraph == tail.paragraph) {
            // "“The records matter most.” — Ruth Okafor, former investigator": a pull quote or a
            // round-up line signed after the words.
            qsizetype paragraphEnd = afterFirst;
            while (paragraphEnd < w.size() && w.at(paragraphEnd).paragraph == tail.paragraph) {
                ++paragraphEnd;
            }
            if (Attribution signature; signatureAt(afterFirst, paragraphEnd, signature)) {
                a = signature;
                confidence = a.confidence;
            }
        }
        if (!a.found && a.speaker < 0 && lastSpeaker >= 0 && !partial) {
            // A quotation with no cue of its own continues the speaker of the one before it; in an
            // interview an answer follows a question that names nobody.
            const bool continues = span.continuesPrevious || span.paragraph == lastParagraph
                || (lastEndedParagraph && lastParagraph == span.paragraph - 1 && before == beforeEnd);
            const bool answer = before == beforeEnd && sentenceStart && span.paragraph - lastParagraph <= 2 && span.paragraph > lastParagraph
                && !namesPeopleBetween(lastParagraph + 1, span.paragraph);
            if (continues || answer) {
                a.speaker = lastSpeaker;
                confidence = continues ? 0.7 : 0.55;
            }
        } else if (!a.found && a.speaker < 0 && lastSpeaker < 0 && lastAttribution.found && !partial && lastQuoteEnd >= 0
            && (span.continuesPrevious || span.paragraph == lastParagraph)) {
            // The unnamed voice of the quotation before goes on ("said a former ambassador, who
            // asked not to be named. 'It is quite another ...'").
            a = lastAttribution;
            confidence = 0.7 * lastConfidence;
        }
        if (!a.found && a.speaker < 0 && !partial && !span.continuesPrevious && sentenceStart && prevChar < paragraphStart && span.paragraph > 0
            && span.paragraph - 1 > lastParagraph && !w.isHeading(span.paragraph - 1)) {
            // "Hana Liddell, a nurse, was seated near the opening.¶“I remember the noise ...”": a
            // paragraph that opens with a quotation after one about a single person is that
            // person's, as features introduce a voice and then let it speak.
            a.speaker = onlyPersonIn(span.paragraph - 1, &a.cue);
            confidence = 0.5;
        }

        // "Her new book, “The Last Ice Road”, describes": a title after the noun it names.
        // "author of “Flying Blind: The 737 MAX Tragedy and the Fall of Boeing”": after the noun a
        // title and its subtitle may run longer than a title standing alone.
        if (namesWork(firstInside) && isTitle(span, wordCount, 14)) {
            continue;
        }
        // "people called it the “Wednesday letter”": marks after "the" that a verb of naming
        // governs set off a label, not words anyone said; "called it “a reckless gamble”" quotes.
        if (partial && a.found && a.verb >= 0 && wordCount <= 3 && firstInside > a.verb && firstInside - a.verb <= 4 && is(firstInside - 1, u"the")
            && isOneOf(word(a.verb), {u"called", u"calls", u"call", u"dubbed", u"nicknamed", u"named"})) {
            continue;
        }
        if (titleUsedAsNoun(tail, firstInside, endInside)) {
            continue;
        }
        // Quotation marks that are not quotations: titles, scare quotes, single marks with no cue.
        if (!a.found && a.speaker < 0) {
            if (span.single || wordCount <= 3 || (partial && wordCount <= 5)) {
                continue;
            }
            if (isTitle(span, wordCount)) {
                continue;
            }
        } else if (isTitle(span, wordCount) && !setOff) {
            continue;
        }
        if (!a.found && a.speaker < 0 && wordCount <= 2) {
            continue;
        }
        if (a.found && a.speaker < 0 && wordCount <= 1 && !setOff) {
            continue;
        }

        Quote quote;
        TextRange range{span.inner.start, tail.inner.end};
        // The comma that hands over to the cue belongs to the sentence, not to the words said;
        // a partial quotation also leaves the sentence's final period outside.
        while (range.end > range.start && (text[range.end - 1] == u',' || (partial && text[range.end - 1] == u'.' && text[range.end - 2] != u'.'))) {
            --range.end;
        }
        quote.text = text.mid(range.start, range.length());
        if (lastPiece > firstPiece) {
            QStringList pieces;
            for (qsizetype piece = firstPiece; piece <= lastPiece; ++piece) {
                const TextRange inner = m_quoted[piece].inner;
                pieces.append(text.mid(inner.start, std::min(inner.end, range.end) - inner.start));
            }
            quote.text = pieces.join(u' ');
        }
        quote.kind = partial ? Quote::Kind::Partial : Quote::Kind::Direct;
        quote.speaker = speakerId(a);
        if (a.addressee < 0 && a.speaker >= 0 && a.verb >= 0) {
            a.addressee = askerOf(a.verb, a.speaker);
        }
        quote.addressee = a.addressee >= 0 ? m_people.people[a.addressee].id : QString();
        quote.span = {articleId, range.start, range.end};
        if ((a.found || a.speaker >= 0) && a.cue.isValid()) {
            quote.cue = {articleId, a.cue.start, a.cue.end};
        }
        if (!a.found && a.speaker < 0) {
            confidence = 0.3;
        }
        quote.confidence = std::clamp(partial ? confidence * 0.9 : confidence, 0.05, 1.0);
        if (a.verb >= 0 && !partial) {
            if (!fromPreviousSentence) {
                markCueUsed(a.verb);
            }
        }
        if (!partial) {
            for (qsizetype i = firstInside; i < endInside; ++i) {
                m_inDirect[i] = true;
            }
        }
        quotes.append(quote);
        if (a.speaker >= 0) {
            lastSpeaker = a.speaker;
        } else if (a.found) {
            // "..., said a former ambassador, who asked not to be named. '...'": the next
            // quotation goes on in the unnamed voice, not in that of whoever spoke before.
            lastSpeaker = -1;
        }
        lastParagraph = tail.paragraph;
        lastEndedParagraph = afterEnd == afterFirst || tail.continuesNext;
        lastAttribution = a;
        lastConfidence = confidence;
        lastQuoteEnd = endInside;
    }
    // A transcript between two people ("WITKOFF: ..." / "USHAKOV: ..."): each speaks to the other;
    // at a briefing where reporters ask ("QUESTION: ..."), the two answer them instead.
    QList<int> parties;
    for (const Answer &answer : std::as_const(m_answers)) {
        if (answer.speaker >= 0 && !parties.contains(answer.speaker)) {
            parties.append(answer.speaker);
        }
    }
    for (const Answer &answer : std::as_const(m_answers)) {
        Quote quote;
        if (parties.size() == 2 && !m_othersAsk && answer.speaker >= 0 && answer.label.length() > 1) {
            quote.addressee = m_people.people[parties[parties.first() == answer.speaker ? 1 : 0]].id;
        } else if (const int addressee = calledBy(answer); addressee >= 0) {
            quote.addressee = m_people.people[addressee].id;
        }
        quote.kind = Quote::Kind::Direct;
        quote.text = text.mid(answer.words.start, answer.words.length());
        quote.span = {articleId, answer.words.start, answer.words.end};
        quote.cue = {articleId, answer.label.start, answer.label.end};
        quote.speaker = answer.speaker >= 0 ? m_people.people[answer.speaker].id : QString();
        quote.confidence = answer.speaker >= 0 ? 0.6 : 0.3;
        quotes.append(quote);
    }
    findPostsAfterColon(articleId, quotes);
    findIndirect(articleId, quotes);
    findReportedBefore(articleId, quotes);
    std::sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) { return a.span.start < b.span.start; });
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        quotes[i].id = u"q"_s + QString::number(i + 1);
    }
    return quotes;
}

// "— Don Bacon (@RepDonBacon) November 25, 2025", "“...” — Ruth Okafor, former investigator": a
// signature after a post or a quotation names its writer.
bool Reader::signatureAt(qsizetype i, qsizetype limit, Attribution &a) const
{
    const QString &text = w.text();
    const int dashAt = i > 0 ? w.at(i - 1).end : 0;
    const QStringView gap = QStringView(text).mid(dashAt, w.at(i).range.start - dashAt).trimmed();
    if (i >= limit || !(gap.endsWith(u'\u2014') || gap.endsWith(u'\u2015') || gap.endsWith(u'\u2013'))) {
        return false;
    }
    int person = -1;
    qsizetype rest = i;
    if (int m = -1; mentionAt(i, &m) >= 0 && m_people.mentions[m].kind == PersonMention::Kind::Name) {
        person = m_people.mentions[m].person;
        rest = w.indexAt(m_people.mentions[m].range.end);
    } else {
        // A signature line reads like a heading, where no names are taken: match the people
        // the article names elsewhere ("Andrii Sybiha", "Sybiha").
        for (qsizetype length = 2; length >= 1 && person < 0; --length) {
            if (i + length <= limit && w.at(i + length - 1).capitalised) {
                person = personLabelled(QStringView(text).mid(w.at(i).range.start, w.at(i + length - 1).range.end - w.at(i).range.start));
                rest = i + length;
            }
        }
    }
    // Only a handle, a date or a place may follow the name.
    if (person < 0 || (rest < limit && rest + 8 < limit)) {
        return false;
    }
    // "Thanks for following along. — Nadia Ferreira and Sam Whitcombe": writers who sign off a
    // live blog together credit it; a post or a letter quoted is signed by one.
    if (rest + 1 < limit && is(rest, u"and") && w.at(rest + 1).capitalised) {
        return false;
    }
    a.found = true;
    a.verb = i;
    a.speaker = person;
    a.confidence = 0.6;
    a.cue = {w.at(i).range.start, w.at(rest - 1).range.end};
    return true;
}

void Reader::findPostsAfterColon(const QString &articleId, QList<Quote> &quotes)
{
    const QString &text = w.text();
    const QList<TextRange> &paragraphs = w.paragraphs();
    for (qsizetype p = 1; p < paragraphs.size(); ++p) {
        const QStringView before = QStringView(text).mid(paragraphs[p - 1].start, paragraphs[p - 1].length()).trimmed();
        const qsizetype firstWord = w.indexAt(paragraphs[p].start);
        if (firstWord <= 0 || firstWord >= w.size() || w.at(firstWord).paragraph != p || w.at(firstWord - 1).paragraph != p - 1) {
            continue;
        }
        qsizetype end = firstWord;
        bool marked = false;
        while (end < w.size() && w.at(end).paragraph == p) {
            marked = marked || m_inQuote.at(end);
            ++end;
        }
        if (marked || end - firstWord < 4) {
            continue;
        }
        Attribution a;
        // The signature may close the paragraph itself or stand as the next one.
        qsizetype last = end;
        for (qsizetype i = firstWord + 4; i < end && !a.found; ++i) {
            if (signatureAt(i, end, a)) {
                last = i;
            }
        }
        qsizetype signedBelow = -1; // the paragraph of a signature standing after the post
        if (!a.found && end < w.size()) {
            qsizetype nextEnd = end;
            while (nextEnd < w.size() && w.at(nextEnd).paragraph == w.at(end).paragraph) {
                ++nextEnd;
            }
            if (signatureAt(end, nextEnd, a)) {
                signedBelow = w.at(end).paragraph;
            }
        }
        if (!a.found && before.endsWith(u':') && !m_inQuote.at(firstWord - 1)) {
            const int sentence = w.at(firstWord - 1).sentence;
            qsizetype sentenceFirst = firstWord - 1;
            while (sentenceFirst > 0 && w.at(sentenceFirst - 1).sentence == sentence) {
                --sentenceFirst;
            }
            a = attribute(sentenceFirst, firstWord, Side::Before, false, firstWord);
        }
        if (!a.found) {
            continue;
        }
        TextRange range{w.at(firstWord).range.start, w.at(last - 1).end};
        while (range.end < paragraphs[p].end && QStringView(u".?!").contains(text[range.end])) {
            ++range.end; // the post's own closing stop
        }
        // A block quotation of several paragraphs is one quotation.
        const auto quotationOf = [this](qsizetype paragraph) {
            const QList<Paragraph> &analysed = w.analysis().paragraphs;
            return paragraph < analysed.size() ? analysed[paragraph].quotation : -1;
        };
        if (last == end && quotationOf(p) >= 0) {
            // A signature in the same block quotation ("— Marco Rubio (@SecRubio) November 23,
            // 2025") closes the post; it is not the post's words.
            while (p + 1 < paragraphs.size() && p + 1 != signedBelow && quotationOf(p + 1) == quotationOf(p)) {
                ++p;
                qsizetype i = last;
                while (i < w.size() && w.at(i).paragraph <= p) {
                    if (w.at(i).paragraph == p) {
                        m_inDirect[i] = true;
                    }
                    ++i;
                }
                int stop = paragraphs[p].end;
                while (stop > paragraphs[p].start && text[stop - 1].isSpace()) {
                    --stop;
                }
                range.end = std::max(range.end, stop);
                last = i;
            }
        }
        Quote quote;
        quote.kind = Quote::Kind::Direct;
        quote.text = text.mid(range.start, range.length());
        quote.span = {articleId, range.start, range.end};
        quote.speaker = speakerId(a);
        quote.addressee = a.addressee >= 0 ? m_people.people[a.addressee].id : QString();
        if (a.cue.isValid()) {
            quote.cue = {articleId, a.cue.start, a.cue.end};
        }
        quote.confidence = std::clamp(0.85 * a.confidence, 0.05, 1.0);
        quotes.append(quote);
        markCueUsed(a.verb);
        for (qsizetype i = firstWord; i < last; ++i) {
            m_inDirect[i] = true;
        }
    }
}

// "said on Friday that", "said last week that", "said repeatedly that": what may stand between a
// verb of saying and "that" starts with a preposition, a time word or an adverb.
int Reader::subjectOfJoinedVerb(qsizetype first, qsizetype conjunction) const
{
    // "He told the judge his client was not a \"ruthless killer\" and said": quoted words inside the
    // first verb's clause are passed over, as is the listener after it.
    for (qsizetype k = conjunction - 1, plain = 0; k > first && plain < 16; --k) {
        if (m_inQuote.at(k)) {
            continue;
        }
        ++plain;
        if (isOneOf(word(k), {u"who", u"which", u"that", u"whose"}) || w.gapBeforeHas(k + 1, u';')) {
            return -1; // the verb before is a relative clause's, or another clause's
        }
        const bool finite = w.isLower(k)
            && (word(k).endsWith(u"ed") || SpeechCues::lookup(word(k)).finite
                || isOneOf(word(k), {u"spoke", u"met", u"flew", u"went", u"came", u"took", u"gave", u"held", u"made", u"left", u"won", u"lost", u"sent"}));
        const int mention = finite && !m_inQuote.at(k - 1) ? m_mentionAtWord.at(k - 1) : -1;
        const bool subject = mention >= 0
            && (m_people.mentions[mention].kind == PersonMention::Kind::Name
                || (m_people.mentions[mention].kind == PersonMention::Kind::Pronoun && m_people.mentions[mention].person >= 0));
        if (subject && !w.at(k - 1).possessive) {
            return mention;
        }
    }
    return -1;
}

// Whether the words from `from` to the verb join it to the clause before ("and asked") or make it
// a relative clause's ("several of whom wrote", "who told").
bool Reader::joinedOrRelative(qsizetype from, qsizetype verb) const
{
    if (verb > from && isOneOf(word(verb - 1), {u"and", u"or", u"but"})) {
        return true;
    }
    for (qsizetype k = from; k < verb; ++k) {
        if (isOneOf(word(k), {u"who", u"whom", u"which", u"whose"})) {
            return true;
        }
    }
    return false;
}

// "did not say", "didn't say", "never said", "has not publicly said": a negation before the verb,
// with at most an adverb between.
bool Reader::negatedVerb(qsizetype verb) const
{
    const auto negation = [this](qsizetype k) {
        const QStringView wd = word(k);
        return !m_inQuote.at(k) && (isOneOf(wd, {u"not", u"never"}) || wd.endsWith(u"n't") || wd.endsWith(u"n\u2019t"));
    };
    if (verb < 1 || w.at(verb - 1).sentence != w.at(verb).sentence) {
        return false;
    }
    if (negation(verb - 1)) {
        return true;
    }
    return verb >= 2 && w.isLower(verb - 1) && word(verb - 1).endsWith(u"ly") && w.at(verb - 2).sentence == w.at(verb).sentence && negation(verb - 2);
}

// "posted the message he said he had sent": a pronoun right after a verb's object opens a
// relative clause about that object, whose words are not given; "At the meeting he said" and
// "In a statement she said" set the scene with a preposition instead.
bool Reader::reducedRelative(qsizetype first, qsizetype verb) const
{
    const qsizetype pronoun = verb - 1;
    if (pronoun - 3 < first || !isOneOf(word(pronoun), {u"he", u"she", u"they", u"we", u"you"}) || !w.isLower(pronoun)) {
        return false;
    }
    const qsizetype noun = pronoun - 1;
    if (!w.isLower(noun) || lex(noun).isFunctionWord() || lex(noun).isCalendarWord() || w.at(noun).possessive
        || isOneOf(word(noun),
            {u"day", u"week", u"month", u"year", u"morning", u"afternoon", u"evening", u"night", u"weekend", u"time", u"hour", u"moment", u"end", u"season",
                u"summer", u"winter", u"spring", u"autumn"})) {
        return false;
    }
    for (qsizetype det = noun - 1; det >= noun - 2 && det > first; --det) {
        if (!w.plainGapBefore(det + 1) || m_inQuote.at(det)) {
            return false;
        }
        if (isOneOf(word(det), {u"the", u"a", u"an", u"this", u"that", u"his", u"her", u"their", u"its", u"our", u"every", u"each"})) {
            const qsizetype before = det - 1;
            return w.plainGapBefore(det) && w.isLower(before) && !lex(before).isFunctionWord() && !m_inQuote.at(before);
        }
    }
    return false;
}

bool Reader::startsAdverbial(qsizetype i) const
{
    if (i >= w.size()) {
        return false;
    }
    return isOneOf(word(i),
               {u"on", u"in", u"at", u"last", u"this", u"earlier", u"later", u"yesterday", u"today", u"tonight", u"during", u"after", u"before", u"again",
                   u"also", u"then", u"by", u"from", u"with", u"to", u"over", u"through", u"while", u"when", u"afterwards", u"once", u"twice", u"late",
                   u"early", u"next", u"privately", u"publicly", u"separately", u"recently", u"previously", u"repeatedly", u"for", u"shortly",
                   // "said afterward that", "said backstage that": when and where the words were said.
                   u"afterward", u"backstage", u"onstage", u"overnight", u"online"})
        || (w.isLower(i) && word(i).endsWith(u"ly")) || lex(i).isCalendarWord();
}

// "GENEVA, March 12 (Golden Test Wire) - Kaldora and Meruvia agreed ...": reported speech that
// opens its paragraph starts after the wire dateline.
qsizetype Reader::afterDateline(qsizetype sentenceFirst, qsizetype limit) const
{
    if (sentenceFirst > 0 && w.at(sentenceFirst - 1).paragraph == w.at(sentenceFirst).paragraph) {
        return sentenceFirst;
    }
    // A live blog's time stamp opening the paragraph ("11:20 GMT", "14:05"): the entry's time, not
    // what anyone said.
    if (sentenceFirst + 2 < limit && word(sentenceFirst).front().isDigit() && w.gapBefore(sentenceFirst + 1) == u":"
        && word(sentenceFirst + 1).front().isDigit()) {
        const qsizetype afterClock = sentenceFirst + 2;
        const bool zone = word(afterClock).size() >= 2 && word(afterClock).size() <= 4 && word(afterClock).toString().toUpper() == word(afterClock)
            && afterClock + 1 < limit;
        return zone ? afterClock + 1 : afterClock;
    }
    bool capitals = true; // "BOSTON —", "NEW YORK —": a city in capitals and a dash, no date
    for (qsizetype i = sentenceFirst + 1; i < limit && i < sentenceFirst + 14; ++i) {
        const QStringView gap = w.gapBefore(i);
        const bool dash = gap.contains(u'-') || gap.contains(u'\u2014') || gap.contains(u'\u2013');
        capitals = capitals && word(i - 1).size() >= 2 && std::none_of(word(i - 1).cbegin(), word(i - 1).cend(), [](QChar c) { return c.isLower(); });
        if (dash && (gap.contains(u')') || (capitals && i - sentenceFirst <= 3))) {
            return i;
        }
    }
    return sentenceFirst;
}

int Reader::unnamedSpokesperson(qsizetype first, qsizetype verb, int person) const
{
    bool spokes = false;
    for (qsizetype i = first; i < verb && !spokes; ++i) {
        spokes = isSpokesperson(word(i));
    }
    if (!spokes) {
        return -1;
    }
    constexpr qsizetype wordsBack = 600;
    for (qsizetype i = first - 1; i >= 0 && i >= first - wordsBack; --i) {
        const int m = m_mentionAtWord.at(i);
        if (m >= 0 && m_people.mentions[m].person == person && m_people.mentions[m].kind == PersonMention::Kind::Name) {
            return -1;
        }
        if (m_inQuote.at(i) || !isSpokesperson(word(i)) || m >= 0) {
            continue;
        }
        // An indefinite article introduces someone new: "a spokesman", "a Downing Street spokesman".
        qsizetype article = i - 1;
        while (article >= 0 && article > i - 4 && !isOneOf(word(article), {u"a", u"an"}) && w.plainGapBefore(article + 1)) {
            --article;
        }
        if (article < 0 || !isOneOf(word(article), {u"a", u"an"})) {
            continue;
        }
        for (qsizetype k = article + 1; k < i; ++k) {
            if (m_entityAtWord.at(k) >= 0) {
                return m_people.entityMentions[m_entityAtWord.at(k)].entity;
            }
        }
        qsizetype owner = i + 1;
        if (isOneOf(word(owner), {u"for", u"of", u"at"})) {
            ++owner;
            owner += is(owner, u"the") ? 1 : 0;
            if (owner < w.size() && m_entityAtWord.at(owner) >= 0) {
                return m_people.entityMentions[m_entityAtWord.at(owner)].entity;
            }
        }
        return -2;
    }
    return -1;
}

int Reader::possessiveOwner(qsizetype i) const
{
    const PeopleLexicon::Gender gender = PeopleLexicon::pronounGender(word(i));
    const int sentence = w.at(i).sentence;
    for (qsizetype k = i - 1; k >= 0 && w.at(k).sentence >= sentence - 2; --k) {
        const int m = m_mentionAtWord.at(k);
        if (m < 0 || m_inQuote.at(k) || m_people.mentions[m].kind == PersonMention::Kind::Pronoun) {
            continue;
        }
        const int person = m_people.mentions[m].person;
        const PeopleLexicon::Gender known = m_people.profiles.value(person).gender;
        if (known == PeopleLexicon::Gender::Unknown || known == gender) {
            return person;
        }
    }
    return -1;
}

int Reader::openingMarkBefore(int position) const
{
    for (const QuotedSpan &span : m_quoted) {
        if (span.inner.start == position && span.open >= 0 && position - span.open <= 2) {
            return span.open;
        }
    }
    return position;
}

int Reader::closingMarkAfter(int position) const
{
    for (const QuotedSpan &span : m_quoted) {
        if (span.close >= position && span.inner.start < position && span.inner.end >= position && span.close - position <= 2) {
            return span.close + 1;
        }
    }
    return position;
}

bool Reader::startsWithContrast(qsizetype i) const
{
    qsizetype open = i;
    while (open > 0 && m_aside.at(open - 1) && w.at(open - 1).sentence == w.at(i).sentence) {
        --open;
    }
    return isOneOf(word(open), {u"while", u"whereas"});
}

bool Reader::spokespersonBefore(qsizetype from, qsizetype verb) const
{
    for (qsizetype i = std::max(from, verb - 2); i < verb; ++i) {
        if (isSpokesperson(word(i))) {
            return true;
        }
    }
    return false;
}

// "claimed victory in a speech", "claims responsibility for": a bare noun after "claim" with no
// verb of its own close behind is the thing claimed; "claimed officials had lied" is a clause.
bool Reader::thingClaimed(qsizetype v, qsizetype content, qsizetype last) const
{
    if (!isOneOf(word(v), {u"claimed", u"claims", u"claim"}) || !w.isLower(content) || lex(content).isFunctionWord()) {
        return false;
    }
    for (qsizetype a = content + 1; a <= last && a <= content + 3; ++a) {
        if (isAuxiliary(a)) {
            return false;
        }
    }
    return true;
}

// "said the mediators had proposed": an auxiliary shows a clause has begun.
bool Reader::isAuxiliary(qsizetype i) const
{
    return isOneOf(word(i), {u"had", u"has", u"have", u"was", u"were", u"is", u"are", u"would", u"will", u"could", u"should", u"might", u"may", u"must"});
}

// "the Australian prime minister.", "a senior administration official, who": an office after an
// article that ends the sentence, or an aside opens after it, with no verb of its own.
bool Reader::officeEndsSentence(qsizetype from) const
{
    if (from >= w.size() || !isOneOf(word(from), {u"the", u"a", u"an"})) {
        return false;
    }
    const int sentence = w.at(from).sentence;
    bool office = false;
    for (qsizetype k = from + 1; k < w.size() && k <= from + 5; ++k) {
        if (w.at(k).sentence != sentence || (w.gapBeforeHas(k, u',') && isOneOf(word(k), {u"who", u"whose"}))) {
            return office;
        }
        if (m_inQuote.at(k) || w.gapBeforeHas(k, u',') || isAuxiliary(k)) {
            return false;
        }
        office = lex(k).role().isValid();
    }
    return office && (from + 6 >= w.size() || w.at(from + 6).sentence != sentence);
}

// "Two diplomats familiar with the talks said ...", "people close to the minister say ...", "the
// ruling said ...": an unnamed source is a noun for people or a document in the subject.
bool Reader::sourceSubject(qsizetype first, qsizetype verb, bool forward) const
{
    for (qsizetype k = 0; k < 7; ++k) {
        const qsizetype i = forward ? first + k : verb - 1 - k;
        if (i < first || i >= verb) {
            return false;
        }
        if (forward ? (k > 0 && w.gapBeforeHas(i, u',')) : (w.gapBeforeHas(i + 1, u',') && i + 1 < verb)) {
            return false;
        }
        if ((w.isLower(i) || w.at(i).initial)
            && (lex(i).role().isValid() || ((forward || (i + 1 == verb && w.plainGapBefore(verb))) && isPeopleNoun(word(i)))
                || isOneOf(word(i),
                    {u"people", u"sources", u"residents", u"witnesses", u"experts", u"analysts", u"source", u"person", u"insiders", u"groups", u"farmers",
                        u"families", u"unions", u"campaigners", u"activists", u"critics", u"workers", u"members", u"parents", u"economists", u"investors",
                        u"police", u"officials", u"authorities", u"prosecutors", u"investigators", u"doctors", u"lawyers", u"officers", u"rescuers",
                        u"organisers", u"organizers", u"researchers", u"scientists", u"ruling", u"report", u"statement", u"letter", u"document", u"filing",
                        u"complaint", u"judgment", u"indictment", u"memo", u"study", u"survey", u"notice", u"administration", u"campaign", u"government",
                        u"team", u"camp", u"office", u"family"}))) {
            return true;
        }
    }
    return false;
}

// After "said" without "that", a clause starts with a subject, not with an object such as
// "nothing", "goodbye" or "so", nor with a preposition ("writes about schools").
bool Reader::startsClause(qsizetype i) const
{
    static const QList<QStringView> objects{u"to", u"so", u"nothing", u"goodbye", u"yes", u"little", u"much", u"more", u"something", u"anything", u"everything",
        u"hello", u"sorry", u"thanks", u"in", u"on", u"at", u"of", u"for", u"with", u"by", u"from", u"as", u"and", u"or", u"but", u"what", u"how", u"why",
        u"whether", u"if", u"about", u"into", u"against", u"among", u"through", u"during", u"like", u"without", u"within", u"toward", u"towards", u"via",
        u"behind", u"back"};
    if (m_inQuote.at(i)) {
        return false;
    }
    // "says about 48,000 homes are without power": a number's "about" opens its subject.
    if (is(i, u"about") && i + 1 < w.size() && word(i + 1).front().isDigit()) {
        return true;
    }
    for (const QStringView object : objects) {
        if (is(i, object)) {
            return false;
        }
    }
    return true;
}

bool Reader::namesPeopleBetween(int fromParagraph, int toParagraph) const
{
    if (fromParagraph >= toParagraph) {
        return false;
    }
    const qsizetype start = w.indexAt(w.paragraphs().value(fromParagraph).start);
    for (qsizetype i = start; i < w.size() && w.at(i).paragraph < toParagraph; ++i) {
        if (!m_inQuote.at(i) && m_mentionAtWord.at(i) >= 0) {
            return true;
        }
    }
    return false;
}

// "Both are in hospital and their injuries are not thought to be serious, a coastguard spokesman
// said.": reported speech before its cue, which closes the sentence.
void Reader::findReportedBefore(const QString &articleId, QList<Quote> &quotes)
{
    const qsizetype n = w.size();
    qsizetype first = 0;
    while (first < n) {
        qsizetype last = first;
        while (last + 1 < n && w.at(last + 1).sentence == w.at(first).sentence) {
            ++last;
        }
        const qsizetype sentenceFirst = first;
        first = last + 1;
        bool quoted = false;
        for (qsizetype i = sentenceFirst; i <= last && !quoted; ++i) {
            quoted = m_inQuote.at(i);
        }
        if (quoted || last - sentenceFirst < 6) {
            continue;
        }
        // The cue sits in the sentence's last words, after its last comma, or before a closing
        // relative clause: "..., said one of the people, who asked not to be identified."
        qsizetype tail = last;
        for (qsizetype i = last; i > sentenceFirst + 5; --i) {
            if (w.gapBeforeHas(i, u',') && isOneOf(word(i), {u"who", u"which", u"whose"})) {
                tail = i - 1;
                break;
            }
        }
        // The word after the nearest comma at or before `from`, looking back no further than
        // `lowest` and never to the sentence's first word; -1 without one.
        const auto commaAtOrBefore = [this, sentenceFirst](qsizetype from, qsizetype lowest) -> qsizetype {
            for (qsizetype i = from; i > sentenceFirst && i >= lowest; --i) {
                if (w.gapBeforeHas(i, u',')) {
                    return i;
                }
            }
            return -1;
        };
        qsizetype comma = commaAtOrBefore(tail, tail - 6);
        if (comma < 0 || comma - sentenceFirst < 4) {
            continue;
        }
        qsizetype verb = -1;
        SpeechCues::Cue cue;
        const auto findVerb = [&](qsizetype from, qsizetype to) {
            for (qsizetype i = from; i <= to; ++i) {
                cue = SpeechCues::lookup(word(i));
                // "..., had been informed on Monday": a passive reports nothing its subject said.
                // "Kaja Kallas, the EU's foreign policy chief, spoke in Brussels": a verb that
                // reports nothing is no end cue.
                if (cue.valid && cue.finite && cue.reports && w.isLower(i)
                    && !isOneOf(word(i - 1), {u"been", u"was", u"were", u"is", u"are", u"be", u"being"})) {
                    verb = i;
                    return;
                }
            }
        };
        findVerb(comma, tail);
        // "..., said Oleh Syniehubov, the regional governor.": an apposition after the speaker
        // who follows the verb.
        if (verb < 0) {
            const qsizetype earlier = commaAtOrBefore(comma - 1, comma - 5);
            if (earlier >= 0 && earlier - sentenceFirst >= 4) {
                findVerb(earlier, comma - 1);
                if (verb >= 0 && m_mentionAtWord.at(comma - 1) >= 0) {
                    tail = comma - 1;
                    comma = earlier;
                } else {
                    verb = -1;
                }
            }
        }
        // "..., and asked for leniency", "..., several of whom wrote to the court": a verb joined to
        // the clause before, or in a relative clause, tells what else was done, not who said it.
        if (verb >= 0 && joinedOrRelative(comma, verb)) {
            continue;
        }
        // "..., said a person briefed on the plans.": an unnamed source after the verb may run on.
        if (verb < 0 || cueUsed(verb)
            || (tail - verb > 4
                && !(tail - verb <= 8 && isOneOf(word(verb + 1), {u"a", u"an", u"one", u"two", u"three", u"several", u"some"})
                    && sourceSubject(verb + 1, tail + 1, true)))) {
            continue;
        }
        // "..., when the president declared martial law.": a verb with an object of its own
        // reports nothing before it; an end cue is followed by when, where or whom it told.
        // "..., says minister": a headline's inverted speaker may come without an article.
        if (verb < tail && !cue.takesAddressee && w.isLower(verb + 1) && !lex(verb + 1).isFunctionWord() && !lex(verb + 1).isCalendarWord()
            && !lex(verb + 1).role().isValid() && !word(verb + 1).endsWith(u"ly") && !isOneOf(word(verb + 1), {u"yesterday", u"today", u"tonight"})) {
            continue;
        }
        // "..., Sam Altman posted a farewell.": an article after the verb opens its object;
        // "..., said a spokesman", "..., officials said the next day" name who spoke or when.
        // "Whether Microsoft, which has committed billions, asks for a seat": a verb right after
        // the comma with no speaker after it has its subject before, not what was said.
        const auto namesWhoOrWhen = [this](qsizetype from, qsizetype to) {
            for (qsizetype k = from; k <= to; ++k) {
                if (m_mentionAtWord.at(k) >= 0 || m_entityAtWord.at(k) >= 0 || lex(k).role().isValid() || lex(k).isCalendarWord() || isSpokesperson(word(k))
                    || isPeopleNoun(word(k))
                    || isOneOf(word(k),
                        {u"day", u"week", u"month", u"year", u"morning", u"afternoon", u"evening", u"night", u"weekend", u"yesterday", u"today", u"tonight",
                            u"time", u"source", u"person", u"statement", u"interview", u"briefing", u"conference", u"call", u"speech", u"hearing", u"post",
                            u"letter", u"email", u"message"})) {
                    return true;
                }
            }
            return false;
        };
        if (verb < tail && (verb == comma || (!cue.takesAddressee && isOneOf(word(verb + 1), {u"a", u"an", u"the", u"his", u"her", u"their", u"its"})))
            && !namesWhoOrWhen(verb + 1, tail)) {
            continue;
        }
        // "..., the regional governor, Oleh Syniehubov, said.", "..., Oleh Syniehubov, the
        // regional governor, said.": the speaker stands in apposition, so the reported words end
        // two commas further back.
        if (verb == comma && verb == tail) {
            const qsizetype between = commaAtOrBefore(comma - 1, comma - 5);
            const qsizetype apposition = between < 0 ? -1 : commaAtOrBefore(between - 1, between - 5);
            bool namesSomeone = false;
            for (qsizetype i = apposition; apposition >= 0 && i < verb && !namesSomeone; ++i) {
                namesSomeone = m_mentionAtWord.at(i) >= 0 && !m_inQuote.at(i);
            }
            if (namesSomeone && apposition - sentenceFirst >= 4) {
                comma = apposition;
            }
        }
        // "On Tuesday, Binance, the largest exchange, agreed to buy its rival": agreeing to do
        // something is a deed, not a source's words.
        if (verb < tail && is(verb + 1, u"to") && word(verb).startsWith(u"agree", Qt::CaseInsensitive)) {
            continue;
        }
        // "Asked whether she would resign, Finch said no.": an answer, not reported speech.
        if (is(sentenceFirst, u"asked")) {
            continue;
        }
        // "Baroness Ashton, the former EU foreign policy chief, warned against ...": a name and its
        // apposition before the comma are the subject, not what was said.
        qsizetype subject = afterDateline(sentenceFirst, comma);
        while (subject + 1 < comma && lex(subject).isTitle() && w.at(subject).capitalised) {
            ++subject;
        }
        if (int m = -1; mentionAt(subject, &m) >= 0 && m_people.mentions[m].kind == PersonMention::Kind::Name) {
            const qsizetype afterName = w.indexAt(m_people.mentions[m].range.end);
            // ... but "Witkoff, a developer, had no experience, critics said" reports a clause.
            bool closesAtCue = afterName < comma && w.gapBeforeHas(afterName, u',') && !w.at(afterName - 1).possessive;
            for (qsizetype i = afterName + 1; i < comma && closesAtCue; ++i) {
                closesAtCue = !w.gapBeforeHas(i, u',');
            }
            if (closesAtCue) {
                continue;
            }
        }
        // "..., though forecasters said it should be lighter": the cue has content of its own, and
        // a contrast after the comma opens a new clause rather than naming a source.
        bool clause = isOneOf(word(comma), {u"though", u"although", u"but", u"while", u"whereas", u"yet"});
        for (qsizetype i = verb + 1; i <= tail && !clause; ++i) {
            clause = is(i, u"that") || PeopleLexicon::isSubjectPronoun(word(i))
                || isOneOf(word(i), {u"no", u"yes", u"so", u"nothing", u"little", u"it", u"there", u"we"}) || isAuxiliary(i);
        }
        if (clause) {
            continue;
        }
        const Attribution a = fromCue(comma, tail + 1, verb, 1, cue);
        // "What's next: Driscoll is expected in Abu Dhabi, two officials said": a label before a
        // colon is the writer's, not what the source said.
        qsizetype contentFirst = afterDateline(sentenceFirst, comma);
        for (qsizetype i = contentFirst + 1; i + 3 < comma; ++i) {
            // ... but the colon of a clock ("at 11:10 p.m.") labels nothing.
            if (w.gapBeforeHas(i, u':') && !(word(i - 1).front().isDigit() && word(i).front().isDigit())) {
                contentFirst = i;
            }
        }
        Quote quote;
        quote.kind = Quote::Kind::Indirect;
        const int start = openingMarkBefore(w.at(contentFirst).range.start);
        const int stop = w.at(comma - 1).end;
        quote.text = w.text().mid(start, stop - start);
        quote.span = {articleId, start, stop};
        quote.speaker = speakerId(a);
        quote.addressee = a.addressee >= 0 ? m_people.people[a.addressee].id : QString();
        quote.cue = {articleId, w.at(comma).range.start, w.at(tail).range.end};
        quote.confidence = quote.speaker.isEmpty() ? 0.4 : 0.7 * a.confidence;
        quotes.append(quote);
    }
}

// "According to the union, 87 per cent of members backed the strike": the source first, then
// what it reports up to the end of the sentence.
void Reader::findAccordingTo(const QString &articleId, qsizetype according, QList<Quote> &quotes)
{
    const qsizetype n = w.size();
    const int sentence = w.at(according).sentence;
    qsizetype first = according;
    while (first > 0 && w.at(first - 1).sentence == sentence) {
        --first;
    }
    if (first != according) {
        findAccordingToAfter(articleId, first, according, quotes);
        return;
    }
    qsizetype comma = according + 2;
    while (comma < n && w.at(comma).sentence == sentence && !w.gapBeforeHas(comma, u',') && comma < according + 9) {
        ++comma;
    }
    if (comma >= n || w.at(comma).sentence != sentence || !w.gapBeforeHas(comma, u',')) {
        return;
    }
    Attribution a;
    for (qsizetype i = according + 2; i < comma && !placeOfSource(i); ++i) {
        if (takeSourceAt(i, a)) {
            break;
        }
    }
    qsizetype last = comma;
    while (last + 1 < n && w.at(last + 1).sentence == sentence && !m_inDirect.at(last + 1)) {
        ++last;
    }
    if (last - comma < 3 || m_inDirect.at(comma)) {
        return;
    }
    // "According to the transcript, Witkoff suggested Putin call Trump": the sentence after the
    // source names its own speaker, whose words the cue finder reads.
    for (qsizetype i = comma; i < comma + 3 && i < last; ++i) {
        if (speakerWithCueAt(i, std::min(last, i + 6))) {
            return;
        }
    }
    Quote quote;
    quote.kind = Quote::Kind::Indirect;
    const int start = openingMarkBefore(w.at(comma).range.start);
    const int stop = closingMarkAfter(w.at(last).end);
    quote.text = w.text().mid(start, stop - start);
    quote.span = {articleId, start, stop};
    quote.speaker = speakerId(a);
    quote.cue = {articleId, w.at(according).range.start, w.at(comma - 1).end};
    quote.confidence = quote.speaker.isEmpty() ? 0.35 : 0.75 * a.confidence;
    quotes.append(quote);
}

// "Kaldora and Meruvia agreed to resume talks, according to a joint statement issued after the
// meeting": what the sentence reports before its source, which runs to the sentence end.
void Reader::findAccordingToAfter(const QString &articleId, qsizetype first, qsizetype according, QList<Quote> &quotes)
{
    const qsizetype n = w.size();
    const int sentence = w.at(according).sentence;
    if (according - first < 4 || !w.gapBeforeHas(according, u',')) {
        return;
    }
    qsizetype last = according + 1;
    while (last + 1 < n && w.at(last + 1).sentence == sentence) {
        ++last;
    }
    // "Murati told staff in a memo that ..., according to two people who saw it": a report with
    // a cue of its own is already read; the people after "according to" vouch for it.
    for (qsizetype i = first; i <= last; ++i) {
        if (m_inQuote.at(i) || m_inDirect.at(i) || (i < according && cueUsed(i))) {
            return;
        }
    }
    // The source is the noun phrase after "to"; "a statement issued by ..." stops at the participle.
    Attribution a;
    for (qsizetype i = according + 2; i <= last && i < according + 8; ++i) {
        if (w.gapBeforeHas(i, u',') || (w.isLower(i) && word(i).endsWith(u"ed")) || placeOfSource(i)) {
            break;
        }
        if (takeSourceAt(i, a)) {
            break;
        }
    }
    // "The plug, according to the board, left the factory without bolts": an aside inside the
    // clause; what it reports is the whole sentence, or, after "a company that, according to the
    // board, could not ...", the relative clause it opens.
    qsizetype asideEnd = according + 2;
    while (asideEnd <= last && asideEnd < according + 8 && !w.gapBeforeHas(asideEnd, u',')) {
        ++asideEnd;
    }
    // The words before the aside are a subject ("The plug") or end in a relative pronoun; after
    // a whole clause ("Witkoff is expected to travel to Moscow, according to two sources, while
    // ...") the aside closes it, and what follows is a clause of its own.
    const bool relative = isOneOf(word(according - 1), {u"that", u"which", u"who"});
    const bool inside = asideEnd < last && w.gapBeforeHas(asideEnd, u',') && (relative || according - afterDateline(first, according) <= 8)
        && !isOneOf(word(asideEnd),
            {u"which", u"who", u"whose", u"where", u"when", u"while", u"whereas", u"and", u"but", u"as", u"after", u"before", u"although", u"though",
                u"because", u"since", u"with", u"amid"})
        // "Biden, who, according to the office, reaffirmed that ...": the relative clause's verb.
        && (relative || !(w.isLower(asideEnd) && (word(asideEnd).endsWith(u"ed") || word(asideEnd).endsWith(u"ing"))));
    Quote quote;
    quote.kind = Quote::Kind::Indirect;
    const int start = openingMarkBefore(w.at(inside && relative ? asideEnd : afterDateline(first, according)).range.start);
    const int stop = inside ? w.at(last).end : w.at(according - 1).end;
    quote.text = w.text().mid(start, stop - start);
    quote.span = {articleId, start, stop};
    quote.speaker = speakerId(a);
    quote.cue = {articleId, w.at(according).range.start, w.at(inside ? asideEnd - 1 : last).end};
    quote.confidence = quote.speaker.isEmpty() ? 0.35 : 0.75 * a.confidence;
    quotes.append(quote);
}

qsizetype Reader::addedThat(const QString &articleId, qsizetype v, QList<Quote> &quotes)
{
    const int sentence = w.at(v).sentence;
    const Quote *before = nullptr;
    for (const Quote &quote : std::as_const(quotes)) {
        const qsizetype last = w.indexAt(quote.span.end - 1);
        if (quote.span.end <= w.at(v).range.start && last < w.size() && w.at(last).sentence == sentence && !quote.speaker.isEmpty()) {
            before = &quote;
        }
    }
    qsizetype last = v + 2;
    while (last + 1 < w.size() && w.at(last + 1).sentence == sentence && !m_inDirect.at(last + 1)) {
        ++last;
    }
    if (!before || last >= w.size() || last - (v + 2) < 2 || m_inQuote.at(v + 2)) {
        return v;
    }
    Quote quote;
    quote.kind = Quote::Kind::Indirect;
    const int start = openingMarkBefore(w.at(v + 2).range.start);
    const int stop = closingMarkAfter(w.at(last).end);
    quote.text = w.text().mid(start, stop - start);
    quote.span = {articleId, start, stop};
    quote.speaker = before->speaker;
    quote.cue = {articleId, w.at(v).range.start, w.at(v + 1).range.end};
    quote.confidence = 0.6 * before->confidence;
    quotes.append(quote);
    markCueUsed(v);
    return last;
}

qsizetype Reader::reportedAround(const QString &articleId, qsizetype first, qsizetype last, qsizetype verb, const Attribution &a, QList<Quote> &quotes)
{
    if ((a.speaker < 0 && a.entity < 0) || !a.cue.isValid() || a.inverted) {
        return -1;
    }
    const qsizetype subject = w.indexAt(a.cue.start);
    const qsizetype head = afterDateline(first, subject);
    // The subject stands right before the verb, with a comma before it; "In Moscow, Peskov said,
    // ..." opens with an adverbial, not with words said; "Asked ..., Trump said," answers.
    if (subject <= head || subject - head > 12 || subject >= verb || verb - subject > 4 || !w.gapBeforeHas(subject, u',') || startsAdverbial(head)
        || is(head, u"asked")) {
        return -1;
    }
    for (qsizetype i = head; i <= verb; ++i) {
        if (m_inQuote.at(i) || (i > subject && w.gapBeforeHas(i, u','))) {
            return -1;
        }
        int length = 1;
        if (i < subject && cueAt(i, &length).finite) {
            return -1; // "Trump said the plan, he said, ..." has its own cue first
        }
    }
    // "he said on Tuesday, could ...": an adverbial may follow the verb before the second comma.
    qsizetype resume = w.indexAt(a.cue.end);
    if (resume <= last && !w.gapBeforeHas(resume, u',') && startsAdverbial(resume)) {
        qsizetype k = resume + 1;
        while (k <= last && k < resume + 4 && !w.gapBeforeHas(k, u',')) {
            ++k;
        }
        resume = k;
    }
    if (resume >= last || !w.gapBeforeHas(resume, u',') || m_inDirect.at(resume)) {
        return -1;
    }
    qsizetype end = resume;
    while (end <= last && !m_inDirect.at(end)) {
        ++end;
    }
    if (end - resume < 2) {
        return -1;
    }
    const QString &text = w.text();
    const int start = openingMarkBefore(w.at(head).range.start);
    const int stop = closingMarkAfter(w.at(end - 1).end);
    Quote quote;
    quote.kind = Quote::Kind::Indirect;
    // The span runs over both parts and the cue between them (one range, as the text shows it);
    // the quote's cue span tells which words are not the speaker's.
    quote.text = text.mid(start, stop - start);
    quote.span = {articleId, start, stop};
    quote.speaker = speakerId(a);
    quote.addressee = a.addressee >= 0 ? m_people.people[a.addressee].id : QString();
    quote.cue = {articleId, a.cue.start, a.cue.end};
    quote.confidence = 0.75 * a.confidence;
    quotes.append(quote);
    markCueUsed(verb);
    return end;
}

// "Witkoff told Ushakov to begin ...", "He privately suggested to the Russian official that ...".
bool Reader::speakerWithCueAt(qsizetype i, qsizetype last) const
{
    if (i > last || m_inQuote.at(i)) {
        return false;
    }
    // A person the article names, or a name it does not know as one ("and Moscow has said").
    qsizetype k = i;
    if (const int mention = m_mentionAtWord.at(i); mention >= 0) {
        if (m_people.mentions[mention].kind != PersonMention::Kind::Name) {
            return false;
        }
        while (k <= last && m_mentionAtWord.at(k) == mention) {
            ++k;
        }
    } else {
        while (k <= last && k < i + 3 && w.at(k).capitalised && !lex(k).isFunctionWord() && (k == i || w.plainGapBefore(k))) {
            ++k;
        }
        if (k == i) {
            return false;
        }
    }
    if (k <= last && isOneOf(word(k), {u"has", u"had", u"also", u"later"})) {
        ++k;
    }
    return k <= last && w.isLower(k) && SpeechCues::lookup(word(k)).finite && SpeechCues::lookup(word(k)).reports;
}

bool Reader::writingSaysThat(qsizetype content, qsizetype last) const
{
    // "wrote a report warning that the hull had not been tested": the writing's own verb of
    // saying reports for the writer.
    for (qsizetype k = content + 1; k + 1 <= last && k <= content + 3 && w.plainGapBefore(k); ++k) {
        if (is(k + 1, u"that") && w.isLower(k)) {
            const SpeechCues::Cue cue = SpeechCues::lookup(word(k));
            if (cue.participle && cue.reports) {
                return true;
            }
        }
    }
    return false;
}

bool Reader::pronounActsAt(qsizetype i, qsizetype last) const
{
    if (i + 1 > last || m_inQuote.at(i) || !(is(i, u"he") || is(i, u"she")) || !w.plainGapBefore(i + 1) || !w.isLower(i + 1) || isAuxiliary(i + 1)
        || SpeechCues::lookup(word(i + 1)).valid) {
        return false;
    }
    return (word(i + 1).size() > 4 && endsWithLower(word(i + 1), u"ed")) || isPastOfDeed(word(i + 1));
}

bool Reader::otherSubjectActsAt(qsizetype i, qsizetype last) const
{
    if (i + 1 > last || m_inQuote.at(i)) {
        return false;
    }
    qsizetype k = i;
    if (is(k, u"the")) {
        // "the crowd", "the bishops' conference": a noun phrase of a word or two.
        ++k;
        while (k <= last && k < i + 3 && w.isLower(k) && !lex(k).isFunctionWord() && !isAuxiliary(k + 1) && !endsWithLower(word(k + 1), u"ed")
            && !isPastOfDeed(word(k + 1))) {
            ++k;
        }
        ++k;
    } else {
        // A name with the title or nationality written before it.
        bool named = false;
        while (k <= last && k < i + 5 && w.at(k).capitalised && !lex(k).isFunctionWord() && (k == i || w.plainGapBefore(k))) {
            named = named || m_mentionAtWord.at(k) >= 0;
            ++k;
        }
        if (!named) {
            return false;
        }
    }
    if (k > last || !w.isLower(k) || !w.plainGapBefore(k) || isAuxiliary(k) || SpeechCues::lookup(word(k)).valid) {
        return false;
    }
    return (word(k).size() > 4 && endsWithLower(word(k), u"ed")) || isPastOfDeed(word(k));
}

// The reported words [content, end) of the speaker a names, told by the cue.
Quote Reader::reportOf(const QString &articleId, qsizetype content, qsizetype end, const Attribution &a, const SourceSpan &cue, double certainty) const
{
    Quote quote;
    quote.kind = Quote::Kind::Indirect;
    const int start = openingMarkBefore(w.at(content).range.start);
    const int stop = closingMarkAfter(w.at(end - 1).end);
    quote.text = w.text().mid(start, stop - start);
    quote.span = {articleId, start, stop};
    quote.speaker = speakerId(a);
    quote.cue = cue;
    quote.confidence = certainty * a.confidence;
    return quote;
}

qsizetype Reader::saidWhile(const QString &articleId, qsizetype v, const SpeechCues::Cue &cue, QList<Quote> &quotes)
{
    const qsizetype n = w.size();
    const int sentence = w.at(v).sentence;
    qsizetype first = v;
    while (first > 0 && w.at(first - 1).sentence == sentence) {
        --first;
    }
    first = afterDateline(first, v);
    // The subject opens the sentence: "Nelson praised the crew, saying ...". "Nelson's union" is
    // not Nelson, and a name further in is an object ("The union thanked Nelson, saying ...").
    Attribution a;
    int m = -1;
    if (mentionAt(first, &m) >= 0 && m_people.mentions[m].range.start == w.at(first).range.start) {
        const qsizetype after = w.indexAt(m_people.mentions[m].range.end);
        if (w.at(after - 1).possessive || after >= v) {
            return v;
        }
        a.speaker = m_people.mentions[m].person;
        a.confidence = 0.7 * m_people.mentions[m].confidence;
    } else {
        return v;
    }
    qsizetype content = v + 1;
    if (cue.takesAddressee && !is(content, u"that")) {
        // "telling reporters that ...": the listener first, and the report only after "that".
        while (content < n && content < v + 5 && w.at(content).sentence == sentence && !is(content, u"that") && !w.gapBeforeHas(content, u',')) {
            ++content;
        }
    }
    if (is(content, u"that")) {
        ++content;
    } else if (cue.takesAddressee || content >= n || !startsClause(content)) {
        return v;
    } else {
        // "saying the attendants had kept calm" is a clause; "suggesting a 20-point plan of the
        // kind that had worked", "responding positively to" are not: an auxiliary must come
        // within the first words, before any preposition or relative pronoun.
        bool clause = false;
        for (qsizetype k = content + 1; k < n && k < content + 5 && !clause && w.plainGapBefore(k) && !m_inQuote.at(k); ++k) {
            if (isOneOf(word(k), {u"of", u"to", u"in", u"on", u"at", u"for", u"with", u"by", u"from", u"that", u"which", u"who"})) {
                break;
            }
            clause = isAuxiliary(k);
        }
        if (!clause) {
            return v;
        }
    }
    if (content >= n || w.at(content).sentence != sentence || m_inDirect.at(content)) {
        return v;
    }
    qsizetype end = content;
    while (end < n && w.at(end).sentence == sentence && !m_inDirect.at(end) && !(end > content && w.gapBeforeHas(end, u';'))
        && !(end > content && w.gapBeforeHas(end, u',') && is(end + 1, u"that") && SpeechCues::lookup(word(end)).participle)) {
        ++end;
    }
    if (end - content < 3) {
        return v;
    }
    quotes.append(reportOf(articleId, content, end, a, {articleId, w.at(v).range.start, w.at(v).range.end}, 0.75));
    markCueUsed(v);
    return end - 1;
}

// A host hands over by name ("Teresa, start with the flight.", "Thanks, Marcus.", "And if
// they weren't, Marcus, the question ..."): a given name alone, set off by commas or opening or
// closing its sentence. A name that opens a sentence with no comma after it is its subject.
int Reader::calledBy(const Answer &answer) const
{
    const QString &text = w.text();
    for (const int m : m_people.mentionsIn(answer.words)) {
        const PersonMention &mention = m_people.mentions[m];
        if (mention.kind != PersonMention::Kind::Name || mention.person < 0 || mention.person == answer.speaker) {
            continue;
        }
        const QStringView name = QStringView(text).mid(mention.range.start, mention.range.length());
        const QString &full = m_people.people[mention.person].name;
        if (name.contains(u' ') || !full.startsWith(name) || full.size() == name.size() || full.at(name.size()) != u' ') {
            continue;
        }
        int before = mention.range.start - 1;
        while (before >= answer.words.start && text[before].isSpace()) {
            --before;
        }
        const QChar open = before >= answer.words.start ? text[before] : u'.';
        const QChar close = mention.range.end < answer.words.end ? text[mention.range.end] : u'.';
        const bool opens = open == u'.' || open == u'?' || open == u'!';
        const bool closes = close == u'.' || close == u'?' || close == u'!';
        if (((opens && close == u',') || (open == u',' && (close == u',' || closes))) && !opensList(mention.range.end, answer.words.end)) {
            return mention.person;
        }
    }
    return -1;
}

// "A. Sam, Gary and Nishad.": a name whose comma is followed by another capitalised word and
// then "and", "or" or another comma begins a list of names, not a call to its bearer.
bool Reader::opensList(int nameEnd, int end) const
{
    const QString &text = w.text();
    int c = nameEnd + 1;
    while (c < end && text[c].isSpace()) {
        ++c;
    }
    if (c >= end || !text[c].isUpper()) {
        return false;
    }
    while (c < end && (text[c].isLetter() || text[c] == u'-' || text[c] == u'\'')) {
        ++c;
    }
    const QStringView rest = QStringView(text).mid(c, std::min(5, end - c));
    return rest.startsWith(u',') || rest.startsWith(u" and ") || rest.startsWith(u" or ");
}

qsizetype Reader::reportedAfterAs(const QString &articleId, qsizetype first, qsizetype last, qsizetype verb, const Attribution &a, QList<Quote> &quotes)
{
    const qsizetype opening = afterDateline(first, verb);
    if (!is(opening, u"as") || verb - opening < 2 || verb - opening > 6 || (a.speaker < 0 && a.entity < 0)) {
        return -1;
    }
    // "As The Seattle Times reported in January, the plug ...": a few words of when or where
    // may follow the verb before the comma.
    qsizetype content = verb + 1;
    while (content <= last && content < verb + 5 && !w.gapBeforeHas(content, u',')) {
        if (m_inQuote.at(content) || is(content, u"that") || is(content, u"it")) {
            return -1; // "As she said that ...", "as the board put it,"
        }
        ++content;
    }
    if (content > last || !w.gapBeforeHas(content, u',') || last - content < 2 || m_inDirect.at(content)) {
        return -1;
    }
    qsizetype end = content;
    while (end <= last && !m_inDirect.at(end) && !(end > content && w.gapBeforeHas(end, u';'))) {
        ++end;
    }
    if (end - content < 3) {
        return -1;
    }
    quotes.append(reportOf(articleId, content, end, a, {articleId, w.at(opening).range.start, w.at(verb).range.end}, 0.7));
    markCueUsed(verb);
    return end - 1;
}

int Reader::onlyPersonIn(qsizetype paragraph, TextRange *named) const
{
    int person = -1;
    const TextRange range = w.paragraphs().value(paragraph);
    for (const int m : m_people.mentionsIn(range)) {
        const PersonMention &mention = m_people.mentions[m];
        if (mention.person < 0 || mention.kind == PersonMention::Kind::Pronoun) {
            continue;
        }
        if (person >= 0 && mention.person != person) {
            return -1;
        }
        person = mention.person;
        if (mention.kind == PersonMention::Kind::Name) {
            *named = mention.range;
        }
    }
    // Quoted words in that paragraph have a voice of their own already.
    for (qsizetype i = w.indexAt(range.start); person >= 0 && i < w.size() && w.at(i).range.start < range.end; ++i) {
        if (m_inQuote.at(i)) {
            return -1;
        }
    }
    return person;
}

// "Cantwell asked Homendy whether the records existed. “They do not,” Homendy replied.": a
// reply answers whoever asked the speaker in the sentence before.
int Reader::askerOf(qsizetype verb, int speaker) const
{
    if (!isOneOf(word(verb), {u"replied", u"answered", u"responded", u"replies", u"answers", u"responds"})) {
        return -1;
    }
    qsizetype first = verb;
    while (first > 0 && w.at(first - 1).sentence == w.at(verb).sentence) {
        --first;
    }
    qsizetype start = first;
    while (start > 0 && w.at(start - 1).sentence == w.at(verb).sentence - 1) {
        --start;
    }
    int asker = -1;
    for (qsizetype k = start; k < first; ++k) {
        int m = -1;
        if (m_inQuote.at(k)) {
            continue;
        }
        if (is(k, u"asked")) {
            return k + 1 < first && mentionAt(k + 1, &m) >= 0 && m_people.mentions[m].person == speaker ? asker : -1;
        }
        if (asker < 0 && mentionAt(k, &m) >= 0 && m_people.mentions[m].kind != PersonMention::Kind::Pronoun && m_people.mentions[m].person != speaker) {
            asker = m_people.mentions[m].person;
        }
    }
    return -1;
}

bool Reader::afterPreposition(int mention, qsizetype from) const
{
    const qsizetype first = w.indexAt(m_people.mentions[mention].range.start);
    return first > from && (is(first - 1, u"with") || is(first - 1, u"to")) && !m_inQuote.at(first - 1);
}

// "warned the plan would fail" reports a clause; "told reporters the plan would fail" names the
// listener first; "warned the company in 2018" names only whom.
qsizetype Reader::clauseAt(qsizetype content, qsizetype last) const
{
    for (qsizetype k = content; k <= last && k < content + 5 && !m_inQuote.at(k); ++k) {
        // "advised Ushakov how Putin should approach Trump": a question clause is advice, not a report.
        if ((k > content && !w.plainGapBefore(k))
            || isOneOf(word(k),
                {u"of", u"to", u"in", u"on", u"at", u"for", u"with", u"by", u"from", u"about", u"that", u"how", u"what", u"why", u"whether", u"if", u"when",
                    u"where", u"who"})) {
            return -1;
        }
        const bool opens = (w.at(k).capitalised && !lex(k).isCalendarWord())
            || isOneOf(word(k),
                {u"the", u"a", u"an", u"this", u"these", u"those", u"his", u"her", u"its", u"their", u"our", u"he", u"she", u"it", u"they", u"we", u"i",
                    u"there", u"no", u"all", u"some"});
        if (!opens) {
            continue;
        }
        for (qsizetype a = k + 1; a <= last && a <= k + 3 && w.plainGapBefore(a) && !m_inQuote.at(a); ++a) {
            if (isAuxiliary(a)) {
                return k;
            }
        }
    }
    return -1;
}

// Where a clause after a verb that may name its listener can start: after the listener named in
// the cue, or after one word ("told reporters the bolts were missing"). An article opens a noun
// phrase that may be the clause's own subject ("promised the review would be thorough") or a
// listener before it ("told the committee the bank would fail"); clauseAt() tells them apart.
qsizetype Reader::listenerSkipped(qsizetype content, const Attribution &a) const
{
    return a.addressee >= 0 || isOneOf(word(content), {u"the", u"a", u"an", u"this", u"these", u"those"}) ? content : content + 1;
}

// "tells us he doubts the speech will calm markets": a verb of belief after the listener's
// pronoun is part of what was said; the clause it governs alone would say the opposite.
bool Reader::holdsView(qsizetype i) const
{
    return w.isLower(i) && !m_inQuote.at(i)
        && isOneOf(word(i),
            {u"doubts", u"doubted", u"believes", u"believed", u"thinks", u"thought", u"hopes", u"hoped", u"fears", u"feared", u"expects", u"expected", u"knows",
                u"knew", u"suspects", u"suspected"});
}

bool Reader::listenerAt(qsizetype i) const
{
    return i < w.size() && (!w.isLower(i) || m_mentionAtWord.at(i) >= 0 || lex(i).isFunctionWord() || lex(i).role().isValid() || isPeopleNoun(word(i)));
}

// "Ishiba said he had raised the detentions, Japan's Kyodo news agency reported.": a source and
// its verb of saying closing the sentence after a comma (and at most when it was said) tell
// where the report comes from; they are no part of what the speaker said.
bool Reader::endCueCloses(qsizetype i, qsizetype last) const
{
    for (qsizetype k = i + 1; k <= last && k < i + 7 && !m_inQuote.at(k) && !w.gapBeforeHas(k, u','); ++k) {
        const SpeechCues::Cue cue = w.isLower(k) ? SpeechCues::lookup(word(k)) : SpeechCues::Cue();
        if (!cue.valid || !cue.finite || !cue.reports) {
            continue;
        }
        for (qsizetype r = k + 1; r <= last; ++r) {
            if (!lex(r).isCalendarWord() && !isOneOf(word(r), {u"on", u"in", u"late", u"early", u"last", u"this", u"yesterday", u"today", u"tonight"})) {
                return false;
            }
        }
        bool named = sourceSubject(i, k, true);
        for (qsizetype s = i; s < k && !named; ++s) {
            named = m_mentionAtWord.at(s) >= 0 || m_entityAtWord.at(s) >= 0;
        }
        return named;
    }
    return false;
}

bool Reader::reportsOnItsOwn(qsizetype i, qsizetype last) const
{
    for (qsizetype k = i; k <= last && k < i + 6 && !m_inQuote.at(k) && (k == i || !w.gapBeforeHas(k, u',')) && !is(k, u"that"); ++k) {
        if (k > i && w.isLower(k)) {
            const SpeechCues::Cue cue = SpeechCues::lookup(word(k));
            if (cue.finite && cue.reports && !isOneOf(word(k - 1), {u"to", u"be", u"been", u"is", u"was", u"were", u"are"})) {
                return true;
            }
        }
    }
    return false;
}

void Reader::findIndirect(const QString &articleId, QList<Quote> &quotes)
{
    const qsizetype n = w.size();
    for (qsizetype v = 0; v < n; ++v) {
        // "her son, Peter Halloran, who said she had been ill": a relative clause may report
        // speech, and so may a clause of contrast (", while Peskov, the spokesman, said ...").
        if (m_inQuote.at(v) || (m_aside.at(v) && !is(v - 1, u"who") && !startsWithContrast(v))) {
            continue;
        }
        // The cheap tests on the word come before the hash of cues already used.
        // Asked of every word: the length, read here, turns most away before the comparison.
        const bool according = w.at(v).range.length() == 9 && is(v, u"according") && is(v + 1, u"to");
        if ((!according && !w.isLower(v)) || cueUsed(v)) {
            continue;
        }
        if (according) {
            findAccordingTo(articleId, v, quotes);
            continue;
        }
        // "Kremlin says leak aims to derail talks": a headline sums up what the story reports.
        if (const int p = w.at(v).paragraph; p < w.analysis().paragraphs.size() && w.analysis().paragraphs[p].heading) {
            continue;
        }
        SpeechCues::Cue cue = SpeechCues::lookup(word(v));
        // "Ushakov replies that ...", "Witkoff notes that ...": present forms that are also plural
        // nouns are verbs between a person's name and "that".
        if (!cue.valid && v > 0 && v + 1 < n && is(v + 1, u"that") && word(v).endsWith(u's') && m_mentionAtWord.at(v - 1) >= 0 && !w.at(v - 1).possessive
            && m_people.mentions[m_mentionAtWord.at(v - 1)].kind == PersonMention::Kind::Name && w.plainGapBefore(v)) {
            const QStringView verb = word(v);
            const QString base = verb.endsWith(u"ies") ? verb.chopped(3).toString() + u'y' : verb.chopped(1).toString();
            if (const SpeechCues::Cue bare = SpeechCues::lookup(base); bare.valid && bare.bare && bare.reports) {
                cue = bare;
                cue.finite = true;
                cue.bare = false;
            }
        }
        if (cue.valid && cue.participle && w.gapBeforeHas(v, u',')) {
            // "“...,” said Jo Park, adding that it could not comment": the speaker of the quotation
            // this sentence holds goes on; without one, the subject of the sentence speaks.
            const qsizetype used = is(v + 1, u"that") ? addedThat(articleId, v, quotes) : v;
            v = used > v ? used : (cue.reports ? saidWhile(articleId, v, cue, quotes) : v);
            continue;
        }
        // "She joined colleagues in posting that ...", "He ended the call by saying that ...": a
        // gerund after "in" or "by" reports, with "that", for the subject of the sentence.
        if (cue.valid && cue.participle && cue.reports && v > 0 && v + 2 < n && (is(v - 1, u"in") || is(v - 1, u"by")) && is(v + 1, u"that")
            && w.at(v + 1).sentence == w.at(v).sentence) {
            cue.finite = true;
        }
        if (!cue.valid || !cue.finite || !cue.reports) {
            continue;
        }
        // "Witkoff, it should be said, has never ...", "he is said to have ...": a passive reports
        // nothing its subject said.
        if (v > 0 && isOneOf(word(v - 1), {u"be", u"been", u"being", u"is", u"was", u"were", u"are"})) {
            continue;
        }
        // "He did not say he had committed a crime", "Smith never said the deal was dead": what
        // someone did not say is the reporter's words, not theirs.
        // "whether the defendant could tell jurors that ...": what someone could, might or should
        // say has not been said.
        if (negatedVerb(v) || (v > 0 && isOneOf(word(v - 1), {u"could", u"might", u"should", u"may", u"must"}))) {
            continue;
        }
        // The cue's sentence, as far as a clause reaches: a text without full stops is one
        // sentence, and reading all of it for every cue would take quadratic time.
        const int sentence = w.at(v).sentence;
        qsizetype first = v;
        while (first > 0 && v - first < longestClause && w.at(first - 1).sentence == sentence) {
            --first;
        }
        qsizetype last = v;
        while (last + 1 < n && last - v < longestClause && w.at(last + 1).sentence == sentence && !m_inDirect.at(last + 1)) {
            ++last;
        }
        Attribution a = fromCue(first, last + 1, v, 1, cue);
        if (cue.bare && v > first && (is(v - 1, u"and") || is(v - 1, u"or") || is(v - 1, u"to"))) {
            // "suggested that Putin congratulate Trump and tell him that ...", "went on to say
            // that ...": a bare verb after "and" or "to" has no subject of its own; the finite
            // verb of saying it depends on names the speaker, and without one it says nothing.
            qsizetype governing = -1;
            int governingLength = 1;
            SpeechCues::Cue governingCue;
            for (qsizetype k = v - 2; k >= first && governing < 0; --k) {
                if (!m_inQuote.at(k)) {
                    governingCue = cueAt(k, &governingLength);
                    if (governingCue.valid && governingCue.finite && !governingCue.bare) {
                        governing = k;
                    }
                }
            }
            if (governing < 0) {
                continue;
            }
            const Attribution source = fromCue(first, last + 1, governing, governingLength, governingCue);
            a.speaker = source.speaker;
            a.entity = source.entity;
            a.confidence = 0.8 * source.confidence;
            a.inverted = source.inverted;
            a.cue.start = w.at(v).range.start;
            if (a.addressee == a.speaker) {
                a.addressee = -1;
            }
        }
        if (a.inverted && a.speaker < 0) {
            a = Attribution{true, -1, -1, 0.35, {w.at(v).range.start, w.at(v).range.end}, v, false, -1}; // "said the Oval Office meeting ..."
        }
        if (a.inverted || reducedRelative(first, v)) {
            continue;
        }
        // "..., said one of the people, who asked not to be named": an end cue with an unnamed
        // source; what was said comes before it.
        if (a.speaker < 0 && a.entity < 0 && w.gapBeforeHas(v, u',') && v - first >= 4) {
            qsizetype phraseEnd = v + 1;
            bool clause = false;
            while (phraseEnd <= last && !w.gapBeforeHas(phraseEnd, u',') && phraseEnd - v <= 6) {
                clause = clause || isAuxiliary(phraseEnd);
                ++phraseEnd;
            }
            if (!clause && phraseEnd - v <= 6 && sourceSubject(v + 1, phraseEnd, true)) {
                continue;
            }
        }
        if (const qsizetype used = reportedAround(articleId, first, last, v, a, quotes); used >= 0) {
            v = used;
            continue;
        }
        if (const qsizetype used = reportedAfterAs(articleId, first, last, v, a, quotes); used >= 0) {
            v = used;
            continue;
        }
        // Without a person or a named organisation, only "the office said that ...": a subject right
        // before the verb and "that".
        const bool unnamed = a.speaker < 0 && a.entity < 0;
        // "Two of his allies, speaking privately, said": an aside closing before the verb ends in
        // any word; the subject stands before it.
        const bool asideBefore = w.gapBeforeHas(v, u',') && v - first >= 4 && sourceSubject(first, v, true);
        // "Prosecutors also wrote that": the subject stands before an adverb of sequence.
        const qsizetype subjectEnd = v - 1 > first && isOneOf(word(v - 1), {u"also", u"later", u"then", u"again", u"now", u"still"}) ? v - 1 : v;
        if (unnamed
            && (v == first || (lex(subjectEnd - 1).isFunctionWord() && !sourceSubject(subjectEnd - 1, subjectEnd) && !asideBefore) || m_inQuote.at(v - 1))) {
            continue;
        }
        // "a framework that critics in both parties say tilts toward Moscow": in a relative clause
        // the verb of saying reports about the noun before it, whose words are not given.
        bool relative = false;
        for (qsizetype k = v - 1; unnamed && k > first && k >= v - 5 && !relative && !w.gapBeforeHas(k + 1, u','); --k) {
            relative = (is(k, u"that") || is(k, u"which")) && w.isLower(k - 1) && !lex(k - 1).isFunctionWord()
                && !SpeechCues::lookup(word(k - 1)).valid
                // "One large shareholder in a fund that holds OpenAI stock said ...": a clause with
                // a verb of its own inside an unnamed source's subject; the verb of saying is the
                // sentence's own ("a plan that critics say" has a subject after "that").
                && !(k - first <= 8 && k + 1 < v && w.isLower(k + 1) && !lex(k + 1).isFunctionWord() && !lex(k + 1).role().isValid()
                    && !isPeopleNoun(word(k + 1)) && sourceSubject(first, k, true));
        }
        if (relative) {
            continue;
        }
        qsizetype content = w.indexAt(a.cue.end);
        // A time or manner adverbial may come before "that": "said on Friday that".
        // ... but not over the subject of a clause: "said she had warned ministers that", "said the
        // vote showed that"; after "told" the listener comes first ("told senators that").
        qsizetype k = (is(content, u"that") || cue.takesAddressee || startsAdverbial(content)) ? content : last;
        // "said later that evening that ...": the first "that" points at a time.
        const auto thatTime = [this](qsizetype at) {
            return is(at, u"that") && at + 1 < w.size() && isOneOf(word(at + 1), {u"day", u"evening", u"morning", u"afternoon", u"night", u"week", u"weekend"});
        };
        while (k < last && k < content + 7 && (!is(k, u"that") || thatTime(k)) && !(is(k, u"to") && cue.takesAddressee) && !m_inQuote.at(k)
            && !w.gapBeforeHas(k, u',') && !PeopleLexicon::isSubjectPronoun(word(k)) && !is(k, u"they") && !is(k, u"it")
            && !is(k, u"we")
            // "said in a call with Homendy that": a name after a preposition is no clause's subject.
            && (m_mentionAtWord.at(k) < 0 || afterPreposition(m_mentionAtWord.at(k), content)) && !(k > content && isAuxiliary(k))) {
            ++k;
        }
        if (is(k, u"that") && k < last) {
            content = k + 1;
        } else if (unnamed
            && !(takesClause(word(v))
                && (w.gapBeforeHas(v, u',') || lex(v - 1).role().isValid() || sourceSubject(first, v) || (v - first <= 12 && sourceSubject(first, v, true))))) {
            continue; // "A White House official, who ..., said the meeting ...": an unnamed but real speaker
        } else if ((cue.takesAddressee || startsAdverbial(content)) && k > content && k + 1 < last && k - content <= 4
            && isOneOf(word(k), {u"he", u"she", u"it", u"they", u"we"}) && (isAuxiliary(k + 1) || holdsView(k + 1))) {
            // "told staff he would order an investigation", "told reporters it was over": the
            // listener, then a clause without "that"; "said on Friday it had removed him": when,
            // then the clause.
            content = k;
        } else if (is(content, u"to") && cue.takesAddressee && content < last) {
            // "promised to work with the assembly": an infinitive right after the verb is a deed
            // promised, not words ("told Ushakov to begin ..." reports an instruction).
            if (content == v + 1 && !listenerAt(content + 1)) {
                continue;
            }
            content = content + 1;
            // "promised to voters that ...": the listener, then the clause.
            for (qsizetype t = content + 1; t < last && t <= content + 4 && !w.gapBeforeHas(t, u','); ++t) {
                if (is(t, u"that")) {
                    content = t + 1;
                    break;
                }
            }
        } else if (cue.takesAddressee && cue.reports && !unnamed && content + 1 < last && !takesClause(word(v))
            && clauseAt(listenerSkipped(content, a), last) >= 0) {
            // "Homendy told reporters the bolts were missing": the listener (named in the cue, or
            // one word), then a clause whose subject is no pronoun.
            content = clauseAt(listenerSkipped(content, a), last);
        } else if (isOneOf(word(v), {u"suggested", u"proposed", u"recommended"}) && content + 1 < last && m_mentionAtWord.at(content) >= 0
            && m_people.mentions[m_mentionAtWord.at(content)].kind == PersonMention::Kind::Name) {
            // "Witkoff suggested Putin congratulate Trump": what one proposed another should do,
            // a clause whose subject is a person ("suggested a ceasefire" proposes a thing).
        } else if (takesClause(word(v)) && content < last && startsClause(content) && (!cue.takesAddressee || clauseAt(content, last) >= 0)
            && (!takesClauseWithVerb(word(v)) || clauseAt(content, last) == content || writingSaysThat(content, last)) && !thingClaimed(v, content, last)) {
            // "told reporters the plan would fail": the listener, then the clause.
            content = cue.takesAddressee ? clauseAt(content, last) : content;
            // "claimed he hadn't heard it": a clause without "that"; "said Friday the plan ...",
            // "said Tuesday night it ...": a day said when, not what.
            while (content + 1 < last && !w.at(content).possessive && !w.gapBeforeHas(content + 1, u',')
                && (lex(content).isCalendarWord()
                    || isOneOf(word(content), {u"yesterday", u"today", u"tonight", u"night", u"morning", u"afternoon", u"evening"}))
                && !isAuxiliary(content + 1)) {
                ++content;
            }
            // "said last week the company would ...": a span named by its place in time.
            if (content + 2 < last && isOneOf(word(content), {u"last", u"this", u"next", u"earlier", u"later"})
                && isOneOf(word(content + 1), {u"week", u"weekend", u"month", u"year", u"morning", u"afternoon", u"evening", u"night"})
                && !w.gapBeforeHas(content + 1, u',') && !w.gapBeforeHas(content + 2, u',') && !isAuxiliary(content + 2)) {
                content += 2;
            }
            // "the Coast Guard said yesterday, bringing a sombre end to ...": the day closes the
            // cue, and what follows the comma describes the news, not what was said.
            if (content + 1 <= last && w.gapBeforeHas(content + 1, u',') && !w.at(content).possessive
                && (lex(content).isCalendarWord()
                    || isOneOf(word(content), {u"yesterday", u"today", u"tonight", u"night", u"morning", u"afternoon", u"evening"}))) {
                continue;
            }
        } else {
            continue;
        }
        // "..., officials said early on Friday.": words that only say when are no report; the
        // report is before the cue (findReportedBefore()).
        bool onlyWhen = true;
        for (qsizetype i = content; i <= last && onlyWhen; ++i) {
            onlyWhen = lex(i).isCalendarWord() || word(i).front().isDigit()
                || isOneOf(word(i),
                    {u"early", u"late", u"on", u"in", u"at", u"last", u"this", u"next", u"yesterday", u"today", u"tonight", u"night", u"morning", u"afternoon",
                        u"evening", u"local", u"time", u"the", u"day", u"week", u"following"});
        }
        if (onlyWhen || last - content + 1 < 3 || m_inDirect.at(content)) {
            continue;
        }
        // The reported content stops before a direct quotation in the same sentence, and before
        // a clause with a subject of its own ("; ...", ", while the Kremlin said ...").
        // "Sutskever, the man who had told Altman that he was fired, signed the letter": speech
        // reported inside a relative clause ends where the clause does, at its comma.
        // "in posting that OpenAI is nothing without its people, and ...": a gerund's report ends
        // with its phrase too.
        bool inRelative = SpeechCues::lookup(word(v)).participle && (is(v - 1, u"in") || is(v - 1, u"by"));
        for (qsizetype k = v - 1; k >= first && k >= v - 6 && !inRelative && !w.gapBeforeHas(k + 1, u','); --k) {
            inRelative = is(k, u"who") && !m_inQuote.at(k);
        }
        qsizetype end = content;
        // "posted that “OpenAI is nothing without its people”, a phrase repeated by dozens": a
        // report that is all quotation ends with it; what follows the comma describes the words.
        const bool quotedContent = m_inQuote.at(content);
        while (end <= last && !m_inDirect.at(end) && !((inRelative || (quotedContent && !m_inQuote.at(end))) && end > content && w.gapBeforeHas(end, u','))
            && !(end > content && (w.gapBeforeHas(end, u';') || (w.gapBeforeHas(end, u',') && isOneOf(word(end), {u"while", u"whereas"}))))
            && !(end > content && w.gapBeforeHas(end, u',') && is(end + 1, u"that") && SpeechCues::lookup(word(end)).participle)
            // "told staff the partnership was stable, according to two people who saw the memo":
            // the source of the account is no part of what was said.
            && !(end > content && w.gapBeforeHas(end, u',') && is(end, u"according") && is(end + 1, u"to"))
            // "..., Japan's Kyodo news agency reported.": nor is a source closing the sentence.
            && !(end > content && w.gapBeforeHas(end, u',') && endCueCloses(end, last))
            // "said he found Witkoff “a serious partner” and added, ...": a second verb of saying
            // coordinated with the first ("..., but warned that ...") ends what the first reported.
            && !(end > content && end + 1 <= last && (is(end, u"and") || is(end, u"but")) && !m_inQuote.at(end + 1) && SpeechCues::lookup(word(end + 1)).finite)
            // "Lee has said Yoon must face justice, and Woo has said the assembly did its duty":
            // another person's verb of saying starts another report.
            && !(end > content && is(end, u"and") && speakerWithCueAt(end + 1, last))
            // "said Francis had been a pope among the people, and the crowd broke into applause",
            // "..., and Israeli President Isaac Herzog wished the new pope well": another subject's
            // deed, told in the simple past, is the reporter's narrative.
            && !(end > content && w.gapBeforeHas(end, u',') && is(end, u"and") && otherSubjectActsAt(end + 1, last))
            // "said the title was the result of years of work, and he thanked coach Joe Mazzulla":
            // the speaker's own deed in the simple past, after the report, is the reporter's.
            && !(end > content && w.gapBeforeHas(end, u',') && is(end, u"and") && pronounActsAt(end + 1, last))
            // "..., and on Tuesday the board said its investigators had asked": a clause after a
            // comma with a verb of saying of its own is another report.
            && !(end > content && w.gapBeforeHas(end, u',') && (is(end, u"and") || is(end, u"but")) && reportsOnItsOwn(end + 1, last))) {
            ++end;
        }
        if (end - content < 3) {
            continue;
        }
        const SourceSpan cueSpan{articleId, a.cue.isValid() ? a.cue.start : w.at(v).range.start, a.cue.isValid() ? a.cue.end : w.at(v).range.end};
        Quote quote = reportOf(articleId, content, end, a, cueSpan, 0.75);
        quote.addressee = a.addressee >= 0 ? m_people.people[a.addressee].id : QString();
        if (unnamed) {
            quote.confidence = 0.4; // an unnamed source ("officials said"): a fixed certainty
        }
        quotes.append(quote);
        markCueUsed(v);
        v = end - 1; // the word that stopped the content (", adding that ...") is read next
    }
}

} // namespace

QuoteFinder::QuoteFinder(const ArticleWords &words, const QList<QuotedSpan> &quoted, const PeopleResult &people)
    : m_words(words)
    , m_quoted(quoted)
    , m_people(people)
{
}

QList<Quote> QuoteFinder::find(const QString &articleId) const
{
    Reader reader(m_words, m_quoted, m_people);
    return reader.run(articleId);
}

} // namespace Sourceline
