// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

namespace Sourceline {

/// The readable document inside a MIME message: the page of a browser's single-file save
/// (.mhtml, .mht) or the body of an e-mail (.eml), such as a newsletter.
struct MimeDocument
{
    QByteArray body; ///< the part's bytes with its transfer encoding undone
    bool isHtml = false; ///< an HTML part, else plain text
    QString location; ///< Content-Location of the page: the address it was saved from
    // Of an e-mail only: a saved page's From ("<Saved by Blink>") holds no address, and its
    // Date is the day it was saved, not published.
    QString subject; ///< the message's Subject, encoded words decoded
    QString sender; ///< the display name of From ("Axios AM" in "Axios AM <am@axios.com>"), the newsletter's part of "Writer from Newsletter"
    QString writer; ///< the writer's part of a From that names both ("Lena Park" in "Lena Park from Canyon Notes")
    QDate published; ///< the day of the message's Date header, in the sender's time zone
    QString problem; ///< why no document was found; empty when body is usable
};

/// The first HTML part of the message (a single-file page holds the page first, then its
/// frames, pictures and style sheets), else its first plain-text part that is no attachment;
/// nested multiparts (an e-mail's text and HTML alternatives beside its attachments) are
/// searched in order. KMime parses the message and undoes the transfer encodings.
[[nodiscard]] MimeDocument readMimeDocument(const QByteArray &data);

/// True when `start` opens with a header block that declares MIME ("MIME-Version:" and a
/// "Content-Type:"), as a saved page or message without a telling extension does.
[[nodiscard]] bool looksLikeMimeMessage(QByteArrayView start);

} // namespace Sourceline
