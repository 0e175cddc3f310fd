#pragma once

// Shared by the engine tests: the test catalogue and scenarios under tests/data.
#include "catalog.h"
#include "scenarioloader.h"

#include <QTest>

namespace saskati::testing {

inline QString dataPath(const QString &path)
{
    return QStringLiteral(SASKATI_TEST_DATA) + u'/' + path;
}

inline std::shared_ptr<const Scenario> loadScenario(const QString &path, const QString &catalog = {})
{
    const LoadResult result = loadScenarioWithCatalog(path, catalog);
    for (const Diagnostic &d : result.diagnostics)
        qWarning("%s", qPrintable(d.toString()));
    return result.scenario;
}

inline std::shared_ptr<const Scenario> minimalScenario()
{
    return loadScenario(dataPath(QStringLiteral("valid/minimal.json")), dataPath(QStringLiteral("catalog")));
}

} // namespace saskati::testing
