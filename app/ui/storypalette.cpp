// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storypalette.h"

#include <KSyntaxHighlighting/Theme>

namespace Sourceline {

QColor linkColor(ColorScheme scheme)
{
    return QColor::fromRgba(highlightingTheme(scheme).textColor(KSyntaxHighlighting::Theme::DataType));
}

QPalette storyPalette(ColorScheme scheme, const QPalette &base)
{
    const StoryColors colors = StoryColors::forScheme(scheme);
    const QColor link = linkColor(scheme);
    QPalette palette = base;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor text = disabled ? colors.mutedText : colors.text;
        palette.setColor(group, QPalette::Window, colors.surface);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, colors.background);
        palette.setColor(group, QPalette::AlternateBase, colors.surface);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, colors.surface);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::Highlight, colors.selection);
        palette.setColor(group, QPalette::HighlightedText, colors.text);
        palette.setColor(group, QPalette::PlaceholderText, colors.mutedText);
        palette.setColor(group, QPalette::ToolTipBase, colors.surface);
        palette.setColor(group, QPalette::ToolTipText, colors.text);
        palette.setColor(group, QPalette::Link, link);
        palette.setColor(group, QPalette::LinkVisited, link);
        palette.setColor(group, QPalette::BrightText, colors.background);
        palette.setColor(group, QPalette::Light, colors.surface.lighter(130));
        palette.setColor(group, QPalette::Midlight, colors.surface.lighter(110));
        palette.setColor(group, QPalette::Mid, colors.border);
        palette.setColor(group, QPalette::Dark, colors.border.darker(130));
        palette.setColor(group, QPalette::Shadow, scheme == ColorScheme::Dark ? QColor(Qt::black) : colors.border.darker(160));
    }
    return palette;
}

} // namespace Sourceline
