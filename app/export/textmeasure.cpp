// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "textmeasure.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sourceline {

TextMeasure::TextMeasure(const QFont &font)
    : m_metrics(font)
    , m_space(m_metrics.horizontalAdvance(u' '))
{
}

qreal TextMeasure::advance(const QString &text)
{
    const auto it = m_widths.constFind(text);
    if (it != m_widths.cend()) {
        return it.value();
    }
    const qreal width = m_metrics.horizontalAdvance(text);
    m_widths.insert(text, width);
    return width;
}

qreal TextMeasure::lineAdvance(const QString &line)
{
    qreal width = 0;
    int words = 0;
    for (const QString &word : line.split(u' ', Qt::SkipEmptyParts)) {
        width += advance(word);
        ++words;
    }
    return width + std::max(0, words - 1) * m_space;
}

qreal TextMeasure::widest(const QStringList &lines)
{
    qreal width = 0;
    for (const QString &line : lines) {
        width = std::max(width, lineAdvance(line));
    }
    return width;
}

QStringList TextMeasure::splitWord(QString word, qreal width)
{
    QStringList pieces;
    while (word.size() > 1 && advance(word) > width) {
        qsizetype low = 1;
        qsizetype high = word.size() - 1;
        while (low < high) {
            const qsizetype middle = (low + high + 1) / 2;
            if (m_metrics.horizontalAdvance(word.left(middle)) <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        pieces.append(word.left(low));
        word = word.mid(low);
    }
    pieces.append(word);
    return pieces;
}

QStringList TextMeasure::wrap(const QString &text, qreal width, int maxLines)
{
    QStringList lines;
    QString line;
    qreal lineWidth = 0;
    for (const QString &whole : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        for (const QString &word : splitWord(whole, width)) {
            const qreal wordWidth = advance(word);
            if (line.isEmpty()) {
                line = word;
                lineWidth = wordWidth;
            } else if (lineWidth + m_space + wordWidth <= width) {
                line += u' ' + word;
                lineWidth += m_space + wordWidth;
            } else {
                lines.append(line);
                line = word;
                lineWidth = wordWidth;
            }
        }
    }
    if (!line.isEmpty()) {
        lines.append(line);
    }
    if (maxLines > 0 && lines.size() > maxLines) {
        const QString rest = lines.mid(maxLines - 1).join(u' ');
        lines = lines.mid(0, maxLines - 1);
        lines.append(m_metrics.elidedText(rest, Qt::ElideRight, width));
    }
    return lines;
}

QStringList wrapText(const QString &text, const QFont &font, qreal width, int maxLines)
{
    return TextMeasure(font).wrap(text, width, maxLines);
}

} // namespace Sourceline
