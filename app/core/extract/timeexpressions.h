// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../article.h"
#include "../storygraph.h"
#include "textanalysis.h"
#include "timeresolver.h"
#include "timewords.h"

#include <QDate>

#include <optional>

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

/// The offset from UTC, in seconds, of a zone as the time finder reads it ("GMT", "EDT", "ET") on
/// the given day; none for a zone it does not know or a regional zone without a day.
[[nodiscard]] std::optional<int> zoneOffsetSeconds(const QString &zone, const QDate &day);

/// Finds and resolves the temporal expressions of an article. referenceDate stands in for the
/// publication date when the article states none.
[[nodiscard]] ArticleTimes findArticleTimes(const Article &article, const TextAnalysis &text, const QDate &referenceDate);

} // namespace Sourceline
