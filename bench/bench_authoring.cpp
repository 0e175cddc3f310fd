// One edit in the authoring document on a 150-scene scenario (issue #19): the edit, then validation by the
// loader (the document writes its text and loads it), then the editor's scene map rebuilt
// (authoring::sceneMap, what the graph view draws). Goal: median under 16 ms (a frame). The reference is the
// loader alone on the same text, the part of the work the document cannot avoid. Then a 10,000-scene
// scenario: opening it (parse into the editable tree), validating it, and the map and a search, which the
// editor redoes on every change: goal for map + search under 16 ms.
#include "benchresult.h"
#include "scenariogenerator.h"

#include "catalog.h"
#include "scenariodocument.h"
#include "scenarioloader.h"
#include "scenemap.h"

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
    qsizetype graphNodes = 0;
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
        graphNodes = authoring::sceneMap(document.root(), u"en"_s).nodes.size();
        edit.push_back(double(timer.nsecsElapsed()) / 1e6);

        timer.restart();
        const QByteArray text = document.text();
        writing.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        graphNodes = authoring::sceneMap(document.root(), u"en"_s).nodes.size();
        graphing.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const LoadResult loaded = ScenarioLoader(catalog).loadBytes(u"bench-150.json"_s, text);
        reference.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!loaded.ok())
            return 1;
    }
    const double median = bench::percentile(edit, 0.5), p95 = bench::percentile(edit, 0.95);
    const double loadMedian = bench::percentile(reference, 0.5);
    std::printf("%d scenes, %lld bytes of text, %d edits; map of %lld nodes\n", scenes,
                qlonglong(document.text().size()), rounds, qlonglong(graphNodes));
    std::printf("edit + validate + map: median %.2f ms, p95 %.2f ms; loader alone on the same text: median "
                "%.2f ms (%.2fx)\n",
                median, p95, loadMedian, median / loadMedian);
    std::printf("of which: writing the text %.2f ms, the map %.2f ms (medians, measured apart)\n",
                bench::percentile(writing, 0.5), bench::percentile(graphing, 0.5));
    bench::result("Edit + validate + map, 150 scenes (median)", median, "ms", "loader alone, same text",
                  loadMedian, "under 16 ms", median < 16.0);

    // 10,000 scenes.
    const QByteArray large = bench::generateScenario(10000);
    QElapsedTimer timer;
    timer.start();
    const json::Document largeParsed = json::Document::parse(large, &error);
    ScenarioDocument largeDocument(u"bench-10000.json"_s, json::Tree::from(largeParsed.root()), catalog);
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const bool loads = !largeDocument.validate().isDraft();
    const double validateMs = double(timer.nsecsElapsed()) / 1e6;
    std::vector<double> mapAndSearch;
    qsizetype found = 0;
    for (int i = 0; i < 11; ++i) {
        timer.restart();
        const authoring::SceneMap map = authoring::sceneMap(largeDocument.root(), u"en"_s);
        found = map.search(largeDocument.root(), u"s9999"_s).size();
        mapAndSearch.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double mapMedian = bench::percentile(mapAndSearch, 0.5);
    std::printf(
        "10,000 scenes (%.1f MB): open %.1f ms, validate %.1f ms (%s), map + search %.1f ms (%lld found)\n",
        double(large.size()) / 1e6, openMs, validateMs, loads ? "loads" : "DOES NOT LOAD", mapMedian,
        qlonglong(found));
    bench::result("Map + search, 10,000 scenes (median)", mapMedian, "ms", "", 0, "under 16 ms",
                  mapMedian < 16.0);
    return loads ? 0 : 1;
}
