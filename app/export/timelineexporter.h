// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

#include <QString>

namespace Sourceline {

struct TimelineExportOptions
{
    QString path; ///< output file; its extension picks PNG, SVG or PDF
    int width = 1600; ///< logical pixels
    int scale = 1; ///< device pixel ratio for PNG
    QString theme = QStringLiteral("light"); ///< "light" or "dark"
    QString title; ///< empty: the first article's title
    bool callouts = true;
    bool footer = true;
};

/// Writes the story's timeline to a file, atomically. Returns an empty string on success,
/// else the reason, worded to follow "sourceline: PATH: ".
[[nodiscard]] QString exportTimeline(const StoryGraph &story, const TimelineExportOptions &options);

} // namespace Sourceline
