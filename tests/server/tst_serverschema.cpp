// The shared server's schema on a real PostgreSQL 15 (issue #22): made and migrated by the project, the same
// data as the laptop's SQLite store, and who sees what decided by the server's row-level security.
#include "testserver.h"

#include "resultsstore.h"
#include "serverstatus.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::testing;

namespace {

// A lecturer's first results, written as the sync will write them: a person, a seminar, the scenario, an
// attempt with two events.
struct Sent {
    QString participant = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString seminar = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString attempt = QUuid::createUuid().toString(QUuid::WithoutBraces);
};

Result<void> sendResults(ServerConnection &server, const Sent &s)
{
    return server.transaction([&]() -> Result<void> {
        const QList<std::pair<QString, QVariantList>> statements = {
            {u"INSERT INTO saskati.participants (uuid, display_name, code, created) VALUES (?::uuid, 'Anna "
             u"Bērziņa', 'P-1A2B3C', '2026-12-01T10:00:00Z')"_s,
             {s.participant}},
            {u"INSERT INTO saskati.seminars (uuid, title, created) VALUES (?::uuid, 'Sociālie darbinieki', "
             u"'2026-12-01T09:00:00Z')"_s,
             {s.seminar}},
            {u"INSERT INTO saskati.scenario_snapshots VALUES ('hash-1', 'bakery-overtime', 1, '\\x7b7d') ON "
             u"CONFLICT DO NOTHING"_s,
             {}},
            {u"INSERT INTO saskati.attempts (uuid, participant_uuid, seminar_uuid, mode, scenario_id, "
             u"scenario_version, content_hash, started, status, percent) VALUES (?::uuid, ?::uuid, ?::uuid, "
             u"'practice', 'bakery-overtime', 1, 'hash-1', '2026-12-01T10:05:00Z', 'completed', 80)"_s,
             {s.attempt, s.participant, s.seminar}},
            {u"INSERT INTO saskati.events VALUES (?::uuid, 1, '2026-12-01T10:05:01Z', 'start', '{}'), "
             u"(?::uuid, "
             u"2, '2026-12-01T10:06:00Z', 'choice', '{\"choice\":\"c1\"}')"_s,
             {s.attempt, s.attempt}},
        };
        for (const auto &[sql, values] : statements)
            if (Result<void> done = server.exec(sql, values, u"send results"_s); !done)
                return done;
        return {};
    });
}

qint64 count(ServerConnection &server, const QString &table)
{
    const Result<QVariant> n = server.value(u"SELECT count(*) FROM saskati.%1"_s.arg(table));
    return n ? n->toLongLong() : -1;
}

} // namespace

class TestServerSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("sslMode"); // empty: refused
        QTest::addColumn<QString>("error");   // a part of the message
        QTest::newRow("another computer: TLS verified by default")
            << u"postgresql://anna@results.liepaja.lv/saskati"_s << u"verify-full"_s << QString();
        QTest::newRow("another computer, TLS not verified: refused")
            << u"postgresql://anna@results.liepaja.lv/saskati?sslmode=require"_s << QString()
            << u"sslmode=verify-full"_s;
        QTest::newRow("another computer, no TLS: refused")
            << u"postgresql://anna@10.0.0.5:5433/saskati?sslmode=disable"_s << QString() << u"TLS"_s;
        QTest::newRow("a name that only looks like loopback is another computer")
            << u"postgresql://anna@127.0.0.1.example.org/saskati?sslmode=prefer"_s << QString() << u"TLS"_s;
        QTest::newRow("this computer: TLS if the server offers it")
            << u"postgresql://anna@localhost/saskati"_s << u"prefer"_s << QString();
        QTest::newRow("loopback address")
            << u"postgresql://anna@127.0.0.1:5433/saskati?sslmode=disable"_s << u"disable"_s << QString();
        QTest::newRow("a socket folder")
            << u"postgresql://anna@/saskati?host=/run/postgresql"_s << u"prefer"_s << QString();
        QTest::newRow("no database") << u"postgresql://anna@localhost"_s << QString() << u"/DATABASE"_s;
        QTest::newRow("no account") << u"postgresql://localhost/saskati"_s << QString() << u"no account"_s;
        QTest::newRow("not PostgreSQL") << u"https://anna@localhost/saskati"_s << QString()
                                        << u"postgresql://ACCOUNT@HOST:PORT/DATABASE"_s;
        QTest::newRow("an option Saskati does not know")
            << u"postgresql://anna@localhost/saskati?sslcompression=1"_s << QString() << u"sslcompression"_s;
        QTest::newRow("a certificate path that adds an option")
            << u"postgresql://anna@results.liepaja.lv/saskati?sslrootcert=ca.crt%20sslmode%3Ddisable"_s
            << QString() << u"sslrootcert"_s;
        QTest::newRow("a certificate path with a ';'")
            << u"postgresql://anna@results.liepaja.lv/saskati?sslrootcert=ca.crt;sslmode=disable"_s
            << QString() << u"sslrootcert"_s;
        QTest::newRow("a socket folder, then another computer")
            << u"postgresql://anna@/saskati?host=/run/postgresql,evil.example"_s << QString()
            << u"several hosts"_s;
        QTest::newRow("an unknown sslmode")
            << u"postgresql://anna@localhost/saskati?sslmode=always"_s << QString() << u"sslmode is one of"_s;
    }

    void addresses()
    {
        QFETCH(QString, url);
        QFETCH(QString, sslMode);
        QFETCH(QString, error);
        const Result<ServerAddress> address = ServerAddress::parse(url);
        if (sslMode.isEmpty()) {
            QVERIFY(!address);
            QVERIFY2(address.error().message.contains(error), qPrintable(address.error().message));
        } else {
            QVERIFY2(address, qPrintable(address.error().message));
            QCOMPARE(address->sslMode, sslMode);
            QVERIFY(!address->display().contains(u"secret"_s));
        }
    }

    // A password never shows in what is said about the address.
    void theDisplayedAddressHasNoPassword()
    {
        const Result<ServerAddress> address =
            ServerAddress::parse(u"postgresql://anna:s3cret-pass@localhost:5433/saskati"_s);
        QVERIFY(address);
        QCOMPARE(address->password, u"s3cret-pass"_s);
        QVERIFY(!address->display().contains(u"s3cret"_s));
        QVERIFY(address->display().contains(u"anna@localhost:5433/saskati"_s));
    }

    void initThenMigrate()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        ServerConnection server;
        QVERIFY(server.open(cluster.admin()));
        QCOMPARE(*serverschema::version(server), 0);
        const Result<int> early = serverschema::migrate(server);
        QVERIFY(!early);
        QVERIFY(early.error().message.contains(u"server init"_s));
        const Result<void> made = serverschema::init(server);
        QVERIFY2(made, qPrintable(made.error().message));
        QCOMPARE(*serverschema::version(server), serverschema::latestVersion());
        const Result<void> again = serverschema::init(server);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(u"migrate"_s));
        const Result<int> migrated = serverschema::migrate(server);
        QVERIFY2(migrated, qPrintable(migrated.error().message));
        QCOMPARE(*migrated, serverschema::latestVersion());
        // The administrator's status: every table empty, this server's identity.
        const Result<ServerStatus> status = serverStatus(server);
        QVERIFY2(status, qPrintable(status.error().message));
        QCOMPARE(status->kind, u"administrator"_s);
        QVERIFY(status->tls);
        QVERIFY(!QUuid::fromString(status->installation).isNull());
        QVERIFY(!status->counts.isEmpty());
        for (const auto &[table, rows] : status->counts)
            QCOMPARE(rows, 0);
        // A server written by a newer Saskati is left alone.
        QVERIFY(server.exec(u"UPDATE saskati.schema_version SET version = version + 1"_s));
        const Result<int> newer = serverschema::migrate(server);
        QVERIFY(!newer);
        QVERIFY(newer.error().message.contains(u"newer Saskati"_s));
    }

    // Every table and column the laptops and the server share, with a type of the same kind; what only one
    // side has is listed here with why.
    void bothSchemasDescribeTheSameData()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        QVERIFY(cluster.initialise());
        QTemporaryDir dir;
        ResultsStore store(dir.filePath(u"laptop.sqlite"_s));
        QVERIFY(store.open().ok());

        // The laptop's own: preferences, who is in a seminar room now (a resume token's hash), what the
        // server does not have yet.
        const QStringList laptopOnly = {u"settings"_s, u"room_members"_s, u"sync_outbox"_s,
                                        u"sync_counter"_s};
        // The server's own: its version and identity, municipalities, accounts.
        const QStringList serverOnly = {u"schema_version"_s, u"installation"_s, u"municipalities"_s,
                                        u"accounts"_s};
        // The server's own columns: whose row it is and when it came; the order tombstones came in.
        const QStringList serverColumns = {u"municipality"_s, u"owner"_s, u"received"_s, u"erasures.seq"_s};
        const QHash<QString, QStringList> sameKind = {
            {u"TEXT"_s, {u"text"_s, u"uuid"_s, u"timestamp with time zone"_s, u"date"_s}},
            {u"INTEGER"_s, {u"integer"_s, u"bigint"_s}},
            {u"REAL"_s, {u"double precision"_s}},
            {u"BLOB"_s, {u"bytea"_s}},
        };

        QHash<QString, QHash<QString, QString>> laptop; // table -> column -> declared type
        QSqlQuery tables(store.database());
        QVERIFY(tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s));
        while (tables.next()) {
            QSqlQuery columns(store.database());
            QVERIFY(columns.exec(u"PRAGMA table_info(%1)"_s.arg(tables.value(0).toString())));
            while (columns.next())
                laptop[tables.value(0).toString()][columns.value(1).toString()] =
                    columns.value(2).toString().toUpper();
        }
        ServerConnection server;
        QVERIFY(server.open(cluster.admin()));
        QHash<QString, QHash<QString, QString>> shared;
        QSqlQuery columns(server.database());
        QVERIFY(
            columns.exec(u"SELECT table_name, column_name, data_type FROM information_schema.columns WHERE "
                         u"table_schema = 'saskati' AND table_name IN (SELECT table_name FROM "
                         u"information_schema.tables WHERE table_schema = 'saskati' AND table_type = "
                         u"'BASE TABLE')"_s));
        while (columns.next())
            shared[columns.value(0).toString()][columns.value(1).toString()] = columns.value(2).toString();

        for (auto table = laptop.cbegin(); table != laptop.cend(); ++table) {
            if (laptopOnly.contains(table.key()))
                continue;
            QVERIFY2(shared.contains(table.key()), qPrintable(table.key() + u" is not on the server"_s));
            for (auto column = table->cbegin(); column != table->cend(); ++column) {
                const QString where = table.key() + u'.' + column.key();
                QVERIFY2(shared[table.key()].contains(column.key()),
                         qPrintable(where + u" is not on the server"_s));
                const QString serverType = shared[table.key()][column.key()];
                QVERIFY2(sameKind.value(column.value()).contains(serverType),
                         qPrintable(where + u": "_s + column.value() + u" on the laptop, "_s + serverType));
            }
            for (auto column = shared[table.key()].cbegin(); column != shared[table.key()].cend(); ++column)
                QVERIFY2(table->contains(column.key()) || serverColumns.contains(column.key()) ||
                             serverColumns.contains(table.key() + u'.' + column.key()),
                         qPrintable(table.key() + u'.' + column.key() + u" is only on the server"_s));
        }
        for (auto table = shared.cbegin(); table != shared.cend(); ++table)
            QVERIFY2(laptop.contains(table.key()) || serverOnly.contains(table.key()),
                     qPrintable(table.key() + u" is only on the server"_s));
    }

    // Row-level security, for real: the server refuses what an account may not see or write.
    void whoSeesWhat()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        QVERIFY(cluster.initialise());
        using Kind = ServerAccount::Kind;
        const ServerAddress anna = cluster.account(u"anna"_s, Kind::Lecturer, u"liepaja"_s);
        const ServerAddress berzs = cluster.account(u"berzs"_s, Kind::Lecturer, u"liepaja"_s);
        const ServerAddress ilze = cluster.account(u"ilze"_s, Kind::Coordinator, u"liepaja"_s);
        const ServerAddress valmiera = cluster.account(u"valm"_s, Kind::Coordinator, u"valmiera"_s);
        const ServerAddress national = cluster.account(u"nat"_s, Kind::National);
        for (const ServerAddress *a : {&anna, &berzs, &ilze, &valmiera, &national})
            QVERIFY(!a->account.isEmpty());

        ServerConnection asAnna, asBerzs, asIlze, asValmiera, asNational;
        QVERIFY(asAnna.open(anna));
        QVERIFY(asBerzs.open(berzs));
        QVERIFY(asIlze.open(ilze));
        QVERIFY(asValmiera.open(valmiera));
        QVERIFY(asNational.open(national));
        const Sent sent;
        const Result<void> wrote = sendResults(asAnna, sent);
        QVERIFY2(wrote, qPrintable(wrote.error().message));

        // Anna sees her own; the server filled in whose and where.
        QCOMPARE(count(asAnna, u"events"_s), 2);
        QCOMPARE(asAnna.value(u"SELECT owner || '/' || municipality FROM saskati.seminars"_s)->toString(),
                 anna.account + u"/liepaja"_s);
        // Another lecturer of the same municipality sees none of it, and cannot change it.
        for (const QString &table : {u"participants"_s, u"seminars"_s, u"attempts"_s, u"events"_s})
            QCOMPARE(count(asBerzs, table), 0);
        const Result<QVariant> renamed = asBerzs.value(
            u"WITH changed AS (UPDATE saskati.seminars SET title = 'x' RETURNING 1) SELECT count(*) FROM changed"_s);
        QVERIFY(renamed);
        QCOMPARE(renamed->toInt(), 0);
        // Nor write rows in Anna's name.
        const Result<void> forged = asBerzs.exec(
            u"INSERT INTO saskati.seminars (uuid, title, created, owner) VALUES (gen_random_uuid(), 'x', now(), ?)"_s,
            {anna.account});
        QVERIFY(!forged);
        QVERIFY2(forged.error().message.contains(u"row-level security"_s),
                 qPrintable(forged.error().message));
        // Nor in another municipality.
        const Result<void> elsewhere = asBerzs.exec(u"INSERT INTO saskati.seminars (uuid, title, created, "
                                                    u"municipality) VALUES (gen_random_uuid(), 'x', "
                                                    u"now(), 'valmiera')"_s);
        QVERIFY(!elsewhere);
        // Liepāja's coordinator sees all of Liepāja; Valmiera's sees nothing of it.
        QCOMPARE(count(asIlze, u"events"_s), 2);
        QCOMPARE(count(asIlze, u"participants"_s), 1);
        QCOMPARE(count(asValmiera, u"seminars"_s), 0);
        QCOMPARE(count(asValmiera, u"events"_s), 0);
        // The national account reads no table, only figures without names, and those only for five people or
        // more: one person's mean would be their score.
        for (const QString &table :
             {u"participants"_s, u"seminars"_s, u"attempts"_s, u"events"_s, u"attempt_items"_s,
              u"attempt_indicators"_s, u"room_runs"_s, u"room_events"_s, u"room_hand_counts"_s,
              u"knowledge_answers"_s, u"knowledge_key_shown"_s, u"institution_contacts"_s, u"erasures"_s,
              u"accounts"_s, u"scenario_snapshots"_s}) {
            const Result<QVariant> read = asNational.value(u"SELECT count(*) FROM saskati.%1"_s.arg(table));
            QVERIFY2(!read, qPrintable(table));
            QVERIFY2(read.error().message.contains(u"does not let the account"_s),
                     qPrintable(read.error().message));
        }
        QCOMPARE(count(asNational, u"national_results"_s), 0);
        for (int person = 0; person < 4; ++person)
            QVERIFY(sendResults(asAnna, Sent{}));
        QSqlQuery figures(asNational.database());
        QVERIFY(figures.exec(u"SELECT * FROM saskati.national_results"_s));
        QVERIFY(figures.next());
        QCOMPARE(figures.value(u"municipality"_s).toString(), u"liepaja"_s);
        QCOMPARE(figures.value(u"attempts"_s).toInt(), 5);
        QCOMPARE(figures.value(u"mean_percent"_s).toDouble(), 80.0);
        for (int i = 0; i < figures.record().count(); ++i)
            QVERIFY(!figures.value(i).toString().contains(u"Bērziņa"_s));
        const Result<ServerStatus> status = serverStatus(asNational);
        QVERIFY2(status, qPrintable(status.error().message));
        QCOMPARE(status->kind, u"national"_s);
    }

    // The functions that run as the owner find nothing a lecturer put in pg_temp: a temporary view named like
    // the catalogue's, calling a function that fails when it runs, changes nothing of what they do.
    void ownerFunctionsIgnoreTemporaryObjects()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        QVERIFY(cluster.initialise());
        ServerConnection asAnna;
        QVERIFY(asAnna.open(cluster.account(u"anna"_s, ServerAccount::Kind::Lecturer, u"liepaja"_s)));
        QVERIFY(asAnna.exec(
            u"CREATE FUNCTION pg_temp.hijacked() RETURNS name LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION "
            u"'hijacked as %', current_user; END$$"_s));
        for (const QString &view : {u"pg_stat_user_tables"_s, u"pg_class"_s})
            QVERIFY(
                asAnna.exec(u"CREATE TEMP VIEW %1 AS SELECT pg_temp.hijacked() AS relname, 0::oid AS relid, "
                            u"0::oid AS oid, 'saskati'::name AS schemaname, 0::oid AS relnamespace, "
                            u"1000000::bigint AS n_mod_since_analyze, 0::real AS reltuples"_s.arg(view)));
        const Result<QVariant> refreshed = asAnna.value(u"SELECT saskati.refresh_statistics()"_s);
        QVERIFY2(refreshed, qPrintable(refreshed.error().message));
        const Result<QVariant> municipality = asAnna.value(u"SELECT saskati.my_municipality()"_s);
        QVERIFY2(municipality, qPrintable(municipality.error().message));
        QCOMPARE(municipality->toString(), u"liepaja"_s);
    }

    // Erasure: Valmiera's coordinator and another lecturer may not erase Anna's participant; Liepāja's
    // coordinator may. The tombstone stays, and the person cannot be sent again.
    void erasureLeavesATombstone()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        QVERIFY(cluster.initialise());
        using Kind = ServerAccount::Kind;
        ServerConnection asAnna, asBerzs, asIlze, asValmiera;
        QVERIFY(asAnna.open(cluster.account(u"anna"_s, Kind::Lecturer, u"liepaja"_s)));
        QVERIFY(asBerzs.open(cluster.account(u"berzs"_s, Kind::Lecturer, u"liepaja"_s)));
        QVERIFY(asIlze.open(cluster.account(u"ilze"_s, Kind::Coordinator, u"liepaja"_s)));
        QVERIFY(asValmiera.open(cluster.account(u"valm"_s, Kind::Coordinator, u"valmiera"_s)));
        const Sent sent;
        QVERIFY(sendResults(asAnna, sent));
        const QString erase = u"SELECT saskati.erase_participant(?::uuid)"_s;
        for (ServerConnection *refused : {&asBerzs, &asValmiera}) {
            const Result<void> tried = refused->exec(erase, {sent.participant});
            QVERIFY(!tried);
            QVERIFY2(tried.error().message.contains(u"may not erase"_s), qPrintable(tried.error().message));
        }
        QCOMPARE(count(asAnna, u"events"_s), 2);
        QVERIFY(asIlze.exec(erase, {sent.participant}));
        for (const QString &table : {u"participants"_s, u"attempts"_s, u"events"_s})
            QCOMPARE(count(asAnna, table), 0);
        QCOMPARE(count(asIlze, u"seminars"_s), 1); // the seminar was not the person's
        QCOMPARE(count(asAnna, u"erasures"_s), 1);
        QCOMPARE(count(asValmiera, u"erasures"_s), 0);
        // Anna's laptop, not yet told, sends the person again: refused, with what to do.
        const Result<void> again = sendResults(asAnna, sent);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(u"was erased"_s) &&
                     again.error().message.contains(u"Sync again"_s),
                 qPrintable(again.error().message));
    }

    // An account's password is turned into its SCRAM verifier on this computer: the server stores the
    // verifier, and its log, which records a failing statement (here: the same account made twice), never
    // shows the password.
    void aPasswordNeverReachesTheServer()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        QVERIFY(cluster.initialise());
        ServerConnection admin;
        QVERIFY(admin.open(cluster.admin()));
        ServerAccount account;
        account.name = u"pw_"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
        account.municipality = u"liepaja"_s;
        const QString password = u"correct-horse-"_s + QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(serveraccounts::addAccount(admin, account, password));
        const Result<void> twice = serveraccounts::addAccount(admin, account, password);
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(u"already exists"_s), qPrintable(twice.error().message));
        const Result<QVariant> stored =
            admin.value(u"SELECT rolpassword FROM pg_authid WHERE rolname = ?"_s, {account.name});
        QVERIFY2(stored, qPrintable(stored.error().message));
        QVERIFY(stored->toString().startsWith(u"SCRAM-SHA-256$"_s));
        QFile dataDir(cluster.infoDir() + u"/data"_s);
        QVERIFY(dataDir.open(QIODevice::ReadOnly));
        // The server's log, as tests/tools/postgres-cluster.sh starts it.
        QFile serverLog(QString::fromUtf8(dataDir.readAll()).trimmed() + u"/cluster/server.log"_s);
        QVERIFY2(serverLog.open(QIODevice::ReadOnly), qPrintable(serverLog.fileName()));
        const QByteArray logged = serverLog.readAll();
        QVERIFY2(logged.contains(account.name.toUtf8()), "the failing statement is in the log");
        QVERIFY(!logged.contains(password.toUtf8()));
        (void)admin.exec(u"DROP ROLE %1"_s.arg(account.name));
    }

    // TLS: the server's certificate is checked against the authority given; another authority is refused
    // before a password is sent.
    void aServerWithAnUnknownCertificateIsRefused()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        QTemporaryDir dir;
        const QString otherAuthority = dir.filePath(u"other-ca.crt"_s);
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                     u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=Someone else"_s, u"-keyout"_s,
                                     dir.filePath(u"other.key"_s), u"-out"_s, otherAuthority});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        ServerAddress address = cluster.admin();
        QCOMPARE(address.sslMode, u"verify-full"_s);
        address.sslRootCert = otherAuthority;
        ServerConnection server;
        const Result<void> opened = server.open(address);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"TLS"_s), qPrintable(opened.error().message));
        // The right authority, and an address the certificate names: connected, over TLS.
        address = cluster.admin();
        address.host = u"127.0.0.1"_s;
        QVERIFY(server.open(address));
    }
};

QTEST_GUILESS_MAIN(TestServerSchema)
#include "tst_serverschema.moc"
