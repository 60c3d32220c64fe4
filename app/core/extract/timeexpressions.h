// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../article.h"
#include "../storygraph.h"
#include "textanalysis.h"
#include "timeresolver.h"
#include "timewords.h"

#include <QDate>

namespace Sourceline {

/// The time stage's result for one article: the scanned words (which the event stage reads
/// too) and every temporal expression with its value.
struct ArticleTimes
{
    QString articleId;
    QDate reference; ///< the publication date, else the reference date given by the user
    QList<ScannedWord> words;
    QList<ResolvedTime> times;

    /// The expressions as the story graph keeps them.
    [[nodiscard]] QList<TimeExpression> expressions(QStringView text) const;
};

/// Finds and resolves the temporal expressions of an article. referenceDate stands in for the
/// publication date when the article states none.
[[nodiscard]] ArticleTimes findArticleTimes(const Article &article, const TextAnalysis &text, const QDate &referenceDate);

} // namespace Sourceline
