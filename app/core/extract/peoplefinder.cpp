// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "peoplefinder.h"
#include "casekeys.h"
#include "placecues.h"

#include "peoplenames.h"
#include "quotespeechcues.h"
#include "reader/dateline.h"
#include "wordmatch.h"
#include "wordtable.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

using Gender = PeopleLexicon::Gender;
using Role = PeopleLexicon::Role;
using Group = PeopleLexicon::RoleGroup;

// A role phrase found next to a name: "Trump's special envoy", "top foreign policy aide to Putin".
struct RoleCue
{
    int start = -1; ///< first character of the phrase (for the alias), -1 when none
    int end = -1;
    QString text; ///< the role words as written: "special envoy"
    Role role;
    QString country;
    QString affiliation; ///< surface word of the person served ("Trump"), resolved after clustering
    qsizetype affiliationWord = -1; ///< its word index when it stands right before the role
    QString organisation; ///< the club or body before the role: "Rovers" of "Rovers manager"
    [[nodiscard]] bool isValid() const { return role.isValid(); }
};

// A capitalised run read as a person's name.
struct NameCandidate
{
    int first = 0; ///< core name words [first, end)
    int end = 0;
    int aliasStart = -1; ///< where a title or role written before the name starts
    int score = 0;
    bool single = false;
    QString name;
    RoleCue role; ///< from a title, the words before the name, or an appositive after it
    RoleCue becomes; ///< "Han Duck-soo became acting president": an office taken up, held besides
    QString country;
    Gender gender = Gender::Unknown;
};

struct Descriptor
{
    int firstWord = 0;
    int lastWord = 0; ///< the role noun
    TextRange range;
    Role role;
    QString country;
    QString organisation; ///< "City" of "the City boss"
    int affiliation = -1; ///< person index
    bool office = false; ///< "of ..." follows the role noun: "the head of the presidential administration"
    int youngest = -1; ///< the ages a descriptor of age ("the teenager", "the 17-year-old") allows, else -1
    int oldest = -1;
};

struct Draft
{
    QString name;
    QStringList aliases;
    QString roleText;
    PersonProfile profile;
    QString affiliationWord;
    QList<TextRange> mentions;
    int firstPosition = 0;
    int age = -1; ///< as the article gave it after the name ("Bebe King, 6,")
    QStringList actingRoles; ///< canonical offices held as a stand-in ("became acting president")
    PeopleLexicon::RoleGroup roleGroup = PeopleLexicon::RoleGroup::None; ///< of roleText
};

// CaseKeys::lower() of a text, kept on the stack when the text is short ASCII, for hash look-ups.
class LowerKey
{
public:
    explicit LowerKey(QStringView text)
    {
        if (!CaseKeys::isAscii(text)) {
            m_other = CaseKeys::lower(text);
            m_view = m_other;
            return;
        }
        m_buffer.resize(text.size());
        std::transform(text.cbegin(), text.cend(), m_buffer.begin(), [](QChar c) {
            const char16_t u = c.unicode();
            return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
        });
        m_view = QStringView(m_buffer.data(), m_buffer.size());
    }
    LowerKey(const LowerKey &) = delete;
    LowerKey &operator=(const LowerKey &) = delete;

    [[nodiscard]] QStringView view() const { return m_view; }

private:
    QVarLengthArray<char16_t, 64> m_buffer;
    QString m_other;
    QStringView m_view;
};

using CaseKeys::isAscii;

// Whether two ASCII texts of the same length are alike but for case.
bool sameAsciiButCase(QStringView a, QStringView b)
{
    const auto fold = [](QChar c) { return c >= u'A' && c <= u'Z' ? char16_t(c.unicode() + (u'a' - u'A')) : c.unicode(); };
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), [&fold](QChar x, QChar y) { return fold(x) == fold(y); });
}

// Whether CaseKeys::lower(a) == CaseKeys::lower(b); ASCII text is compared as it stands, without copies.
bool sameButCase(QStringView a, QStringView b)
{
    if (!isAscii(a) || !isAscii(b)) {
        return CaseKeys::lower(a) == CaseKeys::lower(b);
    }
    return a.size() == b.size() && sameAsciiButCase(a, b);
}

// QStringView::endsWith() for a short ending, compared in place: the extraction asks it of
// nearly every lower-case word ("-ed", "-ing", "-ly"), and Qt's general routine is out of line.
bool hasEnding(QStringView text, QStringView ending)
{
    return text.size() >= ending.size() && std::equal(ending.cbegin(), ending.cend(), text.cend() - ending.size());
}

// "the King", "the Pope", "the Emir": a monarch's title names the one person who holds it for
// life, never someone the article named without it, whatever the passage is about.
bool isMonarchTitle(QStringView canonical)
{
    return isOneOf(canonical, {u"king", u"queen", u"monarch", u"emperor", u"sultan", u"emir", u"pope", u"prince", u"princess", u"crown prince"});
}

// "Sen." and "sen" alike: lower case, without periods.
QString honorificKey(QStringView word)
{
    QString key = CaseKeys::lower(word);
    key.remove(u'.');
    return key;
}

// Nouns of structures named after people: "Francis Scott Key Bridge", "Ronald Reagan Building".
// Only nouns that are rarely surnames count ("Helen Park", "Sally Field" and "Arsenio Hall"
// stay people).
bool isStructure(QStringView word)
{
    static const QSet<QStringView> structures{u"bridge", u"airport", u"building", u"highway", u"boulevard", u"tunnel", u"canal", u"channel", u"pier", u"plaza",
        u"stadium", u"arena", u"terminal", u"memorial", u"museum", u"library", u"expressway", u"parkway", u"freeway", u"avenue", u"centre", u"center", u"dam",
        // A wildfire is named after where it started ("the Kenneth Fire", "the Eaton Fire").
        u"fire"};
    // ASCII words fold on the stack; any other goes through toLower(), as the set's keys would.
    QVarLengthArray<char16_t, 32> lower;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            return structures.contains(QStringView(word.toString().toLower()));
        }
        lower.append(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
    }
    return structures.contains(QStringView(lower.data(), lower.size()));
}

// "best actress", "Best Supporting Actor", "best director": a role noun after "best" (or
// "worst") names an award's category; no office or trade is called so.
bool namesAnAward(QStringView roleText)
{
    for (const QStringView part : roleText.tokenize(u' ')) {
        if (equalsLower(part, u"best") || equalsLower(part, u"worst")) {
            return true;
        }
    }
    return false;
}

// "Eagles", "Chiefs", "Red Sox": the plural noun that ends a team's name. "Lewis", "Davis",
// "Ross" and "Marcus" end otherwise; "Williams" and "Jones" end so too, and are told apart by
// how the article uses them (Finder::namesATeam()).
bool pluralShaped(QStringView word)
{
    return (word.size() >= 4 && word.back() == u's' && !word.endsWith(u"ss") && !word.endsWith(u"us") && !word.endsWith(u"is")) || word.endsWith(u"Sox");
}

// Offices held over a town or region: "Port Arden Mayor", "Mayor X of Chandler".
bool isPlaceOffice(QStringView word)
{
    return isOneOf(word, {u"mayor", u"governor", u"gov.", u"premier", u"sheriff", u"councillor", u"alderman"});
}

// Titles that are a person's title on their own: "Mr", "Dr", "Sir", "Senator", "Governor".
// Titles held of a place, a see or a peerage: "the Bishop of Chester", "the Duke of Sussex".
bool isTerritorialTitle(QStringView word)
{
    return isOneOf(word,
        {u"bishop", u"archbishop", u"dean", u"duke", u"duchess", u"earl", u"countess", u"baron", u"baroness", u"marquess", u"viscount", u"viscountess", u"lord",
            u"lady"});
}

bool isHonorific(QStringView word)
{
    static const QSet<QStringView> list{u"mr", u"mrs", u"ms", u"miss", u"dr", u"sir", u"dame", u"lord", u"lady", u"prof", u"professor", u"sen", u"rep", u"gov",
        u"gen", u"adm", u"col", u"lt", u"capt", u"maj", u"sgt", u"det", u"supt", u"insp", u"cpl", u"rev", u"reverend", u"father", u"sister", u"brother",
        u"sheikh", u"emir", u"king", u"queen", u"prince", u"princess", u"pope", u"cardinal", u"bishop", u"archbishop", u"rabbi", u"imam", u"duke", u"duchess",
        u"baron", u"baroness", u"count", u"madame", u"madam", u"senhor", u"senhora", u"shri", u"smt", u"shrimati", u"señor", u"señora", u"sr", u"sra", u"srta",
        u"signor", u"signora", u"herr", u"frau", u"monsieur", u"mme", u"detective", u"inspector", u"officer", u"coach", u"judge", u"justice", u"cllr",
        u"councillor", u"councilor", u"alderman", u"sheriff"};
    // ASCII words are keyed on the stack as honorificKey() would key them; others by it.
    QVarLengthArray<char16_t, 32> key;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            return list.contains(QStringView(honorificKey(word)));
        }
        if (u != u'.') {
            key.append(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
        }
    }
    return list.contains(QStringView(key.data(), key.size()));
}

// "STEVE WITKOFF", "KEVIN O'ROURKE": newsletters set names in capitals; the person's name is
// shown as a name is written. Words of one or two letters ("JD", "J.") stay as initials.
QString unshouted(const QString &name)
{
    if (!name.contains(u' ') || std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLower(); })) {
        return name;
    }
    QString written = name;
    qsizetype wordStart = 0;
    for (qsizetype i = 0; i <= written.size(); ++i) {
        if (i < written.size() && written[i] != u' ') {
            continue;
        }
        // "SOUZA DE MELO", "ANNEKE VAN DEN BERG": a particle inside a name is written in lower case.
        // "MARINE LE PEN" and "LUIGI DI MAIO" keep theirs in capitals.
        if (wordStart > 0
            && isOneOf(QStringView(written).sliced(wordStart, i - wordStart),
                {u"de", u"da", u"das", u"dos", u"del", u"van", u"von", u"der", u"den", u"bin", u"ibn"})) {
            for (qsizetype c = wordStart; c < i; ++c) {
                written[c] = written[c].toLower();
            }
        } else if (i - wordStart >= 3) {
            for (qsizetype c = wordStart + 1; c < i; ++c) {
                const QChar before = written[c - 1];
                if (before != u'-' && before != u'\'' && before != u'\u2019') {
                    written[c] = written[c].toLower();
                }
            }
        }
        wordStart = i + 1;
    }
    return written;
}

bool isAcronym(QStringView word)
{
    int letters = 0;
    for (const QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper()) {
                return false;
            }
            ++letters;
        }
    }
    return letters >= 2;
}

// Offices held in a state, a body or a firm, as against trades and parts played ("host",
// "bureaucrat" is an official's word all the same).
bool isOffice(Group group)
{
    return group != Group::None && group != Group::Other && group != Group::Public;
}

Group groupOfRole(const QString &canonical)
{
    const qsizetype space = canonical.lastIndexOf(u' ');
    if (space > 0) {
        const Role compound = PeopleLexicon::compoundRole(QStringView(canonical).left(space), QStringView(canonical).mid(space + 1));
        if (compound.isValid()) {
            return compound.group;
        }
    }
    return PeopleLexicon::role(QStringView(canonical).mid(space + 1)).group;
}

// The role groups a descriptor's noun stands for: "the official" is anyone in government below
// the leader, "the aide" anyone who works for someone, "the leader" a head of state.
QList<Group> groupsFor(const Role &descriptor)
{
    if (!descriptor.generic) {
        return {};
    }
    switch (descriptor.group) {
    case Group::Official:
        return {Group::Official, Group::Aide, Group::Envoy, Group::Spokesperson};
    case Group::Aide:
        return {Group::Aide, Group::Envoy, Group::Spokesperson};
    case Group::Legislator:
        return {Group::Legislator, Group::Leader};
    default:
        return {descriptor.group};
    }
}

class Finder
{
public:
    Finder(const ArticleWords &words, const QList<QuotedSpan> &quoted)
        : w(words)
        , m_quoted(quoted)
        , m_placeCues(words)
    {
        m_inQuote.resize(w.size(), false);
        for (const QuotedSpan &span : quoted) {
            for (qsizetype i = w.indexAt(span.inner.start); i < w.size() && w.at(i).range.start < span.inner.end; ++i) {
                m_inQuote[i] = true;
            }
        }
    }

    PeopleResult run(const QString &articleId);

private:
    [[nodiscard]] QStringView word(qsizetype i) const { return w.word(i); }
    [[nodiscard]] const PeopleLexicon::Entry &lex(qsizetype i) const { return w.lexicon(i); }
    /// PeopleLexicon::isSubjectPronoun() of word i, from the word's entry.
    [[nodiscard]] bool isSubjectPronoun(qsizetype i) const
    {
        // "he" and "she" start with an h or an s; other ASCII letters need no look-up.
        const int size = w.at(i).range.length();
        const char16_t first = w.text().at(w.at(i).range.start).unicode();
        const bool mayBe = first >= 0x80 || first == u'h' || first == u'H' || first == u's' || first == u'S';
        return size >= 2 && size <= 3 && mayBe && lex(i).has(PeopleLexicon::Entry::SubjectPronoun);
    }
    /// The two-word role of words i and i + 1 ("prime minister"), asked of the lexicon only
    /// when both words occur in some two-word role.
    [[nodiscard]] Role compoundRole(qsizetype i) const
    {
        // The next word is looked up only after a word that may open a two-word role.
        return lex(i).has(PeopleLexicon::Entry::CompoundFirst) && lex(i).mayStartCompound(lex(i + 1)) ? PeopleLexicon::compoundRole(word(i), word(i + 1))
                                                                                                      : Role();
    }
    /// Asked of nearly every word: the length, known without building the word, decides most.
    [[nodiscard]] bool lowerIs(qsizetype i, QStringView s) const
    {
        return i >= 0 && i < w.size() && w.at(i).range.length() == s.size() && equalsLower(word(i), s);
    }
    /// A literal's length is known when compiled: building a QStringView from it at run time
    /// searches for its terminator on every call (a scan per run after every name).
    template<qsizetype N>
    [[nodiscard]] bool lowerIs(qsizetype i, const char16_t (&s)[N]) const
    {
        return lowerIs(i, QStringView(s, N - 1));
    }
    [[nodiscard]] bool isNameWord(qsizetype i) const;
    /// Whether d names an office for a seat or body and the person holds it for another.
    [[nodiscard]] bool holdsOtherSeat(const Descriptor &d, int person) const;
    /// Whether the run [first, andWord) names a body as "X of ..." or "X for ...".
    [[nodiscard]] bool bodyOfBeforeAnd(qsizetype first, qsizetype andWord) const;
    /// Whether word i, after a body's "and", may go on the body's name rather than start another.
    [[nodiscard]] bool endsBodyName(qsizetype i) const;
    /// Whether a word in [first, end) is a known given name.
    [[nodiscard]] bool givenNameIn(qsizetype first, qsizetype end) const;
    [[nodiscard]] bool wholeQuoted(qsizetype first, qsizetype end) const;
    [[nodiscard]] bool surnameSoFar(QStringView word) const;
    [[nodiscard]] bool personNamedSincePlace(qsizetype k) const;
    [[nodiscard]] bool ownerIsPersonal(qsizetype first, qsizetype end) const;
    [[nodiscard]] bool portfolioAfterAnd(qsizetype first, qsizetype andWord, qsizetype end) const;
    [[nodiscard]] bool isHeading(qsizetype i) const;
    [[nodiscard]] bool isSaint(qsizetype i) const { return lowerIs(i, u"st") || lowerIs(i, u"st.") || lowerIs(i, u"saint"); }
    [[nodiscard]] bool ownerActsOnOther(const Descriptor &d) const;
    [[nodiscard]] QString textOf(qsizetype first, qsizetype last) const { return textView(first, last).toString(); }
    /// The text from word first to word last, for look-ups that need no copy.
    [[nodiscard]] QStringView textView(qsizetype first, qsizetype last) const
    {
        const int start = w.at(first).range.start;
        return QStringView(w.text()).mid(start, w.at(last).range.end - start);
    }
    [[nodiscard]] Role roleAt(qsizetype i, int *length) const;
    [[nodiscard]] RoleCue roleBefore(qsizetype start) const;
    [[nodiscard]] bool bodyQualifiesOffice(qsizetype m) const;
    [[nodiscard]] RoleCue roleAfter(qsizetype end) const;
    [[nodiscard]] QString nicknameAfter(qsizetype end) const;
    [[nodiscard]] qsizetype chosenNameAfter(qsizetype end) const;
    /// Keys of the names people took ("leo xiv"), each with the candidate of the name they had.
    [[nodiscard]] QHash<QString, qsizetype> namesChosen() const;
    [[nodiscard]] int ageAfter(qsizetype end) const;
    [[nodiscard]] bool listsPeopleAfter(qsizetype end) const;
    [[nodiscard]] bool fitsAge(const Descriptor &d, int person) const;
    [[nodiscard]] bool unnamedSubjectBefore(qsizetype pronoun) const;
    [[nodiscard]] bool speechFollows(qsizetype end) const;
    [[nodiscard]] qsizetype afterAdverbialAside(qsizetype m) const;
    [[nodiscard]] bool initialismModifiesNoun(qsizetype k) const;
    void genderFromObjectPronoun(qsizetype i, int person);
    [[nodiscard]] bool agentAfterBy(qsizetype first) const;
    [[nodiscard]] static bool prosecutingAttorney(QStringView roleText);
    /// The role noun a word or two after the role word at m that qualifies another noun ("chief
    /// technology officer"), or -1.
    [[nodiscard]] qsizetype roleHeadAfterQualifier(qsizetype m) const;
    [[nodiscard]] bool referredToAsThing(qsizetype end) const;
    [[nodiscard]] bool nounBeforeRole(qsizetype i) const;
    [[nodiscard]] bool ingBeforeRole(qsizetype i, qsizetype head) const;
    [[nodiscard]] RoleCue oneOfGroup(qsizetype one) const;
    [[nodiscard]] bool namedAfterCountry(qsizetype k, qsizetype j) const;
    [[nodiscard]] RoleCue officeTakenUp(qsizetype end) const;
    [[nodiscard]] bool qualifiesPhraseEnd(qsizetype i) const;
    [[nodiscard]] bool isModifier(qsizetype i, qsizetype position) const;
    [[nodiscard]] bool qualifiesOtherNoun(qsizetype i) const;
    [[nodiscard]] RoleCue roleBeforeComma(qsizetype start) const;
    [[nodiscard]] bool inParentheses(qsizetype i) const;
    [[nodiscard]] bool allTitles(qsizetype first, qsizetype end) const;
    [[nodiscard]] bool treatedAsPerson(qsizetype i, Gender *gender) const;
    [[nodiscard]] bool takenUpAsPronoun(qsizetype first, qsizetype end, Gender *gender) const;

    /// How often the article writes word capitalised; the counts are taken when first asked,
    /// as few articles ask at all.
    [[nodiscard]] int capitalisedCount(QStringView word);
    /// How often the capitalised word stands without a capitalised word right before it:
    /// "Nadella said" after "Satya Nadella", never the "Prince" of "the Polar Prince".
    [[nodiscard]] int capitalisedAloneCount(QStringView word);
    /// Whether the first word of the run at `first` stands alone elsewhere as a person does
    /// ("Mr Yoon", "Yoon said"): the family name of a name written family name first.
    [[nodiscard]] bool firstWordStandsForAPerson(qsizetype first);
    /// Where the capitalised word occurs, indexed on first use.
    [[nodiscard]] const QList<qsizetype> &capitalisedPositions(QStringView word);
    [[nodiscard]] const QList<qsizetype> &positionsAfterThe(QStringView word);
    [[nodiscard]] bool namesATeam(qsizetype first, qsizetype end);
    [[nodiscard]] bool calledTheTeam(QStringView plural);
    void scanRuns();
    void readRun(qsizetype i, qsizetype j);
    void addEntity(Entity::Kind kind, qsizetype first, qsizetype end);
    void dropOrganisationNames();
    void cluster();
    int attachSingle(const QString &key, int position) const;
    [[nodiscard]] int namedJustBefore(const QList<int> &people, int position) const;
    /// People whose last name word is `key`, less those for whom it is a father's name ("bin Salman").
    [[nodiscard]] QList<int> surnamed(const QString &key) const;
    /// True when key opens the full names of several people ("Han" of "Han Duck-soo" and "Han Dong-hoon").
    [[nodiscard]] bool familyNameOfSeveral(const QString &key) const;
    [[nodiscard]] bool familyNameBeforeGivenName(qsizetype k) const;
    [[nodiscard]] bool modifiersFitName(qsizetype first, qsizetype head, QStringView name) const;
    void acronymsOfPeople();
    void findDescriptors();
    void findUnnamedSpeakers();
    void resolve();
    void roleFromDescriptor(int person, const Descriptor &d, double confidence);
    void indexRoles();
    [[nodiscard]] QList<int> candidatesFor(const Descriptor &d, bool *complete) const;
    [[nodiscard]] int compatibility(const Descriptor &d, int person) const;
    /// Whether d says "former" of an office person holds now, as the article gave it.
    [[nodiscard]] bool sittingForFormer(const Descriptor &d, int person) const;
    [[nodiscard]] bool saysFormer(const Descriptor &d) const;
    [[nodiscard]] int resolveDescriptor(const Descriptor &d, int sentence, int subject, double *confidence) const;
    [[nodiscard]] int apposedTo(const Descriptor &d) const;
    [[nodiscard]] int continuedAfter(const Descriptor &d, int sentence, double *confidence) const;
    [[nodiscard]] int topicFor(const Descriptor &d, int sentence, double *confidence) const;
    void findOrganisationPhrases();
    void addMention(int person, const TextRange &range, PersonMention::Kind kind, double confidence, int sentence);

    const ArticleWords &w;
    const QList<QuotedSpan> &m_quoted;
    PlaceCues m_placeCues;
    QList<bool> m_inQuote;
    QList<NameCandidate> m_candidates;
    mutable QHash<QString, bool> m_surnamesSoFar; ///< last words of the candidates of several words (surnameSoFar())
    mutable qsizetype m_surnamesCounted = 0; ///< candidates read into m_surnamesSoFar
    QList<qsizetype> m_pending; ///< single capitalised words that are names only if a person has that surname
    QList<Draft> m_people;
    QHash<QString, QList<int>> m_bySurname;
    QHash<QString, QList<int>> m_byGiven;
    QHash<QString, QList<int>> m_byMiddle; ///< middle words of names of four words or more
    QList<std::pair<int, int>> m_namedAt; ///< (person, position) where the article wrote a full name, in text order
    QSet<int> m_patronymic; ///< people whose last word is a father's name ("Mohammed bin Salman")
    QHash<QString, int> m_byFullName;
    QList<int> m_wordPerson; ///< person whose name covers word i, or -1
    QList<Descriptor> m_descriptors;
    /// "one Ukrainian official said": where the article brings in someone it never names, and
    /// by what role, in text order.
    struct UnnamedSpeaker
    {
        int position;
        int sentence;
        QString role;
    };
    QList<UnnamedSpeaker> m_unnamedSpeakers;
    QList<PersonMention> m_mentions;
    QList<Entity> m_entities;
    QList<EntityMention> m_entityMentions;
    QHash<QString, int> m_entityByName;
    QList<int> m_lastSeen; ///< per person: position of the latest mention during the sweep
    QList<int> m_lastSentence;
    QHash<int, int> m_subjectOf;
    QList<int> m_recent; ///< people named lately, the latest first (at most 48)
    QList<int> m_seenCount;
    WordTable<int> m_capitalised{0}; ///< how often each capitalised word occurs, counted on first use
    QHash<QStringView, QList<qsizetype>> m_capitalisedAt; ///< where each capitalised word occurs, with the counts
    QHash<QStringView, QList<qsizetype>> m_afterTheAt; ///< where each capitalised word follows "the"
    bool m_afterTheIndexed = false;
    bool m_capitalisedCounted = false;
    QSet<QStringView> m_teamNouns; ///< the plural nouns that end the teams named so far ("Eagles")
    QHash<QString, QList<int>> m_byRole;
    QHash<int, QList<int>> m_byGroup;
};

// Particles that, written in lower case before a capitalised word, are part of a surname; "al",
// "la", "le" and "y" also start ordinary phrases and are left out.
// "Chief technology officer Mira Murati will serve": a capital that only opens the sentence is no
// part of the role; "Chief Executive" and "US envoy" are written so throughout.
QString roleAsWritten(const QString &text)
{
    // "CLAIRE DONOVAN (HOST):": a transcript sets its labels in capitals; a role noun of four
    // letters or more is no acronym ("CEO", "MP") and is shown as a word.
    // Nearly every role has a lower-case ASCII letter, which settles it without an upper-case copy.
    const bool lowerAscii = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
    if (text.size() >= 4 && !lowerAscii && text == text.toUpper() && PeopleLexicon::role(text).isValid()
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); })) {
        return text.toLower();
    }
    const qsizetype space = text.indexOf(u' ');
    // "Quarterback Jalen Hurts", "Linebacker Zack Baun": a role noun that news writes before a
    // name in lower case ("quarterback Jalen Hurts") has its capital only from opening the
    // sentence; titles ("Mayor", "Coach", "Officer") keep theirs.
    if (space < 0 && text.size() >= 2 && text.at(0).isUpper() && text.at(1).isLower() && !PeopleLexicon::isTitle(text) && PeopleLexicon::role(text).isValid()) {
        QString lowered = text;
        lowered[0] = lowered.at(0).toLower();
        return lowered;
    }
    if (space < 2 || !text.at(0).isUpper() || !text.at(1).isLower()) {
        return text;
    }
    const QStringView first = QStringView(text).left(space);
    // "Kremlin spokesman", "Conservative leader": a body, a place or a party keeps its capital.
    const bool rank = isOneOf(first, {u"Former", u"Deputy", u"Acting", u"Interim", u"Senior", u"Vice", u"Assistant", u"Associate", u"Managing", u"Chief"});
    if ((!PeopleLexicon::role(first).isValid() && !rank) || PeopleLexicon::isOrganisation(first) || PeopleLexicon::isOrganisationWord(first)
        || PeopleLexicon::isPlace(first) || !PeopleLexicon::country(first).isEmpty()) {
        return text;
    }
    for (qsizetype i = space; i + 1 < text.size(); ++i) {
        if (text.at(i) == u' ' && !text.at(i + 1).isLower()) {
            return text;
        }
    }
    QString lowered = text;
    lowered[0] = lowered.at(0).toLower();
    return lowered;
}

// "González", "Rodríguez", "Chávez": Spanish surnames formed from a father's name.
bool spanishPatronymic(QStringView word)
{
    return word.size() >= 5 && word.endsWith(u"ez", Qt::CaseInsensitive) && !PeopleLexicon::isGivenName(word);
}

// Whether the candidate is a name of several words whose last word is word: "Jordan" of "Jim
// Jordan".
bool endsWithSurname(const NameCandidate &c, QStringView word)
{
    return !c.single && c.name.size() > word.size() && c.name[c.name.size() - word.size() - 1] == u' ' && QStringView(c.name).last(word.size()) == word;
}

bool isSurnameParticle(QStringView word)
{
    static const QList<QStringView> particles{u"bin", u"ibn", u"van", u"von", u"de", u"del", u"della", u"der", u"da", u"dos", u"ter", u"abu"};
    return particles.contains(word);
}

// "the tanker “Marisol Star”", "the “Safe Harbors Act,”": a name wholly inside quote marks is a
// title of a ship, a bill or a book, not a person.
bool Finder::wholeQuoted(qsizetype first, qsizetype end) const
{
    if (!m_inQuote.at(first)) {
        return false;
    }
    const QString &text = w.text();
    const int start = w.at(first).range.start;
    int stop = w.at(end - 1).end;
    while (stop < text.size() && (text[stop] == u',' || text[stop] == u'.')) {
        ++stop;
    }
    const auto isMark = [](QChar c) { return isDoubleQuoteMark(c) || isSingleQuoteMark(c); };
    return start > 0 && stop < text.size() && isMark(text[start - 1]) && isMark(text[stop]);
}

bool Finder::surnameSoFar(QStringView word) const
{
    // Asked of many runs against every name so far: the space before the word is read first.
    // A long list of names is looked up in a table instead, kept up to date as names come, as
    // reading every name for every run would take quadratic time.
    constexpr qsizetype namesToRead = 64;
    if (m_candidates.size() <= namesToRead) {
        return std::any_of(m_candidates.cbegin(), m_candidates.cend(), [word](const NameCandidate &c) { return endsWithSurname(c, word); });
    }
    for (; m_surnamesCounted < m_candidates.size(); ++m_surnamesCounted) {
        const NameCandidate &candidate = m_candidates[m_surnamesCounted];
        if (const qsizetype space = candidate.name.lastIndexOf(u' '); !candidate.single && space >= 0) {
            m_surnamesSoFar.insert(candidate.name.sliced(space + 1), true);
        }
    }
    return m_surnamesSoFar.constFind(word) != m_surnamesSoFar.cend();
}

// "Rep. Jim Jordan of Ohio criticised the trip. Jordan said": a lone word that is a place and
// the surname of a person named in full stands for the person when the person was named since
// the place last was (the place first wins: "King Abdullah II of Jordan ... Jordan has been").
bool Finder::personNamedSincePlace(qsizetype k) const
{
    // "of Jordan", "in Jordan": after a preposition the word is the place.
    if (k > 0 && w.plainGapBefore(k) && isOneOf(word(k - 1), {u"of", u"in", u"to", u"from", u"at", u"across", u"into", u"near"})) {
        return false;
    }
    const QStringView surname = word(k);
    const int start = w.at(k).range.start;
    for (auto c = m_candidates.crbegin(); c != m_candidates.crend(); ++c) {
        if (!endsWithSurname(*c, surname)) {
            continue;
        }
        // Only the place's mentions after the person's name are read, from the end.
        const int named = w.at(c->first).range.start;
        for (auto e = m_entityMentions.crbegin(); e != m_entityMentions.crend() && e->range.start > named; ++e) {
            if (e->range.start < start && e->range.length() == surname.size() && QStringView(w.text()).sliced(e->range.start, e->range.length()) == surname) {
                return false;
            }
        }
        return true;
    }
    return false;
}

// "Department of Financial Protection and Innovation", "Department of Health and Human
// Services": after an organisation's word joined by "of" or "for", the words past "and" are a
// second part of its remit, unless they name something whole of their own (a body, a place, an
// acronym, a person).
bool Finder::portfolioAfterAnd(qsizetype first, qsizetype andWord, qsizetype end) const
{
    if (end - andWord - 1 > 2) {
        return false;
    }
    bool remit = false;
    for (qsizetype m = first + 1; m + 1 < andWord && !remit; ++m) {
        remit = (word(m) == u"of" || word(m) == u"for") && lex(m - 1).isOrganisationWord();
    }
    if (!remit) {
        return false;
    }
    for (qsizetype m = andWord + 1; m < end; ++m) {
        const auto &entry = lex(m);
        if (entry.isGivenName() || entry.isTitle() || entry.isOrganisation() || entry.isOrganisationWord() || entry.isPlace() || !entry.country().isEmpty()
            || isAcronym(word(m)) || surnameSoFar(word(m))) {
            return false;
        }
    }
    return true;
}

// Asked only of a run ending in a possessive before more capitalised words.
// "New York's Signature Bank", "Britain's Royal Mail": a place that owns a body is where it is,
// no part of its name, as a person's possessive is no part of it either.
bool Finder::ownerIsPersonal(qsizetype first, qsizetype end) const
{
    if (PeopleLexicon::isPlace(textView(first, end - 1)) || !PeopleLexicon::country(textView(first, end - 1)).isEmpty()) {
        return true;
    }
    for (qsizetype m = first; m < end; ++m) {
        if (lex(m).isGivenName() || lex(m).isTitle() || (m + 1 == end && PeopleLexicon::isLeaderSurname(word(m)))) {
            return true;
        }
    }
    return false;
}

bool Finder::bodyOfBeforeAnd(qsizetype first, qsizetype andWord) const
{
    for (qsizetype m = first; m + 2 < andWord; ++m) {
        if ((lowerIs(m + 1, u"of") || lowerIs(m + 1, u"for")) && lex(m).isOrganisationWord()) {
            return true;
        }
    }
    return false;
}

bool Finder::endsBodyName(qsizetype i) const
{
    const PeopleLexicon::Entry &entry = lex(i);
    return !entry.isGivenName() && !entry.isOrganisation() && !entry.isTitle() && !entry.role().isValid() && entry.country().isEmpty() && !isAcronym(word(i))
        && !surnameSoFar(word(i)) && !PeopleLexicon::isPlace(word(i));
}

bool Finder::givenNameIn(qsizetype first, qsizetype end) const
{
    for (qsizetype i = first; i < end; ++i) {
        if (lex(i).isGivenName()) {
            return true;
        }
    }
    return false;
}

bool Finder::isNameWord(qsizetype i) const
{
    const Word &word = w.at(i);
    const QStringView text = w.word(i);
    if (!word.capitalised) {
        // Every article ends in a hyphen as its third or fourth character.
        if (text.size() < 4 || (text[2] != u'-' && text[3] != u'-')) {
            return false;
        }
        // "Abdel Fattah al-Sisi", "Bashar al-Assad": an Arabic article joined to a surname.
        static const QList<QStringView> articles{u"al-", u"el-", u"ad-", u"as-", u"ash-", u"an-", u"ar-", u"at-", u"az-"};
        for (const QStringView article : articles) {
            if (text.size() > article.size() + 1 && text.startsWith(article) && text[article.size()].isUpper()) {
                return true;
            }
        }
        return false;
    }
    return text.size() >= 1 && text[0].isLetter();
}

// "Oh Se-hun", "No Tae-woo", "An Jung-geun": a Korean family name may also be an English word;
// before a given name of two syllables joined by a hyphen ("Se-hun", not "Seoul-based") it is the name.
bool Finder::familyNameBeforeGivenName(qsizetype k) const
{
    const QStringView family = word(k);
    if (family.size() < 2 || family.size() > 3 || !w.at(k).capitalised || !w.plainGapBefore(k + 1)) {
        return false;
    }
    const QStringView given = word(k + 1);
    const qsizetype hyphen = given.indexOf(u'-');
    if (hyphen < 2 || hyphen > 5 || given.size() - hyphen - 1 < 2 || given.size() - hyphen - 1 > 5 || !given[0].isUpper()) {
        return false;
    }
    const QStringView second = given.mid(hyphen + 1);
    if (!std::all_of(second.cbegin(), second.cend(), [](QChar c) { return c.isLower(); }) || second.endsWith(u"ed")) {
        return false;
    }
    return !isOneOf(second, {u"born", u"era", u"style", u"made", u"run", u"led", u"wide", u"only", u"like", u"owned", u"based", u"free", u"level"});
}

bool Finder::isHeading(qsizetype i) const
{
    const int p = w.at(i).paragraph;
    const auto &paragraphs = w.analysis().paragraphs;
    return (p < paragraphs.size() && paragraphs[p].heading) || w.isTitleLine(p);
}

Role Finder::roleAt(qsizetype i, int *length) const
{
    if (i + 1 < w.size() && w.plainGapBefore(i + 1) && !w.at(i).possessive) {
        const Role compound = compoundRole(i);
        if (compound.isValid()) {
            *length = 2;
            return compound;
        }
    }
    *length = 1;
    return lex(i).role();
}

bool Finder::allTitles(qsizetype first, qsizetype end) const
{
    for (qsizetype i = first; i < end; ++i) {
        if (!lex(i).isTitle() && !lex(i).role().isValid()) {
            return false;
        }
    }
    return true;
}

// "Trump's special envoy Steve Witkoff", "Kremlin aide Yuri Ushakov", "White House press secretary ...".
// "US army secretary Dan Driscoll", "police chief Ana Ruiz": a body's word in lower case before an
// office says whose office it is, as its capitalised form does ("Army Secretary").
bool Finder::bodyQualifiesOffice(qsizetype m) const
{
    return w.isLower(m) && !w.at(m).possessive && (lex(m).isOrganisation() || lex(m).isOrganisationWord()) && !lex(m).isFunctionWord();
}

RoleCue Finder::roleBefore(qsizetype start) const
{
    RoleCue cue;
    qsizetype m = start - 1;
    if (m < 0 || !w.plainGapBefore(start) || !w.isLower(m)) {
        return cue;
    }
    // "9:12 p.m. Central time", "8pm Eastern": after a number "pm" is the clock's, no prime minister.
    if (m > 0 && !word(m - 1).isEmpty() && word(m - 1).back().isDigit() && (equalsLower(word(m), u"p.m.") || equalsLower(word(m), u"pm"))) {
        return cue;
    }
    int length = 1;
    Role role = lex(m).role();
    if (m >= 1 && w.plainGapBefore(m)) {
        const Role compound = compoundRole(m - 1);
        if (compound.isValid()) {
            role = compound;
            length = 2;
        }
    }
    if (!role.isValid() || role.plural) {
        return cue;
    }
    qsizetype first = m - length + 1;
    while (first > 0 && w.plainGapBefore(first) && (w.isLower(first - 1) || w.at(first - 1).initial) && start - first < 6
        && (lex(first - 1).isRoleModifier() || (lex(first - 1).role().isValid() && (!lex(first - 1).role().plural || w.at(first - 1).possessive))
            || bodyQualifiesOffice(first - 1))) {
        // "Chiefs coach Andy Reid": a plural noun qualifies no office but in the possessive
        // ("Farmers' leader"); before it, it names the club.
        --first;
        if (!w.isLower(first)) {
            break; // "Opposition leader Samira Obi": a capital only where the sentence starts
        }
    }
    cue.role = role;
    // "ex-Twitch boss Emmett Shear", "ex-England captain": the former employer is written into
    // the title's first word.
    if (first > 0 && w.plainGapBefore(first) && start - first < 6) {
        const QStringView former = word(first - 1);
        if (former.size() > 3 && former.startsWith(u"ex-") && former[3].isUpper()) {
            --first;
            cue.organisation = former.mid(3).toString();
        }
    }
    cue.text = w.text().mid(w.at(first).range.start, w.at(m).range.end - w.at(first).range.start);
    cue.start = w.at(first).range.start;
    cue.end = w.at(m).range.end;
    const qsizetype before = cue.organisation.isEmpty() ? first - 1 : -1;
    if (before >= 0 && w.plainGapBefore(first) && w.at(before).capitalised) {
        // "Reform UK leader Nigel Farage", "Airbus UK boss": a name before the country is a
        // body's, and the country part of it.
        const bool bodysCountry = before >= 1 && w.plainGapBefore(before) && w.at(before - 1).capitalised && !w.at(before - 1).possessive
            && isNameWord(before - 1) && !lex(before - 1).isFunctionWord() && !lex(before - 1).isCalendarWord() && !lex(before - 1).isRoleModifier()
            && !lex(before - 1).isTitle() && lex(before - 1).country().isEmpty();
        const QString country = bodysCountry ? QString() : lex(before).country();
        const QString twoWords = before >= 1 && w.plainGapBefore(before) ? PeopleLexicon::country(textView(before - 1, before)) : QString();
        if (!twoWords.isEmpty()) {
            cue.country = twoWords;
            cue.start = w.at(before - 1).range.start;
        } else if (!country.isEmpty()) {
            cue.country = country;
            cue.start = w.at(before).range.start;
        } else if (w.at(before).possessive) {
            cue.affiliation = word(before).toString();
            cue.affiliationWord = before;
            cue.start = w.at(before).range.start;
        } else {
            // "Harbour City manager Lucia Bertoni", "Redmere captain Joe Mensah": the club or
            // body the person belongs to is part of how the article names them.
            qsizetype owner = before;
            while (owner > 0 && w.plainGapBefore(owner) && isNameWord(owner - 1) && !w.at(owner - 1).possessive && before - owner < 4
                && !lex(owner - 1).isFunctionWord()) {
                --owner;
            }
            if (!lex(owner).isFunctionWord()) {
                cue.start = w.at(owner).range.start;
                cue.organisation = textOf(owner, before);
            }
        }
    }
    return cue;
}

// "South Korea's Yoon Suk Yeol", "Russia's Sergei Lavrov": two or three plain name words right
// after a country in the possessive are the country's person, whether or not the lexicon knows
// the given name. A place's or a body's word among them ("China's Cosco Shipping", "China's
// Yangtze River") makes them no person.
bool Finder::namedAfterCountry(qsizetype k, qsizetype j) const
{
    if (j - k < 2 || j - k > 3 || k < 1 || !w.plainGapBefore(k) || !w.at(k - 1).possessive) {
        return false;
    }
    // "Russia's", "South Korea's": a country of one word or two.
    const bool twoWords = lex(k - 1).country().isEmpty();
    if (twoWords && (k < 2 || !w.plainGapBefore(k - 1) || PeopleLexicon::country(textView(k - 2, k - 1)).isEmpty())) {
        return false;
    }
    // "flocked to Peru's Machu Picchu this summer": after a preposition of place the country's
    // name is a sight's; a person acts, is set off or speaks after the name.
    const qsizetype country = twoWords ? k - 2 : k - 1;
    if (country > 0 && w.plainGapBefore(country) && isOneOf(word(country - 1), {u"to", u"in", u"at", u"near", u"across", u"into", u"around", u"through"})) {
        return false;
    }
    if (j >= w.size() || !w.isLower(j)
        || (w.plainGapBefore(j)
                ? lex(j).isFunctionWord() && !isOneOf(word(j), {u"also", u"has", u"had", u"was", u"is", u"will", u"would", u"and", u"said", u"says"})
                : w.gapBefore(j).trimmed() != u",")) {
        return false;
    }
    for (qsizetype m = k; m < j; ++m) {
        if (!isNameWord(m) || isAcronym(word(m)) || lex(m).isOrganisationWord() || lex(m).isPlaceWord() || lex(m).isPlace() || lex(m).isOrganisation()
            || !lex(m).country().isEmpty() || lex(m).isFunctionWord() || lex(m).isCalendarWord() || lex(m).role().isValid() || w.at(m).possessive) {
            return false;
        }
    }
    return true;
}

// "Bae Jin-han, one of the lawyers,", "Maria Ortiz, one of the organisers,": one of a group
// named by its role in the plural holds the role. The singular is the plural's stem that the
// lexicon knows as a role ("lawyers", "organisers", "coaches", "firemen", "deputies").
RoleCue Finder::oneOfGroup(qsizetype one) const
{
    RoleCue cue;
    qsizetype m = one + 2;
    if (m >= w.size() || !lowerIs(one + 1, u"of") || !w.plainGapBefore(one + 1) || !w.plainGapBefore(m)
        || !(w.at(m).possessive || isOneOf(word(m), {u"the", u"his", u"her", u"its", u"their", u"our"}))) {
        return cue;
    }
    const qsizetype first = ++m;
    while (m < w.size() && m < first + 3 && w.plainGapBefore(m) && w.isLower(m) && !lex(m).role().plural && isModifier(m, m - first)) {
        ++m;
    }
    if (m >= w.size() || !w.plainGapBefore(m) || !w.isLower(m) || !lex(m).role().plural
        || (m + 1 < w.size() && w.plainGapBefore(m + 1) && !lex(m + 1).isFunctionWord())) {
        return cue;
    }
    const QStringView plural = word(m);
    const QString stems[]{plural.chopped(1).toString(), plural.chopped(2).toString(), hasEnding(plural, u"ies") ? plural.chopped(3) + u"y"_s : QString(),
        hasEnding(plural, u"men") ? plural.chopped(3) + u"man"_s : QString()};
    for (const QString &singular : stems) {
        if (const Role role = PeopleLexicon::role(singular); !singular.isEmpty() && role.isValid() && !role.plural) {
            cue.role = role;
            cue.text = first < m ? textOf(first, m - 1) + u' ' + singular : singular;
            return cue;
        }
    }
    return cue;
}

// "Prime Minister Han Duck-soo became acting president", "Choi was named interim chief
// executive": an office the person takes up in the clause right after the name, which "the
// acting president" may later call them by, besides the office they held.
RoleCue Finder::officeTakenUp(qsizetype end) const
{
    qsizetype m = end;
    if (m + 1 >= w.size() || !w.plainGapBefore(m) || !w.isLower(m)) {
        return {};
    }
    if (isOneOf(word(m), {u"became", u"becomes"})) {
        ++m;
    } else if (isOneOf(word(m), {u"was", u"is", u"has", u"had"})) {
        m += lowerIs(m + 1, u"been") ? 2 : 1;
        if (m >= w.size() || !isOneOf(word(m), {u"named", u"appointed", u"elected", u"sworn"})) {
            return {};
        }
        m += lowerIs(m, u"sworn") && lowerIs(m + 1, u"in") ? 2 : 1;
        if (lowerIs(m, u"as")) {
            ++m;
        }
    } else {
        return {};
    }
    if (m < w.size() && isOneOf(word(m), {u"the", u"a", u"an"})) {
        ++m;
    }
    const qsizetype first = m;
    while (m < w.size() && m < first + 3 && w.plainGapBefore(m) && w.isLower(m)) {
        int length = 1;
        if (const Role role = roleAt(m, &length);
            role.isValid() && !role.plural && !(length == 1 && lex(m).isRoleModifier() && m + 1 < w.size() && lex(m + 1).role().isValid())) {
            RoleCue cue;
            cue.role = role;
            cue.text = textOf(first, m + length - 1);
            return cue;
        }
        if (!lex(m).isRoleModifier()) {
            return {};
        }
        ++m;
    }
    return {};
}

// ", who serves as top foreign policy aide to Russian President Vladimir Putin", ", the US envoy,".
qsizetype Finder::roleHeadAfterQualifier(qsizetype m) const
{
    qsizetype head = m + 1;
    int length = 1;
    while (head < w.size() && head <= m + 3 && w.plainGapBefore(head) && w.isLower(head) && !w.at(head - 1).possessive && !roleAt(head, &length).isValid()
        && !lex(head).isFunctionWord()) {
        ++head;
    }
    if (head >= w.size() || head > m + 3 || head == m + 1 || !w.plainGapBefore(head) || !w.isLower(head) || w.at(head - 1).possessive) {
        return -1;
    }
    const Role role = roleAt(head, &length);
    return role.isValid() && !role.plural ? head : -1;
}

// "Gregory Becker, known to almost everyone as Greg,", "Sam Oduya, nicknamed the Professor,":
// a name the person goes by, set off after the name. Only a capitalised name of up to three words
// counts ("known as a hard negotiator" describes).
QString Finder::nicknameAfter(qsizetype end) const
{
    if (end + 1 >= w.size() || !w.gapBeforeHas(end, u',') || w.at(end).sentence != w.at(end - 1).sentence) {
        return {};
    }
    qsizetype k = end;
    if (lowerIs(k, u"known") || lowerIs(k, u"better")) {
        k += lowerIs(k, u"better") && lowerIs(k + 1, u"known") ? 2 : 1;
        while (k < w.size() && k < end + 7 && w.plainGapBefore(k) && w.isLower(k) && !lowerIs(k, u"as")) {
            ++k;
        }
        if (!lowerIs(k, u"as") || !w.plainGapBefore(k)) {
            return {};
        }
    } else if (!lowerIs(k, u"nicknamed") && !lowerIs(k, u"dubbed")) {
        return {};
    }
    qsizetype first = k + 1;
    if (first < w.size() && lowerIs(first, u"the") && w.plainGapBefore(first)) {
        ++first; // "nicknamed the Professor": the article stays outside the name
    }
    qsizetype last = first;
    while (last < w.size() && last < first + 3 && w.at(last).capitalised && !lex(last).isFunctionWord() && w.at(last).sentence == w.at(k).sentence
        && (last == first || w.plainGapBefore(last))) {
        ++last;
    }
    // The name closes its aside: a comma, a stop or a closing mark follows.
    if (last == first || (last < w.size() && w.at(last).sentence == w.at(k).sentence && !w.gapBeforeHas(last, u','))) {
        return {};
    }
    const qsizetype from = lowerIs(first - 1, u"the") ? first - 1 : first;
    return w.text().mid(w.at(from).range.start, w.at(last - 1).range.end - w.at(from).range.start);
}

// "Cardinal Robert Prevost, who took the name Leo XIV", "Bergoglio chose the name Francis",
// "Karol Wojtyla, who became Pope John Paul II": a pope or a monarch takes a new name, and the
// article uses both for one person. The word where the new name (or its title) starts, or -1.
qsizetype Finder::chosenNameAfter(qsizetype end) const
{
    qsizetype k = end;
    if (k + 3 >= w.size() || w.at(k).sentence != w.at(end - 1).sentence) {
        return -1;
    }
    // Asked after every name: the first letter of "who", "has", "took", "chose", "adopted" or
    // "became" turns most away.
    switch (w.text().at(w.at(k).range.start).unicode()) {
    case u'w':
    case u'h':
    case u't':
    case u'c':
    case u'a':
    case u'b':
        break;
    default:
        return -1;
    }
    k += lowerIs(k, u"who") && w.gapBeforeHas(k, u',') ? 1 : 0;
    k += lowerIs(k, u"has") || lowerIs(k, u"had") ? 1 : 0;
    if (k + 2 >= w.size() || !w.isLower(k)) {
        return -1;
    }
    if (lowerIs(k, u"became") && w.at(k + 1).capitalised && lex(k + 1).isTitle()) {
        return k + 1;
    }
    const bool takes = lowerIs(k, u"took") || lowerIs(k, u"taken") || lowerIs(k, u"takes") || lowerIs(k, u"chose") || lowerIs(k, u"chosen")
        || lowerIs(k, u"chooses") || lowerIs(k, u"adopted");
    if (!takes || !lowerIs(k + 1, u"the") || !lowerIs(k + 2, u"name") || k + 3 >= w.size() || !w.at(k + 3).capitalised
        || w.at(k + 3).sentence != w.at(k).sentence) {
        return -1;
    }
    return k + 3;
}

QHash<QString, qsizetype> Finder::namesChosen() const
{
    QHash<QString, qsizetype> chosen;
    for (qsizetype c = 0; c < m_candidates.size(); ++c) {
        const NameCandidate &born = m_candidates[c];
        // A lone word that takes a name ("Bergoglio took the name") has no full name to stand for both.
        const qsizetype at = born.single ? -1 : chosenNameAfter(born.end);
        if (at < 0) {
            continue;
        }
        const int start = w.at(at).range.start;
        for (qsizetype n = c + 1; n < m_candidates.size() && m_candidates[n].first <= at + 1; ++n) {
            if (m_candidates[n].first == at || m_candidates[n].aliasStart == start) {
                chosen.insert(PersonName::words(m_candidates[n].name).join(u' '), c);
                break;
            }
        }
    }
    return chosen;
}

// "Bebe King, 6,", "Rudakubana, now 18,": news sets a person's age off with commas after the name.
int Finder::ageAfter(qsizetype end) const
{
    qsizetype m = end;
    if (m + 1 >= w.size() || !w.gapBeforeHas(m, u',') || w.gapBefore(m).trimmed() != u",") {
        return -1;
    }
    if ((lowerIs(m, u"now") || lowerIs(m, u"aged")) && w.plainGapBefore(m + 1)) {
        ++m;
    }
    const QStringView number = word(m);
    if (m + 1 >= w.size() || number.isEmpty() || number.size() > 3 || !std::all_of(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); })) {
        return -1;
    }
    const QStringView gap = w.gapBefore(m + 1).trimmed();
    const int age = number.toInt();
    return (gap == u"," || gap == u".") && age > 0 && age < 111 ? age : -1;
}

// "Bebe King, Elsie Dot Stancombe and Alice da Silva Aguiar died": names listed with a person's
// name are people too. Only a list of names of two words or more, one of them opened by a known
// given name, and none holding a body's or a place's word, counts.
bool Finder::listsPeopleAfter(qsizetype end) const
{
    const qsizetype n = w.size();
    qsizetype m = end;
    bool person = false;
    for (int member = 0; member < 6 && m < n; ++member) {
        bool last = false;
        if (w.gapBeforeHas(m, u',') && w.gapBefore(m).trimmed() == u",") {
            if (lowerIs(m, u"and") && m + 1 < n && w.plainGapBefore(m + 1)) {
                last = true;
                ++m;
            }
        } else if (w.plainGapBefore(m) && lowerIs(m, u"and") && m + 1 < n && w.plainGapBefore(m + 1)) {
            last = true;
            ++m;
        } else {
            return false;
        }
        const qsizetype first = m;
        while (m < n && (m == first || w.plainGapBefore(m)) && !w.at(m).possessive
            && ((w.at(m).capitalised && isNameWord(m) && !lex(m).isOrganisationWord() && !lex(m).isPlaceWord() && !lex(m).isTitle())
                || (m > first && w.isLower(m) && lex(m).isNameParticle() && m + 1 < n && w.plainGapBefore(m + 1) && w.at(m + 1).capitalised))) {
            ++m;
        }
        if (m - first < 2 || w.isLower(m - 1)) {
            return false;
        }
        person = person || lex(first).isGivenName();
        if (last) {
            return person;
        }
    }
    return false;
}

// "The teenager", "the 17-year-old": an age names only someone the article gave that age, or,
// with no age given, someone it gave no office, which a teenager does not hold.
bool Finder::fitsAge(const Descriptor &d, int person) const
{
    if (d.youngest < 0) {
        return true;
    }
    const Draft &draft = m_people[person];
    if (draft.age >= 0) {
        return draft.age >= d.youngest && draft.age <= d.oldest;
    }
    if (draft.profile.roles.contains(d.role.canonical)) {
        return true;
    }
    return std::none_of(draft.profile.roles.cbegin(), draft.profile.roles.cend(), [](const QString &role) { return isOffice(groupOfRole(role)); });
}

// "after a judge lifted the anonymity in what he said was an exceptional case": a pronoun in a
// clause whose subject is someone the article does not name stands for that someone.
bool Finder::unnamedSubjectBefore(qsizetype pronoun) const
{
    const int sentence = w.at(pronoun).sentence;
    // "the member for Leeds Riverside, told me that she would": a seat's member, in a sentence
    // that names nobody, is whom the pronoun stands for.
    bool seat = false;
    for (qsizetype m = pronoun - 1; m >= 0 && m > pronoun - 24 && w.at(m).sentence == sentence; --m) {
        if (m_wordPerson.at(m) >= 0) {
            seat = false;
            break;
        }
        seat = seat || (m >= 2 && lowerIs(m, u"for") && isOneOf(word(m - 1), {u"member", u"mp"}) && lowerIs(m - 2, u"the"));
    }
    if (seat) {
        return true;
    }
    for (qsizetype m = pronoun - 1; m >= 2 && m > pronoun - 16 && w.at(m).sentence == sentence && w.plainGapBefore(m + 1); --m) {
        if (w.isLower(m) && (lowerIs(m - 1, u"a") || lowerIs(m - 1, u"an")) && w.plainGapBefore(m) && w.plainGapBefore(m - 1)) {
            const Role role = lex(m).role();
            return role.isValid() && !role.plural && m_wordPerson.at(m) < 0
                && isOneOf(
                    word(m - 2), {u"after", u"when", u"before", u"because", u"as", u"while", u"since", u"until", u"once", u"if", u"although", u"though"});
        }
    }
    return false;
}

RoleCue Finder::roleAfter(qsizetype end) const
{
    RoleCue cue;
    if (end >= w.size() || w.at(end).paragraph != w.at(end - 1).paragraph) {
        return cue;
    }
    const QStringView gap = w.gapBefore(end).trimmed();
    qsizetype m = end;
    // "Yuri Ushakov is a Kremlin aide": a predicate names the role as well as an appositive does.
    // "Becker was SVB's chief executive": so does the office of a body (an acronym or a known
    // organisation) after the verb; "was Yellen's guest" is no office.
    bool predicate = gap.isEmpty() && (lowerIs(m, u"is") || lowerIs(m, u"was")) && m + 1 < w.size()
        && (lowerIs(m + 1, u"a") || lowerIs(m + 1, u"an") || lowerIs(m + 1, u"the")
            || (w.at(m + 1).possessive && w.at(m + 1).capitalised && w.plainGapBefore(m + 1)
                && (isAcronym(word(m + 1)) || lex(m + 1).isOrganisation() || lex(m + 1).isOrganisationWord())));
    // "Gareth Lowe (analyst at Northbridge):": a round-up may bracket the apposition.
    if (gap != u"," && gap != u"(" && !predicate) {
        return cue;
    }
    if (predicate) {
        ++m;
    }
    // "Daniel Reyes, 41, a software engineer": the age comes first.
    if (!predicate && m + 1 < w.size() && word(m).size() <= 3 && std::all_of(word(m).cbegin(), word(m).cend(), [](QChar c) { return c.isDigit(); })
        && w.gapBefore(m + 1).trimmed() == u",") {
        ++m;
        // "Han Dong-hoon, 51, is a former prosecutor": the predicate may follow the age.
        if (m + 1 < w.size() && (lowerIs(m, u"is") || lowerIs(m, u"was")) && w.plainGapBefore(m + 1)
            && (lowerIs(m + 1, u"a") || lowerIs(m + 1, u"an") || lowerIs(m + 1, u"the"))) {
            predicate = true;
            ++m;
        }
    }
    // "Sen. Chuck Schumer, D-N.Y., the minority leader": the party and state come first.
    if (!predicate && m < w.size() && word(m).size() >= 3 && QStringView(u"DRI").contains(word(m)[0]) && word(m)[1] == u'-' && word(m)[2].isUpper()) {
        qsizetype tagEnd = m + 1;
        while (tagEnd < w.size() && tagEnd < m + 3 && !w.gapBeforeHas(tagEnd, u',')) {
            ++tagEnd;
        }
        if (tagEnd < w.size() && w.gapBefore(tagEnd).trimmed() == u",") {
            m = tagEnd;
        }
    }
    // "Marsh, now a partner at a small advisory firm, says": the office held since.
    if (!predicate && lowerIs(m, u"now") && m + 1 < w.size() && w.plainGapBefore(m + 1)
        && (lowerIs(m + 1, u"a") || lowerIs(m + 1, u"an") || lowerIs(m + 1, u"the"))) {
        ++m;
    }
    if (lowerIs(m, u"who")) {
        ++m;
        static const QList<QStringView> copulas{u"is", u"was", u"serves", u"served", u"has", u"had", u"works", u"worked", u"acts", u"acted", u"became"};
        if (m >= w.size() || !copulas.contains(word(m))) {
            return cue;
        }
        ++m;
        if (lowerIs(m, u"been")) {
            ++m;
        }
        if (lowerIs(m, u"as")) {
            ++m;
        }
    }
    if (m >= w.size()) {
        return cue;
    }
    if (!predicate && lowerIs(m, u"one")) {
        return oneOfGroup(m);
    }
    const qsizetype phraseStart = m;
    // "Satya Nadella, its chief executive,": the company's office, named by the pronoun.
    // "Olivia Marr, his deputy chief of staff,": the office of whoever "his" stands for.
    if (lowerIs(m, u"a") || lowerIs(m, u"an") || lowerIs(m, u"the")
        || (!predicate && (lowerIs(m, u"its") || lowerIs(m, u"their") || lowerIs(m, u"his") || lowerIs(m, u"her")))) {
        ++m;
        // "Martin Gruenberg, the FDIC's chairman,": the body that owns the office, named after the
        // article, is whose office it is; "the company's chief executive" reads on as written.
        if (lowerIs(m - 1, u"the") && m + 1 < w.size() && w.at(m).possessive && w.at(m).capitalised && w.plainGapBefore(m + 1) && lex(m).country().isEmpty()) {
            cue.affiliation = word(m).toString();
            ++m;
        }
    } else if (m < w.size() && w.at(m).possessive) {
        const QString country = lex(m).country();
        if (!country.isEmpty()) {
            cue.country = country;
        } else if (w.at(m).capitalised) {
            cue.affiliation = word(m).toString();
        }
        ++m;
    }
    const bool bare = !predicate && m == phraseStart;
    // "a 34-year-old nurse": the age describes the person, and the role is the noun after it.
    if (m + 1 < w.size() && word(m).front().isDigit() && word(m).endsWith(u"-year-old", Qt::CaseInsensitive) && w.plainGapBefore(m + 1)) {
        ++m;
    }
    qsizetype roleFirst = m;
    int bodyWords = 0;
    for (int guard = 0; m < w.size() && guard < 6; ++guard) {
        if (!w.plainGapBefore(m) && m != phraseStart) {
            return cue;
        }
        int length = 1;
        const Role role = roleAt(m, &length);
        if (role.isValid() && !role.plural && length == 1 && qualifiesOtherNoun(m)) {
            // "the chief technology officer": the noun it qualifies may itself qualify a role
            // noun a word or two on; "the veteran technocrat" has none.
            const qsizetype head = roleHeadAfterQualifier(m);
            if (head < 0) {
                return {};
            }
            m = head;
            continue;
        }
        // "Schoof is a former intelligence chief.": "chief" qualifies a role noun only if one follows.
        if (role.isValid() && !role.plural && (length == 2 || !lex(m).isRoleModifier() || m + 1 >= w.size() || !lex(m + 1).role().isValid())) {
            cue.role = role;
            m += length;
            // "the U.N. secretary-general's special envoy", "the president's chief of staff": an
            // office in the possessive owns the office that follows, which is the person's.
            if (w.at(m - 1).possessive && m < w.size() && w.plainGapBefore(m) && w.isLower(m)) {
                cue.role = {};
                cue.organisation.clear();
                roleFirst = m;
                continue;
            }
            // "the veteran Kremlin adviser", "a former assistant secretary", "national security
            // adviser": a role word may qualify the noun that heads the phrase a few words on.
            for (qsizetype x = m; x < w.size() && x < m + 3 && w.plainGapBefore(x) && !w.at(x - 1).possessive;) {
                int laterLength = 1;
                const Role later = roleAt(x, &laterLength);
                if (later.isValid() && !later.plural) {
                    cue.role = later;
                    m = x = x + laterLength;
                    continue;
                }
                const bool qualifies = w.isLower(x) ? isModifier(x, 0) : !lex(x).country().isEmpty() || lex(x).isOrganisation() || lex(x).isOrganisationWord();
                if (!qualifies) {
                    break;
                }
                ++x;
            }
            // "his deputy chief of staff", "the chief of police": an office that ends in its
            // preposition takes the lower-case noun after it.
            if (lowerIs(m - 1, u"of") && m < w.size() && w.plainGapBefore(m) && w.isLower(m)
                && !isOneOf(word(m), {u"the", u"a", u"an", u"his", u"her", u"its", u"their"})) {
                ++m;
            }
            cue.text = w.text().mid(w.at(roleFirst).range.start, w.at(m - 1).range.end - w.at(roleFirst).range.start);
            break;
        }
        if (w.at(m).capitalised) {
            const QString country = lex(m).country();
            if (country.isEmpty() && (lex(m).isOrganisationWord() || lex(m).isOrganisation())) {
                // "the Council speaker", "the Senate majority leader": the body is part of the office
                // and tells "the Senate leader" from another body's.
                cue.organisation = cue.organisation.isEmpty() ? word(m).toString() : cue.organisation + u' ' + word(m);
                ++m;
                continue;
            }
            // "the Liberal Democrat leader", "the Reform UK leader": a party or club in title case,
            // as long as a role noun follows.
            if (country.isEmpty() && (lex(m).isGivenName() || w.at(m).possessive || ++bodyWords > 2)) {
                return cue;
            }
            if (country.isEmpty()) {
                // "the Quora chief", "the former Twitch chief": whose chief the person is.
                cue.organisation = cue.organisation.isEmpty() ? word(m).toString() : cue.organisation + u' ' + word(m);
                ++m;
                continue;
            }
            cue.country = country;
            roleFirst = m + 1;
        } else if (!isModifier(m, m - roleFirst) && !nounBeforeRole(m)) {
            return cue;
        }
        ++m;
    }
    if (!cue.role.isValid()) {
        return {};
    }
    // "German Chancellor Friedrich Merz, French President Emmanuel Macron and ...": a title that
    // runs into a name is the next person's in a list, not an apposition. "Under questioning from
    // Mr. Brennan, the detective acknowledged": a role its verb follows is the clause's subject.
    // "a veteran Titanic diver,": a lone capitalised word before the noun that ends the phrase
    // qualifies that noun; the phrase is the role.
    if (!predicate && m + 1 < w.size() && w.plainGapBefore(m) && w.at(m).capitalised && !w.at(m).possessive && qualifiesPhraseEnd(m + 1)) {
        cue.text = w.text().mid(w.at(roleFirst).range.start, w.at(m + 1).range.end - w.at(roleFirst).range.start);
        m += 2;
    }
    if (!predicate && m < w.size() && w.plainGapBefore(m)
        && ((w.at(m).capitalised && isNameWord(m) && !lex(m).isFunctionWord())
            || (w.isLower(m) && (SpeechCues::lookup(word(m)).finite || isOneOf(word(m), {u"was", u"is", u"has", u"had", u"will", u"would", u"could"}))))) {
        return {};
    }
    // "... lost the primary to Sheinbaum, became economy secretary in the new government": an
    // apposition without an article ("Ebrard, economy secretary, said") closes with a comma or
    // the sentence; a verb phrase about the subject runs on.
    // "Marisol Grant, travel agent in Portland:" names where the person works.
    const bool inPlace = lowerIs(m, u"in") && m + 1 < w.size() && w.plainGapBefore(m + 1) && w.at(m + 1).capitalised;
    if (bare && m < w.size() && w.plainGapBefore(m) && w.at(m).sentence == w.at(m - 1).sentence && !isOneOf(word(m), {u"to", u"of", u"for", u"at", u"and"})
        && !inPlace) {
        return {};
    }
    // "aide to Russian President Vladimir Putin", "president of France": what they serve.
    if (m + 1 < w.size() && (lowerIs(m, u"to") || lowerIs(m, u"of") || lowerIs(m, u"for")) && w.plainGapBefore(m)) {
        qsizetype k = m + 1;
        if (lowerIs(k, u"the")) {
            ++k;
        }
        qsizetype last = k;
        while (last + 1 < w.size() && isNameWord(last + 1) && w.plainGapBefore(last + 1) && !w.at(last).possessive) {
            ++last;
        }
        // "of the National Security and Defense Council": "and" inside an organisation's name.
        if (last + 2 < w.size() && lowerIs(last + 1, u"and") && w.plainGapBefore(last + 1) && w.plainGapBefore(last + 2) && isNameWord(last + 2)
            && !lex(last).isOrganisationWord()) {
            qsizetype longer = last + 2;
            while (longer + 1 < w.size() && longer < last + 5 && isNameWord(longer + 1) && w.plainGapBefore(longer + 1) && !w.at(longer).possessive) {
                ++longer;
            }
            if (lex(longer).isOrganisationWord()) {
                last = longer;
            }
        }
        // "of the Association of Flight Attendants", "of the Bank of England": "of" inside the name.
        const bool body = k < w.size() && lex(last).isOrganisationWord();
        while (body && isNameWord(k) && last + 2 < w.size() && lowerIs(last + 1, u"of") && w.plainGapBefore(last + 1) && w.plainGapBefore(last + 2)
            && isNameWord(last + 2)) {
            last += 2;
            while (last + 1 < w.size() && isNameWord(last + 1) && w.plainGapBefore(last + 1) && !w.at(last).possessive) {
                ++last;
            }
        }
        if (k < w.size() && w.isLower(k) && lowerIs(m, u"of")) {
            // "vice president of customer experience", "head of the commercial aircraft division":
            // the office's field, up to the comma or the next preposition.
            qsizetype end = k;
            while (end < w.size() && end < k + 4 && w.plainGapBefore(end) && w.isLower(end) && (!lex(end).isFunctionWord() || lowerIs(end, u"and"))) {
                ++end;
            }
            if (end > k && !lowerIs(end - 1, u"and") && (end >= w.size() || !w.plainGapBefore(end) || lex(end).isFunctionWord())) {
                cue.text = w.text().mid(w.at(roleFirst).range.start, w.at(end - 1).range.end - w.at(roleFirst).range.start);
            }
        } else if (k < w.size() && isNameWord(k)) {
            const QString country = PeopleLexicon::country(textView(k, last));
            if (!country.isEmpty()) {
                cue.country = country;
            } else if (!body) {
                cue.affiliation = word(last).toString();
                // "to Russian President Vladimir Putin": the nationality is the boss's, not the aide's.
            } else if (!lowerIs(m, u"to")) {
                // "the head of the Russian Direct Investment Fund": a bare "head" says little
                // without the body the person heads.
                cue.text = w.text().mid(w.at(roleFirst).range.start, w.at(last).range.end - w.at(roleFirst).range.start);
                cue.organisation = textOf(k, last);
            }
        }
    }
    cue.start = -1; // appositive roles are facts, not aliases
    return cue;
}

// A lower-case word that may qualify a role noun: a known modifier, or up to three nouns and
// adjectives ("former infrastructure minister", "top foreign policy aide").
// "the veteran technocrat", "the chief negotiator": a role word that also qualifies (veteran,
// chief) before a noun the lexicon does not know is that noun's modifier, not the role.
bool Finder::qualifiesOtherNoun(qsizetype i) const
{
    const qsizetype next = i + 1;
    if (!lex(i).isRoleModifier() || next >= w.size() || !w.plainGapBefore(next) || !w.isLower(next) || w.at(i).possessive) {
        return false;
    }
    const QStringView text = word(next);
    return text.size() > 3 && !hasEnding(text, u"ed") && !hasEnding(text, u"ing") && !lex(next).isFunctionWord() && !lex(next).role().isValid()
        && !SpeechCues::lookup(text).valid;
}

// "the returning officer, Ian Davidson,", "its commanding officer": after a determiner, a word
// shaped like a verb's "-ing" form right before the role noun names the office with it;
// "including foreign minister ..." has no determiner and the word is a verb.
bool Finder::ingBeforeRole(qsizetype i, qsizetype head) const
{
    return i >= 1 && i + 1 == head && w.plainGapBefore(i) && hasEnding(word(i), u"ing") && nounBeforeRole(i)
        && (w.at(i - 1).possessive || isOneOf(word(i - 1), {u"the", u"a", u"an", u"its", u"his", u"her", u"their", u"our"}));
}

// "an engineering director", "a nursing assistant", "a licensed pilot": a word ending like a
// verb form still qualifies the role noun right after it.
bool Finder::nounBeforeRole(qsizetype i) const
{
    if (i + 1 >= w.size() || !w.isLower(i) || !w.plainGapBefore(i + 1) || lex(i).isFunctionWord()) {
        return false;
    }
    int length = 1;
    const Role role = roleAt(i + 1, &length);
    return role.isValid() && !role.plural
        && (i + 1 + length >= w.size() || !w.plainGapBefore(i + 1 + length) || !w.isLower(i + 1 + length) || lex(i + 1 + length).isFunctionWord());
}

// Whether word i is a lower-case noun closing a phrase right after a capitalised qualifier
// ("Titanic diver,", "Boeing mechanic."): no function word, verb of saying or auxiliary, and
// a comma, a stop or a function word after it.
bool Finder::qualifiesPhraseEnd(qsizetype i) const
{
    if (i >= w.size() || !w.plainGapBefore(i) || !w.isLower(i) || lex(i).isFunctionWord() || word(i).size() < 3) {
        return false;
    }
    if (SpeechCues::lookup(word(i)).valid || isOneOf(word(i), {u"was", u"is", u"has", u"had", u"will", u"would", u"could", u"said", u"says"})) {
        return false;
    }
    return i + 1 >= w.size() || !w.plainGapBefore(i + 1) || lex(i + 1).isFunctionWord();
}

bool Finder::isModifier(qsizetype i, qsizetype position) const
{
    if (!w.isLower(i)) {
        return lex(i).isRoleModifier() && !w.at(i).possessive;
    }
    if (w.at(i).possessive) {
        return position < 3 && !lex(i).isFunctionWord(); // "the state's governor"
    }
    if (lex(i).isRoleModifier()) {
        return true;
    }
    const QStringView text = word(i);
    // The tests on the word's letters come before the look-ups.
    return position < 3 && text.size() > 2 && text[0].isLetter() && !hasEnding(text, u"ed") && !hasEnding(text, u"ing") && !lex(i).isFunctionWord()
        && !SpeechCues::lookup(text).valid;
}

// "A spokeswoman for Linden County Council, Priya Natarajan, said", "Her editor, Jonah
// Whitfield,": a role noun shortly before the comma that opens the name.
RoleCue Finder::roleBeforeComma(qsizetype start) const
{
    RoleCue cue;
    if (start == 0 || w.at(start - 1).paragraph != w.at(start).paragraph || w.gapBefore(start).trimmed() != u",") {
        return cue;
    }
    // "chief scientist Ilya Sutskever, Quora boss Adam D'Angelo": in a list, the title before the
    // comma is the previous name's.
    if (!m_candidates.isEmpty() && m_candidates.last().end == start) {
        return cue;
    }
    // "The Work and Pensions Secretary, Liz Kendall,": an office in title case after "the"
    // starts where its capitalised words do.
    const auto officeStart = [this](qsizetype head) -> qsizetype {
        qsizetype b = head;
        while (b > 0 && head - b < 4 && w.plainGapBefore(b) && (w.at(b - 1).capitalised || lowerIs(b - 1, u"and")) && !lowerIs(b - 1, u"the")) {
            --b;
        }
        return b > 0 && w.plainGapBefore(b) && lowerIs(b - 1, u"the") && !lowerIs(b, u"and") ? b : -1;
    };
    qsizetype head = -1;
    qsizetype titleCaseStart = -1;
    int headLength = 1;
    for (qsizetype m = start - 1; m >= 0 && m >= start - 7 && w.at(m).sentence == w.at(start).sentence; --m) {
        Role role = lex(m).role();
        // "the first lady, Kim Keon Hee,": an office of two words whose second is no role alone.
        if (!role.isValid() && m > 0 && w.plainGapBefore(m) && w.isLower(m)) {
            role = compoundRole(m - 1);
            headLength = role.isValid() ? 2 : 1;
        }
        if (role.isValid() && !role.plural && w.at(m).capitalised && !w.at(m).initial && !isAcronym(word(m))) {
            titleCaseStart = officeStart(m);
        }
        // "The local MP, Josh Fenton-Glynn,": a role may be an acronym.
        if ((w.isLower(m) || w.at(m).initial || isAcronym(word(m)) || titleCaseStart >= 0) && role.isValid() && !role.plural) {
            head = m;
            cue.role = role;
            break;
        }
        if (m < start - 1 && w.gapBeforeHas(m + 1, u',')) {
            return cue;
        }
    }
    if (head < 0) {
        return cue;
    }
    // "The Polar Prince leaves St. John's, Newfoundland,": a verb after the role noun starts a
    // clause, and the name after the comma is no apposition of it. Only "of", "for" and the
    // like (and the body they name) come between an office and its holder.
    // "by the defence minister was later cancelled, Kyodo news agency reported": so does an
    // auxiliary, though it is a function word.
    static const QList<QStringView> auxiliaries{u"was", u"were", u"is", u"are", u"has", u"have", u"had", u"will", u"would", u"could", u"should"};
    // "His deputy chief of staff, Olivia Marr,", "The chief of police, Maria Alvarez,": an office
    // of two words that ends in its preposition ("chief of") takes the noun after it, up to the comma.
    const bool officeOf = headLength == 2 && lex(head).isFunctionWord() && start - head - 1 >= 1 && start - head - 1 <= 3;
    if (!officeOf && head + 1 < start && w.plainGapBefore(head + 1) && w.isLower(head + 1)
        && (!lex(head + 1).isFunctionWord() || auxiliaries.contains(word(head + 1))) && !w.at(head).possessive) {
        return {};
    }
    // "A spokesman for the mayor, Fabien Levy,": the office is the spokesman's; the mayor is
    // whom he serves, and "the mayor" is not his name.
    qsizetype served = head;
    while (served > 0 && head - served < 2 && !lowerIs(served - 1, u"the") && w.plainGapBefore(served) && isModifier(served - 1, 0)) {
        --served;
    }
    if (served >= 3 && lowerIs(served - 1, u"the") && (lowerIs(served - 2, u"for") || lowerIs(served - 2, u"to")) && w.plainGapBefore(served - 1)
        && w.plainGapBefore(served - 2)) {
        const qsizetype office = served - 3;
        if (const Role role = lex(office).role(); role.isValid() && !role.plural && w.isLower(office)) {
            head = office;
            cue.role = role;
            titleCaseStart = -1;
        }
    }
    qsizetype first = titleCaseStart >= 0 ? titleCaseStart : head - headLength + 1;
    // "The Conservative leader": a party or office adjective may be capitalised. "The NTSB
    // chair", "the Boeing chief executive": so may the body the office belongs to.
    while (titleCaseStart < 0 && first > 0 && head - first < 4 && w.plainGapBefore(first)
        && (((w.isLower(first - 1) || lex(first - 1).isRoleModifier()) && isModifier(first - 1, 0)) || ingBeforeRole(first - 1, head)
            || (w.at(first - 1).capitalised && !w.at(first - 1).possessive && !w.at(first - 1).initial
                && (isAcronym(word(first - 1)) || lex(first - 1).isOrganisation() || lex(first - 1).isOrganisationWord())))) {
        --first;
    }
    // "The company's chief executive": the owner stays in the alias, the role is the office.
    qsizetype roleFirst = first;
    while (roleFirst < head && w.at(roleFirst).possessive && w.isLower(roleFirst)) {
        ++roleFirst;
    }
    // "The chair of the NTSB, Jennifer Homendy,": the body after "of" up to the comma.
    qsizetype roleEnd = officeOf ? start - 1 : head;
    if (!officeOf && head + 2 < start && (lowerIs(head + 1, u"of") || lowerIs(head + 1, u"for")) && w.plainGapBefore(head + 1)) {
        qsizetype k = head + 2;
        if (lowerIs(k, u"the")) {
            ++k;
        }
        bool body = k < start;
        for (qsizetype x = k; x < start && body; ++x) {
            body = w.plainGapBefore(x) && w.at(x).capitalised && !w.at(x).possessive;
        }
        if (body) {
            roleEnd = start - 1;
        }
    }
    cue.text = w.text().mid(w.at(roleFirst).range.start, w.at(roleEnd).range.end - w.at(roleFirst).range.start);
    const qsizetype determiner = first - 1;
    // "On a call with Yuri Ushakov, the veteran Kremlin adviser, Witkoff said": a phrase set off
    // right after a name is that name's apposition, not the title of the name after it.
    // "Kenji Watanabe, retired Boeing mechanic, Everett:" — the phrase may open with words the
    // role's own modifiers do not reach.
    qsizetype phraseStart = determiner >= 0 && w.plainGapBefore(first) ? determiner : first;
    while (phraseStart > 0 && first - phraseStart < 4 && w.plainGapBefore(phraseStart) && w.at(phraseStart - 1).sentence == w.at(phraseStart).sentence
        && (lex(phraseStart - 1).isRoleModifier() || (w.at(phraseStart - 1).capitalised && !lex(phraseStart - 1).isFunctionWord()))) {
        --phraseStart;
    }
    if (phraseStart > 0 && (w.gapBefore(phraseStart).trimmed() == u"," || w.gapBefore(phraseStart).trimmed() == u"(") && !m_candidates.isEmpty()
        && m_candidates.last().end == phraseStart) {
        return {};
    }
    // "Rachel Reeves became the first woman to serve as chancellor of the exchequer, Angela Rayner
    // was named ...": an office after "as" or a verb of becoming is what the clause's own subject
    // is, not an apposition of the name after the comma.
    qsizetype predicate = determiner >= 0 && w.plainGapBefore(first) && isOneOf(word(determiner), {u"a", u"an", u"the"}) ? determiner - 1 : determiner;
    if (predicate >= 0 && predicate < first && w.plainGapBefore(predicate + 1) && w.isLower(predicate)
        && isOneOf(word(predicate), {u"as", u"became", u"become", u"becomes", u"becoming", u"remains", u"remained"})) {
        return {};
    }
    // "According to a senior Brazilian official, von der Leyen told Lula ...": the source of the
    // clause, which names someone else.
    for (qsizetype k = first - 1; k > 0 && first - k <= 4 && w.plainGapBefore(k + 1); --k) {
        if (lowerIs(k, u"to") && lowerIs(k - 1, u"according")) {
            return {};
        }
    }
    if (determiner >= 0 && w.plainGapBefore(first)) {
        static const QList<QStringView> definite{u"the", u"her", u"his", u"their", u"its"};
        bool isDefinite = false;
        for (const QStringView d : definite) {
            isDefinite = isDefinite || word(determiner).compare(d, Qt::CaseInsensitive) == 0;
        }
        if (isDefinite) {
            // The whole phrase up to the comma is how the article names the person: "The mayor of Port Ellery".
            cue.start = w.at(determiner).range.start;
            cue.end = w.at(start - 1).end;
        } else if (w.at(determiner).possessive && w.at(determiner).capitalised) {
            const QString country = lex(determiner).country();
            if (!country.isEmpty()) {
                cue.country = country;
            } else {
                cue.affiliation = word(determiner).toString();
            }
        }
    }
    return cue;
}

bool Finder::inParentheses(qsizetype i) const
{
    const int p = w.at(i).paragraph;
    for (qsizetype m = i; m >= 0 && w.at(m).paragraph == p && m > i - 8; --m) {
        if (w.gapBeforeHas(m, u')')) {
            return false;
        }
        if (w.gapBeforeHas(m, u'(')) {
            return true;
        }
    }
    return false;
}

bool Finder::referredToAsThing(qsizetype end) const
{
    if (end >= w.size()) {
        return false;
    }
    const int lastSentence = w.at(end).sentence + 1;
    // Two sentences' length at most: a text without full stops is one endless sentence.
    constexpr qsizetype wordsToRead = 160;
    const qsizetype stop = std::min(w.size(), end + wordsToRead);
    for (qsizetype i = end; i < stop && w.at(i).sentence <= lastSentence; ++i) {
        if (isOneOf(word(i), {u"he", u"she", u"his", u"her", u"him"})) {
            return false; // a person's pronoun comes first
        }
        // "its" in the name's own sentence may be about something else it named ("said its terms").
        if ((lowerIs(i, u"its") && w.at(i).sentence == lastSentence)
            || (lowerIs(i, u"the") && i + 1 < w.size()
                && isOneOf(
                    word(i + 1), {u"company", u"firm", u"group", u"carrier", u"bank", u"retailer", u"airline", u"brand", u"chain", u"startup", u"start-up"}))) {
            return true;
        }
    }
    return false;
}

// "a new advanced AI research team", "a large VR headset": an initialism between an indefinite
// article's adjectives and a common noun names a kind of thing; a body is named bare or with
// "the", and "a senior NTSB investigator" (an office after it) or "an NTSB team" (no adjective)
// stay bodies.
bool Finder::initialismModifiesNoun(qsizetype k) const
{
    const qsizetype next = k + 1;
    if (k < 2 || next >= w.size() || w.at(next).sentence != w.at(k).sentence || !w.plainGapBefore(next) || !w.isLower(next) || lex(next).isFunctionWord()
        || lex(next).role().isValid()) {
        return false;
    }
    for (qsizetype m = k - 1; m >= 0 && k - m <= 4 && w.plainGapBefore(m + 1) && w.isLower(m); --m) {
        if (lowerIs(m, u"a") || lowerIs(m, u"an")) {
            return m < k - 1;
        }
        if (lex(m).isFunctionWord()) {
            return false;
        }
    }
    return false;
}

// "Stefanik, for her part, promised", "Morrow, however, said": a short aside of lower-case words
// set off by commas, opened by a preposition or a sentence adverb, stands between the subject and
// its verb. An aside opened by an article or a noun ("Boeing, the plane maker, said") is an
// apposition, which roleAfter() reads. Returns the word after the aside, or `m` when there is none.
qsizetype Finder::afterAdverbialAside(qsizetype m) const
{
    if (m + 1 >= w.size() || w.gapBefore(m).trimmed() != u"," || !w.isLower(m)) {
        return m;
    }
    const bool opens = isOneOf(word(m), {u"for", u"in", u"however", u"meanwhile", u"too", u"though", u"instead", u"likewise", u"also", u"separately"})
        || (hasEnding(word(m), u"ly") && word(m).size() > 4);
    if (!opens) {
        return m;
    }
    for (qsizetype k = m + 1; k < w.size() && k <= m + 4; ++k) {
        if (w.gapBefore(k).trimmed() == u",") {
            return k;
        }
        if (!w.plainGapBefore(k) || !w.isLower(k)) {
            return m;
        }
    }
    return m;
}

bool Finder::speechFollows(qsizetype end) const
{
    qsizetype m = end;
    // "Gareth Lowe (pictured) said", "Lowe (analyst at Northbridge) said": an aside in brackets
    // comes between the name and its verb.
    bool bracketed = false;
    if (m < w.size() && w.gapBeforeHas(m, u'(') && w.gapBefore(m).trimmed() == u"(") {
        qsizetype close = m + 1;
        while (close < w.size() && close < m + 8 && !w.gapBeforeHas(close, u')')) {
            ++close;
        }
        if (close < w.size() && w.gapBefore(close).trimmed() == u")") {
            m = close;
            bracketed = true;
        }
    }
    if (!bracketed) {
        m = afterAdverbialAside(m);
    }
    if (m < w.size() && hasEnding(word(m), u"ly") && w.isLower(m)) {
        ++m;
    }
    // "Woo has said": a verb of saying in the perfect.
    if (m + 1 < w.size() && (lowerIs(m, u"has") || lowerIs(m, u"had")) && w.plainGapBefore(m) && w.plainGapBefore(m + 1)) {
        ++m;
    }
    if (m >= w.size() || w.at(m).paragraph != w.at(end - 1).paragraph || w.at(m).sentence != w.at(end - 1).sentence) {
        return false;
    }
    const QStringView gap = w.gapBefore(m).trimmed();
    if (!gap.isEmpty() && gap != u"," && !(bracketed && gap == u")")) {
        return false;
    }
    const SpeechCues::Cue cue = SpeechCues::lookup(word(m));
    return cue.valid && cue.finite;
}

// A lone capitalised word is a person when it does what only people do in news: it has a wife,
// an aide or an administration ("Trump's envoy"), or it acts and the next sentence goes on with
// "he" or "she" before anyone else is named. Companies and places say things too, but they are
// "it"; a word the article writes in lower case, a place or a country is never taken.
bool Finder::treatedAsPerson(qsizetype i, Gender *gender) const
{
    const QStringView text = word(i);
    // "Bankman-Fried said", "Ocasio-Cortez wrote": two capitalised names joined by a hyphen that
    // speak are one person's surname; a pair of people ("the Trump-Putin call") says nothing.
    const qsizetype hyphen = text.indexOf(u'-');
    const bool doubleBarrelled
        = hyphen >= 2 && hyphen + 3 <= text.size() && text.indexOf(u'-', hyphen + 1) < 0 && text[0].isUpper() && text[hyphen + 1].isUpper();
    if (doubleBarrelled && !m_inQuote.at(i) && !isHeading(i) && i + 1 < w.size() && w.plainGapBefore(i + 1) && w.isLower(i + 1)
        && w.at(i + 1).sentence == w.at(i).sentence) {
        *gender = Gender::Unknown;
        return SpeechCues::lookup(word(i + 1)).finite;
    }
    if (text.size() < 3 || !w.at(i).capitalised || text.contains(u'-') || text.contains(u'.') || m_inQuote.at(i) || isHeading(i) || w.occursInLowerCase(i)
        || isAcronym(text) || lex(i).isFunctionWord() || lex(i).isCalendarWord() || !lex(i).country().isEmpty() || lex(i).isPlace() || lex(i).isOrganisation()
        || lex(i).isOrganisationWord() || lex(i).isRoleModifier() || lex(i).isTitle() || lex(i).role().isValid()) {
        return false;
    }
    const qsizetype next = i + 1;
    // "Bowman, who voted against the decision, said": a relative "who", then a verb of saying
    // after the clause's comma; bodies and places take "which" and "where".
    if (next + 1 < w.size() && !w.at(i).possessive && lowerIs(next, u"who") && w.gapBefore(next).trimmed() == u",") {
        for (qsizetype m = next + 1; m < w.size() && m < next + 25 && w.at(m).sentence == w.at(i).sentence && !m_inQuote.at(m); ++m) {
            if (w.gapBeforeHas(m, u',')) {
                const SpeechCues::Cue cue = SpeechCues::lookup(word(m));
                *gender = Gender::Unknown;
                return w.isLower(m) && cue.valid && cue.finite;
            }
        }
        return false;
    }
    if (next >= w.size() || !w.plainGapBefore(next) || !w.isLower(next) || w.at(next).sentence != w.at(i).sentence) {
        return false;
    }
    if (w.at(i).possessive) {
        static const QList<QStringView> personal{u"wife", u"husband", u"son", u"daughter", u"mother", u"father", u"brother", u"sister", u"widow", u"aide",
            u"aides", u"adviser", u"advisers", u"advisor", u"advisors", u"envoy", u"administration", u"presidency", u"predecessor", u"successor", u"grandson",
            u"granddaughter", u"son-in-law", u"family"};
        if (personal.contains(word(next))) {
            *gender = Gender::Unknown;
            return true;
        }
        return false;
    }
    // The verb after the word: an auxiliary, a verb of saying or a past or present form.
    const QStringView verb = word(next);
    static const QList<QStringView> auxiliaries{
        u"was", u"is", u"has", u"had", u"will", u"would", u"did", u"does", u"could", u"can", u"should", u"might", u"may"};
    const bool acts = auxiliaries.contains(verb) || SpeechCues::lookup(verb).finite
        || (verb.size() > 3 && (hasEnding(verb, u"ed") || hasEnding(verb, u"s")) && !hasEnding(verb, u"ss"));
    if (!acts) {
        return false;
    }
    // Nobody else is named earlier in the sentence, so the word is its subject.
    for (qsizetype m = i - 1; m >= 0 && w.at(m).sentence == w.at(i).sentence; --m) {
        if (m_wordPerson.at(m) >= 0) {
            return false;
        }
    }
    const int sentence = w.at(i).sentence;
    for (qsizetype m = next; m < w.size() && w.at(m).sentence <= sentence + 1; ++m) {
        if (m_wordPerson.at(m) >= 0 || (m_inQuote.at(m) == false && w.at(m).capitalised && !w.at(m).initial && m > next)) {
            return false;
        }
        if (w.at(m).sentence == sentence + 1 && !m_inQuote.at(m) && isSubjectPronoun(m) && w.isLower(m)) {
            *gender = PeopleLexicon::pronounGender(word(m));
            return true;
        }
    }
    return false;
}

// "Mikey Madison wins Best Actress for “Anora.” Backstage, she said ...": a pair of names that
// opens its sentence, acts, and is taken up as "he" or "she" at the start of the next sentence
// of the paragraph, with nobody else named between, is a person named once; a company or a
// place would be "it". The pronoun tells the person's gender.
bool Finder::takenUpAsPronoun(qsizetype first, qsizetype end, Gender *gender) const
{
    const bool opens = first == 0 || w.at(first).initial || w.at(first - 1).sentence != w.at(first).sentence || w.gapBeforeHas(first, u'\u2014')
        || w.gapBeforeHas(first, u'\u2013');
    if (!opens || end >= w.size() || !w.plainGapBefore(end) || !w.isLower(end) || w.at(end).sentence != w.at(first).sentence) {
        return false;
    }
    const QStringView verb = word(end);
    const bool acts = isOneOf(verb, {u"was", u"is", u"has", u"had", u"will", u"would"}) || SpeechCues::lookup(verb).finite
        || (verb.size() > 3 && (hasEnding(verb, u"ed") || hasEnding(verb, u"s")) && !hasEnding(verb, u"ss"));
    if (!acts) {
        return false;
    }
    const int sentence = w.at(first).sentence;
    qsizetype m = end + 1;
    for (; m < w.size() && m < end + 30 && w.at(m).sentence == sentence; ++m) {
        if (!m_inQuote.at(m) && w.at(m).capitalised && (lex(m).isGivenName() || lex(m).isTitle())) {
            return false; // someone else is named
        }
    }
    // The next sentence takes the name up within its first words: "Backstage, she said".
    for (const qsizetype opening = m; m < w.size() && m < opening + 4 && w.at(m).sentence == sentence + 1; ++m) {
        if (w.at(m).paragraph != w.at(first).paragraph || m_inQuote.at(m) || (w.at(m).capitalised && !w.at(m).initial)) {
            return false;
        }
        if (isSubjectPronoun(m)) {
            *gender = PeopleLexicon::pronounGender(word(m));
            return *gender != Gender::Unknown;
        }
    }
    return false;
}

void Finder::addEntity(Entity::Kind kind, qsizetype first, qsizetype end)
{
    const QStringView name = textView(first, end - 1);
    const LowerKey key(name);
    auto it = m_entityByName.constFind(key.view());
    if (it == m_entityByName.cend()) {
        Entity entity;
        entity.kind = kind;
        entity.name = name.toString();
        it = m_entityByName.insert(key.view().toString(), int(m_entities.size()));
        m_entities.append(std::move(entity));
    }
    m_entityMentions.append({{w.at(first).range.start, w.at(end - 1).range.end}, *it});
}

int Finder::capitalisedCount(QStringView text)
{
    if (!m_capitalisedCounted) {
        m_capitalisedCounted = true;
        m_capitalised = WordTable<int>(w.size());
        // The low 16 bits count every capitalised occurrence, the high bits those standing alone.
        for (qsizetype i = 0; i < w.size(); ++i) {
            if (w.at(i).capitalised) {
                const bool alone = i == 0 || !w.plainGapBefore(i) || !w.at(i - 1).capitalised || lex(i - 1).isTitle(); // "Ms Brandt" stands alone
                m_capitalised.valueOf(word(i)) += alone ? 0x10001 : 1;
            }
        }
    }
    const int *count = m_capitalised.find(text);
    return count ? *count & 0xffff : 0;
}

int Finder::capitalisedAloneCount(QStringView text)
{
    if (!m_capitalisedCounted) {
        (void)capitalisedCount(text); // counts the table
    }
    const int *count = m_capitalised.find(text);
    return count ? *count >> 16 : 0;
}

const QList<qsizetype> &Finder::capitalisedPositions(QStringView text)
{
    // Few articles get here: the positions are indexed on first use.
    if (m_capitalisedAt.isEmpty()) {
        for (qsizetype i = 0; i < w.size(); ++i) {
            if (w.at(i).capitalised) {
                m_capitalisedAt[word(i)].append(i);
            }
        }
    }
    static const QList<qsizetype> none;
    const auto found = m_capitalisedAt.constFind(text);
    return found == m_capitalisedAt.cend() ? none : *found;
}

// Most runs of a name that ends in "s" ask whether the article calls its last word "the ...":
// indexing only the capitalised words that follow "the" keeps that index a few entries long.
const QList<qsizetype> &Finder::positionsAfterThe(QStringView text)
{
    if (!m_afterTheIndexed) {
        m_afterTheIndexed = true;
        for (qsizetype i = 1; i < w.size(); ++i) {
            if (w.at(i).capitalised && w.plainGapBefore(i) && lowerIs(i - 1, u"the")) {
                m_afterTheAt[word(i)].append(i);
            }
        }
    }
    static const QList<qsizetype> none;
    const auto found = m_afterTheAt.constFind(text);
    return found == m_afterTheAt.cend() ? none : *found;
}

// "The Philadelphia Eagles", "the Kansas City Chiefs", "the Golden State Warriors": a team is
// named by its city and a plural noun, and sports writing goes on to call it "the Eagles". A
// person's surname takes no article, so a run ending in a plural noun is a team when its first
// words are a known place, or when the article writes its last word after "the" elsewhere.
bool Finder::namesATeam(qsizetype first, qsizetype end)
{
    const qsizetype count = end - first;
    if (count < 2 || count > 4 || !pluralShaped(word(end - 1))) {
        return false;
    }
    if (!lex(first).isGivenName() && PeopleLexicon::isPlace(textView(first, end - 2))) {
        return true;
    }
    return calledTheTeam(word(end - 1));
}

bool Finder::calledTheTeam(QStringView plural)
{
    for (const qsizetype p : positionsAfterThe(plural)) {
        // "the Williams sisters", "the Jones family": a family is called by its surname.
        const bool nounAfter = p + 1 < w.size() && w.plainGapBefore(p + 1) && w.isLower(p + 1)
            && isOneOf(word(p + 1), {u"family", u"families", u"sisters", u"brothers", u"twins", u"siblings", u"household", u"clan", u"couple", u"children"});
        // "the Eagles Autism Foundation": the word opens a longer name ("the Chiefs' Travis
        // Kelce" owns the next one).
        const bool runsOn = p + 1 < w.size() && w.plainGapBefore(p + 1) && w.at(p + 1).capitalised && !w.at(p).possessive;
        if (!nounAfter && !runsOn) {
            return true;
        }
    }
    return false;
}

bool Finder::firstWordStandsForAPerson(qsizetype first)
{
    const QStringView text = word(first);
    if (capitalisedCount(text) < 2 || capitalisedCount(word(first + 1)) >= capitalisedCount(text)) {
        return false;
    }
    for (const qsizetype p : capitalisedPositions(text)) {
        const bool alone = p != first && (p + 1 >= w.size() || !w.plainGapBefore(p + 1) || !w.at(p + 1).capitalised || w.at(p).possessive);
        if (!alone || m_inQuote.at(p)) {
            continue;
        }
        const bool titled = p > 0 && w.plainGapBefore(p) && lex(p - 1).isTitle() && w.at(p - 1).capitalised;
        if (titled || speechFollows(p + 1)) {
            return true;
        }
    }
    return false;
}

void Finder::scanRuns()
{
    const qsizetype n = w.size();
    qsizetype i = 0;
    while (i < n) {
        // Short lower-case words, most of the text, are no name words (see isNameWord()).
        if ((!w.at(i).capitalised && w.at(i).range.length() < 4) || !isNameWord(i)) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && w.plainGapBefore(j) && !w.at(j - 1).possessive) {
            // "a post on X. He said": a sentence kept whole after a one-letter word; a pronoun
            // starts the next sentence rather than ending a name.
            if (word(j - 1).endsWith(u'.') && isOneOf(word(j), {u"He", u"She", u"It", u"They", u"We"})) {
                break;
            }
            if (isNameWord(j)) {
                ++j;
                continue;
            }
            // "Ministry of Health", "Bank of Eastland": an organisation word joined by "of" or "for".
            // The word before is looked up only when "of" or "for" and a name follow it.
            if ((word(j) == u"of" || word(j) == u"for") && j + 1 < n && w.plainGapBefore(j + 1) && isNameWord(j + 1) && !w.at(j).possessive) {
                const Role &roleOf = lex(j - 1).role();
                const bool titleOf = (lex(j - 1).isTitle() || (roleOf.isValid() && !roleOf.plural && w.at(j - 1).capitalised)) && j + 2 < n
                    && w.plainGapBefore(j + 2) && (isNameWord(j + 2) || (lowerIs(j + 2, u"and") && j + 3 < n && isNameWord(j + 3)));
                // "Court of Arbitration for Sport": a body's name that goes on with "of" goes on
                // with "for" too.
                const bool bodyGoesOn = j >= i + 3 && (word(j - 2) == u"of" || word(j - 2) == u"for") && lex(j - 3).isOrganisationWord();
                if (lex(j - 1).isOrganisationWord() || titleOf || bodyGoesOn) {
                    j += 2;
                    continue;
                }
            }
            // "Commission on Human Rights", "Committee on Foreign Affairs": a deliberating body's
            // name goes on through "on" to its subject (not to a day: "the Council on Monday").
            if (lowerIs(j, u"on") && w.isLower(j) && j + 1 < n && w.plainGapBefore(j + 1) && isNameWord(j + 1) && !lex(j + 1).isCalendarWord()
                && isOneOf(word(j - 1), {u"Commission", u"Committee", u"Council", u"Conference", u"Panel", u"Institute"})) {
                j += 2;
                continue;
            }
            // "Secretary of the Army Daniel Driscoll": a title's department after "of the", when
            // a name of two words or more follows the department.
            if (word(j) == u"of" && j + 4 < n && lowerIs(j + 1, u"the") && w.plainGapBefore(j + 1) && w.plainGapBefore(j + 2) && isNameWord(j + 2)
                && w.plainGapBefore(j + 3) && isNameWord(j + 3) && w.plainGapBefore(j + 4) && isNameWord(j + 4) && !w.at(j + 2).possessive
                && !w.at(j + 3).possessive && (lex(j - 1).isTitle() || lex(j - 1).role().isValid()) && w.at(j - 1).capitalised
                && !lex(j + 3).isOrganisationWord()) {
                j += 3;
                continue;
            }
            // Particles inside names: "Ursula von der Leyen", "Charles de Gaulle".
            if (w.isLower(j) && lex(j).isNameParticle()) {
                qsizetype k = j;
                while (k < n && w.plainGapBefore(k) && w.isLower(k) && lex(k).isNameParticle() && !w.at(k).possessive) {
                    ++k;
                }
                if (k < n && k > j && w.plainGapBefore(k) && isNameWord(k)) {
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        // "Karen Clark & Co.", "Calder & Whitby", "Johnson & Johnson": names joined by an
        // ampersand are a firm's, never a person's or a place's.
        if (j < n && w.gapBefore(j).trimmed() == u"&" && isNameWord(j)) {
            qsizetype e = j + 1;
            while (e < n && e < j + 3 && isNameWord(e) && w.plainGapBefore(e)) {
                ++e;
            }
            addEntity(Entity::Kind::Organisation, i, e);
            i = e;
            continue;
        }
        // "Bureau of Alcohol, Tobacco, Firearms and Explosives": a body's remit listed with
        // commas, one word each, closed by "and", goes on with its name.
        if (j + 2 < n && w.gapBefore(j).trimmed() == u"," && bodyOfBeforeAnd(i, j)) {
            qsizetype e = j;
            for (int items = 0; items < 5 && e + 2 < n && isNameWord(e) && !lex(e).isGivenName(); ++items) {
                if (w.gapBefore(e + 1).trimmed() == u",") {
                    ++e;
                    continue;
                }
                if (lowerIs(e + 1, u"and") && w.plainGapBefore(e + 1) && w.plainGapBefore(e + 2) && isNameWord(e + 2)
                    && (e + 3 >= n || !w.plainGapBefore(e + 3) || !isNameWord(e + 3))) {
                    j = e + 3;
                }
                break;
            }
        }
        // "Union Minister for Electronics and IT Ashwini Vaishnaw": a portfolio of two parts runs
        // on past "and" to the name after it.
        if (j + 3 < n && lowerIs(j, u"and") && w.plainGapBefore(j) && w.plainGapBefore(j + 1) && isNameWord(j + 1)) {
            bool portfolio = false;
            for (qsizetype m = i + 1; m < j && !portfolio; ++m) {
                portfolio = (word(m) == u"for" || word(m) == u"of") && (lex(m - 1).isTitle() || lex(m - 1).role().isValid());
            }
            qsizetype e = j + 1;
            while (e < n && e < j + 7 && isNameWord(e) && (e == j + 1 || w.plainGapBefore(e)) && !w.at(e - 1).possessive) {
                ++e;
            }
            if (portfolio && e - j - 1 >= 3) {
                j = e;
            }
        }
        // "Fire and Rescue Service", "Securities and Exchange Commission": "and" inside a name
        // that ends in an organisation word, when nothing before it names a person.
        if (j + 1 < n && lowerIs(j, u"and") && w.plainGapBefore(j) && w.plainGapBefore(j + 1) && isNameWord(j + 1) && !w.at(j - 1).possessive) {
            qsizetype e = j + 1;
            while (e < n && e < j + 4 && isNameWord(e) && (e == j + 1 || w.plainGapBefore(e)) && !w.at(e).possessive) {
                ++e;
            }
            bool personal = false;
            // "Department of Health and Human Services": a title's word ("Health" of "Health
            // Secretary") after a body's "of" is the body's remit, no title before a name.
            bool remit = false;
            for (qsizetype m = i; m < j; ++m) {
                remit = remit || (w.isLower(m) && (word(m) == u"of" || word(m) == u"for") && m > i && lex(m - 1).isOrganisationWord());
                personal = personal || lex(m).isGivenName() || (lex(m).isTitle() && !remit) || surnameSoFar(word(m));
            }
            // "American Airlines and United Airlines", "ITV and Sky News": a name that is whole
            // before "and" (it ends in an organisation's word, or is a known body or an acronym) is
            // one of two.
            const bool wholeBefore = lex(j - 1).isOrganisationWord() || (j - i == 1 && (lex(i).isOrganisation() || isAcronym(word(i))));
            if (!personal && (e >= n || !isNameWord(e)) && lex(e - 1).isOrganisationWord() && !lex(j + 1).isGivenName() && !wholeBefore) {
                j = e;
            } else if ((e >= n || !isNameWord(e)) && PeopleLexicon::isPlace(textView(i, e - 1))) {
                // "Bosnia and Herzegovina", "Trinidad and Tobago": one country's name.
                j = e;
            } else if (!personal && (e >= n || !isNameWord(e)) && portfolioAfterAnd(i, j, e)) {
                j = e;
            } else if (!personal && (e >= n || !isNameWord(e)) && bodyOfBeforeAnd(i, j) && endsBodyName(j + 1)) {
                // "the Centers for Disease Control and Prevention": a body named "X of/for ..." runs
                // on past "and" to words that are no name of their own.
                j = e;
            }
        }
        // "The Parents' Consumer Association": a possessive inside an organisation's name. A
        // person's possessive ("Prime Minister Narendra Modi's Bharatiya Janata Party") ends the
        // person's name before the body's.
        if (j < n && w.at(j - 1).possessive && w.plainGapBefore(j) && isNameWord(j) && !ownerIsPersonal(i, j)) {
            qsizetype e = j;
            while (e < n && isNameWord(e) && (e == j || w.plainGapBefore(e)) && !w.at(e).possessive) {
                ++e;
            }
            if (e > j && lex(e - 1).isOrganisationWord() && !lex(j).isTitle()) {
                j = e;
            }
        } else if (j < n && w.at(j - 1).possessive && w.plainGapBefore(j) && j - i == 2 && lex(j).isPlaceWord() && isSaint(i)) {
            // "St Peter's Square", "St Thomas' Hospital": a place named after a saint, whose
            // name would otherwise join a Peter or a Thomas of the story.
            addEntity(Entity::Kind::Place, i, j + 1);
            i = j + 1;
            continue;
        }
        // "bin Tariq said", "told de Souza": a lower-case particle before a surname belongs to it.
        qsizetype start = i;
        while (start > 0 && w.plainGapBefore(start) && w.isLower(start - 1) && isSurnameParticle(word(start - 1))) {
            --start;
        }
        readRun(start, j);
        i = j;
    }
}

void Finder::readRun(qsizetype i, qsizetype j)
{
    if (wholeQuoted(i, j)) {
        return;
    }
    qsizetype k = i;
    while (k < j) {
        const QStringView first = word(k);
        if (lex(k).isGivenName() || lex(k).isTitle() || (lex(k).isNameParticle() && k + 1 < j)) {
            break;
        }
        // "First Republic Bank", "Fifth Third Bank": an ordinal opens a body's name that ends in
        // an organisation's word.
        if (k + 2 < j && lex(j - 1).isOrganisationWord() && isOneOf(first, {u"first", u"second", u"third", u"fifth"}) && !lex(k + 1).isTitle()) {
            break;
        }
        // "chief executive of First Citizens, called", "the Fifth Third deal": an ordinal
        // written with a capital inside a sentence opens a name, and no person's; before a title
        // ("First Lady Jill Biden", "First Deputy Prime Minister") it opens an office.
        if (!w.at(k).initial && k + 1 < j && k == i && isOneOf(first, {u"First", u"Second", u"Third", u"Fourth", u"Fifth"}) && !lex(k + 1).isTitle()
            && !lex(k + 1).role().isValid() && !compoundRole(k).isValid()) {
            addEntity(Entity::Kind::Organisation, k, j);
            return;
        }
        // "First Lady Jill Biden", "First Minister John Swinney": a two-word office whose first
        // word is also a function word opens the run whole.
        if (k + 2 < j && compoundRole(k).isValid()) {
            break;
        }
        // "U.S." folds to the pronoun "us" but, written so, names the country.
        const bool countryAbbreviation = !lex(k).country().isEmpty() && isAcronym(first);
        if (((lex(k).isFunctionWord() && !countryAbbreviation) || lex(k).isCalendarWord()) && !(k + 1 < j && familyNameBeforeGivenName(k))) {
            ++k;
            continue;
        }
        // "wrote on X. Sen. Roger Wicker said": an initial never comes before a title in a name;
        // the letter ends the sentence before.
        if (first.size() == 2 && first[1] == u'.' && k + 1 < j && lex(k + 1).isTitle() && isHonorific(word(k + 1))) {
            ++k;
            continue;
        }
        // "Former Defense Minister Kim Yong-hyun": a title's modifier opening a sentence is
        // neither a name nor the body the title belongs to.
        int titleLength = 1;
        if (w.at(k).initial && k + 2 < j && lex(k).isRoleModifier()
            && (lex(k + 1).isTitle() || lex(k + 1).role().isValid() || roleAt(k + 1, &titleLength).isValid())) {
            ++k;
            continue;
        }
        // A sentence-initial word the article also writes in lower case is an ordinary word;
        // "Police Commissioner Kevin Bethel", "Fire Chief ...": a body's word before a title is
        // the body whose office it is.
        const bool bodyOfTitle = k + 2 < j && (lex(k).isOrganisation() || lex(k).isOrganisationWord()) && (lex(k + 1).isTitle() || lex(k + 1).role().isValid());
        if (w.at(k).initial && lex(k).country().isEmpty() && w.occursInLowerCase(k) && !bodyOfTitle) {
            ++k;
            continue;
        }
        // "Hopefully Ukraine and Russia will agree": a sentence adverb made from an adjective
        // (surnames such as Connolly or Beasley end otherwise).
        if (w.at(k).initial && isOneOf(first.right(5), {u"fully", u"ously", u"cally", u"ently", u"antly", u"ively", u"ately", u"ually", u"iably"})) {
            ++k;
            continue;
        }
        break;
    }
    // "the Quora CEO and ...", "Jo Fenton MP": a title in capitals after a name is no part of it.
    while (j - 1 > k && isAcronym(word(j - 1)) && lex(j - 1).role().isValid() && !lex(j - 1).role().plural) {
        --j;
    }
    if (k >= j) {
        return;
    }
    // "Wichita-based Spirit", "Seattle-based Alaska Airlines": what is based somewhere is a body.
    if (endsWithLower(word(k), u"-based")) {
        if (k + 1 < j) {
            addEntity(Entity::Kind::Organisation, k + 1, j);
        }
        return;
    }
    // "the French Broad River", "Hurricane Helene", "Perry, Fla.", "Labor Day": places, storms
    // and days, not people.
    if (const PlaceCues::Kind kind = m_placeCues.kindOf(k, j); kind != PlaceCues::Kind::None) {
        if (kind == PlaceCues::Kind::Place) {
            addEntity(Entity::Kind::Place, k, j);
        }
        return;
    }
    // "former US Treasury secretary Larry Summers": a known organisation whose lower-case title
    // runs into the next name employs that person and is none itself.
    if ((j - k == 1 || (j - k == 2 && !lex(k).country().isEmpty())) && lex(j - 1).isOrganisation() && j + 1 < w.size() && w.plainGapBefore(j) && w.isLower(j)
        && lex(j).role().isValid()) {
        addEntity(Entity::Kind::Organisation, k, j);
        return;
    }
    // "Daily Walk Cuts Heart Risk": a title-case headline is no run of names; a name there
    // holds no word the article writes in lower case.
    // A particle ("da", "van") is lower case in every name, so it says nothing about a headline.
    if (isHeading(k) && j - k >= 2) {
        for (qsizetype m = k; m < j; ++m) {
            if (w.occursInLowerCase(m) && !lex(m).isTitle() && !(w.isLower(m) && lex(m).isNameParticle())) {
                return;
            }
        }
    }
    const bool stripped = k > i;
    // "the First District", "the Second Division": an ordinal stripped from the run leaves an
    // organisation's word, which alone names no person.
    if (stripped && j - k == 1 && lex(k).isOrganisationWord() && !lex(k).isTitle() && !lex(k).isGivenName()
        && isOneOf(word(k - 1), {u"first", u"second", u"third", u"fourth", u"fifth", u"sixth", u"seventh", u"eighth", u"ninth", u"tenth", u"eleventh"})) {
        addEntity(Entity::Kind::Organisation, k - 1, j);
        return;
    }
    // "Federal Reserve Chair Jerome Powell", "House Speaker Mike Johnson": the words before a
    // title inside the run are the organisation the person belongs to.
    QString affiliationCountry;
    QString ownerName;
    int affiliationStart = -1;
    qsizetype ownedRoleStart = -1;
    const qsizetype firstOwner = k;
    for (qsizetype t = k + 1; t + 1 < j; ++t) {
        const Role role = lex(t).role();
        // "Northern Ireland First Minister Michelle O'Neill": a title of two words whose first
        // is no title alone.
        const bool twoWordTitle = t + 2 < j && compoundRole(t).isValid();
        // "Russian President", "South Korean President": a nationality before the title is read
        // with the title; "Northern Ireland Secretary" is a place's office.
        const bool nationality = lex(t - 1).country().size() > 0 && (t - 1 == k || !PeopleLexicon::country(textView(k, t - 1)).isEmpty());
        if (!(lex(t).isTitle() || (role.isValid() && !role.plural) || twoWordTitle) || nationality || lex(t - 1).isTitle() || lex(t - 1).role().isValid()
            || compoundRole(t - 1).isValid()) {
            continue;
        }
        // "Bank of England Governor Andrew Bailey": "of" or "for" inside the body's name is no
        // lower-case word that ends it.
        bool ownerIsTitle = false;
        for (qsizetype o = k; o < t; ++o) {
            const bool joiner = o > k && o + 1 < t && w.isLower(o) && (word(o) == u"of" || word(o) == u"for");
            ownerIsTitle = ownerIsTitle || lex(o).isTitle() || lex(o).role().isValid() || (w.isLower(o) && !joiner);
        }
        if (ownerIsTitle) {
            break;
        }
        qsizetype rest = t + 1;
        while (rest < j && (lex(rest).isTitle() || lex(rest).role().isValid())) {
            ++rest;
        }
        if (rest >= j || !(lex(rest).isGivenName() || j - rest >= 2)) {
            continue;
        }
        // "the Deposit Insurance National Bank of Santa Clara": a "title" whose words run on to a
        // body's word is part of one organisation's name.
        if (lex(rest).isOrganisationWord() && !lex(rest).isGivenName()) {
            continue;
        }
        const QString owner = textOf(k, t - 1);
        affiliationCountry = PeopleLexicon::country(owner);
        if (affiliationCountry.isEmpty()) {
            // "Port Arden Mayor", "Ohio Governor": such offices belong to a place, unless a body's
            // word names a body ("Bank of England Governor").
            bool body = false;
            for (qsizetype o = k; o < t && !body; ++o) {
                body = lex(o).isOrganisationWord();
            }
            const bool place = PeopleLexicon::isPlace(owner) || (isPlaceOffice(word(t)) && !body);
            addEntity(place ? Entity::Kind::Place : Entity::Kind::Organisation, k, t);
            ownerName = owner;
            // "Commerce Secretary", "House Speaker": an office's department is part of its name.
            ownedRoleStart = place ? -1 : k;
        }
        k = t;
        affiliationStart = w.at(firstOwner).range.start;
        break;
    }
    // "the head of the Presidential Office Andriy Yermak": an organisation's name runs straight
    // into the person's, with no title between; a given name, or the last two words, start it.
    // "Secretary of the Army Daniel Driscoll" is a title with its department, read below.
    const bool departmentTitle = k + 2 < j && (lex(k).isTitle() || lex(k).role().isValid()) && lowerIs(k + 1, u"of");
    for (qsizetype t = j - 3; affiliationStart < 0 && !departmentTitle && t >= k; --t) {
        const qsizetype nameWords = j - t - 1;
        bool nameLike = true;
        for (qsizetype x = t + 1; x < j && nameLike; ++x) {
            nameLike = w.at(x).capitalised && !lex(x).isFunctionWord();
        }
        if (nameLike && lex(t).isOrganisationWord() && !lex(t).isTitle() && !lex(t).role().isValid() && nameWords <= 3
            && (lex(t + 1).isGivenName() || nameWords == 2) && !lex(t + 1).isOrganisationWord() && !lex(j - 1).isOrganisationWord()) {
            addEntity(Entity::Kind::Organisation, k, t + 1);
            k = t + 1;
            break;
        }
    }

    NameCandidate candidate;
    qsizetype titleStart = -1;
    qsizetype lastTitle = -1;
    qsizetype roleStart = -1; ///< first title word of the run, the country before it aside
    while (k < j - 1) {
        const QStringView first = word(k);
        // "Crown Prince Mohammed bin Salman": a two-word office whose first word is no title alone.
        int compoundLength = 1;
        const bool compound = roleAt(k, &compoundLength).isValid() && compoundLength == 2;
        if (lex(k).isTitle() || (lex(k).role().isValid() && !lex(k).role().plural) || compound) {
            if (titleStart < 0) {
                titleStart = k;
            }
            if (roleStart < 0 && !isHonorific(first)) {
                roleStart = k;
            }
            int length = 1;
            const Role role = roleAt(k, &length);
            // "Saudi Foreign Minister Prince Faisal": a courtesy title after the office is no part of it.
            const bool courtesy
                = candidate.role.isValid() && isOneOf(first, {u"Prince", u"Princess", u"Sheikh", u"Sir", u"Dame", u"Lord", u"Lady", u"Dr", u"Dr."});
            if (role.isValid() && k + length < j && !courtesy) {
                candidate.role.role = role;
                // "Chief Executive Officer": the role is the whole title, not its last noun.
                // "Detective Inspector": honorifics that are roles themselves open the role.
                const qsizetype honorificRole = titleStart < k && lex(titleStart).role().isValid() ? titleStart : k;
                candidate.role.text = textOf(ownedRoleStart >= 0 ? ownedRoleStart : roleStart >= 0 ? roleStart : honorificRole, k + length - 1);
            }
            if (lex(k).titleGender() != Gender::Unknown) {
                candidate.gender = lex(k).titleGender();
            }
            // "Prime Minister Elena Varga": a two-word title is read whole.
            const qsizetype titleWord = k;
            k += (role.isValid() && length == 2 && k + 2 < j) ? 2 : 1;
            lastTitle = k - 1;
            // "White House Chief of Staff Susie Wiles": a title that ends in its preposition takes
            // the word after it.
            if (role.isValid() && length == 2 && lowerIs(k - 1, u"of") && k + 2 < j && w.at(k).capitalised && !lex(k).isGivenName()
                && !candidate.role.text.isEmpty()) {
                candidate.role.text += u' ' + word(k);
                ++k;
                lastTitle = titleWord;
            }
            // "the MP for York Central": a seat or portfolio with no name after it is no person.
            // "Minister for Europe Stephen Doughty": the portfolio runs to the given name.
            if (k + 1 < j && word(k) == u"for") {
                qsizetype given = k + 1;
                while (given < j && !lex(given).isGivenName()) {
                    ++given;
                }
                // "Minister for Electronics and IT Ashwini Vaishnaw": past "and" and a word of the
                // portfolio, the last two words are the name though the given name is unknown.
                qsizetype joined = k + 1;
                while (joined < j && word(joined) != u"and") {
                    ++joined;
                }
                if (given >= j && joined + 3 < j && !lex(j - 1).isOrganisationWord() && !lex(j - 1).isPlaceWord()) {
                    given = j - 2;
                }
                if (given >= j) {
                    return;
                }
                candidate.role.text = textOf(titleStart, given - 1);
                k = given;
                continue;
            }
            // "the Bishop of Chester Moor, the Rt Rev ...": after a see's or a peerage's "of", words
            // with no given name among them are the place; the holder is named elsewhere.
            if (k + 1 < j && word(k) == u"of" && isTerritorialTitle(word(titleWord)) && !givenNameIn(k + 2, j)) {
                addEntity(Entity::Kind::Place, k + 1, j);
                return;
            }
            // "Secretary of State Marco Rubio": "of" and the department belong to the title.
            if (k + 2 < j && word(k) == u"of" && w.at(k + 1).capitalised) {
                candidate.role.text = textOf(titleStart, k + 1);
                k += 2;
            } else if (k + 3 < j && word(k) == u"of" && word(k + 1) == u"the" && w.at(k + 2).capitalised) {
                candidate.role.text = textOf(titleStart, k + 2);
                k += 3;
            }
            continue;
        }
        const QString country = lex(k).country();
        if (!country.isEmpty() && !lex(k).isGivenName() && !w.at(k).possessive) {
            // "Russian President Vladimir Putin", "US special envoy": the country precedes a title.
            int nextLength = 1;
            if (k + 1 < j && (lex(k + 1).isTitle() || lex(k + 1).role().isValid() || roleAt(k + 1, &nextLength).isValid())) {
                candidate.country = country;
                if (titleStart < 0) {
                    titleStart = k;
                }
                ++k;
                continue;
            }
        }
        // "Chief Financial Officer Marcus Greer": a word between two parts of a title is part of it.
        if (titleStart >= 0 && k + 2 < j && w.at(k).capitalised && !lex(k).isGivenName() && w.plainGapBefore(k + 1)
            && (lex(k + 1).isTitle() || (lex(k + 1).role().isValid() && !lex(k + 1).role().plural))) {
            ++k;
            continue;
        }
        break;
    }
    // "National Cup", "State Department": words that only qualify a title are no title alone.
    if (titleStart >= 0 && lastTitle >= 0 && !lex(lastTitle).role().isValid() && !isHonorific(word(lastTitle))
        && !(lastTitle > titleStart && lex(lastTitle).role().isValid())) {
        k = titleStart;
        titleStart = -1;
        candidate.role = {};
        candidate.country.clear();
        // "Envoy for ... Cooperation with Foreign Countries Kirill Dmitriev": the tail of a long
        // title runs into the name, which a known given name shortly before the end starts.
        for (qsizetype g = k + 1; g + 1 < j; ++g) {
            if (lex(g).isGivenName()) {
                if (j - g <= 3 && !lex(k).isGivenName()) {
                    k = g;
                }
                break;
            }
        }
    }
    if (allTitles(k, j)) {
        return; // "US President", "the Foreign Minister": a descriptor, read later
    }
    // "The Holy Father": a two-word role of a word that is no title alone is a descriptor too.
    if (j - k == 2 && compoundRole(k).isValid()) {
        return;
    }
    // "Y." of "D-N.Y.", a lone "J.": initials alone name nobody.
    bool initialsOnly = true;
    for (qsizetype m = k; m < j && initialsOnly; ++m) {
        const QStringView text = word(m);
        initialsOnly = text.size() <= 2 && (text.size() == 1 || text.endsWith(u'.'));
    }
    if (initialsOnly) {
        return;
    }
    // A lone hyphenated compound such as "Trump-Putin" names people only by its parts.
    if (j - k == 1 && word(k).contains(u'-') && titleStart < 0) {
        m_pending.append(k);
        return;
    }

    const qsizetype count = j - k;
    const QStringView core = textView(k, j - 1); // copied only into a candidate's name
    const QStringView last = word(j - 1);
    const bool titled = titleStart >= 0;
    const bool givenFirst = count >= 2 && lex(k).isGivenName();
    // "bin Tariq", "De la Vega", "Van der Berg": a particle opening the run starts a surname.
    const bool particleSurname = count >= 2 && lex(k).isNameParticle() && (w.isLower(k) || (count >= 3 && w.isLower(k + 1) && lex(k + 1).isNameParticle()));

    // "said Terrence Mills, 52,", "said Dana Mills, who": a known given name and a company's noun
    // that is also a surname name a person when an age or a verb of saying marks one.
    const auto markedAsPerson = [&] {
        const bool speaks = k > 0 && w.plainGapBefore(k) && w.isLower(k - 1) && SpeechCues::lookup(word(k - 1)).finite;
        return givenFirst && count == 2 && !titled && (ageAfter(j) > 0 || speaks);
    };
    // "Manchester United", "Dundee United": a club's last word ("United States" opens with it).
    bool organisationWord = count >= 2 && (lex(j - 1).isOrganisationWord() || equalsLower(word(j - 1), u"united")) && !markedAsPerson();
    // "an Alaska Airlines Boeing 737": an organisation's word inside a run that opens with no
    // given name joins two names of companies, not a person's names.
    bool bodyOf = false; // "Marine Board of Investigation": even after a given name, no person's name
    for (qsizetype m = k; m + 1 < j && !organisationWord; ++m) {
        bodyOf = lex(m).isOrganisationWord() && (word(m + 1) == u"of" || word(m + 1) == u"for");
        organisationWord = bodyOf || (lex(m).isOrganisationWord() && (m == k || !lex(k).isGivenName()));
    }
    if (bodyOf && !titled) {
        addEntity(Entity::Kind::Organisation, k, j);
        return;
    }
    // "Times Square", "Herald Square", "Union Station": a run that ends in a place's word is the
    // place, whatever body an inner word names.
    if (organisationWord && !lex(j - 1).isOrganisationWord() && lex(j - 1).isPlaceWord()) {
        organisationWord = false;
    }
    // "BBC Wales", "Sky News Australia": a known organisation's branch for a place.
    if (count >= 2 && !organisationWord && lex(k).isOrganisation()) {
        organisationWord = true;
        for (qsizetype m = k + 1; m < j && organisationWord; ++m) {
            organisationWord = lex(m).isPlace() || !lex(m).country().isEmpty() || lex(m).isOrganisationWord();
        }
    }
    // "Francis Scott Key Bridge", "John F. Kennedy International Airport", "Ronald Reagan
    // Building": a structure named after a person is a place. Only nouns that are rarely
    // surnames count here ("Helen Park", "Sally Field" and "Arsenio Hall" stay people).
    // "Linden Park Medical Center", "the Hollings Cancer Center": a centre of a field is an
    // institution, no building.
    const bool institution = count >= 3 && (equalsLower(last, u"center") || equalsLower(last, u"centre"))
        && isOneOf(
            word(j - 2), {u"medical", u"cancer", u"research", u"health", u"trauma", u"policy", u"science", u"studies", u"study", u"heart", u"children's"});
    if (!titled && count >= 2 && isStructure(last) && !institution) {
        addEntity(Entity::Kind::Place, k, j);
        return;
    }
    // "Eli Lilly's Zepbound", "Morgan Stanley said": a known company whose name opens with a
    // given name is still the company.
    if (!titled && count >= 2 && givenFirst && PeopleLexicon::isOrganisation(core)) {
        addEntity(Entity::Kind::Organisation, k, j);
        return;
    }
    if (!titled && namesATeam(k, j)) {
        addEntity(Entity::Kind::Organisation, k, j);
        m_teamNouns.insert(word(j - 1));
        return;
    }
    if (!titled && !givenFirst) {
        // "10:27 p.m. KST", "9am GMT", "midnight Eastern time": letters after a clock time are its
        // time zone, and so are the American zones' names.
        if (count == 1 && k > 0 && w.plainGapBefore(k) && (isAcronym(core) || isOneOf(core, {u"Eastern", u"Central", u"Mountain", u"Pacific", u"Atlantic"}))
            && (equalsLower(word(k - 1), u"p.m.") || equalsLower(word(k - 1), u"a.m.") || equalsLower(word(k - 1), u"pm") || equalsLower(word(k - 1), u"am")
                || equalsLower(word(k - 1), u"midnight") || equalsLower(word(k - 1), u"noon")
                || (word(k - 1).size() >= 4 && word(k - 1).contains(u':') && word(k - 1).front().isDigit()))) {
            return;
        }
        // "AUSTIN, Texas, July 19 (Reuters) -": the capitals that open a dateline are its city.
        if (count == 1 && isAcronym(core) && (k == 0 || w.at(k - 1).paragraph != w.at(k).paragraph)) {
            const TextRange paragraph = w.analysis().paragraphs[w.at(k).paragraph].range;
            if (Dateline::parse(QStringView(w.text()).sliced(paragraph.start, paragraph.end - paragraph.start)).isValid()) {
                addEntity(Entity::Kind::Place, k, j);
                return;
            }
        }
        // "PHILADELPHIA — Within minutes ...": a known place set in capitals opens a dateline.
        if (PeopleLexicon::isOrganisation(core) || organisationWord
            || (count == 1 && isAcronym(core) && PeopleLexicon::country(core).isEmpty() && !initialismModifiesNoun(k) && !PeopleLexicon::isPlace(core))) {
            addEntity(Entity::Kind::Organisation, k, j);
            return;
        }
        const bool placeWord = PeopleLexicon::isPlace(core) || (count == 1 && !PeopleLexicon::country(core).isEmpty());
        if (placeWord && count == 1 && personNamedSincePlace(k)) {
            m_pending.append(k);
            return;
        }
        if (PeopleLexicon::isPlace(core) || (count >= 2 && lex(j - 1).isPlaceWord())) {
            addEntity(Entity::Kind::Place, k, j);
            return;
        }
        if (count == 1 && (!PeopleLexicon::country(core).isEmpty() || PeopleLexicon::isRoleModifier(core))) {
            return; // "Russian", "Americans", "Republican"
        }
        // "Rep. Don Bacon, a Nebraska Republican, wrote": a state or a place and a party after an
        // article describe the person named before; they are no name.
        static const QList<QStringView> parties{u"republican", u"democrat", u"conservative", u"tory", u"socialist", u"communist"};
        const auto partyMember = [&] {
            return std::any_of(parties.cbegin(), parties.cend(), [&](QStringView party) { return word(j - 1).compare(party, Qt::CaseInsensitive) == 0; });
        };
        // The article before the run is asked first: it rules out nearly every run.
        if (count >= 2 && k > 0 && w.plainGapBefore(k) && isOneOf(word(k - 1), {u"a", u"an"}) && partyMember()) {
            return;
        }
        // "a former White House Russia adviser": a run that ends in a country qualifies a noun.
        if (count >= 2 && !w.at(j - 1).possessive && !lex(j - 1).country().isEmpty() && (lex(j - 2).isOrganisation() || lex(j - 2).isOrganisationWord())) {
            return;
        }
    } else if (lex(j - 1).isOrganisationWord() && (!titled || !lex(k).isGivenName()) && !markedAsPerson()) {
        // "Head of the Russian Direct Investment Fund": a title's body is no name.
        addEntity(Entity::Kind::Organisation, k, j);
        return;
    }
    // "Boeing 737-9 MAX Aircraft", "NASA Headquarters": a word of three capitals or more before
    // a word in title case names a product or a body; a name set in capitals is set so whole
    // ("STEVE WITKOFF"), and "JD Vance" or "RFK Jr." keep their initials.
    if (!titled && count >= 2 && word(k).size() >= 3 && isAcronym(word(k))
        && std::all_of(word(k).cbegin(), word(k).cend(), [](QChar c) { return c.isLetter(); }) && !isAcronym(last) && PersonName::words(last).size() == 1) {
        return;
    }
    for (qsizetype m = k; m < j; ++m) {
        if (lex(m).isCalendarWord() || lex(m).role().plural) {
            return;
        }
    }
    // "Analysts at Morgan Stanley", "researchers from Northmoor": people work at organisations.
    // "Commuters at Kingsbridge", "fans from Leeds": the public are at places.
    if (!titled && k >= 2 && k == i && isOneOf(word(k - 1), {u"at", u"from"}) && w.isLower(k - 1)
        && ((lex(k - 2).role().plural && lex(k - 2).role().group != Group::Public)
            || isOneOf(word(k - 2),
                {u"analysts", u"economists", u"researchers", u"scientists", u"engineers", u"strategists", u"executives", u"staff", u"employees", u"workers",
                    u"traders", u"doctors", u"lawyers", u"experts", u"students"}))) {
        addEntity(Entity::Kind::Organisation, k, j);
        return;
    }
    // "Brightwater Civil's chief executive": whoever has a chief executive is a company.
    if (!titled && !givenFirst && w.at(j - 1).possessive && j < w.size() && w.plainGapBefore(j)) {
        int length = 1;
        if (roleAt(j, &length).group == Group::Executive && !w.at(j).capitalised) {
            addEntity(Entity::Kind::Organisation, k, j);
            return;
        }
    }

    int score = 0;
    if (titled) {
        score += 3;
    }
    if (givenFirst) {
        score += 3;
    }
    if (particleSurname) {
        score += 2;
    }
    RoleCue before;
    if (!stripped && !titled) {
        before = roleBefore(k);
        if (before.isValid()) {
            score += 3;
            // "Trump's special envoy Steve Witkoff": whoever has an envoy is a person too.
            if (before.affiliationWord >= 0 && !m_pending.isEmpty() && m_pending.last() == before.affiliationWord) {
                const qsizetype boss = m_pending.takeLast();
                NameCandidate owner;
                owner.first = int(boss);
                owner.end = int(boss + 1);
                owner.single = true;
                owner.name = word(boss).toString();
                owner.score = 2;
                m_candidates.append(owner);
            }
        }
    }
    // "Former prime minister Sir John Major", "former foreign secretary Lord Cameron": a
    // courtesy title says no office, and the office written in lower case before it is the
    // person's. The alias stays the name with its title, as it was.
    if (!stripped && titled && !candidate.role.isValid() && lastTitle == titleStart && isHonorific(word(titleStart))) {
        before = roleBefore(titleStart);
        before.start = w.at(titleStart).range.start;
    }
    const RoleCue after = roleAfter(j);
    if (after.isValid()) {
        score += 2;
    }
    // "a third-generation farmer named Gus Lindqvist": a role noun or a person's noun, then "named"
    // or "called", introduces a person; "a company called Acme" is none.
    if (!titled && k >= 2 && k == i && w.plainGapBefore(k) && w.plainGapBefore(k - 1) && w.isLower(k - 1)) {
        if ((lowerIs(k - 1, u"named") || lowerIs(k - 1, u"called"))
            && ((lex(k - 2).role().isValid() && !lex(k - 2).role().plural)
                || isOneOf(word(k - 2), {u"man", u"woman", u"boy", u"girl", u"person", u"neighbour", u"neighbor", u"son", u"daughter"}))) {
            score += 3;
        }
    }
    // "Port Arden, 12,": a place's or a body's word makes the number no age.
    const auto placeOrBody = [&] {
        bool found = false;
        for (qsizetype m = k; m < j && !found; ++m) {
            found = lex(m).isPlaceWord() || lex(m).isOrganisationWord();
        }
        return found;
    };
    if (j < w.size() && w.gapBeforeHas(j, u',') && ageAfter(j) > 0 && !placeOrBody()) {
        score += 2;
    }
    RoleCue commaRole;
    // "A police spokesperson, Officer Dana Whitley,": a title that names any official says less
    // than the office the apposition before the name gives.
    if (!before.isValid() && (!candidate.role.isValid() || candidate.role.role.generic)) {
        // "The leader of the council, Cllr Martin Pryce,": an honorific leaves the role to the appositive.
        commaRole = roleBeforeComma(titled ? titleStart : k);
        if (commaRole.isValid()) {
            score += 3;
        }
    }
    // "said Tomas Berg": a verb of saying right before the name.
    // "said Kaldora had not rejected it" is reported speech whose subject may be anything.
    // Asked only after a verb of saying.
    const auto clauseSubject = [&] {
        return j < w.size() && w.plainGapBefore(j)
            && isOneOf(word(j),
                {u"had", u"has", u"have", u"was", u"were", u"is", u"are", u"would", u"will", u"could", u"should", u"might", u"may", u"must", u"did", u"does"});
    };
    // "told Playbook", "told Axios": after a verb that takes an addressee, a lone word is as often
    // the outlet spoken to as a person.
    if (!stripped && k > 0 && w.plainGapBefore(k) && w.isLower(k - 1)) {
        const SpeechCues::Cue cue = SpeechCues::lookup(word(k - 1));
        if (cue.finite && !(count == 1 && cue.takesAddressee) && !clauseSubject()) {
            score += 2;
        }
    }
    if (score <= 1 && inParentheses(k)) {
        return; // "(Golden Test Politics)": datelines and expansions in brackets
    }
    // ""Work continues," the spokesman said": inside a quotation, a capital opening a sentence
    // says nothing about a lone word.
    // "during a visit to Perth, said", "the company behind ChatGPT, said": a name closing an aside
    // after a preposition is no speaker.
    const auto closesAside = [&] {
        return j < w.size() && w.gapBeforeHas(j, u',') && k > 0 && w.plainGapBefore(k) && w.isLower(k - 1)
            && isOneOf(word(k - 1),
                {u"to", u"in", u"at", u"from", u"of", u"for", u"with", u"near", u"on", u"behind", u"about", u"against", u"into", u"over", u"across", u"beyond",
                    u"toward", u"towards", u"without", u"among"});
    };
    // "Novo Nordisk, which makes Ozempic, said": a name closing a relative clause set off by
    // commas is the clause's object; the subject before the clause speaks.
    const auto closesRelativeClause = [&] {
        if (j >= w.size() || !w.gapBeforeHas(j, u',')) {
            return false;
        }
        for (qsizetype b = k - 1; b >= 0 && b >= k - 6 && w.at(b).sentence == w.at(k).sentence && !w.gapBeforeHas(b + 1, u','); --b) {
            if (w.isLower(b) && (lowerIs(b, u"which") || lowerIs(b, u"who") || lowerIs(b, u"whose") || lowerIs(b, u"that")) && w.gapBeforeHas(b, u',')) {
                return true;
            }
        }
        return false;
    };
    if (speechFollows(j) && !(count == 1 && w.at(k).initial && m_inQuote.at(k)) && !closesAside() && !closesRelativeClause()) {
        score += 2;
    }
    if (namedAfterCountry(k, j)) {
        score += 2;
    }
    Gender pronounGender = Gender::Unknown; ///< as the next sentence takes the name up, when it does
    if (count >= 2 && !isHeading(k)) {
        // An unknown capitalised pair is a name only if its last word recurs on its own, as
        // news names a person in full once and by surname after; title-case phrases do not.
        bool ordinary = false;
        for (qsizetype m = k; m < j; ++m) {
            ordinary = ordinary || w.occursInLowerCase(m) || lex(m).isFunctionWord();
        }
        // "Satya Nadella comes out of this well, doesn't he?", "Emmett Shear, during his three
        // days": a pair that the rest of its sentence calls "he" or "his" before naming anything
        // else is a person named once; companies are "it".
        // "walking to the Plaza Hotel when a gunman approached him": a pair after an article
        // names a place or a thing, and the pronoun is the subject's.
        const bool afterArticle = k > 0 && w.at(k - 1).sentence == w.at(k).sentence && w.isLower(k - 1)
            && (lowerIs(k - 1, u"the") || lowerIs(k - 1, u"a") || lowerIs(k - 1, u"an"));
        // "Adrien Brody, whose speech ran past five minutes,", "Mikey Madison, who won": a
        // relative clause set off after the pair asks "who", which English keeps for people.
        bool personal = !ordinary && score == 0 && !afterArticle && j + 1 < w.size() && w.gapBefore(j).trimmed() == u"," && w.isLower(j)
            && (lowerIs(j, u"who") || lowerIs(j, u"whose"));
        if (!personal && !ordinary && score == 0 && capitalisedCount(last) < 2 && !afterArticle) {
            personal = takenUpAsPronoun(k, j, &pronounGender);
        }
        if (!personal && !ordinary && score == 0 && capitalisedCount(last) < 2 && !afterArticle) {
            for (qsizetype m = j; m < w.size() && m < j + 10 && w.at(m).sentence == w.at(j - 1).sentence && !m_inQuote.at(m); ++m) {
                if (w.at(m).capitalised && !w.at(m).initial) {
                    break;
                }
                if (w.isLower(m) && isOneOf(word(m), {u"he", u"she", u"his", u"her", u"him"})) {
                    personal = true;
                    break;
                }
            }
        }
        // "Yoon Suk Yeol ... Mr Yoon said": Korean and Chinese names put the family name first,
        // and it is the first word that recurs on its own as a person.
        const bool familyFirst = !ordinary && score == 0 && count <= 3 && !lex(k).isGivenName()
            && ((count == 2 && PersonName::isKoreanGivenName(last) && word(k).size() <= 5) || firstWordStandsForAPerson(k));
        // The surname recurs on its own: a pair always written whole ("the Polar Prince") is a
        // name of something else.
        // "Anselmo Pérez Urdaneta ... Pérez said": the father's surname recurs, not the mother's.
        const QStringView surname = count == 3 && spanishPatronymic(word(k + 1)) ? word(k + 1) : last;
        if (!ordinary && (score > 0 || (capitalisedCount(surname) >= 2 && capitalisedAloneCount(surname) >= 1) || personal || familyFirst)) {
            score += 1;
        }
    }
    if (isHeading(k) && score < 3) {
        return;
    }
    // "Former Mayor Found Guilty of Taking Bribes": a title-case headline capitalises verbs,
    // and a word the article also writes in lower case is no part of a name there.
    if (isHeading(k)) {
        for (qsizetype m = k; m < j; ++m) {
            if (w.occursInLowerCase(m) && !(w.isLower(m) && lex(m).isNameParticle())) {
                return;
            }
        }
    }
    // "The 56-year-old Oklahoman said": one capitalised word after an article and an age is the
    // noun the age describes (a demonym), no name, unless it is the surname of someone named.
    if (count == 1 && !titled && k >= 2 && w.plainGapBefore(k) && w.plainGapBefore(k - 1) && hasEnding(word(k - 1), u"-year-old")
        && (lowerIs(k - 2, u"the") || lowerIs(k - 2, u"a")) && !lex(k).isGivenName() && !surnameSoFar(word(k))) {
        return;
    }
    // "Mayor Denise Alvarez of Chandler said": a single name after "of" and a person's name is
    // where the person is from or works, not a second person. "Hundreds of Yoon's supporters":
    // a sentence's capitalised first word is no name unless one named so far.
    const bool nameBeforeOf = k >= 2 && w.at(k - 2).capitalised && (!w.at(k - 2).initial || surnameSoFar(word(k - 2)));
    if (count == 1 && !titled && nameBeforeOf && w.plainGapBefore(k) && lowerIs(k - 1, u"of") && w.plainGapBefore(k - 1) && !w.at(k - 2).possessive
        && !lex(k - 2).isFunctionWord() && !surnameSoFar(word(k))) {
        bool placeOffice = PeopleLexicon::isPlace(core);
        // "the Duke of Sussex", "the Princess of Wales": a peerage or a royal style is held of a
        // place, as a mayor's office is.
        for (qsizetype m = std::max<qsizetype>(0, k - 6); m < k - 1; ++m) {
            placeOffice = placeOffice || isPlaceOffice(word(m)) || isTerritorialTitle(word(m))
                || isOneOf(word(m), {u"senator", u"sen.", u"rep.", u"mp", u"prince", u"princess"});
        }
        addEntity(placeOffice ? Entity::Kind::Place : Entity::Kind::Organisation, k, j);
        return;
    }
    // "the attorney general of the Bahamas said", "in the Hague": a name written after "the" that
    // ends its phrase is a place or a body, as people are not given an article. "the Trump
    // administration" goes on past the name, and a surname already named stays a person.
    if (count == 1 && !titled && !w.at(k).possessive && k > 0 && w.plainGapBefore(k) && lowerIs(k - 1, u"the") && !surnameSoFar(word(k))
        && (j >= w.size() || !w.plainGapBefore(j) || !w.isLower(j) || lex(j).isFunctionWord() || SpeechCues::lookup(word(j)).finite)
        && !(j < w.size() && w.plainGapBefore(j) && isOneOf(word(j), {u"and", u"of", u"for", u"&"}))) { // "the Work and Pensions Secretary"
        // "the Guardian said" speaks as a body; "of the Bahamas", "the Carolinas", "the
        // Chesapeake" are places.
        const bool afterPreposition = k > 1 && w.plainGapBefore(k - 1) && isOneOf(word(k - 2), {u"of", u"in", u"to", u"from", u"at", u"across", u"near"});
        const bool speaks = !afterPreposition && j < w.size() && w.plainGapBefore(j) && SpeechCues::lookup(word(j)).finite;
        const bool toldTo = k > 1 && w.plainGapBefore(k - 1) && SpeechCues::lookup(word(k - 2)).takesAddressee; // "told the Ledger"
        // "the Eagles" after "the Philadelphia Eagles": the team, called by its plural noun;
        // "the Finals", "the Olympics": a body's or an event's word.
        const bool team = m_teamNouns.contains(word(k)) || lex(k).isOrganisationWord();
        addEntity(speaks || toldTo || team ? Entity::Kind::Organisation : Entity::Kind::Place, k, j);
        return;
    }
    // "an analyst at Pinegate Securities", "a strategist at Nomura": after a profession's "at"
    // comes the employer, a body, however its name ends.
    if (count <= 3 && !titled && !w.at(j - 1).possessive && k >= 2 && w.plainGapBefore(k) && w.plainGapBefore(k - 1) && lowerIs(k - 1, u"at")
        && isOneOf(word(k - 2),
            {u"analyst", u"analysts", u"economist", u"economists", u"strategist", u"strategists", u"researcher", u"researchers", u"professor", u"scientist",
                u"trader", u"broker", u"consultant", u"lecturer", u"banker", u"executive", u"partner", u"fellow", u"engineer", u"spokesman", u"spokeswoman",
                u"spokesperson"})) {
        addEntity(Entity::Kind::Organisation, k, j);
        return;
    }
    // "farmers in Meruvia said", "commuters at Kingsbridge": people are not "in" anything, and
    // "at" a person only once named ("a swipe at Trump"); "Kingsbridge station" is a place.
    // "at Marine Park": two words no known given name opens are a place after "in" or "at" too,
    // and so are two that end in a place's word ("in Salvador Bay"). A surname written again
    // is a person's ("at Mordaunt Hale"); a compass word closing a constituency or a district
    // ("in Portsmouth North" after "North Yorkshire") is no surname however often it recurs.
    const bool compassLast = isOneOf(word(j - 1), {u"north", u"south", u"east", u"west"});
    if (count == 2 && !titled && (!givenFirst || lex(j - 1).isPlaceWord()) && !w.at(j - 1).possessive && k > 0 && w.plainGapBefore(k)
        && (lowerIs(k - 1, u"in") || lowerIs(k - 1, u"at")) && !surnameSoFar(word(j - 1)) && (capitalisedCount(word(j - 1)) < 2 || compassLast)) {
        addEntity(Entity::Kind::Place, k, j);
        return;
    }
    // "Houghton and Sunderland South", "Portsmouth North": a place's name and a compass word
    // after another place name name a constituency or a district; "Grace South" opens with a
    // given name.
    if (count == 2 && !titled && !givenFirst && !w.at(j - 1).possessive && isOneOf(last, {u"north", u"south", u"east", u"west"}) && k > 1 && w.plainGapBefore(k)
        && lowerIs(k - 1, u"and") && w.at(k - 2).capitalised && !lex(k - 2).isGivenName()) {
        addEntity(Entity::Kind::Place, k, j);
        return;
    }
    // "in Game 5", "at Gate 7": a word before a number names a numbered thing; "at Crypto.com
    // Arena": a word before a web domain's ending is an address's. Neither is a place.
    const bool numberedOrAddress = j < w.size()
        && ((w.plainGapBefore(j) && word(j).front().isDigit())
            || (w.gapBefore(j) == u"." && isOneOf(word(j), {u"com", u"org", u"net", u"io", u"co", u"uk", u"gov", u"edu"})));
    if (count == 1 && !titled && !w.at(k).possessive && !surnameSoFar(word(k)) && !numberedOrAddress
        && ((k > 0 && w.plainGapBefore(k) && (lowerIs(k - 1, u"in") || lowerIs(k - 1, u"at")))
            || (k > 1 && w.plainGapBefore(k) && lowerIs(k - 1, u"of")
                && isOneOf(word(k - 2),
                    {u"residents", u"people", u"citizens", u"inhabitants", u"outskirts", u"centre", u"center", u"streets", u"city", u"town", u"village",
                        u"mayor", u"north", u"south", u"east", u"west", u"suburbs", u"port"}))
            || (j < w.size() && w.plainGapBefore(j) && w.isLower(j) && lex(j).isPlaceWord()))) {
        addEntity(Entity::Kind::Place, k, j);
        return;
    }
    // "Alameda Research, his trading firm, ...": an aside that calls the name a firm or a bank. "a
    // firm believer" goes on past the noun.
    if (!titled && !givenFirst && j + 1 < w.size() && w.gapBeforeHas(j, u',') && w.isLower(j)
        && isOneOf(word(j), {u"his", u"her", u"their", u"its", u"the", u"a", u"an"})) {
        for (qsizetype m = j + 1; m < std::min<qsizetype>(w.size(), j + 4) && w.plainGapBefore(m) && w.isLower(m); ++m) {
            const bool phraseEnds = m + 1 >= w.size() || !w.plainGapBefore(m + 1) || lex(m + 1).isFunctionWord();
            if (phraseEnds
                && isOneOf(word(m),
                    {u"company", u"firm", u"group", u"bank", u"lender", u"insurer", u"fund", u"startup", u"start-up", u"exchange", u"airline", u"carrier",
                        u"retailer", u"chain", u"brand", u"manufacturer", u"maker", u"publisher", u"charity", u"nonprofit", u"subsidiary", u"affiliate"})) {
                addEntity(Entity::Kind::Organisation, k, j);
                return;
            }
        }
    }
    // "Cancer charity Bowel Hope said", "the airline Northway": a kind of organisation before the
    // name; "the Canadian vessel Polar Prince" names a ship, no person either. A firm's kind
    // outweighs a title opening its name ("the research firm Cardinal Insight"); "group" and
    // "party" do not ("party Chairman Lee").
    const qsizetype opening = titled ? titleStart : k;
    const bool firmKindBefore = opening > 0 && w.plainGapBefore(opening) && w.isLower(opening - 1)
        && isOneOf(word(opening - 1), {u"firm", u"company", u"agency", u"startup", u"start-up", u"consultancy", u"broadcaster", u"newspaper", u"publisher"});
    if (titled && !givenFirst && firmKindBefore) {
        addEntity(Entity::Kind::Organisation, opening, j);
        return;
    }
    if (!titled && !givenFirst && k > 0 && w.plainGapBefore(k) && w.isLower(k - 1)
        && isOneOf(word(k - 1),
            {u"charity", u"company", u"firm", u"group", u"union", u"airline", u"carrier", u"party", u"bank", u"broadcaster", u"newspaper", u"retailer",
                u"supplier", u"operator", u"startup", u"start-up", u"manufacturer", u"insurer", u"agency", u"network", u"club", u"association", u"nonprofit",
                u"publisher", u"lender", u"chain", u"brand", u"outlet", u"band", u"site", u"website", u"platform", u"app", u"exchange", u"vessel", u"ship",
                u"tanker", u"freighter", u"yacht", u"ferry", u"submarine", u"submersible"})) {
        addEntity(Entity::Kind::Organisation, k, j);
        return;
    }
    // "Northwind reported higher profits. The company said its orders doubled.": a single name
    // that the text goes on to call "its" or "the company" before any "he" or "she" is a firm.
    // "Biden arrived after the group photo": a leader's surname is nobody's firm.
    if (count == 1 && !titled && !givenFirst && !before.isValid() && !after.isValid() && !commaRole.isValid() && !surnameSoFar(word(k)) && referredToAsThing(j)
        && !PeopleLexicon::isLeaderSurname(word(k))) {
        addEntity(Entity::Kind::Organisation, k, j);
        return;
    }
    // "a veteran Titanic diver", "an experienced Boeing mechanic": a lone name inside a phrase
    // that an article opens, before the noun that closes it, qualifies the noun.
    if (count == 1 && !titled && !w.at(k).possessive && qualifiesPhraseEnd(j)) {
        bool article = false;
        for (qsizetype b = k - 1; b >= 0 && b >= k - 3 && w.plainGapBefore(b + 1) && w.isLower(b) && !article; --b) {
            article = isOneOf(word(b), {u"a", u"an", u"the"});
        }
        if (article) {
            m_pending.append(k);
            return;
        }
    }
    // "Longshoremen said they had been told to expect little work": a lone plural of "-man"
    // names a group of workers, never one person ("Carmen" is a given name).
    if (count == 1 && !titled && word(k).size() > 5 && hasEnding(word(k), u"men") && !lex(k).isGivenName() && !surnameSoFar(word(k))) {
        return;
    }
    // "Zelensky met Trump": the surnames of leaders named daily stand alone for the person.
    if (count == 1 && PeopleLexicon::isLeaderSurname(word(k))) {
        score += 2;
    }
    if (count == 1 && score < 2) {
        m_pending.append(k);
        return;
    }
    // "won 16 seats in Andhra Pradesh, and Nitish Kumar": a run after "in" is a place, whoever is
    // listed after it.
    const auto afterPlacePreposition
        = [&] { return k > 0 && w.plainGapBefore(k) && w.isLower(k - 1) && isOneOf(word(k - 1), {u"in", u"at", u"across", u"near"}); };
    if (score < 1 && !(count >= 2 && !titled && j < w.size() && listsPeopleAfter(j) && !placeOrBody() && !afterPlacePreposition())) {
        return;
    }
    candidate.first = int(k);
    candidate.end = int(j);
    candidate.single = count == 1;
    candidate.name = core.toString();
    candidate.score = score;
    if (titled) {
        candidate.aliasStart = affiliationStart >= 0 ? affiliationStart : w.at(titleStart).range.start;
    }
    // "Reform supporter Dave Kemp, 58, a retired lorry driver": what a member of the public
    // does tells more than where the story found them.
    const RoleCue &described = commaRole.isValid() ? commaRole : after;
    const bool occupationAfter = before.role.group == Group::Public && described.isValid() && described.role.group != Group::Public;
    if (before.isValid()) {
        candidate.aliasStart = before.start;
    }
    // "Peruvian President Dina Boluarte, the summit's host": an office in the title says more
    // than a part the person plays in the story.
    const bool keepsTitleOffice = titled && candidate.role.isValid() && isOffice(candidate.role.role.group) && !isOffice(described.role.group);
    if (before.isValid() && !occupationAfter) {
        candidate.role = before;
    } else if (commaRole.isValid() && !keepsTitleOffice) {
        candidate.role = commaRole;
        if (!commaRole.country.isEmpty()) {
            candidate.country = commaRole.country;
        }
    } else if (after.isValid() && !keepsTitleOffice) {
        candidate.role = after;
        if (!after.country.isEmpty()) {
            candidate.country = after.country;
        }
    }
    if (!before.country.isEmpty()) {
        candidate.country = before.country;
    }
    if (candidate.role.organisation.isEmpty()) {
        candidate.role.organisation = ownerName;
    }
    if (candidate.country.isEmpty() && !affiliationCountry.isEmpty()) {
        candidate.country = affiliationCountry;
    }
    // "The Kremlin's Dmitry Peskov", "Russia's Sergei Lavrov": the country the person serves.
    if (candidate.country.isEmpty() && k > 0 && k == i && w.plainGapBefore(k) && w.at(k - 1).possessive && w.at(k - 1).capitalised) {
        candidate.country = lex(k - 1).country();
    }
    if (candidate.gender == Gender::Unknown && count >= 2) {
        candidate.gender = lex(k).givenNameGender();
    }
    if (candidate.gender == Gender::Unknown) {
        candidate.gender = pronounGender;
    }
    if (candidate.gender == Gender::Unknown && candidate.role.isValid()) {
        // "His wife, Morag,": the role says who "she" is.
        const qsizetype space = candidate.role.text.lastIndexOf(u' ');
        candidate.gender = PeopleLexicon::roleGender(QStringView(candidate.role.text).mid(space + 1));
    }
    // "Sen. Rand Paul", "Lt. Gen. Chris Donahue", "Det. Sgt. Kevin O'Rourke": abbreviated
    // honorifics are the office, spelled out; the last word is the role noun.
    if (!candidate.role.isValid() && titled && lastTitle >= titleStart) {
        static const QHash<QStringView, QStringView> offices{{u"sen", u"Senator"}, {u"rep", u"Representative"}, {u"gov", u"Governor"}, {u"lt", u"Lieutenant"},
            {u"gen", u"General"}, {u"maj", u"Major"}, {u"col", u"Colonel"}, {u"capt", u"Captain"}, {u"adm", u"Admiral"}, {u"sgt", u"Sergeant"},
            {u"det", u"Detective"}, {u"insp", u"Inspector"}, {u"supt", u"Superintendent"}, {u"cpl", u"Corporal"}};
        QStringList spelled;
        for (qsizetype t = titleStart; t <= lastTitle; ++t) {
            const auto office = offices.constFind(QStringView(honorificKey(word(t))));
            if (office == offices.cend()) {
                spelled.clear();
                break;
            }
            spelled.append(office->toString());
        }
        const Role role = spelled.isEmpty() ? Role() : PeopleLexicon::role(spelled.last());
        if (role.isValid()) {
            candidate.role.role = role;
            candidate.role.text = spelled.join(u' ');
        }
    }
    candidate.becomes = officeTakenUp(j);
    // "Mikey Madison, 25, won best actress", "for best director, Baker": an award's category
    // names what was won, not what the person does or holds.
    if (namesAnAward(candidate.role.text)) {
        candidate.role = {};
    }
    m_candidates.append(candidate);
}

// People are drafted from full names first so that a bare surname finds its full name even
// when the surname comes first in the text.
void Finder::dropOrganisationNames()
{
    // A run read as a name in one sentence and as a company in another ("the contractor,
    // Brightwater Civil" / "Brightwater Civil's chief executive") is the company; titles and
    // known given names still make a person.
    // "Pacific Crest Airlines ... Pacific Crest will cooperate": a company's name without its
    // last word ("Airlines", "Motors", "Group") is the company said short.
    QHash<QString, int> shortened;
    for (const Entity &entity : std::as_const(m_entities)) {
        const qsizetype space = entity.name.lastIndexOf(u' ');
        if (entity.kind == Entity::Kind::Organisation && space > 0 && PeopleLexicon::isOrganisationWord(QStringView(entity.name).sliced(space + 1))) {
            shortened.insert(LowerKey(QStringView(entity.name).first(space)).view().toString(), 0);
        }
    }
    m_candidates.removeIf([this, &shortened](const NameCandidate &candidate) {
        const LowerKey key(candidate.name);
        const auto entity = m_entityByName.constFind(key.view());
        const bool company = entity != m_entityByName.cend() && m_entities[*entity].kind == Entity::Kind::Organisation;
        if (!company && (shortened.isEmpty() || shortened.constFind(key.view()) == shortened.cend())) {
            return false;
        }
        if (candidate.aliasStart >= 0 || lex(candidate.first).isGivenName()) {
            return false;
        }
        addEntity(Entity::Kind::Organisation, candidate.first, candidate.end);
        return true;
    });
    m_surnamesSoFar.clear();
    m_surnamesCounted = 0;
}

void Finder::cluster()
{
    m_wordPerson.fill(-1, w.size());
    // Name words per person, split once: a common surname is compared with many candidates.
    QList<QStringList> personWords;
    personWords.reserve(m_candidates.size() + m_pending.size());
    // fullKey is words joined by spaces, which every caller has already built.
    const auto addPerson = [this, &personWords](const NameCandidate &c, const QStringList &words, const QString &fullKey) {
        Draft draft;
        draft.name = c.name;
        draft.firstPosition = w.at(c.first).range.start;
        const int index = int(m_people.size());
        m_people.append(std::move(draft));
        personWords.append(words);
        m_byFullName.insert(fullKey, index);
        m_bySurname[words.isEmpty() ? QString() : words.last()].append(index);
        if (!c.single) {
            m_byGiven[words.size() < 2 ? QString() : words.first()].append(index);
            // "Luiz Inácio Lula da Silva" is "Lula": a long name may be known by a middle word;
            // "Claudia Sheinbaum Pardo" is "Sheinbaum", the father's surname before the mother's.
            // "Edmundo González Urrutia" is "González": a patronymic ending in -ez is a surname
            // even after a given name we do not know.
            // "Robert Francis Prevost" is never "Francis": a given name between a given name and
            // a surname is a middle name, and the lone word is someone else ("Pope Francis").
            const bool spanishOrder
                = words.size() == 3 && (lex(c.first).isGivenName() || spanishPatronymic(words[1])) && !(c.end - c.first == 3 && lex(c.first + 1).isGivenName());
            for (qsizetype m = 1; m + 1 < words.size() && (words.size() >= 4 || spanishOrder); ++m) {
                m_byMiddle[words[m]].append(index);
            }
            if (words.size() >= 3) {
                // "Mohammed bin Salman" is "Prince Mohammed"; "Salman" alone is his father.
                if (isOneOf(words[words.size() - 2], {u"bin", u"ibn", u"bint"})) {
                    m_patronymic.insert(index);
                }
                // ... and "Claudia Sheinbaum" is the same woman, without her mother's surname.
                const QString shorter = QStringList(words.mid(0, words.size() - 1)).join(u' ');
                if (!m_byFullName.contains(shorter)) {
                    m_byFullName.insert(shorter, index);
                }
            }
        }
        return index;
    };
    m_people.reserve(m_candidates.size() + m_pending.size());
    QList<int> owner(m_candidates.size(), -1);
    const QHash<QString, qsizetype> chosenNames = namesChosen();
    // The person of a name the article says someone took, wherever it is written: the full name
    // given at birth stands for both ("Leo XIV" before and after "Prevost, who took the name").
    const auto personOfChosen = [&](const QString &key, const QStringList &words) {
        const auto chosen = chosenNames.constFind(key);
        if (chosen == chosenNames.cend()) {
            return -1;
        }
        const NameCandidate &born = m_candidates[*chosen];
        const QStringList bornWords = PersonName::words(born.name);
        const QString bornKey = bornWords.join(u' ');
        int person = m_byFullName.value(bornKey, -1);
        if (person < 0) {
            person = addPerson(born, bornWords, bornKey);
        }
        m_byFullName.insert(key, person);
        QList<int> &given = m_byGiven[words.first()];
        if (!given.contains(person)) {
            given.append(person);
        }
        return person;
    };
    for (qsizetype c = 0; c < m_candidates.size(); ++c) {
        const NameCandidate &candidate = m_candidates[c];
        if (candidate.single) {
            continue;
        }
        const QStringList words = PersonName::words(candidate.name);
        const QString fullKey = words.join(u' ');
        int person = m_byFullName.value(fullKey, -1);
        if (person < 0 && !chosenNames.isEmpty()) {
            person = personOfChosen(fullKey, words);
        }
        if (person < 0 && words.size() >= 3) {
            person = m_byFullName.value(QStringList(words.mid(0, words.size() - 1)).join(u' '), -1);
        }
        if (person < 0) {
            for (const int other : m_bySurname.value(words.isEmpty() ? QString() : words.last())) {
                if (PersonName::compatibleWords(personWords[other], words)) {
                    person = other;
                    break;
                }
            }
        }
        if (person < 0) {
            person = addPerson(candidate, words, fullKey);
        } else if (candidate.name.size() > m_people[person].name.size()) {
            m_people[person].name = candidate.name;
            personWords[person] = words;
        }
        owner[c] = person;
        m_namedAt.append({person, w.at(candidate.first).range.start});
    }
    // What full names tell about each person: the title written with the name ("Dr Peter Smith")
    // and the gender, so that "Dr Smith" and "Mrs Smith" find the right one of two Smiths.
    // Per person drafted so far; people drafted later have neither.
    QList<QString> titleOf(m_people.size());
    QList<Gender> genderOf(m_people.size(), Gender::Unknown);
    const auto titleWord = [this](const NameCandidate &c) {
        if (c.aliasStart < 0 || c.aliasStart >= w.at(c.first).range.start) {
            return QString();
        }
        return CaseKeys::lower(word(w.indexAt(c.aliasStart))).remove(u'.');
    };
    for (qsizetype c = 0; c < m_candidates.size(); ++c) {
        if (owner[c] >= 0) {
            titleOf[owner[c]] = titleWord(m_candidates[c]);
            if (m_candidates[c].gender != Gender::Unknown) {
                genderOf[owner[c]] = m_candidates[c].gender;
            }
        }
    }
    const auto namesake = [&](const NameCandidate &c, const QList<int> &people) {
        const QString title = titleWord(c);
        QList<int> fitting;
        QList<int> sameTitle;
        for (const int p : people) {
            const Gender gender = genderOf.value(p, Gender::Unknown);
            if (c.gender != Gender::Unknown && gender != Gender::Unknown && gender != c.gender) {
                continue;
            }
            fitting.append(p);
            if (!title.isEmpty() && titleOf.value(p) == title) {
                sameTitle.append(p);
            }
        }
        return sameTitle.size() == 1 ? sameTitle.first() : fitting.size() == 1 && fitting.size() < people.size() ? fitting.first() : -1;
    };
    // "Kestrel's chief executive" in a story about Kestrel Air: the first word of an organisation's
    // name on its own is the organisation, unless a person has it as surname.
    // A lone word that names a place elsewhere ("in Meruvia") is that place.
    QHash<QString, int> entityByWord;
    for (qsizetype e = 0; e < m_entities.size(); ++e) {
        const QString &name = m_entities[e].name;
        if (m_entities[e].kind == Entity::Kind::Organisation && name.contains(u' ')) {
            entityByWord.insert(PersonName::words(QStringView(name).left(name.indexOf(u' '))).join(u' '), int(e));
        } else if (m_entities[e].kind == Entity::Kind::Place && !name.contains(u' ')) {
            entityByWord.insert(PersonName::words(name).join(u' '), int(e));
        }
    }
    for (qsizetype c = 0; c < m_candidates.size(); ++c) {
        const NameCandidate &candidate = m_candidates[c];
        if (!candidate.single) {
            continue;
        }
        const QStringList words = PersonName::words(candidate.name);
        const QString key = words.join(u' ');
        const QList<int> namesakes = surnamed(key);
        int person = namesakes.size() > 1 ? namesake(candidate, namesakes) : -1;
        if (person < 0 && !chosenNames.isEmpty()) {
            person = personOfChosen(key, words);
        }
        if (person < 0) {
            person = attachSingle(key, w.at(candidate.first).range.start);
        }
        // "Two men called Han" before "Han Duck-soo" and "Han Dong-hoon": the name is both of
        // them, and a third person would take every later "Mr Han" from the two.
        if (person < 0 && familyNameOfSeveral(key)) {
            continue;
        }
        if (person < 0 && candidate.aliasStart < 0 && entityByWord.contains(key)) {
            Entity &named = m_entities[entityByWord.value(key)];
            if (!named.aliases.contains(candidate.name)) {
                named.aliases.append(candidate.name);
            }
            m_entityMentions.append({{w.at(candidate.first).range.start, w.at(candidate.end - 1).range.end}, entityByWord.value(key)});
            continue;
        }
        if (person < 0) {
            person = addPerson(candidate, words, key);
        }
        owner[c] = person;
    }
    for (qsizetype c = 0; c < m_candidates.size(); ++c) {
        const NameCandidate &candidate = m_candidates[c];
        const int person = owner[c];
        if (person < 0) {
            continue;
        }
        Draft &draft = m_people[person];
        const TextRange range{w.at(candidate.first).range.start, w.at(candidate.end - 1).range.end};
        draft.mentions.append(range);
        if (draft.age < 0) {
            draft.age = ageAfter(candidate.end);
        }
        draft.firstPosition = std::min(draft.firstPosition, range.start);
        for (qsizetype m = candidate.first; m < candidate.end; ++m) {
            m_wordPerson[m] = person;
        }
        // "Trump's special envoy", "The deputy leader" name the person on their own; the bare
        // title of "chief executive Sam Altman" or "entrepreneur Tasha McCauley" names nobody.
        const QString roleAlias = candidate.role.start >= 0 && candidate.role.end > candidate.role.start
            ? w.text().mid(candidate.role.start, candidate.role.end - candidate.role.start)
            : QString();
        // "Its chief executive, Satya Nadella,": a pronoun's office names the person only with
        // whoever the pronoun stands for; the office is the role, the phrase no alias.
        const bool pronounOwner = !roleAlias.isEmpty() && [this, &candidate] {
            const qsizetype owner = w.indexAt(candidate.role.start);
            return lowerIs(owner, u"its") || lowerIs(owner, u"his") || lowerIs(owner, u"her") || lowerIs(owner, u"their");
        }();
        const bool roleNames = !roleAlias.isEmpty() && !pronounOwner && roleAlias.compare(candidate.role.text, Qt::CaseInsensitive) != 0;
        if (candidate.aliasStart < 0 && roleNames) {
            draft.aliases.append(roleAlias);
        }
        if (candidate.aliasStart >= 0 && candidate.aliasStart < range.start) {
            const QString titled = w.text().mid(candidate.aliasStart, range.end - candidate.aliasStart);
            draft.aliases.append(titled);
            if (roleNames) {
                draft.aliases.append(roleAlias);
            }
        }
        draft.aliases.append(candidate.name);
        if (const QString nickname = nicknameAfter(candidate.end); !nickname.isEmpty()) {
            draft.aliases.append(nickname);
        }
        if (candidate.role.isValid()) {
            // "Prime Minister Dick Schoof ... Schoof is a former intelligence chief": a trade or
            // a past office said later does not replace the office in the title.
            const bool keepsOffice = isOffice(draft.roleGroup) && !isOffice(candidate.role.role.group);
            if (draft.roleText.isEmpty() || (draft.roleText.at(0).isUpper() && candidate.role.text.at(0).isLower() && !keepsOffice)) {
                draft.roleText = candidate.role.text;
                draft.roleGroup = candidate.role.role.group;
                if (!candidate.country.isEmpty() && candidate.role.text.at(0).isUpper()) {
                    // "Russian President": keep the nationality the article wrote with the title.
                    const int titleAt = candidate.aliasStart;
                    const int roleAt = int(w.text().indexOf(candidate.role.text, titleAt));
                    if (titleAt >= 0 && roleAt > titleAt) {
                        draft.roleText = w.text().mid(titleAt, roleAt + candidate.role.text.size() - titleAt);
                    }
                }
            }
            const QString canonical = candidate.role.role.canonical;
            if (!draft.profile.roles.contains(canonical)) {
                draft.profile.roles.append(canonical);
            }
            if (const QString taken = candidate.becomes.role.canonical; candidate.becomes.isValid() && !draft.profile.roles.contains(taken)) {
                draft.profile.roles.append(taken);
                if (indexOfLower(candidate.becomes.text, u"acting") >= 0 || indexOfLower(candidate.becomes.text, u"interim") >= 0) {
                    draft.actingRoles.append(taken);
                }
            }
            // "chief technology officer", "chief scientist": "the chief" or "the interim chief"
            // may name the holder later.
            bool chiefFirst = false;
            const QStringView roleText = candidate.role.text;
            for (const QStringView part : roleText.tokenize(u' ')) {
                if (part.cend() != roleText.cend() && equalsLower(part, u"chief")) {
                    chiefFirst = true; // a word before the last
                }
            }
            if (chiefFirst && canonical != u"chief"_s && !draft.profile.roles.contains(u"chief"_s)) {
                draft.profile.roles.append(u"chief"_s);
            }
            const QStringView head = QStringView(canonical).mid(canonical.lastIndexOf(u' ') + 1);
            // A special envoy is an envoy; a prime minister is not a minister.
            if (PeopleLexicon::role(head).group == candidate.role.role.group && !draft.profile.roles.contains(head)) {
                draft.profile.roles.append(head.toString());
            }
            if ((prosecutingAttorney(candidate.role.text) || prosecutingAttorney(draft.roleText)) && !draft.profile.roles.contains(u"prosecutor"_s)) {
                draft.profile.roles.append(u"prosecutor"_s);
            }
        }
        if (!candidate.country.isEmpty() && draft.profile.country.isEmpty()) {
            draft.profile.country = candidate.country;
        }
        if (!candidate.role.organisation.isEmpty() && draft.profile.organisation.isEmpty()) {
            draft.profile.organisation = candidate.role.organisation;
        }
        // "Microsoft's chief executive, Satya Nadella": a company owns the office as a club does.
        if (draft.profile.organisation.isEmpty() && PeopleLexicon::isOrganisation(candidate.role.affiliation)) {
            draft.profile.organisation = candidate.role.affiliation;
        }
        if (!candidate.role.affiliation.isEmpty() && draft.affiliationWord.isEmpty()) {
            draft.affiliationWord = candidate.role.affiliation;
        }
        if (draft.profile.gender == Gender::Unknown) {
            draft.profile.gender = candidate.gender;
        }
    }
    // "Trump was asked about it. 'That's standard,' he said.": a lone surname the story treats
    // as a person is one, though no full name or title came with it.
    for (const qsizetype i : std::as_const(m_pending)) {
        const QStringList words = PersonName::words(word(i));
        const QString key = words.join(u' ');
        Gender gender = Gender::Unknown;
        if (!key.isEmpty() && attachSingle(key, w.at(i).range.start) < 0 && !entityByWord.contains(key) && !familyNameOfSeveral(key)
            && treatedAsPerson(i, &gender)) {
            NameCandidate lone;
            lone.first = int(i);
            lone.end = int(i + 1);
            lone.single = true;
            lone.name = word(i).toString();
            const int person = addPerson(lone, words, key);
            m_people[person].profile.gender = gender;
        }
    }
    for (const qsizetype i : std::as_const(m_pending)) {
        const QStringView text = word(i);
        int start = w.at(i).range.start;
        // "Ocasio-Cortez wrote": a hyphenated surname is one person before it is two.
        if (const int whole = text.contains(u'-') ? attachSingle(PersonName::key(text), start) : -1; whole >= 0) {
            m_people[whole].mentions.append({start, w.at(i).range.end});
            m_people[whole].aliases.append(text.toString());
            m_wordPerson[i] = whole;
            continue;
        }
        for (const QStringView part : text.tokenize(u'-')) {
            if (!part.isEmpty() && part[0].isUpper()) {
                const int person = attachSingle(PersonName::key(part), start);
                if (person >= 0) {
                    m_people[person].mentions.append({start, start + int(part.size())});
                    m_people[person].aliases.append(part.toString());
                    if (part.size() == text.size()) {
                        m_wordPerson[i] = person;
                    }
                }
            }
            start += int(part.size()) + 1;
        }
    }
    for (Draft &draft : m_people) {
        if (draft.profile.country.isEmpty()) {
            draft.profile.country = PeopleLexicon::knownNationality(draft.name);
        }
        if (!draft.affiliationWord.isEmpty()) {
            const int boss = attachSingle(PersonName::key(draft.affiliationWord), draft.firstPosition);
            if (boss >= 0 && &m_people[boss] != &draft) {
                draft.profile.affiliation = boss;
            } else {
                const QString country = PeopleLexicon::country(draft.affiliationWord);
                if (!country.isEmpty() && draft.profile.country.isEmpty()) {
                    draft.profile.country = country;
                }
            }
        }
    }
}

// "AMLO" for Andrés Manuel López Obrador, "MBS" for Mohammed bin Salman: news knows some
// people by the initials of their names, which read as an organisation's acronym until the
// person is known. Only an acronym of three letters or more that spells one person's initials
// in full, and no known organisation, is taken.
void Finder::acronymsOfPeople()
{
    const auto unknownAcronym = [](const Entity &entity) {
        return entity.kind == Entity::Kind::Organisation && !entity.name.contains(u' ') && isAcronym(entity.name)
            && !PeopleLexicon::isOrganisation(entity.name);
    };
    if (m_people.isEmpty() || std::none_of(m_entities.cbegin(), m_entities.cend(), unknownAcronym)) {
        return;
    }
    QHash<QString, QList<int>> byInitials;
    for (qsizetype p = 0; p < m_people.size(); ++p) {
        QString initials;
        for (const QStringView part : QStringView(m_people[p].name).tokenize(u' ', Qt::SkipEmptyParts)) {
            for (const QStringView piece : part.tokenize(u'-', Qt::SkipEmptyParts)) {
                // "Á" of "Álvaro" is an A; only letters beyond ASCII need decomposing.
                const QChar first = piece.front();
                const QChar letter = first.unicode() < 0x80 ? first : piece.left(1).toString().normalized(QString::NormalizationForm_D).front();
                if (letter.isLetter()) {
                    initials.append(letter.toUpper());
                }
            }
        }
        if (initials.size() >= 3) {
            byInitials[initials].append(int(p));
        }
    }
    if (byInitials.isEmpty()) {
        return;
    }
    QList<bool> gone(m_entities.size(), false);
    bool anyGone = false;
    for (qsizetype e = 0; e < m_entities.size(); ++e) {
        const Entity &entity = m_entities[e];
        if (!unknownAcronym(entity)) {
            continue;
        }
        QString letters = entity.name;
        letters.remove(u'.');
        const QList<int> people = byInitials.value(letters);
        if (people.size() != 1) {
            continue;
        }
        Draft &draft = m_people[people.first()];
        for (const EntityMention &mention : std::as_const(m_entityMentions)) {
            if (mention.entity == e) {
                draft.mentions.append(mention.range);
                m_wordPerson[w.indexAt(mention.range.start)] = people.first();
            }
        }
        draft.aliases.append(entity.name);
        gone[e] = true;
        anyGone = true;
    }
    if (!anyGone) {
        return;
    }
    QList<int> newIndex(m_entities.size(), -1);
    QList<Entity> kept;
    for (qsizetype e = 0; e < m_entities.size(); ++e) {
        if (!gone[e]) {
            newIndex[e] = int(kept.size());
            kept.append(m_entities[e]);
        }
    }
    m_entities = kept;
    m_entityMentions.removeIf([&gone](const EntityMention &mention) { return gone[mention.entity]; });
    for (EntityMention &mention : m_entityMentions) {
        mention.entity = newIndex[mention.entity];
    }
    for (auto it = m_entityByName.begin(); it != m_entityByName.end();) {
        if (newIndex[*it] < 0) {
            it = m_entityByName.erase(it);
        } else {
            *it = newIndex[*it];
            ++it;
        }
    }
}

int Finder::attachSingle(const QString &key, int position) const
{
    const auto pick = [this, position](const QList<int> &people) {
        if (people.size() == 1) {
            return people.first();
        }
        // "Sonia Gandhi, his mother, ... Gandhi, 77, did not contest": a bare surname in the
        // sentence after a full name (or in its own), in the same paragraph, is that person's.
        if (const int recent = namedJustBefore(people, position); recent >= 0) {
            return recent;
        }
        // Several people share the name ("Margit Halloran" and her son "Peter Halloran"): news
        // keeps the bare surname for the person the story introduced first; relatives get full names.
        int best = -1;
        for (const int p : people) {
            if (m_people[p].firstPosition <= position && (best < 0 || m_people[p].firstPosition < m_people[best].firstPosition)) {
                best = p;
            }
        }
        return best >= 0 ? best : people.first();
    };
    if (const QList<int> people = surnamed(key); !people.isEmpty()) {
        return pick(people);
    }
    if (const auto it = m_byGiven.constFind(key); it != m_byGiven.cend() && it->size() == 1) {
        return it->first();
    } else if (it != m_byGiven.cend() && it->size() > 1) {
        // "Han Dong-hoon ... Prime Minister Han Duck-soo ... Han said": a family name two people
        // share is the one whose full name the article wrote last.
        int best = -1;
        int bestAt = -1;
        for (const int p : *it) {
            for (const auto &[named, at] : m_namedAt) {
                if (named == p && at <= position && at > bestAt) {
                    best = p;
                    bestAt = at;
                }
            }
        }
        if (best >= 0) {
            return best;
        }
    }
    if (const auto it = m_byMiddle.constFind(key); it != m_byMiddle.cend() && it->size() == 1) {
        return it->first();
    }
    return -1;
}

// Asked only when several people share a surname, so the scan of full names stays rare.
int Finder::namedJustBefore(const QList<int> &people, int position) const
{
    int best = -1;
    int bestAt = -1;
    for (const auto &[named, at] : m_namedAt) {
        if (at <= position && at > bestAt && people.contains(named)) {
            best = named;
            bestAt = at;
        }
    }
    if (best < 0) {
        return -1;
    }
    // A new paragraph goes back to the person the story is about.
    const Word &bare = w.at(w.indexAt(position));
    const Word &full = w.at(w.indexAt(bestAt));
    if (bare.sentence - full.sentence > 1 || bare.paragraph != full.paragraph) {
        return -1;
    }
    return best;
}

QList<int> Finder::surnamed(const QString &key) const
{
    QList<int> people = m_bySurname.value(key);
    if (!m_patronymic.isEmpty()) {
        people.removeIf([this](int p) { return m_patronymic.contains(p); });
    }
    return people;
}

bool Finder::familyNameOfSeveral(const QString &key) const
{
    const auto it = m_byGiven.constFind(key);
    return it != m_byGiven.cend() && it->size() > 1;
}

void Finder::findDescriptors()
{
    const qsizetype n = w.size();
    // "The interim chief executive who followed, Emmett Shear,": a role phrase already read as
    // how the article names the person after the comma is no descriptor of anyone else.
    QSet<int> namingPhrases;
    for (const NameCandidate &candidate : std::as_const(m_candidates)) {
        if (candidate.role.start >= 0 && candidate.role.end > candidate.role.start && candidate.role.start < w.at(candidate.first).range.start) {
            namingPhrases.insert(candidate.role.start);
        }
    }
    for (qsizetype d = 0; d < n; ++d) {
        if (namingPhrases.contains(w.at(d).range.start)) {
            continue;
        }
        // Asked of every word: the length, read here, turns most away before the comparison.
        const bool determiner = w.at(d).range.length() == 3 && lowerIs(d, u"the");
        const bool possessor = w.at(d).possessive && m_wordPerson.at(d) >= 0;
        if (!determiner && !possessor) {
            continue;
        }
        // "the median official", "the average voter": a statistic's subject is nobody in particular.
        // Asked of every "the": the next word's length turns nearly all away.
        if (determiner && d + 1 < n && (w.at(d + 1).range.length() == 6 || w.at(d + 1).range.length() == 7)
            && (lowerIs(d + 1, u"median") || lowerIs(d + 1, u"average") || lowerIs(d + 1, u"typical"))) {
            continue;
        }
        // "Steve Mollenkopf ... will become the new chairman", "was named as the next coach": an
        // office after a verb of becoming is what the clause's subject becomes, no one named
        // before under that office.
        if (determiner && d > 0 && w.plainGapBefore(d)) {
            const qsizetype verb = lowerIs(d - 1, u"as") && d > 1 && w.plainGapBefore(d - 1) ? d - 2 : d - 1;
            if (isOneOf(word(verb), {u"become", u"became", u"becomes", u"becoming", u"named", u"appointed", u"elected", u"chosen"})) {
                continue;
            }
        }
        Descriptor descriptor;
        descriptor.firstWord = int(d);
        if (possessor) {
            descriptor.affiliation = m_wordPerson.at(d);
            qsizetype start = d;
            while (start > 0 && m_wordPerson.at(start - 1) == m_wordPerson.at(d) && w.plainGapBefore(start)) {
                --start;
            }
            descriptor.firstWord = int(start);
        }
        qsizetype m = d + 1;
        qsizetype head = -1;
        int headLength = 1;
        for (int guard = 0; m < n && guard < 6 && w.plainGapBefore(m); ++guard) {
            int length = 1;
            const Role role = roleAt(m, &length);
            if (role.isValid() && !(length == 1 && lex(m).isRoleModifier() && m + 1 < n && w.plainGapBefore(m + 1) && lex(m + 1).role().isValid())) {
                if (!role.plural && length == 1 && qualifiesOtherNoun(m)) {
                    // "the former chief technology officer": a role noun a word or two on heads it.
                    if (const qsizetype later = roleHeadAfterQualifier(m); later > m) {
                        m = later;
                        continue;
                    }
                }
                if (role.plural || (length == 1 && qualifiesOtherNoun(m))) {
                    break;
                }
                head = m;
                headLength = length;
                descriptor.role = role;
                // "the veteran Kremlin adviser", "the former national security adviser": a role
                // word may qualify the noun that heads the phrase a few words on.
                QString laterCountry;
                for (qsizetype x = m + length; x < n && x < m + length + 3 && w.plainGapBefore(x) && !w.at(x - 1).possessive;) {
                    int laterLength = 1;
                    const Role later = roleAt(x, &laterLength);
                    if (later.isValid() && !later.plural) {
                        head = x;
                        headLength = laterLength;
                        descriptor.role = later;
                        if (!laterCountry.isEmpty()) {
                            descriptor.country = laterCountry;
                        }
                        x += laterLength;
                        continue;
                    }
                    if (w.isLower(x) ? !isModifier(x, 0) : !(lex(x).country().size() > 0 || lex(x).isOrganisation() || lex(x).isOrganisationWord())) {
                        break;
                    }
                    if (!w.isLower(x) && !lex(x).country().isEmpty()) {
                        laterCountry = lex(x).country();
                    }
                    ++x;
                }
                break;
            }
            if (w.at(m).capitalised) {
                const QString country = lex(m).country();
                const QString twoWords = m + 1 < n && w.plainGapBefore(m + 1) ? PeopleLexicon::country(textView(m, m + 1)) : QString();
                if (!twoWords.isEmpty()) {
                    descriptor.country = twoWords;
                    m += 2;
                    continue;
                }
                if (!country.isEmpty()) {
                    descriptor.country = country;
                } else if (m_wordPerson.at(m) >= 0 && descriptor.affiliation < 0) {
                    descriptor.affiliation = m_wordPerson.at(m);
                } else if (m_wordPerson.at(m) < 0 && determiner && !w.at(m).possessive && m + 1 < n && w.plainGapBefore(m + 1) && w.isLower(m + 1)
                    && lex(m + 1).role().isValid() && !lex(m + 1).role().plural && !lex(m).isTitle()) {
                    // "the City boss", "the Rovers manager": the club or body the person leads.
                    descriptor.organisation = word(m).toString();
                } else if (!(m_wordPerson.at(m) >= 0 && m + 1 < n && m_wordPerson.at(m + 1) == m_wordPerson.at(m))) {
                    break;
                }
                if (w.at(m).possessive && m_wordPerson.at(m) < 0 && country.isEmpty()) {
                    break;
                }
                ++m;
                continue;
            }
            if (!isModifier(m, m - d - 1)) {
                break;
            }
            ++m;
        }
        if (head < 0 && determiner && d + 1 < n && w.plainGapBefore(d + 1)) {
            // "The 23-year-old", "the Italian": a person named by age or nationality alone.
            const QStringView next = word(d + 1);
            const bool age = hasEnding(next, u"-year-old")
                && !(d + 2 < n && w.plainGapBefore(d + 2) && w.isLower(d + 2) && !w.at(d + 1).possessive && lex(d + 2).role().isValid() == false
                    && !SpeechCues::lookup(word(d + 2)).valid && word(d + 2).size() > 3 && !lex(d + 2).isFunctionWord());
            const QString country = w.at(d + 1).capitalised ? lex(d + 1).country() : QString();
            // Asked only of a nationality: most words after "the" are none.
            const auto followedByNoun = [&] {
                return d + 2 < n && w.plainGapBefore(d + 2) && w.isLower(d + 2) && !lex(d + 2).isFunctionWord() && !SpeechCues::lookup(word(d + 2)).valid
                    && !hasEnding(word(d + 2), u"ed");
            };
            const bool nationalityNoun = !country.isEmpty()
                && (hasEnding(next, u"an") || hasEnding(next, u"ese") || hasEnding(next, u"ish") || hasEnding(next, u"i")) && !followedByNoun()
                && !(d + 2 < n && w.plainGapBefore(d + 2) && w.at(d + 2).capitalised);
            if (age || nationalityNoun) {
                if (age) {
                    // "the 17-year-old" is 16 to 18 by the time a later article writes it.
                    const int years = next.left(next.indexOf(u'-')).toInt();
                    descriptor.youngest = years - 1;
                    descriptor.oldest = years + 1;
                }
                descriptor.role = Role{u"person"_s, Group::Other, false, true};
                descriptor.country = country;
                descriptor.lastWord = int(d + 1);
                descriptor.range = {w.at(d).range.start, w.at(d + 1).range.end};
                m_descriptors.append(descriptor);
                d = d + 1;
            }
            continue;
        }
        if (head < 0) {
            continue;
        }
        const qsizetype headEnd = head + headLength - 1;
        // "the special envoy Steve Witkoff" is a title before a name, already read with the name.
        if (headEnd + 1 < n && w.plainGapBefore(headEnd + 1) && m_wordPerson.at(headEnd + 1) >= 0) {
            continue;
        }
        // "the official Korean Central News Agency": a generic office word before a name that is
        // nobody's qualifies that name.
        if (descriptor.role.generic && headLength == 1 && headEnd + 1 < n && w.plainGapBefore(headEnd + 1) && w.at(headEnd + 1).capitalised
            && !lex(headEnd + 1).isTitle()) {
            continue;
        }
        // "The deputy leader, Cllr Anita Desai,": an appositive name, whose role this already is.
        if (headEnd + 1 < n && w.gapBefore(headEnd + 1).trimmed() == u",") {
            qsizetype named = headEnd + 1;
            while (named < n && m_wordPerson.at(named) < 0 && lex(named).isTitle() && w.at(named).capitalised) {
                ++named;
            }
            if (named < n && m_wordPerson.at(named) >= 0) {
                continue;
            }
        }
        // "the president of France": the country follows.
        if (headEnd + 2 < n && lowerIs(headEnd + 1, u"of") && w.at(headEnd + 2).capitalised) {
            const QString country = lex(headEnd + 2).country();
            if (!country.isEmpty()) {
                descriptor.country = country;
            }
        }
        qsizetype rangeEnd = headEnd;
        descriptor.office = headEnd + 2 < n && (lowerIs(headEnd + 1, u"of") || lowerIs(headEnd + 1, u"for")) && w.plainGapBefore(headEnd + 1);
        // "the secretary of state", "the minister for health": the office is part of the descriptor.
        if (headEnd + 2 < n && (lowerIs(headEnd + 1, u"of") || lowerIs(headEnd + 1, u"for")) && w.plainGapBefore(headEnd + 2)
            && !lex(headEnd + 2).isFunctionWord() && !w.at(headEnd + 2).capitalised) {
            rangeEnd = headEnd + 2;
        }
        // "the president of the National Electoral Council": the body named after the office is
        // part of the phrase; "the president" alone would be any president's alias.
        if (descriptor.office && rangeEnd == headEnd && w.plainGapBefore(headEnd + 2)) {
            const qsizetype first = lowerIs(headEnd + 2, u"the") && headEnd + 3 < n && w.plainGapBefore(headEnd + 3) ? headEnd + 3 : headEnd + 2;
            const auto bodyWord
                = [this, first](qsizetype i) { return w.at(i).capitalised && isNameWord(i) && (i == first || w.plainGapBefore(i)) && m_wordPerson.at(i) < 0; };
            qsizetype last = first;
            while (last < n && last < first + 9) {
                if (bodyWord(last)) {
                    ++last;
                    continue;
                }
                // "the MP for Batley and Spen", "of the Centers for Disease Control and Prevention":
                // a joiner between capitalised words is inside the body's or the seat's name.
                if (last > first && last + 1 < n && w.plainGapBefore(last) && !w.at(last - 1).possessive
                    && (lowerIs(last, u"and") || lowerIs(last, u"of") || lowerIs(last, u"for")) && bodyWord(last + 1) && !lex(last + 1).isTitle()) {
                    last += 2;
                    continue;
                }
                break;
            }
            // "the head of President Putin's fund": a title opens a person's name, not a body's.
            if (last > first && !w.at(last - 1).possessive
                && !(last < n && w.plainGapBefore(last) && (m_wordPerson.at(last) >= 0 || lex(last).isTitle() || lowerIs(last, u"and")))) {
                rangeEnd = last - 1;
            }
        }
        // "Zelensky's chief of staff": an office that ends in its preposition takes its noun.
        if (lowerIs(headEnd, u"of") && headEnd + 1 < n && w.plainGapBefore(headEnd + 1) && w.isLower(headEnd + 1)
            && !isOneOf(word(headEnd + 1), {u"the", u"a", u"an", u"his", u"her", u"its", u"their"})) {
            rangeEnd = headEnd + 1;
        }
        descriptor.lastWord = int(headEnd);
        descriptor.range = {w.at(descriptor.firstWord).range.start, w.at(rangeEnd).range.end};
        if (descriptor.role.canonical == u"teenager"_s) {
            descriptor.youngest = 13;
            descriptor.oldest = 19;
        }
        m_descriptors.append(descriptor);
        d = headEnd;
    }
}

void Finder::indexRoles()
{
    for (qsizetype p = 0; p < m_people.size(); ++p) {
        // The groups of a person's roles as bits: a handful of groups, each listed once.
        quint32 groups = 0;
        for (const QString &role : std::as_const(m_people[p].profile.roles)) {
            m_byRole[role].append(int(p));
            groups |= 1u << int(groupOfRole(role));
        }
        for (int group = 0; groups != 0; ++group, groups >>= 1) {
            if (groups & 1u) {
                m_byGroup[group].append(int(p));
            }
        }
    }
}

// The people a descriptor may stand for. A role few people hold is looked up in the role
// index; a common one ("the official" in a long story) only among the people named lately,
// so the cost per descriptor stays bounded.
QList<int> Finder::candidatesFor(const Descriptor &d, bool *complete) const
{
    const QList<Group> groups = groupsFor(d.role);
    qsizetype total = m_byRole.value(d.role.canonical).size();
    for (const Group group : groups) {
        total += m_byGroup.value(int(group)).size();
    }
    *complete = total <= 16;
    if (!*complete) {
        return m_recent;
    }
    QList<int> people = m_byRole.value(d.role.canonical);
    for (const Group group : groups) {
        for (const int p : m_byGroup.value(int(group))) {
            if (!people.contains(p)) {
                people.append(p);
            }
        }
    }
    return people;
}

// "the finance ministry" after "the defence ministry", "the president's office" after the
// "Corruption Investigation Office": a word that sets one body apart from others of its kind
// (its field, its owner) names another body when the name lacks it. Words any body of the
// kind may be called by ("the local council", "the Russian ministry", "the ruling party")
// fit every name.
bool Finder::modifiersFitName(qsizetype first, qsizetype head, QStringView name) const
{
    for (qsizetype m = first; m < head; ++m) {
        if (!lex(m).country().isEmpty()
            || isOneOf(word(m),
                {u"local", u"national", u"federal", u"state", u"regional", u"provincial", u"county", u"city", u"central", u"new", u"same", u"main", u"top",
                    u"ruling", u"governing", u"opposition", u"former", u"old", u"whole", u"entire", u"country", u"nation", u"parent", u"private", u"public",
                    u"independent"})) {
            continue;
        }
        bool named = false;
        for (const QStringView part : name.tokenize(u' ', Qt::SkipEmptyParts)) {
            named = named || part.compare(word(m), Qt::CaseInsensitive) == 0;
        }
        if (!named) {
            return false;
        }
    }
    return true;
}

// "the ministry", "the company" refer back to a named organisation; "the national weather
// service" names one in lower case. Both become organisation mentions, so that an organisation
// can be the speaker of what it said.
void Finder::findOrganisationPhrases()
{
    static const QSet<QStringView> heads{u"ministry", u"department", u"agency", u"authority", u"service", u"council", u"company", u"firm", u"government",
        u"administration", u"office", u"police", u"coastguard", u"association", u"commission", u"committee", u"court", u"bank", u"board", u"union", u"party",
        u"group", u"club", u"university", u"hospital", u"army", u"military", u"embassy", u"regulator", u"watchdog", u"airline", u"carrier", u"manufacturer",
        u"maker", u"retailer", u"operator", u"utility", u"institute", u"foundation", u"charity", u"organisation", u"organization", u"kremlin", u"network",
        u"broadcaster", u"newspaper", u"trust", u"federation", u"alliance", u"coalition", u"fund", u"supplier"};
    static const QList<QStringView> businesses{
        u"company", u"firm", u"group", u"manufacturer", u"maker", u"retailer", u"operator", u"carrier", u"airline", u"utility"};
    static const QList<QStringView> publicBodies{u"ministry", u"department", u"government", u"council", u"agency", u"authority", u"service", u"police",
        u"court", u"parliament", u"senate", u"party", u"commission", u"committee", u"office"};
    // Built when the first phrase is found (most articles have few): lower-case name word →
    // organisations, from the organisations named before this pass.
    QHash<QString, QList<int>> byWord;
    bool wordsIndexed = false;
    const auto indexWords = [this, &byWord, &wordsIndexed] {
        wordsIndexed = true;
        for (qsizetype e = 0; e < m_entities.size(); ++e) {
            if (m_entities[e].kind != Entity::Kind::Organisation) {
                continue;
            }
            for (const QStringView part : QStringView(m_entities[e].name).tokenize(u' ', Qt::SkipEmptyParts)) {
                byWord[CaseKeys::lower(part)].append(int(e));
            }
        }
    };
    const auto isBusiness = [](const QString &name) {
        // For ASCII names a lower-case copy matches as the case-insensitive search does, faster.
        const bool ascii = isAscii(name);
        const QString lower = ascii ? CaseKeys::lower(name) : QString();
        for (const QStringView body : publicBodies) {
            if (ascii ? lower.contains(body) : name.contains(body, Qt::CaseInsensitive)) {
                return false;
            }
        }
        return true;
    };
    QList<int> lastSeen(m_entities.size(), -1);
    // Whether each organisation named before this pass is a business, worked out when first asked.
    enum class Business : char { Unknown, Yes, No };
    QList<Business> business(m_entities.size(), Business::Unknown);
    const auto isBusinessEntity = [&](int e) {
        if (business[e] == Business::Unknown) {
            business[e] = m_entities[e].kind == Entity::Kind::Organisation && isBusiness(m_entities[e].name) ? Business::Yes : Business::No;
        }
        return business[e] == Business::Yes;
    };
    // The business named last before the mention at `next`: the mentions of this pass's own
    // organisations are not among m_entityMentions yet, so they never count.
    const auto lastBusinessBefore = [&](qsizetype next) {
        for (qsizetype m = next - 1; m >= 0; --m) {
            if (isBusinessEntity(m_entityMentions[m].entity)) {
                return m_entityMentions[m].entity;
            }
        }
        return -1;
    };
    QList<EntityMention> found;
    qsizetype nextMention = 0;
    const qsizetype n = w.size();
    for (qsizetype d = 0; d < n; ++d) {
        while (nextMention < m_entityMentions.size() && m_entityMentions[nextMention].range.start <= w.at(d).range.start) {
            lastSeen[m_entityMentions[nextMention].entity] = m_entityMentions[nextMention].range.start;
            ++nextMention;
        }
        if (w.at(d).range.length() != 3 || !lowerIs(d, u"the")) {
            continue;
        }
        qsizetype m = d + 1;
        while (m < n && m - d <= 4 && w.plainGapBefore(m) && w.isLower(m) && !heads.contains(word(m)) && isModifier(m, m - d - 1)) {
            ++m;
        }
        if (m >= n || !w.plainGapBefore(m) || !w.isLower(m) || !heads.contains(word(m))) {
            continue;
        }
        // "the company's head of operations" still names the company; "the council tax" does not.
        if (!w.at(m).possessive && m + 1 < n && w.plainGapBefore(m + 1) && w.isLower(m + 1) && lex(m + 1).isOrganisationWord()) {
            continue;
        }
        const QString head = word(m).toString();
        if (!wordsIndexed) {
            indexWords();
        }
        int entity = -1;
        for (const int e : byWord.value(head)) {
            if (!modifiersFitName(d + 1, m, m_entities[e].name)) {
                continue;
            }
            if (entity < 0 || lastSeen[e] > lastSeen[entity]) {
                entity = e;
            }
        }
        if (entity < 0 && businesses.contains(QStringView(head))) {
            entity = lastBusinessBefore(nextMention);
        }
        // A new organisation named in lower case must speak or be a public body, and not inside a quotation.
        static const QList<QStringView> bodies{u"ministry", u"department", u"agency", u"authority", u"service", u"council", u"commission", u"committee",
            u"association", u"coastguard", u"police", u"regulator", u"watchdog"};
        const bool speaks = m + 1 < n && (SpeechCues::lookup(word(m + 1)).finite || (m + 2 < n && SpeechCues::lookup(word(m + 2)).finite));
        if (entity < 0 && m > d + 1 && !m_inQuote.at(d) && (speaks || bodies.contains(QStringView(head)))) {
            Entity created;
            created.kind = Entity::Kind::Organisation;
            created.name = w.text().mid(w.at(d + 1).range.start, w.at(m).range.end - w.at(d + 1).range.start);
            entity = int(m_entities.size());
            m_entities.append(created);
            lastSeen.append(-1);
            business.append(Business::No);
            byWord[head].append(entity);
        }
        if (entity >= 0) {
            const TextRange range{w.at(d).range.start, w.at(m).range.end};
            found.append({range, entity});
            lastSeen[entity] = range.start;
            const QString alias = w.text().mid(range.start, range.length());
            if (!m_entities[entity].aliases.contains(alias, Qt::CaseInsensitive) && alias.compare(m_entities[entity].name, Qt::CaseInsensitive) != 0) {
                m_entities[entity].aliases.append(alias);
            }
        }
        d = m;
    }
    m_entityMentions += found;
    std::sort(m_entityMentions.begin(), m_entityMentions.end(), [](const EntityMention &a, const EntityMention &b) { return a.range.start < b.range.start; });
}

// How well a descriptor fits a person: 0 means not at all.
// "NTSB" for "National Transportation Safety Board", "FAA" for "the Federal Aviation
// Administration": the capitals are the initials of the name's capitalised words.
bool abbreviates(QStringView acronym, QStringView name)
{
    if (acronym.size() < 2 || acronym.size() > 6 || !isAcronym(acronym) || !name.contains(u' ')) {
        return false;
    }
    qsizetype at = 0;
    for (const QStringView part : name.split(u' ', Qt::SkipEmptyParts)) {
        if (!part.front().isUpper()) {
            continue; // "of", "and", "the"
        }
        if (at >= acronym.size() || part.front() != acronym[at]) {
            return false;
        }
        ++at;
    }
    return at == acronym.size();
}

// "the former president" is never the sitting "President Joe Biden": a former office goes to
// one the article gave as former, or to one given no such office at all.
bool Finder::sittingForFormer(const Descriptor &d, int person) const
{
    const QString &held = m_people[person].roleText;
    if (held.isEmpty() || !m_people[person].profile.roles.contains(d.role.canonical) || indexOfLower(held, u"former") >= 0 || indexOfLower(held, u"ex-") >= 0) {
        return false;
    }
    return saysFormer(d);
}

bool Finder::saysFormer(const Descriptor &d) const
{
    for (int k = d.firstWord; k < d.lastWord; ++k) {
        if (lowerIs(k, u"former")) {
            return true;
        }
    }
    return false;
}

// "the MP for Spen Valley" is not "the MP for Batley and Spen": the same office for another
// named seat or body, as the person's alias gives it, is someone else's.
bool Finder::holdsOtherSeat(const Descriptor &d, int person) const
{
    const auto split = [](QStringView phrase, QStringView *office) -> QStringView {
        for (const QStringView joiner : {QStringView(u" for "), QStringView(u" of ")}) {
            const qsizetype at = phrase.indexOf(joiner);
            if (at > 0 && at + joiner.size() < phrase.size() && phrase.at(at + joiner.size()).isUpper()) {
                *office = phrase.first(at);
                return phrase.sliced(at + joiner.size());
            }
        }
        return {};
    };
    // Asked for each candidate: a seat or body is a capitalised word right after "for" or "of".
    const qsizetype named = d.lastWord + 2;
    if (m_people[person].aliases.isEmpty() || named >= w.size() || !w.at(named).capitalised || w.at(named).range.end > d.range.end) {
        return false;
    }
    const QStringView text = QStringView(w.text()).sliced(d.range.start, d.range.length());
    QStringView office;
    const QStringView seat = split(text, &office);
    if (seat.isEmpty()) {
        return false;
    }
    const QStringView officeWord = office.sliced(office.lastIndexOf(u' ') + 1);
    for (const QString &alias : std::as_const(m_people[person].aliases)) {
        QStringView held;
        const QStringView other = split(alias, &held);
        if (!other.isEmpty() && held.endsWith(officeWord, Qt::CaseInsensitive) && other.compare(seat, Qt::CaseInsensitive) != 0) {
            return true;
        }
    }
    return false;
}

int Finder::compatibility(const Descriptor &d, int person) const
{
    const PersonProfile &profile = m_people[person].profile;
    if (person == d.affiliation) {
        return 0;
    }
    int score = 1;
    if (profile.roles.contains(d.role.canonical)) {
        score += 1;
        // "the ousted chief executive" is not the interim one who followed: a stand-in's office
        // matches a descriptor that says so better than one that does not.
        const QString &held = m_people[person].roleText;
        bool standIn = false;
        for (int k = d.firstWord; k < d.lastWord && !standIn; ++k) {
            standIn = lowerIs(k, u"interim") || lowerIs(k, u"acting");
        }
        // "Assistant U.S. Attorney Danielle Sassoon" holds another office than "the U.S. Attorney",
        // as a deputy minister than the minister, unless the descriptor says so too.
        bool underDescriptor = false;
        for (int k = d.firstWord; k < d.lastWord && !underDescriptor; ++k) {
            underDescriptor = lowerIs(k, u"assistant") || lowerIs(k, u"deputy");
        }
        const bool underHeld = indexOfLower(held, u"assistant ") >= 0 || indexOfLower(held, u"deputy ") >= 0;
        // "Prime Minister Han Duck-soo became acting president": a stand-in's office all the same.
        const bool heldAsStandIn
            = indexOfLower(held, u"interim") >= 0 || indexOfLower(held, u"acting") >= 0 || m_people[person].actingRoles.contains(d.role.canonical);
        // "the prosecutor" names an assistant U.S. attorney all the same: another word for the office.
        const bool sameWord = held.endsWith(d.role.canonical, Qt::CaseInsensitive);
        if (sameWord && underHeld != underDescriptor && !endsWithLower(held, u"assistant") && !endsWithLower(held, u"deputy")) {
            return 0;
        }
        if (sittingForFormer(d, person)) {
            return 0;
        }
        // ... and "the president" is the sitting one sooner than one the article gave as former.
        score -= indexOfLower(held, u"former") >= 0 && !saysFormer(d) ? 1 : 0;
        if (heldAsStandIn) {
            score -= standIn ? 0 : 1;
        } else if (standIn && sameWord) {
            // "the acting president" stands in for the president the text named: never that one.
            return 0;
        }
    } else if (d.role.generic && d.office) {
        // "the head of the presidential administration" names one office, not any leader.
        return 0;
    }
    if (d.office && holdsOtherSeat(d, person)) {
        return 0;
    }
    if (!d.country.isEmpty()) {
        if (!profile.country.isEmpty() && profile.country != d.country) {
            return 0;
        }
        score += profile.country.isEmpty() ? 0 : 2;
    }
    if (!d.organisation.isEmpty() && !profile.organisation.isEmpty()) {
        if (!QStringView(profile.organisation).split(u' ').contains(QStringView(d.organisation)) && !abbreviates(d.organisation, profile.organisation)
            && !abbreviates(profile.organisation, d.organisation)) {
            return 0;
        }
        score += 2;
    }
    if (d.affiliation >= 0) {
        if (profile.affiliation >= 0 && profile.affiliation != d.affiliation) {
            return 0;
        }
        score += profile.affiliation == d.affiliation ? 2 : 0;
    }
    return score;
}

// "the novelist", "the author" in a profile: when nobody has that role, the person the passage
// is about — the most often named among those named in the last three sentences.
int Finder::topicFor(const Descriptor &d, int sentence, double *confidence) const
{
    static const QList<QStringView> professions{u"writer", u"novelist", u"author", u"poet", u"artist", u"singer", u"actor", u"actress", u"musician",
        u"composer", u"player", u"athlete", u"star", u"chef", u"designer", u"architect", u"photographer", u"filmmaker", u"playwright", u"comedian",
        u"economist", u"scientist", u"researcher", u"professor", u"activist", u"entrepreneur", u"founder", u"billionaire", u"businessman", u"businesswoman",
        u"champion", u"coach", u"striker", u"driver", u"skipper", u"analyst", u"expert", u"fellow", u"historian", u"captain", u"manager", u"midfielder",
        u"defender", u"goalkeeper", u"forward", u"winger", u"engineer", u"teenager", u"veteran"};
    const bool anyone = d.role.canonical == u"person"_s;
    if ((!d.country.isEmpty() && !anyone) || d.affiliation >= 0 || isMonarchTitle(d.role.canonical)) {
        return -1;
    }
    if (!anyone && !professions.contains(QStringView(d.role.canonical))) {
        // "Trump, asked about it, waved it away. '...,' the president said": an office as the first
        // person of its sentence names the subject of the sentence before when the article gave
        // that person no role at all ("Witkoff said Putin should ring the president" does not).
        // The sentence before must be of the same paragraph: a byline's writer is no subject.
        qsizetype before = d.firstWord;
        while (before > 0 && w.at(before).sentence == sentence) {
            --before;
        }
        const bool sameParagraph = before < d.firstWord && w.at(before).sentence == sentence - 1 && w.at(before).paragraph == w.at(d.firstWord).paragraph;
        // "Rishi Sunak has called a general election ...¶Standing outside Downing Street, the Prime
        // Minister said": a paragraph may open on the office of the person the one before, of a
        // dozen words or more (no byline), ended on.
        bool paragraphBefore = false;
        if (!sameParagraph && before < d.firstWord && w.at(before).sentence == sentence - 1 && w.at(before).paragraph == w.at(d.firstWord).paragraph - 1
            && !isHeading(before)) {
            qsizetype opening = before;
            while (opening > 0 && w.at(opening - 1).paragraph == w.at(before).paragraph && before - opening < 12) {
                --opening;
            }
            paragraphBefore = before - opening >= 12;
        }
        // "the board can remove the chief executive": an office as the object of a verb is any
        // holder of it, not the person the passage is about.
        const qsizetype verb = d.firstWord - 1;
        if (verb >= 0 && w.plainGapBefore(d.firstWord) && w.isLower(verb) && !lex(verb).isFunctionWord() && !lex(verb).role().isValid()
            && !lex(verb).isRoleModifier() && !SpeechCues::lookup(word(verb)).valid) {
            return -1;
        }
        auto it = m_subjectOf.constFind(sentence - 1);
        // "Sam Altman had run OpenAI since 2019. On Friday the board said it had lost confidence
        // in him. The former chief executive ...": a sentence between that names nobody keeps the
        // subject of the one before it.
        if (it == m_subjectOf.cend() && sameParagraph) {
            qsizetype earlier = before;
            bool namesSomeone = false;
            while (earlier > 0 && w.at(earlier).sentence == sentence - 1 && !namesSomeone) {
                namesSomeone = m_wordPerson.at(earlier) >= 0;
                --earlier;
            }
            if (!namesSomeone && w.at(earlier).sentence == sentence - 2 && w.at(earlier).paragraph == w.at(d.firstWord).paragraph) {
                it = m_subjectOf.constFind(sentence - 2);
            }
        }
        // "Okafor: Very well. The Microsoft chief had no seat": an interviewee's label names who
        // speaks, never whom the answer is about.
        const qsizetype opening = w.indexAt(w.paragraphs().value(w.at(d.firstWord).paragraph).start);
        qsizetype labelEnd = opening;
        while (it != m_subjectOf.cend() && labelEnd < d.firstWord && m_wordPerson.at(labelEnd) == *it) {
            ++labelEnd;
        }
        if (labelEnd > opening && labelEnd < w.size() && w.gapBefore(labelEnd).trimmed() == u":") {
            return -1;
        }
        // "'I don't care whose name is on the chief executive's door,' she said": inside a
        // quotation the office is the speaker's word for someone, never the speaker.
        // "Mira Murati, the interim chief executive, ... The former chief technology officer said":
        // a former office the article gave nobody is news about the person it is about.
        bool former = false;
        for (qsizetype k = d.firstWord; k < d.lastWord && !former; ++k) {
            former = lowerIs(k, u"former");
        }
        if ((sameParagraph || (paragraphBefore && !former)) && !m_subjectOf.contains(sentence) && it != m_subjectOf.cend()
            && (m_people[*it].profile.roles.isEmpty() || (former && !sittingForFormer(d, *it))) && !m_inQuote.at(d.firstWord) && !ownerActsOnOther(d)) {
            *confidence = 0.5;
            return *it;
        }
        return -1;
    }
    // "Rehn said, pointing at the 31-year-old defendant": after a preposition the descriptor is an
    // object, and the subject of its own sentence would have been "himself". "Ellison testified ...
    // in the fraud trial of the FTX founder": so is a noun's complement after "of" or an agent after "by".
    const qsizetype before = d.firstWord - 1;
    const bool object = before >= 0 && w.plainGapBefore(d.firstWord) && w.isLower(before)
        && isOneOf(word(before), {u"at", u"to", u"with", u"against", u"for", u"from", u"on", u"about", u"toward", u"towards", u"of", u"by"});
    const int ownSubject = object ? m_subjectOf.value(sentence, -1) : -1;
    // The subject of this sentence (named before the descriptor) or of the ones just before.
    for (int s = sentence; s >= 0 && s >= sentence - 2; --s) {
        const auto it = m_subjectOf.constFind(s);
        if (it == m_subjectOf.cend() || *it == ownSubject || !fitsAge(d, *it)) {
            continue;
        }
        const PersonProfile &profile = m_people[*it].profile;
        if (anyone && !d.country.isEmpty() && !profile.country.isEmpty() && profile.country != d.country) {
            continue;
        }
        if (!anyone && !profile.roles.isEmpty() && !profile.roles.contains(d.role.canonical)) {
            bool sameGroup = false;
            for (const QString &role : profile.roles) {
                sameGroup = sameGroup || groupOfRole(role) == d.role.group;
            }
            if (!sameGroup) {
                continue;
            }
        }
        *confidence = 0.5;
        return *it;
    }
    int best = -1;
    for (const int p : m_recent) {
        const QString &country = m_people[p].profile.country;
        if ((anyone && !d.country.isEmpty() && !country.isEmpty() && country != d.country) || !fitsAge(d, p)) {
            continue;
        }
        if (m_lastSentence[p] >= sentence - 3 && m_lastSentence[p] >= 0 && (best < 0 || m_seenCount[p] > m_seenCount[best])) {
            best = p;
        }
    }
    *confidence = 0.45;
    return best;
}

// "China stood ready to work with all sides, the Chinese leader told reporters. Xi also said
// ...": a round-up names the speaker of that nationality right after, going on with "also" or
// "added"; without such a word the next sentence may be anyone's.
int Finder::continuedAfter(const Descriptor &d, int sentence, double *confidence) const
{
    if (d.country.isEmpty() || d.affiliation >= 0) {
        return -1;
    }
    qsizetype next = d.lastWord + 1;
    while (next < w.size() && w.at(next).sentence == sentence) {
        ++next;
    }
    if (next >= w.size() || w.at(next).sentence != sentence + 1 || w.at(next).paragraph != w.at(d.lastWord).paragraph) {
        return -1;
    }
    const int person = m_wordPerson.at(next);
    qsizetype after = next;
    while (person >= 0 && after < w.size() && m_wordPerson.at(after) == person) {
        ++after;
    }
    if (person < 0 || after >= w.size() || !(lowerIs(after, u"also") || lowerIs(after, u"added")) || m_people[person].profile.country != d.country
        || !m_people[person].profile.roles.isEmpty()) {
        return -1;
    }
    *confidence = 0.5;
    return person;
}

// "Gonzalez had spent weeks in hiding. The attorney general's office had accused him": an office
// that owns what acts on "him" or "her" is someone else than the person acted on.
bool Finder::ownerActsOnOther(const Descriptor &d) const
{
    if (!w.at(d.lastWord).possessive) {
        return false;
    }
    const int sentence = w.at(d.lastWord).sentence;
    for (qsizetype k = d.lastWord + 1; k < w.size() && k < d.lastWord + 12 && w.at(k).sentence == sentence; ++k) {
        if (!m_inQuote.at(k) && (lowerIs(k, u"him") || lowerIs(k, u"her"))) {
            return true;
        }
    }
    return false;
}

int Finder::resolveDescriptor(const Descriptor &d, int sentence, int subject, double *confidence) const
{
    if (d.role.canonical == u"person"_s) {
        return topicFor(d, sentence, confidence);
    }
    int best = -1;
    int bestScore = 0;
    int bestSeen = -2;
    int compatible = 0;
    bool complete = true;
    for (const int p : candidatesFor(d, &complete)) {
        const int score = compatibility(d, p);
        if (score == 0) {
            continue;
        }
        ++compatible;
        // The subject of the clause is not also its object: "He suggested to the Russian official".
        const int seen = p == subject ? -1 : m_lastSeen[p];
        if (score > bestScore || (score == bestScore && seen > bestSeen)) {
            best = p;
            bestScore = score;
            bestSeen = seen;
        }
    }
    // "... between Donald Trump and Vladimir Putin. ... to the US president": the office of a
    // person named lately with that nationality and no office ("host" is a part at an event, not
    // one). "Biden came as a lame duck, and many asked what Donald Trump's return would mean. The
    // outgoing American president ...": the subject of the sentence before goes first.
    const auto namedLatelyOfCountry = [&]() {
        if (d.country.isEmpty() || d.affiliation >= 0) {
            return -1;
        }
        const auto fits = [&](int p) {
            const QStringList &roles = m_people[p].profile.roles;
            return m_people[p].profile.country == d.country && (roles.isEmpty() || (roles.size() == 1 && roles.first() == u"host"_s))
                && m_lastSentence[p] >= sentence - 3 && p != subject;
        };
        if (const auto before = m_subjectOf.constFind(sentence - 1); before != m_subjectOf.cend() && fits(*before)) {
            *confidence = 0.6;
            return *before;
        }
        for (const int p : m_recent) {
            if (fits(p)) {
                *confidence = 0.6;
                return p;
            }
        }
        return -1;
    };
    if (best < 0 && isMonarchTitle(d.role.canonical)) {
        return -1; // "The King's Speech" after "Sir Keir Starmer": only a person given the title
    }
    if (best < 0) {
        if (const int p = namedLatelyOfCountry(); p >= 0) {
            return p;
        }
        // "the Microsoft boss", "the Quora chief": whoever heads that organisation, whatever
        // title the article gave them ("Microsoft's chief executive, Satya Nadella").
        if (!d.organisation.isEmpty() && isOneOf(d.role.canonical, {u"boss", u"chief", u"head"})) {
            for (const int p : m_recent) {
                const QString &organisation = m_people[p].profile.organisation;
                if (p != d.affiliation && !organisation.isEmpty() && QStringView(organisation).split(u' ').contains(QStringView(d.organisation))) {
                    *confidence = 0.6;
                    return p;
                }
            }
        }
    }
    if (best < 0) {
        return topicFor(d, sentence, confidence);
    }
    if (bestSeen < 0 && best == subject && compatible == 1) {
        *confidence = 0.5;
        return best;
    }
    // "Lavrov said ... The Russian foreign minister": a person of that nationality named lately
    // before one who holds the office but whose nationality the article never gave.
    if (!d.country.isEmpty() && m_people[best].profile.country.isEmpty()) {
        if (const int p = namedLatelyOfCountry(); p >= 0) {
            return p;
        }
    }
    if (bestSeen < 0) {
        // Named only later in the text: resolve only a specific, unambiguous descriptor.
        if (compatible != 1 || !complete || (d.country.isEmpty() && d.affiliation < 0) || best == subject) {
            return topicFor(d, sentence, confidence);
        }
        // "The Kremlin spokesman added ..." before "Driscoll's spokesman, Jeff Tolbert": a country
        // the later person is not known to have is no match.
        if (d.affiliation < 0 && m_people[best].profile.country != d.country) {
            return namedLatelyOfCountry();
        }
        *confidence = 0.6;
        return best;
    }
    *confidence = compatible == 1 ? 0.9 : 0.75;
    return best;
}

// "Satya Nadella, the Microsoft chief executive who ...", "Adam D'Angelo, the Quora chief and
// one of ...": a definite role set off right after a name is that person's apposition, even
// where no second comma closes it. "Unlike Trump, the president said" is not: a verb follows.
int Finder::apposedTo(const Descriptor &d) const
{
    qsizetype name = d.firstWord - 1;
    if (name < 0 || !lowerIs(d.firstWord, u"the") || w.gapBefore(d.firstWord).trimmed() != u"," || m_inQuote.at(d.firstWord)) {
        return -1;
    }
    // "Sen. Chuck Schumer, D-N.Y., the minority leader": the party and state come first.
    for (qsizetype tag = name; tag > 0 && tag > name - 3; --tag) {
        const QStringView text = word(tag);
        if (text.size() >= 3 && QStringView(u"DRI").contains(text[0]) && text[1] == u'-' && text[2].isUpper() && w.gapBefore(tag).trimmed() == u",") {
            name = tag - 1;
            break;
        }
        if (!w.plainGapBefore(tag) && w.gapBefore(tag).trimmed() != u".") {
            break;
        }
    }
    const int person = m_wordPerson.at(name);
    if (person < 0 || w.at(name).possessive || w.at(name).sentence != w.at(d.firstWord).sentence) {
        return -1;
    }
    const qsizetype after = w.indexAt(d.range.end - 1) + 1;
    if (after < w.size() && w.plainGapBefore(after) && w.isLower(after)
        && (SpeechCues::lookup(word(after)).finite || isOneOf(word(after), {u"was", u"is", u"has", u"had", u"will", u"would", u"could", u"did", u"does"}))) {
        return -1;
    }
    return compatibility(d, person) > 0 ? person : -1;
}

void Finder::addMention(int person, const TextRange &range, PersonMention::Kind kind, double confidence, int sentence)
{
    m_mentions.append({range, kind, person, confidence, sentence});
    m_lastSeen[person] = range.start;
    m_lastSentence[person] = sentence;
    ++m_seenCount[person];
    m_recent.removeOne(person);
    m_recent.prepend(person);
    if (m_recent.size() > 48) {
        m_recent.removeLast();
    }
}

void Finder::findUnnamedSpeakers()
{
    const qsizetype n = w.size();
    const auto predicateVerb = [this](qsizetype i) {
        return lowerIs(i, u"is") || lowerIs(i, u"was") || lowerIs(i, u"as") || lowerIs(i, u"be") || lowerIs(i, u"been") || lowerIs(i, u"became");
    };
    for (qsizetype d = 0; d + 2 < n; ++d) {
        // Asked of every word: the first letter turns most away before the four comparisons.
        const char16_t first = w.text().at(w.at(d).range.start).unicode();
        if (first != u'a' && first != u'A' && first != u'o' && first != u'O') {
            continue;
        }
        if (!(lowerIs(d, u"a") || lowerIs(d, u"an") || lowerIs(d, u"one") || lowerIs(d, u"another")) || m_inQuote.at(d)) {
            continue;
        }
        // Not an apposition ("Ruth Calder, a Democrat, said") or a predicate ("he is a senior
        // official"): the phrase opens its clause.
        if (d > 0 && (m_wordPerson.at(d - 1) >= 0 || predicateVerb(d - 1))) {
            continue;
        }
        Role role;
        qsizetype after = -1;
        for (qsizetype m = d + 1; m < n && m < d + 5 && w.plainGapBefore(m); ++m) {
            int length = 1;
            int nextLength = 1;
            const Role found = roleAt(m, &length);
            if (found.isValid() && !found.plural && !(m + length < n && w.plainGapBefore(m + length) && roleAt(m + length, &nextLength).isValid())) {
                role = found;
                after = m + length;
                break;
            }
            // "a White House official", "a Downing Street aide": a body of two words names whom
            // the speaker serves.
            // "a Buckingham Palace spokesperson": so does a seat named for the body it houses.
            const bool body = lex(m).isOrganisation() || lex(m).isOrganisationWord()
                || (m + 1 < n && w.at(m + 1).capitalised && w.plainGapBefore(m + 1)
                    && (PeopleLexicon::isOrganisation(textView(m, m + 1)) || (lex(m + 1).isPlaceWord() && !lex(m).isGivenName())))
                || (m > d + 1 && w.at(m - 1).capitalised && lex(m).isPlaceWord());
            if (w.isLower(m) ? !isModifier(m, 0) : lex(m).country().isEmpty() && !body) {
                break;
            }
        }
        // "..., according to a Buckingham Palace spokesperson.": the source of what the sentence
        // reports speaks as well, and "the spokesperson added" later is that unnamed person.
        const bool source = d >= 2 && lowerIs(d - 1, u"to") && lowerIs(d - 2, u"according") && w.plainGapBefore(d) && w.plainGapBefore(d - 1);
        if (role.isValid() && source) {
            m_unnamedSpeakers.append({w.at(d).range.start, w.at(d).sentence, role.canonical});
            continue;
        }
        if (!role.isValid() || after >= n || w.at(after).sentence != w.at(d).sentence) {
            continue;
        }
        // "one Ukrainian official said", "a senior official, speaking on condition of anonymity,"
        const bool speaks = (w.plainGapBefore(after) && SpeechCues::lookup(word(after)).finite)
            || (w.gapBefore(after).trimmed() == u"," && w.isLower(after) && (lowerIs(after, u"speaking") || lowerIs(after, u"who")));
        if (speaks) {
            m_unnamedSpeakers.append({w.at(d).range.start, w.at(d).sentence, role.canonical});
        }
    }
}

// "Jerome Powell spoke on Tuesday. ... the Fed chair said.": a definite office the article takes
// up for someone it named with no role is that person's role. A generic noun ("the official"),
// someone else's office ("his aide") or a guess weaker than the passage's topic says too little.
void Finder::roleFromDescriptor(int person, const Descriptor &d, double confidence)
{
    Draft &draft = m_people[person];
    if (!draft.roleText.isEmpty() || d.role.generic || d.role.plural || d.affiliation >= 0 || confidence < 0.5 || !lowerIs(d.firstWord, u"the")
        || d.lastWord <= d.firstWord) {
        return;
    }
    const TextRange &first = w.at(d.firstWord + 1).range;
    draft.roleText = w.text().mid(first.start, w.at(d.lastWord).range.end - first.start);
    draft.roleGroup = d.role.group;
}

void Finder::resolve()
{
    // Learn nationalities from descriptors only one person fits ("the US President" → Trump),
    // then let aides inherit the country of the person they serve.
    m_lastSeen.fill(-1, m_people.size());
    m_lastSentence.fill(-1, m_people.size());
    m_seenCount.fill(0, m_people.size());
    indexRoles();
    for (const Descriptor &d : std::as_const(m_descriptors)) {
        if (d.country.isEmpty()) {
            continue;
        }
        int only = -1;
        int count = 0;
        bool complete = true;
        const QList<int> candidates = candidatesFor(d, &complete);
        if (!complete) {
            continue;
        }
        for (const int p : candidates) {
            if (compatibility(d, p) > 0) {
                only = p;
                ++count;
            }
        }
        // Only about someone named before: "The Kremlin spokesman" says nothing of a spokesman
        // the article introduces later.
        // "Foreign Minister Mauro Vieira ... Lavrov said ... The Russian foreign minister": nor when
        // someone named before is known to be of that country.
        if (count == 1 && m_people[only].profile.country.isEmpty() && m_people[only].firstPosition < d.range.start
            && std::none_of(
                m_people.cbegin(), m_people.cend(),
                [&d](const Draft &other) { return other.profile.country == d.country && other.firstPosition < d.range.start; })) {
            m_people[only].profile.country = d.country;
        }
    }
    for (Draft &draft : m_people) {
        if (draft.profile.country.isEmpty() && draft.profile.affiliation >= 0) {
            draft.profile.country = m_people[draft.profile.affiliation].profile.country;
        }
    }

    // One sweep in text order over names, descriptors and pronouns.
    struct NameAt
    {
        TextRange range;
        int person;
        int sentence;
        qsizetype firstWord; ///< w.indexAt(range.start)
    };
    QList<NameAt> names;
    qsizetype nameCount = 0;
    for (const Draft &draft : std::as_const(m_people)) {
        nameCount += draft.mentions.size();
    }
    names.reserve(nameCount);
    for (qsizetype p = 0; p < m_people.size(); ++p) {
        for (const TextRange &range : std::as_const(m_people[p].mentions)) {
            const qsizetype first = w.indexAt(range.start);
            names.append({range, int(p), w.at(first).sentence, first});
        }
    }
    std::sort(names.begin(), names.end(), [](const NameAt &a, const NameAt &b) { return a.range.start < b.range.start; });
    QHash<int, int> &subjectOf = m_subjectOf; // sentence → first person named in it outside quotations
    qsizetype nextName = 0;
    qsizetype nextDescriptor = 0;
    qsizetype nextUnnamed = 0;
    QHash<QString, int> unnamedSince; // role → sentence where an unnamed speaker of it came in
    std::pair<int, int> owner{-1, -1}; // the person last named with a possessive, and the sentence
    std::pair<int, int> agent{-1, -1}; // the person last named after "by" before a subject, and the sentence
    int unnamedSubject = -1; // the last sentence whose subject pronoun stood for someone unnamed
    const qsizetype n = w.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const int position = i < n ? w.at(i).range.start : int(w.text().size()) + 1;
        while (nextName < names.size() && names[nextName].range.start <= position) {
            const NameAt &name = names[nextName++];
            addMention(name.person, name.range, PersonMention::Kind::Name, 1.0, name.sentence);
            const qsizetype at = name.firstWord;
            // The word holding the name's last character: a name is a few words from its first.
            qsizetype lastWord = name.range.end > name.range.start ? at : w.indexAt(name.range.end - 1);
            while (lastWord < n && w.at(lastWord).end <= name.range.end - 1) {
                ++lastWord;
            }
            // "Varga's office said": a possessive names the owner, not the subject.
            const bool possessive = lastWord < n && w.at(lastWord).possessive;
            if (at < n && !m_inQuote.at(at) && !possessive && !subjectOf.contains(name.sentence)) {
                if (!agentAfterBy(at)) {
                    subjectOf.insert(name.sentence, name.person);
                } else {
                    agent = {name.person, name.sentence};
                }
            }
            if (at < n && !m_inQuote.at(at) && possessive) {
                owner = {name.person, name.sentence};
            }
            // "a federal prosecutor told jurors ... Assistant U.S. Attorney Thane Rehn said": once
            // someone who holds the office is named, "the prosecutor" is no longer the unnamed one.
            for (const QString &role : std::as_const(m_people[name.person].profile.roles)) {
                unnamedSince.remove(role);
            }
        }
        if (i < n && owner.first >= 0 && w.at(i).sentence == owner.second) {
            genderFromObjectPronoun(i, owner.first);
        }
        while (nextUnnamed < m_unnamedSpeakers.size() && m_unnamedSpeakers[nextUnnamed].position <= position) {
            const UnnamedSpeaker &unnamed = m_unnamedSpeakers[nextUnnamed++];
            unnamedSince.insert(unnamed.role, unnamed.sentence);
        }
        while (nextDescriptor < m_descriptors.size() && m_descriptors[nextDescriptor].range.start <= position) {
            const Descriptor &d = m_descriptors[nextDescriptor++];
            const int sentence = w.at(d.firstWord).sentence;
            double confidence = 0.0;
            int person = apposedTo(d);
            // "One Ukrainian official said ... 'We always knew,' the official said": the official
            // the article just brought in without a name, not the last official it named.
            const auto unnamed = unnamedSince.constFind(d.role.canonical);
            if (person >= 0) {
                confidence = 0.9;
            } else if (unnamed != unnamedSince.cend() && sentence - *unnamed <= 3 && d.affiliation < 0) {
                continue;
            } else {
                person = resolveDescriptor(d, sentence, subjectOf.value(sentence, -1), &confidence);
                if (person < 0) {
                    person = continuedAfter(d, sentence, &confidence);
                }
            }
            if (person >= 0) {
                if (!m_people[person].profile.roles.contains(d.role.canonical)) {
                    m_people[person].profile.roles.append(d.role.canonical);
                    m_byRole[d.role.canonical].append(person);
                }
                addMention(person, d.range, PersonMention::Kind::Descriptor, confidence, sentence);
                roleFromDescriptor(person, d, confidence);
                m_people[person].mentions.append(d.range);
                m_people[person].aliases.append(w.text().mid(d.range.start, d.range.length()));
                if (!m_inQuote.at(d.firstWord) && !subjectOf.contains(sentence)) {
                    subjectOf.insert(sentence, person);
                }
            }
        }
        if (i == n) {
            break;
        }
        if (m_inQuote.at(i) || !isSubjectPronoun(i)) {
            continue;
        }
        if (unnamedSubjectBefore(i)) {
            unnamedSubject = w.at(i).sentence;
            continue;
        }
        // A subject pronoun takes the subject of its own sentence, else of the sentences before.
        const Gender gender = PeopleLexicon::pronounGender(word(i));
        const int sentence = w.at(i).sentence;
        int person = -1;
        int distance = 0;
        bool unnamed = false;
        for (int s = sentence; s >= 0 && s >= sentence - 3 && person < 0 && !unnamed; --s, ++distance) {
            const auto it = subjectOf.constFind(s);
            if (it == subjectOf.cend()) {
                // "The member for Leeds Riverside told me she would ... 'I trust them,' she said":
                // the unnamed subject a pronoun stood for goes on being its subject.
                unnamed = s == unnamedSubject;
                continue;
            }
            const Gender known = m_people[*it].profile.gender;
            if (known == Gender::Unknown || known == gender) {
                person = *it;
            }
        }
        if (person < 0 && !unnamed) {
            // No compatible subject nearby: the latest compatible person named before.
            for (qsizetype m = m_mentions.size() - 1; m >= 0 && m >= m_mentions.size() - 30; --m) {
                const Gender known = m_people[m_mentions[m].person].profile.gender;
                if (known == Gender::Unknown || known == gender) {
                    person = m_mentions[m].person;
                    break;
                }
            }
            distance = 4;
        }
        if (person >= 0) {
            // Rivals: other compatible people named in this or the three sentences before.
            QSet<int> rivals;
            for (qsizetype m = m_mentions.size() - 1; m >= 0 && m_mentions[m].sentence >= sentence - 3; --m) {
                const int other = m_mentions[m].person;
                const Gender known = m_people[other].profile.gender;
                if (other != person && (known == Gender::Unknown || known == gender)) {
                    rivals.insert(other);
                }
            }
            const double confidence = std::max(0.3, (rivals.isEmpty() ? 0.9 : 0.75) - 0.1 * std::max(0, distance - 1));
            addMention(person, w.at(i).range, PersonMention::Kind::Pronoun, confidence, sentence);
            // "Asked by Roos why he stayed, Singh said": the question's "he" leaves the subject open.
            const bool agentsOwnClause = agent.first == person && agent.second == sentence;
            if (!subjectOf.contains(sentence) && !agentsOwnClause) {
                subjectOf.insert(sentence, person);
            }
        }
    }
}

// "Assistant U.S. Attorney Thane Rehn", "District Attorney Alvin Bragg": an attorney of a
// prosecuting office, whom a court story calls "the prosecutor" from then on; a defense
// attorney is not one.
bool Finder::prosecutingAttorney(QStringView roleText)
{
    // Asked of every named person's role: "attorney" is looked for letter by letter, without
    // Qt's case-blind search, and the office before it only where it stands.
    constexpr QStringView attorney = u"attorney";
    for (qsizetype at = indexOfLower(roleText, attorney); at >= 0; at = indexOfLower(roleText, attorney, at + 1)) {
        const QStringView before = roleText.first(at);
        if (endsWithLower(before, u"u.s. ") || endsWithLower(before, u"district ") || endsWithLower(before, u"state's ") || endsWithLower(before, u"state ")) {
            return true;
        }
    }
    return false;
}

// "Under direct examination by Mark Cohen, Bankman-Fried said", "Asked by prosecutor Nicolas Roos
// why he stayed, Singh said": a name after "by" (titles may stand between) is the agent of a
// phrase set before the subject, never the subject a later "he" takes up.
bool Finder::agentAfterBy(qsizetype first) const
{
    qsizetype k = first - 1;
    while (k >= 0 && k >= first - 4 && w.at(k).sentence == w.at(first).sentence && (!w.isLower(k) || lex(k).role().isValid() || lex(k).isRoleModifier())
        && w.plainGapBefore(k + 1)) {
        --k;
    }
    return k >= 0 && w.at(k).sentence == w.at(first).sentence && w.plainGapBefore(k + 1) && word(k) == u"by" && w.isLower(k);
}

// "Rubiales grabbed Jenni Hermoso's head and kissed her": an object pronoun closing its clause,
// in a sentence that names only one person and names them as an owner, takes up that person, whom
// the subject acted on; it tells their gender when nothing else has.
void Finder::genderFromObjectPronoun(qsizetype i, int person)
{
    if (m_inQuote.at(i) || !w.isLower(i) || !isOneOf(word(i), {u"him", u"her"}) || m_people[person].profile.gender != Gender::Unknown) {
        return;
    }
    const bool closesClause = i + 1 >= w.size() || !w.plainGapBefore(i + 1) || w.at(i + 1).sentence != w.at(i).sentence;
    if (!closesClause) {
        return; // "kissed her hand": a possessive, whoever she is
    }
    const int sentence = w.at(i).sentence;
    for (qsizetype m = m_mentions.size() - 1; m >= 0 && m_mentions[m].sentence == sentence; --m) {
        if (m_mentions[m].person != person) {
            return;
        }
    }
    m_people[person].profile.gender = PeopleLexicon::pronounGender(word(i));
}

PeopleResult Finder::run(const QString &articleId)
{
    scanRuns();
    dropOrganisationNames();
    cluster();
    acronymsOfPeople();
    findDescriptors();
    findUnnamedSpeakers();
    findOrganisationPhrases();
    resolve();

    PeopleResult result;
    QList<int> order(m_people.size());
    for (qsizetype p = 0; p < m_people.size(); ++p) {
        order[p] = int(p);
    }
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return m_people[a].firstPosition < m_people[b].firstPosition; });
    QList<int> newIndex(m_people.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        newIndex[order[i]] = int(i);
    }
    for (qsizetype i = 0; i < order.size(); ++i) {
        const Draft &draft = m_people[order[i]];
        Person person;
        person.id = u"p"_s + QString::number(i + 1);
        person.name = unshouted(draft.name);
        person.role = roleAsWritten(draft.roleText);
        // Aliases written alike but for case are one alias. Most people have a handful, for
        // which a list is cheaper than a hash; a person named hundreds of times gets a hash.
        if (draft.aliases.size() > 24) {
            QSet<QString> seen{CaseKeys::lower(draft.name)};
            for (const QString &alias : draft.aliases) {
                QString lower = CaseKeys::lower(alias);
                if (!seen.contains(lower)) {
                    person.aliases.append(alias);
                    seen.insert(std::move(lower));
                }
            }
        } else {
            // Each alias is checked for ASCII once, not once per comparison.
            struct Seen
            {
                QStringView text;
                bool ascii;
            };
            QVarLengthArray<Seen, 25> seen{{QStringView(draft.name), isAscii(draft.name)}};
            for (const QString &alias : draft.aliases) {
                const bool ascii = isAscii(alias);
                const auto same = [&alias, ascii](const Seen &other) {
                    return ascii && other.ascii ? alias.size() == other.text.size() && sameAsciiButCase(alias, other.text) : sameButCase(alias, other.text);
                };
                if (std::none_of(seen.cbegin(), seen.cend(), same)) {
                    person.aliases.append(alias);
                    seen.append({alias, ascii});
                }
            }
        }
        QList<TextRange> ranges = draft.mentions;
        std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
        person.mentions.reserve(ranges.size());
        for (const TextRange &range : std::as_const(ranges)) {
            person.mentions.append({articleId, range.start, range.end});
        }
        PersonProfile profile = draft.profile;
        profile.affiliation = profile.affiliation >= 0 ? newIndex[profile.affiliation] : -1;
        result.people.append(std::move(person));
        result.profiles.append(std::move(profile));
    }
    std::sort(m_mentions.begin(), m_mentions.end(), [](const PersonMention &a, const PersonMention &b) { return a.range.start < b.range.start; });
    for (PersonMention &mention : m_mentions) {
        mention.person = newIndex[mention.person];
    }
    result.mentions = m_mentions;
    for (qsizetype e = 0; e < m_entities.size(); ++e) {
        Entity entity = m_entities[e];
        entity.id = entity.idPrefix() + QString::number(e + 1);
        result.entities.append(entity);
    }
    for (const EntityMention &mention : std::as_const(m_entityMentions)) {
        result.entities[mention.entity].mentions.append({articleId, mention.range.start, mention.range.end});
    }
    result.entityMentions = m_entityMentions;
    return result;
}

} // namespace

QList<int> PeopleResult::mentionsIn(const TextRange &range) const
{
    QList<int> found;
    auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), range.start, [](const PersonMention &m, int start) { return m.range.start < start; });
    for (; it != mentions.cend() && it->range.start < range.end; ++it) {
        if (it->range.end <= range.end) {
            found.append(int(it - mentions.cbegin()));
        }
    }
    return found;
}

int PeopleResult::entityMentionIn(const TextRange &range) const
{
    auto it = std::lower_bound(
        entityMentions.cbegin(), entityMentions.cend(), range.start, [](const EntityMention &m, int start) { return m.range.start < start; });
    if (it != entityMentions.cend() && it->range.start < range.end && it->range.end <= range.end) {
        return int(it - entityMentions.cbegin());
    }
    return -1;
}

PeopleFinder::PeopleFinder(const ArticleWords &words, const QList<QuotedSpan> &quoted)
    : m_words(words)
    , m_quoted(quoted)
{
}

PeopleResult PeopleFinder::find(const QString &articleId) const
{
    Finder finder(m_words, m_quoted);
    return finder.run(articleId);
}

} // namespace Sourceline
