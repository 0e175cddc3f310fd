#include "serverstatus.h"

#include "serverconnection.h"
#include "serverschema.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

const QStringList s_countedTables = {u"participants"_s,
                                     u"seminars"_s,
                                     u"attempts"_s,
                                     u"events"_s,
                                     u"room_runs"_s,
                                     u"knowledge_answers"_s,
                                     u"institution_contacts"_s,
                                     u"erasures"_s};

Result<void> readAccount(ServerConnection &server, ServerStatus *status)
{
    QSqlQuery q(server.database());
    if (!q.exec(u"SELECT session_user, (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), "
                u"current_setting('server_version')"_s) ||
        !q.next())
        return server.fail(u"read who is connected"_s, q.lastError());
    status->account = q.value(0).toString();
    status->tls = q.value(1).toBool();
    status->serverVersion = q.value(2).toString();
    if (status->schemaVersion == 0)
        return {};
    if (!q.exec(u"SELECT (SELECT id::text FROM saskati.installation), saskati.my_kind(), "
                u"saskati.my_municipality()"_s) ||
        !q.next())
        return server.fail(u"read the account"_s, q.lastError());
    status->installation = q.value(0).toString();
    status->kind = q.value(1).isNull() ? u"administrator"_s : q.value(1).toString();
    status->municipality = q.value(2).toString();
    return {};
}

Result<void> readCounts(ServerConnection &server, ServerStatus *status)
{
    QSqlQuery q(server.database());
    if (status->kind == u"national") {
        if (!q.exec(u"SELECT coalesce(sum(attempts), 0), coalesce(sum(completed), 0), count(DISTINCT "
                    u"municipality) FROM saskati.national_results"_s) ||
            !q.next())
            return server.fail(u"read the national figures"_s, q.lastError());
        status->counts = {{u"attempts"_s, q.value(0).toLongLong()},
                          {u"completed attempts"_s, q.value(1).toLongLong()},
                          {u"municipalities"_s, q.value(2).toLongLong()}};
        return {};
    }
    for (const QString &table : s_countedTables) {
        if (!q.exec(u"SELECT count(*) FROM saskati.%1"_s.arg(table)) || !q.next())
            return server.fail(u"count the %1"_s.arg(table), q.lastError());
        status->counts.append({table, q.value(0).toLongLong()});
    }
    if (!q.exec(u"SELECT max(received) FROM saskati.attempts"_s) || !q.next())
        return server.fail(u"read when results last came"_s, q.lastError());
    status->lastReceived = q.value(0).toDateTime();
    return {};
}

} // namespace

Result<ServerStatus> serverStatus(ServerConnection &server)
{
    ServerStatus status;
    status.address = server.address().display();
    status.latestSchemaVersion = serverschema::latestVersion();
    const Result<int> version = serverschema::version(server);
    if (!version)
        return version.error();
    status.schemaVersion = *version;
    if (Result<void> read = readAccount(server, &status); !read)
        return read.error();
    if (status.schemaVersion > 0 && status.schemaVersion <= status.latestSchemaVersion)
        if (Result<void> read = readCounts(server, &status); !read)
            return read.error();
    return status;
}

QString ServerStatus::toText() const
{
    QString text;
    text += u"server        %1\n"_s.arg(address);
    text += u"postgresql    %1, %2\n"_s.arg(serverVersion, tls ? u"TLS"_s : u"no TLS (this computer)"_s);
    text += u"account       %1 (%2%3)\n"_s.arg(account, kind.isEmpty() ? u"not a Saskati account"_s : kind,
                                               municipality.isEmpty() ? QString() : u", "_s + municipality);
    if (schemaVersion == 0) {
        text += u"schema        none: run saskati-cli server init\n"_s;
        return text;
    }
    text += u"schema        version %1 of %2%3\n"_s.arg(schemaVersion)
                .arg(latestSchemaVersion)
                .arg(schemaVersion < latestSchemaVersion   ? u" (run saskati-cli server migrate)"_s
                     : schemaVersion > latestSchemaVersion ? u" (written by a newer Saskati)"_s
                                                           : QString());
    text += u"installation  %1\n"_s.arg(installation);
    for (const auto &[table, count] : counts)
        text += u"%1 %2\n"_s.arg(table.leftJustified(20), QString::number(count).rightJustified(10));
    if (lastReceived.isValid())
        text += u"last received %1\n"_s.arg(lastReceived.toUTC().toString(Qt::ISODate));
    return text;
}

} // namespace saskati
