// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QObject>
#include <QString>

namespace Sourceline {

/// The one selection of graph ids that every view follows. Placeholder: the models helper
/// extends it with history.
class StorySelection : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    [[nodiscard]] QString current() const { return m_current; }
    void select(const QString &id);

Q_SIGNALS:
    void currentChanged(const QString &id);

private:
    QString m_current;
};

} // namespace Sourceline
