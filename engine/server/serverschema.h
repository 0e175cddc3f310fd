#pragma once

#include "result.h"

namespace saskati {

class ServerConnection;

/// The server's schema as its history (engine/server/sql/NNN-*.sql, docs/server.md "Schema"): step N brings
/// version N-1 to N in one transaction. `server init` makes the three group roles and runs every step;
/// `server migrate` runs the steps a server does not have yet. Both are run by the database's administrator.
namespace serverschema {

/// The version this Saskati writes: the number of steps.
int latestVersion();
/// The server's version: 0 when Saskati's schema is not there yet.
Result<int> version(ServerConnection &server);
/// Makes the group roles (saskati_lecturer, saskati_coordinator, saskati_national) where missing and brings
/// an empty database to the latest version. Refuses a database that has the schema already (use migrate).
Result<void> init(ServerConnection &server);
/// Runs the missing steps; returns the version the server had before. Refuses a server that is not
/// initialised, and one written by a newer Saskati.
Result<int> migrate(ServerConnection &server);

} // namespace serverschema

} // namespace saskati
