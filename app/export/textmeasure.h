// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QFontMetricsF>
#include <QHash>
#include <QStringList>

namespace Sourceline {

/// Measures and wraps text in one font, remembering the width of every word it has seen.
/// Shaping text is the slow part of laying out a timeline; a story repeats its words (names,
/// places, dates), so thousands of labels cost little more than their distinct words.
class TextMeasure
{
public:
    explicit TextMeasure(const QFont &font);

    [[nodiscard]] const QFontMetricsF &metrics() const { return m_metrics; }
    /// Width of a word or any short text, shaped once and then remembered.
    [[nodiscard]] qreal advance(const QString &text);
    /// Width of a line as the sum of its words and spaces (kerning across spaces is
    /// negligible; callers leave a pixel or two to spare).
    [[nodiscard]] qreal lineAdvance(const QString &line);
    /// Splits text into lines no wider than width, breaking words only when one alone is too
    /// wide; beyond maxLines the last line ends in an ellipsis.
    [[nodiscard]] QStringList wrap(const QString &text, qreal width, int maxLines);
    [[nodiscard]] qreal widest(const QStringList &lines);

private:
    [[nodiscard]] QStringList splitWord(QString word, qreal width);

    QFontMetricsF m_metrics;
    qreal m_space;
    QHash<QString, qreal> m_widths;
};

/// TextMeasure(metrics' font).wrap(...), for one-off texts such as titles.
[[nodiscard]] QStringList wrapText(const QString &text, const QFont &font, qreal width, int maxLines);

} // namespace Sourceline
