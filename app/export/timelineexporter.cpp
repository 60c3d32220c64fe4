// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timelineexporter.h"

using namespace Qt::StringLiterals;

namespace Sourceline {

// Placeholder until the renderer lands.
QString exportTimeline(const StoryGraph &story, const TimelineExportOptions &options)
{
    Q_UNUSED(story)
    Q_UNUSED(options)
    return u"timeline export is not available yet"_s;
}

} // namespace Sourceline
