#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace saskati {

class ServerConnection;

/// A login Saskati knows on its server (docs/server.md, "Accounts"): a PostgreSQL role in one of Saskati's
/// three group roles, and its row in saskati.accounts saying which municipality it belongs to.
struct ServerAccount {
    enum class Kind { Lecturer, Coordinator, National };
    QString name;
    Kind kind = Kind::Lecturer;
    QString municipality; // empty for a national account
    QDateTime created;
};

QString serverAccountKindId(ServerAccount::Kind kind);
bool serverAccountKindFromId(const QString &id, ServerAccount::Kind *kind);

/// Municipalities and accounts, managed by the server's administrator (who has CREATEROLE).
namespace serveraccounts {

struct Municipality {
    QString id;   // e.g. liepaja
    QString name; // e.g. Liepājas valstspilsēta
};

/// Adds a municipality, or renames one that exists.
Result<void> putMunicipality(ServerConnection &server, const Municipality &municipality);
Result<QList<Municipality>> municipalities(ServerConnection &server);
/// Makes a login role with `password` in the kind's group role and records it. A lecturer or coordinator
/// needs a municipality the server knows; a national account has none.
Result<void> addAccount(ServerConnection &server, const ServerAccount &account, const QString &password);
/// Removes the login (its rows stay: they are the municipality's results).
Result<void> removeAccount(ServerConnection &server, const QString &name);
Result<QList<ServerAccount>> accounts(ServerConnection &server);

} // namespace serveraccounts

} // namespace saskati
