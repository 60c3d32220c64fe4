// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "timelineexporter.h"

#include "timelinerenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
constexpr qreal metresPerInch = 0.0254;
constexpr qreal cssDotsPerInch = 96;
// Qt's raster engine and most image viewers stop at 32767 pixels a side.
constexpr int maximumImageSide = 32767;
constexpr int unclusteredEvents = 300; // beyond this, stacking every card is never the answer
constexpr int fastPngQuality = 80; // Qt maps 0..100 to zlib levels 9..0

TimelineLanes effectiveLanes(const StoryGraph &story, TimelineLanes wanted)
{
    if (wanted != TimelineLanes::ByPerson) {
        return wanted;
    }
    // Lanes only help when at least two people each have events of their own.
    QHash<QString, int> perPerson;
    for (const Event &event : story.events) {
        if (!event.participants.isEmpty()) {
            ++perPerson[event.participants.first()];
        }
    }
    return perPerson.size() >= 2 ? TimelineLanes::ByPerson : TimelineLanes::None;
}

void preparePainter(QPainter &painter)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
}

QString writeImage(const TimelinePage &page, const StoryColors &colors, int scale, QIODevice *device)
{
    const qreal width = std::ceil(page.size().width() * scale);
    const qreal height = std::ceil(page.size().height() * scale);
    if (width > maximumImageSide || height > maximumImageSide) {
        return u"a PNG of %1 x %2 pixels is too large (at most %3 on a side); choose a smaller width or scale, or SVG or PDF"_s.arg(width).arg(height).arg(
            maximumImageSide);
    }
    QImage image(QSize(static_cast<int>(width), static_cast<int>(height)), QImage::Format_RGB32);
    if (image.isNull()) {
        return u"not enough memory for an image of %1 x %2 pixels"_s.arg(width).arg(height);
    }
    image.setDevicePixelRatio(scale);
    const int dotsPerMetre = qRound(cssDotsPerInch * scale / metresPerInch);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.setText(u"Title"_s, page.title());
    image.setText(u"Software"_s, u"Sourceline"_s);
    {
        QPainter painter(&image);
        preparePainter(painter);
        TimelineRenderer(colors).paintPage(&painter, page);
    }
    // zlib's fastest levels make a timeline (large flat areas) barely bigger and several times quicker.
    if (!image.save(device, "PNG", fastPngQuality)) {
        return u"cannot encode the PNG image"_s;
    }
    return {};
}

QString writeSvg(const TimelinePage &page, const StoryColors &colors, QIODevice *device)
{
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(page.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), page.size()));
    svg.setResolution(static_cast<int>(cssDotsPerInch));
    svg.setTitle(page.title());
    svg.setDescription(u"Timeline made with Sourceline"_s);
    QPainter painter;
    if (!painter.begin(&svg)) {
        return u"cannot start the SVG drawing"_s;
    }
    preparePainter(painter);
    TimelineRenderer(colors).paintPage(&painter, page);
    painter.end();
    return {};
}

QString writePdf(const TimelinePage &page, const StoryColors &colors, QIODevice *device)
{
    QPdfWriter pdf(device);
    pdf.setResolution(static_cast<int>(cssDotsPerInch));
    pdf.setTitle(page.title());
    pdf.setCreator(u"Sourceline"_s);
    // One page exactly the size of the timeline: 96 px to the inch, 72 points to the inch.
    const QSizeF points = page.size() * (72.0 / cssDotsPerInch);
    pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        return u"cannot start the PDF drawing"_s;
    }
    preparePainter(painter);
    TimelineRenderer(colors).paintPage(&painter, page);
    painter.end();
    return {};
}

QString rangeText(const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid()) {
        return u"between %1 and %2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    }
    return from.isValid() ? u"on or after %1"_s.arg(from.toString(Qt::ISODate)) : u"on or before %1"_s.arg(to.toString(Qt::ISODate));
}
} // namespace

ColorScheme colorSchemeNamed(const QString &theme)
{
    return theme.compare(u"dark"_s, Qt::CaseInsensitive) == 0 ? ColorScheme::Dark : ColorScheme::Light;
}

TimelinePage timelinePage(const StoryGraph &story, const TimelineExportOptions &options)
{
    TimelineOptions content;
    content.lanes = effectiveLanes(story, options.lanes);
    content.callouts = options.callouts;
    content.calloutQuotes = options.calloutQuotes;
    content.happenedOnly = options.happenedOnly;
    content.maxCallouts = std::clamp(options.width / 400, 2, 6);
    TimelineLayout layout(story, content, TimelineStyle::standard());
    TimelineArrangement arrangement;
    arrangement.width = TimelinePage::timelineWidth(options.width);
    // One end of a range may be open: the story's own first or last day closes it.
    if (layout.hasDates() && (options.from.isValid() || options.to.isValid())) {
        arrangement.from = options.from.isValid() ? options.from : std::min(layout.firstDate(), options.to);
        arrangement.to = options.to.isValid() ? options.to : std::max(layout.lastDate(), options.from);
    }
    // A page should read as one picture: when crowded events would stack the timeline far taller
    // than it is wide, gather them into clusters, a little more at each try.
    const qreal tallest = std::max<qreal>(1400, options.width * 1.2);
    for (const int stack : {0, 12, 8, 5, 3}) {
        if (stack == 0 && layout.eventCount() > unclusteredEvents) {
            continue;
        }
        arrangement.maxStack = stack;
        layout.arrange(arrangement);
        if (layout.bounds().height() <= tallest) {
            break;
        }
    }
    TimelinePageOptions page;
    page.width = options.width;
    page.title = options.title;
    page.footer = options.footer;
    return TimelinePage(story, layout, page);
}

QImage timelineImage(const StoryGraph &story, const TimelineExportOptions &options)
{
    const TimelinePage page = timelinePage(story, options);
    const int scale = std::clamp(options.scale, 1, 3);
    QImage image(qCeil(page.size().width() * scale), qCeil(page.size().height() * scale), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        return image;
    }
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    preparePainter(painter);
    TimelineRenderer(StoryColors::forScheme(colorSchemeNamed(options.theme))).paintPage(&painter, page);
    return image;
}

QString exportTimeline(const StoryGraph &story, const TimelineExportOptions &options)
{
    const QFileInfo target(options.path);
    const QString suffix = target.suffix().toLower();
    if (suffix != u"png"_s && suffix != u"svg"_s && suffix != u"pdf"_s) {
        return u"unknown timeline format '%1'; use .png, .svg or .pdf"_s.arg(suffix);
    }
    if (!target.absoluteDir().exists()) {
        return u"the folder %1 does not exist"_s.arg(QDir::toNativeSeparators(target.absolutePath()));
    }
    if (target.isDir()) {
        return u"this is a folder, not a file name"_s;
    }

    const TimelinePage page = timelinePage(story, options);
    if ((options.from.isValid() || options.to.isValid()) && page.timeline().eventOrder().isEmpty()) {
        return u"no event of the story falls %1"_s.arg(rangeText(options.from, options.to));
    }
    const StoryColors colors = StoryColors::forScheme(colorSchemeNamed(options.theme));

    // QSaveFile writes beside the target and renames on commit, so a failure leaves any older file whole.
    QSaveFile file(options.path);
    if (!file.open(QIODevice::WriteOnly)) {
        return u"cannot write here: %1"_s.arg(file.errorString());
    }
    QString error;
    if (suffix == u"png"_s) {
        error = writeImage(page, colors, std::clamp(options.scale, 1, 3), &file);
    } else if (suffix == u"svg"_s) {
        error = writeSvg(page, colors, &file);
    } else {
        error = writePdf(page, colors, &file);
    }
    if (!error.isEmpty()) {
        file.cancelWriting();
        return error;
    }
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return u"cannot write the file: %1"_s.arg(reason);
    }
    if (!file.commit()) {
        return u"cannot save the file: %1"_s.arg(file.errorString());
    }
    return {};
}

} // namespace Sourceline
