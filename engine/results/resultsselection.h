#pragma once

#include "resultsstore.h"

#include <QList>
#include <QStringList>

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

} // namespace saskati
