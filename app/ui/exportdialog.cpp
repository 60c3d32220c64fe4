// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "exportdialog.h"

#include "storyselection.h"
#include "timelineview.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
constexpr int previewWidth = 560;

QString settingsKey(const char *name)
{
    return u"timelineExport/"_s + QLatin1StringView(name);
}
} // namespace

void ExportDialog::exportTimeline(QWidget *parent, std::shared_ptr<const StoryGraph> story, ColorScheme scheme)
{
    if (!story) {
        return;
    }
    const QWidget *window = parent ? parent->window() : nullptr;
    const TimelineView *view = window ? window->findChild<TimelineView *>() : nullptr;
    ExportDialog dialog(std::move(story), scheme, view, parent);
    dialog.exec();
}

ExportDialog::ExportDialog(std::shared_ptr<const StoryGraph> story, ColorScheme scheme, const TimelineView *view, QWidget *parent)
    : QDialog(parent)
    , m_story(std::move(story))
    , m_path(new QLineEdit(this))
    , m_width(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_callouts(new QCheckBox(u"Quote callouts beside their events"_s, this))
    , m_footer(new QCheckBox(u"Footer crediting the source articles"_s, this))
    , m_happenedOnly(new QCheckBox(u"Only events that happened (leave out plans and forecasts)"_s, this))
    , m_preview(new QLabel(this))
    , m_size(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(u"Export Timeline"_s);
    QSettings settings;
    if (view) {
        m_visibleFrom = view->visibleFrom();
        m_visibleTo = view->visibleTo();
    }
    if (const QWidget *window = parent ? parent->window() : nullptr) {
        if (const auto *selection = window->findChild<StorySelection *>(); selection && m_story && m_story->quote(selection->current())) {
            m_selectedQuotes = {selection->current()};
        }
    }

    const QString folder = settings.value(settingsKey("folder"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    const QString name = TimelinePage::defaultTitle(*m_story).left(60).replace(u'/', u'-').replace(u':', u'-').trimmed();
    m_path->setText(QDir(folder).filePath((name.isEmpty() ? u"timeline"_s : name) + u".png"_s));
    auto *browse = new QPushButton(u"Browse\u2026"_s, this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_width->setRange(480, 20000);
    m_width->setSingleStep(100);
    m_width->setSuffix(u" px"_s);
    m_width->setValue(settings.value(settingsKey("width"), 1600).toInt());
    m_scale->addItem(u"1x"_s, 1);
    m_scale->addItem(u"2x (sharp on high-density screens)"_s, 2);
    m_scale->addItem(u"3x"_s, 3);
    m_scale->setCurrentIndex(std::clamp(settings.value(settingsKey("scale"), 2).toInt(), 1, 3) - 1);
    m_range->addItem(u"Whole story"_s);
    if (m_visibleFrom.isValid() && m_visibleTo.isValid()) {
        m_range->addItem(u"Visible range (%1)"_s.arg(spanText(m_visibleFrom, m_visibleTo)));
    }
    m_theme->addItem(u"Light"_s, u"light"_s);
    m_theme->addItem(u"Dark"_s, u"dark"_s);
    m_theme->setCurrentIndex(scheme == ColorScheme::Dark ? 1 : 0);
    m_title->setPlaceholderText(TimelinePage::defaultTitle(*m_story));
    m_callouts->setChecked(settings.value(settingsKey("callouts"), true).toBool());
    m_footer->setChecked(settings.value(settingsKey("footer"), true).toBool());
    m_happenedOnly->setChecked(settings.value(settingsKey("happenedOnly"), false).toBool());

    auto *form = new QFormLayout;
    // A row that holds a layout gets no buddy from the form, and would show its "&" as text.
    auto *pathLabel = new QLabel(u"&File:"_s, this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(u"&Width:"_s, m_width);
    form->addRow(u"&Scale:"_s, m_scale);
    form->addRow(u"&Range:"_s, m_range);
    form->addRow(u"T&heme:"_s, m_theme);
    form->addRow(u"&Title:"_s, m_title);
    form->addRow(QString(), m_callouts);
    form->addRow(QString(), m_footer);
    form->addRow(QString(), m_happenedOnly);

    m_preview->setMinimumSize(previewWidth, 240);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(u"Preview"_s);
    m_size->setAlignment(Qt::AlignRight);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(u"&Export"_s, QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_size);
    layout->addWidget(buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateFormat);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_title, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_callouts, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_footer, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_happenedOnly, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    updateFormat();
    updatePreview();
}

TimelineExportOptions ExportDialog::options() const
{
    TimelineExportOptions options;
    options.path = m_path->text().trimmed();
    options.width = m_width->value();
    options.scale = m_scale->currentData().toInt();
    options.theme = m_theme->currentData().toString();
    options.title = m_title->text();
    options.callouts = m_callouts->isChecked();
    options.footer = m_footer->isChecked();
    options.happenedOnly = m_happenedOnly->isChecked();
    options.calloutQuotes = m_selectedQuotes;
    if (m_range->currentIndex() == 1) {
        options.from = m_visibleFrom;
        options.to = m_visibleTo;
    }
    return options;
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::browse()
{
    const QString chosen
        = QFileDialog::getSaveFileName(this, u"Export Timeline"_s, m_path->text(), u"PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"_s);
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
    }
}

void ExportDialog::updateFormat()
{
    // Scale only means something for pixels; SVG and PDF are vectors.
    m_scale->setEnabled(QFileInfo(m_path->text()).suffix().compare(u"png"_s, Qt::CaseInsensitive) == 0);
    schedulePreview();
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    if (!m_story) {
        return;
    }
    TimelineExportOptions preview = options();
    preview.scale = 1;
    const QImage image = timelineImage(*m_story, preview);
    if (image.isNull()) {
        m_preview->setText(u"The timeline is too large to preview."_s);
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(image.scaled(QSize(m_preview->width(), m_preview->height()) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_preview->setPixmap(pixmap);
    const TimelineExportOptions chosen = options();
    const bool raster = QFileInfo(chosen.path).suffix().compare(u"png"_s, Qt::CaseInsensitive) == 0;
    const int scale = raster ? chosen.scale : 1;
    m_size->setText(u"%1 \u00D7 %2 px"_s.arg(image.width() * scale).arg(image.height() * scale));
}

void ExportDialog::accept()
{
    const TimelineExportOptions chosen = options();
    const QString suffix = QFileInfo(chosen.path).suffix().toLower();
    if (suffix != u"png"_s && suffix != u"svg"_s && suffix != u"pdf"_s) {
        QMessageBox::warning(this, u"Export Timeline"_s, u"Please name a file ending in .png, .svg or .pdf."_s);
        return;
    }
    const QString error = Sourceline::exportTimeline(*m_story, chosen);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, u"Export Timeline"_s, u"The timeline could not be written to %1:\n%2"_s.arg(QDir::toNativeSeparators(chosen.path), error));
        return;
    }
    QSettings settings;
    settings.setValue(settingsKey("folder"), QFileInfo(chosen.path).absolutePath());
    settings.setValue(settingsKey("width"), chosen.width);
    settings.setValue(settingsKey("scale"), m_scale->currentData().toInt());
    settings.setValue(settingsKey("callouts"), chosen.callouts);
    settings.setValue(settingsKey("footer"), chosen.footer);
    settings.setValue(settingsKey("happenedOnly"), chosen.happenedOnly);
    QDialog::accept();
}

void copyTimelineImage(const StoryGraph &story, ColorScheme scheme)
{
    TimelineExportOptions options;
    options.width = 1200;
    options.scale = 2;
    options.theme = scheme == ColorScheme::Dark ? u"dark"_s : u"light"_s;
    QImage image = timelineImage(story, options);
    // Pasted images are placed at their pixel size; a 2x image keeps its logical width only where DPI is read.
    image.setDotsPerMeterX(qRound(96.0 * options.scale / 0.0254));
    image.setDotsPerMeterY(qRound(96.0 * options.scale / 0.0254));
    QGuiApplication::clipboard()->setImage(image);
}

} // namespace Sourceline
