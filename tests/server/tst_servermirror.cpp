// The coordinator's review of the shared server (issue #22) on a real PostgreSQL 15: a mirror holds exactly
// what the account may read (row-level security decides), a refresh brings only what changed and follows
// erasures, an interrupted refresh is finished by the next, a laptop's own results file is never emptied, and
// the review's figures on a mirror are those of the laptops' attempts, by municipality too.
#include "laptopdata.h"
#include "tabledigest.h"
#include "testserver.h"

#include "knowledgecheckreview.h"
#include "reviewqueries.h"
#include "servererasure.h"
#include "servermirror.h"
#include "serversync.h"

using namespace Qt::StringLiterals;
using namespace saskati;
using namespace saskati::testing;

namespace {

using Kind = ServerAccount::Kind;

// Completed attempts in a results file, and their mean percent: what the review's overview counts.
std::pair<int, double> completed(ResultsStore &store)
{
    QSqlQuery q(store.database());
    q.exec(u"SELECT count(*), avg(percent) FROM attempts WHERE status = 'completed'"_s);
    q.next();
    return {q.value(0).toInt(), q.value(1).toDouble()};
}

Result<MirrorReport> refresh(ResultsStore &mirror, const ServerAddress &account)
{
    ServerConnection server;
    if (Result<void> opened = server.open(account); !opened)
        return opened.error();
    return ServerMirror(mirror, server).refresh();
}

} // namespace

class TestServerMirror : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Two lecturers of Liepāja and one of Valmiera send their laptops' results; Liepāja's coordinator mirrors
    // the server: Liepāja's rows, all of them, and nothing of Valmiera's. The review on the mirror counts
    // both Liepāja laptops' completed attempts.
    void aCoordinatorsMirrorHoldsTheMunicipality()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        QVERIFY(cluster.initialise());
        const ServerAddress anna = cluster.account(u"anna"_s, Kind::Lecturer, u"liepaja"_s);
        const ServerAddress berta = cluster.account(u"berta"_s, Kind::Lecturer, u"liepaja"_s);
        const ServerAddress vita = cluster.account(u"vita"_s, Kind::Lecturer, u"valmiera"_s);
        const ServerAddress dace = cluster.account(u"dace"_s, Kind::Coordinator, u"liepaja"_s);
        QTemporaryDir dir;
        ResultsStore a(dir.filePath(u"a.sqlite"_s)), b(dir.filePath(u"b.sqlite"_s)),
            v(dir.filePath(u"v.sqlite"_s));
        for (ResultsStore *laptop : {&a, &b, &v})
            QVERIFY(laptop->open().ok());
        QVERIFY(fillLaptop(a, {.seed = 1, .attempts = 60}));
        QVERIFY(fillLaptop(b, {.seed = 2, .attempts = 45, .firstAttempt = 1000}));
        QVERIFY(fillLaptop(v, {.seed = 3, .attempts = 30, .firstAttempt = 2000}));
        for (const auto &[laptop, account] : {std::pair{&a, anna}, {&b, berta}, {&v, vita}}) {
            ServerConnection server;
            QVERIFY(server.open(account));
            const Result<SyncReport> sent = ServerSync(*laptop, server).run();
            QVERIFY2(sent, qPrintable(sent.error().message));
        }

        ResultsStore mirror(dir.filePath(u"mirror.sqlite"_s));
        QVERIFY(mirror.open().ok());
        const Result<MirrorReport> first = refresh(mirror, dace);
        QVERIFY2(first, qPrintable(first.error().message));
        QCOMPARE(first->municipality, u"liepaja"_s);
        QCOMPARE(first->added.value(u"attempts"_s), 60 + 45);
        QVERIFY(ServerMirror::isMirror(mirror));
        ServerConnection asDace;
        QVERIFY(asDace.open(dace));
        QCOMPARE(difference(mirror, asDace, false), QString());
        QCOMPARE(total(mirror.pending()), 0); // the store's triggers queued nothing that stays

        // The review's overview on the mirror: both Liepāja laptops' completed attempts, none of Valmiera's.
        ReviewQueries review(mirror);
        const Result<Overview> overview = review.overview({});
        QVERIFY2(overview, qPrintable(overview.error().message));
        QCOMPARE(overview->attempts, completed(a).first + completed(b).first);
        ReviewFilter valmiera;
        valmiera.municipality = u"valmiera"_s;
        QCOMPARE(review.overview(valmiera)->attempts, 0);

        // The administrator's mirror holds every municipality; the filter tells them apart, in every view and
        // in the people list.
        ResultsStore everything(dir.filePath(u"everything.sqlite"_s));
        QVERIFY(everything.open().ok());
        const Result<MirrorReport> all = refresh(everything, cluster.admin());
        QVERIFY2(all, qPrintable(all.error().message));
        ReviewQueries national(everything);
        QCOMPARE(national.overview({})->attempts,
                 completed(a).first + completed(b).first + completed(v).first);
        const Result<Overview> onlyValmiera = national.overview(valmiera);
        QCOMPARE(onlyValmiera->attempts, completed(v).first);
        QCOMPARE(onlyValmiera->months.value(0).meanPercent, completed(v).second);
        ReviewFilter liepaja;
        liepaja.municipality = u"liepaja"_s;
        QCOMPARE(national.overview(liepaja)->attempts, overview->attempts);
        QCOMPARE(national.participants(valmiera)->size(),
                 national.participants({})->size() - review.participants({})->size());
        // The knowledge checks follow the filter too (each laptop ran one in its first seminar).
        QCOMPARE(knowledgeCheckRows(everything, valmiera).size(), 1);
        QCOMPARE(knowledgeCheckRows(everything, liepaja).size(), 2);
        QCOMPARE(knowledgeCheckRows(everything, {}).size(), 3);
        // A laptop's own file knows no municipality: the filter matches nothing there.
        QCOMPARE(ReviewQueries(a).overview(valmiera)->attempts, 0);
        QCOMPARE(ReviewQueries(a).participants(valmiera)->size(), 0);
    }

    // Two laptops drew the same six-character codes for different people: both come, the second told apart by
    // the start of their uuid.
    void peopleWithTheSameCode()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        QVERIFY(cluster.initialise());
        const ServerAddress anna = cluster.account(u"anna"_s, Kind::Lecturer, u"liepaja"_s);
        const ServerAddress berta = cluster.account(u"berta"_s, Kind::Lecturer, u"liepaja"_s);
        const ServerAddress dace = cluster.account(u"dace"_s, Kind::Coordinator, u"liepaja"_s);
        QTemporaryDir dir;
        ResultsStore a(dir.filePath(u"a.sqlite"_s)), b(dir.filePath(u"b.sqlite"_s));
        QVERIFY(a.open().ok());
        QVERIFY(b.open().ok());
        QVERIFY(fillLaptop(a, {.seed = 11, .attempts = 10}));
        QVERIFY(fillLaptop(b, {.seed = 12, .attempts = 10})); // the same codes, P-000000 to P-000004
        for (const auto &[laptop, account] : {std::pair{&a, anna}, {&b, berta}}) {
            ServerConnection server;
            QVERIFY(server.open(account));
            QVERIFY(ServerSync(*laptop, server).run());
        }
        ResultsStore mirror(dir.filePath(u"mirror.sqlite"_s));
        QVERIFY(mirror.open().ok());
        const Result<MirrorReport> read = refresh(mirror, dace);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read->added.value(u"participants"_s), 10);
        QSqlQuery q(mirror.database());
        QVERIFY(q.exec(
            u"SELECT count(*), count(DISTINCT code), sum(code LIKE 'P-______~____') FROM participants"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 10);
        QCOMPARE(q.value(1).toInt(), 10);
        QCOMPARE(q.value(2).toInt(), 5);
    }

    // Erasing on the server itself (servererasure.h), as a coordinator whose review reads the server does:
    // who may is the server's to say, through what the account can see. An erasure reaches the review's copy
    // at its next reading and the laptop that sent the person at its next sync; a refused one leaves
    // everything as it was, and no tombstone.
    void erasingOnTheServer_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("refusal"); // the error's code; "" when the person is erased
        const QString annas = laptopUuid(21, u"person"_s, 3);
        QTest::newRow("the coordinator erases anyone of the municipality") << u"dace"_s << annas << QString();
        QTest::newRow("a lecturer erases a person they sent") << u"anna"_s << annas << QString();
        QTest::newRow("another lecturer cannot see the person") << u"berta"_s << annas << u"no-person"_s;
        QTest::newRow("another municipality's coordinator cannot see the person")
            << u"vera"_s << annas << u"no-person"_s;
        QTest::newRow("a person the server never had")
            << u"dace"_s << u"0b6c1e8a-2d4f-4c61-9a53-5e7f0d9c2b11"_s << u"no-person"_s;
        QTest::newRow("not a uuid") << u"dace"_s << u"P-000003"_s << u"no-person"_s;
    }
    void erasingOnTheServer()
    {
        QFETCH(QString, account);
        QFETCH(QString, person);
        QFETCH(QString, refusal);
        TestServer cluster;
        QVERIFY(cluster.ok());
        QVERIFY(cluster.initialise());
        const QHash<QString, ServerAddress> accounts = {
            {u"anna"_s, cluster.account(u"anna"_s, Kind::Lecturer, u"liepaja"_s)},
            {u"berta"_s, cluster.account(u"berta"_s, Kind::Lecturer, u"liepaja"_s)},
            {u"dace"_s, cluster.account(u"dace"_s, Kind::Coordinator, u"liepaja"_s)},
            {u"vera"_s, cluster.account(u"vera"_s, Kind::Coordinator, u"valmiera"_s)}};
        QTemporaryDir dir;
        ResultsStore a(dir.filePath(u"a.sqlite"_s)), b(dir.filePath(u"b.sqlite"_s));
        QVERIFY(a.open().ok());
        QVERIFY(b.open().ok());
        QVERIFY(fillLaptop(a, {.seed = 21, .attempts = 12}));
        QVERIFY(fillLaptop(b, {.seed = 22, .attempts = 12, .firstAttempt = 100}));
        for (const auto &[laptop, name] : {std::pair{&a, u"anna"_s}, {&b, u"berta"_s}}) {
            ServerConnection server;
            QVERIFY(server.open(accounts.value(name)));
            QVERIFY(ServerSync(*laptop, server).run());
        }
        ResultsStore copy(dir.filePath(u"copy.sqlite"_s));
        QVERIFY(copy.open().ok());
        QVERIFY(refresh(copy, accounts.value(u"dace"_s)));
        ServerConnection admin;
        QVERIFY(admin.open(cluster.admin()));
        const qint64 peopleBefore = admin.value(u"SELECT count(*) FROM saskati.participants"_s)->toLongLong();
        const qint64 attemptsBefore = admin.value(u"SELECT count(*) FROM saskati.attempts"_s)->toLongLong();

        ServerConnection server;
        QVERIFY(server.open(accounts.value(account)));
        const Result<void> erased = servererasure::erase(server, person);
        const qint64 tombstones = admin.value(u"SELECT count(*) FROM saskati.erasures"_s)->toLongLong();
        const qint64 people = admin.value(u"SELECT count(*) FROM saskati.participants"_s)->toLongLong();
        if (!refusal.isEmpty()) {
            QVERIFY(!erased);
            QCOMPARE(erased.error().code, refusal);
            QVERIFY2(erased.error().message.contains(u"nothing was erased"_s) ||
                         erased.error().message.contains(u"not a participant's uuid"_s),
                     qPrintable(erased.error().message));
            QCOMPARE(tombstones, 0);
            QCOMPARE(people, peopleBefore);
            return;
        }
        QVERIFY2(erased, qPrintable(erased.error().message));
        QCOMPARE(tombstones, 1);
        QCOMPARE(people, peopleBefore - 1);
        // The person's two attempts went with them.
        QCOMPARE(admin.value(u"SELECT count(*) FROM saskati.attempts"_s)->toLongLong(), attemptsBefore - 2);
        // The review's copy follows at its next reading, and the laptop that sent the person at its next
        // sync.
        QVERIFY(copy.participant(person));
        const Result<MirrorReport> read = refresh(copy, accounts.value(u"dace"_s));
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read->removed.value(u"participants"_s), 1);
        QVERIFY(!copy.participant(person));
        QVERIFY(a.participant(person));
        ServerConnection asAnna;
        QVERIFY(asAnna.open(accounts.value(u"anna"_s)));
        const Result<SyncReport> synced = ServerSync(a, asAnna).run();
        QVERIFY2(synced, qPrintable(synced.error().message));
        QCOMPARE(synced->erasuresReceived, 1);
        QVERIFY(!a.participant(person));
        // Erasing again finds no one.
        QCOMPARE(servererasure::erase(server, person).error().code, u"no-person"_s);
    }

    // A code names a person on one laptop: on the server two laptops' people can share it, and finding by
    // code gives both, by uuid the one.
    void findingAPersonOnTheServer()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        QVERIFY(cluster.initialise());
        const ServerAddress anna = cluster.account(u"anna"_s, Kind::Lecturer, u"liepaja"_s);
        const ServerAddress berta = cluster.account(u"berta"_s, Kind::Lecturer, u"liepaja"_s);
        const ServerAddress dace = cluster.account(u"dace"_s, Kind::Coordinator, u"liepaja"_s);
        QTemporaryDir dir;
        ResultsStore a(dir.filePath(u"a.sqlite"_s)), b(dir.filePath(u"b.sqlite"_s));
        QVERIFY(a.open().ok());
        QVERIFY(b.open().ok());
        QVERIFY(fillLaptop(a, {.seed = 11, .attempts = 4}));
        QVERIFY(fillLaptop(b, {.seed = 12, .attempts = 4})); // the same codes: P-000000, P-000001
        for (const auto &[laptop, account] : {std::pair{&a, anna}, {&b, berta}}) {
            ServerConnection server;
            QVERIFY(server.open(account));
            QVERIFY(ServerSync(*laptop, server).run());
        }
        ServerConnection asDace, asAnna;
        QVERIFY(asDace.open(dace));
        QVERIFY(asAnna.open(anna));
        const QString annas = laptopUuid(11, u"person"_s, 1), bertas = laptopUuid(12, u"person"_s, 1);
        QStringList both = {annas, bertas};
        both.sort();
        QCOMPARE(servererasure::find(asDace, u"P-000001"_s).value(), both);
        QCOMPARE(servererasure::find(asAnna, u"P-000001"_s).value(), QStringList{annas});
        QCOMPARE(servererasure::find(asDace, bertas).value(), QStringList{bertas});
        QCOMPARE(servererasure::find(asAnna, bertas).value(), QStringList());

        // The command line: a shared code is refused with both uuids, an erasure wants --yes, then is done.
        const auto cli = [&](const QStringList &args) {
            QProcess run;
            run.setProcessChannelMode(QProcess::MergedChannels);
            run.start(QStringLiteral(SASKATI_CLI),
                      QStringList{u"server"_s, u"erase"_s, u"--url"_s, TestServer::url(dace)} + args);
            run.waitForFinished(60000);
            return std::pair{run.exitCode(), QString::fromUtf8(run.readAll())};
        };
        const auto [shared, sharedText] = cli({u"--participant"_s, u"P-000001"_s, u"--yes"_s});
        QCOMPARE(shared, 1);
        QVERIFY2(sharedText.contains(annas) && sharedText.contains(bertas), qPrintable(sharedText));
        const auto [unsure, unsureText] = cli({u"--participant"_s, bertas});
        QCOMPARE(unsure, 1);
        QVERIFY2(unsureText.contains(u"--yes"_s), qPrintable(unsureText));
        QCOMPARE(servererasure::find(asDace, bertas).value(), QStringList{bertas});
        const auto [done, doneText] = cli({u"--participant"_s, bertas, u"--yes"_s});
        QCOMPARE(done, 0);
        QVERIFY2(doneText.contains(u"erased on the server: "_s + bertas), qPrintable(doneText));
        QCOMPARE(servererasure::find(asDace, bertas).value(), QStringList());
        QCOMPARE(servererasure::find(asDace, u"P-000001"_s).value(), QStringList{annas});
    }

    // A lecturer's mirror holds their own rows only.
    void aLecturersMirrorHoldsTheirOwn()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        QVERIFY(cluster.initialise());
        const ServerAddress anna = cluster.account(u"anna"_s, Kind::Lecturer, u"liepaja"_s);
        const ServerAddress berta = cluster.account(u"berta"_s, Kind::Lecturer, u"liepaja"_s);
        QTemporaryDir dir;
        ResultsStore a(dir.filePath(u"a.sqlite"_s)), b(dir.filePath(u"b.sqlite"_s));
        QVERIFY(a.open().ok());
        QVERIFY(b.open().ok());
        QVERIFY(fillLaptop(a, {.seed = 1, .attempts = 30}));
        QVERIFY(fillLaptop(b, {.seed = 2, .attempts = 20, .firstAttempt = 1000}));
        for (const auto &[laptop, account] : {std::pair{&a, anna}, {&b, berta}}) {
            ServerConnection server;
            QVERIFY(server.open(account));
            QVERIFY(ServerSync(*laptop, server).run());
        }
        ResultsStore mirror(dir.filePath(u"mirror.sqlite"_s));
        QVERIFY(mirror.open().ok());
        const Result<MirrorReport> mine = refresh(mirror, berta);
        QVERIFY2(mine, qPrintable(mine.error().message));
        QCOMPARE(mine->added.value(u"attempts"_s), 20);
        ServerConnection asBerta;
        QVERIFY(asBerta.open(berta));
        QCOMPARE(difference(mirror, asBerta, false), QString());
        QCOMPARE(completed(mirror), completed(b));
    }

    // After the first refresh (a full pass) the next ones list only the rows written since, and bring only
    // what changed: a new attempt, one that finished, review rows rewritten, a person erased on the server
    // (gone from the mirror with everything of theirs). A review row the server removed without writing any
    // is found by the next full pass.
    void onlyWhatChangedComesAgain()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        QVERIFY(cluster.initialise());
        const ServerAddress anna = cluster.account(u"anna"_s, Kind::Lecturer, u"liepaja"_s);
        const ServerAddress dace = cluster.account(u"dace"_s, Kind::Coordinator, u"liepaja"_s);
        QTemporaryDir dir;
        ResultsStore laptop(dir.filePath(u"a.sqlite"_s)), mirror(dir.filePath(u"mirror.sqlite"_s));
        QVERIFY(laptop.open().ok());
        QVERIFY(mirror.open().ok());
        QVERIFY(fillLaptop(laptop, {.seed = 4, .attempts = 50}));
        ServerConnection server;
        QVERIFY(server.open(anna));
        QVERIFY(ServerSync(laptop, server).run());
        const Result<MirrorReport> first = refresh(mirror, dace);
        QVERIFY2(first, qPrintable(first.error().message));
        QVERIFY(first->fullPass);

        const Result<MirrorReport> nothing = refresh(mirror, dace);
        QVERIFY2(nothing, qPrintable(nothing.error().message));
        QVERIFY(!nothing->fullPass);
        QCOMPARE(total(nothing->added) + total(nothing->changed) + total(nothing->removed), 0);
        QVERIFY(nothing->toText().contains(u"nothing new"_s));

        QVERIFY(fillLaptop(laptop, {.seed = 4, .attempts = 1, .firstAttempt = 50}));
        QVERIFY(
            laptop.execute(u"UPDATE attempts SET status = 'completed', percent = 55, score = "
                           u"'{\"percent\":55}' WHERE uuid = '%1'"_s.arg(laptopUuid(4, u"attempt"_s, 3))));
        const QString reindexed = laptopUuid(4, u"attempt"_s, 1);
        QVERIFY(laptop.execute(
            u"UPDATE attempt_items SET mark = 0.5 WHERE attempt_uuid = '%1'"_s.arg(reindexed)));
        QVERIFY(ServerSync(laptop, server).run());
        const Result<MirrorReport> changes = refresh(mirror, dace);
        QVERIFY2(changes, qPrintable(changes.error().message));
        QVERIFY(!changes->fullPass);
        QCOMPARE(changes->added.value(u"attempts"_s), 1);
        QCOMPARE(changes->changed.value(u"attempts"_s),
                 1); // the finished one; the one indexed again alone...
        ServerConnection asDace;
        QVERIFY(asDace.open(dace));
        QVERIFY(!difference(mirror, asDace, false).isEmpty());
        ServerMirror fullPass(mirror, asDace);
        fullPass.setFullPass(true);
        const Result<MirrorReport> reindexedToo = fullPass.refresh();
        QVERIFY2(reindexedToo, qPrintable(reindexedToo.error().message));
        QCOMPARE(reindexedToo->changed.value(u"attempts"_s), 1); // ...comes with the full pass
        QCOMPARE(difference(mirror, asDace, false), QString());

        const QString person = laptopUuid(4, u"person"_s, 5);
        QVERIFY(asDace.exec(u"SELECT saskati.erase_participant(?::uuid)"_s, {person}));
        const Result<MirrorReport> erased = refresh(mirror, dace);
        QVERIFY2(erased, qPrintable(erased.error().message));
        QCOMPARE(erased->removed.value(u"participants"_s), 1);
        QCOMPARE(erased->removed.value(u"attempts"_s), 2);
        QVERIFY(!mirror.participant(person));
        QCOMPARE(difference(mirror, asDace, false), QString());

        ServerConnection admin;
        QVERIFY(admin.open(cluster.admin()));
        const QString pruned = laptopUuid(4, u"attempt"_s, 20);
        QVERIFY(admin.exec(u"DELETE FROM saskati.attempt_items WHERE attempt_uuid = ?::uuid AND item = "
                           u"(SELECT min(item) FROM saskati.attempt_items WHERE attempt_uuid = ?::uuid)"_s,
                           {pruned, pruned}));
        const Result<MirrorReport> missed = refresh(mirror, dace);
        QVERIFY2(missed, qPrintable(missed.error().message));
        QCOMPARE(total(missed->changed), 0);
        QVERIFY(!difference(mirror, asDace, false).isEmpty());
        ServerMirror full(mirror, asDace);
        full.setFullPass(true);
        const Result<MirrorReport> found = full.refresh();
        QVERIFY2(found, qPrintable(found.error().message));
        QVERIFY(found->fullPass);
        QCOMPARE(found->changed.value(u"attempts"_s), 1);
        QCOMPARE(difference(mirror, asDace, false), QString());
    }

    // A refresh stopped after its first piece is finished by the next one; another account starts over.
    void anInterruptedRefreshIsFinishedAndAnotherAccountStartsOver()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        QVERIFY(cluster.initialise());
        const ServerAddress anna = cluster.account(u"anna"_s, Kind::Lecturer, u"liepaja"_s);
        const ServerAddress dace = cluster.account(u"dace"_s, Kind::Coordinator, u"liepaja"_s);
        QTemporaryDir dir;
        ResultsStore laptop(dir.filePath(u"a.sqlite"_s)), mirror(dir.filePath(u"mirror.sqlite"_s));
        QVERIFY(laptop.open().ok());
        QVERIFY(mirror.open().ok());
        QVERIFY(fillLaptop(laptop, {.seed = 6, .attempts = 70}));
        ServerConnection server;
        QVERIFY(server.open(anna));
        QVERIFY(ServerSync(laptop, server).run());

        ServerConnection asDace;
        QVERIFY(asDace.open(dace));
        // Stopped after the first piece of attempts (the report counts a set's rows when it lists them).
        ServerMirror stopped(mirror, asDace);
        stopped.setPieceSize(25);
        stopped.setProgress([](const MirrorReport &report) { return !report.added.contains(u"attempts"_s); });
        QVERIFY(stopped.refresh());
        QCOMPARE(mirror.attemptCounts().isEmpty(), false);
        QSqlQuery count(mirror.database());
        QVERIFY(count.exec(u"SELECT count(*) FROM attempts"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 25);
        count.finish();
        QVERIFY(!difference(mirror, asDace, false).isEmpty());
        QVERIFY(mirror.setting(ServerMirror::refreshedSetting()).isEmpty());
        const Result<MirrorReport> rest = ServerMirror(mirror, asDace).refresh();
        QVERIFY2(rest, qPrintable(rest.error().message));
        QCOMPARE(difference(mirror, asDace, false), QString());
        QVERIFY(!mirror.setting(ServerMirror::refreshedSetting()).isEmpty());

        const Result<MirrorReport> asAnna = refresh(mirror, anna);
        QVERIFY2(asAnna, qPrintable(asAnna.error().message));
        QVERIFY(asAnna->startedOver);
        QCOMPARE(difference(mirror, server, false), QString());
    }

    // A lecturer who ran a seminar room in a seminar another lecturer sent first: the run is theirs, the
    // seminar is not. Their copy holds their attempt, without the run and the seminar it cannot show.
    void aRunInAnotherLecturersSeminar()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        QVERIFY(cluster.initialise());
        const ServerAddress anna = cluster.account(u"anna"_s, Kind::Lecturer, u"liepaja"_s);
        const ServerAddress berta = cluster.account(u"berta"_s, Kind::Lecturer, u"liepaja"_s);
        QTemporaryDir dir;
        ResultsStore a(dir.filePath(u"a.sqlite"_s)), b(dir.filePath(u"b.sqlite"_s));
        QVERIFY(a.open().ok());
        QVERIFY(b.open().ok());
        QVERIFY(fillLaptop(b, {.seed = 8, .attempts = 10}));
        QVERIFY(fillLaptop(a, {.seed = 8, .attempts = 10}));
        const QString seminar = laptopUuid(8, u"seminar"_s, 0), run = laptopUuid(8, u"annas-run"_s, 0),
                      person = laptopUuid(8, u"annas-person"_s, 0),
                      attempt = laptopUuid(8, u"annas-attempt"_s, 0);
        const QString t = u"2026-02-01T10:00:00.000Z"_s;
        QVERIFY(a.execute(
            u"INSERT INTO room_runs (uuid, seminar_uuid, scenario_id, scenario_version, content_hash, "
            u"language, started, status) VALUES ('%1', '%2', 'minimal', 1, 'hash-minimal', 'lv', '%3', "
            u"'in-progress')"_s.arg(run, seminar, t)));
        QVERIFY(a.execute(
            u"INSERT INTO participants VALUES ('%1', 'Anna''s trainee', 'P-ANNA01', '', '%2')"_s.arg(person,
                                                                                                     t)));
        QVERIFY(a.execute(
            u"INSERT INTO attempts (uuid, participant_uuid, seminar_uuid, mode, scenario_id, "
            u"scenario_version, content_hash, started, finished, status, score, language, room_run_uuid, "
            u"percent, total) VALUES ('%1', '%2', '%3', 'seminar', 'minimal', 1, 'hash-minimal', '%4', "
            u"'%4', 'completed', '{}', 'lv', '%5', 50, 1.5)"_s.arg(attempt, person, seminar, t, run)));
        for (const auto &[laptop, account] : {std::pair{&b, berta}, {&a, anna}}) {
            ServerConnection server;
            QVERIFY(server.open(account));
            const Result<SyncReport> sent = ServerSync(*laptop, server).run();
            QVERIFY2(sent, qPrintable(sent.error().message));
        }
        ResultsStore mirror(dir.filePath(u"mirror.sqlite"_s));
        QVERIFY(mirror.open().ok());
        const Result<MirrorReport> mine = refresh(mirror, anna);
        QVERIFY2(mine, qPrintable(mine.error().message));
        const std::optional<AttemptRecord> copied = mirror.attempt(attempt);
        QVERIFY(copied);
        QCOMPARE(copied->seminar, QString());
        QVERIFY(refresh(mirror, anna)); // and again: nothing in the way
    }

    // A laptop's own results are never taken for a mirror and emptied, not even one whose people were all
    // erased while their erasures wait to be sent; a mirror is never sent.
    void aLaptopsFileIsNeverEmptiedAndAMirrorNeverSent()
    {
        TestServer cluster;
        QVERIFY(cluster.ok());
        QVERIFY(cluster.initialise());
        const ServerAddress dace = cluster.account(u"dace"_s, Kind::Coordinator, u"liepaja"_s);
        QTemporaryDir dir;
        ResultsStore laptop(dir.filePath(u"a.sqlite"_s));
        QVERIFY(laptop.open().ok());
        QVERIFY(fillLaptop(laptop, {.seed = 7, .attempts = 10}));
        const auto before = completed(laptop);
        const Result<MirrorReport> refused = refresh(laptop, dace);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"not-a-mirror"_s);
        QVERIFY2(refused.error().message.contains(u"a file of its own"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(completed(laptop), before);
        QVERIFY(!ServerMirror::isMirror(laptop));

        ResultsStore erasedAll(dir.filePath(u"erased.sqlite"_s));
        QVERIFY(erasedAll.open().ok());
        const Result<Participant> added = erasedAll.addParticipant(u"Jānis Ozols"_s);
        QVERIFY(added);
        QVERIFY(erasedAll.eraseParticipant(added->uuid));
        QCOMPARE(erasedAll.pending().value(u"erasure"_s), 1);
        const Result<MirrorReport> refusedToo = refresh(erasedAll, dace);
        QVERIFY(!refusedToo);
        QCOMPARE(refusedToo.error().code, u"not-a-mirror"_s);
        QCOMPARE(erasedAll.pending().value(u"erasure"_s), 1);

        ResultsStore mirror(dir.filePath(u"mirror.sqlite"_s));
        QVERIFY(mirror.open().ok());
        QVERIFY(refresh(mirror, dace));
        ServerConnection asDace;
        QVERIFY(asDace.open(dace));
        const Result<SyncReport> sent = ServerSync(mirror, asDace).run();
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, u"mirror"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerMirror)
#include "tst_servermirror.moc"
