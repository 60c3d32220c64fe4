// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "textanalysis.h"

namespace Sourceline {

int TextAnalysis::sentenceAt(int position) const
{
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        if (sentences[i].range.contains(position)) {
            return int(i);
        }
    }
    return -1;
}

// Placeholder until the ICU-based analysis lands: one paragraph per block, one sentence each.
TextAnalysis analyseText(const Article &article)
{
    TextAnalysis analysis;
    analysis.text = article.body;
    for (const TextBlock &block : article.blocks) {
        Paragraph paragraph {block.range, block.kind == TextBlock::Kind::Heading, int(analysis.sentences.size()), int(analysis.sentences.size()) + 1};
        analysis.sentences.append(Sentence {block.range, int(analysis.paragraphs.size()), 0, 0});
        analysis.paragraphs.append(paragraph);
    }
    return analysis;
}

} // namespace Sourceline
