// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

#include <QByteArray>
#include <QJsonObject>

namespace Sourceline {

/// The story graph in the JSON contract of DESIGN.md (articles, people, quotes, events, times,
/// plus entities and problems).
[[nodiscard]] QJsonObject storyToJson(const StoryGraph &story);
[[nodiscard]] QByteArray storyToJsonText(const StoryGraph &story);

[[nodiscard]] QString quoteKindName(Quote::Kind kind);

} // namespace Sourceline
