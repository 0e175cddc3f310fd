#pragma once

// Shared by the engine tests: the test catalogue and scenarios under tests/data.
#include "catalog.h"
#include "scenarioloader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

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

/// valid/minimal.json as JSON, to edit before loadEditedMinimal().
inline QJsonObject minimalScenarioJson()
{
    QFile file(dataPath(QStringLiteral("valid/minimal.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// `root` (minimal.json edited) loaded as if it were that file, with the test catalogue.
inline LoadResult loadEditedMinimal(const QJsonObject &root)
{
    Diagnostics diagnostics;
    const auto catalog =
        std::make_shared<Catalog>(loadCatalog(dataPath(QStringLiteral("catalog")), &diagnostics));
    return ScenarioLoader(catalog).loadBytes(dataPath(QStringLiteral("valid/minimal.json")),
                                             QJsonDocument(root).toJson());
}

} // namespace saskati::testing
