#pragma once

#include "result.h"

#include <QString>

namespace saskati {

struct ServerAddress;

/// The server passwords a person asked Saskati to remember, in a file only they can read, in the format of
/// PostgreSQL's own password file (~/.pgpass: `host:port:database:account:password` a line, `*` for any,
/// `\:` and `\\` escaped), so that an administrator can write it with the tools they know and psql can use it
/// too (PGPASSFILE=...). The app's background sync needs the password without asking; nothing else keeps it.
/// The host is matched as libpq matches it: as given (a socket folder too), and "localhost" for Debian's
/// default socket folder. Errors carry the code "password-file".
namespace serverpasswords {

/// ~/.config/saskati/server.pgpass (the user's configuration folder).
QString defaultFile();

/// The password for `address` (its host, port, database and account), or an empty string when the file has
/// none. Fails when the file cannot be read or others may read it (as libpq refuses such a file).
Result<QString> lookup(const QString &file, const ServerAddress &address);
/// Keeps `password` for `address`, replacing the line for the same server and account. The file is written
/// whole (a crash leaves the old one) and readable only by its owner; two writers at once take turns (a lock
/// file beside it while one writes), so neither's line is lost.
Result<void> remember(const QString &file, const ServerAddress &address, const QString &password);
/// Removes the line for `address`'s server and account, if there is one.
Result<void> forget(const QString &file, const ServerAddress &address);

} // namespace serverpasswords

} // namespace saskati
