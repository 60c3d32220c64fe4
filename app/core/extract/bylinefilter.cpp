// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "bylinefilter.h"

#include "../reader/plaintextarticle.h"

using namespace Qt::StringLiterals;

namespace Sourceline {

TextRange bylineParagraph(const TextAnalysis &text)
{
    // Bylines sit under the headline, before the story starts; a long paragraph is the story.
    constexpr int paragraphsToLook = 4;
    constexpr int longestByline = 140;
    for (qsizetype p = 0; p < std::min<qsizetype>(paragraphsToLook, text.paragraphs.size()); ++p) {
        const TextRange &range = text.paragraphs[p].range;
        const QStringView paragraph = text.textOf(range);
        // "By Friday, the governor had signed it." is a sentence of the story, not a credit.
        if (paragraph.size() > longestByline || paragraph.endsWith(u'.') || paragraph.endsWith(u'!') || paragraph.endsWith(u'?')) {
            continue;
        }
        if (const QStringView credit = bylineCredit(paragraph); !credit.isEmpty() && credit.front().isUpper()) {
            return range;
        }
    }
    return {};
}

void dropPeopleOnlyIn(PeopleResult &people, const TextRange &range)
{
    if (range.length() <= 0) {
        return;
    }
    QList<int> newIndex(people.people.size(), -1);
    QList<Person> kept;
    QList<PersonProfile> keptProfiles;
    for (qsizetype p = 0; p < people.people.size(); ++p) {
        const Person &person = people.people[p];
        const bool onlyThere = !person.mentions.isEmpty() && std::all_of(person.mentions.cbegin(), person.mentions.cend(), [&range](const SourceSpan &span) {
            return span.start >= range.start && span.end <= range.end;
        });
        if (onlyThere) {
            continue;
        }
        newIndex[p] = int(kept.size());
        kept.append(person);
        keptProfiles.append(people.profiles.value(p));
    }
    if (kept.size() == people.people.size()) {
        return;
    }
    for (qsizetype p = 0; p < kept.size(); ++p) {
        kept[p].id = u"p"_s + QString::number(p + 1);
        int &affiliation = keptProfiles[p].affiliation;
        affiliation = affiliation >= 0 && affiliation < newIndex.size() ? newIndex[affiliation] : -1;
    }
    QList<PersonMention> mentions;
    for (PersonMention mention : std::as_const(people.mentions)) {
        if (mention.person >= 0 && mention.person < newIndex.size() && newIndex[mention.person] >= 0) {
            mention.person = newIndex[mention.person];
            mentions.append(mention);
        }
    }
    people.people = kept;
    people.profiles = keptProfiles;
    people.mentions = mentions;
}

} // namespace Sourceline
