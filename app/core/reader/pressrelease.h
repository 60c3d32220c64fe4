// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "blocktexts.h"

#include <QList>
#include <QStringView>

namespace Sourceline {

/// The mark that closes a press release's text: "###", "# # #", "-30-", "- 30 -", "ENDS",
/// "-ends-". What follows it is the issuer's boilerplate.
[[nodiscard]] bool isReleaseEndMark(QStringView line);

/// Which of a text's blocks, in order, are a press release's furniture rather than its
/// story: the release time ("For Immediate Release", "For release at 2:00 p.m. EST",
/// "Embargoed until ..."), contact blocks ("Contact:" or "Media contact:" over a name, a
/// telephone number, an address), end marks, and the foot that the issuer adds to every
/// release, from its first mark on: "About <Company>" over a paragraph on that company, the
/// forward-looking statements, the distributor's "SOURCE <Company>" and "View original
/// content" lines.
[[nodiscard]] QList<bool> pressReleaseFurniture(const QList<QStringView> &texts);

/// Removes pressReleaseFurniture() from blocks; textOf gives a block's text. Plain text, a
/// saved page and an e-mailed release all carry the same furniture.
template<typename Block, typename TextOf>
void removePressReleaseFurniture(QList<Block> &blocks, TextOf textOf)
{
    const QList<QStringView> texts = blockTexts(blocks, textOf);
    const QList<bool> furniture = pressReleaseFurniture(texts);
    qsizetype i = 0;
    blocks.removeIf([&furniture, &i](const Block &) { return furniture[i++]; });
}

/// True for the name of a kind of official document ("News Release", "Press Release", "Media
/// Advisory", "Statement"), which a page's title may give where others give the site's name.
[[nodiscard]] bool namesDocumentKind(QStringView name);

/// True when line is headline under a short label: "Press Release – FAA Statement on ..."
/// over "FAA Statement on ...", "NEWS RELEASE: ...".
[[nodiscard]] bool isLabelledHeadline(QStringView line, QStringView headline);

} // namespace Sourceline
