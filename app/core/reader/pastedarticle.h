// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QMimeData;

namespace Sourceline {

/// An article copied from a browser or a document and pasted (or dropped) as text rather than
/// as a file. It is kept as a small document the article reader takes, so that a story with
/// pasted articles can be reopened, saved as a case and cited like any other.
struct PastedArticle
{
    QByteArray data; ///< UTF-8; empty when the contents hold no article
    QString suffix; ///< "html" when the copy kept its markup, else "txt"
    QString headline; ///< the first line of its text, to name the file by
    QString problem; ///< why there is no article, worded to follow "The clipboard holds "
};

/// Reads what a copy holds: the page's markup when there is some (so paragraphs, headings,
/// byline and dates survive), else its plain text; the page's address when the browser gave it.
[[nodiscard]] PastedArticle pastedArticle(const QMimeData &contents);

/// "2025-03-05 2210 Port reopens after months of salvage.html": sorted by when it was
/// pasted, named by its headline, safe on every file system.
[[nodiscard]] QString pastedFileName(const PastedArticle &article, const QDateTime &when);

} // namespace Sourceline
