// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "dateline.h"

#include "../article.h"
#include "publicationdate.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// A year the article's metadata writes: a dated address or a copyright line.
int metadataYear(const Article &article)
{
    static const QRegularExpression addressYear(u"/((?:19|20)\\d\\d)/(?:\\d{1,2}/)?"_s);
    static const QRegularExpression copyrightYear(u"(?:\u00A9|\\(c\\)|Copyright)\\s*((?:19|20)\\d\\d)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = addressYear.matchView(article.url); m.hasMatch()) {
        return m.capturedView(1).toInt();
    }
    // A copyright line closes a page: the end of the text is enough, and a long article is not
    // scanned whole for it.
    if (const QRegularExpressionMatch m = copyrightYear.matchView(QStringView(article.body).right(1000)); m.hasMatch()) {
        return m.capturedView(1).toInt();
    }
    return 0;
}

} // namespace

Dateline Dateline::parse(QStringView paragraph)
{
    // A place in capitals, perhaps a region or country after it, perhaps the month and day and
    // year, the agency in brackets and a dash: "MOSCOW, Nov 26 (Reuters) -",
    // "GRANITE FALLS, Colo. (AP) —". South Asian agencies (PTI, IANS, ANI) write no dash, or a
    // colon, after their name in capitals: "BAKU, Nov 24 (PTI) The UN climate conference ...".
    static const QRegularExpression dateline(
        u"^\\s*[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?(?:,\\s+"
        u"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+"
        u"(\\d{1,2})(?:,\\s+(\\d{4}))?)?\\s+\\((?:([^()\\n]{2,40})\\)\\s*[-\u2013\u2014]|([A-Z]{2,6})\\)(?::\\s*|\\s+(?=\\p{Lu})))"_s);
    // ANI writes the place as a name and its country in square brackets: "New Delhi [India],
    // November 24 (ANI): ...".
    static const QRegularExpression bracketedCountry(
        u"^\\s*\\p{Lu}[\\p{L}.'\u2019-]+(?: \\p{Lu}[\\p{L}.'\u2019-]+){0,2} \\[\\p{Lu}[\\p{L} ]{1,30}\\],\\s+"
        u"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
        u"Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?\\s+\\(([A-Z]{2,6})\\)\\s*[:\u2013\u2014-]"_s);
    Dateline result;
    QRegularExpressionMatch m = dateline.matchView(paragraph);
    if (!m.hasMatch()) {
        m = paragraph.contains(u'[') ? bracketedCountry.matchView(paragraph) : QRegularExpressionMatch();
    }
    if (!m.hasMatch()) {
        return result;
    }
    result.outlet = m.hasCaptured(4) ? m.captured(4).trimmed() : m.captured(5);
    const int month = monthNumber(m.capturedView(1));
    const int day = m.capturedView(2).toInt();
    if (month == 0 || day < 1 || day > 31) {
        return result; // undated: the agency alone
    }
    result.month = month;
    result.day = day;
    result.year = m.capturedView(3).toInt();
    return result;
}

Dateline Dateline::find(const Article &article)
{
    constexpr int paragraphsToLook = 3; // the dateline opens the story, after a byline or date line
    int paragraphs = 0;
    for (const TextBlock &block : std::as_const(article.blocks)) {
        if (block.kind != TextBlock::Kind::Paragraph) {
            continue;
        }
        if (++paragraphs > paragraphsToLook) {
            break;
        }
        Dateline line = parse(QStringView(article.body).mid(block.range.start, block.range.length()));
        if (!line.outlet.isEmpty()) {
            return line;
        }
    }
    return {};
}

void Dateline::applyTo(Article &article)
{
    if (article.published.isValid() && !article.outlet.isEmpty()) {
        return;
    }
    const Dateline line = find(article);
    if (line.outlet.isEmpty()) {
        return;
    }
    if (article.outlet.isEmpty()) {
        article.outlet = line.outlet;
    }
    if (!article.published.isValid() && line.isValid()) {
        const int year = line.year > 0 ? line.year : metadataYear(article);
        if (year > 0) {
            article.published = QDate(year, line.month, line.day);
        }
    }
}

} // namespace Sourceline
