// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "articlebodybuilder.h"

namespace Sourceline {

namespace {

// A no-break space (U+00A0, U+2007, U+202F) is a blank too, written as a plain one: pages set
// it between a title and a name ("Capt.\u00A0Jim\u00A0Ortega"), and the name must read as
// the same person's where another article spaces it plainly. Each is one UTF-16 unit, as the
// space that replaces it is.
bool isNoBreakSpace(QChar c)
{
    const char16_t unit = c.unicode();
    return unit == 0x00A0 || unit == 0x2007 || unit == 0x202F;
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || isNoBreakSpace(c);
}

// Soft hyphens, zero-width spaces, word joiners and stray byte order marks: pages put them
// inside words ("Zelen\u00ADsky") where they would split a name that reads as one.
bool isInvisible(QChar c)
{
    const char16_t unit = c.unicode();
    return unit >= 0xAD && (unit == 0x00AD || unit == 0x200B || unit == 0x2060 || unit == 0xFEFF);
}

} // namespace

void ArticleBodyBuilder::add(TextBlock::Kind kind, QStringView text, int quotation)
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
    // Copies runs of text whole; only a tab, a line break or a second blank breaks a run.
    qsizetype runStart = from;
    const char16_t *units = text.utf16();
    for (qsizetype i = from; i < to; ++i) {
        // Most characters are neither blank nor invisible: one comparison passes them on.
        if (units[i] > u' ' && units[i] < 0xA0) {
            continue;
        }
        const QChar c = text[i];
        if (isInvisible(c)) {
            m_body.append(text.sliced(runStart, i - runStart));
            runStart = i + 1;
            continue;
        }
        const bool single = c == u' ' && !(i + 1 < to && (isBlank(text[i + 1]) || text[i + 1] == u'\n'));
        if (single || !(isBlank(c) || c == u'\n')) {
            continue;
        }
        m_body.append(text.sliced(runStart, i - runStart));
        m_body.append(u' ');
        while (i + 1 < to && (isBlank(text[i + 1]) || text[i + 1] == u'\n')) {
            ++i;
        }
        runStart = i + 1;
    }
    m_body.append(text.sliced(runStart, to - runStart));
    if (m_body.size() == start) {
        m_body.chop(start > 0 ? 1 : 0); // nothing but invisible characters
        return;
    }
    m_blocks.append({kind, {start, int(m_body.size())}, quotation});
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
