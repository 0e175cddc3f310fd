// Validation of files whose diagnostics all lie on one line (a minified file) next to the same files with the
// same diagnostics on many lines. Issue #15, item 11: SourceMap::position() counted every column from the
// line's start, so N diagnostics on one line of B bytes cost about N * B / 2 byte steps (80,000 warnings on
// one 700 KB line took 83 s). Goal: the one-line file validates in at most twice the time of its many-line
// twin (the bound is computed from that twin on this machine), and the 80,000 warnings in under 2 s.
#include "benchresult.h"
#include "scenariogenerator.h"

#include "catalog.h"
#include "scenarioloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

struct Timing {
    double seconds = 0;
    qsizetype diagnostics = 0;
    int lines = 0; // distinct lines the diagnostics are on
};

// The median of `runs` loads, and what the last one reported. Exits when the file has an error: every
// diagnostic is meant to be a warning, and an error would stop validation early.
Timing validate(const ScenarioLoader &loader, const QByteArray &bytes, int runs)
{
    std::vector<double> times;
    LoadResult result;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        result = loader.loadBytes(u"generated.json"_s, bytes);
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    if (!result.ok()) {
        for (const Diagnostic &d : result.diagnostics)
            if (d.isError())
                std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
        std::exit(1);
    }
    std::sort(times.begin(), times.end());
    Timing timing{times[times.size() / 2], result.diagnostics.size(), 0};
    int lastLine = 0;
    for (const Diagnostic &d : result.diagnostics) {
        timing.lines += d.line != lastLine;
        lastLine = d.line;
    }
    return timing;
}

// The generated scenario on one line: its line breaks all lie between tokens.
QByteArray oneLine(QByteArray bytes)
{
    return bytes.replace('\n', ' ');
}

// `count` fields nobody reads (one warning each) at the start of the root object, then the scenario.
QByteArray withUnknownFields(const QByteArray &scenario, int count, const char *separator)
{
    QByteArray out = "{";
    out.reserve(scenario.size() + qsizetype(count) * 16);
    for (int i = 0; i < count; ++i)
        out += "\"x" + QByteArray::number(i) + "\": " + QByteArray::number(i % 1000) + ',' + separator;
    out += scenario.mid(1);
    return out;
}

void compare(const ScenarioLoader &loader, const char *figure, const QByteArray &single,
             const QByteArray &spread, int runs, qsizetype minimumDiagnostics, double absoluteLimit)
{
    const Timing one = validate(loader, single, runs);
    const Timing many = validate(loader, spread, runs);
    std::printf("%s\n", figure);
    std::printf("  one line:   %8.2f MiB %7lld warnings on %6d line(s) %8.3f s\n",
                double(single.size()) / (1024 * 1024), qlonglong(one.diagnostics), one.lines, one.seconds);
    std::printf("  many lines: %8.2f MiB %7lld warnings on %6d line(s) %8.3f s\n",
                double(spread.size()) / (1024 * 1024), qlonglong(many.diagnostics), many.lines, many.seconds);
    const double bound = 2 * many.seconds;
    const bool sound = one.diagnostics >= minimumDiagnostics && one.lines == 1 &&
                       many.diagnostics == one.diagnostics && many.lines > 1;
    if (!sound)
        std::printf("  NOT the intended files: the figures below do not measure the goal\n");
    std::printf("  bound (2 x many lines): %.3f s; ratio %.2f\n", bound, one.seconds / many.seconds);
    bench::result(figure, 1000 * one.seconds, "ms", "the same warnings on many lines", 1000 * many.seconds,
                  "ratio <= 2", sound && one.seconds <= bound);
    if (absoluteLimit > 0) {
        const QByteArray timeFigure = QByteArray(figure) + " (time)";
        const QByteArray goal = "< " + QByteArray::number(absoluteLimit) + " s";
        bench::result(timeFigure.constData(), 1000 * one.seconds, "ms", "", 0, goal.constData(),
                      sound && one.seconds < absoluteLimit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Diagnostics diagnostics;
    auto catalog = std::make_shared<Catalog>(
        loadCatalog(QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s, &diagnostics));
    ScenarioLoader loader(catalog);
    loader.setCheckMediaFiles(false);

    // The first file: 80,000 messages on one line of about a megabyte.
    const QByteArray small = bench::generateScenario(5);
    compare(loader, "validate 80,000 warnings on one line", withUnknownFields(oneLine(small), 80000, " "),
            withUnknownFields(small, 80000, "\n"), 3, 50000, 2.0);

    // A minified generated scenario of 10,000 scenes (about 20 MiB) with one misspelt field per scene.
    QByteArray large = bench::generateScenario(10000);
    large.replace("\"setting\": ", "\"settting\": 0, \"setting\": ");
    compare(loader, "validate 10,000 scenes minified, a warning each", oneLine(large), large, 3, 10000, 0);
    return 0;
}
