// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../article.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <algorithm>

namespace Sourceline {

class ArticleBodyBuilder;

/// The paragraphs of plain text: every non-empty line, or, in hard-wrapped text (paragraphs
/// separated by blank lines, lines broken near a fixed width), each run of wrapped lines
/// joined with a space; each trimmed.
[[nodiscard]] QList<QString> plainTextParagraphs(QStringView text);

/// True for a line that reads as a section heading: short, capitalised, no closing punctuation,
/// not a byline or a date line.
[[nodiscard]] bool looksLikeHeading(QStringView line);

/// Appends paragraphs to body, as headings where a heading-like line stands between two
/// paragraphs (the block before it in body must be the headline or a paragraph, the next
/// line a paragraph).
void appendPlainTextBlocks(ArticleBodyBuilder &body, const QList<QString> &paragraphs, qsizetype first = 0);

/// Reads a plain-text article: optional front matter, the first non-empty line as headline
/// (the front matter title wins when there is one), then paragraphs and section headings. A
/// byline ("By ...") or a date line right after the headline fills author or date. Returns
/// an article with an empty body when the text has no paragraph.
[[nodiscard]] Article readPlainTextArticle(QStringView text);

/// True for a note on the article at its foot: where it appeared in print or first, the
/// wire's credits in brackets ("(Reporting by ...; Editing by ...)") or listed by job without
/// them, the exchange rate behind its sums ("($1 = 0.9234 euros)"), an outlet's credit to
/// the agencies ("(With inputs from agencies)", "ABC/Wires"), its tags, a call to follow the
/// outlet elsewhere ("Follow ... on WhatsApp"), a correction (isCorrectionNote()), or a
/// writer's note that opens with one of the writers in `author` ("Alex Marin covers ...",
/// "Marin covers ...").
[[nodiscard]] bool isNoteOnTheArticle(QStringView line, const QString &author);

/// True for a call to follow the outlet elsewhere or for more of its coverage: "Follow The
/// Standard channel on WhatsApp.", "Follow AP's coverage of the wildfires at https://...".
[[nodiscard]] bool isCallToFollow(QStringView line);

/// True for the outlet's note that the text was corrected or updated: "This story has been
/// corrected to show ...", "This version corrects ...", "An earlier version of this article
/// misstated ...". A correction repeats the error it corrects, which would read as a fact.
[[nodiscard]] bool isCorrectionNote(QStringView line);

/// True for the mark a page sets after a newsletter's promotion in its text: "after
/// newsletter promotion".
[[nodiscard]] bool closesNewsletterPromotion(QStringView line);
/// True for the line that opens such a promotion: "skip past newsletter promotion", or a call
/// without a stop that opens "Sign up to" or "Sign up for" ("Sign up to Headlines Europe").
[[nodiscard]] bool opensNewsletterPromotion(QStringView line);

/// Removes each newsletter's promotion set between the paragraphs: from the line that opens it
/// (at most six blocks up; the mark alone where none does) to the mark after it. `textOf`
/// gives a block's text.
template<typename Block, typename TextOf>
void removeNewsletterPromotions(QList<Block> &blocks, TextOf textOf)
{
    constexpr qsizetype longestPromotion = 6;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (!closesNewsletterPromotion(textOf(blocks[i]))) {
            continue;
        }
        // The furthest opening line: "skip past newsletter promotion" stands over the call.
        qsizetype start = i;
        for (qsizetype j = i - 1; j >= std::max<qsizetype>(0, i - longestPromotion); --j) {
            if (opensNewsletterPromotion(textOf(blocks[j]))) {
                start = j;
            }
        }
        blocks.remove(start, i - start + 1);
        i = start - 1;
    }
}

/// True for a picture's caption that ends on its credit: "... (AP Photo/Evan Vucci, File)",
/// "... (Photo by Andrew Harnik/Getty Images)", "... (REUTERS/Evelyn Hockstein)", "...
/// Photograph: Lena Ortiz/Reuters" (endsOnPictureCredit()), or one that opens with "FILE - ".
[[nodiscard]] bool isPhotoCaption(QStringView line);
/// True for a caption that closes on the picture's credit after its last sentence: "Police
/// outside the Louvre on Sunday. Photograph: Lena Ortiz/Reuters".
[[nodiscard]] bool endsOnPictureCredit(QStringView line);

/// Removes such notes from the foot of `blocks` (among its last three other blocks), never one
/// of the first `keep`; `textOf` gives a block's text. Both the plain-text and the HTML reader
/// close with them, news sites with several in a row (credits, then calls to follow the site).
template<typename Block, typename TextOf>
void removeNotesOnTheArticle(QList<Block> &blocks, qsizetype keep, const QString &author, TextOf textOf)
{
    constexpr qsizetype otherBlocksToLook = 3;
    qsizetype others = 0;
    for (qsizetype i = blocks.size() - 1; i >= keep && others < otherBlocksToLook; --i) {
        if (isNoteOnTheArticle(textOf(blocks[i]), author)) {
            blocks.removeAt(i);
        } else {
            ++others;
        }
    }
}

/// The writer alone from a byline that names the outlet after them ("Lena Brooks Fox News"
/// under the outlet "Fox News"); byline itself otherwise.
[[nodiscard]] QString withoutOutletName(const QString &byline, const QString &outlet);
/// True for a count a page draws beside a button ("34" responses, "1.2K" claps, "2.4K Followers"),
/// or a row of them under a post ("412 reposts 38 quotes 1,906 likes").
[[nodiscard]] bool isCountLine(const QString &line);
/// True for the heading over a box of other stories or posts: "More from Marcus Oyelaran",
/// "Recommended from Medium", "More Videos", "Most Read", "Related posts".
[[nodiscard]] bool isOtherStoriesHeading(const QString &heading);

/// True for a short capitalised name that reads as a news organisation ("Associated Press",
/// "The Kyiv Independent", "AFP"), not a job ("Staff Writer") or a place ("London").
[[nodiscard]] bool namesOutlet(const QString &text);
/// True for what a writer does: "Transport correspondent", "Senior political editor", "Staff writer".
[[nodiscard]] bool namesNewsJob(const QString &text);

/// True for the credit of a story the desk wrote, without a writer's name: "Staff report",
/// "From staff and wire reports", "Guardian staff and agencies".
[[nodiscard]] bool isStaffCredit(QStringView line);
/// True for a byline ("By Jane Doe"), a staff credit (isStaffCredit()), a labelled date line ("Updated 6:02 PM EST, November 25,
/// 2025", "Posted on ...") or a short line that is a date.
[[nodiscard]] bool isBylineOrDateLine(QStringView line);
/// The date a date line gives the article: the one after "Published" or "Posted" where the line
/// also tells when the page was updated ("Updated 6 March 2025 · Published 4 March 2025"), else
/// its first date. `updateOnly` is set when the line tells only when the page was updated
/// ("Updated: 6 March 2025"): a line that tells when it was published is to win over it.
[[nodiscard]] QDate dateOfDateLine(QStringView line, bool *updateOnly = nullptr);
/// Takes the date of a date line as the article's unless it has one and the line tells only
/// when it was updated; dateOfUpdate says whether the date taken is only an update's.
void takeDateLine(QStringView line, QDate &published, bool &dateOfUpdate);
/// True for a short line that tells when the page was changed: a label and a time or date
/// ("Updated 9:48 p.m.", "Updated at 21.14 BST", "Last updated: 10:02 ET").
[[nodiscard]] bool isUpdateTimeLine(QStringView line);

/// True for the page's line of when, each part set off by a bar or a dot a labelled date or
/// time, a reading time or an agency's name in capitals, one part at least a labelled date:
/// "Published Jan 04, 2025, 08:15 AM SGT", "Posted: Jan 06, 2025 5:30 PM EST | Last Updated:
/// January 6, 2025", "AFP · Published on 18/06/2025 - 23:51 · 2 min".
[[nodiscard]] bool isLabelledDateLine(QStringView line);
/// True for a wire editor's instruction in brackets over a story: "(ATTN: ADDS reaction in
/// paras 5-6)", "(Adds comments from minister, paragraphs 4-5)".
[[nodiscard]] bool isEditorsInstruction(QStringView line);
/// The parts of a line that holds nothing but a byline, the date and at most the outlet's name,
/// set apart by bars, dots or dashes: "Meridian Daily \u00B7 April 2, 2025 \u00B7 By Tomas Ekberg",
/// "By Rosa Ketteridge \u2022 February 11, 2025". All empty for any other line.
struct CreditLine
{
    QStringView outlet;
    QStringView credit; ///< "Tomas Ekberg" from "By Tomas Ekberg"
};
[[nodiscard]] CreditLine readCreditLine(QStringView line);

/// Removes such date lines and instructions from the top of `blocks` (the four from `first`),
/// once the date is read: the page's line of when and the wire editor's note over the story are
/// no sentences of it, in a page as in its copy pasted or clipped to text. `textOf` gives a
/// block's text, empty for a block that is no paragraph; the last block is never removed.
template<typename Block, typename TextOf>
void removeDateAndInstructionLines(QList<Block> &blocks, qsizetype first, TextOf textOf)
{
    constexpr qsizetype topBlocks = 4;
    for (qsizetype i = std::min(blocks.size(), first + topBlocks) - 1; i >= first; --i) {
        const QStringView text = textOf(blocks[i]);
        if (blocks.size() > first + 1 && (isLabelledDateLine(text) || isEditorsInstruction(text) || !readCreditLine(text).credit.isEmpty())) {
            blocks.removeAt(i);
        }
    }
}
/// A wire headline without the mark of its version: "Biden blocks ..." from "(2nd LD) Biden
/// blocks ...", "(LEAD) ...", "UPDATE 2-...".
[[nodiscard]] QString withoutWireVersionMark(const QString &headline);

/// What a byline credits ("Jane Doe | Nov. 26, 2025" from "By Jane Doe | Nov. 26, 2025"), or
/// an empty view when the line is no byline.
[[nodiscard]] QStringView bylineCredit(QStringView line);
/// True for a line that is page furniture wherever it stands: a button or slot's label
/// ("Share", "Advertisement"), a note of the reading time, a picture's credited caption.
[[nodiscard]] bool isPageFurnitureLine(QStringView line);
/// True when text holds phrase, case-blind. The search hops between the two cases of the
/// phrase's letter at letterAt, which should be a rare one ("all ri|g|hts reserved"): a
/// case-blind search over the whole text costs many times more.
[[nodiscard]] bool containsNoCase(QStringView text, QStringView phrase, qsizetype letterAt);
/// True for a short block that is (after a label such as "Read more:") mostly the text of
/// links, linkCharacters of it: a list of other stories or a "read more" line.
[[nodiscard]] bool isLinkToOtherStories(QStringView text, qsizetype linkCharacters);
/// A short line as page furniture ("Share", "Advertisement") is compared: lower case, without
/// the punctuation and blanks that close it.
[[nodiscard]] QString pageFurnitureKey(QStringView line);
/// A page's note of how long the story takes to read or hear ("Listen to this article · 4 min",
/// "5 min read", "Listen (3:12)"): furniture, not text.
[[nodiscard]] bool isReadingTimeNote(QStringView line);

/// The writers a credit names: none in "Agency Report", "Staff Reporter", "Our Correspondent",
/// an account's name in lower case ("alaskanewsroom"),
/// the name alone from "Pacific affairs reporter Lucy Tanaka and wires".
[[nodiscard]] QString creditedWriters(const QString &author);
/// paragraph without the notes that a link opens elsewhere, which screen readers are given
/// and a copy keeps: "Boeing (BA.N), opens new tab said ...", "(opens in a new window)".
[[nodiscard]] QString withoutNewTabNotices(QString paragraph);
/// The story's last paragraph without the agency's desk codes after its last sentence
/// ("... lives. PTI XYZ ABC").
[[nodiscard]] QString withoutDeskCodes(const QString &paragraph);
/// Fills empty author and published fields from a byline or a date line among the first few
/// paragraphs after the headline.
/// The date a court filing's caption gives on its own labelled line ("Filed: January 6, 2025",
/// "Dated:", "Date Filed:") anywhere before the filing's first sentence; invalid when none.
[[nodiscard]] QDate filingDate(const QList<QString> &paragraphs, qsizetype first);
void readBylineAndDate(Article &article, const QList<QString> &paragraphs, qsizetype first);

} // namespace Sourceline
