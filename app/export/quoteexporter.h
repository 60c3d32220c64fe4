// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

#include <QString>

namespace Sourceline {

/// Writes every quote of the story with its citation (article, outlet, date, URL) and its
/// exact source offsets, as CSV (RFC 4180, UTF-8) or JSON, chosen by the extension of path.
/// Written atomically. Returns an empty string on success, else the reason.
[[nodiscard]] QString exportQuotes(const StoryGraph &story, const QString &path);

/// The CSV text exportQuotes() writes, for tests and the clipboard.
[[nodiscard]] QByteArray quotesCsv(const StoryGraph &story);
/// The JSON text exportQuotes() writes.
[[nodiscard]] QByteArray quotesJson(const StoryGraph &story);

} // namespace Sourceline
