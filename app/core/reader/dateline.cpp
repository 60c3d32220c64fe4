// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "dateline.h"

#include "../article.h"
#include "plaintextarticle.h"
#include "publicationdate.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// True unless text surely holds no copyright mark: no '\u00A9', no "(c)" and no "copyright"
// around any 'y'. Searches for single characters are fast; a case-blind expression over the
// text costs far more.
bool mayHoldCopyright(QStringView text)
{
    if (text.contains(u'\u00A9')) {
        return true;
    }
    for (qsizetype at = text.indexOf(u'('); at >= 0; at = text.indexOf(u'(', at + 1)) {
        if (text.sliced(at).startsWith(u"(c)", Qt::CaseInsensitive)) {
            return true;
        }
    }
    return containsNoCase(text, u"copyright", 3);
}

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
    const QStringView end = QStringView(article.body).right(1000);
    if (const QRegularExpressionMatch m = mayHoldCopyright(end) ? copyrightYear.matchView(end) : QRegularExpressionMatch(); m.hasMatch()) {
        return m.capturedView(1).toInt();
    }
    return 0;
}

// "BUSINESS WIRE" as the distributor is named in prose: "Business Wire". A one-word agency
// in capitals ("PTI") is its name.
QString distributorName(QStringView name)
{
    if (!name.contains(u' ') || name.toString().toUpper() != name) {
        return name.toString();
    }
    QString result = name.toString().toLower();
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (i == 0 || result[i - 1] == u' ') {
            result[i] = result[i].toUpper();
        }
    }
    return result;
}

// A release sent out by a distributor: "WICHITA, Kan., Jan. 8, 2024 /PRNewswire/ --",
// "SEATTLE--(BUSINESS WIRE)--Jan. 26, 2024--".
Dateline parseReleaseDateline(QStringView paragraph)
{
    static const QRegularExpression slashed(u"^\\s*[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?,\\s+"
                                            u"(\\p{L}{3,9}\\.? \\d{1,2}, \\d{4}) /([A-Za-z][\\w .-]{1,30}?)/\\s*[-\u2013\u2014]"_s);
    static const QRegularExpression bracketed(u"^\\s*[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
                                              u"\\s*--\\(([A-Z][A-Za-z .]{2,30})\\)--\\s*(\\p{L}{3,9}\\.? \\d{1,2}, \\d{4})\\s*--"_s);
    if (!paragraph.contains(u'/') && !paragraph.contains(u"--(")) {
        return {};
    }
    QRegularExpressionMatch m = slashed.matchView(paragraph);
    int dateGroup = 1;
    int outletGroup = 2;
    if (!m.hasMatch()) {
        m = bracketed.matchView(paragraph);
        std::swap(dateGroup, outletGroup);
    }
    const QDate date = m.hasMatch() ? parsePublicationDate(m.capturedView(dateGroup)) : QDate();
    if (!date.isValid()) {
        return {};
    }
    return {date.month(), date.day(), date.year(), distributorName(m.capturedView(outletGroup).trimmed())};
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
    // A place in capitals opens with two of them ("MOSCOW", "ST. LOUIS"); most paragraphs
    // ("The ...", "A ...") spare the expressions that look for one.
    qsizetype first = 0;
    while (first < paragraph.size() && paragraph[first].isSpace()) {
        ++first;
    }
    const auto isCapital = [](QChar c) { return c >= u'A' && c <= u'Z'; };
    const bool capitals = first + 1 < paragraph.size() && isCapital(paragraph[first])
        && (isCapital(paragraph[first + 1]) || QStringView(u".'\u2019-").contains(paragraph[first + 1]));
    QRegularExpressionMatch m = capitals ? dateline.matchView(paragraph) : QRegularExpressionMatch();
    if (!m.hasMatch()) {
        m = paragraph.contains(u'[') ? bracketedCountry.matchView(paragraph) : QRegularExpressionMatch();
    }
    if (!m.hasMatch()) {
        return capitals ? parseReleaseDateline(paragraph) : Dateline();
    }
    // "WASHINGTON (Feb. 6, 2024) —": a government's release brackets the date, not an agency.
    static const QRegularExpression bracketedDate(u"^(\\p{L}{3,9})\\.? (\\d{1,2})(?:, (\\d{4}))?$"_s);
    if (const QRegularExpressionMatch date = m.hasCaptured(4) ? bracketedDate.matchView(m.capturedView(4)) : QRegularExpressionMatch(); date.hasMatch()) {
        const int month = monthNumber(date.capturedView(1));
        const int day = date.capturedView(2).toInt();
        if (month > 0 && day >= 1 && day <= 31) {
            return {month, day, date.capturedView(3).toInt(), {}};
        }
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
    // The dateline opens the story's first sentence, after a byline or date line and, on a
    // wire's page, a summary's points ("Summary" over "Museum closed for the day"): lines
    // without a stop are not counted, though no more than a dozen blocks are looked at.
    constexpr int sentencesToLook = 3;
    constexpr int blocksToLook = 12;
    int sentences = 0;
    int blocks = 0;
    for (const TextBlock &block : std::as_const(article.blocks)) {
        if (++blocks > blocksToLook) {
            break;
        }
        if (block.kind != TextBlock::Kind::Paragraph) {
            continue;
        }
        const QStringView text = QStringView(article.body).mid(block.range.start, block.range.length());
        Dateline line = parse(text);
        if (!line.outlet.isEmpty() || line.isValid()) {
            return line;
        }
        const bool sentence = !text.isEmpty() && QStringView(u".!?\"\u201D").contains(text.back());
        if (sentence && ++sentences >= sentencesToLook) {
            break;
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
    if (line.outlet.isEmpty() && !line.isValid()) {
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
