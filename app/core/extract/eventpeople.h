// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "../storygraph.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Sourceline {

/// The people of one article as the event stage asks about them: who is named inside a stretch
/// of text ("between Trump's special envoy Steve Witkoff and ..."), who a bare surname or a
/// "Trump-Putin" half stands for, and the short name an event label uses ("Witkoff").
class EventPeople
{
public:
    explicit EventPeople(const QList<Person> &people);

    struct Found
    {
        QString id;
        TextRange range;
    };
    /// Person mentions lying inside range, in text order.
    [[nodiscard]] QList<Found> inRange(const TextRange &range) const;
    /// The person a single name word stands for ("Zelensky", "Trump"), or empty.
    [[nodiscard]] QString named(QStringView word) const;
    /// "Witkoff" for "Steve Witkoff", "Yoon" for "Yoon Suk Yeol" when the article says "Yoon".
    [[nodiscard]] QString shortName(const QString &id) const;

private:
    struct Mention
    {
        TextRange range;
        int person;
    };
    [[nodiscard]] const QHash<QString, int> &byWord() const;

    QList<Mention> m_mentions; ///< sorted by start
    QList<Person> m_people;
    mutable std::optional<QHash<QString, int>> m_byWord; ///< lower-case surname or one-word alias -> person
    mutable QHash<QString, QString> m_shortNames; ///< person id -> shortName(), filled as asked
};

} // namespace Sourceline
