// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "quotecitation.h"

#include "readabledate.h"

using namespace Qt::StringLiterals;

namespace Sourceline {

QString quoteCitation(const StoryGraph &story, const Quote &quote)
{
    QStringList parts;
    const QString speaker = story.speakerName(quote.speaker);
    parts.append(speaker.isEmpty() ? u"unnamed speaker"_s : speaker);
    if (const Article *article = story.article(quote.span.article)) {
        QString source = article->title;
        if (!article->outlet.isEmpty()) {
            source += source.isEmpty() ? article->outlet : u" ("_s + article->outlet + u')';
        }
        if (!source.isEmpty()) {
            parts.append(source);
        }
        if (article->published.isValid()) {
            parts.append(readableDate(article->published));
        }
    }
    // Indirect speech carries no quote marks in the article, so it gets none here either.
    const QString words = quote.kind == Quote::Kind::Indirect ? quote.text.trimmed() : u"\u201C"_s + quote.text.trimmed() + u"\u201D"_s;
    return words + u" \u2014 "_s + parts.join(u", "_s);
}

} // namespace Sourceline
