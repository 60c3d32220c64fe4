// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#pragma once

#include "timelineexporter.h"

#include <QDate>
#include <QStringList>

class QCoreApplication;

namespace Sourceline {

/// What the user asked for on the command line (see DESIGN.md, "Command line").
struct CommandLineRequest
{
    enum class Mode { Window, Json, ExportTimeline, Information };
    Mode mode = Mode::Window;
    QStringList paths; ///< files and folders; empty means the bundled sample story
    QStringList cases; ///< --case files
    QDate referenceDate;
    TimelineExportOptions exportOptions;
    QStringList errors; ///< one line each, already prefixed with "sourceline: "
};

/// The mode argv asks for, found before any QCoreApplication exists (the mode decides which
/// application class main() creates).
[[nodiscard]] CommandLineRequest::Mode modeFromArguments(int argc, char **argv);

/// Parses the application's arguments; handles --help and --version itself (and exits).
[[nodiscard]] CommandLineRequest parseCommandLine(const QCoreApplication &app);

/// Runs a --json or --export-timeline request; returns the process exit status.
[[nodiscard]] int runCommandLine(const CommandLineRequest &request);

/// The folder of the bundled sample story (a Qt resource path).
[[nodiscard]] QString sampleStoryPath();

} // namespace Sourceline
