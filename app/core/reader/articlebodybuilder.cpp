// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "articlebodybuilder.h"

namespace Sourceline {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

void ArticleBodyBuilder::add(TextBlock::Kind kind, QStringView text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    // Line breaks never reach a block (readers split on them), but trim them like blanks.
    while (from < to && (isBlank(text[from]) || text[from] == u'\n')) {
        ++from;
    }
    while (to > from && (isBlank(text[to - 1]) || text[to - 1] == u'\n')) {
        --to;
    }
    if (from == to) {
        return;
    }
    if (!m_body.isEmpty()) {
        m_body.append(u'\n');
    }
    const int start = int(m_body.size());
    m_body.reserve(m_body.size() + (to - from));
    bool lastWasBlank = false;
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = text[i];
        if (isBlank(c) || c == u'\n') {
            if (!lastWasBlank) {
                m_body.append(u' ');
            }
            lastWasBlank = true;
            continue;
        }
        lastWasBlank = false;
        m_body.append(c);
    }
    m_blocks.append({kind, {start, int(m_body.size())}});
    if (kind == TextBlock::Kind::Paragraph) {
        ++m_paragraphs;
    }
}

QStringView ArticleBodyBuilder::lastBlockText() const
{
    if (m_blocks.isEmpty()) {
        return {};
    }
    const TextRange range = m_blocks.constLast().range;
    return QStringView(m_body).mid(range.start, range.length());
}

void ArticleBodyBuilder::finish(Article &article)
{
    article.body = std::move(m_body);
    article.blocks = std::move(m_blocks);
    m_body.clear();
    m_blocks.clear();
    m_paragraphs = 0;
}

} // namespace Sourceline
