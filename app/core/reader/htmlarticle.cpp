// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "htmlarticle.h"

#include "articlebodybuilder.h"
#include "plaintextarticle.h"
#include "pressrelease.h"
#include "publicationdate.h"
#include "referencework.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// Deeper nesting than this is no article layout; it is skipped rather than risking the stack.
constexpr int maximumDepth = 512;

struct GumboOutputDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using GumboDocumentPointer = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

// Elements that never hold children or close themselves when a sibling starts: they add
// no nesting depth even when their end tags are missing.
bool addsNoDepth(QByteArrayView name)
{
    static const QList<QByteArrayView> flat = {"area", "base", "br", "col", "colgroup", "dd", "dt", "embed", "hr", "img", "input", "li", "link", "meta",
        "option", "p", "param", "source", "tbody", "td", "tfoot", "th", "thead", "tr", "track", "wbr"};
    return flat.contains(name);
}

// Gumbo takes time quadratic in the nesting depth (100,000 nested <div>s run for minutes),
// so tags nested deeper than any real page are dropped, keeping their text.
QByteArray withoutDeepNesting(const QByteArray &html)
{
    constexpr int maximumNesting = 2000;
    struct Tag
    {
        qsizetype start;
        qsizetype end;
        bool closing;
        bool counts;
    };
    const auto nextTag = [&html](qsizetype from, Tag *tag) {
        for (qsizetype lt = html.indexOf('<', from); lt >= 0 && lt + 1 < html.size(); lt = html.indexOf('<', lt + 1)) {
            const bool closing = html[lt + 1] == '/';
            qsizetype nameStart = lt + (closing ? 2 : 1);
            if (nameStart >= html.size() || !std::isalpha(uchar(html[nameStart]))) {
                continue;
            }
            qsizetype nameEnd = nameStart;
            while (nameEnd < html.size() && std::isalnum(uchar(html[nameEnd]))) {
                ++nameEnd;
            }
            const qsizetype gt = html.indexOf('>', nameEnd);
            if (gt < 0) {
                return false;
            }
            const bool selfClosing = html[gt - 1] == '/';
            const QByteArray name = html.sliced(nameStart, nameEnd - nameStart).toLower();
            *tag = {lt, gt + 1, closing, !selfClosing && !addsNoDepth(name)};
            return true;
        }
        return false;
    };
    int depth = 0;
    int deepest = 0;
    Tag tag{};
    for (qsizetype at = 0; nextTag(at, &tag); at = tag.end) {
        if (tag.counts) {
            depth = std::max(0, depth + (tag.closing ? -1 : 1));
            deepest = std::max(deepest, depth);
        }
    }
    if (deepest <= maximumNesting) {
        return html;
    }
    QByteArray flat;
    flat.reserve(html.size());
    depth = 0;
    qsizetype copied = 0;
    for (qsizetype at = 0; nextTag(at, &tag); at = tag.end) {
        if (!tag.counts) {
            continue;
        }
        const bool tooDeep = tag.closing ? depth > maximumNesting : depth >= maximumNesting;
        depth = std::max(0, depth + (tag.closing ? -1 : 1));
        if (tooDeep) {
            flat.append(html.sliced(copied, tag.start - copied));
            copied = tag.end;
        }
    }
    flat.append(html.sliced(copied));
    return flat;
}

// The parsed page keeps its source: Gumbo's original tag texts point into it.
struct ParsedHtml
{
    QByteArray source;
    GumboDocumentPointer document;
};

ParsedHtml parseHtml(const QByteArray &html, GumboTag fragmentContext = GUMBO_TAG_LAST)
{
    ParsedHtml parsed{withoutDeepNesting(html), nullptr};
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // errors are of no use here and cost memory on broken pages
    options.fragment_context = fragmentContext;
    parsed.document.reset(gumbo_parse_with_options(&options, parsed.source.constData(), size_t(parsed.source.size())));
    return parsed;
}

bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

QString attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node)) {
        return {};
    }
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

// Elements whose text is never article text.
bool isSkippedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_PICTURE:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_CAPTION:
        return true;
    default:
        return false;
    }
}

// Elements that begin a new block of text; everything else is inline.
bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
        return true;
    default:
        return false;
    }
}

bool isHeadingTag(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

// What a page calls a box, lower-cased: class and id, and the data-component and data-testid
// names that many news sites give their blocks instead ("links-block", "byline-block").
QString componentNames(const GumboNode *node)
{
    return (attribute(node, "class") + u' ' + attribute(node, "id") + u' ' + attribute(node, "data-component") + u' ' + attribute(node, "data-testid"))
        .toLower();
}

// The writer's box: an <address>, or a box the page names "byline".
bool isBylineBox(const GumboNode *node, const QString &names)
{
    static const QRegularExpression bylineWord(u"(?:^|[^a-z])byline(?:$|[^a-z])"_s);
    return node->v.element.tag == GUMBO_TAG_ADDRESS || bylineWord.match(names).hasMatch();
}

// A byline box's text that is not a "By ..." line: the writer's name and job, set apart by the
// page's styles alone ("Aled Morgan" "BBC Wales transport correspondent"). It would run
// together and read as a name; the author comes from the page's metadata.
bool isBareByline(const QString &text)
{
    return !text.startsWith(u"by "_s, Qt::CaseInsensitive) && text.size() < 200;
}

// "Oksana Hrytsenko", "Ludwig van Beethoven": a person's name as a byline prints it alone.
bool isWrittenName(const QString &text)
{
    static const QRegularExpression name(u"^\\p{Lu}[\\p{L}.'’-]*(?: (?:\\p{Lu}[\\p{L}.'’-]*|de|da|van|von|der|bin|al|la|le)){1,4}$"_s);
    return text.size() <= 60 && name.matchView(text).hasMatch();
}

QString simplifiedText(const GumboNode *node);

// The writer in a byline box that sets its parts apart as elements of their own ("Hannah
// Cole" "North America correspondent"): the first part, when it is a name and no job. A box
// of one run of text ("By Ellen Marsh and Li Wei") or with text between its parts has none.
QString firstBylineName(const GumboNode *box)
{
    const auto elementChildren = [](const GumboNode *node, QList<const GumboNode *> &out) {
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length && out.size() < 8; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_ELEMENT) {
                out.append(child);
            } else if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
                return false;
            }
        }
        return true;
    };
    QList<const GumboNode *> parts;
    // A box may wrap the parts in a box of its own (<div data-component="byline-block"><div><span>).
    for (int level = 0; level < 3 && elementChildren(box, parts) && parts.size() == 1; ++level) {
        box = parts.front();
        parts.clear();
    }
    if (parts.size() < 2) {
        return {};
    }
    QString name = simplifiedText(parts.front());
    if (name.startsWith(u"By "_s, Qt::CaseInsensitive)) {
        name.remove(0, 3);
    }
    return isWrittenName(name) && !namesNewsJob(name) ? name : QString();
}

// Class and id words (componentNames()) that mark page furniture rather than article text.
bool hasNoiseName(const QString &names, bool captionsAreText = false)
{
    static const QRegularExpression separators(u"[^a-z0-9]+"_s);
    static const QStringList noise = {
        u"ad"_s, u"ads"_s, u"advert"_s, u"advertisement"_s, u"adslot"_s, u"promo"_s, u"promotion"_s, u"sponsored"_s, u"newsletter"_s, u"related"_s,
        u"recommended"_s, u"share"_s, u"sharing"_s, u"social"_s, u"caption"_s, u"comments"_s, u"comment"_s, u"replies"_s, u"subscribe"_s, u"paywall"_s,
        u"cookie"_s, u"cookies"_s, u"banner"_s, u"breadcrumb"_s, u"breadcrumbs"_s, u"sidebar"_s, u"nav"_s, u"navigation"_s, u"menu"_s, u"footer"_s,
        u"outbrain"_s, u"taboola"_s, u"popup"_s, u"modal"_s, u"hidden"_s, u"toolbar"_s, u"signup"_s, u"teaser"_s, u"most"_s, u"trending"_s, u"widget"_s,
        u"sr"_s, u"bio"_s, u"biography"_s, u"links"_s, u"tags"_s,
        u"topics"_s, // the subjects a page or a government release is filed under

        u"cta"_s, // a call to action: "Become a member", "Donate"
        u"donate"_s, u"upsell"_s,
        u"player"_s, // a video or audio player's buttons ("Play", "Mute")
        u"credit"_s, // a picture's credit ("Reuters", "Photograph: ...")
        u"credits"_s, u"copyright"_s, u"footnote"_s, u"footnotes"_s, // a note's number, and the note cut off from the sentence it explains
        u"pullquote"_s, // words of the text set again in large type
        u"noprint"_s, // what an encyclopedia leaves out of print: its tagline, "[citation needed]", navigation boxes
        u"editsection"_s, // the "[edit]" beside an encyclopedia's section heading
        u"infobox"_s, // an encyclopedia's table of facts beside the text, which the text tells again
    };
    // Class words made of a noise word and what the box holds: Jetpack's "jp-relatedposts",
    // "sharebuttons", "newsletterbox". Words that may begin a real text's class ("comment" in
    // "commentary", "subscribe" in "subscriber-only") are not among them.
    static const QStringList noisePrefixes
        = {u"related"_s, u"recommended"_s, u"share"_s, u"sharing"_s, u"social"_s, u"newsletter"_s, u"sponsored"_s, u"advert"_s, u"outbrain"_s, u"taboola"_s};
    if (names.trimmed().isEmpty()) {
        return false;
    }
    const QStringList words = names.split(separators, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        // "pull-quote", "article__pull-quote"
        if (captionsAreText && words[i] == u"caption"_s) {
            continue;
        }
        if (noise.contains(words[i]) || (words[i] == u"pull"_s && i + 1 < words.size() && words[i + 1] == u"quote"_s)) {
            return true;
        }
        // The writer's box under a post ("author-box", "about-author": "About the author ..."),
        // not the writer's name over it ("author-name").
        if (i + 1 < words.size()
            && ((words[i] == u"author"_s && (words[i + 1] == u"box"_s || words[i + 1] == u"about"_s))
                || (words[i] == u"about"_s && words[i + 1] == u"author"_s))) {
            return true;
        }
        if (std::any_of(noisePrefixes.cbegin(), noisePrefixes.cend(), [&word = words[i]](const QString &prefix) { return word.startsWith(prefix); })) {
            return true;
        }
    }
    return false;
}

// AMP pages draw their furniture with custom elements (<amp-ad>, <amp-sidebar>,
// <amp-consent>), whose placeholder and fallback texts ("Advertisement", "Ad failed to load")
// are no article text. AMP elements that carry the story (<amp-live-list>, <amp-fit-text>,
// <amp-accordion>) are not listed.
bool isAmpFurniture(const GumboNode *node)
{
    if (node->v.element.tag != GUMBO_TAG_UNKNOWN) {
        return false;
    }
    // The name as written in the start tag; elements the parser made up have none.
    const GumboStringPiece &original = node->v.element.original_tag;
    if (original.length < 5 || original.data[0] != '<') {
        return false;
    }
    qsizetype end = 1;
    while (end < qsizetype(original.length) && (std::isalnum(uchar(original.data[end])) || original.data[end] == '-')) {
        ++end;
    }
    const QByteArray tag = QByteArray(original.data + 1, end - 1).toLower();
    if (!tag.startsWith("amp-")) {
        return false;
    }
    static const QList<QByteArrayView> furniture = {"amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-analytics", "amp-pixel", "amp-consent",
        "amp-user-notification", "amp-sidebar", "amp-social-share", "amp-img", "amp-anim", "amp-video", "amp-youtube", "amp-iframe", "amp-twitter",
        "amp-instagram", "amp-facebook", "amp-carousel", "amp-lightbox", "amp-web-push-widget", "amp-list", "amp-geo", "amp-call-tracking"};
    return furniture.contains(QByteArrayView(tag));
}

// An inline style that sets an element off the text before it: "margin-left:8px".
bool hasLeadingMargin(const GumboNode *node)
{
    const GumboAttribute *style = gumbo_get_attribute(&node->v.element.attributes, "style");
    return style && (std::strstr(style->value, "margin-left") || std::strstr(style->value, "padding-left"));
}

// The bar a web archive puts above its copy of a page: archive.today's <div id="HEADER">
// ("Saved from", "All snapshots", "download .zip") and the Wayback Machine's "wm-ipp" boxes.
bool isArchiveToolbar(const GumboNode *node)
{
    const GumboAttribute *id = gumbo_get_attribute(&node->v.element.attributes, "id");
    return id && (std::strcmp(id->value, "HEADER") == 0 || std::strncmp(id->value, "wm-ipp", 6) == 0);
}

// A note a page shows about itself rather than about the news: the notices around a post
// embedded from a social network ("Skip Telegram post", "Allow Twitter content? This article
// contains content provided by Twitter ...", "End of Telegram post"), and short lines that ask
// for JavaScript or a subscription, state the copyright or where a printout came from.
bool isPageNotice(const QString &text)
{
    static const QRegularExpression embedNotice(u"^(?:(?:skip|end of) (?:\\w+ ){1,3}(?:post|content)(?: by [^.]{1,60})?\\.?\\s*)+(?:$|allow )"
                                                u"|^allow (?:\\w+ ){1,2}content\\?"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Notices that open the line...
    static const QRegularExpression openingNotice(u"^(?:subscribe|sign in|log in|register|sign up)(?: now| today)? to (?:continue|keep) reading"
                                                  u"|^this (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members)"
                                                  u"|^(?:\u00A9|copyright \u00A9|\\(c\\) \\d{4})"
                                                  u"|^printed from\\b"
                                                  // what a post is filed under: "Categories: Community | Tags: Dundalk, vigil"
                                                  u"|^(?:categor(?:y|ies)|tag(?:s|ged)|filed under|posted in)\\s*:"
                                                  u"|^(?:article |page |source |story )?(?:url|link)\\s*:\\s*https?://\\S+$"_s,
        QRegularExpression::CaseInsensitiveOption);
    // ... and those that may stand anywhere in it, each with a mark the line must hold: a 'j',
    // a '?', a digit, "subscribe" or "consider becoming".
    static const QRegularExpression anywhereNotice(
        u"\\b(?:enable|turn on|activate|switch on) javascript\\b"
        u"|already (?:a subscriber|subscribed|have an account)\\?"
        u"|\\b\\d+ free (?:articles?|stories) left\\b"
        // a newsletter's closing call: "Thanks for reading! Subscribe for free to receive new posts"
        u"|(?:^|[.!] )subscribe (?:for free |now |today )?to (?:receive|get) (?:new |our |my |the )?(?:posts|stories|updates|issues)\\b"
        u"|\\bconsider becoming a (?:free or paid |paid |free )?subscriber\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    // A sentence of a story may name JavaScript or subscribers; a notice is one short line.
    // The expressions run only on blocks that can be notices: most paragraphs are longer, and
    // most short ones open otherwise and hold none of the marks.
    static const QList<QStringView> embedOpenings{u"skip ", u"end of ", u"allow "};
    const bool mayBeEmbedNotice = text.size() <= 400
        && std::any_of(embedOpenings.cbegin(), embedOpenings.cend(), [&text](QStringView opening) { return text.startsWith(opening, Qt::CaseInsensitive); });
    if (mayBeEmbedNotice && embedNotice.matchView(text).hasMatch()) {
        return true;
    }
    constexpr qsizetype longestNotice = 160;
    if (text.size() > longestNotice) {
        return false;
    }
    if (containsNoCase(text, u"all rights reserved", 6)) {
        return true;
    }
    // "The Liffey Record — printed from https://...": the site's name before the note.
    if (containsNoCase(text, u"printed from ", 8) && text.contains(u"://"_s)) {
        return true;
    }
    const bool mayOpenNotice = QStringView(u"sSlLrRtTcCpPaAuUfF(\u00A9\u017F").contains(text.front());
    if (mayOpenNotice && openingNotice.matchView(text).hasMatch()) {
        return true;
    }
    const bool hasMark = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c == u'j' || c == u'J' || c == u'?' || c.isDigit(); })
        || containsNoCase(text, u"subscribe", 2) || containsNoCase(text, u"consider becoming", 9);
    return hasMark && anywhereNotice.matchView(text).hasMatch();
}

// The address a print page prints at its foot: "URL: https://...", "URL to article: https://...".
QString printedPageAddress(const QString &text)
{
    static const QRegularExpression labelled(
        u"^(?:article |page |story )?(?:url|link)(?: to (?:article|story|this page))?\\s*:\\s*(https?://\\S+)$"_s, QRegularExpression::CaseInsensitiveOption);
    // Most paragraphs hold no address: the expression runs only on those that do.
    constexpr qsizetype longestLine = 300;
    if (text.size() > longestLine || !text.contains(u"://"_s)) {
        return {};
    }
    return labelled.match(text).captured(1);
}

bool isHidden(const GumboNode *node)
{
    static const QRegularExpression displayNone(u"display\\s*:\\s*none|visibility\\s*:\\s*hidden"_s, QRegularExpression::CaseInsensitiveOption);
    const GumboVector &attributes = node->v.element.attributes;
    if (gumbo_get_attribute(&attributes, "hidden")) {
        return true;
    }
    if (attribute(node, "aria-hidden") == u"true"_s) {
        return true;
    }
    const QString role = attribute(node, "role");
    if (role == u"navigation"_s || role == u"complementary"_s || role == u"banner"_s || role == u"contentinfo"_s || role == u"dialog"_s) {
        return true;
    }
    const QString style = attribute(node, "style");
    return !style.isEmpty() && displayNone.matchView(style).hasMatch();
}

// Calls visit with the UTF-8 text of each text node of a subtree, in order, leaving out
// scripts, styles and templates.
template<typename Visit>
void forEachText(const GumboNode *node, const Visit &visit, int depth = 0)
{
    if (depth > maximumDepth) {
        return;
    }
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
        visit(node->v.text.text);
        return;
    }
    if (!isElement(node)) {
        return;
    }
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE) {
        return;
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        forEachText(static_cast<const GumboNode *>(children.data[i]), visit, depth + 1);
    }
}

// Text of a node's subtree as one string (for titles and scores), without scripts and styles.
void appendText(const GumboNode *node, QString &out)
{
    forEachText(node, [&out](const char *text) { out.append(QString::fromUtf8(text)); });
}

QString simplifiedText(const GumboNode *node)
{
    QString text;
    appendText(node, text);
    text.replace(u'\u00A0', u' ');
    return text.simplified();
}

// How long simplifiedText() of the subtree would be, counted without building it: every
// paragraph's length is asked for as the page is surveyed.
struct SimplifiedLength
{
    qsizetype length = 0;
    bool spaceBefore = false; ///< blanks between the text counted and the next letter

    void count(const GumboNode *node)
    {
        forEachText(node, [this](const char *text) {
            // simplified() makes each run of blanks one space and drops those at either end.
            for (const QChar c : QString::fromUtf8(text)) {
                if (c.unicode() > u' ' && c.unicode() < 0x7F) { // most characters: no blank
                    length += spaceBefore ? 2 : 1;
                    spaceBefore = false;
                } else if (c.isSpace()) {
                    spaceBefore = length > 0;
                } else {
                    length += spaceBefore ? 2 : 1;
                    spaceBefore = false;
                }
            }
        });
    }
};

qsizetype simplifiedLength(const GumboNode *node)
{
    SimplifiedLength counter;
    counter.count(node);
    return counter.length;
}

struct HtmlBlock
{
    TextBlock::Kind kind = TextBlock::Kind::Paragraph;
    GumboTag tag = GUMBO_TAG_P; ///< the heading level for headings
    QString text;
    int quotation = -1; ///< which <blockquote> the block is in, -1 outside any
};

// Turns the subtree of the content element into headings and paragraphs.
class BlockCollector
{
public:
    /// captionsAreText: the page is a gallery, whose captions tell the story (captionsTellStory()).
    explicit BlockCollector(qsizetype rootTextLength, bool captionsAreText = false)
        : m_rootTextLength(rootTextLength)
        , m_captionsAreText(captionsAreText)
    {
    }

    void collect(const GumboNode *node, int depth = 0)
    {
        if (depth > maximumDepth) {
            return;
        }
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
            const QString text = QString::fromUtf8(node->v.text.text);
            m_current.append(text);
            if (m_insideLinks > 0) {
                m_linkCharacters += text.trimmed().size();
            }
            return;
        }
        if (!isElement(node)) {
            return;
        }
        const GumboTag tag = node->v.element.tag;
        const bool caption = m_captionsAreText && (tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_FIGCAPTION);
        const bool quotationFigure = tag == GUMBO_TAG_FIGURE && holdsQuotation(node);
        if ((isSkippedTag(tag) && !caption && !quotationFigure) || isHidden(node) || isAmpFurniture(node) || isNoteReference(node) || isTableHeader(node)
            || isArchiveToolbar(node)) {
            separateAround(tag);
            return;
        }
        if (tag == GUMBO_TAG_A) {
            ++m_insideLinks;
            const GumboVector &children = node->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                collect(static_cast<const GumboNode *>(children.data[i]), depth + 1);
            }
            --m_insideLinks;
            return;
        }
        // A <time> that starts a block is the page's dateline ("Wed 26 Nov 2025 07.30 GMT"),
        // metadata rather than a sentence of the story; inside a sentence it stays.
        if (tag == GUMBO_TAG_TIME && m_current.trimmed().isEmpty()) {
            const GumboVector &children = node->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                collect(static_cast<const GumboNode *>(children.data[i]), depth + 1);
            }
            m_standaloneTime = m_current.simplified();
            return;
        }
        if (tag == GUMBO_TAG_TIME) {
            m_blockHasTime = true;
        }
        // A wrapper that happens to carry a noisy class ("article-share-wrapper") still holds
        // the article; only small noisy boxes are dropped.
        bool bylineBox = false;
        if (depth > 0) {
            // The subtree's text is asked for only when the names say the box may go.
            const QString names = componentNames(node);
            if (!caption && hasNoiseName(names, m_captionsAreText) && !isGatedContent(node) && simplifiedLength(node) * 3 < m_rootTextLength) {
                separateAround(tag);
                return;
            }
            if (!caption && isBlockTag(tag) && opensWithOtherStoriesHeading(node) && simplifiedLength(node) * 3 < m_rootTextLength) {
                separateAround(tag);
                return;
            }
            bylineBox = isBylineBox(node, names);
            if (bylineBox && m_bylineName.isEmpty()) {
                m_bylineName = firstBylineName(node);
            }
            if (bylineBox) {
                if (const QString text = simplifiedText(node); isBareByline(text)) {
                    // A box that prints a name alone ("Sinéad Brennan"), no desk or outlet, names the writer.
                    if (m_bylineName.isEmpty() && isWrittenName(text) && !namesNewsJob(text) && !namesOutlet(text)) {
                        m_bylineName = text;
                    }
                    noteBylineDate(text);
                    return;
                }
            }
        }
        if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR) {
            flush();
            return;
        }
        const bool boldHeading = tag == GUMBO_TAG_P && m_heading == GUMBO_TAG_UNKNOWN && isBoldLine(node);
        const bool heading = (isHeadingTag(tag) || boldHeading) && m_heading == GUMBO_TAG_UNKNOWN;
        const bool block = isHeadingTag(tag) || isBlockTag(tag) || caption || quotationFigure;
        if (block) {
            flush();
        }
        if (heading) {
            m_heading = boldHeading ? GUMBO_TAG_H4 : tag;
        }
        // The paragraphs of one <blockquote> are one quotation; a nested one stays part of it.
        const bool opensQuotation = tag == GUMBO_TAG_BLOCKQUOTE && m_quotation < 0;
        if (opensQuotation) {
            m_quotation = m_quotations++;
        }
        // archive.today writes each element's computed style into it, and a line's parts
        // ("By Marcus Ellery" "March 28, 2024") are set apart by a margin alone.
        if (!block && !m_current.isEmpty() && !m_current.back().isSpace() && hasLeadingMargin(node)) {
            m_current.append(u' ');
        }
        const qsizetype blocksBefore = m_blocks.size();
        const int linkListsBefore = m_droppedLinkLists;
        const GumboVector &children = node->v.element.children;
        // Also in a box within the byline box (<div data-component="byline-block"><div><span>).
        const bool spacedChildren = bylineBox || m_bylineBoxes > 0;
        m_bylineBoxes += bylineBox ? 1 : 0;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            collect(child, depth + 1);
            // The name and the job in a byline box are set apart by the page's styles alone:
            // "By Sophie Arnaud" "Europe correspondent" must not read "ArnaudEurope".
            if (spacedChildren && isElement(child) && i + 1 < children.length && isElement(static_cast<const GumboNode *>(children.data[i + 1]))) {
                m_current.append(u' ');
            }
        }
        m_bylineBoxes -= bylineBox ? 1 : 0;
        if (opensQuotation) {
            flush();
            m_quotation = -1;
        }
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
            m_current.append(u' ');
        }
        if (block) {
            flush();
        }
        if (heading) {
            m_heading = GUMBO_TAG_UNKNOWN;
        }
        // A box whose links were dropped as a list of other stories leaves its heading ("More
        // on this story", "Key events") over the next paragraph of the story, or the label a
        // content system prints over a field of links ("Components", "Related agencies"): it
        // goes too.
        if (block && !heading && depth > 0 && m_droppedLinkLists > linkListsBefore && m_blocks.size() > blocksBefore
            && (std::all_of(m_blocks.cbegin() + blocksBefore, m_blocks.cend(), [](const HtmlBlock &kept) { return kept.kind == TextBlock::Kind::Heading; })
                || (m_blocks.size() == blocksBefore + 1 && isLabel(m_blocks.constLast())))) {
            m_blocks.resize(blocksBefore);
        }
    }

    /// Collects a heading set under the headline as the story's standfirst (isStandfirstHeading()):
    /// a paragraph of the story, like a standfirst set in a <p>.
    void collectStandfirst(const GumboNode *heading)
    {
        flush();
        const GumboVector &children = heading->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            collect(static_cast<const GumboNode *>(children.data[i]), 2);
        }
        flush(TextBlock::Kind::Paragraph, GUMBO_TAG_P);
    }

    /// The classes the page's structured data names as its text for subscribers (paywallMarks()).
    void setGatedClasses(QStringList classes) { m_gatedClasses = std::move(classes); }

    [[nodiscard]] QList<HtmlBlock> takeBlocks()
    {
        flush();
        return std::move(m_blocks);
    }

    /// The writers of a dropped byline whose names are links ("Ellen Marsh and Li Wei").
    [[nodiscard]] QString linkedByline() const { return m_linkedByline; }

    /// The writer a byline box names in a part of its own, before the job ("Hannah Cole").
    [[nodiscard]] QString bylineName() const { return m_bylineName; }

    /// The date printed in a dropped byline box ("Staff Reporter / Updated: Nov 24, 2024, 09:12 IST").
    [[nodiscard]] QDate bylineDate() const { return m_bylineDate; }

    /// The page's address a print page prints in a line of its own (printedPageAddress()).
    [[nodiscard]] QString printedAddress() const { return m_printedAddress; }

private:
    // The box the page's structured data names as the text behind its paywall (class
    // "paywall"): the story's own paragraphs, though its name is the wall's.
    [[nodiscard]] bool isGatedContent(const GumboNode *node) const
    {
        if (m_gatedClasses.isEmpty()) {
            return false;
        }
        const QStringList classes = attribute(node, "class").split(u' ', Qt::SkipEmptyParts);
        return std::any_of(classes.cbegin(), classes.cend(), [this](const QString &name) { return m_gatedClasses.contains(name); });
    }

    // A byline box often prints the date beside the writer ("TOI News Desk / Updated: Nov 24,
    // 2024, 09:12 IST"): the box is no text of the story, but its date is the article's.
    void noteBylineDate(const QString &text)
    {
        if (!m_bylineDate.isValid()) {
            m_bylineDate = parsePublicationDate(text);
        }
    }

    // A dropped box that is a block of its own still parts the texts either side of it:
    // "5 min read" and "Dec 10, 2024" around a hidden separator must not read "readDec".
    void separateAround(GumboTag tag)
    {
        if (isBlockTag(tag) || isHeadingTag(tag) || isSkippedTag(tag)) {
            m_current.append(u' ');
        }
    }

    // A few words without a sentence's closing mark: what titles a field of a page. A date
    // beside a writer's linked name is the article's date line, read later.
    static bool isLabel(const HtmlBlock &block)
    {
        constexpr qsizetype longestLabel = 30;
        constexpr qsizetype mostSpaces = 3;
        return block.kind == TextBlock::Kind::Paragraph && block.text.size() <= longestLabel && block.text.count(u' ') <= mostSpaces
            && !block.text.back().isPunct() && !isBylineOrDateLine(block.text);
    }

    // A box that a heading such as "More from Marcus Oyelaran", "Recommended from Medium" or
    // "More Videos" opens, itself or in a wrapper of its own (<header><h2>Most Read</h2></header>):
    // other stories, whose titles and teasers quote other people.
    static bool opensWithOtherStoriesHeading(const GumboNode *box, int depth = 0)
    {
        constexpr int deepestWrapper = 1;
        const GumboVector &children = box->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_COMMENT) {
                continue;
            }
            if (!isElement(child)) {
                return false;
            }
            const GumboTag tag = child->v.element.tag;
            if (isHeadingTag(tag)) {
                return isOtherStoriesHeading(simplifiedText(child));
            }
            return depth < deepestWrapper && (tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_DIV) && opensWithOtherStoriesHeading(child, depth + 1);
        }
        return false;
    }

    // A table's header ("Time (UTC)" "Event") labels the columns of the rows below it; read as
    // a paragraph it is no sentence of the story. A <thead>, or a row of <th> cells alone; a
    // row headed by one <th> beside its <td>s is a row of the table.
    static bool isTableHeader(const GumboNode *node)
    {
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_THEAD) {
            return true;
        }
        if (tag != GUMBO_TAG_TR) {
            return false;
        }
        bool headerCell = false;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (isElement(child) && child->v.element.tag == GUMBO_TAG_TH) {
                headerCell = true;
            } else if (isElement(child) || child->type == GUMBO_NODE_TEXT) {
                return false;
            }
        }
        return headerCell;
    }

    // A <figure> that holds a <blockquote> frames a quotation, not a picture: WordPress wraps
    // every embedded post in one (<figure class="wp-block-embed"><blockquote class="twitter-tweet">).
    static bool holdsQuotation(const GumboNode *node, int depth = 0)
    {
        constexpr int deepestWrapper = 3;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (isElement(child)
                && (child->v.element.tag == GUMBO_TAG_BLOCKQUOTE
                    || (depth < deepestWrapper && child->v.element.tag == GUMBO_TAG_DIV && holdsQuotation(child, depth + 1)))) {
                return true;
            }
        }
        return false;
    }

    // "<p><strong>Background</strong></p>": a release's or a plain page's section heading, set
    // in bold type rather than marked as one. A bold sentence ("<p><b>The plane landed.</b></p>")
    // is a paragraph.
    static bool isBoldLine(const GumboNode *paragraph)
    {
        constexpr qsizetype longestHeading = 80;
        const GumboNode *bold = onlyElementChild(paragraph);
        if (!bold || (bold->v.element.tag != GUMBO_TAG_STRONG && bold->v.element.tag != GUMBO_TAG_B) || isLinkAlone(bold)) {
            return false;
        }
        const QString text = simplifiedText(bold);
        // A byline or a date line set in bold ("<b>By Sam Whitaker</b>") heads no section.
        return !text.isEmpty() && text.size() <= longestHeading && !QStringView(u".!?\"\u201D").contains(text.back()) && !isBylineOrDateLine(text);
    }

    // "<strong><a href="/apps">CLICK HERE TO GET THE NEWS APP</a></strong>": a bold link to
    // another page is a call or a teaser, read as links are, not a heading of the story.
    static bool isLinkAlone(const GumboNode *bold)
    {
        const GumboNode *link = onlyElementChild(bold);
        return link && link->v.element.tag == GUMBO_TAG_A && !attribute(link, "href").startsWith(u'#');
    }

    // The one element a node holds besides blanks and comments; null when it holds text or more.
    static const GumboNode *onlyElementChild(const GumboNode *node)
    {
        const GumboNode *only = nullptr;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_COMMENT) {
                continue;
            }
            if (only || !isElement(child)) {
                return nullptr;
            }
            only = child;
        }
        return only;
    }

    // A note's number in the text ("... within five years.<a href="#footnote-1">1</a>"): a
    // link within the page whose text is a number of a few digits, bracketed or not. Read, it
    // would join the word before ("years.1").
    static bool isNoteReference(const GumboNode *node)
    {
        if (node->v.element.tag != GUMBO_TAG_A || !attribute(node, "href").startsWith(u'#')) {
            return false;
        }
        static const QRegularExpression number(u"^\\[?\\d{1,3}\\]?$"_s);
        const QString text = simplifiedText(node);
        return text.size() <= 5 && number.matchView(text).hasMatch();
    }

    // Text read inside a heading is a heading, also when the heading holds boxes of its own
    // (<h2>Title<div class="anchor">...</div></h2>) that end its text early.
    void flush()
    {
        const bool inHeading = m_heading != GUMBO_TAG_UNKNOWN;
        flush(inHeading ? TextBlock::Kind::Heading : TextBlock::Kind::Paragraph, inHeading ? m_heading : GUMBO_TAG_P);
    }

    void flush(TextBlock::Kind kind, GumboTag tag)
    {
        if (m_current.isEmpty()) {
            return;
        }
        m_current.replace(u'\u00A0', u' ');
        QString text = withoutNewTabNotices(m_current.simplified());
        m_current.clear();
        const qsizetype linkCharacters = std::exchange(m_linkCharacters, 0);
        const QString standaloneTime = std::exchange(m_standaloneTime, QString());
        const bool hasTime = std::exchange(m_blockHasTime, false);
        if (const QString address = printedPageAddress(text); !address.isEmpty()) {
            if (m_printedAddress.isEmpty()) {
                m_printedAddress = address;
            }
            return;
        }
        // A release's end mark ("###") stays for removePressReleaseFurniture(), which cuts the issuer's foot after it.
        if (text.isEmpty() || isBoilerplate(text) || text == standaloneTime || isPageNotice(text) || (!hasWords(text) && !isReleaseEndMark(text))
            || (kind == TextBlock::Kind::Paragraph && text.endsWith(u')') && isPhotoCaption(text))
            || (kind == TextBlock::Kind::Paragraph && text.front().isDigit() && isCountLine(text))
            || (kind == TextBlock::Kind::Paragraph && isEditorsNote(text))
            // "Follow AP's coverage of the wildfires at https://...": a box set between the
            // paragraphs that links to more of the outlet's coverage.
            || (kind == TextBlock::Kind::Paragraph && (linkCharacters > 0 || text.contains(u"://"_s)) && isCallToFollow(text))) {
            return;
        }
        if (kind == TextBlock::Kind::Paragraph && isLinkToOtherStories(text, linkCharacters)) {
            // Above the story's sentences: below them such a line is a teaser ("By Air And Sea").
            const auto aboveText = [this] {
                return std::none_of(m_blocks.cbegin(), m_blocks.cend(),
                    [](const HtmlBlock &block) { return block.kind == TextBlock::Kind::Paragraph && block.text.endsWith(u'.'); });
            };
            if (m_linkedByline.isEmpty() && isLinkedByline(text) && aboveText()) {
                m_linkedByline = text.sliced(3);
            }
            ++m_droppedLinkLists;
            return;
        }
        // "Global Wire Service Marta Lindqvist <time>Sat 24 Jun 2023, 12:42 pm</time>": the
        // page's line of who and when, not a sentence; a "By ..." line stays for the byline.
        // A live post's stamp opens with its <time> ("<time>2h ago</time><span>12.02 PST</span>").
        if (kind == TextBlock::Kind::Paragraph && (hasTime || !standaloneTime.isEmpty()) && text.size() <= 120 && !text.back().isPunct()
            && !text.startsWith(u"By "_s)) {
            return;
        }
        m_blocks.append({kind, tag, std::move(text), kind == TextBlock::Kind::Paragraph ? m_quotation : -1});
    }

    // "Editor's note: This story has been updated ...", "Correction: An earlier version of this
    // article misstated ...": the page's notes about itself. A correction repeats the error it
    // corrects ("400 yards"), which read as a fact of the story.
    static bool isEditorsNote(const QString &text)
    {
        static const QList<QStringView> openings{u"editor's note:", u"editor\u2019s note:", u"editors' note:", u"editors\u2019 note:", u"editor note:",
            u"editors note:", u"correction:", u"clarification:"};
        return ((text.front() == u'E' || text.front() == u'C') && std::any_of(openings.cbegin(), openings.cend(), [&text](QStringView opening) {
            return text.startsWith(opening, Qt::CaseInsensitive);
        })) || isCorrectionNote(text);
    }

    // "By <a href="/people/ellen-marsh/">Ellen Marsh</a>": a byline whose names link to the
    // writers' pages. It goes with the links, but names the writers when nothing else does.
    // Only names follow "By" ("By the numbers: ..." over a link is a teaser).
    static bool isLinkedByline(const QString &text)
    {
        if (text.size() > 80 || !text.startsWith(u"By "_s)) {
            return false;
        }
        const QList<QStringView> words = QStringView(text).sliced(3).split(u' ', Qt::SkipEmptyParts);
        return words.size() >= 2 && words.size() <= 9
            && std::all_of(words.cbegin(), words.cend(), [](QStringView word) { return word == u"and" || word == u"&" || word.front().isUpper(); });
    }

    // Page furniture that sits between paragraphs as a block of its own. The labels of a
    // publication or a section ("Published in", "Filed under") lose their links, dropped as
    // links to other pages; a slide's place in a gallery reads "3 of 12" or "3 / 12".
    static bool isBoilerplate(const QString &text)
    {
        // Besides the buttons and notes a copied page's text shows as lines of their own
        // (isPageFurnitureLine(): "Advertisement", "Share", "Continue reading", reading times),
        // the labels a page sets over its boxes.
        static const QStringList furniture = {u"read more"_s, u"follow us"_s, u"related"_s, u"recommended"_s, u"sponsored"_s, u"loading"_s, u"published in"_s,
            u"posted in"_s, u"filed under"_s, u"also read"_s, u"read also"_s,
            // the label over a live blog's box of posts set in a story
            u"live updates"_s, u"latest updates"_s};
        static const QRegularExpression slideNumber(u"^\\d{1,3} (?:of|/) \\d{1,3}$"_s);
        return text.size() <= 48 && (furniture.contains(pageFurnitureKey(text)) || isPageFurnitureLine(text) || slideNumber.matchView(text).hasMatch());
    }

    // A block of marks alone ("--" where a count of claps was to be drawn, "·", "|") says nothing.
    static bool hasWords(const QString &text)
    {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    }

    GumboTag m_heading = GUMBO_TAG_UNKNOWN; ///< the heading being read, GUMBO_TAG_UNKNOWN outside any
    int m_quotation = -1; ///< number of the <blockquote> being read, -1 outside any
    int m_quotations = 0;
    int m_insideLinks = 0;
    int m_droppedLinkLists = 0; ///< blocks dropped as links to other stories
    QString m_linkedByline;
    QString m_bylineName;
    int m_bylineBoxes = 0; ///< byline boxes the element being read is in
    qsizetype m_linkCharacters = 0;
    qsizetype m_rootTextLength = 0;
    bool m_captionsAreText = false;
    QStringList m_gatedClasses;
    QString m_current;
    QString m_standaloneTime; ///< text of a <time> that opened the block being read
    bool m_blockHasTime = false; ///< a <time> inside the block being read
    QDate m_bylineDate;
    QString m_printedAddress;
    QList<HtmlBlock> m_blocks;
};

// What the page says about itself, collected in one walk over the document.
struct PageFacts
{
    QHash<QString, QString> meta; ///< lower-case property/name/itemprop -> first content
    QString canonical;
    QString bookmark; ///< rel="bookmark": archive.today's dated address of its copy
    QString microdataUrl; ///< the address schema.org microdata gives the article
    QString sourceLink; ///< an address printed after "Source:", as a shared document cites its page
    QString savedFrom; ///< the address in SingleFile's note at the top of its copy ("url: https://...")
    QString base; ///< <base href>: a snapshot (Zotero's) points its relative links at the page it copies
    QString titleElement;
    const GumboNode *firstH1 = nullptr;
    QStringList jsonLd;
    QString nextData; ///< a Next.js page's __NEXT_DATA__ script: the props it is drawn from
    QList<const GumboNode *> times;
    QList<const GumboNode *> authorNames; ///< elements marksAuthorName() finds
    QList<const GumboNode *> authorArchiveLinks; ///< links to a writer's archive ("/author/grace-ellery/")
    QList<const GumboNode *> articles;
    QList<const GumboNode *> mains;
    QList<const GumboNode *> articleBodies;
    QList<const GumboNode *> captions; ///< <figcaption>s
    const GumboNode *body = nullptr;
    QHash<const GumboNode *, qsizetype> paragraphText; ///< text in <p> descendants
    QHash<const GumboNode *, qsizetype> readability; ///< text in <p> children, half for grandchildren
};

// The writer's name printed in the page: a link marked rel="author", microdata
// itemprop="author", or a box whose class is "author" or names an author's or a byline's
// name ("author-name", "byline__name"). Raw attribute bytes: this runs on every element.
bool marksAuthorName(const GumboNode *node)
{
    const auto containsNoCase = [](std::string_view text, std::string_view part) {
        return std::search(text.begin(), text.end(), part.begin(), part.end(), [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; })
            != text.end();
    };
    const auto anyWord = [&node](const char *name, const auto &accepts) {
        const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
        if (!found) {
            return false;
        }
        const std::string_view value(found->value);
        std::size_t start = 0;
        while (start < value.size()) {
            std::size_t end = start;
            while (end < value.size() && !std::isspace(static_cast<unsigned char>(value[end]))) {
                ++end;
            }
            if (end > start && accepts(value.substr(start, end - start))) {
                return true;
            }
            start = end + 1;
        }
        return false;
    };
    const auto isAuthor = [&containsNoCase](std::string_view word) { return word.size() == 6 && containsNoCase(word, "author"); };
    // "author" alone is also WordPress's hCard class (<span class="author vcard">).
    // An embedded post names its own writer ("tweet-author-name"), a comment its commenter.
    const auto namesAuthor = [&containsNoCase, &isAuthor](std::string_view word) {
        const bool namesOther = containsNoCase(word, "tweet") || containsNoCase(word, "embed") || containsNoCase(word, "comment");
        // A BEM element named for the writer ("article__author"), not a box about them ("author__bio").
        const bool authorElement = word.size() > 8 && word.ends_with("__author");
        // A box named for the author's byline ("caas-author-byline-collapse") prints the writers.
        const bool authorByline = containsNoCase(word, "author") && containsNoCase(word, "byline");
        return isAuthor(word) || authorElement
            || ((((containsNoCase(word, "author") || containsNoCase(word, "byline")) && containsNoCase(word, "name")) || authorByline) && !namesOther);
    };
    // A page saved from Firefox's Reader View names its writer in "reader-credits";
    // Pocket's saved article names them in "reader-author".
    const auto readerCredits = [](std::string_view word) { return word == "reader-credits" || word == "reader-author"; };
    // An hCard's formatted name ("fn") in the writer's card: Blogger's "<span class="post-author
    // vcard">Posted by <span class="fn">Eleri Vaughan</span></span>".
    const auto inAuthorCard = [&node, &containsNoCase] {
        const GumboNode *card = node->parent;
        const GumboAttribute *cardClass = card && card->type == GUMBO_NODE_ELEMENT ? gumbo_get_attribute(&card->v.element.attributes, "class") : nullptr;
        // A commenter's card ("comment-author vcard") names the commenter.
        return cardClass && containsNoCase(cardClass->value, "vcard") && containsNoCase(cardClass->value, "author")
            && !containsNoCase(cardClass->value, "comment");
    };
    const auto isFormattedName = [](std::string_view word) { return word == "fn"; };
    return anyWord("rel", isAuthor) || anyWord("itemprop", isAuthor) || anyWord("class", namesAuthor) || anyWord("class", readerCredits)
        || (anyWord("class", isFormattedName) && inAuthorCard());
}

// True when paragraph is the one element in box, beside blanks at most. Only a few children
// are looked at, so a box of many paragraphs costs nothing.
bool wrapsOneParagraph(const GumboNode *box, const GumboNode *paragraph)
{
    const GumboVector &children = box->v.element.children;
    if (children.length > 3) {
        return false;
    }
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child != paragraph && child->type != GUMBO_NODE_WHITESPACE && child->type != GUMBO_NODE_COMMENT) {
            return false;
        }
    }
    return true;
}

bool isArticleType(const QJsonValue &type);

// A page's print version names itself in <title>: "Site » Headline » Print" (WordPress's
// WP-Print), "Headline | Site - Printer Friendly".
QString withoutPrintMark(QString title)
{
    static const QStringList marks = {u" Print"_s, u" Print Version"_s, u" Printer Friendly"_s, u" Printer Friendly Version"_s, u" Print Article"_s};
    for (const QString &mark : marks) {
        if (!title.endsWith(mark, Qt::CaseInsensitive)) {
            continue;
        }
        const QString rest = title.chopped(mark.size()).trimmed();
        if (!rest.isEmpty() && (rest.back() == u'\u00BB' || rest.back() == u'|' || rest.back() == u'-' || rest.back() == u'\u2013' || rest.back() == u':')) {
            return rest.chopped(1).trimmed();
        }
    }
    return title;
}

// A page that describes itself in schema.org microdata rather than JSON-LD gives the
// article's address as a <meta> or <link> with itemprop "url" or "mainEntityOfPage" right in
// the article's item; the same names inside its author's or publisher's item are theirs.
void noteMicrodataUrl(const GumboNode *node, PageFacts &facts)
{
    if (!facts.microdataUrl.isEmpty() || !node->parent) {
        return;
    }
    const QString property = attribute(node, "itemprop");
    if (property != u"url"_s && property != u"mainEntityOfPage"_s) {
        return;
    }
    const QString address = attribute(node, node->v.element.tag == GUMBO_TAG_LINK ? "href" : "content").trimmed();
    if (address.startsWith(u"http"_s) && isArticleType(QJsonValue(attribute(node->parent, "itemtype")))) {
        facts.microdataUrl = address;
    }
}

// A link that prints its own address after a "Source:" label ("Source: <a>https://...</a>"),
// as a document exported from Google Docs or a word processor cites the page it copies.
// The label may stand in the link's parent's previous sibling (Docs wraps each run in a <span>).
bool isSourceLink(const GumboNode *node)
{
    // Raw bytes first: this runs on every link of a page.
    const GumboVector &children = node->v.element.children;
    if (children.length == 0 || static_cast<const GumboNode *>(children.data[0])->type != GUMBO_NODE_TEXT) {
        return false;
    }
    const std::string_view text(static_cast<const GumboNode *>(children.data[0])->v.text.text);
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos || text.substr(start, 4) != "http") {
        return false;
    }
    for (const GumboNode *part = node; part && part->parent && part->parent->type == GUMBO_NODE_ELEMENT; part = part->parent) {
        if (part->index_within_parent > 0) {
            const auto *previous = static_cast<const GumboNode *>(part->parent->v.element.children.data[part->index_within_parent - 1]);
            const QString label = previous->type == GUMBO_NODE_TEXT ? QString::fromUtf8(previous->v.text.text).simplified()
                : previous->type == GUMBO_NODE_ELEMENT              ? simplifiedText(previous)
                                                                    : QString();
            return label.compare(u"Source:"_s, Qt::CaseInsensitive) == 0;
        }
        if (part->parent->v.element.tag == GUMBO_TAG_P) {
            return false;
        }
    }
    return false;
}

// Older pages and e-mailed copies set their text straight in a box, paragraphs apart by
// line breaks ("...on Monday.<br><br>The work ..."), without a <p>: that text counts as a box
// of paragraphs does, or a sidebar's few <p> would outweigh it. Only a box with a <br> of its
// own is looked at.
void noteTextBetweenBreaks(const GumboNode *box, PageFacts &facts)
{
    const GumboVector &children = box->v.element.children;
    bool breaks = false;
    for (unsigned i = 0; i < children.length && !breaks; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        breaks = child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BR;
    }
    if (!breaks) {
        return;
    }
    SimplifiedLength counter;
    for (unsigned i = 0; i < children.length; ++i) {
        if (const auto *child = static_cast<const GumboNode *>(children.data[i]); child->type == GUMBO_NODE_TEXT) {
            counter.count(child);
        }
    }
    if (counter.length == 0) {
        return;
    }
    facts.readability[box] += counter.length;
    for (const GumboNode *ancestor = box; ancestor; ancestor = ancestor->parent) {
        facts.paragraphText[ancestor] += counter.length;
    }
}

void gatherFacts(const GumboNode *node, PageFacts &facts, int depth = 0)
{
    if (depth > maximumDepth || !isElement(node)) {
        return;
    }
    const GumboTag tag = node->v.element.tag;
    switch (tag) {
    case GUMBO_TAG_META: {
        noteMicrodataUrl(node, facts);
        QString key = attribute(node, "property");
        if (key.isEmpty()) {
            key = attribute(node, "name");
        }
        if (key.isEmpty()) {
            key = attribute(node, "itemprop");
        }
        const QString content = attribute(node, "content").trimmed();
        if (!key.isEmpty() && !content.isEmpty() && !facts.meta.contains(key.toLower())) {
            facts.meta.insert(key.toLower(), content);
        }
        return;
    }
    case GUMBO_TAG_LINK:
        noteMicrodataUrl(node, facts);
        if (const QStringList rel = attribute(node, "rel").toLower().split(u' '); facts.canonical.isEmpty() && rel.contains(u"canonical"_s)) {
            facts.canonical = attribute(node, "href").trimmed();
        } else if (facts.bookmark.isEmpty() && rel.contains(u"bookmark"_s)) {
            facts.bookmark = attribute(node, "href").trimmed();
        }
        return;
    case GUMBO_TAG_BASE:
        if (facts.base.isEmpty()) {
            facts.base = attribute(node, "href").trimmed();
        }
        return;
    case GUMBO_TAG_TITLE:
        if (facts.titleElement.isEmpty()) {
            facts.titleElement = withoutPrintMark(simplifiedText(node));
        }
        return;
    case GUMBO_TAG_SCRIPT: {
        const bool jsonLd = attribute(node, "type").trimmed().toLower() == u"application/ld+json"_s;
        const bool nextData = !jsonLd && facts.nextData.isEmpty() && attribute(node, "id") == u"__NEXT_DATA__"_s;
        if (jsonLd || nextData) {
            QString json;
            const GumboVector &children = node->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const auto *child = static_cast<const GumboNode *>(children.data[i]);
                if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE) {
                    json.append(QString::fromUtf8(child->v.text.text));
                }
            }
            (jsonLd ? facts.jsonLd.append(json) : void(facts.nextData = json));
        }
        return;
    }
    case GUMBO_TAG_STYLE:
        return;
    case GUMBO_TAG_H1:
        if (!facts.firstH1) {
            facts.firstH1 = node;
        }
        break;
    case GUMBO_TAG_TIME:
        facts.times.append(node);
        break;
    case GUMBO_TAG_ARTICLE:
        facts.articles.append(node);
        break;
    case GUMBO_TAG_MAIN:
        facts.mains.append(node);
        break;
    case GUMBO_TAG_FIGCAPTION:
        facts.captions.append(node);
        break;
    case GUMBO_TAG_BODY:
        facts.body = node;
        break;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_TD:
        noteTextBetweenBreaks(node, facts);
        break;
    case GUMBO_TAG_P: {
        const qsizetype length = simplifiedLength(node);
        const GumboNode *parent = node->parent;
        if (parent) {
            facts.readability[parent] += length;
            if (parent->parent) {
                // Some pages wrap each paragraph in a box of its own (<div class="para"><p>):
                // such a wrapper hands its paragraph on whole, or one long paragraph would
                // outweigh the box that holds all of them.
                facts.readability[parent->parent] += wrapsOneParagraph(parent, node) ? length : length / 2;
            }
        }
        for (const GumboNode *ancestor = parent; ancestor; ancestor = ancestor->parent) {
            facts.paragraphText[ancestor] += length;
        }
        break;
    }
    default:
        break;
    }
    if (attribute(node, "role") == u"main"_s) {
        facts.mains.append(node);
    }
    if (tag == GUMBO_TAG_A && facts.sourceLink.isEmpty() && isSourceLink(node)) {
        facts.sourceLink = attribute(node, "href").trimmed();
    }
    // Reader View links the page it was made from in its header, the one address it keeps.
    if (tag == GUMBO_TAG_A && facts.canonical.isEmpty() && attribute(node, "class").split(u' ').contains(u"reader-domain"_s)) {
        facts.canonical = attribute(node, "href").trimmed();
    }
    if (attribute(node, "itemprop") == u"articleBody"_s) {
        facts.articleBodies.append(node);
    }
    if (marksAuthorName(node)) {
        facts.authorNames.append(node);
    }
    if (tag == GUMBO_TAG_A) {
        const GumboAttribute *href = gumbo_get_attribute(&node->v.element.attributes, "href");
        // A blog platform's profile ("https://substack.com/@priyacalder", "medium.com/@name") is a writer's archive too.
        if (href && (std::strstr(href->value, "/author/") || std::strstr(href->value, "/@"))) {
            facts.authorArchiveLinks.append(node);
        }
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        gatherFacts(static_cast<const GumboNode *>(children.data[i]), facts, depth + 1);
    }
}

// SingleFile notes where it saved its copy from in a comment at the top of the page
// ("Page saved with SingleFile \n url: https://... \n saved date: ..."). Only the document's
// and the root's own comments are looked at.
void noteSavedFromAddress(const GumboOutput *document, PageFacts &facts)
{
    static const QRegularExpression urlLine(u"^\\s*url:\\s*(https?://\\S+)"_s, QRegularExpression::MultilineOption);
    for (const GumboNode *parent : {document->document, document->root}) {
        const GumboVector &children = parent->type == GUMBO_NODE_DOCUMENT ? parent->v.document.children : parent->v.element.children;
        for (unsigned i = 0; i < children.length && facts.savedFrom.isEmpty(); ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type != GUMBO_NODE_COMMENT || std::string_view(child->v.text.text).find("SingleFile") == std::string_view::npos) {
                continue;
            }
            facts.savedFrom = urlLine.match(QString::fromUtf8(child->v.text.text)).captured(1);
        }
    }
}

// "Jane Doe" from "By Jane Doe".
QString withoutByPrefix(QString name)
{
    static const QRegularExpression byPrefix(u"^By\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    return name.remove(byPrefix);
}

// "Oksana Hrytsenko" from the page's author boxes, several writers joined by commas; a box
// that holds more than a name (a biography, "More by this author") is not read.
// "Author: Nia Brooks, Sam Keller" in one box: a label, then several writers.
QStringList writersInBox(const QString &text)
{
    static const QRegularExpression label(u"^(?:(?:written )?by(?:\\s*:|\\s)|authors?\\s*:)\\s*"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separator(u",\\s*|\\s+(?:and|&)\\s+"_s);
    const QString names = QString(text).remove(label);
    if (isWrittenName(names)) {
        return {names};
    }
    return names.split(separator, Qt::SkipEmptyParts);
}

QString authorNamesInPage(const QList<const GumboNode *> &nodes)
{
    QStringList names;
    for (const GumboNode *node : nodes) {
        for (const QString &name : writersInBox(simplifiedText(node))) {
            if (isWrittenName(name) && !namesNewsJob(name) && !names.contains(name)) {
                names.append(name);
            }
        }
    }
    return names.mid(0, 3).join(u", "_s);
}

// A blog links its writer to their archive ("/author/grace-ellery/") in the line over the
// post ("Posted on March 30, 2024 by Grace Ellery"). Such links elsewhere (a list of recent
// posts) name other writers: only the first link that reads as a name, and those beside it
// in the same line, are read.
QString authorArchiveNames(const QList<const GumboNode *> &links)
{
    QList<const GumboNode *> line;
    for (const GumboNode *link : links) {
        if (line.isEmpty() && !isWrittenName(simplifiedText(link))) {
            continue;
        }
        if (!line.isEmpty() && link->parent != line.front()->parent) {
            break;
        }
        line.append(link);
    }
    return authorNamesInPage(line);
}

const GumboNode *largest(const QList<const GumboNode *> &nodes, const QHash<const GumboNode *, qsizetype> &score)
{
    const GumboNode *best = nullptr;
    qsizetype bestScore = 0;
    for (const GumboNode *node : nodes) {
        const qsizetype s = score.value(node);
        if (s > bestScore) {
            best = node;
            bestScore = s;
        }
    }
    return best;
}

bool contains(const GumboNode *ancestor, const GumboNode *node)
{
    for (; node; node = node->parent) {
        if (node == ancestor) {
            return true;
        }
    }
    return false;
}

// True when the page's structured data says it is a live blog ("@type": "LiveBlogPosting").
bool declaresLiveBlog(const PageFacts &facts)
{
    return std::any_of(facts.jsonLd.cbegin(), facts.jsonLd.cend(), [](const QString &script) { return script.contains(u"LiveBlogPosting"_s); });
}

// A live blog's posts are <article>s side by side in one feed, none of them the story alone:
// the feed is. A story's own <article> beside a few teasers still holds most of the text. A
// page that declares itself a live blog is its feed even where one long post outweighs the
// few short ones beside it.
const GumboNode *feedOf(const GumboNode *post, const PageFacts &facts)
{
    const GumboNode *feed = post->parent;
    if (!feed) {
        return post;
    }
    int posts = 0;
    for (const GumboNode *other : facts.articles) {
        posts += other->parent == feed && facts.paragraphText.value(other) > 0 ? 1 : 0;
    }
    if (posts >= 2 && declaresLiveBlog(facts)) {
        return feed;
    }
    return posts >= 3 && facts.paragraphText.value(post) * 2 < facts.paragraphText.value(feed) ? feed : post;
}

// A box of paragraphs alone (<p>, or a <div> of a few <p>s): what a standfirst or a
// hearing's heading of committee, date and witness is; a byline box of links or a list of
// key events is not.
bool isParagraphBox(const GumboNode *node)
{
    constexpr unsigned mostChildren = 9;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_P) {
        return true;
    }
    if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_SECTION && tag != GUMBO_TAG_HEADER) {
        return false;
    }
    const GumboVector &children = node->v.element.children;
    if (children.length == 0 || children.length > mostChildren) {
        return false;
    }
    bool paragraph = false;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (isElement(child) && child->v.element.tag == GUMBO_TAG_P) {
            paragraph = true;
        } else if (child->type != GUMBO_NODE_WHITESPACE && child->type != GUMBO_NODE_COMMENT) {
            return false;
        }
    }
    return paragraph;
}

// Substack's subtitle (<h3 class="subtitle">) and many news sites' synopsis (<h2 class="synopsis">)
// set the standfirst as a heading right under the headline, where others use a <p>: a heading
// that follows the headline at once and runs to a sentence's length is one. A section's
// heading is a few words.
bool isStandfirstHeading(const GumboNode *node)
{
    constexpr qsizetype fewestSpaces = 9;
    constexpr qsizetype longestStandfirst = 400;
    const GumboTag tag = node->v.element.tag;
    if (tag < GUMBO_TAG_H2 || tag > GUMBO_TAG_H4) {
        return false;
    }
    const QString text = simplifiedText(node);
    return text.size() <= longestStandfirst && text.count(u' ') >= fewestSpaces;
}

// The paragraph boxes between the headline and the element chosen as the story, when the
// headline lies outside it: a live blog's standfirst above its feed of posts, a hearing's
// committee, date and witness above the transcript. They open the story. Only the headline's
// later siblings (and its wrapper's, two levels up) are looked at, and only when one of
// them holds the story: the boxes must lie between the two.
QList<const GumboNode *> boxesBetweenHeadlineAndContent(const PageFacts &facts, const GumboNode *content)
{
    constexpr int levels = 3;
    constexpr int mostBoxes = 3;
    const GumboNode *headline = facts.firstH1;
    if (!headline || !content || contains(content, headline) || contains(headline, content)) {
        return {};
    }
    QList<const GumboNode *> boxes;
    const GumboNode *node = headline;
    for (int level = 0; level < levels && node->parent && isElement(node->parent); ++level, node = node->parent) {
        const GumboVector &siblings = node->parent->v.element.children;
        bool nextToHeadline = level == 0;
        for (unsigned i = node->index_within_parent + 1; i < siblings.length; ++i) {
            const auto *sibling = static_cast<const GumboNode *>(siblings.data[i]);
            if (!isElement(sibling)) {
                continue;
            }
            if (contains(sibling, content)) {
                return boxes;
            }
            const bool standfirst = std::exchange(nextToHeadline, false) && isStandfirstHeading(sibling);
            if ((standfirst || isParagraphBox(sibling)) && !isHidden(sibling) && boxes.size() < mostBoxes) {
                boxes.append(sibling);
            }
        }
    }
    return {};
}

// A gallery (a slideshow, "In pictures") tells its story in the captions of its pictures:
// at least three of them in the content, holding more text than its paragraphs outside them.
// An article's few captions under its photos are no text of the story.
bool captionsTellStory(const PageFacts &facts, const GumboNode *content)
{
    constexpr int fewestSlides = 3;
    int slides = 0;
    qsizetype captionText = 0;
    qsizetype paragraphsInCaptions = 0;
    for (const GumboNode *caption : facts.captions) {
        if (contains(content, caption)) {
            ++slides;
            captionText += simplifiedText(caption).size();
            paragraphsInCaptions += facts.paragraphText.value(caption);
        }
    }
    return slides >= fewestSlides && captionText > facts.paragraphText.value(content) - paragraphsInCaptions;
}

// The element that holds the article text.
const GumboNode *contentElement(const PageFacts &facts)
{
    const GumboNode *readable = nullptr;
    qsizetype readableScore = 0;
    for (auto it = facts.readability.cbegin(); it != facts.readability.cend(); ++it) {
        // Ties go to the element that comes first in the page, so the choice never depends on hashing.
        const bool earlier = readable && it.key()->v.element.start_pos.offset < readable->v.element.start_pos.offset;
        if (it.value() > readableScore || (it.value() == readableScore && earlier)) {
            readable = it.key();
            readableScore = it.value();
        }
    }
    for (const QList<const GumboNode *> *candidates : {&facts.articleBodies, &facts.articles, &facts.mains}) {
        if (const GumboNode *node = largest(*candidates, facts.paragraphText)) {
            // A marked element that holds a mere teaser while the real text lies elsewhere.
            if (readable && !contains(node, readable) && facts.paragraphText.value(node) * 3 < readableScore) {
                return readable;
            }
            return candidates == &facts.articles ? feedOf(node, facts) : node;
        }
    }
    if (readable) {
        return readable;
    }
    if (!facts.articles.isEmpty()) {
        return facts.articles.front();
    }
    if (!facts.mains.isEmpty()) {
        return facts.mains.front();
    }
    return facts.body;
}

QString jsonString(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString().trimmed();
    }
    if (value.isObject()) {
        return jsonString(value.toObject().value(u"name"_s));
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            if (const QString part = jsonString(item); !part.isEmpty()) {
                parts.append(part);
            }
        }
        return parts.join(u", "_s);
    }
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    static const QRegularExpression articleTypes(u"Article|Posting|Report|Blog"_s);
    if (type.isArray()) {
        for (const QJsonValue &item : type.toArray()) {
            if (isArticleType(item)) {
                return true;
            }
        }
        return false;
    }
    return articleTypes.matchView(type.toString()).hasMatch();
}

void collectJsonObjects(const QJsonValue &value, QList<QJsonObject> &out, int depth = 0)
{
    if (depth > 8) {
        return;
    }
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            collectJsonObjects(item, out, depth + 1);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        out.append(object);
        if (object.contains(u"@graph"_s)) {
            collectJsonObjects(object.value(u"@graph"_s), out, depth + 1);
        }
        // A WebPage that holds the article as its main entity.
        if (const QJsonValue entity = object.value(u"mainEntity"_s); entity.isObject() || entity.isArray()) {
            collectJsonObjects(entity, out, depth + 1);
        }
    }
}

// Every JSON-LD object of the page's scripts, those of a "@graph" and a main entity among them.
QList<QJsonObject> jsonLdObjects(const QStringList &scripts)
{
    QList<QJsonObject> objects;
    for (const QString &script : scripts) {
        const QJsonDocument document = QJsonDocument::fromJson(script.trimmed().toUtf8());
        collectJsonObjects(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), objects);
    }
    return objects;
}

// The object that describes the article itself, among the page's JSON-LD objects.
QJsonObject articleObject(const QList<QJsonObject> &objects)
{
    for (const QJsonObject &object : objects) {
        if (isArticleType(object.value(u"@type"_s))) {
            return object;
        }
    }
    for (const QJsonObject &object : objects) {
        if (object.contains(u"datePublished"_s)) {
            return object;
        }
    }
    return {};
}

QJsonObject jsonLdArticle(const QStringList &scripts)
{
    return articleObject(jsonLdObjects(scripts));
}

// A value that points at another object of the page's "@graph" by its "@id" alone, as SEO
// plugins write the article's author and publisher ({"@id": "https://site/#/schema/person/ab12"}),
// replaced by that object; other values as they are.
QJsonValue resolvedReference(const QJsonValue &value, const QList<QJsonObject> &objects)
{
    if (value.isArray()) {
        QJsonArray resolved;
        for (const QJsonValue &item : value.toArray()) {
            resolved.append(resolvedReference(item, objects));
        }
        return resolved;
    }
    const QJsonObject reference = value.toObject();
    const QJsonValue id = reference.value(u"@id"_s);
    if (!value.isObject() || !id.isString() || reference.contains(u"name"_s)) {
        return value;
    }
    const auto target = std::find_if(
        objects.cbegin(), objects.cend(), [&id](const QJsonObject &object) { return object.value(u"@id"_s) == id && object.contains(u"name"_s); });
    return target != objects.cend() ? QJsonValue(*target) : value;
}

// What a paywalled page tells search engines of its wall: that the article is not free
// ("isAccessibleForFree": false), and which boxes hold its text for subscribers ("hasPart":
// {"isAccessibleForFree": false, "cssSelector": ".paywall"}; plain class selectors only).
struct PaywallMarks
{
    bool paywalled = false;
    QStringList gatedClasses;
};

bool isMarkedNotFree(const QJsonObject &object)
{
    const QJsonValue free = object.value(u"isAccessibleForFree"_s);
    return free == QJsonValue(false) || free.toString().compare(u"false"_s, Qt::CaseInsensitive) == 0;
}

PaywallMarks paywallMarks(const PageFacts &facts)
{
    PaywallMarks marks;
    const bool mayMarkPaywall
        = std::any_of(facts.jsonLd.cbegin(), facts.jsonLd.cend(), [](const QString &script) { return script.contains(u"isAccessibleForFree"); });
    if (!mayMarkPaywall) {
        return marks; // most pages: no second parse of their structured data
    }
    const QJsonObject article = jsonLdArticle(facts.jsonLd);
    marks.paywalled = isMarkedNotFree(article);
    const QJsonValue parts = article.value(u"hasPart"_s);
    for (const QJsonValue &part : parts.isArray() ? parts.toArray() : QJsonArray{parts}) {
        if (!isMarkedNotFree(part.toObject())) {
            continue;
        }
        marks.paywalled = true;
        for (const QString &selector : part.toObject().value(u"cssSelector"_s).toString().split(u',')) {
            const QString name = selector.trimmed();
            if (name.size() > 1 && name.front() == u'.' && std::none_of(name.cbegin() + 1, name.cend(), [](QChar c) { return c.isSpace() || c == u'.'; })) {
                marks.gatedClasses.append(name.mid(1));
            }
        }
    }
    return marks;
}

// The marks that set a site's name off a headline in <title>: "Headline | Site", "Headline - Site".
const QStringList &siteSeparators()
{
    static const QStringList separators = {u" | "_s, u" - "_s, u" \u2013 "_s, u" \u2014 "_s, u" :: "_s, u" \u00BB "_s};
    return separators;
}

// "Ministers agree quota deal - Harbour Times" with the headline "Ministers agree quota deal":
// what follows the headline in <title> is the site's name.
QString siteNameFromTitle(const QString &titleElement, const QString &headline)
{
    // A label may stand before the headline: "Fact check: Was the sale blocked? | VeriLine".
    const qsizetype at = headline.isEmpty() ? -1 : titleElement.indexOf(headline, 0, Qt::CaseInsensitive);
    if (at < 0) {
        return {};
    }
    const QString rest = titleElement.mid(at + headline.size()).trimmed();
    const auto siteName = [](const QString &name) { return name.size() <= 40 && name.count(u' ') <= 4 && !namesDocumentKind(name) ? name : QString(); };
    for (const QString &separator : siteSeparators()) {
        if (const QString mark = separator.trimmed(); rest.startsWith(mark)) {
            return siteName(rest.mid(mark.size()).trimmed());
        }
    }
    // "Palisades Fire Incident Update - January 12, 2025 | CAL FIRE" over the heading
    // "Palisades Fire": <title> says more than the heading, and ends on the site after a bar.
    if (const qsizetype bar = rest.lastIndexOf(u" | "_s); bar > 0) {
        if (const QString name = rest.mid(bar + 3).trimmed(); !name.isEmpty() && name.front().isUpper()) {
            return siteName(name);
        }
    }
    return {};
}

} // namespace

// A blog's theme sets the site's name in the <h1> of every page (<h1 class="site-title">The
// Valley Echo</h1>) and the post's headline in an <h2> or <h3>: the <title> sets that name
// before or after the headline, apart by a site's separator or a colon ("Flood defences to be
// raised \u2013 The Valley Echo", "Valley Notes: Flood wall to be raised"). Returns that
// headline, or nothing where `name` is no such name. A site's name is short and shorter than
// the headline: a label before the headline ("Opinion | Why the Fed should wait") is no site;
// before the headline the name must also link to the site's home (`linksHome`).
QString headlineBesideSite(const QString &titleElement, const QString &name, bool linksHome)
{
    constexpr qsizetype longestSiteName = 40;
    constexpr qsizetype mostSpaces = 4;
    if (name.isEmpty() || name.size() > longestSiteName || name.count(u' ') > mostSpaces || titleElement.size() <= name.size()) {
        return {};
    }
    if (titleElement.endsWith(name, Qt::CaseInsensitive)) {
        const QString before = titleElement.chopped(name.size());
        for (const QString &separator : siteSeparators()) {
            if (before.endsWith(separator) && before.size() - separator.size() > name.size()) {
                return before.chopped(separator.size()).trimmed();
            }
        }
    }
    if (linksHome && titleElement.startsWith(name, Qt::CaseInsensitive)) {
        const QString after = titleElement.sliced(name.size());
        for (const QString &separator : siteSeparators() + QStringList{u": "_s}) {
            if (after.startsWith(separator) && after.size() - separator.size() > name.size()) {
                return after.sliced(separator.size()).trimmed();
            }
        }
    }
    return {};
}

// True when the heading holds a link to the site's home page ("<a href="/" rel="home">"), as
// a theme's site title does.
bool linksHome(const GumboNode *heading, int depth = 0)
{
    constexpr int deepestLink = 3;
    if (!heading || depth > deepestLink || !isElement(heading)) {
        return false;
    }
    if (heading->v.element.tag == GUMBO_TAG_A) {
        const QString href = attribute(heading, "href").trimmed();
        return !href.isEmpty() && (QUrl(href).path().isEmpty() || QUrl(href).path() == u"/"_s);
    }
    const GumboVector &children = heading->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        if (linksHome(static_cast<const GumboNode *>(children.data[i]), depth + 1)) {
            return true;
        }
    }
    return false;
}

QString withoutSiteSuffix(QString title, const QString &outlet, bool fromTitleElement)
{
    for (const QString &separator : siteSeparators()) {
        const qsizetype at = title.lastIndexOf(separator);
        if (at <= 0) {
            continue;
        }
        const QString suffix = title.mid(at + separator.size()).trimmed();
        const bool isOutlet = !outlet.isEmpty() && suffix.compare(outlet, Qt::CaseInsensitive) == 0;
        // <title> nearly always ends in the site name; a short suffix after "|" is one.
        const bool shortSiteName = fromTitleElement && separator == u" | "_s && suffix.size() <= 40;
        if (isOutlet || shortSiteName) {
            return title.left(at).trimmed();
        }
    }
    return title;
}

namespace {

// "Mara Quell (@maraquell.skyline.example)": the name of the account a title names, or an
// empty string when the title is no account's.
QString accountName(const QString &title)
{
    static const QRegularExpression account(u"^(.+) \\(@[\\w.-]{1,60}\\)$"_s);
    if (!title.endsWith(u')') || !title.contains(u"(@"_s)) {
        return {};
    }
    const QRegularExpressionMatch match = account.match(title);
    return match.hasMatch() && isWrittenName(match.captured(1)) ? match.captured(1) : QString();
}

QString firstMeta(const PageFacts &facts, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const QString value = facts.meta.value(QString::fromUtf16(key));
        if (!value.isEmpty()) {
            return value;
        }
    }
    return {};
}

QDate timeElementDate(const QList<const GumboNode *> &times, const GumboNode *within)
{
    for (const GumboNode *time : times) {
        if (within && !contains(within, time)) {
            continue;
        }
        QString value = attribute(time, "datetime");
        if (value.isEmpty()) {
            value = simplifiedText(time);
        }
        if (const QDate date = parsePublicationDate(value); date.isValid()) {
            return date;
        }
    }
    return {};
}

// The date the page prints in its first <time> that shows one: the outlet's own day.
QDate printedTimeDate(const QList<const GumboNode *> &times)
{
    for (const GumboNode *time : times) {
        if (const QDate date = parsePublicationDate(simplifiedText(time)); date.isValid()) {
            return date;
        }
    }
    return {};
}

// Stamps are mostly written in UTC ("2024-11-23T20:03:00Z"), a day behind the date a site east
// of Greenwich prints for a morning story ("Sun 24 Nov 2024 at 6:03am"): the printed day is the
// one the story's "on Sunday" counts from. A printed date further off is another date.
QDate localDate(QDate stamped, const QList<const GumboNode *> &times)
{
    if (!stamped.isValid()) {
        return stamped;
    }
    const QDate printed = printedTimeDate(times);
    return printed.isValid() && std::abs(stamped.daysTo(printed)) == 1 ? printed : stamped;
}

// archive.today's copies live at archive.ph, archive.is and its other mirrors; its metadata
// (site name, dates) describes the copy, not the article.
bool isArchiveTodayAddress(const QString &url)
{
    static const QRegularExpression mirror(u"^https?://archive\\.(?:ph|today|is|li|vn|fo|md)/"_s);
    return url.contains(u"archive."_s) && mirror.matchView(url).hasMatch();
}

// The page's own address inside a web archive's address for its copy: the Wayback Machine's
// "https://web.archive.org/web/20240327041533/https://..." (which it also writes into the
// copy's canonical link) and archive.today's "https://archive.ph/2024.03.28-112042/https://...".
QString originalAddress(const QString &url)
{
    if (!url.contains(u"archive"_s)) {
        return url; // most pages: no expression run
    }
    static const QRegularExpression archived(
        u"^(?:(?:https?:)?//web\\.archive\\.org)?/web/\\d{4,14}(?:[a-z]{2}_)?/(?=https?:)|^https?://archive\\.(?:ph|today|is|li|vn|fo|md)/\\d{4}\\.\\d{2}\\.\\d{2}-\\d{6}/(?=https?:)"_s);
    const QRegularExpressionMatch match = archived.matchView(url);
    return match.hasMatch() ? url.mid(match.capturedEnd()) : url;
}

// The address behind a redirect a link was wrapped in: Google Docs' and search's
// "https://www.google.com/url?q=<address>&sa=D...", Facebook's "l.facebook.com/l.php?u=" and
// Reddit's "out.reddit.com/...?url=".
QString withoutRedirect(const QString &url)
{
    if (!url.contains(u"google."_s) && !url.contains(u"facebook.com/l.php"_s) && !url.contains(u"out.reddit.com"_s)) {
        return url; // most pages: no parse
    }
    const QUrl parsed(url);
    const QString host = parsed.host().toLower();
    QString key;
    if ((host.startsWith(u"google."_s) || host.contains(u".google."_s)) && parsed.path() == u"/url"_s) {
        key = QUrlQuery(parsed).hasQueryItem(u"q"_s) ? u"q"_s : u"url"_s;
    } else if ((host == u"l.facebook.com"_s || host == u"lm.facebook.com"_s) && parsed.path() == u"/l.php"_s) {
        key = u"u"_s;
    } else if (host == u"out.reddit.com"_s) {
        key = u"url"_s;
    } else {
        return url;
    }
    const QString inner = QUrlQuery(parsed).queryItemValue(key, QUrl::FullyDecoded).trimmed();
    return inner.startsWith(u"http"_s) ? inner : url;
}

// An address of a page of its own, not a site's root ("https://news.example/" as the base
// of a live page's relative links).
bool isPageAddress(const QString &url)
{
    if (!url.startsWith(u"http"_s)) {
        return false;
    }
    const qsizetype host = url.indexOf(u"//"_s);
    const qsizetype path = host < 0 ? -1 : url.indexOf(u'/', host + 2);
    return path > 0 && path + 1 < url.size();
}

// A newsletter sent by e-mail links its headline to the post on the web: the one link that
// makes up the whole <h1> is the article's address.
QString headlineLink(const GumboNode *headline)
{
    const GumboVector &children = headline->v.element.children;
    const GumboNode *link = nullptr;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (isElement(child) && child->v.element.tag == GUMBO_TAG_A && !link) {
            link = child;
        } else if (child->type != GUMBO_NODE_WHITESPACE && child->type != GUMBO_NODE_COMMENT) {
            return {};
        }
    }
    const QString href = link ? attribute(link, "href").trimmed() : QString();
    return href.startsWith(u"http"_s) && isPageAddress(href) ? href : QString();
}

void fillMetadata(Article &article, const PageFacts &facts, const GumboNode *content)
{
    const QList<QJsonObject> ldObjects = jsonLdObjects(facts.jsonLd);
    const QJsonObject ld = articleObject(ldObjects);
    const bool archiveToday = isArchiveTodayAddress(facts.canonical.isEmpty() ? firstMeta(facts, {u"og:url"}) : facts.canonical);
    if (!archiveToday) {
        article.outlet = firstMeta(facts, {u"og:site_name", u"application-name"});
    }
    if (article.outlet.isEmpty()) {
        article.outlet = jsonString(resolvedReference(ld.value(u"publisher"_s), ldObjects));
    }
    const QString firstH1 = facts.firstH1 ? simplifiedText(facts.firstH1) : QString();
    const QString headlineInTitle = headlineBesideSite(facts.titleElement.simplified(), firstH1, linksHome(facts.firstH1));
    const bool h1NamesSite = !headlineInTitle.isEmpty();
    if (article.outlet.isEmpty() && h1NamesSite) {
        article.outlet = firstH1;
    }
    if (article.outlet.isEmpty()) {
        // A copy without an <h1> (archive.today turns every element into a <div>) still has its
        // og:title to set the headline off the site's name in <title>.
        const QString headline = facts.firstH1 ? firstH1 : firstMeta(facts, {u"og:title"});
        article.outlet = siteNameFromTitle(facts.titleElement.simplified(), headline);
    }
    QString title = firstMeta(facts, {u"og:title", u"twitter:title"});
    bool fromTitleElement = false;
    if (title.isEmpty() && !h1NamesSite) {
        title = firstH1;
    }
    if (title.isEmpty()) {
        title = jsonString(ld.value(u"headline"_s));
    }
    if (title.isEmpty()) {
        title = headlineInTitle;
    }
    if (title.isEmpty()) {
        title = facts.titleElement;
        fromTitleElement = true;
    }
    article.title = withoutSiteSuffix(title.simplified(), article.outlet, fromTitleElement);
    // "Harbour wall repairs begin | Coastway News" in <title>, and no other name of the site:
    // the name cut off the headline is the outlet.
    if (const QString whole = title.simplified(); fromTitleElement && article.outlet.isEmpty() && whole.size() > article.title.size() + 3
        && whole.startsWith(article.title) && QStringView(whole).sliced(article.title.size()).startsWith(u" | ")) {
        article.outlet = whole.sliced(article.title.size() + 3).trimmed();
    }
    // A social network's post names its account in og:title ("Mara Quell (@maraquell.example)")
    // and gives the post's words as its description: the words are the headline, the account the writer.
    const QString account = accountName(article.title);
    if (!account.isEmpty()) {
        if (const QString post = firstMeta(facts, {u"og:description"}).simplified(); !post.isEmpty()) {
            article.title = post;
        }
    }
    // "Office of Public Affairs | Boeing Agrees to Plead Guilty ...": the office that issued the
    // page before the headline its <h1> prints alone.
    if (isLabelledHeadline(article.title, firstH1)) {
        article.title = firstH1;
    }

    article.url = facts.canonical;
    if (article.url.isEmpty()) {
        article.url = firstMeta(facts, {u"og:url"});
    }
    if (article.url.isEmpty()) {
        article.url = jsonString(ld.value(u"url"_s));
    }
    if (article.url.isEmpty()) {
        article.url = facts.microdataUrl;
    }
    if (article.url.isEmpty()) {
        article.url = facts.sourceLink;
    }
    if (article.url.isEmpty()) {
        article.url = facts.savedFrom;
    }
    if (article.url.isEmpty() && isPageAddress(facts.base)) {
        article.url = facts.base;
    }
    if (article.url.isEmpty() && facts.firstH1) {
        article.url = headlineLink(facts.firstH1);
    }
    if (archiveToday && !facts.bookmark.isEmpty()) {
        article.url = facts.bookmark;
    }
    article.url = originalAddress(withoutRedirect(article.url));

    article.author = firstMeta(facts, {u"author", u"article:author", u"byl", u"parsely-author", u"sailthru.author"});
    if (article.author.startsWith(u"http"_s) || article.author.isEmpty()) {
        article.author = jsonString(resolvedReference(ld.value(u"author"_s), ldObjects));
    }
    if (article.author.isEmpty()) {
        article.author = authorNamesInPage(facts.authorNames);
    }
    if (article.author.isEmpty()) {
        article.author = authorArchiveNames(facts.authorArchiveLinks);
    }
    article.author = withoutByPrefix(article.author);
    if (article.author.isEmpty()) {
        article.author = account;
    }
    // A company's blog or an office's release names the site itself as its writer
    // (<meta name="author" content="Vigilant Systems"> under og:site_name "Vigilant Systems"):
    // the issuer, no person; a "By ..." line in the text may still name one.
    if (!article.author.isEmpty() && article.author.compare(article.outlet, Qt::CaseInsensitive) == 0) {
        article.author.clear();
    }

    if (archiveToday) {
        // The copy's dates are when it was made: the page's own date is the one it prints.
        article.published = timeElementDate(facts.times, content);
        return;
    }
    const QString published = facts.meta.value(u"article:published_time"_s);
    article.published = parsePublicationDate(published);
    if (!article.published.isValid()) {
        article.published = parsePublicationDate(jsonString(ld.value(u"datePublished"_s)));
    }
    if (!article.published.isValid()) {
        article.published = timeElementDate(facts.times, content);
    }
    if (!article.published.isValid()) {
        article.published = parsePublicationDate(firstMeta(facts,
            {u"datepublished", u"og:published_time", u"pubdate", u"publishdate", u"publish-date", u"date", u"dc.date", u"dc.date.issued", u"dcterms.date",
                u"dcterms.created", u"sailthru.date", u"parsely-pub-date", u"article.published", u"citation_publication_date"}));
    }
    if (!article.published.isValid()) {
        article.published = timeElementDate(facts.times, nullptr);
    }
    article.published = localDate(article.published, facts.times);
}

QString comparable(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            out.append(c.toLower());
        }
    }
    return out;
}

qsizetype textLength(const QList<HtmlBlock> &blocks)
{
    qsizetype length = 0;
    for (const HtmlBlock &block : blocks) {
        length += block.kind == TextBlock::Kind::Paragraph ? block.text.size() : 0;
    }
    return length;
}

// The JSON-LD "articleBody" as paragraphs: plain text with line breaks between paragraphs.
QList<HtmlBlock> structuredBodyBlocks(const PageFacts &facts)
{
    QList<HtmlBlock> blocks;
    const bool mayHaveBody = std::any_of(facts.jsonLd.cbegin(), facts.jsonLd.cend(), [](const QString &script) { return script.contains(u"articleBody"); });
    if (!mayHaveBody) {
        return blocks; // most pages: no second parse of their structured data
    }
    const auto appendParagraphs = [&blocks](const QString &body) {
        for (const QStringView line : QStringView(body).tokenize(u'\n', Qt::SkipEmptyParts)) {
            if (QString text = line.toString().simplified(); !text.isEmpty()) {
                blocks.append({TextBlock::Kind::Paragraph, GUMBO_TAG_P, std::move(text), -1});
            }
        }
    };
    const QJsonObject article = jsonLdArticle(facts.jsonLd);
    appendParagraphs(jsonString(article.value(u"articleBody"_s)));
    // A live blog's structured data holds its posts, each with a headline and a text, in the
    // order the page shows them.
    const QJsonValue updates = article.value(u"liveBlogUpdate"_s);
    const QJsonArray posts = updates.isObject() ? QJsonArray{updates} : updates.toArray();
    for (const QJsonValue &value : posts) {
        const QJsonObject post = value.toObject();
        const QString text = jsonString(post.value(u"articleBody"_s));
        if (text.isEmpty()) {
            continue;
        }
        if (QString headline = jsonString(post.value(u"headline"_s)).simplified(); !headline.isEmpty()) {
            blocks.append({TextBlock::Kind::Heading, GUMBO_TAG_H2, std::move(headline), -1});
        }
        appendParagraphs(text);
    }
    return blocks;
}

// A Next.js page saved before its scripts ran holds its story only in the props of its
// __NEXT_DATA__ script: the article object there, and the list of paragraph blocks (or the
// HTML string) in it that holds the most text.
struct NextDataStory
{
    QJsonObject article; ///< the object holding the body: its headline, date, writers, address
    QList<HtmlBlock> blocks;
    qsizetype length = 0;
};

// The text of one body block: a string, or an object typed as a paragraph ("paragraph",
// "text", "ParagraphBlock") with its words in "text", "content", "value" or "html", or split
// into runs as rich-text editors store it ({"nodeType":"paragraph","content":[{"value":...}]}).
QString nextDataParagraph(const QJsonValue &item)
{
    if (item.isString()) {
        return item.toString();
    }
    const QJsonObject block = item.toObject();
    const QString type = jsonString(block.value(u"type"_s)) + jsonString(block.value(u"__typename"_s)) + jsonString(block.value(u"nodeType"_s))
        + jsonString(block.value(u"_type"_s));
    if (!type.contains(u"paragraph"_s, Qt::CaseInsensitive) && type.compare(u"text"_s, Qt::CaseInsensitive) != 0 && type != u"p"_s) {
        return {};
    }
    for (const QString &key : {u"text"_s, u"content"_s, u"value"_s, u"html"_s}) {
        const QJsonValue value = block.value(key);
        if (value.isString()) {
            return value.toString();
        }
        if (value.isArray()) {
            QString runs;
            for (const QJsonValue &run : value.toArray()) {
                const QJsonObject object = run.toObject();
                runs += run.isString()                    ? run.toString()
                    : object.value(u"value"_s).isString() ? object.value(u"value"_s).toString()
                    : object.value(u"text"_s).isString()  ? object.value(u"text"_s).toString()
                                                          : nextDataParagraph(run);
            }
            return runs;
        }
    }
    return {};
}

// Inline markup in a block's text ("<a href=...>") is dropped; the words stay.
QString withoutInlineTags(const QString &text)
{
    static const QRegularExpression tag(u"<[^<>]{0,300}>"_s);
    return text.contains(u'<') ? QString(text).remove(tag) : text;
}

void findNextDataStory(const QJsonObject &object, NextDataStory &story, int depth)
{
    if (depth > 16) {
        return;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isObject()) {
            findNextDataStory(value.toObject(), story, depth + 1);
            continue;
        }
        if (value.isString() && value.toString().contains(u"<p"_s) && value.toString().size() > story.length
            && (it.key() == u"body"_s || it.key() == u"content"_s || it.key() == u"html"_s || it.key() == u"articleBody"_s)) {
            NextDataStory candidate{object, {}, 0};
            const ParsedHtml parsed = parseHtml(value.toString().toUtf8(), GUMBO_TAG_DIV);
            if (parsed.document) {
                BlockCollector collector(value.toString().size());
                collector.collect(parsed.document->root);
                candidate.blocks = collector.takeBlocks();
                candidate.length = textLength(candidate.blocks);
            }
            if (candidate.length > story.length) {
                story = std::move(candidate);
            }
            continue;
        }
        if (!value.isArray()) {
            continue;
        }
        NextDataStory candidate{object, {}, 0};
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject() || item.isArray()) {
                findNextDataStory(item.isObject() ? item.toObject() : QJsonObject{{u"items"_s, item}}, story, depth + 1);
            }
            // A paragraph has words: an identifier, a slug or an address has no space.
            if (QString text = withoutInlineTags(nextDataParagraph(item)).simplified(); text.contains(u' ')) {
                candidate.length += text.size();
                candidate.blocks.append({TextBlock::Kind::Paragraph, GUMBO_TAG_P, std::move(text), -1});
            }
        }
        if (candidate.length > story.length) {
            story = std::move(candidate);
        }
    }
}

NextDataStory nextDataStory(const QString &script)
{
    NextDataStory story;
    const QJsonDocument document = QJsonDocument::fromJson(script.trimmed().toUtf8());
    findNextDataStory(document.object(), story, 0);
    return story;
}

QString firstJsonString(const QJsonObject &object, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        if (QString value = jsonString(object.value(QString::fromUtf16(key))); !value.isEmpty()) {
            return value;
        }
    }
    return {};
}

// The page's markup names what its shell shows (the site's <title>); the props name the story.
void fillMetadataFromNextData(Article &article, const PageFacts &facts, const QJsonObject &story)
{
    const QString headline = firstJsonString(story, {u"headline", u"title"}).simplified();
    if (!headline.isEmpty() && !facts.firstH1 && firstMeta(facts, {u"og:title", u"twitter:title"}).isEmpty()) {
        article.title = headline;
        if (article.outlet.isEmpty()) {
            article.outlet = siteNameFromTitle(facts.titleElement.simplified(), headline);
        }
    }
    if (!article.published.isValid()) {
        article.published
            = parsePublicationDate(firstJsonString(story, {u"datePublished", u"publishedAt", u"publishedDate", u"publishDate", u"firstPublished", u"date"}));
    }
    if (article.author.isEmpty()) {
        article.author = firstJsonString(story, {u"authors", u"author", u"byline"});
    }
    if (article.url.isEmpty()) {
        if (const QString url = firstJsonString(story, {u"canonicalUrl", u"canonical", u"url"}); url.startsWith(u"http"_s)) {
            article.url = url;
        }
    }
}

// A pull quote sets words of the text again in large type, mostly in a <blockquote>: a quoted
// block whose words the story's own paragraphs already hold is dropped, so no quote is read
// twice. A quotation the text does not repeat (a statement, an embedded post) stays.
void removeRepeatedQuotations(QList<HtmlBlock> &blocks)
{
    const bool anyQuotation = std::any_of(blocks.cbegin(), blocks.cend(), [](const HtmlBlock &block) { return block.quotation >= 0; });
    if (!anyQuotation) {
        return;
    }
    QString story;
    for (const HtmlBlock &block : std::as_const(blocks)) {
        if (block.quotation < 0 && block.kind == TextBlock::Kind::Paragraph) {
            story.append(comparable(block.text) + u'|');
        }
    }
    constexpr qsizetype shortestRepeat = 20; // letters; fewer may well be a set phrase
    blocks.removeIf([&story](const HtmlBlock &block) {
        if (block.quotation < 0) {
            return false;
        }
        const QString words = comparable(block.text);
        return words.size() >= shortestRepeat && story.contains(words);
    });
}

// Short labels above the headline: the section ("Russia"), a "Live" badge, the rubric ("Long
// read"), the headline again after the kind of document ("Press Release – FAA Statement on
// ..."). Bylines and date lines there stay for readBylineAndDate().
bool isLabelAboveHeadline(const QString &text, const QString &headline)
{
    return (text.size() <= 30 && text.count(u' ') <= 3 && !text.back().isPunct() && !isBylineOrDateLine(text)) || isLabelledHeadline(text, headline);
}

// A print page names only the site in <title> ("The Harbour Gazette - Print Article") and
// prints the headline as the first line of its text, over the byline or the date line: that
// line, of several words and without a stop, is the headline where the <title> stands nowhere
// in the text's first lines.
bool isHeadlineOverByline(const QList<HtmlBlock> &blocks, const QString &title)
{
    constexpr qsizetype topBlocks = 4;
    constexpr qsizetype longestHeadline = 150;
    constexpr qsizetype fewestWords = 3;
    if (blocks.size() < 3) {
        return false;
    }
    const QString &first = blocks.constFirst().text;
    const bool titleInText = std::any_of(blocks.cbegin(), blocks.cbegin() + std::min(blocks.size(), topBlocks),
        [key = comparable(title)](const HtmlBlock &block) { return comparable(block.text) == key; });
    return !titleInText && !first.isEmpty() && first.size() <= longestHeadline && first.count(u' ') + 1 >= fewestWords && !first.back().isPunct()
        && isBylineOrDateLine(blocks[1].text);
}

// Above a headline printed as a line of text, the site's bar and the section's label; a
// byline, a date line and a standfirst (a sentence) stay.
bool isPageLineAboveHeadline(const QString &text)
{
    return !text.isEmpty() && !text.back().isPunct() && !isBylineOrDateLine(text);
}

// The text the page prints before its article text, in document order: where a page with
// no metadata shows its headline and its date ("Posted: 27 June 2023 09:12 | Updated ...").
// Only short texts outside links are kept, the last ones nearest the article.
void textsBefore(const GumboNode *node, const GumboNode *content, bool insideLink, QStringList &texts, int depth = 0)
{
    if (depth > maximumDepth || node == content) {
        return;
    }
    if (node->type == GUMBO_NODE_TEXT) {
        if (!insideLink) {
            const QString text = QString::fromUtf8(node->v.text.text).simplified();
            if (!text.isEmpty() && text.size() <= 200) {
                texts.append(text);
            }
        }
        return;
    }
    if (!isElement(node) || isSkippedTag(node->v.element.tag)) {
        return;
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child == content || contains(child, content)) {
            textsBefore(child, content, insideLink, texts, depth + 1);
            return;
        }
        textsBefore(child, content, insideLink || node->v.element.tag == GUMBO_TAG_A, texts, depth + 1);
    }
}

// "Helen Moravec February 07, 2024 08:30 AM ET" under the headline: the page's line of who and
// when, set apart by its styles alone, not a sentence (a <time> in it is dropped as it is read).
// A "By ..." line stays as the byline.
void removeWriterAndDateLine(QList<HtmlBlock> &blocks, const QString &author)
{
    constexpr qsizetype topBlocks = 4;
    constexpr qsizetype longestLine = 120;
    if (author.isEmpty()) {
        return;
    }
    // A newsletter's e-mail prints the day without the year ("Lena Park Jan 14").
    const auto monthAndDay = [](QStringView rest) {
        const QList<QStringView> words = rest.trimmed().split(u' ', Qt::SkipEmptyParts);
        return words.size() == 2 && monthNumber(words[0]) != 0 && words[1].size() <= 2
            && std::all_of(words[1].cbegin(), words[1].cend(), [](QChar c) { return c.isDigit(); });
    };
    for (qsizetype i = 0; i < std::min<qsizetype>(blocks.size(), topBlocks); ++i) {
        const QString &text = blocks[i].text;
        if (blocks[i].kind == TextBlock::Kind::Paragraph && text.size() <= longestLine && text.size() > author.size() && text.startsWith(author)
            && !text.back().isPunct()
            && (parsePublicationDate(QStringView(text).sliced(author.size())).isValid() || monthAndDay(QStringView(text).sliced(author.size())))) {
            blocks.removeAt(i);
            return;
        }
    }
}

// "Tuesday, September 24, 2024", "May 13, 2024": a line near the top that holds the page's
// date and nothing else (a hearing's date under its title, a Reader View copy's date line) is
// the page's date, no sentence of the story. A line that opens with another word ("Since
// March 26, 2024") or gives another date stays.
void removeDateLine(QList<HtmlBlock> &blocks, QDate &published)
{
    constexpr qsizetype topBlocks = 4;
    constexpr qsizetype longestLine = 40;
    static constexpr QStringView weekdays[] = {u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday"};
    for (qsizetype i = 0; i < std::min<qsizetype>(blocks.size(), topBlocks); ++i) {
        const QString &text = blocks[i].text;
        if (blocks[i].kind != TextBlock::Kind::Paragraph || text.size() > longestLine || text.isEmpty() || text.back().isPunct()) {
            continue;
        }
        const QStringView first = QStringView(text).first(std::min<qsizetype>(text.indexOf(u' ') < 0 ? text.size() : text.indexOf(u' '), text.size()));
        const bool opensWithDate = text.front().isDigit() || monthNumber(first) != 0
            || std::any_of(std::begin(weekdays), std::end(weekdays), [&first](QStringView day) { return first.startsWith(day.first(3)); });
        if (!opensWithDate) {
            continue;
        }
        const QDate date = parsePublicationDate(text);
        if (date.isValid() && (!published.isValid() || date == published)) {
            published = date;
            blocks.removeAt(i);
            return;
        }
    }
}

// "Office of Public Affairs | Boeing Agrees to Plead Guilty ... | United States Department of
// Justice": the office or site that <title> sets before the headline, printed again as a line
// of its own near the top of the text, labels the page and is no sentence of it.
void removeTitleLabel(QList<HtmlBlock> &blocks, const QString &titleElement, const QString &headline)
{
    constexpr qsizetype topBlocks = 4;
    const qsizetype at = headline.isEmpty() ? -1 : titleElement.indexOf(headline, 0, Qt::CaseInsensitive);
    if (at <= 0) {
        return;
    }
    const QStringView before = QStringView(titleElement).first(at);
    const auto separator = std::find_if(siteSeparators().cbegin(), siteSeparators().cend(), [before](const QString &mark) { return before.endsWith(mark); });
    if (separator == siteSeparators().cend()) {
        return;
    }
    const QStringView label = before.chopped(separator->size()).trimmed();
    for (qsizetype i = 0; i < std::min<qsizetype>(blocks.size(), topBlocks); ++i) {
        if (blocks[i].kind == TextBlock::Kind::Paragraph && blocks[i].text.compare(label, Qt::CaseInsensitive) == 0) {
            blocks.removeAt(i);
            return;
        }
    }
}

// "Posted By <u>Tomás Reyna</u> On June 11, 2024": a byline whose label and name are set
// apart by the page's markup, among the last texts printed above the article.
QString writerAfterLabel(const QStringList &texts, qsizetype nearest)
{
    static const QStringList labels{u"by"_s, u"posted by"_s, u"written by"_s, u"author"_s};
    constexpr qsizetype longestLabel = 12;
    for (qsizetype i = std::max<qsizetype>(0, texts.size() - nearest); i + 1 < texts.size(); ++i) {
        if (texts[i].size() <= longestLabel && labels.contains(pageFurnitureKey(texts[i])) && isWrittenName(texts[i + 1]) && !namesNewsJob(texts[i + 1])) {
            return texts[i + 1];
        }
    }
    return {};
}

// A page without metadata: the headline and the date from the text printed above the
// article. "Eastern Europe Monitor - Lukashenko confirms ..." in <title> over a line that
// reads "Lukashenko confirms ..." is that headline on the site "Eastern Europe Monitor".
void fillMetadataFromPageText(Article &article, const GumboNode *root, const GumboNode *content, const QString &titleElement, bool titleFromTitleElement)
{
    const bool wantsTitle = titleFromTitleElement && !titleElement.isEmpty();
    const bool wantsAuthor = article.author.isEmpty();
    if (!wantsTitle && !wantsAuthor && article.published.isValid()) {
        return;
    }
    QStringList texts;
    textsBefore(root, content, false, texts);
    constexpr qsizetype nearest = 12;
    if (wantsAuthor) {
        article.author = writerAfterLabel(texts, nearest);
    }
    // The nearest date line; one that tells only when the page was updated yields to one of
    // its publication further up ("Published: 4 March 2025" over "Updated: 6 March 2025").
    bool dateOfUpdate = false;
    for (qsizetype i = texts.size() - 1; i >= std::max<qsizetype>(0, texts.size() - nearest) && (!article.published.isValid() || dateOfUpdate); --i) {
        if (isBylineOrDateLine(texts[i]) || texts[i].contains(u'|')) {
            takeDateLine(texts[i], article.published, dateOfUpdate);
        }
    }
    if (!wantsTitle) {
        return;
    }
    for (const QString &separator : siteSeparators()) {
        const qsizetype at = titleElement.indexOf(separator);
        if (at <= 0) {
            continue;
        }
        const QString site = titleElement.left(at).trimmed();
        const QString headline = titleElement.mid(at + separator.size()).trimmed();
        if (site.size() <= 40 && site.count(u' ') <= 4 && texts.contains(headline)) {
            article.title = headline;
            if (article.outlet.isEmpty() && !namesDocumentKind(site)) {
                article.outlet = site;
            }
            return;
        }
    }
}

} // namespace

bool looksLikeHtml(QStringView text)
{
    static const QRegularExpression markup(
        u"<(?:p|br|div|h[1-6]|html|body|article|span|a\\s|em|strong|ul|li)\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    return markup.matchView(text.first(std::min<qsizetype>(text.size(), 4096))).hasMatch();
}

void appendHtmlFragment(ArticleBodyBuilder &body, QStringView html)
{
    const ParsedHtml parsed = parseHtml(html.toUtf8(), GUMBO_TAG_DIV);
    const GumboOutput *document = parsed.document.get();
    if (!document) {
        return;
    }
    BlockCollector collector(html.size());
    collector.collect(document->root);
    const QList<HtmlBlock> blocks = collector.takeBlocks();
    for (const HtmlBlock &block : blocks) {
        body.add(block.kind, block.text);
    }
}

Article readHtmlArticle(QStringView html)
{
    Article article;
    const ParsedHtml parsed = parseHtml(html.toUtf8());
    const GumboOutput *document = parsed.document.get();
    if (!document) {
        return article;
    }
    PageFacts facts;
    gatherFacts(document->root, facts);
    noteSavedFromAddress(document, facts);
    const GumboNode *content = contentElement(facts);
    fillMetadata(article, facts, content);
    const PaywallMarks paywall = paywallMarks(facts);
    // A portal's copy of a wire story names the wire as its author ("Reuters", "Associated
    // Press") and prints the wire's writers in its byline: the writers the page names are the
    // author, the wire only where it names nobody.
    const QString wireAuthor = namesOutlet(article.author) ? std::exchange(article.author, QString()) : QString();
    if (!wireAuthor.isEmpty()) {
        article.author = withoutOutletName(authorNamesInPage(facts.authorNames), wireAuthor);
    }
    const auto authorOrWire = [&article, &wireAuthor] {
        if (article.author.isEmpty()) {
            article.author = wireAuthor;
        }
    };
    QList<HtmlBlock> blocks;
    if (content) {
        BlockCollector collector(simplifiedText(content).size(), captionsTellStory(facts, content));
        collector.setGatedClasses(paywall.gatedClasses);
        for (const GumboNode *box : boxesBetweenHeadlineAndContent(facts, content)) {
            if (isHeadingTag(box->v.element.tag)) {
                collector.collectStandfirst(box);
            } else {
                collector.collect(box, 1);
            }
        }
        collector.collect(content);
        blocks = collector.takeBlocks();
        if (!article.published.isValid()) {
            article.published = collector.bylineDate();
        }
        if (article.author.isEmpty()) {
            article.author = withoutOutletName(collector.linkedByline(), article.outlet);
        }
        if (article.author.isEmpty()) {
            article.author = collector.bylineName();
        }
        if (article.url.isEmpty()) {
            article.url = collector.printedAddress();
        }
    }
    // A page saved before its scripts drew the story often carries the text only in its
    // structured data; a fuller text there beats a shell of teasers.
    if (QList<HtmlBlock> structured = structuredBodyBlocks(facts); textLength(structured) > 2 * textLength(blocks)) {
        blocks = std::move(structured);
    }
    if (!facts.nextData.isEmpty()) {
        if (NextDataStory story = nextDataStory(facts.nextData); story.length > 2 * textLength(blocks)) {
            blocks = std::move(story.blocks);
            fillMetadataFromNextData(article, facts, story.article);
        }
    }
    if (blocks.isEmpty()) {
        return article;
    }
    if (content && (!article.published.isValid() || article.author.isEmpty() || article.title == facts.titleElement.simplified())) {
        fillMetadataFromPageText(article, document->root, content, facts.titleElement.simplified(), article.title == facts.titleElement.simplified());
    }
    removeRepeatedQuotations(blocks);
    removeNewsletterPromotions(blocks, [](const HtmlBlock &block) { return QStringView(block.text); });

    if (article.title == facts.titleElement.simplified() && isHeadlineOverByline(blocks, article.title)) {
        // <title> names the site alone ("The Harbour Gazette") or after the printed headline
        // ("Altadena church opens doors to evacuees :: Mountain View Gazette").
        if (article.outlet.isEmpty()) {
            article.outlet = namesOutlet(article.title) ? article.title : siteNameFromTitle(article.title, blocks.constFirst().text);
        }
        article.title = blocks.constFirst().text;
    }
    // The site's name set as a heading over the story (a blog theme's <h1>) is its masthead.
    constexpr qsizetype topBlocks = 4;
    if (const QString site = comparable(article.outlet); !site.isEmpty() && site != comparable(article.title)) {
        const auto masthead = std::find_if(blocks.cbegin(), blocks.cbegin() + std::min(blocks.size(), topBlocks),
            [&site](const HtmlBlock &block) { return block.kind == TextBlock::Kind::Heading && comparable(block.text) == site; });
        if (masthead != blocks.cbegin() + std::min(blocks.size(), topBlocks)) {
            blocks.erase(masthead);
        }
    }
    // The page headline (the <h1> at the top of the text) is the title; it is not repeated.
    for (qsizetype i = 0; i < std::min<qsizetype>(blocks.size(), 4); ++i) {
        const bool isParagraph = blocks[i].kind == TextBlock::Kind::Paragraph;
        const bool sameAsTitle = !article.title.isEmpty() && comparable(blocks[i].text) == comparable(article.title);
        // A copy without headings (archive.today turns every element into a <div>) prints the
        // headline as a line of its own, below the site's bar and the section's label: what
        // stands above it is the page's, bar a byline or a date line.
        const bool printedHeadline = isParagraph && sameAsTitle;
        if (printedHeadline || (!isParagraph && (blocks[i].tag == GUMBO_TAG_H1 || sameAsTitle))) {
            if (article.title.isEmpty()) {
                article.title = blocks[i].text;
            }
            blocks.removeAt(i);
            for (qsizetype above = i - 1; above >= 0; --above) {
                if (blocks[above].kind == TextBlock::Kind::Paragraph
                    && (isLabelAboveHeadline(blocks[above].text, article.title) || (printedHeadline && isPageLineAboveHeadline(blocks[above].text)))) {
                    blocks.removeAt(above);
                }
            }
            break;
        }
    }
    article.title = withoutWireVersionMark(article.title);
    removeTitleLabel(blocks, facts.titleElement.simplified(), article.title);
    removePressReleaseFurniture(blocks, [](const HtmlBlock &block) { return QStringView(block.text); });
    removeReferenceSections(blocks, [](const HtmlBlock &block) { return QStringView(block.text); });
    removeWriterAndDateLine(blocks, article.author);
    removeDateLine(blocks, article.published);
    removeNotesOnTheArticle(blocks, 1, article.author, [](const HtmlBlock &block) { return QStringView(block.text); });
    if (blocks.size() > 1 && blocks.constLast().kind == TextBlock::Kind::Paragraph) {
        blocks.last().text = withoutDeskCodes(blocks.constLast().text);
    }
    // "Li Wei in Beijing contributed to this report.": the desk's note closes the page's text.
    static const QList<QStringView> deskNotes{u"contributed to this report.", u"contributed reporting.", u"contributed to this story."};
    while (blocks.size() > 1 && blocks.constLast().text.size() < 300 && std::any_of(deskNotes.cbegin(), deskNotes.cend(), [&blocks](QStringView note) {
        return blocks.constLast().text.endsWith(note, Qt::CaseInsensitive);
    })) {
        blocks.removeLast();
    }
    // "Updated at 21.14 BST" under a live blog's post: the time a post was changed. Near the
    // top a dated line is the article's date line, read below; a time alone dates nothing.
    constexpr qsizetype dateLines = 4;
    for (qsizetype i = blocks.size() - 1; i >= 0; --i) {
        const QString &text = blocks[i].text;
        if (blocks[i].kind == TextBlock::Kind::Paragraph && isUpdateTimeLine(text) && (i >= dateLines || !parsePublicationDate(text).isValid())) {
            blocks.removeAt(i);
        }
    }
    // A paywalled page saved without a subscription shows its text up to the wall, the last
    // paragraph cut off mid-sentence ("Economists said they expected the next"): no sentence.
    if (paywall.paywalled && blocks.size() > 1 && blocks.constLast().kind == TextBlock::Kind::Paragraph && blocks.constLast().text.back().isLower()) {
        blocks.removeLast();
    }
    // A heading that no text follows ("Read next", "More on this story" over a dropped list of
    // links) is the page's, not the story's.
    while (blocks.size() > 1 && blocks.constLast().kind == TextBlock::Kind::Heading) {
        blocks.removeLast();
    }
    if (article.title.isEmpty() && blocks.size() > 1) {
        article.title = blocks.takeFirst().text;
    }
    if (article.title.isEmpty() && blocks.size() == 1 && blocks.front().kind == TextBlock::Kind::Paragraph) {
        authorOrWire();
        // An untitled page of one paragraph: that paragraph, not a headline without text.
        ArticleBodyBuilder single;
        single.addParagraph(blocks.front().text);
        article.title = single.body();
        single.finish(article);
        return article;
    }
    QList<QString> texts;
    texts.reserve(blocks.size());
    for (const HtmlBlock &block : std::as_const(blocks)) {
        texts.append(block.text);
    }
    // Pages without author metadata still print "By ..." under the headline.
    readBylineAndDate(article, texts, 0);
    authorOrWire();
    removeDateAndInstructionLines(
        blocks, 0, [](const HtmlBlock &block) { return block.kind == TextBlock::Kind::Paragraph ? QStringView(block.text) : QStringView(); });
    ArticleBodyBuilder body;
    body.addHeading(article.title);
    for (const HtmlBlock &block : std::as_const(blocks)) {
        body.add(block.kind, block.text, block.quotation);
    }
    if (body.paragraphCount() == 0) {
        return article;
    }
    article.title = body.body().left(body.blocks().constFirst().range.end);
    body.finish(article);
    return article;
}

} // namespace Sourceline
