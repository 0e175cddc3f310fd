#pragma once

#include "catalog.h"
#include "resultsstore.h"

#include <QJsonObject>
#include <memory>

namespace saskati {

/// Which results to export: participants (uuid, name or code) and seminars (uuid or title); empty means all.
struct ExportSelection {
    QStringList participants;
    QStringList seminars;
    /// Replace names by pseudonymous codes (and drop free-text notes, which may name people).
    bool pseudonymise = false;
};

/// What a selection picks: its participants, seminars and attempts (in the store's order).
struct SelectedResults {
    QList<Participant> participants;
    QList<Seminar> seminars;
    QList<AttemptRecord> attempts;
};
SelectedResults selectResults(ResultsStore &store, const ExportSelection &selection);

/// The version of the results bundle format (docs/results-bundle.md).
inline constexpr int resultsBundleVersion = 1;

/// A results bundle (JSON): the selected participants, seminars, attempts with their events, and the scenario
/// snapshots they were played with. Moves results between laptops; importing it is idempotent.
QJsonObject exportBundle(ResultsStore &store, const ExportSelection &selection);

struct ImportReport {
    int added = 0;         // rows new to this database
    int unchanged = 0;     // rows it already had, identical
    QStringList conflicts; // same UUID, different content: the local row is kept, the conflict named
    bool ok = false;
    QString error;
};
/// Imports a bundle in one transaction: all of it or, on an error, nothing.
ImportReport importBundle(ResultsStore &store, const QJsonObject &bundle);

/// RFC 4180 CSV (UTF-8, CRLF): one row per attempt, per decision on the path, and per cue the trainee met.
/// Scores are recomputed from the events and the scenario snapshot, read with `catalog`.
struct CsvExport {
    QByteArray attempts;
    QByteArray decisions;
    QByteArray exposures;
};
CsvExport exportCsv(ResultsStore &store, const ExportSelection &selection,
                    std::shared_ptr<const Catalog> catalog);

/// One CSV field, quoted when it must be.
QByteArray csvField(const QString &value);

} // namespace saskati
