// The loader: a file's bytes to a Scenario, or to the diagnostics that say why not. Reading is in
// scenarioreader.cpp and the files beside it, checking in scenariovalidator.cpp.
#include "scenarioloader.h"

#include "ilorule.h"
#include "jsonfile.h"
#include "reporter.h"
#include "scenarioreader_p.h"
#include "scenariovalidator.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati {

ScenarioLoader::ScenarioLoader(std::shared_ptr<const Catalog> catalog)
    : m_catalog(std::move(catalog))
{}

LoadResult ScenarioLoader::loadFile(const QString &path) const
{
    LoadResult result;
    QByteArray bytes;
    if (!readFileBytes(path, &bytes, &result.diagnostics))
        return result;
    return loadBytes(path, bytes);
}

void ScenarioLoader::startAtPreviewScene(Scenario &scenario, Reporter &reporter) const
{
    if (!scenario.sceneIndex.contains(m_playFrom)) {
        reporter.error(
            0,
            u"there is no scene '%1' to preview from; choose one of the scenario's scenes"_s.arg(m_playFrom));
        return;
    }
    scenario.start = m_playFrom;
    for (Variable &variable : scenario.variables)
        for (const auto &[id, value] : m_initial)
            if (id == variable.id)
                variable.initial = std::clamp(value, variable.minimum, variable.maximum);
}

LoadResult ScenarioLoader::loadBytes(const QString &path, const QByteArray &bytes) const
{
    LoadResult result;
    JsonFile file = parseJsonBytes(path, bytes, &result.diagnostics);
    if (!file.ok)
        return result;
    auto scenario = std::make_shared<Scenario>();
    scenario->file = path;
    scenario->sourceMap = std::move(file.sourceMap);
    scenario->sourceBytes = bytes;
    scenario->catalog = m_catalog;
    Reporter reporter(path, &scenario->sourceMap, &result.diagnostics);
    ReadContext reading(reporter, *scenario);
    reading.document = &file.document;
    readScenario(reading, file.document.root());
    // The parsed tree is not needed past reading: freed before the checks, it is not part of their peak.
    file.document = json::Document();
    // Graph checks need a sound structure; on a broken one they would only add noise.
    if (reporter.errorCount() == 0) {
        reading.references.checkMediaFiles = m_checkMediaFiles;
        validateScenario(*scenario, reading.references, reporter);
    }
    if (!hasErrors(result.diagnostics) && !m_playFrom.isEmpty())
        startAtPreviewScene(*scenario, reporter);
    if (!hasErrors(result.diagnostics)) {
        deriveIloKeys(*scenario);
        scenario->buildIndexes();
        result.scenario = scenario;
    }
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    return result;
}

LoadResult loadScenarioWithCatalog(const QString &scenarioFile, const QString &catalogDirectory)
{
    LoadResult result;
    const QString directory = catalogDirectory.isEmpty() ? findCatalogFor(scenarioFile) : catalogDirectory;
    auto catalog = std::make_shared<Catalog>(loadCatalog(directory, &result.diagnostics));
    if (hasErrors(result.diagnostics))
        return result;
    LoadResult loaded = ScenarioLoader(catalog).loadFile(scenarioFile);
    result.diagnostics.append(loaded.diagnostics);
    result.scenario = loaded.scenario;
    return result;
}

} // namespace saskati
