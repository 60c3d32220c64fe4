// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../article.h"

#include <QStringView>

namespace Sourceline {

class ArticleBodyBuilder;

/// Reads a news page saved from a browser with gumbo (a full HTML5 parser, which also decodes
/// character references). The body comes from the element marked as the article body, else
/// the largest <article>, else <main>, else the element with the most paragraph text; scripts,
/// styles, navigation, asides, figures and captions, forms and blocks marked as ads, sharing
/// or newsletter boxes are left out, as are AMP furniture, pull quotes that repeat the text,
/// the notices around embedded posts, the headings of dropped boxes of links, labels above
/// the headline and the credits at the foot. Title from og:title, <h1> or <title>; date from
/// article:published_time, JSON-LD datePublished or <time datetime>, else a date line printed
/// above the text; outlet from og:site_name; URL from the canonical link. The body is empty
/// when the page holds no article text.
[[nodiscard]] Article readHtmlArticle(QStringView html);

/// Appends the headings and paragraphs of an HTML fragment (a JSON record's "content") to body.
void appendHtmlFragment(ArticleBodyBuilder &body, QStringView html);

/// The headline without the site's name after it: "Witkoff coached Russia | The Daily Planet"
/// -> "Witkoff coached Russia" when outlet is "The Daily Planet" or, from a page's <title>,
/// when a short name follows "|".
[[nodiscard]] QString withoutSiteSuffix(QString title, const QString &outlet, bool fromTitleElement);

/// True when text looks like HTML markup rather than prose.
[[nodiscard]] bool looksLikeHtml(QStringView text);

} // namespace Sourceline
