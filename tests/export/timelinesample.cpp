// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
// Writes the sample story's timeline in every format and theme, to judge the design by eye:
//   timelinesample OUTDIR [WIDTH] [EVENTS]   (EVENTS > 0: a generated story of that size)
#include "teststories.h"
#include "timelineexporter.h"

#include <QDir>
#include <QGuiApplication>

#include <cstdio>

using namespace Sourceline;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString folder = arguments.value(1, u"."_s);
    const int width = arguments.value(2, u"1600"_s).toInt();
    const int events = arguments.value(3, u"0"_s).toInt();
    QDir().mkpath(folder);
    const StoryGraph story = events > 0 ? generatedStory(events) : sampleStory();
    int failures = 0;
    for (const QString &theme : {u"light"_s, u"dark"_s}) {
        for (const QString &format : {u"png"_s, u"svg"_s, u"pdf"_s}) {
            TimelineExportOptions options;
            options.path = u"%1/timeline-%2-%3.%4"_s.arg(folder).arg(width).arg(theme, format);
            options.width = width;
            options.theme = theme;
            options.scale = format == u"png"_s && width <= 1600 ? 1 : 1;
            const QString error = exportTimeline(story, options);
            std::printf("%s %s\n", qPrintable(options.path), error.isEmpty() ? "ok" : qPrintable(error));
            failures += error.isEmpty() ? 0 : 1;
        }
    }
    return failures == 0 ? 0 : 1;
}
