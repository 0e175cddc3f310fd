// Syncing with the shared server (issue #22), on a throw-away PostgreSQL 15 cluster this benchmark starts and
// removes (tests/tools/postgres-cluster.sh):
// - a ten-year laptop database (200,000 attempts with 25 events each: 5 million events, their review rows,
//   the people and seminars) synced into an empty server, next to PostgreSQL's own COPY of the same rows into
//   the same tables (same schema, indexes and keys) on the same server (goal: within 3×);
// - an incremental sync of one new seminar of 30 people on loopback (goal: under 1 s);
// - the coordinator's review of that server (ServerMirror): the first reading of the whole server into the
//   review's copy (goal: no slower than the sync that sent the same rows), a reading after one more seminar
//   (goal: under 1 s), and each review view on the copy next to the same view on the laptop's own file, which
//   holds the same attempts (goal: each under the review's 200 ms; the bench checks that both agree).
// Autovacuum is off while it runs, so that neither timing pays for the upkeep of the other's rows; the server
// is vacuumed and analysed (untimed) before the review reads it.
//
// Usage: bench_sync [--scale N] (1/N of the ten-year database) [--keep FOLDER] (make the laptop file there
// and keep it) [--batch N] (attempts per batch) [--trace] (each batch's time) [--explain-slow MS] (the
// server's plans of statements slower than MS; it slows the whole server, COPY too: for finding, not figures)
#include "../tests/server/laptopdata.h"
#include "benchresult.h"

#include "reviewqueries.h"
#include "serveraccounts.h"
#include "serverconnection.h"
#include "servermirror.h"
#include "serverschema.h"
#include "serversync.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <functional>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

const QString s_script = QStringLiteral(SASKATI_SOURCE_DIR "/tests/tools/postgres-cluster.sh");

// COPY's text format: tab between columns, \N for NULL, backslash escapes.
QByteArray copyField(const QVariant &v)
{
    if (v.isNull())
        return "\\N";
    QByteArray text =
        v.typeId() == QMetaType::QByteArray ? "\\\\x" + v.toByteArray().toHex() : v.toString().toUtf8();
    if (v.typeId() != QMetaType::QByteArray)
        text.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n").replace('\r', "\\r");
    return text;
}

// One table's rows from the laptop as COPY text, with the server's own columns (municipality, owner) appended
// where the table has them.
QByteArray copyText(ResultsStore &laptop, const QString &select, int serverColumns, const QString &owner)
{
    QSqlQuery q(laptop.database());
    q.setForwardOnly(true);
    if (!q.exec(select)) {
        std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
        return {};
    }
    QByteArray out;
    const int columns = q.record().count();
    while (q.next()) {
        for (int i = 0; i < columns; ++i) {
            if (i > 0)
                out += '\t';
            out += copyField(q.value(i));
        }
        if (serverColumns >= 1)
            out += "\tliepaja";
        if (serverColumns >= 2)
            out += '\t' + owner.toUtf8();
        out += '\n';
    }
    return out;
}

struct CopyTable {
    QString target;    // COPY saskati.x (columns)
    QString select;    // the laptop's rows
    int serverColumns; // 0, 1 (municipality) or 2 (municipality, owner)
};

// PostgreSQL's own bulk load of the laptop's rows, on one connection, in one transaction; the reading of the
// laptop's file is not timed. Returns the seconds, or -1.
double copyEverything(ResultsStore &laptop, const ServerAddress &admin, const QString &owner)
{
    const QList<CopyTable> tables = {
        {u"participants (uuid, display_name, code, role, created, municipality, owner)"_s,
         u"SELECT uuid, display_name, code, role, created FROM participants"_s, 2},
        {u"seminars (uuid, title, date, place, lecturer, audience, scenarios, notes, created, municipality, owner)"_s,
         u"SELECT uuid, title, nullif(date, ''), place, lecturer, audience, scenarios, notes, created FROM seminars"_s,
         2},
        {u"scenario_snapshots (content_hash, scenario_id, version, source)"_s,
         u"SELECT content_hash, scenario_id, version, source FROM scenario_snapshots"_s, 0},
        {u"room_runs (uuid, seminar_uuid, scenario_id, scenario_version, content_hash, language, started, "
         u"finished, "
         u"status, score, municipality, owner)"_s,
         u"SELECT uuid, seminar_uuid, scenario_id, scenario_version, content_hash, language, started, "
         u"finished, "
         u"status, score FROM room_runs"_s,
         2},
        {u"room_events (run_uuid, seq, time, type, payload)"_s, u"SELECT * FROM room_events"_s, 0},
        {u"room_hand_counts (run_uuid, decision, scene, counts, time)"_s, u"SELECT * FROM room_hand_counts"_s,
         0},
        {u"attempts (uuid, participant_uuid, seminar_uuid, mode, scenario_id, scenario_version, "
         u"content_hash, "
         u"started, finished, status, score, language, room_run_uuid, percent, total, feedback, "
         u"municipality, "
         u"owner)"_s,
         u"SELECT uuid, participant_uuid, seminar_uuid, mode, scenario_id, scenario_version, content_hash, "
         u"started, "
         u"finished, status, score, language, room_run_uuid, percent, total, feedback FROM attempts"_s,
         2},
        {u"events (attempt_uuid, seq, time, type, payload)"_s, u"SELECT * FROM events"_s, 0},
        {u"attempt_items (attempt_uuid, item, mark, max, answer)"_s, u"SELECT * FROM attempt_items"_s, 0},
        {u"attempt_indicators (attempt_uuid, indicator, present, found, false_named)"_s,
         u"SELECT * FROM attempt_indicators"_s, 0},
        {u"knowledge_answers (seminar_uuid, participant_uuid, round, check_id, question_id, option_id, "
         u"correct, "
         u"answered)"_s,
         u"SELECT * FROM knowledge_answers"_s, 0},
        {u"knowledge_key_shown (seminar_uuid, shown)"_s, u"SELECT * FROM knowledge_key_shown"_s, 0},
        {u"institution_contacts (institution, phone, free_phone, address, email, website, hours, "
         u"verified_on, "
         u"updated, municipality, owner)"_s,
         u"SELECT institution, phone, free_phone, address, email, website, hours, nullif(verified_on, ''), "
         u"updated "
         u"FROM institution_contacts"_s,
         2},
    };
    QList<std::pair<QString, QByteArray>> data;
    for (const CopyTable &t : tables)
        data.append({t.target, copyText(laptop, t.select, t.serverColumns, owner)});

    const QByteArray conninfo =
        u"host=%1 port=%2 dbname=%3 user=%4 password=%5 sslmode=%6 sslrootcert=%7"_s.arg(admin.host)
            .arg(admin.port)
            .arg(admin.database, admin.account, admin.password, admin.sslMode, admin.sslRootCert)
            .toUtf8();
    PGconn *connection = PQconnectdb(conninfo.constData());
    if (PQstatus(connection) != CONNECTION_OK) {
        std::fprintf(stderr, "COPY: %s\n", PQerrorMessage(connection));
        PQfinish(connection);
        return -1;
    }
    const auto run = [&](const QByteArray &sql) {
        PGresult *r = PQexec(connection, sql.constData());
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_COPY_IN;
        if (!ok)
            std::fprintf(stderr, "COPY: %s\n", PQerrorMessage(connection));
        PQclear(r);
        return ok;
    };
    QElapsedTimer timer;
    timer.start();
    bool ok = run("BEGIN");
    for (const auto &[target, rows] : std::as_const(data)) {
        if (!ok || !run("COPY saskati." + target.toUtf8() + " FROM STDIN"))
            break;
        constexpr qsizetype chunk = 1 << 20;
        for (qsizetype at = 0; ok && at < rows.size(); at += chunk)
            ok =
                PQputCopyData(connection, rows.constData() + at, int(std::min(chunk, rows.size() - at))) == 1;
        ok = ok && PQputCopyEnd(connection, nullptr) == 1;
        PGresult *r = PQgetResult(connection);
        ok = ok && PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok)
            std::fprintf(stderr, "COPY %s: %s\n", qPrintable(target), PQerrorMessage(connection));
        PQclear(r);
    }
    ok = ok && run("COMMIT");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    PQfinish(connection);
    return ok ? seconds : -1;
}

bool makeDatabase(const ServerAddress &cluster, const QString &name, ServerAddress *address)
{
    ServerConnection maintenance;
    if (!maintenance.open(cluster) || !maintenance.exec(u"CREATE DATABASE %1"_s.arg(name)))
        return false;
    *address = cluster;
    address->database = name;
    ServerConnection server;
    return server.open(*address) && serverschema::init(server) &&
           serveraccounts::putMunicipality(server, {u"liepaja"_s, u"Liepāja"_s});
}

} // namespace

// One review view's median time over five runs, in milliseconds.
double medianMs(const std::function<bool()> &view)
{
    std::vector<double> times;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        if (!view())
            return -1;
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return bench::percentile(times, 0.5);
}

// Each review view on `copy` (the server's, read by ServerMirror) and on the laptop's own file: the same
// attempts, so the same figures, and within the review's 200 ms each.
bool timeViews(ResultsStore &copy, ResultsStore &laptop)
{
    ReviewQueries onServer(copy), onLaptop(laptop);
    // The snapshot of each is read by its first view (the app reads it off the GUI thread): not a view's
    // time.
    const Result<Overview> serverOverview = onServer.overview({}), laptopOverview = onLaptop.overview({});
    if (!serverOverview || !laptopOverview || serverOverview->attempts != laptopOverview->attempts ||
        serverOverview->participants != laptopOverview->participants) {
        std::fprintf(stderr, "the copy's overview differs from the laptop's\n");
        return false;
    }
    ReviewFilter scenario;
    scenario.scenario = u"minimal"_s;
    ReviewFilter seminar;
    seminar.seminar = testing::laptopUuid(2016, u"seminar"_s, 7);
    const std::pair<const char *, std::function<bool(ReviewQueries &)>> views[] = {
        {"overview", [](ReviewQueries &q) { return bool(q.overview({})); }},
        {"indicators", [](ReviewQueries &q) { return bool(q.indicators({})); }},
        {"decisions of one scenario", [&](ReviewQueries &q) { return bool(q.items(scenario)); }},
        {"improvement", [](ReviewQueries &q) { return bool(q.improvement({})); }},
        {"interview practice", [](ReviewQueries &q) { return bool(q.questions({})); }},
        {"one seminar's people", [&](ReviewQueries &q) { return bool(q.participants(seminar)); }},
    };
    for (const auto &[name, view] : views) {
        const double server = medianMs([&] { return view(onServer); });
        const double local = medianMs([&] { return view(onLaptop); });
        if (server < 0 || local < 0)
            return false;
        const QByteArray figure = QByteArray("review from the server: ") + name;
        bench::result(figure.constData(), server, "ms", "the same view on the laptop's own file", local,
                      "under 200 ms", server < 200);
    }
    return true;
}

// The coordinator of the bench's municipality reads the server for the review, as the app's review does.
bool reviewFromServer(ResultsStore &laptop, ServerConnection &admin, const ServerAddress &target,
                      ServerConnection &lecturer, const QString &folder, int nextAttempt, double syncSeconds)
{
    ServerAccount coordinator;
    coordinator.name = u"bench_coordinator"_s;
    coordinator.kind = ServerAccount::Kind::Coordinator;
    coordinator.municipality = u"liepaja"_s;
    ServerAddress asCoordinator = target;
    asCoordinator.account = coordinator.name;
    asCoordinator.password = u"bench-password-5678"_s;
    ServerConnection server;
    if (!serveraccounts::addAccount(admin, coordinator, asCoordinator.password) ||
        !server.open(asCoordinator))
        return false;
    // A coordinator reads a server whose upkeep has caught up with the sync (autovacuum is off for the
    // timings above): vacuumed and analysed, untimed.
    if (!admin.exec(u"VACUUM (ANALYZE)"_s)) {
        std::fprintf(stderr, "could not vacuum the server\n");
        return false;
    }
    QFile::remove(QDir(folder).filePath(u"server-copy.sqlite"_s));
    ResultsStore copy(QDir(folder).filePath(u"server-copy.sqlite"_s));
    if (!copy.open().ok())
        return false;
    QElapsedTimer timer;
    timer.start();
    const Result<MirrorReport> first = ServerMirror(copy, server).refresh();
    const double firstSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!first) {
        std::fprintf(stderr, "%s\n", qPrintable(first.error().message));
        return false;
    }
    std::printf("first reading for the review: %lld attempts in %.1f s\n",
                static_cast<long long>(first->added.value(u"attempts"_s)), firstSeconds);
    bench::result("first reading of the whole server for the review", firstSeconds, "s",
                  "the sync that sent the same rows", syncSeconds, "no slower than that sync",
                  firstSeconds <= syncSeconds);
    // One more seminar sent, then read: what a coordinator's "Read the server again" does after a seminar.
    if (!testing::fillLaptop(
            laptop, {.seed = 2016, .attempts = 60, .attemptsPerSeminar = 60, .firstAttempt = nextAttempt}) ||
        !ServerSync(laptop, lecturer).run())
        return false;
    timer.restart();
    const Result<MirrorReport> again = ServerMirror(copy, server).refresh();
    const double againMs = double(timer.nsecsElapsed()) / 1e6;
    if (!again || again->added.value(u"attempts"_s) != 60) {
        std::fprintf(stderr, "reading again: %s\n",
                     again ? "not 60 attempts" : qPrintable(again.error().message));
        return false;
    }
    bench::result("reading the server again after one more seminar (60 attempts)", againMs, "ms", "", 0,
                  "under 1 s", againMs < 1000);
    return timeViews(copy, laptop);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int scale = 1;
    if (const qsizetype at = args.indexOf(u"--scale"_s); at >= 0 && at + 1 < args.size())
        scale = std::max(1, args.at(at + 1).toInt());
    QTemporaryDir work;
    // --keep FOLDER: the laptop file is made there and stays.
    QString laptopFolder = work.path();
    if (const qsizetype at = args.indexOf(u"--keep"_s); at >= 0 && at + 1 < args.size())
        laptopFolder = args.at(at + 1);
    const QString info = work.filePath(u"cluster"_s);
    if (QProcess::execute(s_script, {u"start"_s, info}) != 0)
        return 1;
    const auto stop = qScopeGuard([&] { QProcess::execute(s_script, {u"stop"_s, info}); });
    QFile urlFile(info + u"/admin.url"_s);
    if (!urlFile.open(QIODevice::ReadOnly))
        return 1;
    const Result<ServerAddress> cluster =
        ServerAddress::parse(QString::fromUtf8(urlFile.readAll()).trimmed());
    ServerAddress syncTarget, copyTarget;
    if (!cluster || !makeDatabase(*cluster, u"sync_target"_s, &syncTarget) ||
        !makeDatabase(*cluster, u"copy_target"_s, &copyTarget))
        return 1;
    ServerAccount lecturer;
    lecturer.name = u"bench_lecturer"_s;
    lecturer.municipality = u"liepaja"_s;
    ServerConnection syncAdmin;
    if (!syncAdmin.open(syncTarget) ||
        !serveraccounts::addAccount(syncAdmin, lecturer, u"bench-password-1234"_s))
        return 1;
    // The sync and COPY each on a quiet server: autovacuum, which looks once a minute, could otherwise work
    // through the sync's millions of new rows while COPY runs, and take a core from it (a guess: COPY of the
    // ten-year rows took 61.6 s in one run and 89.2 s in another, and 79.5 s with autovacuum off). The sync
    // keeps its own statistics (schema step 2).
    for (const QString &sql : {u"ALTER SYSTEM SET autovacuum = off"_s, u"SELECT pg_reload_conf()"_s})
        if (const Result<void> done = syncAdmin.exec(sql); !done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
            return 1;
        }
    // --explain-slow MS: the plans of the server's statements slower than MS, printed after the first sync.
    const qsizetype explainAt = args.indexOf(u"--explain-slow"_s);
    if (explainAt >= 0 && explainAt + 1 < args.size()) {
        // One by one: ALTER SYSTEM may not run in the implicit transaction of several statements.
        for (const QString &sql :
             {u"LOAD 'auto_explain'"_s, u"ALTER SYSTEM SET session_preload_libraries = 'auto_explain'"_s,
              u"ALTER SYSTEM SET auto_explain.log_min_duration = %1"_s.arg(args.at(explainAt + 1).toInt()),
              u"ALTER SYSTEM SET auto_explain.log_analyze = on"_s, u"SELECT pg_reload_conf()"_s})
            if (const Result<void> done = syncAdmin.exec(sql); !done) {
                std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
                return 1;
            }
    }
    ServerAddress asLecturer = syncTarget;
    asLecturer.account = lecturer.name;
    asLecturer.password = u"bench-password-1234"_s;

    // The laptop: the ten-year database (or 1/scale of it).
    const int attempts = 200000 / scale;
    const QString size = scale == 1 ? u"ten-year database"_s : u"1/%1 of the ten-year database"_s.arg(scale);
    ResultsStore laptop(QDir(laptopFolder).filePath(u"laptop.sqlite"_s));
    if (!laptop.open().ok())
        return 1;
    std::printf("generating %s: %d attempts, %d events...\n", qPrintable(size), attempts, attempts * 25);
    std::fflush(stdout);
    QElapsedTimer generation;
    generation.start();
    if (!testing::fillLaptop(laptop, {.seed = 2016, .attempts = attempts}))
        return 1;
    std::printf("generated in %.0f s\n", double(generation.elapsed()) / 1000);

    // The whole database into the empty server, as the lecturer's laptop does it.
    ServerConnection server;
    if (!server.open(asLecturer))
        return 1;
    QElapsedTimer timer;
    timer.start();
    ServerSync firstSync(laptop, server);
    if (const qsizetype at = args.indexOf(u"--batch"_s); at >= 0 && at + 1 < args.size())
        firstSync.setBatchSize(std::max(1, args.at(at + 1).toInt()));
    // --trace: each committed batch's time, to see where a sync's time goes as the server fills.
    if (args.contains(u"--trace"_s)) {
        firstSync.setProgress([&timer, last = qint64(0)](const SyncReport &report) mutable {
            const qint64 now = timer.elapsed();
            std::printf("  batch done at %7.2f s (+%5lld ms): %s\n", double(now) / 1000,
                        static_cast<long long>(now - last),
                        qPrintable(report.toText().simplified().left(90)));
            last = now;
            return true;
        });
    }
    const Result<SyncReport> first = firstSync.run();
    const double syncSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!first) {
        std::fprintf(stderr, "%s\n", qPrintable(first.error().message));
        return 1;
    }
    if (explainAt >= 0) {
        QFile dataFile(info + u"/data"_s);
        const QString data =
            dataFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(dataFile.readAll()).trimmed() : QString();
        QFile log(data + u"/cluster/server.log"_s);
        if (log.open(QIODevice::ReadOnly))
            std::printf("%s\n", log.readAll().constData());
    }
    std::printf("sync: %lld events new on the server in %.1f s\n",
                static_cast<long long>(first->newRows.value(u"events"_s)), syncSeconds);
    // The same rows by COPY into the other, empty database of the same server.
    const double copySeconds = copyEverything(laptop, copyTarget, lecturer.name);
    if (copySeconds < 0)
        return 1;
    std::printf("COPY of the same rows: %.1f s\n", copySeconds);
    const QByteArray figure = (u"sync of the "_s + size + u" into an empty server"_s).toUtf8();
    bench::result(figure.constData(), syncSeconds, "s", "PostgreSQL COPY of the same rows", copySeconds,
                  "within 3x of COPY", syncSeconds <= 3 * copySeconds);
    std::printf("ratio: %.2fx\n", syncSeconds / copySeconds);

    // One new seminar of 30 people (60 attempts, two each), five times: the median sync.
    std::vector<double> incremental;
    for (int round = 0; round < 5; ++round) {
        if (!testing::fillLaptop(laptop, {.seed = 2016,
                                          .attempts = 60,
                                          .attemptsPerSeminar = 60,
                                          .firstAttempt = (attempts / 60 + 1 + round) * 60}))
            return 1;
        timer.restart();
        const Result<SyncReport> one = ServerSync(laptop, server).run();
        incremental.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!one || one->sent.value(u"attempt"_s) != 60) {
            std::fprintf(stderr, "incremental sync: %s\n",
                         one ? "not 60 attempts" : qPrintable(one.error().message));
            return 1;
        }
    }
    const double median = bench::percentile(incremental, 0.5);
    bench::result("incremental sync of one seminar (30 people, 60 attempts) on loopback", median, "ms", "", 0,
                  "under 1 s", median < 1000);
    return reviewFromServer(laptop, syncAdmin, syncTarget, server, laptopFolder, (attempts / 60 + 6) * 60,
                            syncSeconds)
               ? 0
               : 1;
}
