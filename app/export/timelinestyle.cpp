// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timelinestyle.h"

#include <QFontDatabase>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
QString familyName()
{
    static const QString chosen = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString &wanted : {u"Noto Sans"_s, u"DejaVu Sans"_s, u"Liberation Sans"_s}) {
            if (families.contains(wanted)) {
                return wanted;
            }
        }
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return chosen;
}

QFont font(int pixelSize, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont result(familyName());
    result.setPixelSize(pixelSize);
    result.setWeight(weight);
    result.setItalic(italic);
    // Hinting moves glyph advances by device; without it a label measured for the layout
    // has the same width on screen, in a 2x PNG, in SVG and in PDF.
    result.setHintingPreference(QFont::PreferNoHinting);
    result.setKerning(true);
    return result;
}
} // namespace

TimelineStyle TimelineStyle::standard()
{
    TimelineStyle style;
    style.label = font(13, QFont::Medium);
    style.date = font(11);
    style.axis = font(11);
    style.axisMajor = font(11, QFont::DemiBold);
    style.lane = font(12, QFont::DemiBold);
    style.callout = font(12, QFont::Normal, true);
    style.cluster = font(13, QFont::DemiBold);
    style.title = font(26, QFont::Bold);
    style.subtitle = font(14);
    style.legend = font(12);
    style.footer = font(11);
    return style;
}

} // namespace Sourceline
