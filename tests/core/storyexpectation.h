// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "article.h"
#include "storygraph.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sourceline {

/// What a careful human reader expects Sourceline to find in one article, read from a
/// hand-written `<case>.expected.json` file. Each check returns every mismatch it sees, one
/// line each, so that a failing row tells the extraction work exactly what is missing.
///
/// The file's keys (all optional):
///   "reference": "YYYY-MM-DD"    anchors relative dates when the article states no date
///   "published": "YYYY-MM-DD"    the date the reader must find in the article's metadata
///   "title": "..."               the headline the reader must find
///   "bodyExcludes": ["...", ...] navigation, scripts, ads and mark-up the body must not keep
///   "people": [{"name": "...", "aliases": ["...", ...], "notAliases": ["someone else's", ...]}]
///   "notPeople": ["...", ...]    names that must not be a person's name or alias
///   "quotes": [{"text" | "textContains": "...", "speaker": "..." | null, "kind": "direct",
///               "article": "file name, when the story has several articles"}]
///   "notQuotes": ["...", ...]    quoted words that are not speech (scare quotes, titles)
///   "events": [{"key": "...", "labelContains": "..." | ["...", ...], "hasQuote": "...",
///               "date": "..." | null, "quotes": ["...", ...], "participants": ["...", ...],
///               "once": true when several articles tell of it and it must be merged}]
///   "order": [["earlier key", "later key"], ...]
///   "times": [{"text": "...", "value": "..." | null, "duration": "...", "article": "..."}]
/// A person named twice (two people with one name) is always reported: mentions of one
/// person belong together.
class StoryExpectation
{
public:
    /// Reads an expected file; on failure returns an expectation whose error() says why.
    [[nodiscard]] static StoryExpectation fromFile(const QString &path);
    /// Reads expectations from JSON text; `origin` names it in error().
    [[nodiscard]] static StoryExpectation fromJson(const QByteArray &json, const QString &origin);

    [[nodiscard]] QString error() const { return m_error; }
    /// The date relative expressions resolve against when the article has none of its own.
    [[nodiscard]] QDate referenceDate() const;

    [[nodiscard]] QStringList checkArticle(const Article &article) const;
    [[nodiscard]] QStringList checkPeople(const StoryGraph &story) const;
    [[nodiscard]] QStringList checkQuotes(const StoryGraph &story, const Article &article) const;
    [[nodiscard]] QStringList checkEvents(const StoryGraph &story) const;
    [[nodiscard]] QStringList checkOrder(const StoryGraph &story) const;
    [[nodiscard]] QStringList checkTimes(const StoryGraph &story, const Article &article) const;
    [[nodiscard]] QStringList checkAll(const StoryGraph &story, const Article &article) const;

    /// Folds the differences that do not change what was said: runs of white space, curly
    /// versus straight apostrophes, double quote marks, and the comma or full stop that
    /// English puts inside a closing quote mark.
    [[nodiscard]] static QString normalised(const QString &text);

    /// One failure message for a list of mismatches: how many, then one per line.
    [[nodiscard]] static QString describe(const QStringList &mismatches);

private:
    [[nodiscard]] const Event *findEvent(const StoryGraph &story, const QJsonObject &expected) const;

    QJsonObject m_expected;
    QString m_error;
};

} // namespace Sourceline
