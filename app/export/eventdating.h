// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"

#include <QString>

namespace Sourceline {

/// Where an event's date puts it on a time axis, and how sure that is.
struct EventDating
{
    enum class Kind {
        Exact, ///< one known day
        Approximate, ///< a month, week, year or range of days: drawn as a span
        YearUnknown, ///< "14 October" with no year: placed by order, like an undated event
        Undated, ///< placed by order between its neighbours
    };
    Kind kind = Kind::Undated;
    qint64 firstDay = 0; ///< Julian day; meaningful for Exact and Approximate
    qint64 lastDay = 0; ///< inclusive
    QString text; ///< "14 Oct 2025", "Oct 2025", "14–18 Oct 2025", "14 Oct, year unknown", "Undated"

    [[nodiscard]] bool isPlaced() const { return kind == Kind::Exact || kind == Kind::Approximate; }
    [[nodiscard]] static EventDating of(const DateValue &date);
};

/// "14 Oct 2025", "Oct 2025" or "2025" for a day, in the wording used on every timeline.
[[nodiscard]] QString dayText(const QDate &date);
/// A compact span: "14–18 Oct 2025", "28 Sep – 3 Oct 2025", "Sep – Nov 2025".
[[nodiscard]] QString spanText(const QDate &first, const QDate &last);

} // namespace Sourceline
