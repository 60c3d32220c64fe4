// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace Sourceline {

/// The one selection of graph ids that every view follows, with a back/forward history like
/// a browser's. Ids are unique across kinds by prefix: a1 article, p1 person, q1 quote,
/// e1 event, o1/l1 entities. Views call select() when the user picks an item and follow
/// currentChanged(); selecting the current id again is a no-op, so views that echo the
/// selection back never loop.
class StorySelection : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    [[nodiscard]] QString current() const { return m_current; }
    [[nodiscard]] bool canGoBack() const { return !m_back.isEmpty(); }
    [[nodiscard]] bool canGoForward() const { return !m_forward.isEmpty(); }

    /// Makes id current and records the previous one in the history; an empty id clears.
    void select(const QString &id);
    /// Forgets the selection and the history, for a newly loaded story whose ids mean other things.
    void reset();

public Q_SLOTS:
    void goBack();
    void goForward();

Q_SIGNALS:
    void currentChanged(const QString &id);
    /// canGoBack() or canGoForward() may have changed.
    void historyChanged();

private:
    void moveTo(const QString &id);

    QString m_current;
    QStringList m_back; ///< most recent last
    QStringList m_forward; ///< most recent last
};

} // namespace Sourceline
