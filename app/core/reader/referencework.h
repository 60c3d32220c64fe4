// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "blocktexts.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Sourceline {

/// paragraph without the marks an encyclopedia sets right after a word: footnote numbers
/// ("sale.[4]", "union.[2][3]", a cited page "[6]: 12"), lettered notes ("[a]"), its editors'
/// notes ("[citation needed]", "[clarification needed]") and the "[edit]" link beside a
/// section's heading. A bracket after a space stays: "[he] said", a transcript's "[crosstalk]".
[[nodiscard]] QString withoutEncyclopediaMarks(QString paragraph);

/// The encyclopedia named by the tagline under an article's title ("Wikipedia" from "From
/// Wikipedia, the free encyclopedia"), or an empty view when line is none.
[[nodiscard]] QStringView encyclopediaInTagline(QStringView line);

/// True for the heading over the lists that close an encyclopedia's article or a fact-check:
/// "References", "Notes", "See also", "External links", "Further reading", "Sources".
[[nodiscard]] bool opensReferenceSection(QStringView heading);

/// Where the lists that close a text begin: the first heading opensReferenceSection() after
/// the first two texts, with less text after it than before (a "Sources" section in the middle
/// of a long text is part of it); texts.size() when there is none.
[[nodiscard]] qsizetype referenceSectionsStart(const QList<QStringView> &texts);

/// Removes everything from referenceSectionsStart() on: the sources, the other articles and
/// the navigation boxes that follow them are no sentences of the text. textOf gives a block's
/// text. Returns whether there were any.
template<typename Block, typename TextOf>
bool removeReferenceSections(QList<Block> &blocks, TextOf textOf)
{
    const QList<QStringView> texts = blockTexts(blocks, textOf);
    const qsizetype start = referenceSectionsStart(texts);
    const bool found = start < blocks.size();
    blocks.resize(start);
    return found;
}

} // namespace Sourceline
