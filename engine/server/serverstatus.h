#pragma once

#include "result.h"
#include "serveraccounts.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>

namespace saskati {

class ServerConnection;

/// What a server holds, as the connected account may see it (`saskati-cli server status`): a lecturer counts
/// their own rows, a coordinator their municipality's, the administrator everything, a national account the
/// aggregate views' totals.
struct ServerStatus {
    QString address; // without password
    QString installation;
    QString serverVersion; // PostgreSQL's
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QString account;
    QString kind; // lecturer, coordinator, national, or administrator (not a Saskati account)
    QString municipality;
    bool tls = false;
    QList<std::pair<QString, qint64>> counts; // table, rows visible
    QDateTime lastReceived;                   // the newest row any laptop sent, as visible

    QString toText() const;
};

Result<ServerStatus> serverStatus(ServerConnection &server);

} // namespace saskati
