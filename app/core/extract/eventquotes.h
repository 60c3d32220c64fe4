// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../storygraph.h"
#include "eventfinder.h"

namespace Sourceline {

/// Links quotes to the event they were said in (Quote::event, Event::quotes): words said
/// "during the call" or "at the summit" belong to it; otherwise the quote goes to a call,
/// meeting, interview or response that its speaker (and addressee) took part in, preferring
/// one that the quote's paragraph talks about, then a dated one.
void linkQuotesToEvents(QList<Quote> &quotes, QList<Event> &events, const QList<EventMention> &mentions, const TextAnalysis &text);

} // namespace Sourceline
