// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QList>
#include <QStringView>

#include <utility>

namespace Sourceline {

/// The text of each block, for rules that read a text's paragraphs whatever format they came
/// from (plain text, a saved page, an e-mail); textOf gives a block's text.
template<typename Block, typename TextOf>
[[nodiscard]] QList<QStringView> blockTexts(const QList<Block> &blocks, TextOf textOf)
{
    QList<QStringView> texts;
    texts.reserve(blocks.size());
    for (const Block &block : std::as_const(blocks)) {
        texts.append(textOf(block));
    }
    return texts;
}

} // namespace Sourceline
