// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storytheme.h"

#include <KSyntaxHighlighting/Repository>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using KSyntaxHighlighting::Theme;

namespace Sourceline {

KSyntaxHighlighting::Repository &highlightingRepository()
{
    static KSyntaxHighlighting::Repository *repository = [] {
        auto *created = new KSyntaxHighlighting::Repository;
        // The bundled definition is compiled in under :/sourceline/syntax/.
        created->addCustomSearchPath(u":/sourceline"_s);
        return created;
    }();
    return *repository;
}

QString articleDefinitionName()
{
    return u"Sourceline Article"_s;
}

Theme highlightingTheme(ColorScheme scheme)
{
    auto &repository = highlightingRepository();
    const Theme named = repository.theme(scheme == ColorScheme::Dark ? u"Breeze Dark"_s : u"Breeze Light"_s);
    if (named.isValid()) {
        return named;
    }
    return repository.defaultTheme(scheme == ColorScheme::Dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
}

QColor blendColors(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB, a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
        a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

qreal colorContrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](qreal value) { return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
    };
    const qreal first = luminance(a) + 0.05;
    const qreal second = luminance(b) + 0.05;
    return std::max(first, second) / std::min(first, second);
}

namespace {
QColor rgb(QRgb value)
{
    return QColor::fromRgba(value);
}

int hueDistance(const QColor &a, const QColor &b)
{
    const int difference = std::abs(a.hslHue() - b.hslHue());
    return std::min(difference, 360 - difference);
}

// Lane colours must be told apart at a glance, from each other and from the colours that
// already mean something (quotes, dates), and read as text on the background.
QList<QColor> laneColors(const Theme &theme, const QColor &background, const QColor &text)
{
    const QList<QColor> reserved{rgb(theme.textColor(Theme::String)), rgb(theme.textColor(Theme::DecVal))};
    QList<QColor> kept;
    for (const auto style : {Theme::DataType, Theme::Preprocessor, Theme::Function, Theme::Operator, Theme::SpecialString, Theme::Constant, Theme::ControlFlow,
             Theme::Extension, Theme::Import, Theme::Annotation, Theme::Char, Theme::BuiltIn, Theme::Variable}) {
        QColor color = rgb(theme.textColor(style));
        if (color.hslSaturation() < 60) {
            continue;
        }
        for (int step = 1; step <= 6 && colorContrast(color, background) < 3.0; ++step) {
            color = blendColors(rgb(theme.textColor(style)), text, 0.1 * step);
        }
        const auto near = [&color](const QColor &other) { return hueDistance(color, other) < 18; };
        if (colorContrast(color, background) < 3.0 || std::any_of(kept.cbegin(), kept.cend(), near) || std::any_of(reserved.cbegin(), reserved.cend(), near)) {
            continue;
        }
        kept.append(color);
    }
    if (kept.isEmpty()) {
        kept.append(text);
    }
    // Too few distinct hues: add softer variants of the ones there are.
    for (qsizetype i = 0; kept.size() < 6; ++i) {
        kept.append(blendColors(kept[i], text, 0.35));
    }
    return kept;
}
} // namespace

StoryColors StoryColors::fromTheme(const Theme &theme)
{
    StoryColors colors;
    colors.background = rgb(theme.editorColor(Theme::BackgroundColor));
    colors.text = rgb(theme.textColor(Theme::Normal));
    colors.surface = blendColors(colors.background, colors.text, 0.05);
    colors.mutedText = blendColors(colors.text, colors.background, 0.4);
    colors.border = blendColors(colors.background, colors.text, 0.25);
    colors.selection = rgb(theme.editorColor(Theme::TextSelection));
    colors.accent = rgb(theme.textColor(Theme::Keyword));
    colors.quote = rgb(theme.textColor(Theme::String));
    colors.date = rgb(theme.textColor(Theme::DecVal));
    colors.lanes = laneColors(theme, colors.background, colors.text);
    return colors;
}

QColor StoryColors::lane(int index) const
{
    if (index < 0 || lanes.isEmpty()) {
        return mutedText;
    }
    return lanes.at(index % lanes.size());
}

} // namespace Sourceline
