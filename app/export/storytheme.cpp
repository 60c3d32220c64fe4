// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storytheme.h"

#include <KSyntaxHighlighting/Repository>

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

namespace {
QColor rgb(QRgb value)
{
    return QColor::fromRgba(value);
}

QColor mixed(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB, a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
        a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}
} // namespace

StoryColors StoryColors::fromTheme(const Theme &theme)
{
    StoryColors colors;
    colors.background = rgb(theme.editorColor(Theme::BackgroundColor));
    colors.text = rgb(theme.textColor(Theme::Normal));
    colors.surface = mixed(colors.background, colors.text, 0.05);
    colors.mutedText = mixed(colors.text, colors.background, 0.4);
    colors.border = mixed(colors.background, colors.text, 0.25);
    colors.selection = rgb(theme.editorColor(Theme::TextSelection));
    colors.accent = rgb(theme.textColor(Theme::Keyword));
    colors.quote = rgb(theme.textColor(Theme::String));
    colors.date = rgb(theme.textColor(Theme::DecVal));
    for (const auto style :
        {Theme::Function, Theme::String, Theme::Keyword, Theme::DataType, Theme::Attribute, Theme::Constant, Theme::Preprocessor, Theme::Operator}) {
        colors.lanes.append(rgb(theme.textColor(style)));
    }
    return colors;
}

} // namespace Sourceline
