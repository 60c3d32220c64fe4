// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QGuiApplication>

#include <memory>

using namespace Sourceline;
using namespace Qt::StringLiterals;

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Sourceline"_s);
    QCoreApplication::setOrganizationDomain(u"sourceline.github.io"_s);
    QCoreApplication::setApplicationName(u"Sourceline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SOURCELINE_VERSION));
    QGuiApplication::setDesktopFileName(u"io.github.sourceline.Sourceline"_s);
}
} // namespace

int main(int argc, char **argv)
{
    const CommandLineRequest::Mode mode = modeFromArguments(argc, argv);
    if (mode == CommandLineRequest::Mode::Information) {
        QCoreApplication app(argc, argv);
        describeApplication();
        [[maybe_unused]] const CommandLineRequest request = parseCommandLine(app); // prints help or version, and exits
        return 0;
    }
    if (mode == CommandLineRequest::Mode::Json) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return runCommandLine(parseCommandLine(app));
    }
    if (mode == CommandLineRequest::Mode::ExportTimeline) {
        // Exporting draws text, which needs a QGuiApplication; without a display, draw offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        QGuiApplication app(argc, argv);
        describeApplication();
        return runCommandLine(parseCommandLine(app));
    }

    QApplication app(argc, argv);
    describeApplication();
    const CommandLineRequest request = parseCommandLine(app);
    MainWindow window;
    window.openPaths(request.paths.isEmpty() ? QStringList{sampleStoryPath()} : request.paths, request.referenceDate);
    window.show();
    return app.exec();
}
