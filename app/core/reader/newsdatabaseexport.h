// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../article.h"

#include <QList>
#include <QStringView>

namespace Sourceline {

/// The articles of a plain-text export from a news database, as researchers download a search
/// result: documents that each close with an "End of Document" line and open their text with a
/// "Body" line (Nexis), or that each close with a "Document <id>" line after a header of word
/// count, date, outlet, source code and language (Factiva). Each document's header gives its
/// headline, outlet, date and byline; the export's cover page and each document's indexing
/// terms are not article text. Each article's path is "#n", its number among them. Empty when
/// the text is no such export.
[[nodiscard]] QList<Article> readNewsDatabaseExport(QStringView text);

} // namespace Sourceline
