#pragma once

#include <QStringList>

namespace saskati::cli {

/// `saskati-cli server init|migrate|status|municipality|account`: the shared PostgreSQL server's schema,
/// municipalities and accounts, for its administrator (docs/server.md). The address is --url URL or the
/// environment's SASKATI_SERVER_URL.
int serverCommand(const QStringList &args);
/// `saskati-cli sync --database PATH --server URL`: one sync of a results database with the server; prints
/// what it sent.
int syncCommand(const QStringList &args);

} // namespace saskati::cli
