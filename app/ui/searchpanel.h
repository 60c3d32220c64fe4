// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "sourcespan.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace Sourceline {

class TextSearchModel;

/// A search over every article of the story; picking a hit shows it in the source text.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    SearchPanel(TextSearchModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *queryEdit() const { return m_query; }
    [[nodiscard]] QListView *view() const { return m_view; }
    [[nodiscard]] QString summary() const;
    /// Puts the cursor in the search field, with its text selected for typing over.
    void focusQuery();

Q_SIGNALS:
    void spanRequested(const Sourceline::SourceSpan &span);

private:
    void updateSummary();

    TextSearchModel *m_model;
    QLineEdit *m_query;
    QLabel *m_summary;
    QListView *m_view;
};

} // namespace Sourceline
