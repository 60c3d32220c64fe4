// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

#include <QString>

namespace Sourceline {

/// A quote ready to paste into a story or a fact-check:
/// `“We put a plan together” — Steve Witkoff, Title of the article (Outlet), November 26, 2025`.
/// Parts the story does not know (speaker, outlet, date) are left out rather than guessed.
[[nodiscard]] QString quoteCitation(const StoryGraph &story, const Quote &quote);

} // namespace Sourceline
