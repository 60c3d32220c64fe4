// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "publicationdate.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

int monthNumber(QStringView name)
{
    static constexpr QStringView months[] = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    const QStringView prefix = name.first(std::min<qsizetype>(3, name.size()));
    for (int m = 0; m < 12; ++m) {
        if (prefix.compare(months[m], Qt::CaseInsensitive) == 0) {
            return m + 1;
        }
    }
    return 0;
}

namespace {

QDate checkedDate(int year, int month, int day)
{
    // Years outside this window are typing errors or ids, not publication dates.
    if (year < 1800 || year > 2200) {
        return {};
    }
    return QDate(year, month, day);
}

} // namespace

QDate parsePublicationDate(QStringView text)
{
    // A date line may carry its label: "Published: 2025-09-18", "Updated on 2025-09-18".
    static const QRegularExpression isoDate(
        u"^\\s*(?:(?:first\\s+)?(?:published|updated|posted|date|dated)(?:\\s+on)?\\s*:?\\s*)?(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression compactIsoDate(u"^\\s*(\\d{4})(\\d{2})(\\d{2})(?:T|\\s*$)"_s);
    // Month names: full, three-letter with or without a dot, and "Sept".
    static const QRegularExpression monthFirst(
        u"\\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(
        u"\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?,?\\s+(\\d{4})\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numeric(u"\\b(\\d{1,2})([-./])(\\d{1,2})\\2(\\d{4})\\b"_s);
    // "Updated 7:31 PM EDT, 2024-07-14": an ISO date after the time.
    static const QRegularExpression laterIsoDate(u"\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"_s);
    // Every form holds a year in digits: a text without a digit (most lines asked) spares the
    // expressions.
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); })) {
        return {};
    }

    if (const QRegularExpressionMatch m = isoDate.matchView(text); m.hasMatch()) {
        return checkedDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    }
    if (const QRegularExpressionMatch m = compactIsoDate.matchView(text); m.hasMatch()) {
        return checkedDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    }
    const QRegularExpressionMatch first = monthFirst.matchView(text);
    const QRegularExpressionMatch day = dayFirst.matchView(text);
    // Both forms can match one string ("12 Nov 26, 2025" is nonsense either way); the earlier wins.
    if (first.hasMatch() && (!day.hasMatch() || first.capturedStart() <= day.capturedStart())) {
        return checkedDate(first.capturedView(3).toInt(), monthNumber(first.capturedView(1)), first.capturedView(2).toInt());
    }
    if (day.hasMatch()) {
        return checkedDate(day.capturedView(3).toInt(), monthNumber(day.capturedView(2)), day.capturedView(1).toInt());
    }
    if (const QRegularExpressionMatch m = numeric.matchView(text); m.hasMatch()) {
        const int a = m.capturedView(1).toInt();
        const int b = m.capturedView(3).toInt();
        const int year = m.capturedView(4).toInt();
        // Slashes: English-language news is mostly American, month first unless that cannot be,
        // or unless a British, Irish, European, Asian, African or Australasian time zone after
        // it tells a day-first writer ("04/03/2025 17:10 GMT" is 4 March).
        // Dashes and dots ("24-11-2024", "24.11.2024") are the day-first forms of South Asian,
        // European and African sites, day first unless that cannot be.
        static const QRegularExpression dayFirstZone(
            u"\\b(?:GMT|BST|IST|WET|WEST|CET|CEST|EET|EEST|SAST|WAT|CAT|EAT|PKT|SGT|HKT|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT)\\b"_s);
        const bool slashes = m.capturedView(2) == u"/";
        const bool dayFirstWriter = slashes && a <= 12 && b <= 12 && dayFirstZone.matchView(text, m.capturedEnd()).hasMatch();
        const bool monthFirst = slashes && !dayFirstWriter ? a <= 12 : b > 12;
        return monthFirst ? checkedDate(year, a, b) : checkedDate(year, b, a);
    }
    if (const QRegularExpressionMatch m = laterIsoDate.matchView(text); m.hasMatch()) {
        return checkedDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    }
    return {};
}

QDate dateInAddress(QStringView url)
{
    // Only the path: the host and the query hold no date ("?id=2025"), and a path's date is
    // the year, the month and the day each a segment of their own.
    const qsizetype scheme = url.indexOf(u"://");
    QStringView path = scheme < 0 ? url : url.sliced(scheme + 3);
    const qsizetype slash = path.indexOf(u'/');
    if (slash < 0) {
        return {};
    }
    path = path.sliced(slash);
    path = path.first(
        std::min({path.size(), path.indexOf(u'?') < 0 ? path.size() : path.indexOf(u'?'), path.indexOf(u'#') < 0 ? path.size() : path.indexOf(u'#')}));
    const auto number = [](QStringView segment, qsizetype longest) {
        bool ok = false;
        const int value = segment.size() <= longest ? segment.toInt(&ok) : 0;
        return ok && !segment.startsWith(u'+') && !segment.startsWith(u'-') ? value : 0;
    };
    const QList<QStringView> segments = path.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 2 < segments.size(); ++i) {
        if (segments[i].size() != 4) {
            continue;
        }
        const int year = number(segments[i], 4);
        // A month by its name is written short ("oct"), not a word that opens alike ("marketing").
        const int month = segments[i + 1].front().isDigit() ? number(segments[i + 1], 2) : segments[i + 1].size() == 3 ? monthNumber(segments[i + 1]) : 0;
        const int day = number(segments[i + 2], 2);
        // Sites count from 1990 on; a four-digit number before two small ones is else an id.
        if (year >= 1990 && month >= 1 && month <= 12 && day >= 1) {
            if (const QDate date = checkedDate(year, month, day); date.isValid()) {
                return date;
            }
        }
    }
    return {};
}

} // namespace Sourceline
