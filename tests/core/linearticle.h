// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "article.h"

/// An article "a1" whose body is `text`, with one paragraph per line, as the readers give them.
inline Sourceline::Article articleFromLines(const QString &text)
{
    Sourceline::Article article;
    article.id = QStringLiteral("a1");
    article.body = text;
    int start = 0;
    for (const QString &line : text.split(u'\n')) {
        article.blocks.append({Sourceline::TextBlock::Kind::Paragraph, {start, start + int(line.size())}});
        start += int(line.size()) + 1;
    }
    return article;
}
