// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "placecues.h"

#include "wordmatch.h"

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// Nouns that end a place's name and are rarely surnames: "the French Broad River", "Buncombe
// County". "Lake", "Bay", "Island", "Falls" and "Mountain" are surnames too (Ricki Lake,
// Michael Bay), so after a known given name they need "the" before the name.
bool isFirmGeographicWord(QStringView word)
{
    return isOneOf(word,
        {u"river", u"creek", u"county", u"parish", u"canyon", u"gorge", u"mountains", u"valley", u"bayou", u"peninsula", u"islands", u"estuary", u"glacier",
            u"swamp"});
}

bool isLooseGeographicWord(QStringView word)
{
    return isOneOf(word, {u"lake", u"bay", u"island", u"falls", u"mountain", u"cove", u"inlet", u"harbor", u"harbour", u"reservoir"});
}

// Lower-case nouns that, right after a name, say what kind of place it is: "Florida's Big Bend
// region", "Chimney Rock village". Nouns that also follow a person's name as a modifier ("a
// Biden town hall", "Trump country") are left out.
bool isPlaceKindAfter(QStringView word)
{
    return isOneOf(word,
        {u"river", u"creek", u"valley", u"gorge", u"canyon", u"region", u"village", u"parish", u"township", u"mountains", u"peninsula", u"bayou", u"county",
            u"hamlet", u"watershed"});
}

} // namespace

PlaceCues::PlaceCues(const ArticleWords &words)
    : w(words)
{
    const qsizetype n = w.size();
    qsizetype i = 0;
    while (i < n) {
        if (!w.at(i).capitalised) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && !w.at(end - 1).possessive && w.plainGapBefore(end) && w.at(end).capitalised) {
            ++end;
        }
        scanRun(i, end);
        i = end;
    }
}

QString PlaceCues::keyOf(qsizetype first, qsizetype end) const
{
    QString key;
    for (qsizetype m = first; m < end; ++m) {
        if (m > first) {
            key += u' ';
        }
        key += w.word(m).toString().toLower();
    }
    return key;
}

bool PlaceCues::isStormWord(qsizetype i) const
{
    const QStringView text = w.word(i);
    if (isOneOf(text, {u"hurricane", u"typhoon", u"cyclone", u"superstorm"})) {
        return true;
    }
    // "Storm Reid" is an actress: "Storm" names a storm only after "Tropical" or in an article
    // that speaks of storms in lower case.
    return isOneOf(text, {u"storm"})
        && ((i > 0 && w.plainGapBefore(i) && isOneOf(w.word(i - 1), {u"tropical", u"subtropical", u"winter"})) || w.occursInLowerCase(u"storm"));
}

void PlaceCues::scanRun(qsizetype first, qsizetype end)
{
    // "The French Broad River", "In West Asheville": a capitalised function word opens no name.
    while (first < end && w.lexicon(first).isFunctionWord()) {
        ++first;
    }
    const qsizetype count = end - first;
    if (count < 2) {
        return;
    }
    // "Hurricane Helene", "Tropical Storm Debby": a storm's name is its last word, and the
    // article goes on to call the storm by it alone. "the National Hurricane Center" is no storm.
    const qsizetype s = end - 2;
    if (isStormWord(s)) {
        const bool opens = s == first || isOneOf(w.word(s - 1), {u"tropical", u"subtropical", u"winter", u"post-tropical"});
        const qsizetype name = s + 1;
        if (opens && !w.lexicon(name).isFunctionWord() && !w.lexicon(name).isOrganisationWord() && !w.lexicon(name).isPlaceWord()
            && !w.occursInLowerCase(name)) {
            m_storms.insert(w.word(name).toString().toLower());
            m_storms.insert(keyOf(first, end));
            m_storms.insert(keyOf(s, end));
        }
    }
    if (w.at(end - 1).possessive) {
        return;
    }
    const bool theBefore = first > 0 && w.plainGapBefore(first) && isOneOf(w.word(first - 1), {u"the"}) && w.isLower(first - 1);
    const bool givenFirst = w.lexicon(first).isGivenName();
    const QStringView last = w.word(end - 1);
    // "the French Broad River" is a place, and so is "the French Broad" the article calls it later.
    if (isFirmGeographicWord(last) || (isLooseGeographicWord(last) && (theBefore || !givenFirst))) {
        m_places.insert(keyOf(first, end));
        if (count >= 3) {
            m_places.insert(keyOf(first, end - 1));
        }
        return;
    }
    // "the French Broad river", "Florida's Big Bend region": a kind of place right after the name.
    const bool kindAfter = end < w.size() && w.plainGapBefore(end) && w.isLower(end) && isPlaceKindAfter(w.word(end));
    // "in Florida's Big Bend": a name owned by a known place after a preposition of place; "with
    // India's Narendra Modi" is a person.
    const qsizetype owner = first - 1;
    const bool placeOwned = owner >= 1 && w.plainGapBefore(first) && w.at(owner).possessive
        && (w.lexicon(owner).isPlace() || !w.lexicon(owner).country().isEmpty()) && w.plainGapBefore(owner) && w.isLower(owner - 1)
        && isOneOf(w.word(owner - 1), {u"in", u"into", u"across", u"through", u"throughout", u"near", u"along", u"around", u"over"});
    // "towns like Chimney Rock", "cities such as Kansas City": examples of a kind of place.
    const auto settlements = [this](qsizetype i) {
        return i >= 0 && w.isLower(i)
            && isOneOf(w.word(i),
                {u"towns", u"cities", u"villages", u"communities", u"counties", u"states", u"regions", u"neighborhoods", u"neighbourhoods", u"suburbs",
                    u"islands"});
    };
    const bool example = first >= 2 && w.plainGapBefore(first) && w.isLower(first - 1)
        && ((isOneOf(w.word(first - 1), {u"like"}) && settlements(first - 2))
            || (first >= 3 && isOneOf(w.word(first - 1), {u"as"}) && isOneOf(w.word(first - 2), {u"such"}) && settlements(first - 3)));
    // "Main Street in Chimney Rock": a street lies in a place.
    const bool streetIn = first >= 2 && w.plainGapBefore(first) && w.isLower(first - 1) && isOneOf(w.word(first - 1), {u"in"}) && w.at(first - 2).capitalised
        && isOneOf(w.word(first - 2), {u"street", u"road", u"avenue", u"boulevard", u"lane", u"drive"});
    if (example || streetIn) {
        m_places.insert(keyOf(first, end));
        return;
    }
    if ((kindAfter && (!givenFirst || theBefore || (first > 0 && w.at(first - 1).possessive))) || (placeOwned && !givenFirst)) {
        m_places.insert(keyOf(first, end));
    }
}

bool PlaceCues::isStateAbbreviation(qsizetype i) const
{
    // "Perry, Fla.", "Asheville, N.C.,": a US state's abbreviation after a place and a comma.
    if (i < 1 || !w.at(i - 1).capitalised || !w.gapBeforeHas(i, u',')) {
        return false;
    }
    QStringView text = w.word(i);
    const bool dotted = text.endsWith(u'.') || (w.at(i).range.end < w.text().size() && w.text().at(w.at(i).range.end) == u'.');
    if (!dotted) {
        return false;
    }
    if (text.endsWith(u'.')) {
        text.chop(1);
    }
    return isOneOf(text,
        {u"ala", u"ariz", u"ark", u"calif", u"colo", u"conn", u"del", u"fla", u"ga", u"ill", u"ind", u"kan", u"kans", u"ky", u"la", u"md", u"mass", u"mich",
            u"minn", u"miss", u"mo", u"mont", u"neb", u"nev", u"n.c", u"n.d", u"n.h", u"n.j", u"n.m", u"n.y", u"okla", u"ore", u"pa", u"r.i", u"s.c", u"s.d",
            u"tenn", u"tex", u"va", u"vt", u"wash", u"wis", u"wisc", u"w.va", u"wyo", u"d.c"});
}

bool PlaceCues::isCompassPlace(qsizetype first, qsizetype end) const
{
    // "West Asheville", "Northern Mindanao": a compass word before a name that is no given name.
    // "North West" and "Kanye West" keep the compass word elsewhere; a country ("South Korean")
    // is read by the finder.
    if (end - first != 2 || w.at(first).possessive) {
        return false;
    }
    static const std::initializer_list<QStringView> compass{
        u"north", u"south", u"east", u"west", u"northern", u"southern", u"eastern", u"western", u"northeast", u"northwest", u"southeast", u"southwest"};
    if (!isOneOf(w.word(first), compass)) {
        return false;
    }
    const qsizetype second = first + 1;
    const PeopleLexicon::Entry &entry = w.lexicon(second);
    return !isOneOf(w.word(second), compass) && !entry.isGivenName() && !entry.isTitle() && !entry.role().isValid() && !entry.isFunctionWord()
        && !entry.isOrganisation() && !entry.isOrganisationWord() && entry.country().isEmpty() && w.lexicon(first).country().isEmpty()
        && PeopleLexicon::country(keyOf(first, end)).isEmpty() && !PeopleLexicon::isOrganisation(keyOf(first, end));
}

bool PlaceCues::isSeat(qsizetype first) const
{
    // "the member for Leeds Riverside", "the MP for Hackney North and Stoke Newington": the
    // words after a member's "for" name the seat, and so do those after the seat's "and".
    qsizetype before = first - 1;
    // "for" and "and" are both three letters: the length turns nearly every run away.
    if (before < 1 || w.at(before).range.length() != 3 || !w.plainGapBefore(first) || !w.isLower(before)) {
        return false;
    }
    // "the MP for Leeds Riverside and Maria Lopez": a given name after "and" opens a person's name.
    if (w.word(before) == u"and" && !w.lexicon(first).isGivenName()) {
        const qsizetype stop = before - 4;
        --before;
        while (before > 0 && before > stop && w.at(before).capitalised) {
            --before;
        }
    } else if (w.word(before) == u"and") {
        return false;
    }
    return before >= 1 && w.isLower(before) && w.word(before) == u"for" && w.plainGapBefore(before)
        && isOneOf(w.word(before - 1), {u"mp", u"member", u"parliament", u"mla", u"msp"});
}

bool PlaceCues::isRomanceSite(qsizetype first, qsizetype end) const
{
    // "Casa Santa Marta", "Piazza Navona", "Via della Conciliazione": Italian and Spanish words for
    // a house, square, palace or street open the names of places, never of people.
    using Entry = PeopleLexicon::Entry;
    const Entry &opening = w.lexicon(first);
    if (opening.isNameParticle()) {
        // "della Conciliazione" after "Via", which English reads as a preposition.
        return first > 0 && w.plainGapBefore(first) && w.at(first - 1).capitalised && w.lexicon(first - 1).has(Entry::RomanceSite);
    }
    // "Santa Maria Maggiore", "San Lorenzo", "São Paulo": a saint's given name after the Romance
    // word for saint names a church, a district or a city; "Santa Ono" has no saint's name.
    return end - first >= 2 && (opening.has(Entry::RomanceSite) || (opening.has(Entry::RomanceSaint) && w.lexicon(first + 1).isGivenName()));
}

PlaceCues::Kind PlaceCues::kindOf(qsizetype first, qsizetype end) const
{
    if (isSeat(first)) {
        return Kind::Place;
    }
    if (isRomanceSite(first, end)) {
        return Kind::Place;
    }
    // "Memorial Day", "Victory Day": a day's name, unless a given name makes it a person's ("Doris Day").
    if (end - first >= 2 && w.word(end - 1) == u"Day") {
        bool given = false;
        for (qsizetype i = first; i + 1 < end; ++i) {
            given = given || w.lexicon(i).isGivenName();
        }
        if (!given) {
            return Kind::NamedDay;
        }
    }
    if (end - first == 1 && isStateAbbreviation(first)) {
        return Kind::Place;
    }
    if (m_storms.isEmpty() && m_places.isEmpty()) {
        return isCompassPlace(first, end) ? Kind::Place : Kind::None;
    }
    const QString key = keyOf(first, end);
    if (m_storms.contains(key)) {
        return Kind::Storm;
    }
    if (end - first >= 2 && m_places.contains(key)) {
        return Kind::Place;
    }
    return isCompassPlace(first, end) ? Kind::Place : Kind::None;
}

} // namespace Sourceline
