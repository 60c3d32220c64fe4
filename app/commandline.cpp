// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Sourceline contributors
#include "commandline.h"

#include "casefile.h"
#include "jsonwriter.h"
#include "reader/articlereader.h"
#include "storybuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Sourceline {

namespace {
constexpr int exitDone = 0;
constexpr int exitInternal = 1;
constexpr int exitBadInput = 2;
constexpr int minimumExportWidth = 480;
constexpr int maximumExportWidth = 20000;

void printError(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stderr);
}

enum class RangeEnd { First, Last };

/// A day, month or year as the first or last day it covers: "--to 2024" means up to 31 December.
QDate rangeDate(const QString &text, RangeEnd end)
{
    if (const QDate day = QDate::fromString(text, u"yyyy-MM-dd"_s); day.isValid()) {
        return day;
    }
    if (const QDate month = QDate::fromString(text, u"yyyy-MM"_s); month.isValid()) {
        return end == RangeEnd::First ? month : month.addMonths(1).addDays(-1);
    }
    if (const QDate year = QDate::fromString(text, u"yyyy"_s); year.isValid()) {
        return end == RangeEnd::First ? year : QDate(year.year(), 12, 31);
    }
    return {};
}
} // namespace

QString sampleStoryPath()
{
    return u":/sourceline/samples"_s;
}

CommandLineRequest::Mode modeFromArguments(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        // Help and version print and exit: they must work in a terminal with no display.
        for (const char *information : {"-h", "--help", "--help-all", "-v", "--version", "-?"}) {
            if (std::strcmp(argv[i], information) == 0) {
                return CommandLineRequest::Mode::Information;
            }
        }
        if (std::strcmp(argv[i], "--json") == 0) {
            return CommandLineRequest::Mode::Json;
        }
        if (std::strncmp(argv[i], "--export-timeline", 17) == 0) {
            return CommandLineRequest::Mode::ExportTimeline;
        }
    }
    return CommandLineRequest::Mode::Window;
}

CommandLineRequest parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Sourceline shows a news story as a chronology of events and quotes, each linked to the exact words of its source article."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption json(u"json"_s, u"Print the story graph as JSON to standard output."_s);
    const QCommandLineOption exportTimeline(u"export-timeline"_s, u"Write the timeline to OUT (.png, .svg or .pdf) without opening a window."_s, u"OUT"_s);
    const QCommandLineOption width(u"width"_s, u"Width of the exported timeline in pixels (default 1600)."_s, u"PX"_s, u"1600"_s);
    const QCommandLineOption scale(u"scale"_s, u"Pixel ratio of an exported PNG: 1, 2 or 3 (default 1)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption theme(u"theme"_s, u"Colours of the exported timeline: light or dark."_s, u"THEME"_s, u"light"_s);
    const QCommandLineOption title(
        u"title"_s, u"Title of the exported timeline (default: the headline whose words the story's other articles use most)."_s, u"TEXT"_s);
    const QCommandLineOption referenceDate(u"reference-date"_s,
        u"Date that relative expressions resolve against in articles without a publication date (default: the latest dated article's)."_s, u"YYYY-MM-DD"_s);
    const QCommandLineOption from(u"from"_s, u"Export only the events on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)."_s, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"Export only the events on or before DATE (YYYY-MM-DD, YYYY-MM or YYYY)."_s, u"DATE"_s);
    const QCommandLineOption happenedOnly(u"happened-only"_s, u"Leave planned, expected and called-off events out of the exported timeline."_s);
    const QCommandLineOption caseFile(u"case"_s, u"Work with a case file as well as loose files."_s, u"FILE.sourceline"_s);
    parser.addOptions({json, exportTimeline, width, scale, theme, title, from, to, happenedOnly, referenceDate, caseFile});
    parser.addPositionalArgument(u"files"_s,
        u"Articles (text, Markdown, HTML, saved pages, PDF, Word or OpenDocument, RTF, e-mail, JSON, feeds) or folders of them; none: the sample story."_s,
        u"[FILES|FOLDERS...]"_s);
    parser.process(app);

    CommandLineRequest request;
    request.paths = parser.positionalArguments();
    request.cases = parser.values(caseFile);
    if (parser.isSet(json)) {
        request.mode = CommandLineRequest::Mode::Json;
    } else if (parser.isSet(exportTimeline)) {
        request.mode = CommandLineRequest::Mode::ExportTimeline;
    }
    if (parser.isSet(referenceDate)) {
        request.referenceDate = QDate::fromString(parser.value(referenceDate), Qt::ISODate);
        if (!request.referenceDate.isValid()) {
            request.errors.append(u"sourceline: --reference-date: '%1' is not a date of the form YYYY-MM-DD"_s.arg(parser.value(referenceDate)));
        }
    }

    TimelineExportOptions &options = request.exportOptions;
    options.path = parser.value(exportTimeline);
    bool ok = false;
    options.width = parser.value(width).toInt(&ok);
    if (!ok || options.width < minimumExportWidth || options.width > maximumExportWidth) {
        request.errors.append(u"sourceline: --width: '%1' must be a whole number of pixels from %2 to %3 (narrower timelines cannot be read)"_s.arg(
            parser.value(width), QString::number(minimumExportWidth), QString::number(maximumExportWidth)));
    }
    options.scale = parser.value(scale).toInt(&ok);
    if (!ok || options.scale < 1 || options.scale > 3) {
        request.errors.append(u"sourceline: --scale: '%1' must be 1, 2 or 3"_s.arg(parser.value(scale)));
    }
    options.title = parser.value(title).simplified();
    options.happenedOnly = parser.isSet(happenedOnly);
    options.theme = parser.value(theme);
    if (options.theme != u"light"_s && options.theme != u"dark"_s) {
        request.errors.append(u"sourceline: --theme: '%1' must be light or dark"_s.arg(options.theme));
    }
    const auto readRangeDate = [&](const QCommandLineOption &option, RangeEnd end, QDate &date) {
        if (!parser.isSet(option)) {
            return;
        }
        date = rangeDate(parser.value(option), end);
        if (!date.isValid()) {
            request.errors.append(
                u"sourceline: --%1: '%2' is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY"_s.arg(option.names().constFirst(), parser.value(option)));
        }
    };
    readRangeDate(from, RangeEnd::First, options.from);
    readRangeDate(to, RangeEnd::Last, options.to);
    if (options.from.isValid() && options.to.isValid() && options.from > options.to) {
        request.errors.append(u"sourceline: --from: %1 is after --to %2"_s.arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));
    }
    if (request.mode == CommandLineRequest::Mode::ExportTimeline) {
        const QString suffix = QFileInfo(options.path).suffix().toLower();
        if (suffix != u"png"_s && suffix != u"svg"_s && suffix != u"pdf"_s) {
            request.errors.append(u"sourceline: %1: unknown timeline format '%2'; use .png, .svg or .pdf"_s.arg(options.path, suffix));
        }
    }
    return request;
}

int runCommandLine(const CommandLineRequest &request)
{
    bool badInput = !request.errors.isEmpty();
    for (const QString &error : request.errors) {
        printError(error);
    }
    // Arguments that change what would be produced are fatal; bad files are not.
    if (badInput) {
        return exitBadInput;
    }

    const bool useSamples = request.paths.isEmpty() && request.cases.isEmpty();
    const ReadResult read = ArticleReader().read(useSamples ? QStringList{sampleStoryPath()} : request.paths);
    for (const ReadProblem &problem : read.problems) {
        printError(u"sourceline: %1: %2"_s.arg(problem.path, problem.reason));
        badInput = true;
    }
    QList<Article> articles = read.articles;
    if (!request.cases.isEmpty()) {
        // Loose files given with a case are added to it; the story is then the whole case.
        QList<Article> fromCases;
        for (const QString &path : request.cases) {
            CaseFile caseFile;
            if (!caseFile.open(path) || (!read.articles.isEmpty() && caseFile.addArticles(read.articles) < 0)) {
                printError(u"sourceline: %1: %2"_s.arg(path, caseFile.errorString()));
                badInput = true;
                continue;
            }
            fromCases += caseFile.articles();
        }
        if (!fromCases.isEmpty()) {
            articles = fromCases;
        }
    }
    const StoryGraph story = StoryBuilder(request.referenceDate).build(articles);

    if (request.mode == CommandLineRequest::Mode::Json) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(storyToJsonText(story)) < 0 || !out.flush()) {
            printError(u"sourceline: standard output: cannot write the JSON"_s);
            return exitInternal;
        }
    } else {
        if (story.articles.isEmpty()) {
            printError(u"sourceline: %1: no readable article to draw a timeline from"_s.arg(request.exportOptions.path));
            return exitBadInput;
        }
        const QString error = exportTimeline(story, request.exportOptions);
        if (!error.isEmpty()) {
            printError(u"sourceline: %1: %2"_s.arg(request.exportOptions.path, error));
            return exitBadInput;
        }
    }
    return badInput ? exitBadInput : exitDone;
}

} // namespace Sourceline
