// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "pressrelease.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// The longest line that is a label, a name, a telephone number or an address in a contact block.
constexpr qsizetype longestContactLine = 80;

bool endsSentence(QStringView line)
{
    return !line.isEmpty() && QStringView(u".?!\"\u201D").contains(line.back());
}

// "For Immediate Release", "FOR RELEASE AT 2:00 P.M. EST", "Embargoed until 00:01 GMT", and the
// release's number ("Press Release Number: 24-912").
bool isReleaseTime(QStringView line)
{
    static const QRegularExpression releaseTime(u"^(?:for (?:immediate release|release\\b(?: at| on| until| after|:|$))|embargoed (?:until|till|for|to)\\b"
                                                u"|under embargo until\\b|not for (?:publication|release) (?:before|until)\\b"
                                                u"|(?:press |news )?release (?:number|no\\.)\\s*:?\\s*[\\w-]+$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const bool mayMatch = !line.isEmpty() && QStringView(u"fFeEuUnNpPrR").contains(line.front());
    return line.size() <= longestContactLine && mayMatch && releaseTime.matchView(line).hasMatch();
}

// "Contact:", "Media contacts", "For further information:" alone or before the details.
bool opensContactBlock(QStringView line)
{
    static const QRegularExpression label(u"^(?:(?:media|press|news|investor|investors|public affairs)? ?(?:contacts?|inquiries|enquiries)"
                                          u"|media relations|for (?:further|more) information(?:,? (?:please )?contact)?)\\s*(?::|$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    constexpr qsizetype longestDetails = 200; // "For further information: Media: ..., Investors: ..."
    // Every label opens with one of these words: a look at the first letter, then at the
    // opening, spares the expression.
    static const QList<QStringView> openings{
        u"media", u"press", u"news", u"investor", u"public affairs", u"contact", u"inquiries", u"enquiries", u" ", u"for further", u"for more"};
    const bool mayMatch = !line.isEmpty() && QStringView(u"mMpPnNiIcCeEfF ").contains(line.front())
        && std::any_of(openings.cbegin(), openings.cend(), [line](QStringView opening) { return line.startsWith(opening, Qt::CaseInsensitive); });
    return line.size() <= longestDetails && mayMatch && label.matchView(line).hasMatch() && (line.size() <= longestContactLine || line.contains(u':'));
}

// "About Spirit AeroSystems Inc." over "Spirit AeroSystems is one of ...": the issuer's
// description, which closes every release it sends. A section "About the plan" is lowercase,
// and a company's description names the company first.
bool opensAboutBlock(QStringView line, QStringView next)
{
    static const QRegularExpression about(
        u"^About (?:the )?(\\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*)(?: (?:\\p{Lu}[\\p{L}\\p{N}&.,'\u2019-]*|of|and|for|&)){0,7}\\s*:?$"_s);
    if (line.size() > longestContactLine || !line.startsWith(u"About ")) {
        return false;
    }
    const QRegularExpressionMatch match = about.matchView(line);
    if (!match.hasMatch()) {
        return false;
    }
    QStringView start = next.first(std::min<qsizetype>(next.size(), 80));
    if (start.startsWith(u"The ")) {
        start = start.sliced(4);
    }
    return start.startsWith(match.capturedView(1));
}

// The issuer's legal note on its forecasts: "Forward-Looking Statements", "Cautionary
// Statement Regarding Forward-Looking Statements", "Safe Harbor Statement", or a paragraph
// that opens "This press release contains forward-looking statements".
bool opensForwardLookingStatements(QStringView line)
{
    static const QRegularExpression heading(u"^(?:(?:cautionary|special|important) (?:note|statement|language|information)s? (?:regarding|concerning|about|on|"
                                            u"with respect to|relating to) )?(?:forward[- ]looking (?:statements?|information)|safe harbou?r(?: statements?)?)"
                                            u"(?: disclaimer)?\\W*$"
                                            u"|^(?:this|the) (?:press |news )?release (?:may )?contains? [\"\u201C]?forward[- ]looking"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Every such line opens with one of these letters: a look at the first spares the expression.
    bool mayMatch = !line.isEmpty() && QStringView(u"cCsSiIfFtT").contains(line.front());
    // Of lines opening with a 't' only "This release contains ...", "The press release ..." can.
    if (mayMatch && (line.front() == u't' || line.front() == u'T')) {
        const qsizetype space = line.indexOf(u' ');
        mayMatch = (space == 3 || space == 4) && space + 1 < line.size() && QStringView(u"rRpPnN").contains(line[space + 1]);
    } else if (mayMatch) {
        // The heading is at most 78 characters ("Cautionary information with respect to
        // forward-looking information disclaimer"), then marks alone: a line with a letter or
        // a digit further on is a sentence.
        constexpr qsizetype longestHeading = 78;
        qsizetype last = line.size() - 1;
        while (last >= longestHeading && !line[last].isLetterOrNumber()) {
            --last;
        }
        mayMatch = last < longestHeading;
    }
    return line.size() <= 400 && mayMatch && heading.matchView(line).hasMatch();
}

// The distributor's lines after a release: PR Newswire's "SOURCE Spirit AeroSystems Holdings,
// Inc." and "View original content to download multimedia: https://...", Business Wire's
// "View source version on businesswire.com: https://...".
bool isDistributorLine(QStringView line)
{
    static const QRegularExpression viewOriginal(u"^View (?:original|source) (?:content|version)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    const bool source = line.startsWith(u"SOURCE ") && line.size() <= 120 && line.size() > 7 && line[7].isUpper();
    const bool mayBeView = !line.isEmpty() && (line.front() == u'V' || line.front() == u'v');
    return source || (line.size() <= 300 && mayBeView && viewOriginal.matchView(line).hasMatch());
}

// "Notes to editors": the heading over what a British release tells editors, not readers (the
// issuer's description, where to find pictures, whom to call).
bool opensNotesToEditors(QStringView line)
{
    static const QList<QStringView> headings{u"notes to editors", u"note to editors", u"notes for editors", u"note for editors", u"editor's notes",
        u"editor\u2019s notes", u"editors' notes", u"editors\u2019 notes"};
    QStringView heading = line.trimmed();
    if (heading.endsWith(u':')) {
        heading.chop(1);
    }
    return heading.size() <= 20
        && std::any_of(headings.cbegin(), headings.cend(), [heading](QStringView name) { return heading.compare(name, Qt::CaseInsensitive) == 0; });
}

// Where the release's foot begins: its first mark below the headline and the opening
// paragraph, or texts.size() when there is none.
qsizetype footStart(const QList<QStringView> &texts)
{
    // An "About Wagner" box in a news story is followed by more of the story: an About block
    // closes the text only where something else says it is a release (asked only of a text
    // that has such a block: most have none).
    const auto isRelease = [&texts] {
        return std::any_of(texts.cbegin(), texts.cend(), [](QStringView text) {
            const QStringView line = text.trimmed();
            return opensForwardLookingStatements(line) || isDistributorLine(line) || isReleaseEndMark(line) || isReleaseTime(line) || opensContactBlock(line);
        });
    };
    constexpr qsizetype firstFootBlock = 2;
    for (qsizetype i = firstFootBlock; i < texts.size(); ++i) {
        const QStringView next = i + 1 < texts.size() ? texts[i + 1] : QStringView();
        if (opensForwardLookingStatements(texts[i]) || isDistributorLine(texts[i]) || opensNotesToEditors(texts[i])
            || (opensAboutBlock(texts[i], next) && isRelease())) {
            return i;
        }
    }
    return texts.size();
}

// An end mark closes the text when less text follows it than stands before it; a mark in the
// middle of a longer text parts sections.
qsizetype endMarkCut(const QList<QStringView> &texts)
{
    qsizetype before = 0;
    qsizetype total = 0;
    for (const QStringView text : texts) {
        total += text.size();
    }
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0 && isReleaseEndMark(texts[i]) && total - before - texts[i].size() < before) {
            return i;
        }
        before += texts[i].size();
    }
    return texts.size();
}

} // namespace

bool isReleaseEndMark(QStringView line)
{
    // British releases and copy close with "ENDS" ("-ends-"), wires with "END".
    static const QRegularExpression mark(u"^[-\u2013\u2014 ]*(?:#(?: ?#){2,}|30|XXX|ENDS|Ends|ends|END)[-\u2013\u2014 ]*$"_s);
    return line.size() <= 12 && !line.isEmpty()
        && (line.contains(u'#') || line.contains(u"30") || line.contains(u"XXX") || line.contains(u"END") || line.contains(u"nds"))
        && mark.matchView(line).hasMatch();
}

QList<bool> pressReleaseFurniture(const QList<QStringView> &texts)
{
    QList<bool> furniture(texts.size(), false);
    const qsizetype foot = std::min(footStart(texts), endMarkCut(texts));
    std::fill(furniture.begin() + foot, furniture.end(), true);
    for (qsizetype i = 0; i < foot; ++i) {
        const QStringView text = texts[i].trimmed();
        if (isReleaseTime(text) || isReleaseEndMark(text)) {
            furniture[i] = true;
        } else if (opensContactBlock(text)) {
            furniture[i] = true;
            // The name, the office, the telephone and the address under the label.
            while (i + 1 < foot && texts[i + 1].size() <= longestContactLine && !endsSentence(texts[i + 1].trimmed())) {
                furniture[++i] = true;
            }
        }
    }
    return furniture;
}

bool namesDocumentKind(QStringView name)
{
    static const QRegularExpression kind(u"^(?:(?:news|press|media) (?:release|advisory|statement)s?|statements?|press briefing|readout|fact sheet"
                                         u"|media advisory|joint statement)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return name.size() <= 30 && kind.matchView(name.trimmed()).hasMatch();
}

bool isLabelledHeadline(QStringView line, QStringView headline)
{
    constexpr qsizetype longestLabel = 30;
    if (headline.isEmpty() || line.size() <= headline.size() || line.size() > headline.size() + longestLabel || !line.endsWith(headline)) {
        return false;
    }
    const QStringView label = line.first(line.size() - headline.size()).trimmed();
    return !label.isEmpty() && QStringView(u":|-\u2013\u2014").contains(label.back());
}

} // namespace Sourceline
