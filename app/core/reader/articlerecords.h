// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../article.h"

#include <QList>
#include <QString>

namespace Sourceline {

/// The articles one file holds as records (a JSON file's objects, a feed's items, an export's
/// notes), or why there are none.
struct ArticleRecords
{
    QList<Article> articles; ///< path holds "#n", the record's number, where the file can hold several
    QString problem; ///< empty when the file read cleanly; records read before an error are kept
};

} // namespace Sourceline
