// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "plaintextarticle.h"

#include "../extract/peoplelexicon.h"

#include "articlebodybuilder.h"
#include "frontmatter.h"
#include "pressrelease.h"
#include "publicationdate.h"
#include "referencework.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

bool endsWithClosingPunctuation(QStringView line)
{
    if (line.isEmpty()) {
        return false;
    }
    // A quoted word closing a line ("Zelensky says talks 'constructive'") ends a headline, not a
    // sentence: a sentence's stop would stand before or after the mark.
    if (line.size() >= 2 && QStringView(u"\"'\u201D\u2019\u00BB").contains(line.back()) && line[line.size() - 2].isLetterOrNumber()) {
        return false;
    }
    switch (line.back().unicode()) {
    case u'.':
    case u',':
    case u';':
    case u':':
    case u'!':
    case u'?':
    case u'"':
    case u'\'':
    case u'\u201D': // ”
    case u'\u2019': // ’
    case u'\u00BB': // »
    case u'\u2026': // …
    case u')':
    case u']':
    case u'-':
        return true;
    default:
        return false;
    }
}

// Hard-wrapped text: most lines that a non-empty line follows stop mid-sentence, and no
// line is longer than a wrap width would allow.
bool isHardWrapped(const QList<QStringView> &lines, qsizetype *width)
{
    qsizetype longest = 0;
    qsizetype inner = 0;
    qsizetype innerUnfinished = 0;
    bool blankLine = false;
    bool textBefore = false;
    bool blankSinceText = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty()) {
            blankSinceText = textBefore;
            continue;
        }
        // Only a blank line between two lines of text separates paragraphs.
        blankLine = blankLine || blankSinceText;
        textBefore = true;
        blankSinceText = false;
        longest = std::max(longest, line.size());
        if (i + 1 < lines.size() && !lines[i + 1].trimmed().isEmpty()) {
            ++inner;
            if (!endsWithClosingPunctuation(line)) {
                ++innerUnfinished;
            }
        }
    }
    *width = longest;
    return blankLine && inner >= 3 && innerUnfinished * 2 >= inner && longest <= 120;
}

// Two to four capitalised words and nothing else: a name standing on its own line.
bool looksLikeBareName(const QString &line)
{
    const QList<QStringView> words = QStringView(line).split(u' ', Qt::SkipEmptyParts);
    return words.size() >= 2 && words.size() <= 4 && std::all_of(words.cbegin(), words.cend(), [](QStringView word) {
        return word.front().isUpper() && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter() || c == u'-' || c == u'\'' || c == u'.'; });
    });
}

// "Amira Shah", "Jon Henley and Angelique Chrisafis", "A, B and C": one or more bare names
// joined by commas or "and", as a byline without "By" lists its writers.
bool areBareNames(const QString &text)
{
    static const QRegularExpression joiners(u",\\s*(?:and\\s+)?|\\s+and\\s+"_s);
    const QStringList names = text.split(joiners, Qt::SkipEmptyParts);
    return !names.isEmpty() && std::all_of(names.cbegin(), names.cend(), looksLikeBareName);
}

// "Hannah Okafor in Paris", "Jon Henley and Angelique Chrisafis in Paris": the byline some
// papers print without "By", the writers and where they filed from (one to three capitalised
// words). Returns the writers, or nothing for any other line.
QString writersFiledFrom(const QString &line)
{
    constexpr qsizetype longestLine = 100;
    constexpr qsizetype mostPlaceWords = 3;
    const qsizetype in = line.lastIndexOf(u" in "_s);
    if (line.size() > longestLine || in <= 0) {
        return {};
    }
    const QList<QStringView> place = QStringView(line).sliced(in + 4).split(u' ', Qt::SkipEmptyParts);
    if (place.isEmpty() || place.size() > mostPlaceWords
        || !std::all_of(place.cbegin(), place.cend(), [](QStringView word) { return word.front().isUpper() && word.back().isLetter(); })) {
        return {};
    }
    const QString writers = line.left(in);
    return areBareNames(writers) ? writers : QString();
}

bool isAllCapitals(QStringView word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); })
        && std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLower(); });
}

// "JOHN SMITH" as a name is written: "John Smith".
QString titleCased(QStringView name)
{
    QString result = name.toString().toLower();
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (i == 0 || result[i - 1] == u' ' || result[i - 1] == u'-' || result[i - 1] == u'\'') {
            result[i] = result[i].toUpper();
        }
    }
    return result;
}

// Wire bylines set the writer in capitals: "By CARLA MENDES Associated Press" is Carla Mendes
// of the Associated Press, and "By JOHN SMITH" is John Smith.
void splitCapitalisedByline(Article &article)
{
    const QList<QStringView> words = QStringView(article.author).split(u' ', Qt::SkipEmptyParts);
    // "JAMES OKAFOR and LENA PORTER", "ANA RUIZ, TOM HALE and LI WEI": several writers.
    const auto isJoiner = [](QStringView word) { return word == u"and" || word == u"&"; };
    if (std::any_of(words.cbegin(), words.cend(), isJoiner)
        && std::all_of(words.cbegin(), words.cend(), [&isJoiner](QStringView word) { return isJoiner(word) || isAllCapitals(word); })) {
        article.author = titleCased(article.author).replace(u" And "_s, u" and "_s);
        return;
    }
    qsizetype capitals = 0;
    while (capitals < words.size() && isAllCapitals(words[capitals])) {
        ++capitals;
    }
    if (capitals < 2 || capitals > 4) {
        return;
    }
    const QString name = titleCased(QStringView(article.author).left(words[capitals - 1].cend() - article.author.cbegin()));
    if (capitals == words.size()) {
        article.author = name;
        return;
    }
    const QString rest = QStringView(article.author).sliced(words[capitals].cbegin() - article.author.cbegin()).toString();
    if (namesOutlet(rest)) {
        if (article.outlet.isEmpty()) {
            article.outlet = rest;
        }
        article.author = name;
    }
}

// "___" or "* * *" between the story and its credits.
bool isRule(const QString &line)
{
    return !line.isEmpty() && line.size() <= 20 && std::none_of(line.cbegin(), line.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// "[00:12:31]", "(12:31)": a transcript's running time over what was said from then on; an
// offset into the recording, no time of day.
bool isRunningTime(const QString &line)
{
    constexpr qsizetype longestTime = 10; // "[00:12:31]"
    if (line.size() < 6 || line.size() > longestTime || !QStringView(u"[(").contains(line.front()) || !QStringView(u"])").contains(line.back())) {
        return false;
    }
    const QStringView time = QStringView(line).sliced(1, line.size() - 2);
    const qsizetype colons = time.count(u':');
    return (colons == 1 || colons == 2) && time.back() != u':' && std::all_of(time.cbegin(), time.cend(), [](QChar c) { return c.isDigit() || c == u':'; });
}

// "Copyright 2025 The Associated Press. All rights reserved."
bool isNotice(const QString &line)
{
    return line.size() < 400 && containsNoCase(line, u"all rights reserved", 6);
}

// The labels of a page's buttons and slots that stand alone on a line.
const QStringList &pageButtons()
{
    // A blog's sharing box copies as its heading over one network a line ("Share this:",
    // "Facebook", "X", "Email", "Like this:", "Like Loading...").
    static const QStringList buttons{u"share"_s, u"save"_s, u"share this article"_s, u"copy link"_s, u"print"_s, u"advertisement"_s, u"skip advertisement"_s,
        u"listen to this article"_s, u"getty images"_s, u"share this"_s, u"like this"_s, u"like loading"_s, u"facebook"_s, u"x"_s, u"twitter"_s, u"email"_s,
        u"whatsapp"_s, u"linkedin"_s, u"reddit"_s, u"pinterest"_s, u"tumblr"_s, u"follow"_s, u"listen"_s, u"tweet"_s, u"read next"_s,
        // where an advertisement broke the story on the page ("Story continues below advertisement")
        u"story continues below advertisement"_s, u"article continues below advertisement"_s, u"story continues below"_s, u"article continues below"_s,
        u"continue reading the main story"_s, u"continue reading below"_s, u"continue reading"_s, u"story continues"_s, u"advertisement - scroll to continue"_s,
        u"advertisement \u2013 scroll to continue"_s, u"scroll to continue with content"_s,
        // the link to the readers' comments, and a sign-up form's button and field
        u"comments"_s, u"view comments"_s, u"show comments"_s, u"sign up"_s, u"subscribe"_s, u"enter your email"_s, u"enter your email address"_s,
        // a wire's link to license its pictures, and a link to the story in another language
        u"purchase licensing rights"_s, u"leer en español"_s, u"lire en français"_s,
        // a broadcaster's page: the note that a link was copied, its player's list, the slot of an advertisement
        u"link copied"_s, u"playlist"_s, u"sponsor message"_s,
        // a contributor's page: the button to follow the writer, the links to the site's rules and reprints
        u"e-mail"_s, u"follow author"_s, u"editorial standards"_s, u"reprints & permissions"_s, u"reprints and permissions"_s,
        // a business page's tools beside the text
        u"translate"_s, u"gift this article"_s, u"learn more"_s};
    return buttons;
}

// A picture's caption copied from a gallery, after its place in it: "Item 1 of 4 Police
// officers stand guard ...", "[1/4]Police officers stand guard ...", "Image 3 of 12 ...".
bool isGalleryCaption(QStringView line)
{
    static const QRegularExpression place(u"^(?:(?:Item|Image|Photo|Picture) \\d{1,3} of \\d{1,3} |\\[\\d{1,3}/\\d{1,3}\\])"_s);
    return line.size() < 600 && !line.isEmpty() && QStringView(u"IP[").contains(line.front()) && place.matchView(line).hasMatch();
}

// What a newsletter's sign-up box holds under its call: what the letter brings ("Get the day's
// top stories delivered to your inbox."), the form's field and button, and the terms of
// signing up ("By signing up, you agree to our Privacy Policy.").
bool isNewsletterFormLine(QStringView line)
{
    constexpr qsizetype longestFormLine = 200;
    if (line.isEmpty() || line.size() > longestFormLine) {
        return false;
    }
    static const QList<QStringView> terms{u"by signing up", u"by subscribing", u"by entering your email", u"by clicking", u"thank you for signing up",
        u"thanks for signing up", u"thank you for subscribing", u"thanks for subscribing", u"i would like to be emailed"};
    const QString key = pageFurnitureKey(line);
    return pageButtons().contains(key) || key == u"email address"_s || containsNoCase(line, u"inbox", 2) || containsNoCase(line, u"privacy notice", 3)
        || containsNoCase(line, u"privacy policy", 3)
        || std::any_of(terms.cbegin(), terms.cend(), [line](QStringView opening) { return line.startsWith(opening, Qt::CaseInsensitive); });
}

// The index after a newsletter's sign-up box that opens at paragraphs[at], or `at` when no box
// opens there. The call stands as a heading does, without a stop ("Sign up for our World
// Briefing newsletter"); a sentence that asks readers to sign up ends on one.
qsizetype afterNewsletterBox(const QList<QString> &paragraphs, qsizetype at)
{
    constexpr qsizetype longestCall = 100;
    constexpr qsizetype mostFormLines = 4;
    const QStringView call = QStringView(paragraphs[at]).trimmed();
    // "Get our free Travel email for expert advice": an offer of the letter calls for it too.
    const bool offer = call.startsWith(u"Get our ", Qt::CaseInsensitive) && (containsNoCase(call, u"email", 1) || containsNoCase(call, u"newsletter", 3));
    if (call.size() > longestCall || endsWithClosingPunctuation(call) || !(offer || isCallToFollow(call))) {
        return at;
    }
    qsizetype after = at + 1;
    while (after < paragraphs.size() && after <= at + mostFormLines && isNewsletterFormLine(QStringView(paragraphs[after]).trimmed())) {
        ++after;
    }
    return after;
}

// "Opinions expressed by Forbes Contributors are their own.", "The views expressed in this
// article are the author's own.": the site's note on a contributor's piece.
bool isOpinionDisclaimer(QStringView line)
{
    constexpr qsizetype longestNote = 200;
    static const QList<QStringView> openings{u"opinions expressed ", u"the opinions expressed ", u"the views expressed ", u"views expressed "};
    return line.size() <= longestNote && !line.isEmpty() && QStringView(u"oOtTvV").contains(line.front())
        && std::any_of(openings.cbegin(), openings.cend(), [line](QStringView opening) { return line.startsWith(opening, Qt::CaseInsensitive); })
        && line.contains(u" own");
}

// "This article is more than 1 month old": a page's warning that the story is not recent.
bool isAgeNotice(QStringView line)
{
    static const QRegularExpression notice(u"^This (?:article|story) is more than (?:\\d+|one|two|three|a) (?:day|week|month|year)s? old\\W*$"_s);
    return line.size() <= 50 && line.startsWith(u"This ") && notice.matchView(line).hasMatch();
}

// A live page's box of its key events, copied: "Key events" over the posts' headings, each under
// its age ("3h ago"), and "Show key events only" closing it. The posts follow with their
// headings: the box repeats them. Returns the index after the box, or `at` where none opens.
qsizetype afterKeyEvents(const QList<QString> &paragraphs, qsizetype at)
{
    constexpr qsizetype longestBox = 16;
    // Only a short line is made a key: most lines are long.
    if (paragraphs[at].size() > 20 || pageFurnitureKey(paragraphs[at]) != u"key events"_s) {
        return at;
    }
    for (qsizetype i = at + 1; i < std::min(paragraphs.size(), at + longestBox); ++i) {
        if (pageFurnitureKey(paragraphs[i]) == u"show key events only"_s) {
            return i + 1;
        }
    }
    return at;
}

// "Please turn on JavaScript to use this feature": the note where a page's script drew a box.
bool isScriptNotice(QStringView line)
{
    constexpr qsizetype longestNotice = 160;
    return line.size() <= longestNotice && containsNoCase(line, u"javascript", 0)
        && (containsNoCase(line, u"turn on ", 5) || containsNoCase(line, u"enable ", 1) || containsNoCase(line, u"activate ", 2));
}

// "Have a confidential tip for our reporters? Get in Touch", "Got a news tip? Email us": the
// page's call for tips, a question about a tip and the way to send it.
bool isCallForTips(QStringView line)
{
    constexpr qsizetype longestCall = 120;
    static const QList<QStringView> openings{u"have a ", u"got a ", u"do you have a "};
    static const QList<QStringView> ways{u"get in touch", u"contact us", u"email us", u"e-mail us", u"let us know", u"send us", u"tips@"};
    return line.size() <= longestCall && line.contains(u'?') && containsNoCase(line, u" tip", 1)
        && std::any_of(openings.cbegin(), openings.cend(), [line](QStringView opening) { return line.startsWith(opening, Qt::CaseInsensitive); })
        && std::any_of(ways.cbegin(), ways.cend(), [line](QStringView way) { return line.contains(way, Qt::CaseInsensitive); });
}

// "Heard on Morning Edition": the broadcast a radio story's page says it ran in.
bool isProgrammeNote(QStringView line)
{
    constexpr qsizetype longestNote = 60;
    return line.size() <= longestNote && line.size() > 9 && line.startsWith(u"Heard on ") && line[9].isUpper() && !endsWithClosingPunctuation(line);
}

// A radio story's page names its programme over the headline and again in "Heard on Morning
// Edition" under it: that first line is the programme's name, no headline. Empty when the
// first line is not named so among the next few.
QString programmeOverHeadline(const QList<QString> &paragraphs)
{
    constexpr qsizetype linesToLook = 6;
    const QString first = paragraphs.isEmpty() ? QString() : paragraphs.constFirst().trimmed();
    for (qsizetype i = 1; !first.isEmpty() && i < std::min(paragraphs.size(), linesToLook); ++i) {
        const QStringView line = QStringView(paragraphs[i]).trimmed();
        if (isProgrammeNote(line) && line.sliced(9) == first) {
            return first;
        }
    }
    return {};
}

// A dateline a copy breaks over lines, as a broadcaster's page sets it: "Washington" / "CNN" /
// "—" before the first sentence. Returns the index after it, or `at` where none starts.
qsizetype afterBrokenDateline(const QList<QString> &paragraphs, qsizetype at)
{
    constexpr qsizetype longestPlace = 30;
    constexpr qsizetype mostPlaceWords = 3;
    if (at + 2 >= paragraphs.size()) {
        return at;
    }
    // The dash alone on its line is the rare mark: it is looked at first.
    const QStringView dash = QStringView(paragraphs[at + 2]).trimmed();
    if (dash != u"\u2014" && dash != u"\u2013" && dash != u"-") {
        return at;
    }
    const QStringView place = QStringView(paragraphs[at]).trimmed();
    const QList<QStringView> words = place.split(u' ', Qt::SkipEmptyParts);
    const bool isPlace = !place.isEmpty() && place.size() <= longestPlace && words.size() <= mostPlaceWords
        && std::all_of(words.cbegin(), words.cend(), [](QStringView word) { return word.front().isUpper() && word.back().isLetter(); });
    return isPlace && namesOutlet(paragraphs[at + 1].trimmed()) ? at + 3 : at;
}

// "Most read", or the same heading over one section's list ("Most Read World", "Top stories
// in Business"): the foot of the page when only titles follow it.
bool isFootHeading(const QString &key)
{
    static const QStringList footHeadings{u"related topics"_s, u"suggested topics"_s, u"more on this story"_s, u"top stories"_s, u"most read"_s,
        u"most viewed"_s, u"most popular"_s, u"related articles"_s, u"explore more on these topics"_s, u"you may also like"_s, u"read more"_s};
    constexpr qsizetype mostSectionWords = 3;
    return std::any_of(footHeadings.cbegin(), footHeadings.cend(), [&key](const QString &heading) {
        return key == heading
            || (key.startsWith(heading) && key.size() > heading.size() && key[heading.size()] == u' '
                && QStringView(key).sliced(heading.size() + 1).count(u' ') < mostSectionWords);
    });
}

// Text copied from a news page in a browser brings the page's buttons, picture credits and
// captions, and the lists of other stories at its foot. None of it is the story.
// Where the readers' comments begin in a copied page ("3 thoughts on “...”", "Leave a
// Reply", "Post navigation" between the post and them): the commenters' names and words are
// no part of the story.
// Where a blog platform's page goes on past the post: the writer's box ("Written by Daniel
// Ortiz" over the followers) and the lists of other posts ("More from ...", "Recommended from
// Medium"). A "Written by" line near the top is the byline, so these count only further down.
bool opensPageFoot(const QString &line)
{
    static const QRegularExpression foot(u"^(?:written by|more from|recommended from) \\S.{0,80}$"_s, QRegularExpression::CaseInsensitiveOption);
    return line.size() <= 100 && !endsWithClosingPunctuation(line) && foot.matchView(line).hasMatch();
}

bool opensComments(const QString &line)
{
    static const QRegularExpression heading(
        u"^(?:\\d+|one|two|three) (?:thoughts?|comments?|responses?|replies) (?:on|to) [\u201C\u2018\"']"
        u"|^(?:\\d+ comments?|leave a (?:reply|comment)|post navigation|join the (?:conversation|discussion)"
        u"|comments are closed|share or comment on this article|join our commenting forum|comments \\(?\\d[\\d,.]*[kK]?\\)?)\\W*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (line.size() > 200) {
        return false;
    }
    // The expression runs only on a line that opens as one of its forms does (most lines do not).
    const QStringView trimmed = QStringView(line).trimmed();
    static const QList<QStringView> openings{u"one ", u"two ", u"three ", u"leave a ", u"post navigation", u"join the ", u"comments are closed",
        u"share or comment", u"join our commenting", u"comments "};
    const bool mayMatch = !trimmed.isEmpty() && (trimmed.front().isDigit() || std::any_of(openings.cbegin(), openings.cend(), [trimmed](QStringView opening) {
        return trimmed.startsWith(opening, Qt::CaseInsensitive);
    }));
    return mayMatch && heading.matchView(trimmed).hasMatch();
}

QList<QString> withoutPageFurniture(const QList<QString> &paragraphs, qsizetype keep)
{
    const QStringList &buttons = pageButtons();
    static const QStringList creditOpenings{u"image source, "_s, u"image caption, "_s, u"media caption, "_s, u"photograph: "_s, u"photo: "_s};
    // "Council members debated until dawn.Credit...Jordan Vale for The New York Times": a caption.
    const auto creditedCaption = [](const QString &line) {
        if (line.size() >= 300) {
            return false;
        }
        // A search for one character is far cheaper than for a word; "C" is rare enough.
        for (qsizetype at = line.indexOf(u'C'); at >= 0; at = line.indexOf(u'C', at + 1)) {
            const QStringView after = QStringView(line).sliced(at);
            if (after.startsWith(u"Credit..."_s) || after.startsWith(u"Credit\u2026"_s)) {
                return true;
            }
        }
        return false;
    };
    // A box of links to other stories set between paragraphs ("RELATED COVERAGE" over titles).
    static const QStringList relatedHeadings{u"related coverage"_s, u"related stories"_s, u"related article"_s, u"related content"_s, u"related"_s,
        u"read more"_s, u"more coverage"_s, u"also read"_s, u"read also"_s, u"see also"_s, u"recommended"_s, u"recommended stories"_s};
    const auto isTitle = [](const QString &line) {
        const QString trimmed = line.trimmed();
        return trimmed.size() < 120 && !endsWithClosingPunctuation(trimmed);
    };
    QList<QString> kept = paragraphs.first(std::min(keep, paragraphs.size()));
    qsizetype titlesFrom = -1; // the first of the titles that close the text, once looked for
    constexpr qsizetype longestFurniture = 60; // buttons, headings and "Image source, ... Image caption,"
    for (qsizetype i = kept.size(); i < paragraphs.size(); ++i) {
        const QString key = paragraphs[i].size() <= longestFurniture ? pageFurnitureKey(paragraphs[i]) : QString();
        if (relatedHeadings.contains(key) && i + 1 < paragraphs.size() && isTitle(paragraphs[i + 1])) {
            while (i + 1 < paragraphs.size() && isTitle(paragraphs[i + 1]) && !opensComments(paragraphs[i + 1])) {
                ++i;
            }
            continue;
        }
        if (isFootHeading(key)) {
            // The foot of the page: a list of short titles, none of them a sentence. Where the
            // titles that close the text begin is found once: a text of many such headings
            // would otherwise be read to its end from each of them.
            if (titlesFrom < 0) {
                titlesFrom = paragraphs.size();
                while (titlesFrom > 0) {
                    const QString trimmed = paragraphs[titlesFrom - 1].trimmed();
                    // The copyright notice under the titles is the page's too, a sentence though it is.
                    const bool sentence = trimmed.endsWith(u'.') || trimmed.endsWith(u'"') || trimmed.endsWith(u'\u201D');
                    if (trimmed.size() >= 100 || (sentence && !isNotice(trimmed))) {
                        break;
                    }
                    --titlesFrom;
                }
            }
            if (i >= titlesFrom) {
                break;
            }
        }
        const bool captionLabel = key == u"image caption"_s || key == u"media caption"_s
            || (key.startsWith(u"image source"_s) && (key.endsWith(u"image caption"_s) || key.endsWith(u"media caption"_s)));
        if (captionLabel) {
            ++i; // "Image caption," stands before the caption itself (after the credit, when lines ran together)
            continue;
        }
        const QString line = paragraphs[i].trimmed();
        if (const qsizetype after = afterNewsletterBox(paragraphs, i); after > i) {
            i = after - 1;
            continue;
        }
        constexpr qsizetype topLines = 6; // the headline, a standfirst, the byline and the date, the buttons
        if (opensComments(line) || (i >= topLines && opensPageFoot(line))) {
            break;
        }
        if (isCountLine(line) || isRunningTime(line) || isGalleryCaption(line) || isProgrammeNote(line) || isOpinionDisclaimer(line) || isAgeNotice(line)
            || isScriptNotice(line) || isCallForTips(line)) {
            continue;
        }
        if (const qsizetype after = afterBrokenDateline(paragraphs, i); after > i) {
            i = after - 1;
            continue;
        }
        if (const qsizetype after = afterKeyEvents(paragraphs, i); after > i) {
            i = after - 1;
            continue;
        }
        // "READ: Six storms in a month: How ...", "WATCH | Waves batter the harbour wall", "CLICK
        // HERE TO GET THE NEWS APP": a link to another story, a video or an app between
        // paragraphs, which lost its link in the copy; a title, no sentence.
        static const QList<QStringView> linkLabels{
            u"read:", u"read more:", u"also read:", u"read also:", u"see also:", u"related:", u"watch:", u"watch |", u"video:", u"click here"};
        if (isTitle(line)
            && std::any_of(linkLabels.cbegin(), linkLabels.cend(), [&line](QStringView label) { return line.startsWith(label, Qt::CaseInsensitive); })) {
            continue;
        }
        // "Published in" over the publication's name, both on lines of their own.
        if (key == u"published in"_s && i + 1 < paragraphs.size() && isTitle(paragraphs[i + 1])) {
            ++i;
            continue;
        }
        // "Posted in Europe, World", "Filed under: Paris": the post's sections.
        if ((key.startsWith(u"posted in "_s) || key.startsWith(u"filed under"_s)) && !endsWithClosingPunctuation(line)) {
            continue;
        }
        // Every credit's label opens with an 'i', an 'm' or a 'p': other lines spare the list.
        const bool mayBeCredit = !line.isEmpty() && QStringView(u"iImMpP").contains(line.front());
        const bool credit = mayBeCredit && std::any_of(creditOpenings.cbegin(), creditOpenings.cend(), [&line](const QString &opening) {
            return line.startsWith(opening, Qt::CaseInsensitive);
        });
        // The copyright notice closes the page.
        const bool atFoot = i + 3 >= paragraphs.size();
        if (credit || buttons.contains(key) || creditedCaption(paragraphs[i]) || isPhotoCaption(line) || (isRule(line) && !isReleaseEndMark(line))
            || isReadingTimeNote(line) || (atFoot && isNotice(line))) {
            continue;
        }
        kept.append(paragraphs[i]);
    }
    return kept;
}

} // namespace

bool namesOutlet(const QString &text)
{
    static const QStringList outletWords{u"press"_s, u"news"_s, u"times"_s, u"post"_s, u"journal"_s, u"agency"_s, u"wire"_s, u"service"_s, u"guardian"_s,
        u"telegraph"_s, u"herald"_s, u"tribune"_s, u"independent"_s, u"reuters"_s, u"bloomberg"_s, u"observer"_s, u"gazette"_s, u"radio"_s, u"television"_s,
        u"broadcasting"_s, u"media"_s,
        // papers' names that are nobody's surname ("Bee", "Ledger", "Mercury" are)
        u"courier"_s, u"chronicle"_s, u"dispatch"_s, u"sentinel"_s, u"examiner"_s, u"enquirer"_s, u"inquirer"_s, u"bulletin"_s, u"advertiser"_s};
    const QList<QStringView> words = QStringView(text).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 4) {
        return false;
    }
    bool outletWord = false;
    for (const QStringView word : words) {
        if (!word.front().isUpper()) {
            return false;
        }
        outletWord = outletWord || outletWords.contains(word.toString().toLower());
    }
    const bool acronym = words.size() == 1 && words.front().size() >= 2 && words.front().size() <= 4
        && std::all_of(words.front().begin(), words.front().end(), [](QChar c) { return c.isUpper(); });
    return outletWord || acronym;
}

QString withoutOutletName(const QString &byline, const QString &outlet)
{
    if (outlet.isEmpty() || byline.size() <= outlet.size() + 1 || !byline.endsWith(outlet, Qt::CaseInsensitive)) {
        return byline;
    }
    const QString writer = byline.first(byline.size() - outlet.size()).trimmed();
    return looksLikeBareName(writer) ? writer : byline;
}

bool isCountLine(const QString &line)
{
    if (line.isEmpty()) {
        return false;
    }
    // A social post's row of counts runs several together: "412 reposts 38 quotes 1,906 likes", "12 48 301".
    static const QRegularExpression count(u"^(?:\\d[\\d.,]*[KkMm]?(?: (?:followers|claps|likes|comments|responses|restacks|reposts|retweets|quotes|replies"
                                          u"|shares|views|bookmarks))?(?: |$)){1,6}$"_s,
        QRegularExpression::CaseInsensitiveOption);
    constexpr qsizetype longestRow = 80;
    return line.size() <= longestRow && line.front().isDigit() && count.matchView(line).hasMatch();
}

bool isOtherStoriesHeading(const QString &heading)
{
    // Headings a story may also give a section of its own ("Top stories", "More news" over a
    // digest's items) are not among them.
    static const QStringList headings{u"related"_s, u"related posts"_s, u"related stories"_s, u"related articles"_s, u"related coverage"_s,
        u"related content"_s, u"more videos"_s, u"more stories"_s, u"most read"_s, u"most viewed"_s, u"most popular"_s, u"trending"_s, u"trending now"_s,
        u"read more"_s, u"read next"_s, u"up next"_s, u"you may also like"_s, u"you might also like"_s, u"recommended"_s, u"recommended for you"_s,
        u"more on this story"_s};
    // "More from Marcus Oyelaran", "Recommended from Medium": a writer's or a site's name
    // follows, not a story's words ("More from the hearing").
    static const QList<QStringView> fromOpenings{u"more from ", u"recommended from ", u"more stories from "};
    constexpr qsizetype longestHeading = 80;
    if (heading.size() > longestHeading) {
        return false;
    }
    const auto opening
        = std::find_if(fromOpenings.cbegin(), fromOpenings.cend(), [&heading](QStringView from) { return heading.startsWith(from, Qt::CaseInsensitive); });
    if (opening != fromOpenings.cend()) {
        return heading.size() > opening->size() && heading[opening->size()].isUpper();
    }
    return headings.contains(pageFurnitureKey(heading));
}

bool namesNewsJob(const QString &text)
{
    static const QStringList jobWords{
        u"correspondent"_s, u"editor"_s, u"reporter"_s, u"writer"_s, u"columnist"_s, u"journalist"_s, u"producer"_s, u"contributor"_s, u"staff"_s};
    const QList<QStringView> words = QStringView(text).split(u' ', Qt::SkipEmptyParts);
    // "Contributor." closes a byline ("By Dana Whitfield, Contributor."): the stop is no part of the word.
    return !words.isEmpty() && words.size() <= 5
        && std::any_of(words.cbegin(), words.cend(), [](QStringView word) { return jobWords.contains(word.toString().toLower().remove(u'.').remove(u',')); });
}

bool containsNoCase(QStringView text, QStringView phrase, qsizetype letterAt)
{
    const QChar letter = phrase[letterAt];
    for (const QChar c : {letter.toLower(), letter.toUpper()}) {
        for (qsizetype at = text.indexOf(c, letterAt); at >= 0; at = text.indexOf(c, at + 1)) {
            if (text.sliced(at - letterAt).startsWith(phrase, Qt::CaseInsensitive)) {
                return true;
            }
        }
    }
    return false;
}

bool isPhotoCaption(QStringView line)
{
    static const QRegularExpression credit(u"\\((?:[^()]*\\bPhoto(?:graph)?s?\\b[^()]*|[A-Za-z. ]+/[^()]+)\\)$"_s);
    // Most paragraphs end on a stop: the expression runs only on those that end on a bracket.
    return line.size() < 500
        && (line.startsWith(u"FILE - "_s) || line.startsWith(u"FILE \u2014 "_s) || (line.endsWith(u')') && credit.matchView(line).hasMatch())
            || endsOnPictureCredit(line));
}

bool closesNewsletterPromotion(QStringView line)
{
    constexpr qsizetype markLength = 26; // "after newsletter promotion"
    return line.size() >= markLength && line.size() <= markLength + 4 && pageFurnitureKey(line) == u"after newsletter promotion"_s;
}

bool opensNewsletterPromotion(QStringView line)
{
    constexpr qsizetype longestCall = 80;
    const QStringView trimmed = line.trimmed();
    return trimmed.size() <= longestCall
        && (pageFurnitureKey(trimmed) == u"skip past newsletter promotion"_s
            || ((trimmed.startsWith(u"Sign up to ") || trimmed.startsWith(u"Sign up for ")) && !endsWithClosingPunctuation(trimmed)));
}

bool endsOnPictureCredit(QStringView line)
{
    // "Police officers outside the Louvre on Sunday. Photograph: Lena Ortiz/Reuters": the
    // credit closes the caption after its last sentence, and holds no sentence of its own.
    constexpr qsizetype longestCredit = 80;
    static const QList<QStringView> labels{u"Photograph: ", u"Photo: ", u"Photograph by ", u"Illustration: ", u"Composite: "};
    // Most lines end on a stop, which no credit does; of the others most hold no label.
    if (line.isEmpty() || line.endsWith(u'.') || line.endsWith(u'"') || line.endsWith(u'\u201D') || (!line.contains(u':') && !line.contains(u" by "))) {
        return false;
    }
    for (const QStringView label : labels) {
        const qsizetype at = line.lastIndexOf(label);
        if (at < 0 || (at > 0 && !line.first(at).trimmed().endsWith(u'.'))) {
            continue;
        }
        const QStringView credit = line.sliced(at + label.size());
        if (!credit.isEmpty() && credit.size() <= longestCredit && !credit.contains(u". ") && !credit.endsWith(u'.')) {
            return true;
        }
    }
    return false;
}

namespace {

// A site that runs agency copy under its own name credits the agencies at the foot: "(With
// inputs from agencies)", "With inputs from PTI", "— Agencies", "ABC/Wires", "Additional
// reporting: Reuters". A paragraph that goes on is a sentence about agencies.
bool isAgencyCredit(QStringView line)
{
    static const QRegularExpression credit(u"^[(\u2014\u2013-]*\\s*(?:with (?:inputs?|reporting) from [^.;]{2,40}|with (?:agency|wire) inputs"
                                           u"|additional reporting:\\s*[^.;]{2,40}|(?:[\\w.]{2,12}\\s*/\\s*)?(?:agencies|wires|agency report))[)\\s.]*$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return line.size() <= 60 && credit.matchView(line).hasMatch();
}

} // namespace

// A news site closes with calls to follow it elsewhere: "Follow The Standard channel on
// WhatsApp.", "Download The Times App to Get Daily Market Updates", "Catch all the World News
// ... Updates on ...", "Don't miss out on the latest news". A call names the channel or the
// news it offers; "Follow the money" as the story's last words names none.
bool isCallToFollow(QStringView line)
{
    static const QRegularExpression call(
        u"^(?:follow|join|download (?:the|our)|catch all|stay (?:informed|updated|connected|tuned)|subscribe to|sign up|don[\u2019']?t miss|for "
        u"(?:more|comprehensive|complete|full|"
        u"the latest|all the latest) (?:news|coverage|updates|stories))\\b.*\\b(?:whatsapp|telegram|google news|apps?|channel|newsletter|e-?paper|"
        u"updates|latest news|news alerts|subscribe|coverage|linkedin|twitter|facebook|instagram|bluesky)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Every call opens with one of these words: a look at the opening spares the expression.
    static const QList<QStringView> openings{
        u"follow", u"join", u"download the", u"download our", u"catch all", u"stay ", u"subscribe to", u"sign up", u"don", u"for "};
    const bool mayMatch = line.size() <= 300
        && std::any_of(openings.cbegin(), openings.cend(), [line](QStringView opening) { return line.startsWith(opening, Qt::CaseInsensitive); });
    return mayMatch && call.matchView(line).hasMatch();
}

namespace {

// "TAGS: climate change, COP29, Baku": the page's subjects, copied with the text.
bool isTagLine(QStringView line)
{
    return line.size() <= 200 && (line.startsWith(u"tags:", Qt::CaseInsensitive) || line.startsWith(u"topics:", Qt::CaseInsensitive)) && !line.endsWith(u'.');
}

// How a wire agency's copy closes, after the story: "(END)", the writer's e-mail address alone
// ("jwp@agency.example"), the desk's sign-off in lower-case codes ("bur-jt/des", "sst/jm").
bool isWireSignOff(QStringView line)
{
    constexpr qsizetype longestSignOff = 60;
    if (line.isEmpty() || line.size() > longestSignOff || line.contains(u' ')) {
        return false;
    }
    if (pageFurnitureKey(line.trimmed()).remove(u'(').remove(u')').remove(u'-') == u"end"_s) {
        return true;
    }
    if (line.count(u'@') == 1 && line.indexOf(u'.', line.indexOf(u'@')) > 0 && !line.endsWith(u'.')) {
        return true;
    }
    static const QRegularExpression deskCodes(u"^[a-z]{2,5}(?:-[a-z]{2,5})*(?:/[a-z]{2,5}(?:-[a-z]{2,5})*)+$"_s);
    return line.contains(u'/') && line.front().isLower() && deskCodes.matchView(line).hasMatch();
}

// "This report by The Canadian Press was first published Jan. 6, 2025.", "This article was
// first published in French by ...": where and when the text first ran.
bool isFirstPublishedNote(QStringView line)
{
    static const QList<QStringView> openings{u"this article ", u"this story ", u"this report "};
    static const QList<QStringView> notes{u" was first published", u" first appeared ", u" was originally published"};
    return !line.isEmpty() && line.size() < 300 && (line.front() == u'T' || line.front() == u't')
        && std::any_of(
            openings.cbegin(), openings.cend(), [&line](QStringView opening) { return line.startsWith(opening, Qt::CaseInsensitive); })
        && std::any_of(notes.cbegin(), notes.cend(), [&line](QStringView note) { return line.contains(note, Qt::CaseInsensitive); });
}

// A newsletter's e-mail closes on why the reader got it and the sender's postal address, which
// the law asks of bulk mail: "You're currently a free subscriber to Canyon Notes.", "You are
// receiving this email because you signed up ...", "Our mailing address is: ...", "548 Market
// Street PMB 72296, San Francisco, CA 94104".
bool isNewsletterMailNote(QStringView line)
{
    constexpr qsizetype longestNote = 300;
    if (line.isEmpty() || line.size() > longestNote) {
        return false;
    }
    const QChar first = line.front();
    if (first == u'Y' || first == u'y') {
        static const QRegularExpression why(u"^you(?:'re|’re| are) (?:currently a (?:free|paid) subscriber|receiving this|subscribed to)"
                                            u"|^you received this (?:e-?mail|newsletter|message)"_s,
            QRegularExpression::CaseInsensitiveOption);
        return why.matchView(line).hasMatch();
    }
    if (first == u'O' || first == u'o' || first == u'T' || first == u't') {
        static const QList<QStringView> openings{
            u"our mailing address is", u"this email was sent to", u"this e-mail was sent to", u"this newsletter was sent to"};
        return std::any_of(openings.cbegin(), openings.cend(), [&line](QStringView opening) { return line.startsWith(opening, Qt::CaseInsensitive); });
    }
    // A street address that closes on a US state and ZIP code, alone on its line.
    constexpr qsizetype longestAddress = 120;
    static const QRegularExpression postalAddress(u"^\\d+ [^.!?]*, [A-Z]{2} \\d{5}(?:-\\d{4})?$"_s);
    return first.isDigit() && line.size() <= longestAddress && postalAddress.matchView(line).hasMatch();
}

} // namespace

bool isCorrectionNote(QStringView line)
{
    constexpr qsizetype longestNote = 400;
    if (line.isEmpty() || line.size() > longestNote || !QStringView(u"tTaA").contains(line.front())) {
        return false;
    }
    // "An earlier version of this story misstated ...", "A correction was made on Jan. 10,
    // 2025: ...": only a note on the text opens so.
    static const QList<QStringView> earlierVersions{u"an earlier version of this ", u"a previous version of this ", u"a correction was made on "};
    if (std::any_of(earlierVersions.cbegin(), earlierVersions.cend(), [&line](QStringView opening) { return line.startsWith(opening, Qt::CaseInsensitive); })) {
        return true;
    }
    // "This story has been corrected to show ...", "This version corrects ...": the text itself
    // as the subject of a correction or an update.
    static const QList<QStringView> texts{u"this story ", u"this article ", u"this report ", u"this version "};
    static const QList<QStringView> changes{
        u"has been corrected", u"was corrected", u"corrects ", u"has been updated", u"was updated", u"has been amended", u"was amended", u"has been clarified"};
    const auto text = std::find_if(texts.cbegin(), texts.cend(), [&line](QStringView opening) { return line.startsWith(opening, Qt::CaseInsensitive); });
    if (text == texts.cend()) {
        return false;
    }
    const QStringView rest = line.sliced(text->size());
    return std::any_of(changes.cbegin(), changes.cend(), [rest](QStringView change) { return rest.startsWith(change, Qt::CaseInsensitive); });
}

bool isNoteOnTheArticle(QStringView line, const QString &author)
{
    if (isAgencyCredit(line) || isCallToFollow(line) || isTagLine(line) || isWireSignOff(line) || isFirstPublishedNote(line) || isCorrectionNote(line)
        || isNewsletterMailNote(line)) {
        return true;
    }
    // "A version of this article appears in print on Nov. 26, 2025, ...", "This story was
    // originally published by ...".
    // "Translation of an original article published in French on ...": an outlet's edition in
    // another language says which text is the original.
    // "Our Standards: The Thomson Reuters Trust Principles.": the agency's link to its rules.
    static const QList<QStringView> openings{u"our standards:", u"a version of this article appears", u"a version of this story appears",
        u"this article originally appeared", u"this article was originally published", u"this story was originally published",
        u"this story originally appeared", u"originally published", u"translation of an original article", u"this article was translated",
        u"this article is a translation", u"translated from the"};
    // Each list is looked through only for a line that opens with one of its first letters.
    const QChar first = line.isEmpty() ? QChar() : line.front();
    if (line.size() < 400 && QStringView(u"aAtToO").contains(first)
        && std::any_of(openings.cbegin(), openings.cend(), [&line](QStringView opening) { return line.startsWith(opening, Qt::CaseInsensitive); })) {
        return true;
    }
    // The wire's credits in brackets, "(Reporting by Ana Ruiz; Editing by Tom Hale)": who
    // worked on the story.
    // "Additional reporting by ..." names only helpers, also without brackets; "Reporting by
    // ..." without them may open a sentence on what reporting found.
    static const QList<QStringView> creditOpenings{
        u"(reporting by", u"(additional reporting by", u"additional reporting by", u"(writing by", u"(editing by", u"(compiled by"};
    if (line.size() < 300 && QStringView(u"(aA").contains(first) && std::any_of(creditOpenings.cbegin(), creditOpenings.cend(), [&line](QStringView opening) {
            return line.startsWith(opening, Qt::CaseInsensitive);
        })) {
        return true;
    }
    // A business page prints the credits without brackets, but as a list of jobs: "Reporting
    // by Ana Ruiz in Chicago; Editing by Tom Hale".
    static const QRegularExpression unbracketedCredits(
        u"^(?:reporting|writing|compiled|additional reporting) by [^.;]{2,150}; (?:additional reporting|editing|writing|compiled|graphics) by "_s,
        QRegularExpression::CaseInsensitiveOption);
    if (line.size() < 400 && line.contains(u';') && unbracketedCredits.matchView(line).hasMatch()) {
        return true;
    }
    // "($1 = 0.9234 euros)", "(£1 = $1.2710)": the exchange rate behind the story's sums.
    static const QRegularExpression exchangeRates(
        u"^(?:\\(\\s*(?:[A-Z]{0,3}[$\u20AC\u00A3\u00A5]|\\p{L}+ )?\\s?1\\s?(?:\\p{L}+ )?=\\s*[^()=]{2,40}\\)\\s*)+$"_s);
    if (line.size() <= 200 && line.startsWith(u'(') && line.contains(u'=') && exchangeRates.matchView(line).hasMatch()) {
        return true;
    }
    // "Alex Marin covers the White House.": the note on one of the writers.
    if (author.isEmpty() || line.size() > 300) {
        return false;
    }
    static const QRegularExpression joiners(u",\\s*|\\s+and\\s+"_s);
    for (const QString &name : author.split(joiners, Qt::SkipEmptyParts)) {
        if (!name.contains(u' ')) {
            continue;
        }
        // "LISA MERCER" alone over her note: the writer's name set as its heading.
        if (line.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
        const QStringView rest = line.startsWith(name) ? line.sliced(name.size()) : QStringView();
        if (rest.size() > 2 && rest.front() == u' ' && rest[1].isLower()) {
            return true;
        }
        // "Mercer covers the White House for The Associated Press.": the note may name the
        // writer by the surname, before what the writer does.
        static const QList<QStringView> beats{u" covers ", u" writes about ", u" writes for ", u" reports on ", u" reports for "};
        const QStringView surname = QStringView(name).sliced(name.lastIndexOf(u' ') + 1);
        // The byline may set the name in capitals ("By KAREN HOLLOWAY"), the note not.
        const QStringView afterSurname = line.startsWith(surname, Qt::CaseInsensitive) ? line.sliced(surname.size()) : QStringView();
        if (std::any_of(beats.cbegin(), beats.cend(), [afterSurname](QStringView beat) { return afterSurname.startsWith(beat); })) {
            return true;
        }
    }
    return false;
}

bool isStaffCredit(QStringView line)
{
    constexpr qsizetype longestCredit = 60;
    const QStringView text = line.trimmed();
    if (text.size() > longestCredit || text.isEmpty() || text.back().isPunct()) {
        return false;
    }
    static const QList<QStringView> credits{u"staff report", u"staff reports", u"staff and wire reports", u"wire reports", u"staff and agencies",
        u"staff and wires", u"staff and news services", u"news services", u"wire services"};
    // Every credit closes on one of these letters: most lines skip the look-up.
    if (!QStringView(u"sStT").contains(text.back())) {
        return false;
    }
    for (const QStringView credit : credits) {
        if (!text.endsWith(credit, Qt::CaseInsensitive)) {
            continue;
        }
        // "From staff reports", "Guardian staff and agencies": "From" or the outlet before it.
        const QString before = text.first(text.size() - credit.size()).trimmed().toString();
        return before.isEmpty() || before.compare(u"from"_s, Qt::CaseInsensitive) == 0 || namesOutlet(before);
    }
    return false;
}

bool isBylineOrDateLine(QStringView line)
{
    static const QRegularExpression dateLabel(u"^(?:Published|Updated|Posted|Last updated)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    const bool mayBeLabelled = !line.isEmpty() && QStringView(u"pPuUlL").contains(line.front());
    return !bylineCredit(line).isEmpty() || (mayBeLabelled && dateLabel.matchView(line).hasMatch())
        || (line.size() <= 60 && parsePublicationDate(line).isValid()) || FrontMatter::isKeyLine(line) || isStaffCredit(line);
}

QDate dateOfDateLine(QStringView line, bool *updateOnly)
{
    // "Updated 6 March 2025 · Published 4 March 2025": the date after the label of publication.
    for (const QStringView label : {u"Published", u"published", u"PUBLISHED", u"Posted", u"posted", u"POSTED"}) {
        if (const qsizetype at = line.indexOf(label); at >= 0) {
            if (const QDate date = parsePublicationDate(line.sliced(at)); date.isValid()) {
                if (updateOnly) {
                    *updateOnly = false;
                }
                return date;
            }
        }
    }
    static const QList<QStringView> updateLabels{u"updated", u"last updated", u"modified", u"last modified"};
    const QDate date = parsePublicationDate(line);
    if (updateOnly) {
        *updateOnly = date.isValid()
            && std::any_of(updateLabels.cbegin(), updateLabels.cend(), [line](QStringView label) { return line.startsWith(label, Qt::CaseInsensitive); });
    }
    return date;
}

void takeDateLine(QStringView line, QDate &published, bool &dateOfUpdate)
{
    bool updateOnly = false;
    if (const QDate date = dateOfDateLine(line, &updateOnly); date.isValid() && (!published.isValid() || !updateOnly)) {
        published = date;
        dateOfUpdate = updateOnly;
    }
}

bool isUpdateTimeLine(QStringView line)
{
    // The day of the week may come first: "Posted: Thursday, February 13, 2025 5:10 pm",
    // "Updated Tue March 4, 2025"; a month's name or a number follows it. An agency's page
    // says it of the page: "Page last updated: 1/12/2025 7:14 AM".
    static const QRegularExpression updateLine(
        u"^(?:(?:this )?page (?:was )?)?(?:last |first )?(?:updated|published|posted|edited)(?: at| on)?\\s*:?\\s*"
        u"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,? (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? )?\\d"
        u"|(?:\\p{L}+\\.? )?\\S*\\d)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // A sentence ends on a stop; a time may too ("9:48 p.m."), and is let through.
    const bool endsAsLine = !line.endsWith(u'.') || line.endsWith(u"a.m."_s) || line.endsWith(u"p.m."_s);
    return line.size() <= 60 && !line.isEmpty() && QStringView(u"uUpPlLfFeEtT").contains(line.front()) && endsAsLine && updateLine.matchView(line).hasMatch();
}

namespace {

// "2 min", "4 min read": the reading time beside a date.
bool isMinutesNote(QStringView part)
{
    qsizetype digits = 0;
    while (digits < part.size() && part[digits].isDigit()) {
        ++digits;
    }
    const QStringView rest = part.sliced(digits).trimmed();
    return digits > 0 && digits <= 3 && (rest == u"min" || rest == u"mins" || rest == u"minutes" || isReadingTimeNote(part));
}

// "AFP", "KYODO NEWS": an agency's name in capitals.
bool isCreditInCapitals(QStringView part)
{
    constexpr qsizetype longestCredit = 16;
    return part.size() >= 2 && part.size() <= longestCredit && std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c.isUpper() || c == u' '; });
}

// A bar or a dot between the parts of a dated line: "July 24, 2024 | Engineering Team".
bool isLineSeparator(QChar c)
{
    return c == u'|' || c == u'\u00B7' || c == u'\u2022';
}

// The parts of a line between separators, trimmed, empty ones left out. A dash separates too
// where asked: in a credit line ("By Ana Ruiz \u2014 May 2, 2025") though not in a date line.
QList<QStringView> partsBetweenSeparators(QStringView line, bool dashes = false)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype end = 0; end <= line.size(); ++end) {
        if (end < line.size() && !isLineSeparator(line[end]) && !(dashes && line[end] == u'\u2014')) {
            continue;
        }
        const QStringView part = line.sliced(start, end - start).trimmed();
        start = end + 1;
        if (!part.isEmpty()) {
            parts.append(part);
        }
    }
    return parts;
}

} // namespace

bool isLabelledDateLine(QStringView line)
{
    constexpr qsizetype longestLine = 120;
    if (line.isEmpty() || line.size() > longestLine || line.endsWith(u'.')) {
        return false;
    }
    bool dated = false;
    for (const QStringView part : partsBetweenSeparators(line)) {
        if (isUpdateTimeLine(part)) {
            dated = dated || parsePublicationDate(part).isValid();
        } else if (!isMinutesNote(part) && !isCreditInCapitals(part)) {
            return false;
        }
    }
    return dated;
}

namespace {

// "Sabine Okonkwo": two to four capitalised words opening on a known given name, which no
// outlet's name ("Washington Post") is.
bool isBareWriterName(QStringView part)
{
    const QString text = part.toString();
    return looksLikeBareName(text) && !namesOutlet(text) && PeopleLexicon::isGivenName(part.first(part.indexOf(u' ')));
}

// "Tom Hale" from "Tom Hale, June 24, 2023", "Marcus Ellery March 28, 2024 at 6:05 a.m. EDT" or
// "Dana Hollis Updated 7:31 PM EDT, 2024-07-14": a credit that runs on into its date with no
// mark between them; empty when no date closes the credit.
QStringView writerBeforeDate(QStringView credit)
{
    constexpr qsizetype longestDate = 60;
    if (std::none_of(credit.cbegin(), credit.cend(), [](QChar c) { return c.isDigit(); })) {
        return {}; // most bylines: no date to look for
    }
    for (qsizetype space = credit.indexOf(u' '); space > 0; space = credit.indexOf(u' ', space + 1)) {
        const QStringView name = credit.first(space).trimmed();
        const QStringView rest = credit.sliced(space + 1);
        const QStringView firstWord = rest.first(std::max<qsizetype>(0, rest.indexOf(u' '))).trimmed();
        const bool opensDate = !rest.isEmpty() && (rest.front().isDigit() || monthNumber(firstWord) > 0 || isUpdateTimeLine(rest));
        if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isDigit(); })) {
            return {};
        }
        if (opensDate && rest.size() <= longestDate && parsePublicationDate(rest).isValid()) {
            return name.endsWith(u',') ? name.chopped(1) : name;
        }
    }
    return {};
}

} // namespace

namespace {

// "5:42 PM", "5.42pm", "17:42 GMT", "9:14 a.m. EST": a time of day alone.
bool isClockTime(QStringView part)
{
    constexpr qsizetype longestTime = 20;
    static const QRegularExpression time(u"^\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?$"_s, QRegularExpression::CaseInsensitiveOption);
    return !part.isEmpty() && part.size() <= longestTime && part.front().isDigit() && time.matchView(part).hasMatch();
}

} // namespace

CreditLine readCreditLine(QStringView line)
{
    constexpr qsizetype longestLine = 120;
    constexpr qsizetype longestDate = 60;
    constexpr qsizetype mostOutletWords = 4;
    if (line.size() > longestLine || line.endsWith(u'.')) {
        return {};
    }
    if (std::none_of(line.cbegin(), line.cend(), isLineSeparator) && !line.contains(u'\u2014')) {
        return {{}, writerBeforeDate(bylineCredit(line))};
    }
    CreditLine found;
    bool dated = false;
    for (const QStringView part : partsBetweenSeparators(line, true)) {
        QStringView credit = bylineCredit(part);
        // "Sabine Okonkwo | Ravenscourt Gazette | 9 September 2024": the writer's name without
        // "By", known by its given name.
        if (credit.isEmpty() && found.credit.isEmpty() && isBareWriterName(part)) {
            credit = part;
        }
        if (!credit.isEmpty() && found.credit.isEmpty()) {
            found.credit = credit;
        } else if (!dated && part.size() <= longestDate && parsePublicationDate(part).isValid()) {
            dated = true;
        } else if (dated && isClockTime(part)) {
            continue; // "By Jane Okafor | Jan. 10, 2025 | 5:42 PM": the time beside the date
        } else if (!found.outlet.isEmpty() || part.count(u' ') >= mostOutletWords
            || std::any_of(part.cbegin(), part.cend(), [](QChar c) { return c.isDigit(); })) {
            return {};
        } else {
            // The outlet's name: capitalised words ("Meridian Daily", "The Harbour Times").
            const QList<QStringView> words = part.split(u' ', Qt::SkipEmptyParts);
            if (!std::all_of(words.cbegin(), words.cend(), [](QStringView word) { return word.front().isUpper(); })) {
                return {};
            }
            found.outlet = part;
        }
    }
    return dated && !found.credit.isEmpty() ? found : CreditLine{};
}

bool isEditorsInstruction(QStringView line)
{
    static const QList<QStringView> openings{u"(ATTN:", u"(EDS:", u"(EDITORS:", u"(Adds ", u"(ADDS ", u"(Updates ", u"(UPDATES ", u"(Corrects ", u"(CORRECTS "};
    return line.size() <= 300 && line.startsWith(u'(') && line.endsWith(u')')
        && std::any_of(openings.cbegin(), openings.cend(), [&line](QStringView opening) { return line.startsWith(opening); });
}

QString withoutWireVersionMark(const QString &headline)
{
    // "(LEAD)", "(2nd LD)", "(URGENT)", "(UPDATE 2)", "(EDITORS: ...)" before the headline, or
    // "UPDATE 2-" and "REFILE-" glued to it.
    static const QRegularExpression mark(
        u"^(?:\\((?:LEAD|URGENT|\\d+(?:st|nd|rd|th) LD|UPDATE(?: \\d+)?|CORRECTED|REFILE|WRAPUP(?: \\d+)?)(?:,[^)]{1,40})?\\)\\s+"
        u"|(?:UPDATE \\d+|REFILE|CORRECTED|WRAPUP \\d+)-(?=\\S))"_s);
    // Every mark opens with a bracket or one of these words: most headlines skip the expression.
    static const QList<QStringView> openings{u"(", u"UPDATE ", u"REFILE-", u"CORRECTED-", u"WRAPUP "};
    if (std::none_of(openings.cbegin(), openings.cend(), [&headline](QStringView opening) { return headline.startsWith(opening); })) {
        return headline;
    }
    QString text = headline;
    return text.remove(mark);
}

bool isPageFurnitureLine(QStringView line)
{
    constexpr qsizetype longestButton = 60;
    return (line.size() <= longestButton && pageButtons().contains(pageFurnitureKey(line))) || isReadingTimeNote(line)
        || ((line.endsWith(u')') || line.contains(u": ") || line.contains(u" by ")) && isPhotoCaption(line));
}

bool isLinkToOtherStories(QStringView text, qsizetype linkCharacters)
{
    if (linkCharacters == 0 || text.size() >= 200) {
        return false;
    }
    // "Read more: Who was Yevgeny Prigozhin?": a label and the title of another story.
    static const QList<QStringView> labels{u"read more:", u"read more", u"more:", u"read also:", u"also read:", u"see also:", u"related:", u"watch:",
        u"listen:", u"recommended:", u"more on this story:"};
    for (const QStringView label : labels) {
        if (text.startsWith(label, Qt::CaseInsensitive)) {
            text = text.sliced(label.size()).trimmed();
            break;
        }
    }
    const qsizetype letters = text.size() - text.count(u' ');
    return linkCharacters * 10 >= letters * 8;
}

QString pageFurnitureKey(QStringView line)
{
    QString key = line.trimmed().toString().toLower();
    while (!key.isEmpty() && (key.back().isPunct() || key.back().isSpace())) {
        key.chop(1);
    }
    return key;
}

namespace {

// "July 24, 2024 | Engineering Team": a blog's date beside the writer or the desk, set off by
// a bar or a dot; each part is a date or a few words without digits or a closing mark.
bool isDateAndWriter(QStringView line)
{
    constexpr qsizetype longestDate = 30;
    constexpr qsizetype mostSpaces = 3;
    if (std::none_of(line.cbegin(), line.cend(), isLineSeparator)) {
        return false;
    }
    bool dated = false;
    for (const QStringView part : partsBetweenSeparators(line)) {
        if (!dated && part.size() <= longestDate && parsePublicationDate(part).isValid()) {
            dated = true;
            continue;
        }
        const bool words
            = part.count(u' ') <= mostSpaces && !part.back().isPunct() && std::none_of(part.cbegin(), part.cend(), [](QChar c) { return c.isDigit(); });
        if (!words) {
            return false;
        }
    }
    return dated;
}

} // namespace

bool isReadingTimeNote(QStringView line)
{
    if (line.size() > 48) {
        return false;
    }
    static const QRegularExpression note(u"^\\s*(?:listen(?: to (?:this|the) (?:article|story))?\\W*(?:\\(?\\d+(?::\\d\\d)?\\s*(?:min|mins|minutes?)?\\)?)?"
                                         u"|\\d+[\\s-]*(?:min|mins|minutes?) (?:read|listen))\\W*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Both expressions need a digit or, the first, a line that opens with "listen": others
    // spare them.
    const QStringView start = line.trimmed();
    const bool hasDigit = std::any_of(line.cbegin(), line.cend(), [](QChar c) { return c.isDigit(); });
    const bool opensListen = !start.isEmpty() && (start.front() == u'l' || start.front() == u'L');
    if (!hasDigit && !opensListen) {
        return false;
    }
    if (note.matchView(line).hasMatch()) {
        return true;
    }
    if (!hasDigit) {
        return false;
    }
    // Blogging platforms print the reading time and the date on one line, either way round:
    // "5 min read · Dec 10, 2024", "Dec 10, 2024 · 5 min read".
    static const QRegularExpression besideDate(u"^(.*?)\\W*\\b\\d+\\s*(?:min|mins|minutes?) read\\b\\W*(.*)$"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = besideDate.matchView(line);
    if (!match.hasMatch() || match.capturedLength(1) * match.capturedLength(2) != 0) {
        return false;
    }
    const QStringView date = match.capturedLength(1) > 0 ? match.capturedView(1) : match.capturedView(2);
    return (date.size() <= 30 && parsePublicationDate(date).isValid()) || isDateAndWriter(date);
}

QList<QString> plainTextParagraphs(QStringView text)
{
    const QList<QStringView> lines = text.split(u'\n');
    qsizetype width = 0;
    const bool wrapped = isHardWrapped(lines, &width);
    QList<QString> paragraphs;
    QString current;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty()) {
            if (!current.isEmpty()) {
                paragraphs.append(current);
                current.clear();
            }
            continue;
        }
        if (!current.isEmpty()) {
            current.append(u' ');
        }
        current.append(line);
        // A wrapped line runs close to the wrap width; a short one ends its paragraph. The
        // headline never joins what follows.
        const bool joinsNext = wrapped && !paragraphs.isEmpty() && line.size() * 10 >= width * 6;
        if (!joinsNext) {
            paragraphs.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        paragraphs.append(current);
    }
    return paragraphs;
}

bool looksLikeHeading(QStringView line)
{
    line = line.trimmed();
    if (line.size() < 3 || line.size() > 100 || endsWithClosingPunctuation(line) || !line.front().isUpper()) {
        return false;
    }
    if (line.count(u' ') >= 14) {
        return false;
    }
    return !isBylineOrDateLine(line);
}

void appendPlainTextBlocks(ArticleBodyBuilder &body, const QList<QString> &paragraphs, qsizetype first)
{
    for (qsizetype i = first; i < paragraphs.size(); ++i) {
        // After the headline or a paragraph; a heading straight after another heading is rare,
        // a run of short lines (a list, an address) is not a heading.
        const bool afterParagraph = !body.blocks().isEmpty() && (body.blocks().size() == 1 || body.blocks().constLast().kind == TextBlock::Kind::Paragraph);
        // Cheapest test first: most lines are not headings, so the next line is rarely asked.
        const bool heading = afterParagraph && looksLikeHeading(paragraphs[i]) && i + 1 < paragraphs.size() && !looksLikeHeading(paragraphs[i + 1]);
        body.add(heading ? TextBlock::Kind::Heading : TextBlock::Kind::Paragraph, paragraphs[i]);
    }
}

QStringView bylineCredit(QStringView line)
{
    // "(Reporting by ...; Editing by ...)": wire stories close with their credits in brackets.
    static const QRegularExpression byline(
        u"^\\(?(?:By|BY|Written by|Reporting by|Additional reporting by|Writing by|Editing by|Analysis by|Words by)(?:\\s*:)?\\s+(\\S.*?)\\s*$"_s);
    // Every credit opens with one of these capitals, after a bracket at most.
    const QStringView start = line.startsWith(u'(') ? line.sliced(1) : line;
    if (start.isEmpty() || !QStringView(u"BWRAE").contains(start.front())) {
        return {};
    }
    const QRegularExpressionMatch m = byline.matchView(line);
    return m.hasMatch() ? m.capturedView(1) : QStringView();
}

namespace {

// Words of a credit that names no writer: "Agency Report", "By Our Correspondent",
// "Staff Reporter", "News Desk", "Express News Service".
bool isDeskWord(QStringView word)
{
    static const QStringList words{u"agency"_s, u"agencies"_s, u"report"_s, u"reporter"_s, u"reporters"_s, u"correspondent"_s, u"correspondents"_s, u"staff"_s,
        u"desk"_s, u"bureau"_s, u"service"_s, u"team"_s, u"wires"_s, u"our"_s, u"own"_s, u"special"_s, u"news"_s, u"web"_s, u"online"_s, u"digital"_s, u"the"_s,
        u"by"_s};
    return words.contains(word.toString().toLower());
}

// "Agency Report", "Staff Reporter", "Express News Service": the credit ends on the noun of an
// unnamed writer or an agency and holds, besides such words and an acronym, one word at most
// (the outlet's name). "Jane Doe Staff Reporter" names a writer before her job; a named desk
// ("the Coastal Desk") is kept as the credit it is.
bool namesNoWriter(QStringView credit)
{
    static const QStringList deskNouns{u"agencies"_s, u"report"_s, u"reporter"_s, u"correspondent"_s, u"staff"_s, u"service"_s, u"wires"_s};
    const QList<QStringView> words = credit.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 4 || !deskNouns.contains(words.constLast().toString().toLower())) {
        return false;
    }
    const auto others = std::count_if(words.cbegin(), words.cend(), [](QStringView word) { return !isDeskWord(word) && !isAllCapitals(word); });
    return others <= 1;
}

} // namespace

QString withoutNewTabNotices(QString paragraph)
{
    // Read only where the words can be: every notice says "opens". A case-blind search of every
    // paragraph cost as much as reading the page; hopping from one "p" to the next costs little.
    const auto holds = [&paragraph](char16_t p, QStringView rest) {
        for (qsizetype at = paragraph.indexOf(QChar(p)); at >= 0; at = paragraph.indexOf(QChar(p), at + 1)) {
            if (QStringView(paragraph).sliced(at + 1).startsWith(rest)) {
                return true;
            }
        }
        return false;
    };
    if (!holds(u'p', u"ens") && !holds(u'P', u"ENS")) {
        return paragraph;
    }
    static const QRegularExpression notice(
        u",\\s*opens (?:in )?(?:a )?new (?:tab|window)\\b|\\s*\\(opens (?:in )?(?:a )?new (?:tab|window)\\)"_s, QRegularExpression::CaseInsensitiveOption);
    return paragraph.remove(notice);
}

QString withoutDeskCodes(const QString &paragraph)
{
    // Indian agencies close a story with their name and the codes of the staff who handled it:
    // "... billions of lives. PTI XYZ ABC".
    static const QRegularExpression codes(u"(?<=[.!?\u201D\"])\\s+(?:PTI|IANS|UNI|ANI)(?:\\s+[A-Z]{2,4}){1,4}$"_s);
    if (paragraph.isEmpty() || !paragraph.back().isUpper()) {
        return paragraph; // most paragraphs end on a stop: no search
    }
    QString text = paragraph;
    return text.remove(codes);
}

namespace {

// "Oliver Brandt in Baltimore and Ines Varga in New York": where each writer filed from, which
// names no writer.
QString withoutFilingPlaces(QString writers)
{
    if (!writers.contains(u" in "_s)) {
        return writers; // most credits: no expression run
    }
    static const QRegularExpression place(u" in \\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,2}(?=$|,| and )"_s);
    return writers.remove(place);
}

// "Marcus Ellery March 28, 2024 at 6:05 a.m. EDT": a byline whose date follows the name with
// no mark between them (the two set apart by the page's styles alone).
QString withoutTrailingDate(QString credit)
{
    if (std::none_of(credit.cbegin(), credit.cend(), [](QChar c) { return c.isDigit(); })) {
        return credit; // most bylines: no expression run
    }
    static const QRegularExpression date(
        u",?\\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{4})\\b.*$"_s);
    return credit.remove(date);
}

} // namespace

namespace {

// "DANA WHITCOMB", "ANA RUIZ and TOM HALE": a page that sets its byline in capitals by style
// alone; the names as written elsewhere. An outlet's name in capitals ("BBC NEWS") stays.
QString asNamesAreWritten(const QString &writers)
{
    const QList<QStringView> words = QStringView(writers).split(u' ', Qt::SkipEmptyParts);
    const auto isJoiner = [](QStringView word) { return word == u"and" || word == u"&"; };
    const qsizetype names = std::count_if(words.cbegin(), words.cend(), [&isJoiner](QStringView word) { return !isJoiner(word); });
    const bool capitals = names >= 2
        && std::all_of(words.cbegin(), words.cend(), [&isJoiner](QStringView word) { return isJoiner(word) || (word.size() >= 2 && isAllCapitals(word)); });
    if (!capitals || namesOutlet(writers)) {
        return writers;
    }
    return titleCased(writers).replace(u" And "_s, u" and "_s);
}

} // namespace

QString creditedWriters(const QString &author)
{
    // "Pacific affairs reporter Lucy Tanaka and wires", "political editor Ann Lee": the job
    // before the name, the agencies after it.
    static const QRegularExpression jobBefore(u"^(?:\\p{L}[\\p{L}-]* ){0,3}?(?:reporter|correspondent|editor|writer|producer|journalist)s? (?=\\p{Lu})"_s);
    static const QRegularExpression wiresAfter(u"(?:,? (?:and|with) (?:wires|agencies|agency reports?))$"_s);
    // "alaskanewsroom", "admin", "web_editor": the account that posted the page, no writer.
    static const QRegularExpression accountName(u"^[a-z0-9_.-]+$"_s);
    if (author.isEmpty()) {
        return author; // most pages: no expression run on nothing
    }
    if (namesNoWriter(author) || (author.size() <= 40 && accountName.matchView(author).hasMatch())) {
        return {};
    }
    QString writers = author;
    // A news API's byline as printed: "By Clara Nystrom and Devin Ashford".
    if (writers.size() > 3 && writers.startsWith(u"by "_s, Qt::CaseInsensitive)) {
        writers.remove(0, 3);
    }
    writers.remove(wiresAfter);
    writers.remove(jobBefore);
    return asNamesAreWritten(withoutFilingPlaces(writers));
}

QDate filingDate(const QList<QString> &paragraphs, qsizetype first)
{
    // A court filing's caption runs on for a dozen short lines (the court, the parties, the case
    // number, the title) before its first sentence; its own labelled date line may come anywhere
    // in them: "Filed: January 6, 2025", "Dated: 6 January 2025", "Date Filed: 01/06/2025".
    constexpr qsizetype longestCaption = 30;
    constexpr qsizetype longestDateLine = 60;
    constexpr qsizetype longestCaptionLine = 200;
    static const QList<QStringView> labels{u"Filed:", u"Dated:", u"Date Filed:", u"Date filed:"};
    for (qsizetype i = first; i < std::min(first + longestCaption, paragraphs.size()); ++i) {
        const QStringView line = QStringView(paragraphs[i]).trimmed();
        if (line.size() > longestCaptionLine || (line.endsWith(u'.') && line.size() > longestDateLine)) {
            break; // the first sentence closes the caption
        }
        if (line.size() > longestDateLine || line.isEmpty() || (line.front() != u'F' && line.front() != u'D')) {
            continue;
        }
        for (const QStringView label : labels) {
            if (line.startsWith(label)) {
                return parsePublicationDate(line.sliced(label.size()).trimmed());
            }
        }
    }
    return {};
}

namespace {

// An outlet's name, not a section's label named like one ("Breaking News", "World News").
bool namesOutletNotSection(const QString &text)
{
    static const QStringList sectionOpenings{u"breaking"_s, u"latest"_s, u"live"_s, u"world"_s, u"local"_s, u"top"_s, u"more"_s, u"business"_s, u"sports"_s};
    return namesOutlet(text) && !sectionOpenings.contains(text.section(u' ', 0, 0).toLower());
}

// "Ravenscourt Gazette, 9 September 2024", "Ravenscourt Gazette | 9 September 2024": the
// outlet's name (namesOutlet()), a comma, a bar or a dash, and the date alone. Empty for any
// other line.
QString outletBeforeDate(const QString &line)
{
    constexpr qsizetype longestLine = 80;
    if (line.size() > longestLine) {
        return {};
    }
    for (const QString &separator : {u", "_s, u" | "_s, u" - "_s, u" \u2013 "_s, u" \u2014 "_s, u" \u00B7 "_s}) {
        const qsizetype at = line.indexOf(separator);
        if (at <= 0) {
            continue;
        }
        const QString outlet = line.left(at);
        const QStringView date = QStringView(line).sliced(at + separator.size()).trimmed();
        const QStringView firstWord = date.first(std::max<qsizetype>(0, date.indexOf(u' ')));
        // The day's name may open the date: "Monday 9 September 2024".
        const bool onlyDate = !date.isEmpty()
            && (date.front().isDigit() || monthNumber(firstWord) > 0 || parsePublicationDate(firstWord).isValid()
                || QStringView(u"MTWFS").contains(date.front()));
        if (onlyDate && namesOutletNotSection(outlet) && parsePublicationDate(date).isValid()) {
            return outlet;
        }
    }
    return {};
}

// A short dated line without a stop: the date line of a copied page's credit block.
bool isShortDateLine(const QString &paragraph)
{
    constexpr qsizetype longestLine = 80;
    const QString text = paragraph.trimmed();
    return text.size() <= longestLine && !text.endsWith(u'.') && parsePublicationDate(text).isValid();
}

// "Ravenscourt Gazette" alone right over or under the date line: the outlet's name set on a line
// of its own.
QString outletBesideDateLine(const QList<QString> &paragraphs, qsizetype at, qsizetype first)
{
    const QString line = paragraphs[at].trimmed();
    if (line.contains(u',') || !namesOutletNotSection(line)) {
        return {};
    }
    return (at > first && isShortDateLine(paragraphs[at - 1])) || (at + 1 < paragraphs.size() && isShortDateLine(paragraphs[at + 1])) ? line : QString();
}

// "Sabine Okonkwo Staff Writer", "Sabine Okonkwo, Royal Correspondent": the writer's job after
// the name, which is no part of it. The job's words close the line: a job word last, perhaps
// after a beat ("Royal", "Political") or a rank ("Senior", "Staff"). Two words of a name stay;
// an outlet's name may be one word ("Reuters Staff Writer").
QString withoutTrailingJob(const QString &credit, qsizetype fewestWordsKept = 2)
{
    static const QStringList jobWords{
        u"correspondent"_s, u"editor"_s, u"reporter"_s, u"writer"_s, u"columnist"_s, u"journalist"_s, u"producer"_s, u"contributor"_s};
    static const QStringList beforeJobs{u"staff"_s, u"senior"_s, u"chief"_s, u"deputy"_s, u"associate"_s, u"contributing"_s, u"special"_s, u"political"_s,
        u"royal"_s, u"business"_s, u"sports"_s, u"health"_s, u"science"_s, u"education"_s, u"crime"_s, u"transport"_s, u"foreign"_s, u"home"_s,
        u"investigations"_s, u"environment"_s, u"diplomatic"_s, u"economics"_s, u"legal"_s, u"news"_s, u"features"_s, u"arts"_s};
    QList<QStringView> words = QStringView(credit).split(u' ', Qt::SkipEmptyParts);
    const auto bare = [](QStringView word) { return word.toString().toLower().remove(u',').remove(u'.'); };
    if (words.size() <= fewestWordsKept || !jobWords.contains(bare(words.constLast()))) {
        return credit;
    }
    words.removeLast();
    while (words.size() > fewestWordsKept && beforeJobs.contains(bare(words.constLast()))) {
        words.removeLast();
    }
    QString name = words.constFirst().toString();
    for (qsizetype i = 1; i < words.size(); ++i) {
        name += u' ' + words[i].toString();
    }
    return name.endsWith(u',') ? name.chopped(1) : name;
}

// A line of a name alone ("Sabine Okonkwo") right under or over a dated line among the lines
// under the headline: the byline without "By". Its first word must be a known given name, as
// a heading of two or three capitalised words ("Key Points") has none. The writer's job or
// outlet may follow a comma, a bar or a dot ("Sabine Okonkwo, Staff Writer", "Sabine Okonkwo |
// Ravenscourt Gazette"): the outlet is set in *outlet. Returns the writers, or nothing.
QString writersBesideDateLine(const QList<QString> &paragraphs, qsizetype at, qsizetype first, QString *outlet)
{
    constexpr qsizetype longestLine = 100;
    QString line = paragraphs[at].trimmed();
    QString outletAfterName;
    // "Sabine Okonkwo · Royal correspondent", "Sabine Okonkwo | Ravenscourt Gazette".
    for (const QString &separator : {u", "_s, u" | "_s, u" \u00B7 "_s, u" \u2014 "_s}) {
        const qsizetype cut = line.lastIndexOf(separator);
        if (cut <= 0) {
            continue;
        }
        const QString after = line.mid(cut + separator.size()).trimmed();
        const QString outletAfter = withoutTrailingJob(after, 1);
        if (namesOutlet(outletAfter) || namesNewsJob(after)) {
            outletAfterName = namesOutlet(outletAfter) ? outletAfter : QString();
            line.truncate(cut);
            break;
        }
    }
    line = withoutTrailingJob(line);
    // "Amira Shah and Tom Lacey": several writers' names, joined.
    if (line.size() > longestLine || !areBareNames(line) || namesOutlet(line) || !PeopleLexicon::isGivenName(QStringView(line).first(line.indexOf(u' ')))) {
        return {};
    }
    if (!(at > first && isShortDateLine(paragraphs[at - 1])) && !(at + 1 < paragraphs.size() && isShortDateLine(paragraphs[at + 1]))) {
        return {};
    }
    *outlet = outletAfterName;
    return line;
}

// "By Ravenscourt Gazette staff", "By Reuters Staff": the outlet's staff, no writer.
void readOutletStaff(Article &article)
{
    if (!article.author.endsWith(u" staff"_s, Qt::CaseInsensitive)) {
        return;
    }
    const QString outlet = article.author.chopped(6).trimmed();
    if (namesOutletNotSection(outlet)) {
        article.author.clear();
        if (article.outlet.isEmpty()) {
            article.outlet = outlet;
        }
    }
}

// "By LISA MERCER FOR MAILONLINE", "By Lisa Mercer for The Washington Post": the writer, and
// the outlet she wrote for (capitalised words, four at most), which is the outlet where the
// text names none.
void readWriterFor(Article &article)
{
    constexpr qsizetype mostOutletWords = 4;
    const qsizetype at = article.author.indexOf(u" for "_s, 0, Qt::CaseInsensitive);
    if (at <= 0) {
        return;
    }
    const QString writer = article.author.left(at).trimmed();
    QString outlet = article.author.mid(at + 5).trimmed();
    // "Sabine Okonkwo for the Ravenscourt Gazette": the article is no part of the name.
    if (outlet.startsWith(u"the "_s)) {
        outlet.remove(0, 4);
    }
    const QList<QStringView> words = QStringView(outlet).split(u' ', Qt::SkipEmptyParts);
    if (!looksLikeBareName(writer) || words.isEmpty() || words.size() > mostOutletWords
        || !std::all_of(words.cbegin(), words.cend(), [](QStringView word) { return word.front().isUpper(); })) {
        return;
    }
    article.author = writer;
    if (article.outlet.isEmpty()) {
        article.outlet = outlet;
    }
}

} // namespace

void readBylineAndDate(Article &article, const QList<QString> &paragraphs, qsizetype first)
{
    bool dateOfUpdate = false; // the date read is when the page was updated; a publication date beats it
    // A standfirst may come between the headline and the byline; any other long line is the story.
    for (qsizetype i = first; i < std::min(first + 4, paragraphs.size()); ++i) {
        const QString line = paragraphs[i].trimmed();
        // A print page's date line runs on with the section ("... @ 7:42 am In News | No Comments"),
        // a paper's tells both when it was published and updated, each with its time.
        if (line.size() > 80 && !(line.size() <= 160 && (line.startsWith(u"Posted ") || isLabelledDateLine(line)))) {
            if (i == first && !line.startsWith(u"By ")) {
                continue;
            }
            break;
        }
        // "Meridian Daily \u00B7 April 2, 2025 \u00B7 By Tomas Ekberg": the outlet and the byline share the date's line.
        const CreditLine creditLine = readCreditLine(line);
        if (!creditLine.outlet.isEmpty() && article.outlet.isEmpty()) {
            article.outlet = creditLine.outlet.toString();
        }
        const QStringView credit = creditLine.credit.isEmpty() ? bylineCredit(line) : creditLine.credit;
        if (!credit.isEmpty() && article.author.isEmpty()) {
            // "By Jane Doe | Nov. 26, 2025", "By the Desk — Updated 11:40 p.m.": the date stays for the next check.
            // A Markdown clip joins the byline and the date line under it: "By Dana Hollis Updated 7:31 PM EDT".
            QString author = credit.toString().section(u'|', 0, 0);
            // "By Sabine Okonkwo | Ravenscourt Gazette": the outlet after the bar, or after the
            // writer's e-mail address ("By Marisol Vega | mvega@... | Foothill Courier").
            QString afterBar = credit.toString().section(u'|', 1, 1).trimmed();
            if (afterBar.contains(u'@') && !afterBar.contains(u' ')) {
                afterBar = credit.toString().section(u'|', 2, 2).trimmed();
            }
            if (article.outlet.isEmpty() && namesOutletNotSection(afterBar)) {
                article.outlet = afterBar;
            }
            for (const QString &separator : {u" - "_s, u" \u2014 "_s, u" \u2013 "_s, u" \u00B7 "_s, u", Updated"_s, u", Published"_s, u", Posted"_s,
                     u" Updated "_s, u" Published "_s, u" Posted "_s}) {
                author = author.section(separator, 0, 0);
            }
            article.author = withoutTrailingDate(author.trimmed());
            // "By Maria Sanchez, Associated Press": the credit names the outlet after a comma.
            // "By Priya Raman, Transport correspondent": or a job after it, which is no name.
            const qsizetype comma = article.author.indexOf(u", "_s);
            if (comma > 0) {
                // "By Sabine Okonkwo, Ravenscourt Gazette Staff Writer": the outlet without the job.
                const QString afterComma = article.author.mid(comma + 2).trimmed();
                const QString outlet = withoutTrailingJob(afterComma, 1);
                if (namesOutlet(outlet)) {
                    article.author.truncate(comma);
                    if (article.outlet.isEmpty()) {
                        article.outlet = outlet;
                    }
                } else if (namesNewsJob(afterComma) || parsePublicationDate(afterComma).isValid()) {
                    // "By Tom Hale, June 24, 2023": the date is read below.
                    article.author.truncate(comma);
                }
            }
            readWriterFor(article);
            readOutletStaff(article);
            article.author = withoutTrailingJob(withoutOutletName(article.author, article.outlet));
            splitCapitalisedByline(article);
        }
        // "Posted on December 8, 2024 by Tom Hadley": a blog's date line names its writer last;
        // a print page's "Posted By Tom Hadley On June 11, 2024 @ 7:42 am In News" first.
        static const QRegularExpression postedBy(
            u"^(?:Posted|Published) on .*\\d.* by (\\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,3})$"
            u"|^Posted [Bb]y (\\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,3}) [Oo]n \\p{Lu}\\p{Ll}+\\.? \\d"_s);
        if (article.author.isEmpty() && credit.isEmpty() && line.startsWith(u'P')) {
            if (const QRegularExpressionMatch posted = postedBy.matchView(line); posted.hasMatch()) {
                article.author = posted.captured(posted.lastCapturedIndex());
            }
        }
        // "Aled Morgan" over "BBC Wales transport correspondent": a name line above the job.
        // "Coastal Valley Times" over "Staff report": the outlet's name over the desk's credit.
        if (article.author.isEmpty() && credit.isEmpty() && i + 1 < paragraphs.size() && looksLikeBareName(line) && namesNewsJob(paragraphs[i + 1].trimmed())) {
            if (!namesOutletNotSection(line)) {
                article.author = line;
            } else if (article.outlet.isEmpty()) {
                article.outlet = line;
            }
        }
        // "Hannah Okafor in Paris" over the date line: a byline without "By".
        if (article.author.isEmpty() && credit.isEmpty() && i + 1 < paragraphs.size()) {
            const QString next = paragraphs[i + 1].trimmed();
            if (const QString writers = writersFiledFrom(line); !writers.isEmpty() && isBylineOrDateLine(next) && parsePublicationDate(next).isValid()) {
                article.author = writers;
            }
        }
        // A date line, not a sentence that mentions a date ("He was born on May 5, 1960.").
        if ((!article.published.isValid() || dateOfUpdate) && (line.size() <= 60 || line.contains(u'|') || !credit.isEmpty()) && !line.endsWith(u'.')) {
            takeDateLine(line, article.published, dateOfUpdate);
        }
        // "Ravenscourt Gazette, 9 September 2024": the outlet's name before the date, or on a
        // line of its own beside it.
        if (article.outlet.isEmpty()) {
            article.outlet = outletBeforeDate(line);
        }
        if (article.outlet.isEmpty()) {
            article.outlet = outletBesideDateLine(paragraphs, i, first);
        }
        // "Sabine Okonkwo" under (or over) the date line: the writer's name alone, known as a
        // name by its given name.
        if (article.author.isEmpty() && credit.isEmpty()) {
            QString outlet;
            article.author = writersBesideDateLine(paragraphs, i, first, &outlet);
            if (article.outlet.isEmpty()) {
                article.outlet = outlet;
            }
        }
    }
}

namespace {

// A section's label copied alone over the headline ("World", "Politics", "CONGRESS"): one
// word, where a headline has several, over a line of several words without a stop (the
// headline) and the byline or the date line, or a standfirst longer than the headline and then
// the byline or the date line.
bool isSectionLabelOverHeadline(const QList<QString> &paragraphs, qsizetype longestLine)
{
    constexpr qsizetype longestLabel = 20;
    constexpr qsizetype fewestHeadlineWords = 4;
    if (paragraphs.size() < 3) {
        return false;
    }
    const QString label = paragraphs[0].trimmed();
    const QString headline = paragraphs[1].trimmed();
    if (label.isEmpty() || label.size() > longestLabel || label.contains(u' ') || !label.front().isUpper() || endsWithClosingPunctuation(label)
        || headline.size() > longestLine || headline.count(u' ') + 1 < fewestHeadlineWords || endsWithClosingPunctuation(headline)) {
        return false;
    }
    const QStringView under = QStringView(paragraphs[2]).trimmed();
    const bool standfirst = paragraphs.size() > 3 && under.size() > headline.size() && under.size() <= longestLine;
    return isBylineOrDateLine(under) || (standfirst && isBylineOrDateLine(QStringView(paragraphs[3]).trimmed()));
}

// Text copied from a whole page opens with the site's masthead and menu, short lines over the
// headline ("Skip to content", "Riverside Dispatch", "Home", "World"); the headline is the line
// right above the byline or date line. Returns how many lines come before it: none when no
// byline follows such a run of lines. Fewer lines above may be a label and a standfirst; a
// section's label alone goes.
qsizetype wordCount(QStringView line)
{
    return line.isEmpty() ? 0 : line.count(u' ') + 1;
}

// The headline's place above the byline or the date line at `at` in a copied page: the
// writers' line may stand between them ("By Elizabeth Pineau and Dominique Vidalon",
// "Hannah Okafor in Paris" over a line of several words), and a standfirst between the
// writers and the headline, longer than the headline over it (a headline has five words or
// more, a standfirst ten or more).
qsizetype headlineAbove(const QList<QString> &paragraphs, qsizetype at)
{
    constexpr qsizetype fewestWordsOverWriters = 4;
    constexpr qsizetype fewestHeadlineWords = 5;
    constexpr qsizetype fewestStandfirstWords = 10;
    qsizetype headline = at - 1;
    const QString writers = paragraphs[headline].trimmed();
    const bool writersLine = !bylineCredit(writers).isEmpty() || !writersFiledFrom(writers).isEmpty();
    // "Lisa Mercer" over "Transport Correspondent": the writer's name over her job.
    const bool nameOverJob = headline > 0 && namesNewsJob(writers) && looksLikeBareName(paragraphs[headline - 1].trimmed());
    const qsizetype writerLines = nameOverJob ? 2 : writersLine ? 1 : 0;
    if (writerLines > 0 && headline >= writerLines && wordCount(QStringView(paragraphs[headline - writerLines]).trimmed()) >= fewestWordsOverWriters) {
        headline -= writerLines;
    }
    if (headline > 0) {
        const QStringView standfirst = QStringView(paragraphs[headline]).trimmed();
        const QStringView above = QStringView(paragraphs[headline - 1]).trimmed();
        if (wordCount(standfirst) >= fewestStandfirstWords && wordCount(above) >= fewestHeadlineWords && standfirst.size() > above.size()
            && !endsWithClosingPunctuation(above)) {
            --headline;
        }
    }
    return headline;
}

qsizetype mastheadLines(const QList<QString> &paragraphs)
{
    constexpr qsizetype fewestMastheadLines = 3;
    constexpr qsizetype farthest = 24;
    constexpr qsizetype longestLine = 150;
    constexpr qsizetype longestStandfirst = 300;
    if (isSectionLabelOverHeadline(paragraphs, longestLine)) {
        return 1;
    }
    for (qsizetype i = 0; i < std::min(paragraphs.size(), farthest); ++i) {
        const QString line = paragraphs[i].trimmed();
        if (i > fewestMastheadLines && isBylineOrDateLine(line)) {
            // The site's bar and menu are short lines: a line of five words or more right above
            // the headline found is the text's own (its headline over a standfirst), and
            // nothing goes; the headline under a label ("Press Release – ...") is the page's.
            constexpr qsizetype mostMastheadWords = 4;
            const qsizetype headline = headlineAbove(paragraphs, i);
            const QStringView above = headline > 0 ? QStringView(paragraphs[headline - 1]).trimmed() : QStringView();
            const bool textAbove = wordCount(above) > mostMastheadWords && !isLabelledHeadline(above, QStringView(paragraphs[headline]).trimmed());
            return textAbove ? 0 : headline;
        }
        // A standfirst, a sentence or two, may stand between the headline and the byline.
        const bool standfirst = i > fewestMastheadLines && i + 1 < paragraphs.size() && line.size() <= longestStandfirst
            && isBylineOrDateLine(QStringView(paragraphs[i + 1]).trimmed());
        if ((line.size() > longestLine || endsWithClosingPunctuation(line)) && !standfirst) {
            return 0;
        }
    }
    return 0;
}

// "Updated 9:48 p.m." under a live blog's headline or post: when the page changed. A time
// without a date dates nothing and happened to no one; a dated line under the headline is the
// article's date line and stays with the byline.
void removeUpdateTimes(QList<QString> &paragraphs, qsizetype first)
{
    constexpr qsizetype dateLines = 3;
    for (qsizetype i = paragraphs.size() - 1; i >= first; --i) {
        const QStringView line = QStringView(paragraphs[i]).trimmed();
        if (isUpdateTimeLine(line) && (i >= first + dateLines || !parsePublicationDate(line).isValid())) {
            paragraphs.removeAt(i);
        }
    }
}

} // namespace

Article readPlainTextArticle(QStringView text)
{
    Article article;
    FrontMatter matter = FrontMatter::parse(text);
    QList<QString> paragraphs = plainTextParagraphs(text.sliced(matter.bodyStart));
    // An encyclopedia's copy shows itself by its tagline or its closing lists of references:
    // only then is every paragraph searched for its footnote marks.
    const bool references = removeReferenceSections(paragraphs, [](const QString &paragraph) { return QStringView(paragraph); });
    const bool marked = references || (paragraphs.size() > 1 && !encyclopediaInTagline(QStringView(paragraphs[1]).trimmed()).isEmpty());
    const QString programme = matter.title.trimmed().isEmpty() ? programmeOverHeadline(paragraphs) : QString();
    paragraphs = withoutPageFurniture(paragraphs, matter.title.trimmed().isEmpty() ? 1 : 0);
    removeNewsletterPromotions(paragraphs, [](const QString &paragraph) { return QStringView(paragraph).trimmed(); });
    if (!programme.isEmpty()) {
        paragraphs.removeFirst();
    }
    for (QString &paragraph : paragraphs) {
        paragraph = withoutNewTabNotices(std::move(paragraph));
        if (marked) {
            paragraph = withoutEncyclopediaMarks(std::move(paragraph));
        }
    }
    // Before the masthead is looked for: a release's time and contact lines stand between its
    // headline and its date line.
    removePressReleaseFurniture(paragraphs, [](const QString &paragraph) { return QStringView(paragraph).trimmed(); });
    if (matter.title.trimmed().isEmpty()) {
        paragraphs.remove(0, mastheadLines(paragraphs));
        if (paragraphs.size() > 1 && isLabelledHeadline(paragraphs.constFirst().trimmed(), paragraphs.at(1).trimmed())) {
            paragraphs.removeFirst(); // "Press Release – FAA Statement ..." over "FAA Statement ..."
        }
    }
    ArticleBodyBuilder body;
    qsizetype first = 0;
    QString encyclopedia; // "From Wikipedia, the free encyclopedia" under the title: the outlet
    if (matter.title.trimmed().isEmpty() && paragraphs.size() == 1) {
        // A single line of text is a paragraph, not a headline without an article.
        matter.applyTo(article);
        body.addParagraph(paragraphs.front());
        article.title = body.body();
        body.finish(article);
        return article;
    }
    if (!matter.title.trimmed().isEmpty()) {
        body.addHeading(matter.title);
        if (!paragraphs.isEmpty() && paragraphs.front().trimmed().compare(matter.title.trimmed(), Qt::CaseInsensitive) == 0) {
            first = 1;
        }
    } else if (!paragraphs.isEmpty()) {
        body.addHeading(paragraphs.front());
        first = 1;
        encyclopedia = first < paragraphs.size() ? encyclopediaInTagline(QStringView(paragraphs[first]).trimmed()).toString() : QString();
        if (!encyclopedia.isEmpty()) {
            paragraphs.removeAt(first);
        }
        // "outlet: ..." lines under the headline describe the article; like a byline they stay in its text.
        for (qsizetype i = first; i < paragraphs.size() && matter.readKeyLine(paragraphs[i]); ++i) { }
    }
    matter.applyTo(article);
    if (article.outlet.isEmpty()) {
        article.outlet = encyclopedia;
    }
    readBylineAndDate(article, paragraphs, first);
    if (!article.published.isValid()) {
        article.published = filingDate(paragraphs, first);
    }
    removeDateAndInstructionLines(paragraphs, first, [](const QString &paragraph) { return QStringView(paragraph).trimmed(); });
    removeNotesOnTheArticle(paragraphs, first + 1, article.author, [](const QString &paragraph) { return QStringView(paragraph); });
    removeUpdateTimes(paragraphs, first);
    if (paragraphs.size() > first + 1) {
        paragraphs.last() = withoutDeskCodes(paragraphs.constLast());
    }
    appendPlainTextBlocks(body, paragraphs, first);
    if (body.paragraphCount() == 0) {
        return article;
    }
    article.title = body.body().left(body.blocks().constFirst().range.end);
    body.finish(article);
    return article;
}

} // namespace Sourceline
