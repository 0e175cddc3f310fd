#include "serverschema.h"

#include "serverconnection.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace saskati::serverschema {

namespace {

// The steps, in order, as compiled in from engine/server/sql/.
QStringList stepFiles()
{
    QStringList files = QDir(u":/saskati/server/sql"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (QString &file : files)
        file.prepend(u":/saskati/server/sql/"_s);
    return files;
}

// One lock for everyone who migrates this database: two administrators at once take turns.
constexpr qint64 migrationLock = 0x5a5a'534b'4154'49; // "SKATI"

Result<void> runSteps(ServerConnection &server, int from)
{
    const QStringList files = stepFiles();
    for (int step = from + 1; step <= int(files.size()); ++step) {
        QFile file(files.at(step - 1));
        if (!file.open(QIODevice::ReadOnly))
            return Error(u"Saskati's server schema step %1 is missing from this build."_s.arg(step));
        const QString sql = QString::fromUtf8(file.readAll());
        const Result<void> ran = server.transaction([&]() -> Result<void> {
            if (Result<void> locked = server.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(migrationLock));
                !locked)
                return locked;
            // Someone else may have run this step while this one waited for the lock.
            const Result<int> now = version(server);
            if (!now)
                return now.error();
            if (*now >= step)
                return {};
            if (Result<void> done =
                    server.exec(sql, {}, u"bring the server's schema to version %1"_s.arg(step));
                !done)
                return done;
            return server.exec(u"UPDATE saskati.schema_version SET version = %1"_s.arg(step), {},
                               u"record the server's schema version"_s);
        });
        if (!ran)
            return ran;
    }
    return {};
}

} // namespace

int latestVersion()
{
    return int(stepFiles().size());
}

Result<int> version(ServerConnection &server)
{
    const Result<QVariant> exists =
        server.value(u"SELECT to_regclass('saskati.schema_version') IS NOT NULL"_s, {},
                     u"read the server's schema version"_s);
    if (!exists)
        return exists.error();
    if (!exists->toBool())
        return 0;
    const Result<QVariant> v = server.value(u"SELECT version FROM saskati.schema_version"_s, {},
                                            u"read the server's schema version"_s);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<void> init(ServerConnection &server)
{
    const Result<int> current = version(server);
    if (!current)
        return current.error();
    if (*current > 0)
        return Error(u"The server %1 has Saskati's schema already (version %2). To bring it up to date, run "
                     u"saskati-cli server migrate."_s.arg(server.address().display())
                         .arg(*current));
    // Group roles are the cluster's, not the database's: another Saskati database on the same server shares
    // them.
    const Result<void> roles =
        server.exec(uR"sql(DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['saskati_lecturer', 'saskati_coordinator', 'saskati_national'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $$)sql"_s,
                    {}, u"make Saskati's group roles (the account needs CREATEROLE)"_s);
    if (!roles)
        return roles;
    return runSteps(server, 0);
}

Result<int> migrate(ServerConnection &server)
{
    const Result<int> current = version(server);
    if (!current)
        return current.error();
    if (*current == 0)
        return Error(u"The server %1 has no Saskati schema yet. Run saskati-cli server init first."_s.arg(
            server.address().display()));
    if (*current > latestVersion())
        return Error(u"The server %1 has schema version %2, written by a newer Saskati (this one knows %3). "
                     u"Update Saskati; the server has not been changed."_s.arg(server.address().display())
                         .arg(*current)
                         .arg(latestVersion()));
    if (Result<void> ran = runSteps(server, *current); !ran)
        return ran.error();
    return *current;
}

} // namespace saskati::serverschema
