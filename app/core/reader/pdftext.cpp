// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "pdftext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// Running heads and feet sit in the top and bottom margins of a page.
constexpr double marginShare = 0.07;

struct PdfLine
{
    QString text;
    double top = 0;
    double bottom = 0;
    double left = 0;
    double right = 0;
    [[nodiscard]] double height() const { return bottom - top; }
};

struct PdfPage
{
    QList<PdfLine> lines;
    double height = 0;
};

QString fromUstring(const poppler::ustring &text)
{
    return QString::fromUtf16(text.data(), qsizetype(text.size()));
}

// Typesetters draw "ff", "fi" and "fl" as one glyph; its text is the letters ("Witko\uFB00"
// is "Witkoff"). A soft hyphen only marks where a word may break.
QString withoutLigatures(QString word)
{
    static const QStringList letters{u"ff"_s, u"fi"_s, u"fl"_s, u"ffi"_s, u"ffl"_s, u"st"_s, u"st"_s};
    for (qsizetype i = word.size() - 1; i >= 0; --i) {
        const char16_t unit = word[i].unicode();
        if (unit >= 0xFB00 && unit <= 0xFB06) {
            word.replace(i, 1, letters[unit - 0xFB00]);
        } else if (unit == 0x00AD) {
            word.remove(i, 1);
        }
    }
    return word;
}

// The words of a page in poppler's reading order, gathered into lines: a word well off the
// last one's baseline, or left of where it ended, starts a new line.
PdfPage pageOf(const poppler::page &page)
{
    PdfPage result;
    result.height = page.page_rect().height();
    bool spaceBefore = false;
    for (const poppler::text_box &box : page.text_list()) {
        const poppler::rectf area = box.bbox();
        const QString word = withoutLigatures(fromUstring(box.text()));
        PdfLine *line = result.lines.isEmpty() ? nullptr : &result.lines.last();
        const bool sameLine = line && std::abs(area.y() - line->top) < std::max(area.height(), line->height()) * 0.5 && area.x() >= line->right - 1.0;
        if (sameLine) {
            line->text += spaceBefore ? u" "_s + word : word;
            line->top = std::min(line->top, area.y());
            line->bottom = std::max(line->bottom, area.y() + area.height());
            line->right = std::max(line->right, area.x() + area.width());
        } else {
            result.lines.append({word, area.y(), area.y() + area.height(), area.x(), area.x() + area.width()});
        }
        spaceBefore = box.has_space_after();
    }
    return result;
}

// "11/26/25, 9:14 AM" over the page and "https://… 1/3" under it: the same line, give or take
// its numbers, on several pages, or a page number, an address or a time stamp.
QString runningKey(const QString &text)
{
    QString key = text.simplified();
    for (QChar &c : key) {
        if (c.isDigit()) {
            c = u'#';
        }
    }
    return key;
}

bool looksLikePageFurniture(const QString &text)
{
    static const QRegularExpression furniture(
        u"^(?:(?:page\\s*)?\\d+(?:\\s*(?:/|of)\\s*\\d+)?|https?://\\S+(?:\\s+\\d+\\s*/\\s*\\d+)?|\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+\\d{1,2}:\\d{2}.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return furniture.match(text.simplified()).hasMatch();
}

void dropRunningHeadsAndFeet(QList<PdfPage> &pages)
{
    const auto inMargin = [](const PdfPage &page, const PdfLine &line) {
        return page.height > 0 && (line.top < page.height * marginShare || line.bottom > page.height * (1 - marginShare));
    };
    QHash<QString, int> pagesWith;
    for (const PdfPage &page : std::as_const(pages)) {
        QSet<QString> seen;
        for (const PdfLine &line : page.lines) {
            if (inMargin(page, line)) {
                seen.insert(runningKey(line.text));
            }
        }
        for (const QString &key : std::as_const(seen)) {
            ++pagesWith[key];
        }
    }
    for (PdfPage &page : pages) {
        page.lines.removeIf(
            [&](const PdfLine &line) { return inMargin(page, line) && (pagesWith.value(runningKey(line.text)) >= 2 || looksLikePageFurniture(line.text)); });
    }
}

bool endsSentence(const QString &text)
{
    static const QString closers = u".?!:\"\u201D\u2019)"_s;
    return !text.isEmpty() && closers.contains(text.back());
}

// "negoti-" at a line's end and "ations" at the next line's start are one word.
void appendLine(QString &paragraph, const QString &line)
{
    const bool hyphenated
        = paragraph.size() >= 2 && paragraph.back() == u'-' && paragraph[paragraph.size() - 2].isLower() && !line.isEmpty() && line.front().isLower();
    if (hyphenated) {
        paragraph.chop(1);
        paragraph += line;
    } else {
        paragraph += paragraph.isEmpty() ? line : u' ' + line;
    }
}

// A paragraph ends where the gap to the next line is wider than the lines' own spacing, where
// the type changes size (a headline over the text), or where the next line is indented after
// a line that ended a sentence.
QStringList paragraphsOf(const QList<PdfPage> &pages)
{
    QList<double> heights;
    for (const PdfPage &page : pages) {
        for (const PdfLine &line : page.lines) {
            heights.append(line.height());
        }
    }
    if (heights.isEmpty()) {
        return {};
    }
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    const double typical = std::max(1.0, heights[heights.size() / 2]);
    QStringList paragraphs;
    QString current;
    bool firstPage = true;
    for (const PdfPage &page : pages) {
        // The headline is the largest type near the top of the first page; what stands above
        // it there (a masthead, the site's sections) is not the story.
        qsizetype start = 0;
        if (std::exchange(firstPage, false)) {
            const qsizetype near = std::min<qsizetype>(page.lines.size(), 15);
            const auto largest
                = std::max_element(page.lines.cbegin(), page.lines.cbegin() + near, [](const PdfLine &a, const PdfLine &b) { return a.height() < b.height(); });
            if (largest != page.lines.cbegin() + near && largest->height() >= 1.3 * typical) {
                start = largest - page.lines.cbegin();
            }
        }
        double textLeft = std::numeric_limits<double>::max();
        double textRight = 0;
        for (const PdfLine &line : page.lines) {
            textLeft = std::min(textLeft, line.left);
            textRight = std::max(textRight, line.right);
        }
        const PdfLine *previous = nullptr;
        for (const PdfLine &line : page.lines.sliced(start)) {
            bool breaks = !previous;
            if (previous) {
                const double gap = line.top - previous->bottom;
                const bool resized = std::abs(line.height() - previous->height()) > 0.2 * std::max(line.height(), previous->height());
                // Without gaps or indents, a sentence's end well short of the margin ends its paragraph.
                const bool ends = endsSentence(previous->text);
                const bool indented = line.left > previous->left + typical && ends;
                const double width = textRight - textLeft;
                const bool shortLast = ends && previous->right < textRight - 0.15 * width;
                // A byline, a date line or a heading in body type: a line far short of the
                // margin, and a capital after it.
                const bool shortLine = previous->right < textRight - 0.4 * width && !line.text.isEmpty() && line.text.front().isUpper();
                breaks = gap > 0.6 * typical || gap < -typical || resized || indented || shortLast || shortLine;
            } else {
                // A paragraph runs on over a page break when its sentence does.
                breaks = endsSentence(current) || line.text.isEmpty() || !line.text.front().isLower();
            }
            if (breaks && !current.isEmpty()) {
                paragraphs.append(current);
                current.clear();
            }
            appendLine(current, line.text.simplified());
            previous = &line;
        }
    }
    if (!current.isEmpty()) {
        paragraphs.append(current);
    }
    return paragraphs;
}

} // namespace

PdfText readPdfText(const QByteArray &data)
{
    // Poppler reports damage it repairs on stderr; the reader reports what matters itself.
    static const bool quiet = [] {
        poppler::set_debug_error_function([](const std::string &, void *) { }, nullptr);
        return true;
    }();
    Q_UNUSED(quiet);
    PdfText result;
    const std::unique_ptr<poppler::document> document(poppler::document::load_from_raw_data(data.constData(), int(data.size())));
    if (!document) {
        result.problem = u"damaged or unreadable PDF"_s;
        return result;
    }
    if (document->is_locked()) {
        result.problem = u"PDF is locked with a password"_s;
        return result;
    }
    QList<PdfPage> pages;
    for (int i = 0; i < document->pages(); ++i) {
        if (const std::unique_ptr<poppler::page> page(document->create_page(i)); page) {
            pages.append(pageOf(*page));
        }
    }
    dropRunningHeadsAndFeet(pages);
    const QStringList paragraphs = paragraphsOf(pages);
    if (paragraphs.isEmpty()) {
        result.problem = u"no text in the PDF (scanned pages need text recognition first)"_s;
        return result;
    }
    result.text = paragraphs.join(u"\n\n"_s);
    result.author = fromUstring(document->get_author()).simplified();
    return result;
}

bool looksLikePdf(const QByteArray &data)
{
    // The header may follow a few bytes of junk; PDF readers look in the first kilobyte.
    return data.left(1024).contains("%PDF-");
}

} // namespace Sourceline
