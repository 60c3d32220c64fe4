// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "articlerecords.h"

#include <QList>
#include <QStringView>

namespace Sourceline {

/// Reads an Evernote export (.enex), as researchers keep the pages they clip: each <note> is
/// an article whose <content> (ENML, HTML inside an <en-note>) is read as a saved page is, so
/// that a clipped page's headline, byline and date line are found in it. The note's
/// <source-url> is the address; its <title> the headline when the clip has none; its
/// <created> (the day it was clipped) the date only when the text states none. A syntax error
/// gives "invalid Evernote export at line N: <Qt's error>", and the notes read before it are
/// kept.
[[nodiscard]] ArticleRecords readEvernoteNotes(QStringView text);

/// True when `start` opens an Evernote export.
[[nodiscard]] bool looksLikeEvernoteExport(QStringView start);

} // namespace Sourceline
