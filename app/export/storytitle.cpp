// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storytitle.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// Words every headline may use, which say nothing about which story it tells.
bool isCommonWord(QStringView word)
{
    static const QSet<QString> common{u"the"_s, u"and"_s, u"for"_s, u"with"_s, u"from"_s, u"after"_s, u"over"_s, u"into"_s, u"what"_s, u"how"_s, u"why"_s,
        u"who"_s, u"when"_s, u"this"_s, u"that"_s, u"says"_s, u"said"_s, u"amid"_s, u"its"_s, u"his"_s, u"her"_s, u"their"_s, u"are"_s, u"was"_s, u"were"_s,
        u"has"_s, u"have"_s, u"will"_s, u"not"_s, u"but"_s, u"new"_s, u"live"_s, u"updates"_s, u"news"_s, u"out"_s, u"off"_s};
    return common.contains(word.toString());
}

// The lower-case words of a text, without a possessive "'s"; words shorter than three letters
// and digits are left out (a headline's "to", "a", "28-point" number).
QStringList wordsOf(QStringView text)
{
    QStringList words;
    qsizetype start = -1;
    const auto flush = [&](qsizetype end) {
        if (start >= 0 && end - start >= 3) {
            words.append(text.sliced(start, end - start).toString().toLower());
        }
        start = -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isLetter()) {
            if (start < 0) {
                start = i;
            }
        } else if ((c == u'\'' || c == u'\u2019') && i + 1 < text.size() && text[i + 1].toLower() == u's'
            && (i + 2 == text.size() || !text[i + 2].isLetter())) {
            flush(i);
            ++i;
        } else {
            flush(i);
        }
    }
    flush(text.size());
    return words;
}

QSet<QString> keywordsOf(const QString &headline)
{
    QSet<QString> keywords;
    for (const QString &word : wordsOf(headline)) {
        if (!isCommonWord(word)) {
            keywords.insert(word);
        }
    }
    return keywords;
}

// "LIVE", "Analysis", "Breaking news": an outlet's label for the kind of page, which names no story.
bool isRubric(QStringView words)
{
    static const QSet<QString> rubrics{u"live"_s, u"live updates"_s, u"live blog"_s, u"live coverage"_s, u"as it happened"_s, u"breaking"_s, u"breaking news"_s,
        u"update"_s, u"updated"_s, u"watch"_s, u"video"_s, u"analysis"_s, u"opinion"_s, u"exclusive"_s, u"explainer"_s, u"factbox"_s, u"fact check"_s,
        u"in pictures"_s};
    return rubrics.contains(words.trimmed().toString().toLower());
}

// "LIVE: Boeing strikers vote on a new offer" and "Boeing strike vote - live updates" title an
// exported timeline without the rubric.
QString withoutRubric(const QString &headline)
{
    constexpr qsizetype longestRubric = 16;
    QStringView title(headline);
    if (const qsizetype colon = title.indexOf(u':'); colon > 0 && colon <= longestRubric && isRubric(title.left(colon))) {
        title = title.sliced(colon + 1).trimmed();
    }
    for (const QStringView dash : {u" - ", u" \u2013 ", u" \u2014 ", u" | "}) {
        if (const qsizetype at = title.lastIndexOf(dash); at > 0 && isRubric(title.sliced(at + dash.size()))) {
            title = title.left(at).trimmed();
            break;
        }
    }
    return title.isEmpty() ? headline : title.toString();
}

} // namespace

QString storyTitle(const StoryGraph &story)
{
    QList<QSet<QString>> keywords;
    QSet<QString> allKeywords;
    for (const Article &article : story.articles) {
        keywords.append(keywordsOf(article.title));
        allKeywords.unite(keywords.constLast());
    }
    // In how many articles each headline word occurs: one pass over each text, so a folder of
    // hundreds of articles costs a read of their words, not a comparison of every pair.
    QHash<QString, int> articlesUsing;
    for (qsizetype i = 0; i < story.articles.size(); ++i) {
        // A headline's own keywords are already known; only the body is read again.
        QSet<QString> seen = keywords[i];
        for (const QString &word : wordsOf(story.articles[i].body)) {
            if (allKeywords.contains(word)) {
                seen.insert(word);
            }
        }
        for (const QString &word : std::as_const(seen)) {
            ++articlesUsing[word];
        }
    }

    QString best;
    double bestScore = -1;
    for (qsizetype i = 0; i < story.articles.size(); ++i) {
        const QString headline = withoutRubric(story.articles[i].title.simplified());
        if (headline.isEmpty()) {
            continue;
        }
        // The mean number of other articles that use each of the headline's words.
        double score = 0;
        for (const QString &word : std::as_const(keywords[i])) {
            score += articlesUsing.value(word) - 1;
        }
        score = keywords[i].isEmpty() ? 0 : score / double(keywords[i].size());
        constexpr double sameScore = 1e-9;
        if (score > bestScore + sameScore || (score > bestScore - sameScore && headline.size() < best.size())) {
            best = headline;
            bestScore = score;
        }
    }
    return best;
}

} // namespace Sourceline
