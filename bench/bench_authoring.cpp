// One edit in the authoring document on a 150-scene scenario (issue #19): the edit, then validation by the
// loader (the document writes its text and loads it), then the scene graph rebuilt from the result
// (scenarioToDot: the editor's graph view is not built yet, this is the graph's data). Goal: median under 16
// ms (a frame). The reference is the loader alone on the same text, the part of the work the document cannot
// avoid.
#include "benchresult.h"
#include "scenariogenerator.h"

#include "catalog.h"
#include "scenariodocument.h"
#include "scenariograph.h"
#include "scenarioloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saskati;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int scenes = 150;
    constexpr int rounds = 200;
    Diagnostics diagnostics;
    const auto catalog = std::make_shared<Catalog>(
        loadCatalog(QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s, &diagnostics));
    const QByteArray generated = bench::generateScenario(scenes);
    json::ParseError error;
    const json::Document parsed = json::Document::parse(generated, &error);
    ScenarioDocument document(u"bench-150.json"_s, json::Tree::from(parsed.root()), catalog);
    if (document.validate().isDraft()) {
        std::fprintf(stderr, "the generated scenario does not load\n");
        return 1;
    }
    // A scene's title in the middle of the file, as an author types it.
    const json::Path title{{u"scenes"_s, -1}, {QString(), scenes / 2}, {u"title"_s, -1}, {u"en"_s, -1}};
    std::vector<double> edit, reference, writing, graphing;
    qsizetype graphBytes = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        document.closeEdit();
        if (!document.set(title, json::Tree::string(u"Scene title, draft %1"_s.arg(i)),
                          u"Edit the title"_s)) {
            std::fprintf(stderr, "the edit was refused\n");
            return 1;
        }
        const ScenarioDocument::Validation validation = document.validate();
        if (validation.isDraft()) {
            std::fprintf(stderr, "the edited scenario does not load\n");
            return 1;
        }
        graphBytes = scenarioToDot(*validation.scenario, u"en"_s).size();
        edit.push_back(double(timer.nsecsElapsed()) / 1e6);

        timer.restart();
        const QByteArray text = document.text();
        writing.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        graphBytes = scenarioToDot(*validation.scenario, u"en"_s).size();
        graphing.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const LoadResult loaded = ScenarioLoader(catalog).loadBytes(u"bench-150.json"_s, text);
        reference.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!loaded.ok())
            return 1;
    }
    const double median = bench::percentile(edit, 0.5), p95 = bench::percentile(edit, 0.95);
    const double loadMedian = bench::percentile(reference, 0.5);
    std::printf("%d scenes, %lld bytes of text, %d edits; graph %lld bytes\n", scenes,
                qlonglong(document.text().size()), rounds, qlonglong(graphBytes));
    std::printf("edit + validate + graph: median %.2f ms, p95 %.2f ms; loader alone on the same text: median "
                "%.2f ms (%.2fx)\n",
                median, p95, loadMedian, median / loadMedian);
    std::printf("of which: writing the text %.2f ms, the graph %.2f ms (medians, measured apart)\n",
                bench::percentile(writing, 0.5), bench::percentile(graphing, 0.5));
    bench::result("Edit + validate + graph, 150 scenes (median)", median, "ms", "loader alone, same text",
                  loadMedian, "under 16 ms", median < 16.0);
    return 0;
}
