// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace Sourceline {

class QuoteFilterModel;
class QuoteModel;
class StorySelection;
class StoryViewLink;

/// The quotes table with its filter: words to look for and a speaker. Selecting a person
/// anywhere narrows the table to that person's quotes.
class QuotePanel : public QWidget
{
    Q_OBJECT
public:
    QuotePanel(QuoteModel *model, StorySelection *selection, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QuoteFilterModel *filter() const { return m_filter; }
    [[nodiscard]] StoryViewLink *link() const { return m_link; }
    [[nodiscard]] QLineEdit *filterText() const { return m_text; }

private:
    void fillSpeakers();
    void followSelection(const QString &id);

    QuoteModel *m_model;
    StorySelection *m_selection;
    QuoteFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_speakers;
    QTableView *m_view;
    StoryViewLink *m_link;
};

} // namespace Sourceline
