#include "attemptrecorder.h"
#include "privatefiles.h"
#include "resultsexport.h"
#include "resultsstore.h"
#include "scoring.h"
#include "testscenarios.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QJsonObject choose(const QString &id)
{
    return QJsonObject{{u"choice"_s, id}};
}
QJsonObject target(const QString &id)
{
    return QJsonObject{{u"target"_s, id}};
}

} // namespace

class TestResultsStore : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const Scenario> m_scenario;
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"results-%1.sqlite"_s.arg(++m_counter)); }

    QString testPlayer() const { return QCoreApplication::applicationDirPath() + u"/saskati_test_player"_s; }
    QStringList testPlayerArguments(const QString &database, int seed) const
    {
        return {u"--database"_s, database,
                u"--scenario"_s, testing::dataPath(u"valid/minimal.json"_s),
                u"--catalog"_s,  testing::dataPath(u"catalog"_s),
                u"--seed"_s,     QString::number(seed)};
    }

    // Every "ACK attempt seq" a test player printed must be in the database, and the file must be sound.
    void verifyAcknowledged(const QByteArray &output, const QString &database, int *acknowledged)
    {
        ResultsStore store(database);
        const auto opened = store.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error.message));
        QCOMPARE(store.integrityCheck(), u"ok"_s);
        QHash<QString, qint64> lastAck;
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts[0] == "ACK")
                lastAck[QString::fromLatin1(parts[1])] =
                    std::max(lastAck.value(QString::fromLatin1(parts[1])), parts[2].toLongLong());
        }
        for (auto it = lastAck.cbegin(); it != lastAck.cend(); ++it) {
            const QList<Event> events = store.events(it.key());
            QVERIFY2(events.size() >= it.value(),
                     qPrintable(u"attempt %1: %2 events stored, %3 acknowledged"_s.arg(it.key())
                                    .arg(events.size())
                                    .arg(it.value())));
            for (qsizetype i = 0; i < events.size(); ++i)
                QCOMPARE(events[i].sequence, i + 1); // no gaps
            *acknowledged += int(it.value());
        }
        // Whatever the kill interrupted resumes exactly where it was.
        for (const AttemptRecord &a : store.interruptedAttempts()) {
            auto resumed = AttemptRecorder::resume(store, a.uuid, m_scenario->catalog);
            QVERIFY2(resumed, qPrintable(resumed.error().message));
            QCOMPARE(resumed->playthrough().events(), store.events(a.uuid));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_scenario = testing::minimalScenario();
        QVERIFY(m_scenario);
    }

    void newDatabase()
    {
        const QString path = freshPath();
        ResultsStore store(path);
        QVERIFY(store.open().ok());
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), ResultsStore::schemaVersion);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
    }

    // Transactions nest through savepoints: an inner part can be undone alone, the outermost decides what is
    // kept, and a transaction destroyed without commit() keeps nothing.
    void transactionsNest_data()
    {
        QTest::addColumn<QString>("inner");
        QTest::addColumn<QString>("outer");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("both commit") << u"commit"_s << u"commit"_s << QStringList{u"Outer"_s, u"Inner"_s};
        QTest::newRow("inner undone, outer commits")
            << u"rollback"_s << u"commit"_s << QStringList{u"Outer"_s};
        QTest::newRow("inner dropped unfinished") << u"drop"_s << u"commit"_s << QStringList{u"Outer"_s};
        QTest::newRow("outer undone") << u"commit"_s << u"rollback"_s << QStringList{};
        QTest::newRow("outer dropped unfinished") << u"commit"_s << u"drop"_s << QStringList{};
    }
    void transactionsNest()
    {
        QFETCH(QString, inner);
        QFETCH(QString, outer);
        QFETCH(QStringList, kept);
        ResultsStore store(freshPath());
        QVERIFY(store.open().ok());
        {
            ResultsStore::Transaction outerWork(store);
            QVERIFY(outerWork.isOpen() && outerWork.isOutermost());
            QVERIFY(store.addParticipant(u"Outer"_s));
            {
                ResultsStore::Transaction innerWork(store);
                QVERIFY(innerWork.isOpen() && !innerWork.isOutermost());
                QVERIFY(store.addParticipant(u"Inner"_s)); // itself a third level, committed into this one
                if (inner == u"commit")
                    QVERIFY(innerWork.commit());
                else if (inner == u"rollback")
                    innerWork.rollback();
            }
            if (outer == u"commit")
                QVERIFY(outerWork.commit());
            else if (outer == u"rollback")
                outerWork.rollback();
        }
        QVERIFY(!store.inTransaction());
        ResultsStore reader(store.path()); // another connection sees only what was committed
        QVERIFY(reader.open().ok());
        QStringList names;
        for (const Participant &p : reader.participants())
            names.append(p.displayName);
        names.sort();
        kept.sort();
        QCOMPARE(names, kept);
    }

    // Results name real people: a new database, its write-ahead log, its backups and their folder, and a
    // results folder Saskati creates are the user's alone, whatever the umask (here 022: others could read).
    void filesAreTheUsersAlone()
    {
        const mode_t previous = ::umask(022);
        const QString folder = m_dir.filePath(u"private-%1/results"_s.arg(++m_counter));
        const QString path = folder + u"/saskati.sqlite"_s;
        {
            ResultsStore store(path);
            QVERIFY(store.lock().ok());
            QVERIFY(store.open().ok());
            QVERIFY(store.addParticipant(u"Anna"_s));
            const QString backup = store.backup(u"test"_s).valueOr({});
            QVERIFY(!backup.isEmpty());
            const auto owner = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
            const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                QFile::WriteOther | QFile::ExeOther;
            for (const QString &file : QStringList{path, path + u"-wal"_s, backup}) {
                QVERIFY2(QFileInfo::exists(file), qPrintable(file));
                QCOMPARE(QFile::permissions(file) & (owner | others), owner);
            }
            for (const QString &dir : QStringList{folder, path + u".backups"_s})
                QCOMPARE(QFile::permissions(dir) & others, QFile::Permissions());
        }
        // writePrivateFile (the exports): private also when it replaces a file others could read.
        const QString exported = m_dir.filePath(u"export-%1.json"_s.arg(++m_counter));
        QFile old(exported);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QVERIFY(QFile::permissions(exported) & QFile::ReadOther);
        QVERIFY(writePrivateFile(exported, "{}"));
        QCOMPARE(QFile::permissions(exported) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        ::umask(previous);
    }

    void recordAndReadBack()
    {
        ResultsStore store(freshPath());
        QVERIFY(store.open().ok());
        const auto anna = store.addParticipant(u"Anna Bērziņa"_s, u"social-worker"_s);
        QVERIFY(anna);
        QVERIFY(anna->code.startsWith(u"P-"_s));
        Seminar seminar;
        seminar.title = u"Liepāja, sociālie darbinieki"_s;
        seminar.date = QDate(2026, 11, 29);
        seminar.scenarios = {u"minimal"_s};
        const auto saved = store.addSeminar(seminar);
        QVERIFY(saved);
        auto recorder =
            AttemptRecorder::begin(store, m_scenario, anna->uuid, saved->uuid, PlayMode::Solo, u"lv"_s);
        QVERIFY2(recorder, qPrintable(recorder.error().message));
        QVERIFY(recorder->perform(Action::of(Event::Type::Flag, target(u"s-hours"_s))).ok());
        QVERIFY(recorder->perform(Action::of(Event::Type::Choose, choose(u"c-private"_s))).ok());
        QVERIFY(recorder->perform(Action::of(Event::Type::Choose, choose(u"c-to-assessment"_s))).ok());
        QVERIFY(recorder->perform(Action::of(Event::Type::Choose, choose(u"c-end-referred"_s))).ok());
        const auto record = store.attempt(recorder->record().uuid);
        QVERIFY(record);
        QCOMPARE(record->status, AttemptRecord::Status::Completed);
        QCOMPARE(record->seminar, saved->uuid);
        QCOMPARE(record->language, u"lv"_s);
        QCOMPARE(record->score, scoreToJson(scorePlaythrough(*m_scenario, recorder->playthrough().state())));
        QCOMPARE(store.events(record->uuid), recorder->playthrough().events());
        QCOMPARE(store.scenarioSnapshot(record->contentHash), m_scenario->sourceBytes);
        QCOMPARE(store.seminars().first().scenarios, QStringList{u"minimal"_s});
        QVERIFY(store.interruptedAttempts().isEmpty());
    }

    void interruptedAttemptResumesOrCloses()
    {
        const QString path = freshPath();
        QString attempt;
        {
            ResultsStore store(path);
            QVERIFY(store.open().ok());
            const auto p = store.addParticipant(u"Jānis"_s);
            auto recorder = AttemptRecorder::begin(store, m_scenario, p->uuid, {}, PlayMode::Solo, u"en"_s);
            QVERIFY(recorder->perform(Action::of(Event::Type::Flag, target(u"s-job"_s))).ok());
            QVERIFY(recorder->perform(Action::of(Event::Type::Choose, choose(u"c-private"_s))).ok());
            attempt = recorder->record().uuid;
        } // the app "crashes" here: no finish
        ResultsStore store(path);
        QVERIFY(store.open().ok());
        QCOMPARE(store.interruptedAttempts().size(), 1);
        auto resumed = AttemptRecorder::resume(store, attempt, m_scenario->catalog);
        QVERIFY2(resumed, qPrintable(resumed.error().message));
        QCOMPARE(resumed->playthrough().state().scene, u"referral"_s);
        QVERIFY(resumed->playthrough().state().flags.contains(u"s-job"_s));
        QVERIFY(resumed->abandon().ok());
        QCOMPARE(store.attempt(attempt)->status, AttemptRecord::Status::Abandoned);
        QVERIFY(store.interruptedAttempts().isEmpty());
    }

    // A child process records attempts; SIGKILL at random moments, 50 times: every acknowledged event is
    // stored, the file is sound, and interrupted attempts resume.
    void killedAtRandomMomentsLosesNothing()
    {
        const QString path = freshPath();
        QRandomGenerator random(4242);
        int acknowledged = 0;
        for (int round = 0; round < 50; ++round) {
            QProcess player;
            player.start(testPlayer(), testPlayerArguments(path, round));
            QVERIFY2(player.waitForStarted(), qPrintable(player.errorString()));
            // Kill while it records, not while it starts (a sanitizer build starts many times slower): wait
            // for its first acknowledged event, then a random moment.
            QVERIFY(player.waitForReadyRead(30000));
            QTest::qWait(int(random.bounded(120)));
            player.kill(); // SIGKILL
            QVERIFY(player.waitForFinished());
            verifyAcknowledged(player.readAllStandardOutput(), path, &acknowledged);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d acknowledged events checked after 50 kills", acknowledged);
        QVERIFY(acknowledged >= 50); // at least one per round: the test checked something each time
    }

    void twoProcessesAtOnce()
    {
        const QString path = freshPath();
        QProcess first, second;
        QStringList args1 = testPlayerArguments(path, 1) + QStringList{u"--attempts"_s, u"15"_s};
        QStringList args2 = testPlayerArguments(path, 2) + QStringList{u"--attempts"_s, u"15"_s};
        first.start(testPlayer(), args1);
        second.start(testPlayer(), args2);
        QVERIFY(first.waitForFinished(120000));
        QVERIFY(second.waitForFinished(120000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        int acknowledged = 0;
        verifyAcknowledged(first.readAllStandardOutput() + second.readAllStandardOutput(), path,
                           &acknowledged);
        ResultsStore store(path);
        QVERIFY(store.open().ok());
        QCOMPARE(store.attempts().size(), 30);
        QCOMPARE(store.participants().size(), 2);
    }

    // The disk fills up: the action fails with a clear message, nothing half-done remains, and once there is
    // room again the attempt goes on.
    void fullDisk()
    {
        ResultsStore store(freshPath());
        QVERIFY(store.open().ok());
        const auto p = store.addParticipant(u"Līga"_s);
        auto recorder = AttemptRecorder::begin(store, m_scenario, p->uuid, {}, PlayMode::Solo, u"lv"_s);
        QVERIFY(recorder);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        QVERIFY(store.execute(u"PRAGMA max_page_count = %1"_s.arg(q.value(0).toInt())));
        // Long payloads fill the last pages quickly.
        Result<void> r;
        int accepted = 0;
        for (int i = 0;
             i < 2000 && (r = recorder->perform(Action::of(Event::Type::Flag, target(u"s-hours"_s)))).ok();
             ++i)
            ++accepted;
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"the disk is full"_s), qPrintable(r.error().message));
        QCOMPARE(store.events(recorder->record().uuid), recorder->playthrough().events());
        QVERIFY(store.execute(u"PRAGMA max_page_count = 1073741823"_s));
        QVERIFY(recorder->perform(Action::of(Event::Type::Choose, choose(u"c-private"_s))).ok());
        QCOMPARE(store.events(recorder->record().uuid), recorder->playthrough().events());
        QCOMPARE(store.integrityCheck(), u"ok"_s);
    }

    void newerDatabaseIsRefusedUntouched()
    {
        const QString path = freshPath();
        {
            ResultsStore store(path);
            QVERIFY(store.open().ok());
            QVERIFY(store.execute(u"PRAGMA user_version = 99"_s));
            QVERIFY(store.execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        const QByteArray before = fileHash(path);
        ResultsStore store(path);
        const auto opened = store.open();
        QCOMPARE(opened.status, ResultsStore::OpenStatus::NewerThanApp);
        QVERIFY(opened.error.message.contains(u"newer Saskati"_s));
        QCOMPARE(fileHash(path), before);
    }

    void migratesTheV1Fixture()
    {
        const QString path = freshPath();
        QVERIFY(QFile::copy(testing::dataPath(u"store/results-v1.sqlite"_s), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        ResultsStore store(path);
        const auto opened = store.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error.message));
        QCOMPARE(store.backups().size(), 2); // taken before migrating, then the daily copy
        QVERIFY(
            store.backups().first().contains(u"before-migration-to-v%1"_s.arg(ResultsStore::schemaVersion)));
        QVERIFY(store.backups().last().endsWith(u"-daily.sqlite"_s));
        QCOMPARE(store.participants().size(), 1);
        QCOMPARE(store.participants().first().displayName, u"Ilze Fixture"_s);
        const QList<AttemptRecord> attempts = store.attempts();
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().language, QString()); // the column added by v2
        QCOMPARE(attempts.first().roomRun, QString());  // v3: no seminar room
        QVERIFY(store.roomRuns().isEmpty());
        QCOMPARE(store.events(attempts.first().uuid).size(), 4);
        QVERIFY(store.execute(u"INSERT INTO settings (key, value) VALUES ('a', 'b')"_s));
        // The backup is the untouched v1 file.
        ResultsStore old(store.backups().first());
        QVERIFY(old.open(1).ok());
        QCOMPARE(old.participants().size(), 1);
    }

    // The app prepares a file on a worker thread (the v1 fixture: backed up, migrated, the day's backup) and
    // then only connects on its GUI thread: nothing is done twice, and the file is the migrated one.
    void preparedOnAnotherThreadThenOpenedWithoutRedoingIt()
    {
        const QString path = freshPath();
        QVERIFY(QFile::copy(testing::dataPath(u"store/results-v1.sqlite"_s), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        ResultsStore::OpenResult prepared;
        Qt::HANDLE worker = nullptr;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            worker = QThread::currentThreadId();
            ResultsStore worker(path); // as the app's worker: a store of its own, closed on that thread
            prepared = worker.open();
        }));
        thread->start();
        QVERIFY(thread->wait(60000));
        QVERIFY(worker != QThread::currentThreadId());
        QVERIFY2(prepared.ok(), qPrintable(prepared.error.message));
        ResultsStore store(path);
        QCOMPARE(store.backups().size(), 2); // before migrating, and the day's
        const auto opened = store.open(ResultsStore::schemaVersion, ResultsStore::OpenMode::Prepared);
        QVERIFY2(opened.ok(), qPrintable(opened.error.message));
        QCOMPARE(store.backups().size(), 2);
        QCOMPARE(store.participants().size(), 1);
        QVERIFY(store.execute(u"INSERT INTO settings (key, value) VALUES ('a', 'b')"_s)); // schema 2's table
    }

    // Prepared trusts what a Full open did moments ago, but not a file changed by a newer Saskati meanwhile.
    void preparedOpenRefusesANewerFile()
    {
        const QString path = freshPath();
        {
            ResultsStore store(path);
            QVERIFY(store.open().ok());
            QVERIFY(store.execute(u"PRAGMA user_version = 99"_s));
        }
        ResultsStore store(path);
        const auto opened = store.open(ResultsStore::schemaVersion, ResultsStore::OpenMode::Prepared);
        QCOMPARE(opened.status, ResultsStore::OpenStatus::NewerThanApp);
        QVERIFY(!store.isOpen());
    }

    void damagedFileIsKeptAndABackupOffered_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << u"truncate"_s;
        QTest::newRow("bytes overwritten in the middle") << u"overwrite"_s;
        QTest::newRow("header overwritten") << u"header"_s;
    }

    void damagedFileIsKeptAndABackupOffered()
    {
        QFETCH(QString, damage);
        const QString path = freshPath();
        QString backupPath;
        {
            ResultsStore store(path);
            QVERIFY(store.open().ok());
            for (int i = 0; i < 200; ++i)
                QVERIFY(store.addParticipant(u"Person %1 with a fairly long name to fill pages"_s.arg(i)));
            backupPath = store.backup(u"manual"_s).valueOr({});
            QVERIFY(!backupPath.isEmpty());
            QVERIFY(store.execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (damage == u"truncate") {
                QVERIFY(f.resize(f.size() / 2 + 100));
            } else if (damage == u"overwrite") {
                f.seek(f.size() / 2);
                f.write(QByteArray(4096, '\xA5'));
            } else {
                f.write(QByteArray(100, 'X'));
            }
        }
        const QByteArray before = fileHash(path);
        ResultsStore store(path);
        const auto opened = store.open();
        QCOMPARE(opened.status, ResultsStore::OpenStatus::Damaged);
        QVERIFY2(opened.error.message.contains(u"damaged"_s), qPrintable(opened.error.message));
        QCOMPARE(opened.newestBackup, backupPath);
        QCOMPARE(fileHash(path), before); // untouched
        QVERIFY(store.restoreBackup(opened.newestBackup));
        QVERIFY(store.open().ok());
        QCOMPARE(store.participants().size(), 200);
        // The damaged file is kept beside it.
        QStringList aside = QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + u".damaged-*"_s});
        aside.removeIf(
            [](const QString &name) { return name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s); });
        QCOMPARE(aside.size(), 1);
        QCOMPARE(fileHash(m_dir.filePath(aside.first())), before);
    }

    void erasureLeavesNoRow()
    {
        ResultsStore store(freshPath());
        QVERIFY(store.open().ok());
        const auto keep = store.addParticipant(u"Keep"_s);
        const auto erase = store.addParticipant(u"Erase Me"_s);
        for (const auto &p : {keep, erase}) {
            auto recorder = AttemptRecorder::begin(store, m_scenario, p->uuid, {}, PlayMode::Solo, u"lv"_s);
            QVERIFY(recorder->perform(Action::of(Event::Type::Choose, choose(u"c-private"_s))).ok());
        }
        const QString backup = store.backup(u"manual"_s).valueOr({});
        QVERIFY(!backup.isEmpty());
        QVERIFY(store.eraseParticipant(erase->uuid));
        // ...and from the backups too.
        {
            QFile copy(backup);
            QVERIFY(copy.open(QIODevice::ReadOnly));
            QVERIFY(!copy.readAll().contains("Erase Me"));
        }
        // A shared name does not pick one of two people silently.
        QVERIFY(store.addParticipant(u"Keep"_s));
        const Result<Participant> shared = store.participant(u"Keep"_s);
        QVERIFY(!shared);
        QVERIFY(shared.error().message.contains(u"Several participants"_s));
        QCOMPARE(store.participant(keep->code)->uuid, keep->uuid);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(
            u"SELECT count(*) FROM participants WHERE uuid = '%1' OR display_name LIKE '%Erase%'"_s.arg(
                erase->uuid)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"SELECT count(*) FROM attempts WHERE participant_uuid = '%1'"_s.arg(erase->uuid)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(
            q.exec(u"SELECT count(*) FROM events WHERE attempt_uuid NOT IN (SELECT uuid FROM attempts)"_s) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(store.attempts(keep->uuid).size(), 1);
        QCOMPARE(QFile(store.path()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        q.finish();
        // Nothing of the name is left in the file's free pages either (secure_delete).
        QVERIFY(store.execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        QFile file(store.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Erase Me"));
    }

    // Regression: only people with a completed attempt in a seminar could be found and erased; a solo trainee
    // who stopped early, one who never played and a seminar phone name could not.
    void anyoneCanBeFoundAndErased_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("how"); // what they left behind
        QTest::newRow("solo, left mid-scenario") << u"Mārīte Ābele"_s << u"MARITE"_s << u"in-progress"_s;
        QTest::newRow("solo, stopped") << u"Jānis Bērziņš"_s << u"berzin"_s << u"abandoned"_s;
        QTest::newRow("signed in, never played") << u"Ona"_s << u"ona"_s << u"nothing"_s;
        QTest::newRow("seminar phone name") << u"Ēriks (tālrunis)"_s << u"eriks ("_s << u"seminar"_s;
    }
    void anyoneCanBeFoundAndErased()
    {
        QFETCH(QString, name);
        QFETCH(QString, search);
        QFETCH(QString, how);
        ResultsStore store(freshPath());
        QVERIFY(store.open().ok());
        const auto other = store.addParticipant(u"Somebody Else"_s);
        const auto person = store.addParticipant(name, u"teacher"_s);
        QVERIFY(other && person);
        QString seminar;
        if (how == u"seminar") {
            Seminar s;
            s.title = u"Liepāja"_s;
            seminar = store.addSeminar(s)->uuid;
        }
        if (how != u"nothing") {
            auto recorder =
                AttemptRecorder::begin(store, m_scenario, person->uuid, seminar,
                                       seminar.isEmpty() ? PlayMode::Solo : PlayMode::Seminar, u"lv"_s);
            QVERIFY2(recorder, qPrintable(recorder.error().message));
            if (how == u"abandoned")
                QVERIFY(recorder->abandon().ok());
        }
        // Found by part of the name, whatever the case and accents, or by the code.
        const QList<Participant> found = store.findParticipants(search);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().uuid, person->uuid);
        QCOMPARE(store.findParticipants(person->code.toLower()).first().uuid, person->uuid);
        QCOMPARE(store.findParticipants(u"no such person"_s).size(), 0);
        QCOMPARE(store.attemptCounts().value(person->uuid), how == u"nothing" ? 0 : 1);
        const QString backup = store.backup(u"manual"_s).valueOr({});
        QVERIFY(store.eraseParticipant(person->uuid));
        QVERIFY(store.findParticipants(search).isEmpty());
        QVERIFY(!store.participant(person->uuid));
        QCOMPARE(store.attempts(person->uuid).size(), 0);
        QCOMPARE(store.participants().size(), 1);
        QFile copy(backup);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(!copy.readAll().contains(person->code.toUtf8()));
        // Erasing again (or a uuid nobody has) says so instead of reporting success.
        const Result<void> again = store.eraseParticipant(person->uuid);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(u"no participant"_s));
    }

    // The solo "Who is practising?" list: not the names typed on seminar phones (they skewed it); someone who
    // practised alone as well as in a seminar, or has not played yet, stays.
    void practisingParticipantsLeaveOutSeminarPhones()
    {
        ResultsStore store(freshPath());
        QVERIFY(store.open().ok());
        Seminar s;
        s.title = u"Liepāja"_s;
        const QString seminar = store.addSeminar(s)->uuid;
        auto play = [&](const QString &person, const QString &inSeminar) {
            const auto begun =
                AttemptRecorder::begin(store, m_scenario, person, inSeminar,
                                       inSeminar.isEmpty() ? PlayMode::Solo : PlayMode::Seminar, u"lv"_s);
            QVERIFY2(begun, qPrintable(begun.error().message));
        };
        const auto phone = store.addParticipant(u"Ēriks (tālrunis)"_s);
        const auto solo = store.addParticipant(u"Anna"_s);
        const auto both = store.addParticipant(u"Dace"_s);
        const auto fresh = store.addParticipant(u"Ona"_s); // never played
        QVERIFY(phone && solo && both && fresh);
        play(phone->uuid, seminar);
        play(solo->uuid, {});
        play(both->uuid, seminar);
        play(both->uuid, {});
        QStringList names;
        for (const Participant &p : store.practisingParticipants())
            names.append(p.displayName);
        QCOMPARE(names, (QStringList{u"Anna"_s, u"Dace"_s, u"Ona"_s}));
        QCOMPARE(store.participants().size(), 4);
    }

    void seminarSwitchedToCodesKeepsNoName()
    {
        ResultsStore store(freshPath());
        QVERIFY(store.open().ok());
        Seminar seminar;
        seminar.title = u"Robežsardze"_s;
        const QString room = store.addSeminar(seminar)->uuid;
        const auto inRoom = store.addParticipant(u"Ilze Ozoliņa"_s);
        const auto alone = store.addParticipant(u"Solo Trainee"_s);
        for (const auto &[p, s] : {std::pair{inRoom, room}, std::pair{alone, QString()}}) {
            auto recorder = AttemptRecorder::begin(store, m_scenario, p->uuid, s,
                                                   s.isEmpty() ? PlayMode::Solo : PlayMode::Seminar, u"lv"_s);
            QVERIFY(recorder &&
                    recorder->perform(Action::of(Event::Type::Choose, choose(u"c-private"_s))).ok());
        }
        const QString backup = store.backup(u"manual"_s).valueOr({});
        QCOMPARE(store.pseudonymiseSeminar(room).valueOr(-1), 1);
        QCOMPARE(store.pseudonymiseSeminar(room).valueOr(-1), 0); // already codes
        QCOMPARE(store.participant(inRoom->uuid)->displayName, inRoom->code);
        QCOMPARE(store.participant(alone->uuid)->displayName, u"Solo Trainee"_s); // not in that seminar
        QCOMPARE(store.attempts(inRoom->uuid).size(), 1);                         // results stay
        for (const QString &file : {store.path(), backup}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("Ilze"), qPrintable(file));
        }
    }

    void correctedContactsOverrideTheCatalogue()
    {
        ResultsStore store(freshPath());
        QVERIFY(store.open().ok());
        Diagnostics diagnostics;
        const Catalog file = loadCatalog(testing::dataPath(u"catalog"_s), &diagnostics);
        QVERIFY(file.institutions.contains(u"state-police"_s));
        InstitutionContact police{u"state-police"_s,
                                  u"+371 67075212"_s,
                                  u"112"_s,
                                  u"Liepāja, Ganību iela 9"_s,
                                  u"kanceleja@vp.gov.lv"_s,
                                  u"vp.gov.lv"_s,
                                  u"24/7"_s,
                                  QDate(2026, 11, 29),
                                  {}};
        QVERIFY(store.saveInstitutionContact(police));
        police.hours = u"every day, 24 hours"_s; // a second correction replaces the first
        QVERIFY(store.saveInstitutionContact(police));
        QVERIFY(store.saveInstitutionContact({u"no-such-institution"_s, u"1"_s, {}, {}, {}, {}, {}, {}, {}}));
        const QList<InstitutionContact> saved = store.institutionContacts();
        QCOMPARE(saved.size(), 2);
        const Catalog corrected = withContacts(file, saved);
        const Institution &p = corrected.institutions[u"state-police"_s];
        QCOMPARE(p.phone, u"+371 67075212"_s);
        QCOMPARE(p.hours, u"every day, 24 hours"_s);
        QCOMPARE(p.verifiedOn, u"2026-11-29"_s);
        QCOMPARE(p.name.text(u"lv"_s),
                 file.institutions[u"state-police"_s].name.text(u"lv"_s)); // only contacts
        QVERIFY(!corrected.institutions.contains(u"no-such-institution"_s));
        QCOMPARE(corrected.institutions.size(), file.institutions.size());
    }

    void importTwiceEqualsOnceAndConflictsAreNamed()
    {
        ResultsStore source(freshPath());
        QVERIFY(source.open().ok());
        const auto p = source.addParticipant(u"Inese"_s, u"teacher"_s);
        auto recorder = AttemptRecorder::begin(source, m_scenario, p->uuid, {}, PlayMode::Solo, u"lv"_s);
        QVERIFY(recorder->perform(Action::of(Event::Type::Flag, target(u"s-pay"_s))).ok());
        QVERIFY(recorder->perform(Action::of(Event::Type::Choose, choose(u"c-private"_s))).ok());
        const QJsonObject bundle = exportBundle(source, {});

        ResultsStore target(freshPath());
        QVERIFY(target.open().ok());
        const ImportReport first = importBundle(target, bundle);
        QVERIFY2(first.ok, qPrintable(first.error.message));
        QCOMPARE(first.added, 3); // participant, snapshot, attempt
        QCOMPARE(target.events(recorder->record().uuid), source.events(recorder->record().uuid));
        const ImportReport second = importBundle(target, bundle);
        QVERIFY(second.ok);
        QCOMPARE(second.added, 0);
        QCOMPARE(second.unchanged, 3);
        QVERIFY(second.conflicts.isEmpty());
        QCOMPARE(exportBundle(target, {}).value(u"attempts"_s), bundle.value(u"attempts"_s));

        // The same participant renamed on the other laptop: a conflict, named; the local row stays.
        QJsonObject changed = bundle;
        QJsonArray people = changed.value(u"participants"_s).toArray();
        QJsonObject person = people.first().toObject();
        person.insert(u"displayName"_s, u"Inese K."_s);
        people.replace(0, person);
        changed.insert(u"participants"_s, people);
        const ImportReport third = importBundle(target, changed);
        QVERIFY(third.ok);
        QCOMPARE(third.conflicts.size(), 1);
        QVERIFY(third.conflicts.first().contains(p->uuid));
        QCOMPARE(target.participant(p->uuid)->displayName, u"Inese"_s);

        // A broken bundle changes nothing at all.
        QJsonObject broken = bundle;
        QJsonArray attempts = broken.value(u"attempts"_s).toArray();
        QJsonObject attempt = attempts.first().toObject();
        attempt.insert(u"uuid"_s, u"33333333-3333-3333-3333-333333333333"_s);
        attempt.insert(u"events"_s, QJsonArray{QJsonObject{{u"seq"_s, 1}}});
        attempts.replace(0, attempt);
        broken.insert(u"attempts"_s, attempts);
        const qsizetype before = target.attempts().size();
        QVERIFY(!importBundle(target, broken).ok);
        QCOMPARE(target.attempts().size(), before);
    }

    void pseudonymisedExportHasNoNames()
    {
        ResultsStore store(freshPath());
        QVERIFY(store.open().ok());
        const auto p = store.addParticipant(u"Kristīne Liepiņa"_s, u"police"_s, u"LIE-07"_s);
        Seminar seminar;
        seminar.title = u"Robežsardze"_s;
        seminar.notes = u"Kristīne asked about the reflection period"_s;
        const auto s = store.addSeminar(seminar);
        auto recorder =
            AttemptRecorder::begin(store, m_scenario, p->uuid, s->uuid, PlayMode::Seminar, u"lv"_s);
        QVERIFY(recorder);
        ExportSelection selection;
        selection.pseudonymise = true;
        const QByteArray json = QJsonDocument(exportBundle(store, selection)).toJson();
        QVERIFY(!json.contains("Kristīne"));
        QVERIFY(!json.contains("Liepiņa"));
        QVERIFY(json.contains("LIE-07"));
        const CsvExport csv = exportCsv(store, selection, m_scenario->catalog);
        QVERIFY(!csv.attempts.contains("Kristīne"));
        QVERIFY(csv.attempts.contains("LIE-07"));
    }

    void csvQuoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("plain") << u"abc"_s << QByteArray("abc");
        QTest::newRow("comma") << u"a,b"_s << QByteArray("\"a,b\"");
        QTest::newRow("quote") << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("line break") << u"a\nb"_s << QByteArray("\"a\nb\"");
        QTest::newRow("latvian") << u"Bāriņtiesa"_s << QString(u"Bāriņtiesa"_s).toUtf8();
        QTest::newRow("empty") << QString() << QByteArray();
    }

    void csvQuoting()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, field);
        QCOMPARE(csvField(value), field);
    }

    // Writes tests/data/store/results-v1.sqlite; run with SASKATI_WRITE_FIXTURES=1 only when the fixture must
    // change.
    void writeV1Fixture()
    {
        if (qEnvironmentVariableIsEmpty("SASKATI_WRITE_FIXTURES"))
            QSKIP("fixture generation only on request");
        const QString path = testing::dataPath(u"store/results-v1.sqlite"_s);
        QFile::remove(path);
        {
            ResultsStore store(path);
            QVERIFY(store.open(1).ok());
            QSqlDatabase db = store.database();
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO participants VALUES ('11111111-1111-1111-1111-111111111111', "
                           u"'Ilze Fixture', 'P-FIX001', 'social-worker', '2026-01-10T09:00:00.000Z')"_s));
            QVERIFY(q.exec(u"INSERT INTO scenario_snapshots VALUES ('%1', 'minimal', 1, x'%2')"_s.arg(
                QString::fromLatin1(m_scenario->contentHash()),
                QString::fromLatin1(m_scenario->sourceBytes.toHex()))));
            QVERIFY(q.exec(u"INSERT INTO attempts VALUES ('22222222-2222-2222-2222-222222222222', "
                           u"'11111111-1111-1111-1111-111111111111', NULL, 'solo', 'minimal', 1, '%1', "
                           u"'2026-01-10T09:05:00.000Z', NULL, 'in-progress', NULL)"_s.arg(
                               QString::fromLatin1(m_scenario->contentHash()))));
            Playthrough p(m_scenario);
            p.setClock([] { return QDateTime(QDate(2026, 1, 10), QTime(9, 5), Qt::UTC); });
            QVERIFY(p.start(PlayMode::Solo).ok());
            QVERIFY(p.flag(u"s-hours"_s).ok());
            QVERIFY(p.choose(u"c-private"_s).ok());
            QVERIFY(p.stepBack().ok());
            for (const Event &e : p.events())
                QVERIFY(store.appendEvent(u"22222222-2222-2222-2222-222222222222"_s, e));
            QVERIFY(store.execute(u"PRAGMA journal_mode=DELETE"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestResultsStore)
#include "tst_resultsstore.moc"
