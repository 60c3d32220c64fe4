// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"
#include "storytheme.h"
#include "timelinelayout.h"
#include "timelinepage.h"

#include <QImage>
#include <QString>

namespace Sourceline {

struct TimelineExportOptions
{
    QString path; ///< output file; its extension picks PNG, SVG or PDF
    int width = 1600; ///< logical pixels
    int scale = 1; ///< device pixel ratio for PNG
    QString theme = QStringLiteral("light"); ///< "light" or "dark"
    QString title; ///< empty: TimelinePage::defaultTitle()
    bool callouts = true;
    bool footer = true;
    QDate from; ///< only events from this day on (the view's visible range, or --from); invalid: from the story's start
    QDate to; ///< only events up to this day; invalid: to the story's end
    TimelineLanes lanes = TimelineLanes::ByPerson; ///< falls back to one lane when people do not split the story
    QStringList calloutQuotes; ///< quotes to call out (the user's selection); empty: the most telling ones
    bool happenedOnly = false; ///< leave out planned, expected and called-off events
};

/// The page an export draws: the story laid out for options.width.
[[nodiscard]] TimelinePage timelinePage(const StoryGraph &story, const TimelineExportOptions &options);

/// The export as an image (for the clipboard and the export preview), width x scale pixels.
[[nodiscard]] QImage timelineImage(const StoryGraph &story, const TimelineExportOptions &options);

/// Writes the story's timeline to a file, atomically. Returns an empty string on success,
/// else the reason, worded to follow "sourceline: PATH: ".
[[nodiscard]] QString exportTimeline(const StoryGraph &story, const TimelineExportOptions &options);

[[nodiscard]] ColorScheme colorSchemeNamed(const QString &theme);

} // namespace Sourceline
