// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "corpusdir.h"
#include "extract/textanalysis.h"

#include <QFile>
#include <QTest>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {

// One paragraph per line; lines starting with "# " are headings (without the marker kept).
Article articleFrom(const QStringList &lines)
{
    Article article;
    for (const QString &line : lines) {
        const bool heading = line.startsWith(u"# "_s);
        const QString text = heading ? line.mid(2) : line;
        if (!article.body.isEmpty()) {
            article.body += u'\n';
        }
        const int start = int(article.body.size());
        article.body += text;
        article.blocks.append({heading ? TextBlock::Kind::Heading : TextBlock::Kind::Paragraph, {start, int(article.body.size())}});
    }
    return article;
}

QStringList sentenceTexts(const TextAnalysis &analysis)
{
    QStringList texts;
    for (const Sentence &sentence : analysis.sentences) {
        texts.append(analysis.textOf(sentence.range).toString());
    }
    return texts;
}

QString kindName(Token::Kind kind)
{
    switch (kind) {
    case Token::Kind::Word:
        return u"w"_s;
    case Token::Kind::Number:
        return u"n"_s;
    case Token::Kind::Punctuation:
        return u"p"_s;
    case Token::Kind::QuoteMark:
        return u"q"_s;
    case Token::Kind::Symbol:
        return u"s"_s;
    }
    return {};
}

// "text/kind" per token, e.g. "Trump's/w".
QStringList describe(QStringView text, const QList<Token> &tokens)
{
    QStringList out;
    for (const Token &token : tokens) {
        out.append(text.mid(token.range.start, token.range.length()).toString() + u'/' + kindName(token.kind));
    }
    return out;
}

} // namespace

class TextAnalysisTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsSentences_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QStringList>("sentences");

        QTest::newRow("two plain") << u"The call lasted an hour. Nobody denied it."_s << QStringList{u"The call lasted an hour."_s, u"Nobody denied it."_s};
        QTest::newRow("question and exclamation") << u"Was it a plan? Yes! It was."_s << QStringList{u"Was it a plan?"_s, u"Yes!"_s, u"It was."_s};
        QTest::newRow("Mr. and Dr.") << u"Mr. Witkoff met Dr. Smith on Monday. They talked."_s
                                     << QStringList{u"Mr. Witkoff met Dr. Smith on Monday."_s, u"They talked."_s};
        QTest::newRow("U.S. before capital") << u"The U.S. President agreed. Kyiv did not."_s
                                             << QStringList{u"The U.S. President agreed."_s, u"Kyiv did not."_s};
        QTest::newRow("U.K. and U.N.") << u"The U.K. Foreign Office and the U.N. Security Council met. Talks failed."_s
                                       << QStringList{u"The U.K. Foreign Office and the U.N. Security Council met."_s, u"Talks failed."_s};
        QTest::newRow("military and political titles")
            << u"Gen. Smith spoke to Sen. Jones and Rep. Lee. Gov. Brown and Lt. Col. Green listened."_s
            << QStringList{u"Gen. Smith spoke to Sen. Jones and Rep. Lee."_s, u"Gov. Brown and Lt. Col. Green listened."_s};
        QTest::newRow("month abbreviations") << u"It began Sept. 3 and ended Oct. 14. Then came Nov. 2, Dec. 9, Jan. 4, Feb. 8 and Aug. 1."_s
                                             << QStringList{
                                                    u"It began Sept. 3 and ended Oct. 14."_s, u"Then came Nov. 2, Dec. 9, Jan. 4, Feb. 8 and Aug. 1."_s};
        QTest::newRow("a.m. and p.m.") << u"They met at 9 a.m. Moscow time and spoke until 2 p.m. Washington time. It was long."_s
                                       << QStringList{u"They met at 9 a.m. Moscow time and spoke until 2 p.m. Washington time."_s, u"It was long."_s};
        QTest::newRow("Mrs. Ms. St. Jr. No.")
            << u"Mrs. Lee and Ms. Park met St. Patrick's staff and Martin Luther King Jr. Foundation aides. He ranks No. 1 in polls. Good."_s
            << QStringList{
                   u"Mrs. Lee and Ms. Park met St. Patrick's staff and Martin Luther King Jr. Foundation aides."_s, u"He ranks No. 1 in polls."_s, u"Good."_s};
        QTest::newRow("closing straight quote") << u"\"We will win,\" he said. \"They know it.\" Nobody answered."_s
                                                << QStringList{u"\"We will win,\" he said."_s, u"\"They know it.\""_s, u"Nobody answered."_s};
        QTest::newRow("closing curly quote") << u"He said: \u201CIt is done.\u201D Then he left."_s
                                             << QStringList{u"He said: \u201CIt is done.\u201D"_s, u"Then he left."_s};
        QTest::newRow("quoted question attributed") << u"\u201CWhy now?\u201D she asked. \u201CBecause!\u201D he replied."_s
                                                    << QStringList{u"\u201CWhy now?\u201D she asked."_s, u"\u201CBecause!\u201D he replied."_s};
        QTest::newRow("ellipsis then lower case") << u"I would make the call... that you respect him. Fine."_s
                                                  << QStringList{u"I would make the call... that you respect him."_s, u"Fine."_s};
        QTest::newRow("ellipsis character then lower case")
            << u"He paused\u2026 and went on. Done."_s << QStringList{u"He paused\u2026 and went on."_s, u"Done."_s};
        QTest::newRow("ellipsis character then capital") << u"He paused\u2026 Then he left."_s << QStringList{u"He paused\u2026"_s, u"Then he left."_s};
        QTest::newRow("elided quote") << u"\u201CWe put a 20-point plan (...) and I think we can do this,\u201D he said."_s
                                      << QStringList{u"\u201CWe put a 20-point plan (...) and I think we can do this,\u201D he said."_s};
        QTest::newRow("middle initial") << u"Donald J. Trump spoke. John F. Kennedy did not."_s
                                        << QStringList{u"Donald J. Trump spoke."_s, u"John F. Kennedy did not."_s};
        QTest::newRow("initials for given names") << u"He left. J.K. Rowling wrote it. A.J. Brown scored. He met C.J. Stroud."_s
                                                  << QStringList{u"He left."_s, u"J.K. Rowling wrote it."_s, u"A.J. Brown scored."_s, u"He met C.J. Stroud."_s};
        QTest::newRow("company, suffix and country abbreviations end a sentence before an opener")
            << u"It sued Beta Corp. The case was dropped. He spoke of Martin Luther King Jr. He was moved. It rose in the U.S. Then it fell. Apple Inc. rose."_s
            << QStringList{u"It sued Beta Corp."_s, u"The case was dropped."_s, u"He spoke of Martin Luther King Jr."_s, u"He was moved."_s,
                   u"It rose in the U.S."_s, u"Then it fell."_s, u"Apple Inc. rose."_s};
        QTest::newRow("a time of day ends a sentence before an opener")
            << u"It was 5 p.m. The game ended at 10 a.m. Tuesday, at 9 a.m. ET."_s
            << QStringList{u"It was 5 p.m."_s, u"The game ended at 10 a.m. Tuesday, at 9 a.m. ET."_s};
        QTest::newRow("decimal and money") << u"Prices rose 3.5 percent to $1,200.50 in 2025. Markets fell."_s
                                           << QStringList{u"Prices rose 3.5 percent to $1,200.50 in 2025."_s, u"Markets fell."_s};
        QTest::newRow("no final punctuation") << u"One sentence. And a fragment without end"_s
                                              << QStringList{u"One sentence."_s, u"And a fragment without end"_s};
        QTest::newRow("extra spaces trimmed") << u"  First one.   Second one.  "_s << QStringList{u"First one."_s, u"Second one."_s};
        QTest::newRow("parenthesised sentence") << u"He left. (He said he was tired.) Then nothing."_s
                                                << QStringList{u"He left."_s, u"(He said he was tired.)"_s, u"Then nothing."_s};
        QTest::newRow("acronyms end sentences") << u"Kyiv will never join NATO. Russia agreed. He met the CEO. She left."_s
                                                << QStringList{u"Kyiv will never join NATO."_s, u"Russia agreed."_s, u"He met the CEO."_s, u"She left."_s};
        QTest::newRow("abbreviation in lower-case word is no abbreviation")
            << u"He said no. Then he left for the gym. St. Louis waited."_s
            << QStringList{u"He said no."_s, u"Then he left for the gym."_s, u"St. Louis waited."_s};
        QTest::newRow("Ph.D. and Messrs.") << u"She holds a Ph.D. from Yale and met Messrs. Smith and Jones. Fine."_s
                                           << QStringList{u"She holds a Ph.D. from Yale and met Messrs. Smith and Jones."_s, u"Fine."_s};
        // One sentence with only its closing marks after the stop skips ICU; these must not.
        QTest::newRow("a case name's v.") << u"The ruling in Roe v. Wade was overturned. In Trump v. United States the court agreed."_s
                                          << QStringList{u"The ruling in Roe v. Wade was overturned."_s, u"In Trump v. United States the court agreed."_s};
        QTest::newRow("No. as an answer") << u"He said: \u201CNo. Never.\u201D No. It was over."_s
                                          << QStringList{u"He said: \u201CNo."_s, u"Never.\u201D"_s, u"No."_s, u"It was over."_s};
        QTest::newRow("No. before a number or inside a sentence")
            << u"The No. 2 official left. He took the No. Two seat. No. 10 Downing Street said so."_s
            << QStringList{u"The No. 2 official left."_s, u"He took the No. Two seat."_s, u"No. 10 Downing Street said so."_s};
        QTest::newRow("a numbered list item") << u"1. March 26: The bridge collapsed. Ships waited."_s
                                              << QStringList{u"1. March 26: The bridge collapsed."_s, u"Ships waited."_s};
        QTest::newRow("a number ending a sentence") << u"The score was 2. Then it rose to 14. 3. It fell."_s
                                                    << QStringList{u"The score was 2."_s, u"Then it rose to 14."_s, u"3."_s, u"It fell."_s};
        QTest::newRow("words ending like a lower-case abbreviation")
            << u"He flew to Africa. Then he left. She loves America. It is big. They met in Kyiv. It was cold in Tel Aviv. Fine."_s
            << QStringList{u"He flew to Africa."_s, u"Then he left."_s, u"She loves America."_s, u"It is big."_s, u"They met in Kyiv."_s,
                   u"It was cold in Tel Aviv."_s, u"Fine."_s};
        QTest::newRow("one sentence, closing marks") << u"\u201CIt is done.\u201D)"_s << QStringList{u"\u201CIt is done.\u201D)"_s};
        QTest::newRow("full-width stop") << u"Talks ended\u3002 Both sides left."_s << QStringList{u"Talks ended\u3002"_s, u"Both sides left."_s};
        QTest::newRow("line separator") << u"First line\u2028Second line"_s << QStringList{u"First line"_s, u"Second line"_s};
        QTest::newRow("e.g. inside") << u"Some officials, e.g. the envoy, knew. Others did not."_s
                                     << QStringList{u"Some officials, e.g. the envoy, knew."_s, u"Others did not."_s};
    }

    void splitsSentences()
    {
        QFETCH(QString, paragraph);
        QFETCH(QStringList, sentences);
        const TextAnalysis analysis = analyseText(articleFrom({paragraph}));
        QCOMPARE(sentenceTexts(analysis), sentences);
        QCOMPARE(analysis.paragraphs.size(), 1);
        QCOMPARE(analysis.paragraphs[0].firstSentence, 0);
        QCOMPARE(analysis.paragraphs[0].endSentence, sentences.size());
    }

    void sentencesNeverCrossParagraphs()
    {
        // The first paragraph has no final stop; its words must not join the next paragraph.
        const Article article = articleFrom({u"# Coaching Russia on Presidential Flattery"_s, u"The call was on October 14"_s, u"it was leaked."_s});
        const TextAnalysis analysis = analyseText(article);
        QCOMPARE(sentenceTexts(analysis), (QStringList{u"Coaching Russia on Presidential Flattery"_s, u"The call was on October 14"_s, u"it was leaked."_s}));
        QCOMPARE(analysis.paragraphs.size(), 3);
        QVERIFY(analysis.paragraphs[0].heading);
        QVERIFY(!analysis.paragraphs[1].heading);
        for (qsizetype p = 0; p < analysis.paragraphs.size(); ++p) {
            const Paragraph &paragraph = analysis.paragraphs[p];
            QCOMPARE(paragraph.endSentence - paragraph.firstSentence, 1);
            const Sentence &sentence = analysis.sentences[paragraph.firstSentence];
            QCOMPARE(sentence.paragraph, p);
            QVERIFY(sentence.range.start >= paragraph.range.start && sentence.range.end <= paragraph.range.end);
        }
    }

    void headingIsOneSentence()
    {
        const TextAnalysis analysis = analyseText(articleFrom({u"# Trump Says No. Europe Waits."_s, u"Body text. More text."_s}));
        QCOMPARE(sentenceTexts(analysis), (QStringList{u"Trump Says No. Europe Waits."_s, u"Body text."_s, u"More text."_s}));
    }

    void tokenizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");

        QTest::newRow("possessive and hyphen") << u"Trump's 28-point plan"_s << QStringList{u"Trump's/w"_s, u"28-point/w"_s, u"plan/w"_s};
        QTest::newRow("curly apostrophe") << u"Trump\u2019s envoy didn\u2019t"_s << QStringList{u"Trump\u2019s/w"_s, u"envoy/w"_s, u"didn\u2019t/w"_s};
        QTest::newRow("numbers") << u"On 14 October 2025, 1,000 troops and 3.5 percent"_s
                                 << QStringList{u"On/w"_s, u"14/n"_s, u"October/w"_s, u"2025/n"_s, u",/p"_s, u"1,000/n"_s, u"troops/w"_s, u"and/w"_s,
                                        u"3.5/n"_s, u"percent/w"_s};
        QTest::newRow("straight quotes") << u"\"a man of peace,\" he said."_s
                                         << QStringList{u"\"/q"_s, u"a/w"_s, u"man/w"_s, u"of/w"_s, u"peace/w"_s, u",/p"_s, u"\"/q"_s, u"he/w"_s, u"said/w"_s,
                                                u"./p"_s};
        QTest::newRow("curly quotes") << u"\u201CYes,\u201D \u2018no\u2019"_s
                                      << QStringList{u"\u201C/q"_s, u"Yes/w"_s, u",/p"_s, u"\u201D/q"_s, u"\u2018/q"_s, u"no/w"_s, u"\u2019/q"_s};
        QTest::newRow("initialisms") << u"the U.S. and 9 a.m. talks"_s << QStringList{u"the/w"_s, u"U.S./w"_s, u"and/w"_s, u"9/n"_s, u"a.m./w"_s, u"talks/w"_s};
        QTest::newRow("abbreviation keeps dot apart") << u"Mr. Witkoff"_s << QStringList{u"Mr/w"_s, u"./p"_s, u"Witkoff/w"_s};
        QTest::newRow("ellipsis and dash") << u"wait... no -- yes\u2014maybe"_s
                                           << QStringList{u"wait/w"_s, u".../p"_s, u"no/w"_s, u"--/p"_s, u"yes/w"_s, u"\u2014/p"_s, u"maybe/w"_s};
        QTest::newRow("symbols") << u"$20 or 5% + \u20AC3"_s
                                 << QStringList{u"$/s"_s, u"20/n"_s, u"or/w"_s, u"5/n"_s, u"%/p"_s, u"+/s"_s, u"\u20AC/s"_s, u"3/n"_s};
        QTest::newRow("trailing joiners are not inner")
            << u"pre- and post-war 'tis"_s << QStringList{u"pre/w"_s, u"-/p"_s, u"and/w"_s, u"post-war/w"_s, u"'/q"_s, u"tis/w"_s};
        QTest::newRow("plural possessive") << u"the envoys' call"_s << QStringList{u"the/w"_s, u"envoys/w"_s, u"'/q"_s, u"call/w"_s};
        QTest::newRow("accents and 1990s") << u"Zelensky\u0301 and Ren\u00E9e in the 1990s"_s
                                           << QStringList{u"Zelensky\u0301/w"_s, u"and/w"_s, u"Ren\u00E9e/w"_s, u"in/w"_s, u"the/w"_s, u"1990s/w"_s};
        QTest::newRow("time and brackets") << u"(at 12:30)"_s << QStringList{u"(/p"_s, u"at/w"_s, u"12/n"_s, u":/p"_s, u"30/n"_s, u")/p"_s};
        QTest::newRow("emoji outside BMP") << u"ok \U0001F600 fine"_s << QStringList{u"ok/w"_s, u"\U0001F600/s"_s, u"fine/w"_s};
        QTest::newRow("number then stop") << u"in 2025."_s << QStringList{u"in/w"_s, u"2025/n"_s, u"./p"_s};
    }

    void tokenizes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QCOMPARE(describe(text, tokenize(text, {0, int(text.size())})), tokens);
    }

    void sentencesOwnTheirTokens()
    {
        const TextAnalysis analysis = analyseText(articleFrom({u"# Headline here"_s, u"\u201CWe can do this,\u201D Witkoff said. Ushakov agreed."_s}));
        QCOMPARE(analysis.sentences.size(), 3);
        int expectedFirst = 0;
        for (const Sentence &sentence : analysis.sentences) {
            QCOMPARE(sentence.firstToken, expectedFirst);
            QVERIFY(sentence.endToken > sentence.firstToken);
            for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
                const TextRange range = analysis.tokens[t].range;
                QVERIFY(range.start >= sentence.range.start && range.end <= sentence.range.end);
            }
            expectedFirst = sentence.endToken;
        }
        QCOMPARE(expectedFirst, analysis.tokens.size());
        const Sentence &quoteSentence = analysis.sentences[1];
        QCOMPARE(analysis.textOf(analysis.tokens[quoteSentence.firstToken].range), u"\u201C");
        QCOMPARE(analysis.tokens[quoteSentence.firstToken].kind, Token::Kind::QuoteMark);
        QCOMPARE(analysis.textOf(analysis.tokens[quoteSentence.endToken - 1].range), u".");
    }

    void findsSentenceAndTokenAtPosition()
    {
        const Article article = articleFrom({u"# Head"_s, u"One two. Three four."_s, u"Five."_s});
        const TextAnalysis analysis = analyseText(article);
        QCOMPARE(analysis.sentences.size(), 4);
        for (qsizetype s = 0; s < analysis.sentences.size(); ++s) {
            const TextRange range = analysis.sentences[s].range;
            QCOMPARE(analysis.sentenceAt(range.start), s);
            QCOMPARE(analysis.sentenceAt(range.end - 1), s);
        }
        // The space between sentences and the newline between paragraphs belong to none.
        QCOMPARE(analysis.sentenceAt(analysis.sentences[1].range.end), -1);
        QCOMPARE(analysis.sentenceAt(analysis.sentences[0].range.end), -1);
        QCOMPARE(analysis.sentenceAt(-1), -1);
        QCOMPARE(analysis.sentenceAt(int(article.body.size())), -1);
        const int three = int(article.body.indexOf(u"Three"_s));
        QCOMPARE(analysis.textOf(analysis.tokens[analysis.tokenAt(three + 2)].range), u"Three");
        QCOMPARE(analysis.tokenAt(three - 1), -1);
    }

    void ignoresBlocksOutsideBody()
    {
        Article article = articleFrom({u"Short text."_s});
        article.blocks.append({TextBlock::Kind::Paragraph, {5, 500}});
        article.blocks.append({TextBlock::Kind::Paragraph, {-1, -1}});
        const TextAnalysis analysis = analyseText(article);
        QCOMPARE(analysis.paragraphs.size(), 1);
        QCOMPARE(sentenceTexts(analysis), QStringList{u"Short text."_s});
    }

    void emptyArticle()
    {
        const TextAnalysis analysis = analyseText(Article{});
        QVERIFY(analysis.paragraphs.isEmpty());
        QVERIFY(analysis.sentences.isEmpty());
        QVERIFY(analysis.tokens.isEmpty());
        QCOMPARE(analysis.sentenceAt(0), -1);
    }

    void seedArticleSentences()
    {
        // The environment variable wins: the build root may see the corpus under another path.
        const QString corpus = seedCorpusDir();
        QFile file(corpus + u"/leaked-call.txt"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            QSKIP("seed corpus leaked-call.txt not found next to the repository");
        }
        const QString body = QString::fromUtf8(file.readAll()).trimmed();
        const TextAnalysis analysis = analyseText(articleFrom(body.split(u'\n', Qt::SkipEmptyParts)));
        QVERIFY(analysis.sentences.size() > 10);
        // The coached phrase spans an ellipsis followed by lower case: one sentence.
        const int start = int(body.indexOf(u"The Trump aide suggested"_s));
        QVERIFY(start >= 0);
        const int s = analysis.sentenceAt(start);
        QVERIFY(s >= 0);
        QVERIFY(analysis.textOf(analysis.sentences[s].range).endsWith(u"glad to have seen it happen.\""_s));
        for (const Sentence &sentence : analysis.sentences) {
            const QStringView text = analysis.textOf(sentence.range);
            QVERIFY2(!text.first(1).front().isSpace() && !text.last(1).front().isSpace(), qPrintable(text.toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TextAnalysisTest)
#include "textanalysis_test.moc"
