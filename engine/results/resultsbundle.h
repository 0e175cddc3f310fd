#pragma once

#include "resultsselection.h"

#include <QJsonObject>

namespace saskati {

/// The version of the results bundle format (docs/results-bundle.md); import also reads the older ones.
inline constexpr int resultsBundleVersion = 2;
inline constexpr int oldestResultsBundleVersion = 1;

/// A results bundle (JSON): the selected participants, seminars, attempts with their events, the scenario
/// snapshots they were played with, and the seminars' knowledge-check answers (version 2). Moves results
/// between laptops; importing it is idempotent.
QJsonObject exportBundle(ResultsStore &store, const ExportSelection &selection);

struct ImportReport {
    int added = 0;         // rows new to this database
    int unchanged = 0;     // rows it already had, identical
    QStringList conflicts; // same UUID, different content: the local row is kept, the conflict named
    bool ok = false;
    Error error; // why nothing was imported, when not ok
};
/// Imports a bundle in one transaction: all of it or, on an error, nothing.
ImportReport importBundle(ResultsStore &store, const QJsonObject &bundle);

} // namespace saskati
