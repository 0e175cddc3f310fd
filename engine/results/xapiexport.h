#pragma once

#include "resultsexport.h"

#include <QJsonArray>

namespace saskati {

/// Where Saskati's xAPI identifiers live (activities, extensions, the actors' account home page).
QString xapiBase();

/// xAPI 1.0.3 statements of the selected attempts and their decisions, for a learning record store
/// (docs/xapi.md): a completed attempt is "completed" with its scaled score, each of its decisions "answered"
/// with the decision's mark and the answer given; an abandoned attempt is "terminated". The actor is always
/// the participant's pseudonymous code, never a name; a seminar's uuid is the registration. Statement ids are
/// derived from the attempt (UUID v5), so exporting again yields the same statements.
QJsonArray xapiStatements(ResultsStore &store, const ExportSelection &selection);

} // namespace saskati
