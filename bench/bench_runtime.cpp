// Applying one trainee action and rescoring, on a generated 10,000-scene scenario (issue #3).
// Goal: under 50 µs at the median. Prints the median and the 99th percentile of action+rescore, and next to
// it the cost of scoring the whole path from scratch (scorePlaythrough) at the same points, as a ratio.
#include "benchresult.h"
#include "scenariogenerator.h"

#include "catalog.h"
#include "playthrough.h"
#include "scenarioloader.h"
#include "scoretracker.h"
#include "scoring.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saskati;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int scenes = 10000;
    Diagnostics diagnostics;
    auto catalog = std::make_shared<Catalog>(
        loadCatalog(QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s, &diagnostics));
    ScenarioLoader loader(catalog);
    loader.setCheckMediaFiles(false);
    const LoadResult loaded = loader.loadBytes(u"generated.json"_s, bench::generateScenario(scenes));
    if (!loaded.ok()) {
        std::fprintf(stderr, "generated scenario does not load\n");
        return 1;
    }
    const auto scenario = loaded.scenario;
    (void)bestScore(*scenario); // computed once per scenario, as in the app

    Playthrough playthrough(scenario);
    ScoreTracker tracker(scenario);
    std::vector<double> actionMicros, fullMicros;
    actionMicros.reserve(2 * scenes);
    auto timed = [&](auto &&action) {
        QElapsedTimer timer;
        timer.start();
        const Result<void> r = action();
        if (r)
            tracker.update(playthrough.state(), playthrough.events().last());
        actionMicros.push_back(double(timer.nsecsElapsed()) / 1000.0);
        return r.ok();
    };
    // Seeded, as every attempt in the app is: the choices are listed in the attempt's shuffled order.
    if (!timed([&] { return playthrough.start(PlayMode::Solo, 2026u); }))
        return 1;
    int step = 0;
    qsizetype choicesListed = 0;
    while (!playthrough.state().isFinished()) {
        const QString scene = playthrough.state().scene;
        const QString cue = scene + u"-l0-1"_s;
        if (!timed([&] { return playthrough.flag(cue); }))
            return 1;
        const QString choice = playthrough.availableChoices().first()->id;
        // A choice, and listing the next scene's choices in their order, as the app does after each one.
        if (!timed([&] {
                Result<void> chosen = playthrough.choose(choice);
                if (chosen)
                    choicesListed += playthrough.availableChoices().size();
                return chosen;
            }))
            return 1;
        if (++step % 500 == 0) {
            QElapsedTimer timer;
            timer.start();
            const Score full = scorePlaythrough(*scenario, playthrough.state());
            fullMicros.push_back(double(timer.nsecsElapsed()) / 1000.0);
            if (!(ScoreTracker::summarize(full) == tracker.summary())) {
                std::fprintf(stderr, "tracker and full score disagree at step %d\n", step);
                return 1;
            }
        }
    }
    const double median = bench::percentile(actionMicros, 0.5);
    const double fullMedian = bench::percentile(fullMicros, 0.5);
    std::printf("scenes: %d, actions: %zu, choices listed after them: %lld, final score %d of %d\n", scenes,
                actionMicros.size(), qlonglong(choicesListed), tracker.summary().points.total(),
                tracker.summary().pathMax.total());
    std::printf("action + live rescore: median %.1f µs, p99 %.1f µs (goal: median < 50 µs)\n", median,
                bench::percentile(actionMicros, 0.99));
    std::printf(
        "full rescore of the path (scorePlaythrough), median over the walk: %.1f µs = %.0f x the live one\n",
        fullMedian, fullMedian / median);
    bench::result("action + live rescore, 10,000 scenes (median)", median, "µs", "full rescore of the path",
                  fullMedian, "median < 50 µs", median < 50);
    return 0;
}
