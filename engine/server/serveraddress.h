#pragma once

#include "result.h"

#include <QString>

namespace saskati {

/// Where a Saskati server is and how to reach it, read from a PostgreSQL URL as libpq writes them:
/// postgresql://ACCOUNT[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…&sslrootcert=FILE&connect_timeout=S]
/// (docs/server.md). Off this computer the connection must be TLS with the server's certificate verified
/// (sslmode=verify-full, the default here): a weaker mode is refused with what to write instead. A password
/// left out comes from PGPASSWORD or ~/.pgpass, as for psql.
struct ServerAddress {
    QString host; // a name, an address, or a socket folder (starting with /)
    int port = 5432;
    QString database;
    QString account;
    QString password;
    QString sslMode;     // verify-full unless the host is this computer
    QString sslRootCert; // the authority's certificate; empty: libpq's ~/.postgresql/root.crt
    int connectTimeoutSeconds = 10;

    /// Reads and checks `url`; the error says what is wrong and what to write.
    static Result<ServerAddress> parse(const QString &url);
    /// The host is this computer (localhost, a loopback address or a socket folder): TLS is not required.
    bool isLocal() const;
    /// The URL without its password: for messages and logs.
    QString display() const;
    /// libpq's connection options other than host, port, database, account and password ("key=value;…").
    QString connectOptions() const;
};

} // namespace saskati
