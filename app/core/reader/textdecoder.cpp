// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "textdecoder.h"

#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; the five unassigned bytes keep
// their Latin-1 (C1 control) values.
constexpr char16_t windows1252High[32] = {
    u'\u20AC',
    u'\u0081',
    u'\u201A',
    u'\u0192',
    u'\u201E',
    u'\u2026',
    u'\u2020',
    u'\u2021',
    u'\u02C6',
    u'\u2030',
    u'\u0160',
    u'\u2039',
    u'\u0152',
    u'\u008D',
    u'\u017D',
    u'\u008F',
    u'\u0090',
    u'\u2018',
    u'\u2019',
    u'\u201C',
    u'\u201D',
    u'\u2022',
    u'\u2013',
    u'\u2014',
    u'\u02DC',
    u'\u2122',
    u'\u0161',
    u'\u203A',
    u'\u0153',
    u'\u009D',
    u'\u017E',
    u'\u0178',
};

char16_t fromWindows1252(uchar byte)
{
    return byte >= 0x80 && byte < 0xA0 ? windows1252High[byte - 0x80] : char16_t(byte);
}

// Length of the valid UTF-8 sequence starting at data[i], or 0 when it is not one.
int validUtf8Length(const uchar *data, qsizetype i, qsizetype size, char32_t *codePoint)
{
    const uchar lead = data[i];
    int length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        value = lead & 0x1F;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        value = lead & 0x0F;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        value = lead & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (i + length > size) {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        const uchar next = data[i + k];
        if ((next & 0xC0) != 0x80) {
            return 0;
        }
        value = (value << 6) | (next & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        return 0;
    }
    *codePoint = value;
    return length;
}

// UTF-8 where the bytes are valid UTF-8, Windows-1252 for every byte that is not.
QString decodeMixed(const QByteArray &data, qsizetype *invalidBytes)
{
    QString text;
    text.reserve(data.size());
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype size = data.size();
    *invalidBytes = 0;
    for (qsizetype i = 0; i < size;) {
        const uchar byte = bytes[i];
        if (byte < 0x80) {
            text.append(QChar(char16_t(byte)));
            ++i;
            continue;
        }
        char32_t codePoint = 0;
        if (const int length = validUtf8Length(bytes, i, size, &codePoint)) {
            if (QChar::requiresSurrogates(codePoint)) {
                text.append(QChar(QChar::highSurrogate(codePoint)));
                text.append(QChar(QChar::lowSurrogate(codePoint)));
            } else {
                text.append(QChar(char16_t(codePoint)));
            }
            i += length;
            continue;
        }
        ++*invalidBytes;
        text.append(QChar(fromWindows1252(byte)));
        ++i;
    }
    return text;
}

// uchardet's guess, when it names an encoding Qt can decode other than the Latin family
// that Windows-1252 already covers.
QByteArray legacyNonLatinEncoding(const QByteArray &data)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(uchardet_new(), &uchardet_delete);
    if (uchardet_handle_data(detector.get(), data.constData(), size_t(data.size())) != 0) {
        return {};
    }
    uchardet_data_end(detector.get());
    const QByteArray name = QByteArray(uchardet_get_charset(detector.get())).toUpper();
    if (name.isEmpty() || name == "ASCII" || name.startsWith("UTF-") || name == "WINDOWS-1252" || name.startsWith("ISO-8859-1") || name == "ISO-8859-15"
        || name == "WINDOWS-1250" || name == "ISO-8859-2") {
        return {};
    }
    return name;
}

bool looksBinary(QStringView text)
{
    // A sample is enough: binary data shows itself at once.
    const QStringView sample = text.first(std::min<qsizetype>(text.size(), 65536));
    qsizetype controls = 0;
    for (const QChar c : sample) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f' && u != u'\v') || u == 0xFFFD || u == 0xFFFE) {
            ++controls;
        }
    }
    return controls * 20 > sample.size();
}

bool onlyWhiteSpace(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'\uFEFF') {
            return false;
        }
    }
    return true;
}

} // namespace

QString normalisedLineEndings(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
    }
    text.replace(u'\u2028', u'\n');
    text.replace(u'\u2029', u'\n');
    return text;
}

DecodedText decodeArticleText(const QByteArray &data)
{
    if (data.isEmpty()) {
        return {{}, u"empty file"_s};
    }
    QString text;
    const auto starts = [&data](std::initializer_list<uchar> bom) {
        return data.size() >= qsizetype(bom.size()) && std::memcmp(data.constData(), std::data(bom), bom.size()) == 0;
    };
    if (starts({0xFF, 0xFE, 0x00, 0x00})) {
        text = QStringDecoder(QStringConverter::Utf32LE).decode(data.sliced(4));
    } else if (starts({0x00, 0x00, 0xFE, 0xFF})) {
        text = QStringDecoder(QStringConverter::Utf32BE).decode(data.sliced(4));
    } else if (starts({0xFF, 0xFE})) {
        text = QStringDecoder(QStringConverter::Utf16LE).decode(data.sliced(2));
    } else if (starts({0xFE, 0xFF})) {
        text = QStringDecoder(QStringConverter::Utf16BE).decode(data.sliced(2));
    } else {
        const QByteArray bytes = starts({0xEF, 0xBB, 0xBF}) ? data.sliced(3) : data;
        if (bytes.contains('\0')) {
            return {{}, u"not a text article"_s};
        }
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        text = utf8.decode(bytes);
        if (utf8.hasError()) {
            qsizetype invalid = 0;
            text = decodeMixed(bytes, &invalid);
            // Many invalid bytes that are mostly letters of another script: a legacy code page.
            if (invalid * 5 > bytes.size()) {
                if (const QByteArray name = legacyNonLatinEncoding(bytes); !name.isEmpty()) {
                    QStringDecoder legacy(name.constData());
                    if (legacy.isValid()) {
                        text = legacy.decode(bytes);
                    }
                }
            }
        }
    }
    if (text.contains(QChar(0)) || looksBinary(text)) {
        return {{}, u"not a text article"_s};
    }
    if (onlyWhiteSpace(text)) {
        return {{}, u"empty file"_s};
    }
    return {normalisedLineEndings(std::move(text)), {}};
}

} // namespace Sourceline
