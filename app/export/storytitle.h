// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

#include <QString>

namespace Sourceline {

/// The headline that best names a story of several articles: the one whose words the other
/// articles use most (the wire story's "Starmer becomes prime minister after Labour wins
/// landslide", not a local angle's "Clacton sends Farage to Westminster at last"). Ties go to
/// the shorter headline, then to story order; empty when no article has a title.
[[nodiscard]] QString storyTitle(const StoryGraph &story);

} // namespace Sourceline
