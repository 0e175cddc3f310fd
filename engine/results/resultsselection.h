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

/// What a selection picks: its participants, seminars, attempts and knowledge-check answers (in the store's
/// order). A participant who answered a seminar's knowledge check took part in it, attempt or not.
struct SelectedResults {
    QList<Participant> participants;
    QList<Seminar> seminars;
    QList<AttemptRecord> attempts;
    QList<KnowledgeAnswer> knowledgeAnswers;
};
SelectedResults selectResults(ResultsStore &store, const ExportSelection &selection);

} // namespace saskati
