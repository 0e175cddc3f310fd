// Validating a very large scenario (issue #19): a 200,000-scene chain of about 30 MB, loaded and validated by
// the loader the app and `saskati-cli validate` use, next to simdjson (Debian's libsimdjson-dev, the
// reference only) parsing the same bytes in the same process. Memory: the process's peak resident size while
// loading, minus what it held before (the file's bytes included), against the file's size. Goals: within 3x
// simdjson's time and under 4x the file's size in memory.
//
//     bench_bigfile                 runs the measurement in a child process of its own (a clean peak)
//     bench_bigfile --measure FILE  measures FILE (used by the above)
//     bench_bigfile --write FILE    writes the chain to FILE (to profile the loader on it)
#include "benchresult.h"
#include "scenariogenerator.h"

#include "catalog.h"
#include "scenarioloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <simdjson.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

// A line of /proc/self/status in KiB ("VmHWM", "VmRSS").
qint64 statusKiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(strlen(field)) + 1).trimmed().split(' ').first().toLongLong();
    return -1;
}

int measure(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = in.readAll();
    Diagnostics diagnostics;
    auto catalog = std::make_shared<Catalog>(
        loadCatalog(QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s, &diagnostics));
    ScenarioLoader loader(catalog);
    loader.setCheckMediaFiles(false);

    // Memory first, on the first load (the process's peak is not yet raised by earlier runs).
    const qint64 before = statusKiB("VmRSS:");
    qint64 peak = 0;
    {
        QElapsedTimer timer;
        timer.start();
        const LoadResult loaded = loader.loadBytes(u"chain.json"_s, bytes);
        const double first = double(timer.nsecsElapsed()) / 1e6;
        peak = statusKiB("VmHWM:");
        if (!loaded.ok()) {
            for (qsizetype i = 0; i < std::min<qsizetype>(5, loaded.diagnostics.size()); ++i)
                std::fprintf(stderr, "%s\n", qPrintable(loaded.diagnostics.at(i).toString()));
            return 1;
        }
        std::printf("first load + validate: %.1f ms, %lld scenes\n", first,
                    qlonglong(loaded.scenario->scenes.size()));
    }
    const double fileMiB = double(bytes.size()) / (1024 * 1024);
    const double extraMiB = double(peak - before) / 1024;

    std::vector<double> ours, reference;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        (void)loader.loadBytes(u"chain.json"_s, bytes);
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    simdjson::dom::parser parser;
    const simdjson::padded_string padded(bytes.constData(), size_t(bytes.size()));
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        simdjson::dom::element root;
        if (parser.parse(padded).get(root) != simdjson::SUCCESS)
            return 1;
        reference.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double median = bench::percentile(ours, 0.5), simd = bench::percentile(reference, 0.5);
    std::printf("%.1f MiB: load + validate median %.1f ms; simdjson DOM parse median %.1f ms; ratio %.1f\n",
                fileMiB, median, simd, median / simd);
    std::printf(
        "memory: %.0f MiB resident before, peak %.0f MiB more while loading = %.1fx the file's size\n",
        double(before) / 1024, extraMiB, extraMiB / fileMiB);
    bench::result("validate a 200,000-scene chain (median)", median, "ms", "simdjson DOM parse, same bytes",
                  simd, "ratio <= 3", median / simd <= 3);
    bench::result("validate a 200,000-scene chain (peak memory)", extraMiB, "MiB", "the file's size", fileMiB,
                  "< 4x the file", extraMiB < 4 * fileMiB);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == u"--measure")
        return measure(args[2]);
    QTemporaryDir dir;
    const QString file = args.size() == 3 && args[1] == u"--write" ? args[2] : dir.filePath(u"chain.json"_s);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bench::generateChain(200000)) < 0)
        return 1;
    out.close();
    std::printf("a chain of 200,000 scenes: %.1f MB\n", double(QFileInfo(file).size()) / 1e6);
    if (args.size() == 3 && args[1] == u"--write")
        return 0;
    std::fflush(stdout);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(app.applicationFilePath(), {u"--measure"_s, file});
    child.waitForFinished(-1);
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
}
