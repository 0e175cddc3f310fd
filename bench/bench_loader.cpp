// Load+validate time of generated scenarios next to the bare QJsonDocument::fromJson time of the same bytes.
// Goal (issue #2): ratio <= 3 and 10,000 scenes in under 150 ms.
#include "benchresult.h"
#include "scenariogenerator.h"

#include "catalog.h"
#include "scenarioloader.h"
#include "scorebounds.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

template <typename F> double medianMilliseconds(int runs, F &&work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == u"--write") {
        // bench_loader --write N FILE: keep a generated scenario to look at or to feed saskati-cli.
        QFile file(args[3]);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(bench::generateScenario(args[2].toInt()));
        return 0;
    }
    Diagnostics diagnostics;
    auto catalog = std::make_shared<Catalog>(
        loadCatalog(QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s, &diagnostics));
    ScenarioLoader loader(catalog);
    loader.setCheckMediaFiles(false);

    std::printf("%8s %10s %14s %14s %7s\n", "scenes", "MiB", "fromJson ms", "load+valid ms", "ratio");
    for (int scenes : {1000, 10000}) {
        const QByteArray bytes = bench::generateScenario(scenes);
        const LoadResult check = loader.loadBytes(u"generated.json"_s, bytes);
        if (!check.ok()) {
            for (const Diagnostic &d : check.diagnostics)
                std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
            return 1;
        }
        const int runs = scenes >= 10000 ? 7 : 21;
        const double bare = medianMilliseconds(runs, [&] { (void)QJsonDocument::fromJson(bytes); });
        const double ours =
            medianMilliseconds(runs, [&] { (void)loader.loadBytes(u"generated.json"_s, bytes); });
        std::printf("%8d %10.1f %14.1f %14.1f %7.2f\n", scenes, double(bytes.size()) / (1024 * 1024), bare,
                    ours, ours / bare);
        std::printf("         max score on the best path: %d\n", bestReachable(*check.scenario).total());
        if (scenes == 10000) {
            bench::result("load + validate 10,000 scenes", ours, "ms", "QJsonDocument::fromJson", bare,
                          "ratio <= 3", ours / bare <= 3);
            bench::result("load + validate 10,000 scenes (time)", ours, "ms", "", 0, "< 150 ms", ours < 150);
        }
    }
    return 0;
}
