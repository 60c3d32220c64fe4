// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storytheme.h"

#include <QColor>
#include <QPalette>

namespace Sourceline {

/// The widget palette for a scheme, every role taken from the highlighting theme (base,
/// text and selection as in the source text), so that the window and the text agree.
[[nodiscard]] QPalette storyPalette(ColorScheme scheme, const QPalette &base);

/// The colour of links and of a selected person's mentions: a blue that reads on the
/// scheme's background (the theme's accent is plain text colour in Breeze Light).
[[nodiscard]] QColor linkColor(ColorScheme scheme);

} // namespace Sourceline
