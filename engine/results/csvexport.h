#pragma once

#include "catalog.h"
#include "resultsselection.h"

#include <QByteArray>
#include <memory>

namespace saskati {

/// RFC 4180 CSV (UTF-8, CRLF): one row per attempt, per decision on the path, per cue the trainee met, and
/// per knowledge-check answer. Scores are recomputed from the events and the scenario snapshot, read with
/// `catalog`.
struct CsvExport {
    QByteArray attempts;
    QByteArray decisions;
    QByteArray exposures;
    QByteArray knowledgeAnswers;
};
CsvExport exportCsv(ResultsStore &store, const ExportSelection &selection,
                    std::shared_ptr<const Catalog> catalog);

/// One CSV field, quoted when it must be.
QByteArray csvField(const QString &value);

} // namespace saskati
