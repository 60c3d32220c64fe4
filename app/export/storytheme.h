// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <KSyntaxHighlighting/Theme>
#include <QColor>
#include <QList>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Sourceline {

/// The one KSyntaxHighlighting repository of the process, with the bundled article syntax
/// definition on its search path. Loading a repository is not free: never make another.
[[nodiscard]] KSyntaxHighlighting::Repository &highlightingRepository();

/// Name of the bundled definition that highlights article text.
[[nodiscard]] QString articleDefinitionName();

enum class ColorScheme { Light, Dark };

/// The KSyntaxHighlighting theme for a scheme (Breeze Light / Breeze Dark).
[[nodiscard]] KSyntaxHighlighting::Theme highlightingTheme(ColorScheme scheme);

/// a blended with b: 0 gives a, 1 gives b.
[[nodiscard]] QColor blendColors(const QColor &a, const QColor &b, qreal amountOfB);
/// WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white).
[[nodiscard]] qreal colorContrast(const QColor &a, const QColor &b);

/// The colours every view and export draws with, all taken from one highlighting theme so
/// that the timeline, the source text and the exported image agree.
struct StoryColors
{
    QColor background;
    QColor surface; ///< cards and panels, a step away from the background
    QColor text;
    QColor mutedText;
    QColor border;
    QColor selection;
    QColor accent;
    QColor quote;
    QColor date;
    QList<QColor> lanes; ///< distinct hues that read on the background, for lanes and their legend

    /// The colour of lane `index`; a neutral one for -1 (the "Others" lane).
    [[nodiscard]] QColor lane(int index) const;

    [[nodiscard]] static StoryColors fromTheme(const KSyntaxHighlighting::Theme &theme);
    [[nodiscard]] static StoryColors forScheme(ColorScheme scheme) { return fromTheme(highlightingTheme(scheme)); }
};

} // namespace Sourceline
