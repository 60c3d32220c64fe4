// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "markdownarticle.h"

#include "articlebodybuilder.h"
#include "frontmatter.h"
#include "plaintextarticle.h"
#include "publicationdate.h"

#include <md4c.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

struct MarkdownBlock
{
    TextBlock::Kind kind;
    QString text;
    int quotation = -1; ///< which "> " block quote the block is in, -1 outside any
};

// Collects md4c's callbacks into blocks of plain text.
struct MarkdownCollector
{
    QList<MarkdownBlock> blocks;
    QString current;
    int hiddenSpans = 0; ///< inside images: their alt text is not article text
    int links = 0; ///< inside links
    qsizetype linkCharacters = 0; ///< of the paragraph being read
    int headingLevel = 0;
    bool softBreakEndsParagraph = false;
    int quoteDepth = 0;
    int quotation = -1;
    int quotations = 0;
    int callout = -1; ///< the quotation that is a notes app's callout ("> [!note] ..."), -1 none
    int pictures = 0; ///< images in the paragraph being read
    int captionLinesLeft = 0; ///< lines after a picture that may still be its credit or caption

    void flush(TextBlock::Kind kind)
    {
        // A page clipped to Markdown brings its furniture: "Advertisement", a picture's
        // credited caption, "Read more:" over a link to another story.
        const QString text = current.simplified();
        if (quoteDepth > 0 && isCalloutStart(text)) {
            callout = quotation;
        }
        // An Obsidian callout is the reader's own note beside the clipping, not the article.
        const bool note = quoteDepth > 0 && quotation == callout;
        const bool furniture = note || (kind == TextBlock::Kind::Paragraph && (isPageFurnitureLine(text) || isLinkToOtherStories(text, linkCharacters)))
            || isCaptionUnderPicture(kind, text);
        if (!furniture && current.contains(u'=')) {
            withoutHighlightMarks();
        }
        if (!furniture && current.contains(u"[^")) {
            withoutFootnotes();
        }
        if (!text.isEmpty() && !furniture && !current.isEmpty()) {
            blocks.append({kind, current, kind == TextBlock::Kind::Paragraph && quoteDepth > 0 ? quotation : -1});
        }
        current.clear();
        linkCharacters = 0;
        pictures = 0;
    }

    // A clipper sets a picture on a line of its own and under it the picture's credit and
    // caption, each a line without a stop ("Getty Images", "Flames reached homes on Tuesday
    // evening"); a sentence of the story ends on a stop. At most two such lines follow.
    bool isCaptionUnderPicture(TextBlock::Kind kind, const QString &text)
    {
        constexpr int captionLines = 2;
        constexpr qsizetype longestCaption = 200;
        if (kind != TextBlock::Kind::Paragraph) {
            captionLinesLeft = 0;
            return false;
        }
        if (text.isEmpty()) {
            captionLinesLeft = pictures > 0 ? captionLines : captionLinesLeft;
            return false;
        }
        const bool caption
            = captionLinesLeft > 0 && quoteDepth == 0 && text.size() <= longestCaption && !QStringView(u".!?\"\u201D\u2019\u2026").contains(text.back());
        captionLinesLeft = caption ? captionLinesLeft - 1 : 0;
        return caption;
    }

    // Footnotes as web clippers and Pandoc write them: "... within five years.[^1]" in the
    // text and "[^1]: He said it on 16 April." at the foot. The note cut off from its sentence
    // would read as a statement of its own ("He said it"); the mark would join the word before.
    void withoutFootnotes()
    {
        static const QRegularExpression definition(u"^\\s*\\[\\^[^\\]\\s]{1,20}\\]:"_s);
        static const QRegularExpression reference(u"\\[\\^[^\\]\\s]{1,20}\\]"_s);
        if (definition.matchView(current).hasMatch()) {
            current.clear();
        } else {
            current.remove(reference);
        }
    }

    // "> [!note] Why I saved this", "> [!quote]-": Obsidian's callout opens with its type.
    static bool isCalloutStart(const QString &text)
    {
        static const QRegularExpression mark(u"^\\[![A-Za-z-]{1,20}\\][+-]?(?:\\s|$)"_s);
        return text.startsWith(u"[!") && mark.matchView(text).hasMatch();
    }

    // "==landed safely==": a notes app's highlight marks the reader's, not the writer's,
    // emphasis. An equals sign between spaces ("x == y") is no mark.
    void withoutHighlightMarks()
    {
        static const QRegularExpression highlight(u"==(\\S(?:[^=\\n]*\\S)?)=="_s);
        current.replace(highlight, u"\\1"_s);
    }

    void appendText(QStringView text)
    {
        if (hiddenSpans == 0) {
            current.append(text);
            if (links > 0) {
                linkCharacters += text.trimmed().size();
            }
        }
    }
};

int enterBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *collector = static_cast<MarkdownCollector *>(userdata);
    switch (type) {
    case MD_BLOCK_H:
        collector->flush(TextBlock::Kind::Paragraph);
        ++collector->headingLevel;
        break;
    case MD_BLOCK_QUOTE:
        // The paragraphs of one block quote are one quotation; a nested one stays part of it.
        collector->flush(TextBlock::Kind::Paragraph);
        if (collector->quoteDepth++ == 0) {
            collector->quotation = collector->quotations++;
        }
        break;
    case MD_BLOCK_P:
    case MD_BLOCK_LI:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TR:
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
    case MD_BLOCK_TABLE:
        collector->flush(TextBlock::Kind::Paragraph);
        break;
    default:
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *collector = static_cast<MarkdownCollector *>(userdata);
    switch (type) {
    case MD_BLOCK_H:
        collector->flush(TextBlock::Kind::Heading);
        --collector->headingLevel;
        break;
    case MD_BLOCK_QUOTE:
        collector->flush(TextBlock::Kind::Paragraph);
        --collector->quoteDepth;
        break;
    case MD_BLOCK_P:
    case MD_BLOCK_LI:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TR:
        collector->flush(TextBlock::Kind::Paragraph);
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        collector->current.append(u' ');
        break;
    default:
        break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *, void *userdata)
{
    if (type == MD_SPAN_IMG) {
        ++static_cast<MarkdownCollector *>(userdata)->hiddenSpans;
        ++static_cast<MarkdownCollector *>(userdata)->pictures;
    } else if (type == MD_SPAN_A || type == MD_SPAN_WIKILINK) {
        ++static_cast<MarkdownCollector *>(userdata)->links;
    }
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    if (type == MD_SPAN_IMG) {
        --static_cast<MarkdownCollector *>(userdata)->hiddenSpans;
    } else if (type == MD_SPAN_A || type == MD_SPAN_WIKILINK) {
        --static_cast<MarkdownCollector *>(userdata)->links;
    }
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *collector = static_cast<MarkdownCollector *>(userdata);
    switch (type) {
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH:
        collector->appendText(QString::fromUtf8(text, qsizetype(size)));
        break;
    case MD_TEXT_ENTITY:
        collector->appendText(decodeCharacterReference(QString::fromUtf8(text, qsizetype(size))));
        break;
    case MD_TEXT_NULLCHAR:
        collector->appendText(u"\uFFFD");
        break;
    case MD_TEXT_SOFTBR:
        if (collector->softBreakEndsParagraph && collector->headingLevel == 0) {
            collector->flush(TextBlock::Kind::Paragraph);
            break;
        }
        collector->appendText(u" ");
        break;
    case MD_TEXT_BR:
        collector->appendText(u" ");
        break;
    case MD_TEXT_HTML:
        break;
    }
    return 0;
}

// A page exported from Notion lists its database properties under the headline, one
// "Name: value" line each ("Created: January 6, 2024 10:14 AM", "Tags: aviation",
// "URL: https://..."): the app's record of the clipping, not the article's text. Such a block
// of lines that names one of Notion's own properties is read for the address, writer and
// date; "Created" (the day it was clipped) dates the article only when nothing else does.
struct NoteProperties
{
    qsizetype start = 0; ///< the block's lines in the Markdown, empty when there are none
    qsizetype end = 0;
    FrontMatter matter;
    QDate created;
};

NoteProperties readNoteProperties(QStringView markdown)
{
    static const QRegularExpression property(u"^([A-Z][A-Za-z]*(?: [a-z][A-Za-z]*){0,2}): \\S"_s);
    static const QStringList notionKeys{u"Created"_s, u"Created time"_s, u"Created by"_s, u"Last edited time"_s, u"Last edited by"_s, u"Tags"_s};
    NoteProperties found;
    NoteProperties none;
    qsizetype position = 0;
    bool headline = false;
    bool notion = false;
    for (const QStringView line : markdown.tokenize(u'\n')) {
        const qsizetype next = position + line.size() + 1;
        const QStringView trimmed = line.trimmed();
        if (found.start == 0 && (trimmed.isEmpty() || (!headline && trimmed.startsWith(u"# ")))) {
            headline = headline || !trimmed.isEmpty();
        } else if (trimmed.isEmpty()) {
            break; // the end of the block
        } else if (!headline || !property.matchView(trimmed).hasMatch()) {
            return none;
        } else {
            found.start = found.start == 0 ? position : found.start;
            found.end = std::min(next, markdown.size());
            const QStringView key = trimmed.left(trimmed.indexOf(u':'));
            notion = notion || notionKeys.contains(key.toString());
            if (key == u"Created" || key == u"Created time") {
                found.created = parsePublicationDate(trimmed.sliced(key.size() + 1));
            } else {
                found.matter.readKeyLine(trimmed);
            }
        }
        position = next;
    }
    return notion ? found : none;
}

} // namespace

QString decodeCharacterReference(QStringView entity)
{
    if (entity.size() < 3 || entity.front() != u'&' || entity.back() != u';') {
        return entity.toString();
    }
    const QStringView name = entity.sliced(1, entity.size() - 2);
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
        const uint value = hex ? name.sliced(2).toUInt(&ok, 16) : name.sliced(1).toUInt(&ok, 10);
        if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            return u"\uFFFD"_s;
        }
        const char32_t codePoint = value;
        return QString::fromUcs4(&codePoint, 1);
    }
    static const QHash<QString, QString> named = {
        {u"amp"_s, u"&"_s},
        {u"lt"_s, u"<"_s},
        {u"gt"_s, u">"_s},
        {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s},
        {u"nbsp"_s, u"\u00A0"_s},
        {u"ndash"_s, u"\u2013"_s},
        {u"mdash"_s, u"\u2014"_s},
        {u"hellip"_s, u"\u2026"_s},
        {u"lsquo"_s, u"\u2018"_s},
        {u"rsquo"_s, u"\u2019"_s},
        {u"ldquo"_s, u"\u201C"_s},
        {u"rdquo"_s, u"\u201D"_s},
        {u"laquo"_s, u"\u00AB"_s},
        {u"raquo"_s, u"\u00BB"_s},
        {u"copy"_s, u"\u00A9"_s},
        {u"reg"_s, u"\u00AE"_s},
        {u"trade"_s, u"\u2122"_s},
        {u"euro"_s, u"\u20AC"_s},
        {u"pound"_s, u"\u00A3"_s},
        {u"deg"_s, u"\u00B0"_s},
        {u"eacute"_s, u"\u00E9"_s},
        {u"egrave"_s, u"\u00E8"_s},
        {u"aacute"_s, u"\u00E1"_s},
        {u"oacute"_s, u"\u00F3"_s},
        {u"iacute"_s, u"\u00ED"_s},
        {u"uacute"_s, u"\u00FA"_s},
        {u"ntilde"_s, u"\u00F1"_s},
        {u"uuml"_s, u"\u00FC"_s},
        {u"ouml"_s, u"\u00F6"_s},
        {u"auml"_s, u"\u00E4"_s},
        {u"ccedil"_s, u"\u00E7"_s},
        {u"middot"_s, u"\u00B7"_s},
        {u"bull"_s, u"\u2022"_s},
        {u"times"_s, u"\u00D7"_s},
        {u"sect"_s, u"\u00A7"_s},
    };
    return named.value(name.toString(), entity.toString());
}

Article readMarkdownArticle(QStringView text)
{
    Article article;
    const FrontMatter matter = FrontMatter::parse(text);
    const NoteProperties notes = readNoteProperties(text.sliced(matter.bodyStart));
    QString withoutNotes;
    if (notes.end > notes.start) {
        withoutNotes = text.sliced(matter.bodyStart).toString().remove(notes.start, notes.end - notes.start);
    }
    const QStringView markdown = notes.end > notes.start ? QStringView(withoutNotes) : text.sliced(matter.bodyStart);
    const QByteArray utf8 = markdown.toUtf8();

    MarkdownCollector collector;
    // Text whose lines run long was not wrapped by hand: as in plain text, each line is a paragraph.
    qsizetype longest = 0;
    for (const QStringView line : markdown.tokenize(u'\n')) {
        longest = std::max(longest, line.size());
    }
    collector.softBreakEndsParagraph = longest > 120;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEATXHEADERS | MD_FLAG_NOHTMLBLOCKS | MD_FLAG_WIKILINKS;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &collector) != 0) {
        return article;
    }
    collector.flush(TextBlock::Kind::Paragraph);
    removeNewsletterPromotions(collector.blocks, [](const MarkdownBlock &block) { return QStringView(block.text).trimmed(); });

    ArticleBodyBuilder body;
    qsizetype first = 0;
    if (!matter.title.trimmed().isEmpty()) {
        body.addHeading(matter.title);
        if (!collector.blocks.isEmpty() && collector.blocks.front().text.trimmed().compare(matter.title.trimmed(), Qt::CaseInsensitive) == 0) {
            first = 1;
        }
    } else if (!collector.blocks.isEmpty()) {
        body.addHeading(collector.blocks.front().text);
        first = 1;
    }
    notes.matter.applyTo(article);
    matter.applyTo(article);
    QList<QString> texts;
    for (const MarkdownBlock &block : std::as_const(collector.blocks)) {
        texts.append(block.text.trimmed());
    }
    readBylineAndDate(article, texts, first);
    if (!article.published.isValid()) {
        article.published = notes.created;
    }
    removeDateAndInstructionLines(collector.blocks, first,
        [](const MarkdownBlock &block) { return block.kind == TextBlock::Kind::Paragraph ? QStringView(block.text).trimmed() : QStringView(); });
    // A heading that no text follows ("Related Topics", "More on this story" over a list of
    // links, dropped) is the page's, not the story's.
    while (collector.blocks.size() > first + 1 && collector.blocks.constLast().kind == TextBlock::Kind::Heading) {
        collector.blocks.removeLast();
    }
    for (qsizetype i = first; i < collector.blocks.size(); ++i) {
        body.add(collector.blocks[i].kind, collector.blocks[i].text, collector.blocks[i].quotation);
    }
    if (body.paragraphCount() == 0) {
        return article;
    }
    article.title = body.body().left(body.blocks().constFirst().range.end);
    body.finish(article);
    return article;
}

} // namespace Sourceline
