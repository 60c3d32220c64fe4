// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../storygraph.h"
#include "eventfinder.h"

namespace Sourceline {

/// Groups the event mentions of one article into events: "A leaked phone conversation", "The
/// October 14 call between ...", "the leaked call" and "the October 14 conversation" are one
/// call. A mention joins the best compatible earlier event (same kind, no clash of date,
/// "20-point"/"28-point" number, participants, or planned/leaked status; shared identifying
/// details first, then the most recent); an indefinite mention ("a revised 19-point version")
/// starts a new event; mentions inside quotes only ever join one.
class EventCoreference
{
public:
    EventCoreference(QStringView text, const QList<ResolvedTime> &times, const QString &articleId);

    /// Sets EventMention::event and returns the events (ids "e1".. local to the article) with
    /// label, type, date, dateText, participants and sources; clashing dates go to problems.
    [[nodiscard]] QList<Event> cluster(QList<EventMention> &mentions, QStringList &problems) const;

    /// A short label from the most telling mention: "Witkoff–Ushakov call", "28-point peace
    /// plan", "Zelensky's White House visit", "Trump responds to the leaked recording".
    [[nodiscard]] static QString label(const EventMention &mention, const QString &head);

    /// For a clause told by its speech verb: "Zelensky's statement", "Castell's warning",
    /// "Raman told MPs"; empty when the clause has no speech verb.
    [[nodiscard]] static QString statementLabel(const QString &clause, const QStringList &participantNames);

private:
    QStringView m_text;
    const QList<ResolvedTime> &m_times;
    QString m_articleId;
};

} // namespace Sourceline
