#pragma once

#include "diagnostic.h"
#include "scenario.h"

#include <memory>

namespace saskati {

/// Either a scenario or the diagnostics that say why there is none (warnings may come with a scenario).
struct LoadResult {
    std::shared_ptr<const Scenario> scenario;
    Diagnostics diagnostics;
    bool ok() const { return scenario != nullptr; }
};

/// Reads scenario files (docs/scenario-format.md) against a catalogue and validates them. Never throws, never
/// crashes on any input: every mistake becomes a FILE:LINE:COLUMN diagnostic.
class ScenarioLoader {
public:
    explicit ScenarioLoader(std::shared_ptr<const Catalog> catalog);

    LoadResult loadFile(const QString &path) const;
    LoadResult loadBytes(const QString &path, const QByteArray &bytes) const;

    /// Skips checks for media files on disk (for scenarios generated in memory).
    void setCheckMediaFiles(bool check) { m_checkMediaFiles = check; }
    /// For the editor's preview: once every check has passed as written, the scenario starts at `sceneId`
    /// with the variables starting at `initial` (id -> value, kept within their bounds). An unknown scene is
    /// an error.
    void setPlayFrom(const QString &sceneId, const QList<std::pair<QString, int>> &initial)
    {
        m_playFrom = sceneId;
        m_initial = initial;
    }

private:
    void startAtPreviewScene(Scenario &scenario, class Reporter &reporter) const;

    std::shared_ptr<const Catalog> m_catalog;
    bool m_checkMediaFiles = true;
    QString m_playFrom;
    QList<std::pair<QString, int>> m_initial;
};

/// Loads the catalogue found for `scenarioFile` (or in `catalogDirectory` if given) and the scenario itself.
LoadResult loadScenarioWithCatalog(const QString &scenarioFile, const QString &catalogDirectory = {});

} // namespace saskati
