// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "storygraph.h"
#include "storytheme.h"
#include "timelineexporter.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace Sourceline {

class TimelineView;

/// File -> Export timeline...: format by extension, width, scale, range, theme, title,
/// callouts and footer, with a live preview of exactly what will be written.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// Asks for the options and writes the file; reports a failure in a message box.
    /// The visible range and the selected quote come from the TimelineView and the selection in parent's window.
    static void exportTimeline(QWidget *parent, std::shared_ptr<const StoryGraph> story, ColorScheme scheme);

    ExportDialog(std::shared_ptr<const StoryGraph> story, ColorScheme scheme, const TimelineView *view, QWidget *parent = nullptr);

    /// The options as the dialog stands.
    [[nodiscard]] TimelineExportOptions options() const;
    void setPath(const QString &path);

    void accept() override;

private:
    void browse();
    void schedulePreview();
    void updatePreview();
    void updateFormat();

    std::shared_ptr<const StoryGraph> m_story;
    QDate m_visibleFrom;
    QDate m_visibleTo;
    QStringList m_selectedQuotes;
    QLineEdit *m_path;
    QSpinBox *m_width;
    QComboBox *m_scale;
    QComboBox *m_range;
    QComboBox *m_theme;
    QLineEdit *m_title;
    QCheckBox *m_callouts;
    QCheckBox *m_footer;
    QCheckBox *m_happenedOnly;
    QLabel *m_preview;
    QLabel *m_size;
    QTimer *m_previewTimer;
};

/// Puts the story's timeline on the clipboard as an image (1200 px wide at 2x).
void copyTimelineImage(const StoryGraph &story, ColorScheme scheme);

} // namespace Sourceline
