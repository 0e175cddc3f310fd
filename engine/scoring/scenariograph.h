#pragma once

#include "scenario.h"

#include <QJsonObject>

namespace saskati {

/// Graphviz DOT of the scenes (boxes), endings (ellipses) and choices (edges, labelled with points);
/// critical-error choices are drawn bold red so they stand out.
QString scenarioToDot(const Scenario &scenario, const QString &language);

/// A summary for tools: id, version, languages, counts, indicators used and the maximum reachable score.
QJsonObject scenarioInfo(const Scenario &scenario);

} // namespace saskati
