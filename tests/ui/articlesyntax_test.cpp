// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "storytheme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Sourceline;

namespace {
/// The colour the highlighter gave the character at a document position, read from the
/// formats of the block's QTextLayout (what is actually drawn); invalid when unformatted.
QColor colorAt(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    const int inBlock = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (inBlock >= range.start && inBlock < range.start + range.length && range.format.hasProperty(QTextFormat::ForegroundBrush)) {
            return range.format.foreground().color();
        }
    }
    return {};
}

struct Highlighted
{
    QTextDocument document;
    KSyntaxHighlighting::SyntaxHighlighter highlighter{&document};
    StoryColors colors = StoryColors::forScheme(ColorScheme::Light);

    explicit Highlighted(const QString &text, qreal width = -1)
    {
        highlighter.setDefinition(highlightingRepository().definitionForName(articleDefinitionName()));
        highlighter.setTheme(highlightingTheme(ColorScheme::Light));
        document.setPlainText(text);
        if (width > 0) {
            document.setTextWidth(width);
        }
        highlighter.rehighlight();
        // Layout is lazy; asking for the size lays out every block, so lines exist to inspect.
        (void)document.size();
    }
    [[nodiscard]] bool isQuote(int position) const { return colorAt(document, position) == colors.quote; }
};
} // namespace

class ArticleSyntaxTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void definitionIsValidAndFound()
    {
        const KSyntaxHighlighting::Definition definition = highlightingRepository().definitionForName(articleDefinitionName());
        QVERIFY(definition.isValid());
        QCOMPARE(definition.name(), u"Sourceline Article"_s);
        QVERIFY(definition.filePath().startsWith(u":/sourceline/syntax/"_s));
        QVERIFY(definition.formats().size() >= 5);
        // A quote colour distinct from running text, or quotations could not be told apart.
        const StoryColors colors = StoryColors::forScheme(ColorScheme::Light);
        QVERIFY(colors.quote != colors.text);
    }

    void quotations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted"); ///< the words between the marks
        QTest::newRow("straight") << u"Witkoff said \"we are ready\" on the call."_s << u"we are ready"_s;
        QTest::newRow("curly") << u"Witkoff said \u201Cwe are ready\u201D on the call."_s << u"we are ready"_s;
        QTest::newRow("curly opened, straight closed") << u"He said \u201Cwe are ready\" and left."_s << u"we are ready"_s;
        QTest::newRow("straight opened, curly closed") << u"He said \"we are ready\u201D and left."_s << u"we are ready"_s;
        QTest::newRow("nested curly single") << u"\u201CHe told me \u2018no way\u2019 twice,\u201D she said."_s << u"He told me \u2018no way\u2019 twice,"_s;
        QTest::newRow("nested straight single") << u"\"He told me 'no way' twice,\" she said."_s << u"He told me 'no way' twice,"_s;
        QTest::newRow("apostrophes inside") << u"\u201CIt\u2019s the leaders\u2019 call, isn't it?\u201D an aide asked."_s
                                            << u"It\u2019s the leaders\u2019 call, isn't it?"_s;
        QTest::newRow("dates and numbers inside") << u"The memo said \u201Cthe 28-point plan is due October 14, 2025\u201D in full."_s
                                                  << u"the 28-point plan is due October 14, 2025"_s;
        QTest::newRow("two quotes in a paragraph") << u"\u201CYes,\u201D he said, adding that \u201Cno\u201D was final."_s << u"Yes,"_s;
        QTest::newRow("second of two quotes") << u"\u201CYes,\u201D he said, adding that \u201Cno\u201D was final."_s << u"no"_s;
        QTest::newRow("headline single quotes") << u"Envoy says \u2018plan is ready\u2019 as talks begin"_s << u"plan is ready"_s;
    }

    void quotations()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        const Highlighted highlighted(text);
        const int start = int(text.indexOf(quoted));
        QVERIFY(start > 0);
        const int end = start + int(quoted.size());
        for (int position = start; position < end; ++position) {
            QVERIFY2(highlighted.isQuote(position), qPrintable(u"not quoted at %1: %2"_s.arg(position).arg(text.at(position))));
        }
        // The marks belong to the quotation; the words around them do not.
        QVERIFY(highlighted.isQuote(start - 1));
        QVERIFY(highlighted.isQuote(end));
        if (start >= 2) {
            QVERIFY(!highlighted.isQuote(start - 2));
        }
        if (end + 1 < text.size()) {
            QVERIFY(!highlighted.isQuote(end + 1));
        }
    }

    void quoteSpanningTwoLinesOfAParagraph()
    {
        const QString quoted = u"we put together a plan with twenty-eight points that both sides can read in one sitting"_s;
        const QString text = u"Steve Witkoff told the aide that \u201C"_s + quoted + u"\u201D and then hung up the phone."_s;
        const Highlighted highlighted(text, 260);
        const QTextLayout *layout = highlighted.document.firstBlock().layout();
        QVERIFY(layout->lineCount() >= 3);
        const int start = int(text.indexOf(quoted));
        const int end = start + int(quoted.size());
        QVERIFY(layout->lineForTextPosition(start).lineNumber() < layout->lineForTextPosition(end).lineNumber());
        for (int position = start; position < end; ++position) {
            QVERIFY2(highlighted.isQuote(position), qPrintable(QString::number(position)));
        }
        QVERIFY(!highlighted.isQuote(0));
        QVERIFY(!highlighted.isQuote(int(text.size()) - 3));
    }

    void unclosedQuoteEndsWithItsParagraph()
    {
        // News style: a quote running on into the next paragraph leaves the first one open.
        const QString text = u"\u201CWe will keep going until it is done.\nThe aide said nothing more."_s;
        const Highlighted highlighted(text);
        QVERIFY(highlighted.isQuote(5));
        QVERIFY(!highlighted.isQuote(int(text.indexOf(u"aide"_s))));
    }

    void headingWithAnUnclosedQuoteDoesNotLeakIntoTheNextLine()
    {
        const QString text = u"Envoy: \u201CWe are ready\nThe aide said nothing more."_s;
        const Highlighted highlighted(text);
        QVERIFY(highlighted.isQuote(int(text.indexOf(u"ready"_s))));
        QVERIFY(!highlighted.isQuote(int(text.indexOf(u"aide"_s))));
        // Still in the heading context, the next line would be bold.
        const QTextBlock second = highlighted.document.findBlockByNumber(1);
        for (const QTextLayout::FormatRange &range : second.layout()->formats()) {
            QVERIFY(range.format.fontWeight() < QFont::Bold);
        }
    }

    void datesAndNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("isDate");
        QTest::newRow("month day") << u"The call took place on October 14 in Miami."_s << u"October 14"_s << true;
        QTest::newRow("abbreviated month") << u"Talks resumed on Oct. 17 in Geneva."_s << u"Oct. 17"_s << true;
        QTest::newRow("month day year") << u"It was signed on November 26, 2025 in Kyiv."_s << u"November 26, 2025"_s << true;
        QTest::newRow("day month") << u"It was signed on 26 November in Kyiv."_s << u"26 November"_s << true;
        QTest::newRow("iso") << u"The memo is dated 2025-11-26 and signed."_s << u"2025-11-26"_s << true;
        QTest::newRow("weekday") << u"The leaders would meet on Friday in Moscow."_s << u"Friday"_s << true;
        QTest::newRow("number with unit") << u"They drafted a 28-point plan in secret."_s << u"28-point"_s << false;
        QTest::newRow("percentage") << u"Support fell to 42% over the summer."_s << u"42%"_s << false;
    }

    void datesAndNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QFETCH(bool, isDate);
        const Highlighted highlighted(text);
        const int start = int(text.indexOf(words));
        const QColor expected = isDate ? highlighted.colors.date : colorAt(highlighted.document, start);
        QVERIFY(expected.isValid());
        QVERIFY(expected != highlighted.colors.text);
        for (int position = start; position < start + words.size(); ++position) {
            QCOMPARE(colorAt(highlighted.document, position), expected);
        }
        QVERIFY(colorAt(highlighted.document, start - 2) != expected);
        QVERIFY(colorAt(highlighted.document, start + int(words.size()) + 1) != expected);
    }

    void mayAsAVerbIsNotADate()
    {
        const QString text = u"The envoy may travel next week."_s;
        const Highlighted highlighted(text);
        QVERIFY(colorAt(highlighted.document, int(text.indexOf(u"may"_s))) != highlighted.colors.date);
    }

    void headingsAreBoldAndSentencesAreNot()
    {
        const QString text = u"Envoy coached Kremlin aide on peace plan\nThe envoy spoke to the aide on the phone."_s;
        const Highlighted highlighted(text);
        const auto boldAt = [&highlighted](int position) {
            const QTextBlock block = highlighted.document.findBlock(position);
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (position - block.position() >= range.start && position - block.position() < range.start + range.length) {
                    return range.format.fontWeight() >= QFont::Bold;
                }
            }
            return false;
        };
        QVERIFY(boldAt(3));
        QVERIFY(!boldAt(int(text.indexOf(u"spoke"_s))));
    }
};

QTEST_MAIN(ArticleSyntaxTest)
#include "articlesyntax_test.moc"
