// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "articlerecords.h"

#include <QJsonObject>
#include <QList>
#include <QStringView>

namespace Sourceline {

/// Reads a JSON object, an array of objects, an object wrapping such an array ("articles",
/// "items", "data", ...) or JSON Lines. Objects give title/headline, text/body/content
/// (plain text, HTML or an array of paragraphs), date/published/datePublished, url, and
/// source/outlet/publisher (a string or an object with a name). A syntax error gives
/// "invalid JSON: <Qt's error> at offset N"; in JSON Lines the good lines are still read.
[[nodiscard]] ArticleRecords readJsonArticles(QStringView text, bool jsonLines);

/// One article from one JSON object; the body is empty when the object holds no text.
[[nodiscard]] Article articleFromJson(const QJsonObject &object);

} // namespace Sourceline
