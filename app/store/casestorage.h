// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "article.h"
#include "reader/articlereader.h"

#include <QList>
#include <QString>

namespace Sourceline {

/// Whether a path names a case file (by its .sourceline suffix), which the window opens
/// through CaseFile rather than the article reader.
[[nodiscard]] bool isCasePath(const QString &path);

/// The articles of an existing case file; a file that is missing or not a case becomes a
/// problem naming it.
[[nodiscard]] ReadResult readCase(const QString &path);

/// Writes the articles as a new case at path, replacing what was there only once the new
/// case is complete, so a failed save leaves the old file as it was. Returns the reason on
/// failure, or an empty string.
[[nodiscard]] QString saveCaseAs(const QList<Article> &articles, const QString &path);

} // namespace Sourceline
