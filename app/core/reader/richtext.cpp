// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "richtext.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringDecoder>

#include <cctype>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// Groups whose content is no article text: tables of fonts, colours and styles, document
// properties, pictures, objects, running heads and feet, notes, comments and the instructions
// of fields (a link's address; the link's own words are in the field's result).
const QSet<QByteArray> &skippedDestinations()
{
    static const QSet<QByteArray> names{"fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr", "headerf", "footer",
        "footerl", "footerr", "footerf", "footnote", "annotation", "atnid", "atnauthor", "fldinst", "themedata", "colorschememapping", "latentstyles",
        "datastore", "xmlnstbl", "listtable", "listoverridetable", "rsidtbl", "revtbl", "generator", "filetbl", "template", "userprops", "docvar", "shpinst",
        "nonshppict", "bkmkstart", "bkmkend", "xe", "tc", "txe", "pgdsctbl", "mmathPr", "operator", "company"};
    return names;
}

// Control words that stand for one character of text.
const QHash<QByteArray, QString> &characterWords()
{
    static const QHash<QByteArray, QString> characters{{"tab", u" "_s}, {"cell", u" "_s}, {"emdash", u"\u2014"_s}, {"endash", u"\u2013"_s},
        {"lquote", u"\u2018"_s}, {"rquote", u"\u2019"_s}, {"ldblquote", u"\u201C"_s}, {"rdblquote", u"\u201D"_s}, {"bullet", u"\u2022"_s}, {"emspace", u" "_s},
        {"enspace", u" "_s}, {"qmspace", u" "_s}};
    return characters;
}

// Control words that end a paragraph.
bool endsParagraph(const QByteArray &word)
{
    return word == "par" || word == "line" || word == "sect" || word == "page" || word == "row";
}

class RichTextParser
{
public:
    explicit RichTextParser(const QByteArray &data)
        : m_data(data)
    {
        if (!m_decoder.isValid()) {
            m_decoder = QStringDecoder(QStringConverter::Latin1); // a Qt without ICU
        }
    }

    QString parse()
    {
        while (m_at < m_data.size()) {
            const char c = m_data[m_at++];
            if (c == '{') {
                m_groups.append(m_group);
            } else if (c == '}') {
                flushBytes();
                if (!m_groups.isEmpty()) {
                    m_group = m_groups.takeLast();
                }
            } else if (c == '\\') {
                readControl();
            } else if (c != '\r' && c != '\n') {
                addByte(c);
            }
        }
        closeParagraph();
        return m_paragraphs.join(u"\n\n"_s);
    }

private:
    struct Group
    {
        bool skipped = false;
        int fallbackCharacters = 1; ///< \ucN: characters after \uN for readers without Unicode
    };

    void readControl()
    {
        if (m_at >= m_data.size()) {
            return;
        }
        const char c = m_data[m_at];
        if (!std::isalpha(static_cast<unsigned char>(c))) {
            ++m_at;
            readSymbol(c);
            return;
        }
        const qsizetype start = m_at;
        while (m_at < m_data.size() && std::isalpha(static_cast<unsigned char>(m_data[m_at]))) {
            ++m_at;
        }
        const QByteArray word = m_data.mid(start, m_at - start);
        bool hasNumber = false;
        int number = 0;
        const qsizetype numberStart = m_at;
        if (m_at < m_data.size() && (m_data[m_at] == '-' || std::isdigit(static_cast<unsigned char>(m_data[m_at])))) {
            ++m_at;
            while (m_at < m_data.size() && std::isdigit(static_cast<unsigned char>(m_data[m_at]))) {
                ++m_at;
            }
            number = m_data.mid(numberStart, m_at - numberStart).toInt(&hasNumber);
        }
        if (m_at < m_data.size() && m_data[m_at] == ' ') {
            ++m_at; // the blank that ends a control word is not text
        }
        readWord(word, hasNumber ? number : 0, hasNumber);
    }

    void readSymbol(char c)
    {
        if (c == '\'') {
            bool ok = false;
            const int byte = m_data.mid(m_at, 2).toInt(&ok, 16);
            m_at += 2;
            if (ok) {
                addByte(char(byte));
            }
        } else if (c == '*') {
            m_group.skipped = true; // a destination this reader need not understand
        } else if (c == '\\' || c == '{' || c == '}') {
            addByte(c);
        } else if (c == '~') {
            addText(u" "_s);
        } else if (c == '_') {
            addText(u"-"_s);
        } else if (c == '\n' || c == '\r') {
            closeParagraph();
        }
        // "\-" (an optional hyphen) and the rest add nothing.
    }

    void readWord(const QByteArray &word, int number, bool hasNumber)
    {
        if (word == "bin") {
            m_at += std::max(0, number); // binary data, not text
            return;
        }
        if (skippedDestinations().contains(word)) {
            m_group.skipped = true;
        } else if (word == "ansicpg" && hasNumber) {
            flushBytes();
            QStringDecoder decoder(QByteArray("windows-" + QByteArray::number(number)).constData());
            if (decoder.isValid()) {
                m_decoder = std::move(decoder);
            }
        } else if (word == "uc" && hasNumber) {
            m_group.fallbackCharacters = std::max(0, number);
        } else if (word == "u" && hasNumber) {
            addText(QString(QChar(char16_t(number < 0 ? number + 65536 : number))));
            m_fallbackToSkip = m_group.fallbackCharacters;
        } else if (endsParagraph(word)) {
            if (!m_group.skipped) {
                closeParagraph();
            }
        } else if (const auto character = characterWords().constFind(word); character != characterWords().cend()) {
            addText(*character);
        }
    }

    void addByte(char byte)
    {
        if (m_group.skipped) {
            return;
        }
        if (m_fallbackToSkip > 0) {
            --m_fallbackToSkip;
            return;
        }
        m_bytes.append(byte);
    }

    void addText(const QString &text)
    {
        if (m_group.skipped) {
            return;
        }
        flushBytes();
        m_current += text;
    }

    void flushBytes()
    {
        if (!m_bytes.isEmpty()) {
            m_current += m_decoder.decode(m_bytes);
            m_bytes.clear();
        }
    }

    void closeParagraph()
    {
        flushBytes();
        const QString paragraph = m_current.simplified();
        if (!paragraph.isEmpty()) {
            m_paragraphs.append(paragraph);
        }
        m_current.clear();
    }

    const QByteArray &m_data;
    qsizetype m_at = 0;
    Group m_group;
    QList<Group> m_groups;
    int m_fallbackToSkip = 0;
    QStringDecoder m_decoder{"windows-1252"};
    QByteArray m_bytes; ///< text bytes in the document's code page, not yet decoded
    QString m_current;
    QStringList m_paragraphs;
};

} // namespace

RichText readRichText(const QByteArray &data)
{
    if (!looksLikeRichText(data)) {
        return {{}, u"not an RTF document"_s};
    }
    QString text = RichTextParser(data).parse();
    if (text.isEmpty()) {
        return {{}, u"the document has no text"_s};
    }
    return {text, {}};
}

bool looksLikeRichText(const QByteArray &data)
{
    return data.startsWith("{\\rtf");
}

} // namespace Sourceline
