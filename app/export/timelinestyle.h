// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QFont>

namespace Sourceline {

/// Fonts and measures of a timeline at 1x, in logical pixels. The layout measures with these
/// and the renderer paints with the same ones, so a card is never drawn larger than it was laid out.
struct TimelineStyle
{
    QFont label; ///< event labels on cards
    QFont date; ///< the date line of a card
    QFont axis; ///< tick labels
    QFont axisMajor; ///< tick labels that carry the year
    QFont lane; ///< lane headers
    QFont callout; ///< quote callouts
    QFont cluster; ///< "27 events" on a cluster card
    QFont title;
    QFont subtitle;
    QFont legend;
    QFont footer;

    qreal cardMaxWidth = 216;
    qreal cardMinWidth = 64;
    qreal cardPaddingX = 9;
    qreal cardPaddingY = 6;
    qreal cardRadius = 4;
    qreal accentWidth = 3;
    qreal lineGap = 1; ///< between the label and the date line
    qreal gap = 6; ///< between two cards, horizontally and vertically
    qreal spanHeight = 10; ///< room above a card for the bar of a date range
    qreal axisHeight = 36;
    qreal axisBreakWidth = 30; ///< width of a long empty stretch of time cut out of the axis
    qreal laneHeaderHeight = 26;
    qreal lanePadding = 10;
    qreal sidePadding = 18;
    qreal calloutWidth = 260;
    qreal emptyHeight = 64; ///< height of the note shown when no event is in range
    qreal quoteMarkSize = 7;
    int maxLabelLines = 4;
    int maxCalloutLines = 4;

    /// The house style: Noto Sans (or DejaVu Sans) at sizes no smaller than 11 px.
    [[nodiscard]] static TimelineStyle standard();
};

} // namespace Sourceline
