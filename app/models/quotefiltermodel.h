// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QSortFilterProxyModel>

namespace Sourceline {

/// Narrows a QuoteModel to the quotes of one speaker and/or those containing some words
/// (in the quote or its speaker's name), and sorts by any column.
class QuoteFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QuoteFilterModel(QObject *parent = nullptr);

    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QString speaker() const { return m_speaker; }

    /// Words to look for, case-insensitively; empty shows every quote.
    void setText(const QString &text);
    /// A person id; empty shows every speaker.
    void setSpeaker(const QString &personId);

Q_SIGNALS:
    void speakerChanged(const QString &personId);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_speaker;
};

} // namespace Sourceline
