// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "bylinefilter.h"

#include "../reader/plaintextarticle.h"

using namespace Qt::StringLiterals;

namespace Sourceline {

QList<TextRange> creditParagraphs(const TextAnalysis &text)
{
    // Bylines sit under the headline, before the story starts, and credits close it; a long
    // paragraph is the story.
    constexpr qsizetype paragraphsToLook = 4;
    constexpr qsizetype closingToLook = 3;
    constexpr int longestByline = 140;
    constexpr int longestClosingCredit = 300;
    const qsizetype count = text.paragraphs.size();
    QList<TextRange> credits;
    for (qsizetype p = 0; p < std::min(paragraphsToLook, count); ++p) {
        const TextRange &range = text.paragraphs[p].range;
        const QStringView paragraph = text.textOf(range);
        // "By Friday, the governor had signed it." is a sentence of the story, not a credit.
        if (paragraph.size() > longestByline || paragraph.endsWith(u'.') || paragraph.endsWith(u'!') || paragraph.endsWith(u'?')) {
            continue;
        }
        if (const QStringView credit = bylineCredit(paragraph); !credit.isEmpty() && credit.front().isUpper()) {
            credits.append(range);
            break;
        }
    }
    // "(Reporting by Dana Ross in Kyiv; Editing by Leo Hart)": only in brackets or as a credit
    // line of its own, so that "By then, ..." in a closing sentence stays in the story.
    for (qsizetype p = std::max(paragraphsToLook, count - closingToLook); p < count; ++p) {
        const TextRange &range = text.paragraphs[p].range;
        const QStringView paragraph = text.textOf(range);
        const bool bracketed = paragraph.startsWith(u'(') && paragraph.endsWith(u')');
        if (paragraph.size() > longestClosingCredit || (!bracketed && paragraph.endsWith(u'.')) || paragraph.startsWith(u"By ")) {
            continue;
        }
        if (const QStringView credit = bylineCredit(paragraph); !credit.isEmpty() && credit.front().isUpper()) {
            credits.append(range);
        }
    }
    return credits;
}

void dropPeopleOnlyIn(PeopleResult &people, const QList<TextRange> &ranges)
{
    if (ranges.isEmpty()) {
        return;
    }
    const auto inCredit = [&ranges](const SourceSpan &span) {
        return std::any_of(ranges.cbegin(), ranges.cend(), [&span](const TextRange &range) { return span.start >= range.start && span.end <= range.end; });
    };
    QList<int> newIndex(people.people.size(), -1);
    QList<Person> kept;
    QList<PersonProfile> keptProfiles;
    for (qsizetype p = 0; p < people.people.size(); ++p) {
        const Person &person = people.people[p];
        const bool onlyThere = !person.mentions.isEmpty() && std::all_of(person.mentions.cbegin(), person.mentions.cend(), inCredit);
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
