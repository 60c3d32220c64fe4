// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "referencework.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

QString withoutEncyclopediaMarks(QString paragraph)
{
    // A mark follows the word or the stop it belongs to without a space.
    static const QRegularExpression marks(u"(?<=\\S)(?:\\[(?:\\d{1,3}|[a-z]|(?:note|nb) \\d{1,3}|edit|citation needed|clarification needed"
                                          u"|better source needed|failed verification|dead link|page needed|who\\?|when\\?|which\\?|according to whom\\?"
                                          u"|by whom\\?|original research\\?|dubious \u2013 discuss|verification needed|not in citation given)\\])+"
                                          u"(?::\\s?\\d{1,4}(?:[\u2013-]\\d{1,4})?)?"_s);
    if (!paragraph.contains(u'[')) {
        return paragraph;
    }
    paragraph.remove(marks);
    return paragraph.trimmed();
}

QStringView encyclopediaInTagline(QStringView line)
{
    static constexpr QStringView opening = u"From ";
    static constexpr QStringView tagline = u", the free encyclopedia";
    constexpr qsizetype longestName = 40;
    if (!line.startsWith(opening) || !line.endsWith(tagline) || line.size() > opening.size() + longestName + tagline.size()) {
        return {};
    }
    const QStringView name = line.sliced(opening.size(), line.size() - opening.size() - tagline.size()).trimmed();
    return name.contains(u',') ? QStringView() : name;
}

bool opensReferenceSection(QStringView heading)
{
    static const QList<QStringView> headings{u"references", u"notes", u"notes and references", u"footnotes", u"citations", u"sources", u"see also",
        u"external links", u"further reading", u"bibliography", u"works cited"};
    constexpr qsizetype longestHeading = 24;
    if (heading.size() > longestHeading) {
        return false;
    }
    if (heading.endsWith(u"[edit]")) {
        heading.chop(6);
    }
    heading = heading.trimmed();
    return std::any_of(headings.cbegin(), headings.cend(), [heading](QStringView name) { return heading.compare(name, Qt::CaseInsensitive) == 0; });
}

qsizetype referenceSectionsStart(const QList<QStringView> &texts)
{
    constexpr qsizetype firstSectionBlock = 2;
    qsizetype total = 0;
    for (const QStringView text : texts) {
        total += text.size();
    }
    qsizetype before = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i >= firstSectionBlock && opensReferenceSection(texts[i]) && total - before < before) {
            return i;
        }
        before += texts[i].size();
    }
    return texts.size();
}

} // namespace Sourceline
