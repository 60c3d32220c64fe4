// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "bylinefilter.h"

#include "wordmatch.h"

#include "../reader/frontmatter.h"
#include "../reader/plaintextarticle.h"

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// "Sabine Okonkwo": a line of two or three capitalised words and nothing else.
bool isBareName(QStringView line)
{
    constexpr qsizetype longestName = 40;
    if (line.isEmpty() || line.size() > longestName) {
        return false;
    }
    const QList<QStringView> words = line.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 3) {
        return false;
    }
    return std::all_of(words.cbegin(), words.cend(), [](QStringView word) {
        const bool letters = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter() || c == u'-' || c == u'\'' || c == u'.'; });
        return letters && word.front().isUpper() && !isOneOf(word, {u"The", u"A", u"An", u"In", u"On", u"At", u"Of", u"And", u"For", u"To"});
    });
}

bool hasDigit(QStringView line)
{
    return std::any_of(line.cbegin(), line.cend(), [](QChar c) { return c.isDigit(); });
}

// "Ravenscourt Gazette, 9 September 2024 / Sabine Okonkwo": under the headline, a writer's
// name alone on the line after the outlet's dated line is a byline without its "By". The name
// is never someone in the story, nor the one a "she" in the first paragraph stands for.
bool isUnmarkedByline(const TextAnalysis &text, qsizetype p)
{
    const QStringView paragraph = text.textOf(text.paragraphs[p].range);
    const QList<QStringView> lines = paragraph.split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty() || !isBareName(lines.last().trimmed())) {
        return false;
    }
    if (lines.size() > 1) {
        return std::all_of(lines.cbegin(), lines.cend() - 1, [](QStringView line) { return hasDigit(line) && !line.trimmed().endsWith(u'.'); });
    }
    if (p < 2) {
        return false;
    }
    const QStringView before = text.textOf(text.paragraphs[p - 1].range);
    return before.size() <= 80 && hasDigit(before) && !before.endsWith(u'.');
}

} // namespace

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
    qsizetype afterByline = 1; // the headline is never a credit
    for (qsizetype p = 0; p < std::min(paragraphsToLook, count); ++p) {
        const TextRange &range = text.paragraphs[p].range;
        const QStringView paragraph = text.textOf(range);
        // "By Friday, the governor had signed it." is a sentence of the story, not a credit.
        if (paragraph.size() > longestByline || paragraph.endsWith(u'.') || paragraph.endsWith(u'!') || paragraph.endsWith(u'?')) {
            continue;
        }
        // "author: By Jane Doe", "outlet: The Gazette": the article's labelled metadata.
        if (FrontMatter::isKeyLine(paragraph)) {
            credits.append(range);
            afterByline = p + 1;
            continue;
        }
        if (p >= 1 && isUnmarkedByline(text, p)) {
            credits.append(range);
            afterByline = p + 1;
            break;
        }
        if (const QStringView credit = bylineCredit(paragraph); !credit.isEmpty() && credit.front().isUpper()) {
            credits.append(range);
            afterByline = p + 1;
            // "Helen Marsh covers City Hall.": the writer's note under the byline.
            if (p + 1 < count) {
                const TextRange &next = text.paragraphs[p + 1].range;
                const QStringView note = text.textOf(next);
                const QStringView name = credit.left(credit.indexOf(u',') < 0 ? credit.size() : credit.indexOf(u',')).trimmed();
                if (note.size() <= longestByline && name.contains(u' ') && note.startsWith(name) && note.sliced(name.size()).startsWith(u' ')) {
                    credits.append(next);
                    afterByline = p + 2;
                }
            }
            break;
        }
    }
    // "(Reporting by Dana Ross in Kyiv; Editing by Leo Hart)": only in brackets or as a credit
    // line of its own, so that "By then, ..." in a closing sentence stays in the story.
    // A short story's credits can close it within the paragraphs looked at for a byline.
    for (qsizetype p = std::max(afterByline, count - closingToLook); p < count; ++p) {
        const TextRange &range = text.paragraphs[p].range;
        const QStringView paragraph = text.textOf(range);
        const bool bracketed = paragraph.startsWith(u'(') && paragraph.endsWith(u')');
        // "Associated Press writers Jesse Bedayn in Denver and Matthew Brown in Billings
        // contributed to this report." names the reporters, not people of the story.
        const bool contributors
            = paragraph.size() <= longestClosingCredit && (paragraph.contains(u"contributed to this report") || paragraph.contains(u"contributed reporting"));
        if (contributors) {
            credits.append(range);
            continue;
        }
        if (paragraph.size() > longestClosingCredit || (!bracketed && paragraph.endsWith(u'.')) || paragraph.startsWith(u"By ")) {
            continue;
        }
        if (const QStringView credit = bylineCredit(paragraph); !credit.isEmpty() && credit.front().isUpper()) {
            credits.append(range);
        }
    }
    return credits;
}

namespace {
// Every one of the spans lies inside one of the ranges.
bool onlyInside(const QList<SourceSpan> &spans, const QList<TextRange> &ranges)
{
    return std::all_of(spans.cbegin(), spans.cend(), [&ranges](const SourceSpan &span) {
        return std::any_of(ranges.cbegin(), ranges.cend(), [&span](const TextRange &range) { return span.start >= range.start && span.end <= range.end; });
    });
}
// Removes the people that `drop` picks (given each person's index), keeping ids, profiles and
// mentions of everyone else consistent.
template<typename Pick>
void removePeople(PeopleResult &people, Pick drop)
{
    QList<int> newIndex(people.people.size(), -1);
    QList<Person> kept;
    QList<PersonProfile> keptProfiles;
    for (qsizetype p = 0; p < people.people.size(); ++p) {
        if (drop(p)) {
            continue;
        }
        newIndex[p] = int(kept.size());
        kept.append(people.people[p]);
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

// For each person, whether a name of theirs is written outside the ranges (a descriptor or a
// pronoun resolved to them does not count).
QList<bool> namesWrittenOutside(const PeopleResult &people, const QList<TextRange> &ranges)
{
    QList<bool> outside(people.people.size(), false);
    for (const PersonMention &mention : std::as_const(people.mentions)) {
        if (mention.kind == PersonMention::Kind::Name && mention.person >= 0 && mention.person < outside.size()
            && !onlyInside({SourceSpan{QString(), mention.range.start, mention.range.end}}, ranges)) {
            outside[mention.person] = true;
        }
    }
    return outside;
}
} // namespace

void dropPeopleOnlyIn(PeopleResult &people, const QList<TextRange> &ranges)
{
    if (ranges.isEmpty()) {
        return;
    }
    // A writer whose name only the credits write is no person of the story, whatever "the
    // 32-year-old" or "she" of the story was resolved to the name.
    const QList<bool> namedOutside = namesWrittenOutside(people, ranges);
    removePeople(people, [&](qsizetype p) {
        const QList<SourceSpan> &spans = people.people[p].mentions;
        return !spans.isEmpty()
            && (onlyInside(spans, ranges)
                || (!namedOutside[p] && std::any_of(spans.cbegin(), spans.cend(), [&](const SourceSpan &span) { return onlyInside({span}, ranges); })));
    });
}

void dropOneWordNamesOnlyIn(PeopleResult &people, const QList<TextRange> &ranges)
{
    if (ranges.isEmpty()) {
        return;
    }
    // A name counts only where it is written: "the envoy" may have been resolved to it.
    const QList<bool> namedOutside = namesWrittenOutside(people, ranges);
    removePeople(people, [&](qsizetype p) { return !people.people[p].name.contains(u' ') && !namedOutside[p]; });
}

void dropEntitiesOnlyIn(PeopleResult &people, const QList<TextRange> &ranges)
{
    if (ranges.isEmpty()) {
        return;
    }
    QList<int> newIndex(people.entities.size(), -1);
    QList<Entity> kept;
    for (qsizetype e = 0; e < people.entities.size(); ++e) {
        const Entity &entity = people.entities[e];
        if (!entity.mentions.isEmpty() && onlyInside(entity.mentions, ranges)) {
            continue; // "Associated Press" of "By CARLA MENDES Associated Press"
        }
        newIndex[e] = int(kept.size());
        kept.append(entity);
    }
    if (kept.size() == people.entities.size()) {
        return;
    }
    for (qsizetype e = 0; e < kept.size(); ++e) {
        kept[e].id = kept[e].idPrefix() + QString::number(e + 1);
    }
    QList<EntityMention> mentions;
    for (EntityMention mention : std::as_const(people.entityMentions)) {
        if (mention.entity >= 0 && mention.entity < newIndex.size() && newIndex[mention.entity] >= 0) {
            mention.entity = newIndex[mention.entity];
            mentions.append(mention);
        }
    }
    people.entities = kept;
    people.entityMentions = mentions;
}

} // namespace Sourceline
