#include "resultsstore.h"

#include "privatefiles.h"
#include "scenario.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "saskati.store", QtInfoMsg)

namespace saskati {

namespace {

// Each migration step brings the schema from version N-1 to N, in one transaction. Never edit a released
// step: add a new one (docs/results-store.md).
const QList<QStringList> s_migrations = {
    // 1: participants, seminars, attempts, their events, and snapshots of the scenarios played.
    {
        u"CREATE TABLE participants (uuid TEXT PRIMARY KEY NOT NULL, display_name TEXT NOT NULL, "
        u"code TEXT NOT NULL UNIQUE, role TEXT NOT NULL DEFAULT '', created TEXT NOT NULL)"_s,
        u"CREATE TABLE seminars (uuid TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, date TEXT, "
        u"place TEXT NOT NULL DEFAULT '', lecturer TEXT NOT NULL DEFAULT '', audience TEXT NOT NULL DEFAULT "
        u"'', "
        u"scenarios TEXT NOT NULL DEFAULT '[]', notes TEXT NOT NULL DEFAULT '', created TEXT NOT NULL)"_s,
        u"CREATE TABLE scenario_snapshots (content_hash TEXT PRIMARY KEY NOT NULL, scenario_id TEXT NOT "
        u"NULL, "
        u"version INTEGER NOT NULL, source BLOB NOT NULL)"_s,
        u"CREATE TABLE attempts (uuid TEXT PRIMARY KEY NOT NULL, "
        u"participant_uuid TEXT NOT NULL REFERENCES participants(uuid) ON DELETE CASCADE, "
        u"seminar_uuid TEXT REFERENCES seminars(uuid) ON DELETE SET NULL, mode TEXT NOT NULL, "
        u"scenario_id TEXT NOT NULL, scenario_version INTEGER NOT NULL, "
        u"content_hash TEXT NOT NULL REFERENCES scenario_snapshots(content_hash), started TEXT NOT NULL, "
        u"finished TEXT, status TEXT NOT NULL, score TEXT)"_s,
        u"CREATE INDEX attempts_participant ON attempts(participant_uuid)"_s,
        u"CREATE TABLE events (attempt_uuid TEXT NOT NULL REFERENCES attempts(uuid) ON DELETE CASCADE, "
        u"seq INTEGER NOT NULL, time TEXT NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL, "
        u"PRIMARY KEY (attempt_uuid, seq)) WITHOUT ROWID"_s,
    },
    // 2: the language an attempt was played in; settings (coordinator preferences); finding interrupted
    // attempts.
    {
        u"ALTER TABLE attempts ADD COLUMN language TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
        u"CREATE INDEX attempts_status ON attempts(status)"_s,
    },
    // 3: seminar rooms: the path a room took through a scenario (its own event log), show-of-hands counts,
    // and the link from each participant's attempt to the room it was played in.
    {
        u"CREATE TABLE room_runs (uuid TEXT PRIMARY KEY NOT NULL, "
        u"seminar_uuid TEXT NOT NULL REFERENCES seminars(uuid) ON DELETE CASCADE, scenario_id TEXT NOT NULL, "
        u"scenario_version INTEGER NOT NULL, "
        u"content_hash TEXT NOT NULL REFERENCES scenario_snapshots(content_hash), "
        u"language TEXT NOT NULL DEFAULT '', started TEXT NOT NULL, finished TEXT, status TEXT NOT NULL, "
        u"score TEXT)"_s,
        u"CREATE INDEX room_runs_seminar ON room_runs(seminar_uuid)"_s,
        u"CREATE TABLE room_events (run_uuid TEXT NOT NULL REFERENCES room_runs(uuid) ON DELETE CASCADE, "
        u"seq INTEGER NOT NULL, time TEXT NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL, "
        u"PRIMARY KEY (run_uuid, seq)) WITHOUT ROWID"_s,
        u"CREATE TABLE room_hand_counts (run_uuid TEXT NOT NULL REFERENCES room_runs(uuid) ON DELETE "
        u"CASCADE, "
        u"decision INTEGER NOT NULL, scene TEXT NOT NULL, counts TEXT NOT NULL, time TEXT NOT NULL, "
        u"PRIMARY KEY (run_uuid, decision)) WITHOUT ROWID"_s,
        u"ALTER TABLE attempts ADD COLUMN room_run_uuid TEXT REFERENCES room_runs(uuid) ON DELETE SET NULL"_s,
        u"CREATE INDEX attempts_room_run ON attempts(room_run_uuid)"_s,
    },
    // 4: the coordinator's review: each finished attempt's percent and total as columns, its decisions
    // (items)
    // and indicator counts as rows, so that the review's figures are SQL aggregates
    // (docs/review-statistics.md).
    // Attempts finished before version 4 get their items on the next `results reindex` (or app start).
    {
        u"ALTER TABLE attempts ADD COLUMN percent INTEGER"_s,
        u"ALTER TABLE attempts ADD COLUMN total REAL"_s,
        u"UPDATE attempts SET percent = json_extract(score, '$.percent'), total = json_extract(score, "
        u"'$.total') "
        u"WHERE score IS NOT NULL"_s,
        u"CREATE INDEX attempts_scenario ON attempts(scenario_id, started)"_s,
        u"CREATE INDEX attempts_seminar ON attempts(seminar_uuid)"_s,
        u"CREATE TABLE attempt_items (attempt_uuid TEXT NOT NULL REFERENCES attempts(uuid) ON DELETE "
        u"CASCADE, "
        u"item TEXT NOT NULL, mark REAL NOT NULL, max REAL NOT NULL, answer TEXT NOT NULL DEFAULT '', "
        u"PRIMARY KEY (attempt_uuid, item)) WITHOUT ROWID"_s,
        u"CREATE TABLE attempt_indicators (attempt_uuid TEXT NOT NULL REFERENCES attempts(uuid) ON DELETE "
        u"CASCADE, "
        u"indicator TEXT NOT NULL, present INTEGER NOT NULL, found INTEGER NOT NULL, false_named INTEGER NOT "
        u"NULL, "
        u"PRIMARY KEY (attempt_uuid, indicator)) WITHOUT ROWID"_s,
    },
    // 5: the coordinator's corrections of the institution directory's contacts, each with the date it was
    // verified; they override the catalogue file's (which a coordinator may not be able to edit) in debriefs.
    {
        u"CREATE TABLE institution_contacts (institution TEXT PRIMARY KEY NOT NULL, phone TEXT NOT NULL "
        u"DEFAULT "
        u"'', free_phone TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', email TEXT NOT NULL "
        u"DEFAULT '', website TEXT NOT NULL DEFAULT '', hours TEXT NOT NULL DEFAULT '', verified_on TEXT NOT "
        u"NULL DEFAULT '', updated TEXT NOT NULL)"_s,
    },
    // 6: who is in a seminar room, so that it can resume after a crash: each phone's member id, a hash of its
    // resume token (the token itself stays on the phone), the participant and the page's language.
    {
        u"CREATE TABLE room_members (seminar_uuid TEXT NOT NULL REFERENCES seminars(uuid) ON DELETE CASCADE, "
        u"member_id TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, "
        u"participant_uuid TEXT NOT NULL REFERENCES participants(uuid) ON DELETE CASCADE, "
        u"language TEXT NOT NULL DEFAULT 'lv', joined TEXT NOT NULL, PRIMARY KEY (seminar_uuid, member_id)) "
        u"WITHOUT ROWID"_s,
        u"CREATE INDEX room_members_participant ON room_members(participant_uuid)"_s,
    },
};
static_assert(ResultsStore::schemaVersion == 6, "add the migration step to s_migrations");

QDateTime fromIso(const QVariant &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}
QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A code that says nothing about the person: "P-" and six characters of a random UUID.
QString newCode()
{
    return u"P-"_s + QUuid::createUuid().toString(QUuid::Id128).left(6).toUpper();
}

AttemptRecord attemptFrom(const QSqlQuery &q)
{
    AttemptRecord a;
    a.uuid = q.value(0).toString();
    a.participant = q.value(1).toString();
    a.seminar = q.value(2).toString();
    playModeFromId(q.value(3).toString(), &a.mode);
    a.scenarioId = q.value(4).toString();
    a.scenarioVersion = q.value(5).toInt();
    a.contentHash = q.value(6).toString();
    a.started = fromIso(q.value(7));
    a.finished = fromIso(q.value(8));
    attemptStatusFromId(q.value(9).toString(), &a.status);
    a.score = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
    a.language = q.value(11).toString();
    a.roomRun = q.value(12).toString();
    return a;
}

const QString s_attemptColumns =
    u"uuid, participant_uuid, seminar_uuid, mode, scenario_id, scenario_version, "
    u"content_hash, started, finished, status, score, language, room_run_uuid"_s;

RoomRun roomRunFrom(const QSqlQuery &q)
{
    RoomRun r;
    r.uuid = q.value(0).toString();
    r.seminar = q.value(1).toString();
    r.scenarioId = q.value(2).toString();
    r.scenarioVersion = q.value(3).toInt();
    r.contentHash = q.value(4).toString();
    r.language = q.value(5).toString();
    r.started = fromIso(q.value(6));
    r.finished = fromIso(q.value(7));
    attemptStatusFromId(q.value(8).toString(), &r.status);
    r.score = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
    return r;
}

const QString s_roomRunColumns =
    u"uuid, seminar_uuid, scenario_id, scenario_version, content_hash, language, "
    u"started, finished, status, score"_s;

} // namespace

QString attemptStatusId(AttemptRecord::Status status)
{
    switch (status) {
    case AttemptRecord::Status::InProgress:
        return u"in-progress"_s;
    case AttemptRecord::Status::Completed:
        return u"completed"_s;
    case AttemptRecord::Status::Abandoned:
        return u"abandoned"_s;
    case AttemptRecord::Status::Interrupted:
        return u"interrupted"_s;
    }
    return {};
}

bool attemptStatusFromId(const QString &id, AttemptRecord::Status *status)
{
    if (id == u"in-progress")
        *status = AttemptRecord::Status::InProgress;
    else if (id == u"completed")
        *status = AttemptRecord::Status::Completed;
    else if (id == u"abandoned")
        *status = AttemptRecord::Status::Abandoned;
    else if (id == u"interrupted")
        *status = AttemptRecord::Status::Interrupted;
    else
        return false;
    return true;
}

ResultsStore::ResultsStore(QString path)
    : m_path(std::move(path))
    , m_connection(u"saskati-store-"_s + newUuid())
{}

ResultsStore::~ResultsStore()
{
    m_appendEvent.reset(); // before the connection goes
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString ResultsStore::lockPath(const QString &databasePath)
{
    return databasePath + u".lock"_s;
}

ResultsStore::OpenResult ResultsStore::lock()
{
    OpenResult result;
    if (m_lock) {
        result.status = OpenStatus::Ok;
        return result;
    }
    makePrivateDirectory(QFileInfo(m_path).absolutePath());
    auto lock = std::make_unique<QLockFile>(lockPath(m_path));
    // Stale only when the process that took it is gone, never by age: a lecturer's app stays open all day.
    // QLockFile holds an flock() too, so a live holder's file is never taken over.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        result.status = OpenStatus::Ok;
        return result;
    }
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        QString application;
        lock->getLockInfo(&result.holderPid, &result.holderHost, &application);
        result.status = OpenStatus::InUse;
        result.message = u"The results database %1 is in use by another Saskati (process %2 on %3). Use that "
                         u"window, or open another database."_s.arg(m_path)
                             .arg(result.holderPid)
                             .arg(result.holderHost);
        break;
    }
    case QLockFile::PermissionError:
        result.status = OpenStatus::ReadOnlyFolder;
        result.message = u"The folder of the results database %1 is read-only: results cannot be saved "
                         u"there."_s.arg(m_path);
        break;
    default:
        result.status = OpenStatus::CannotOpen;
        result.message =
            u"The results database %1 cannot be locked for this app (%2)."_s.arg(m_path, lockPath(m_path));
        break;
    }
    m_lastError = result.message;
    qCWarning(lcStore) << m_lastError;
    return result;
}

QString ResultsStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"saskati.sqlite"_s);
}

QSqlDatabase ResultsStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool ResultsStore::fail(const QString &what, const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    QString why;
    if (code == u"13")
        why = u"the disk is full (or the database reached its size limit). Free some space and try again; "
              u"nothing "
              u"saved before is lost"_s;
    else if (code == u"5" || code == u"6")
        why = u"another program (a second Saskati?) kept the database busy for too long. Try again"_s;
    else if (code == u"8")
        why = u"the database file is read-only. Check its permissions"_s;
    else
        why = error.text();
    m_lastError = u"Could not %1: %2."_s.arg(what, why);
    qCWarning(lcStore) << m_lastError;
    return false;
}

bool ResultsStore::write(const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(database());
    if (!q.prepare(sql))
        return fail(what, q.lastError());
    for (const QVariant &v : values) {
        // A null QString would bind as SQL NULL; text columns mean "empty" by it.
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.addBindValue(nullText ? QVariant(QString(u""_s)) : v);
    }
    if (!q.exec())
        return fail(what, q.lastError());
    return true;
}

ResultsStore::OpenResult ResultsStore::open(int targetVersion, OpenMode mode)
{
    OpenResult result;
    const QFileInfo info(m_path);
    const bool exists = info.exists() && info.size() > 0;
    int version = 0;
    // Readable is not enough: every action is saved as it happens, SQLite keeps its journal beside the file,
    // and backups go beside it too. Say so before anything is played, not at the first answer. (access(2)
    // decides: root may write a chmod-ed file, and nobody a file on a read-only file system.) Checked before
    // the inspection: a WAL database in a read-only folder cannot even be read, and is not damaged.
    // A new database is the user's alone from its first byte (SQLite gives its -wal and -shm files the same
    // permissions).
    if (!exists && makePrivateDirectory(info.absolutePath()) && QFileInfo(info.absolutePath()).isWritable())
        createPrivateFile(m_path);
    if (!QFileInfo(info.absolutePath()).isWritable()) // a write-protected stick: its files are read-only too
        result.status = OpenStatus::ReadOnlyFolder;
    else if (exists && !info.isWritable())
        result.status = OpenStatus::ReadOnlyFile;
    if (result.status == OpenStatus::ReadOnlyFile || result.status == OpenStatus::ReadOnlyFolder) {
        result.message =
            result.status == OpenStatus::ReadOnlyFile
                ? u"The results database %1 is read-only: results cannot be saved in it."_s.arg(m_path)
                : u"The folder of the results database %1 is read-only: results cannot be saved "
                  u"there."_s.arg(m_path);
        m_lastError = result.message;
        return result;
    }
    if (exists && mode == OpenMode::Full) {
        // Inspect read-only first: a damaged or newer file must not be touched, not even by switching to WAL.
        const QString inspector = m_connection + u"-inspect"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, inspector);
            db.setDatabaseName(m_path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
            if (!db.open()) {
                result.status = OpenStatus::CannotOpen;
                result.message =
                    u"The results database %1 cannot be opened: %2"_s.arg(m_path, db.lastError().text());
            } else {
                QSqlQuery q(db);
                bool readable = q.exec(u"PRAGMA user_version"_s) && q.next();
                version = readable ? q.value(0).toInt() : 0;
                QString check;
                if (readable && version <= targetVersion) {
                    readable = q.exec(u"PRAGMA quick_check"_s);
                    while (readable && q.next())
                        check += q.value(0).toString() + u'\n';
                }
                if (!readable || (!check.isEmpty() && check.trimmed() != u"ok")) {
                    result.status = OpenStatus::Damaged;
                    result.message =
                        u"The results database %1 is damaged (%2). It has been left untouched."_s.arg(
                            m_path, readable ? check.trimmed().left(200) : q.lastError().text());
                } else if (version > targetVersion) {
                    result.status = OpenStatus::NewerThanApp;
                    result.message =
                        u"The results database %1 was written by a newer Saskati (schema %2; this one "
                        u"reads up to %3). It has not been changed: update Saskati to open it."_s.arg(m_path)
                            .arg(version)
                            .arg(targetVersion);
                } else {
                    result.status = OpenStatus::Ok;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(inspector);
        if (result.status == OpenStatus::Damaged) {
            const QStringList copies = backups();
            result.newestBackup = copies.isEmpty() ? QString() : copies.last();
            result.message +=
                result.newestBackup.isEmpty()
                    ? u" There is no backup of it."_s
                    : u" The newest backup is %1; restore it to go on."_s.arg(result.newestBackup);
        }
        if (result.status != OpenStatus::Ok) {
            m_lastError = result.message;
            return result;
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        result.status = OpenStatus::CannotOpen;
        result.message = u"The results database %1 cannot be opened: %2"_s.arg(m_path, db.lastError().text());
        m_lastError = result.message;
        return result;
    }
    QSqlQuery q(db);
    // WAL lets a second reader in while one writes; FULL makes every commit durable against a power cut
    // (measured in bench/bench_store.cpp, docs/results-store.md); secure_delete overwrites what erasure
    // deletes.
    // Switching to WAL needs a moment alone with the file, and SQLite does not wait for it: when a second
    // process opens a new database at the same time, try again briefly.
    for (int tries = 0; tries < 50; ++tries) {
        if (q.exec(u"PRAGMA journal_mode=WAL"_s))
            break;
        QThread::msleep(100);
    }
    q.finish();
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                  u"PRAGMA foreign_keys=ON"_s, u"PRAGMA secure_delete=ON"_s}) {
        if (!q.exec(pragma)) {
            fail(u"prepare the results database"_s, q.lastError());
            // SQLITE_READONLY: writable by its mode, yet not (a read-only mount access(2) did not see).
            result.status =
                q.lastError().nativeErrorCode() == u"8" ? OpenStatus::ReadOnlyFile : OpenStatus::CannotOpen;
            result.message = m_lastError;
            return result;
        }
        q.finish(); // a pragma's result row would keep a statement open and block VACUUM INTO
    }
    if (mode == OpenMode::Prepared) {
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
            fail(u"read the results database's schema version"_s, q.lastError());
            result.message = m_lastError;
            return result;
        }
        version = q.value(0).toInt();
        q.finish();
        if (version > targetVersion) {
            result.status = OpenStatus::NewerThanApp;
            result.message = m_lastError =
                u"The results database %1 was changed by a newer Saskati while it was being opened. It has "
                u"not been changed: update Saskati to open it."_s.arg(m_path);
            return result;
        }
    }
    m_open = true;
    if (version < targetVersion) {
        if (exists && version > 0 && backup(u"before-migration-to-v%1"_s.arg(targetVersion)).isEmpty()) {
            result.status = OpenStatus::CannotOpen;
            result.message = u"The results database needs an update, but no backup could be made first (%1). "
                             u"Nothing was changed."_s.arg(m_lastError);
            m_open = false;
            return result;
        }
        if (!migrate(version, targetVersion)) {
            result.status = OpenStatus::CannotOpen;
            result.message = m_lastError;
            m_open = false;
            return result;
        }
    }
    // Participants are real people: the file is for its owner only, also one made by an older Saskati (SQLite
    // gives -wal and -shm the same mode).
    makeFilePrivate(m_path);
    if (mode == OpenMode::Full)
        keepDailyBackup();
    result.status = OpenStatus::Ok;
    return result;
}

void ResultsStore::keepDailyBackup()
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT count(*) FROM participants"_s) || !q.next() || q.value(0).toInt() == 0)
        return; // nothing worth keeping yet
    q.finish();
    QStringList daily;
    for (const QString &file : backups())
        if (file.endsWith(u"-daily.sqlite"_s))
            daily.append(file);
    const QDateTime newest = daily.isEmpty() ? QDateTime() : QFileInfo(daily.last()).lastModified();
    if (newest.isValid() && newest.secsTo(QDateTime::currentDateTime()) < 24 * 3600)
        return;
    const QString made = backup(u"daily"_s);
    if (!made.isEmpty())
        daily.append(made);
    // Keep the ten newest daily copies; copies made before migrations are kept.
    while (daily.size() > 10)
        QFile::remove(daily.takeFirst());
}

bool ResultsStore::migrate(int from, int to)
{
    QSqlDatabase db = database();
    for (int version = from + 1; version <= to; ++version) {
        Transaction transaction(*this);
        if (!transaction.isOpen())
            return false;
        QSqlQuery q(db);
        // Another process may have migrated while we waited for the write lock: skip what it has done.
        if (q.exec(u"PRAGMA user_version"_s) && q.next() && q.value(0).toInt() >= version) {
            q.finish();
            transaction.rollback();
            continue;
        }
        q.finish();
        for (const QString &statement : s_migrations.at(version - 1))
            if (!q.exec(statement))
                return fail(u"update the results database to schema %1"_s.arg(version), q.lastError());
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version)))
            return fail(u"finish the update to schema %1"_s.arg(version), q.lastError());
        if (!transaction.commit())
            return false;
        qCDebug(lcStore) << "migrated" << m_path << "to schema" << version;
    }
    return true;
}

QString ResultsStore::backup(const QString &reason)
{
    const QString directory = m_path + u".backups"_s;
    makePrivateDirectory(directory);
    const QString file = QDir(directory).filePath(
        u"%1-%2.sqlite"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s), reason));
    QSqlQuery q(database());
    // VACUUM INTO writes a consistent, compact copy even while others read.
    if (!q.exec(u"VACUUM INTO '%1'"_s.arg(QString(file).replace(u'\'', u"''"_s)))) {
        fail(u"back up the results database"_s, q.lastError());
        return {};
    }
    makeFilePrivate(file);
    return file;
}

QStringList ResultsStore::backups() const
{
    const QDir dir(m_path + u".backups"_s);
    QStringList files;
    for (const QString &name : dir.entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files; // oldest first: names start with the UTC time
}

bool ResultsStore::restoreBackup(const QString &backupPath)
{
    m_appendEvent.reset();
    if (m_open) {
        database().close();
        m_open = false;
    }
    const QString aside =
        m_path + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    if (QFile::exists(m_path) && !QFile::rename(m_path, aside)) {
        m_lastError = u"Could not move the damaged database aside to %1; nothing was changed."_s.arg(aside);
        return false;
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    if (!QFile::copy(backupPath, m_path)) {
        m_lastError = u"Could not copy the backup %1 into place; the damaged file is kept at %2."_s.arg(
            backupPath, aside);
        return false;
    }
    makeFilePrivate(m_path);
    return true;
}

bool ResultsStore::execute(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return fail(u"run '%1'"_s.arg(sql), q.lastError());
    return true;
}

QString ResultsStore::integrityCheck()
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(u'\n');
}

std::optional<Participant> ResultsStore::addParticipant(const QString &displayName, const QString &role,
                                                        const QString &code)
{
    Participant p{newUuid(), displayName.trimmed(), code, role, QDateTime::currentDateTimeUtc()};
    if (p.displayName.isEmpty()) {
        m_lastError = u"A participant needs a name (or a pseudonym)."_s;
        return std::nullopt;
    }
    // Six random characters give 16.7 million codes: over years of seminars two people would meet one
    // another's code now and then, so a generated code is drawn again until it is free.
    for (int draw = 0; p.code.isEmpty() && draw < 16; ++draw) {
        const QString candidate = newCode();
        QSqlQuery taken(database());
        taken.prepare(u"SELECT 1 FROM participants WHERE code = ?"_s);
        taken.addBindValue(candidate);
        if (taken.exec() && !taken.next())
            p.code = candidate;
    }
    if (p.code.isEmpty()) {
        m_lastError = u"Could not find a free participant code; check the database."_s;
        return std::nullopt;
    }
    if (!write(u"INSERT INTO participants (uuid, display_name, code, role, created) VALUES (?, ?, ?, ?, ?)"_s,
               {p.uuid, p.displayName, p.code, p.role, isoTime(p.created)}, u"add the participant"_s))
        return std::nullopt;
    return p;
}

QList<Participant> ResultsStore::participants()
{
    return participantsWhere({});
}

QList<Participant> ResultsStore::practisingParticipants()
{
    return participantsWhere(
        u"WHERE NOT EXISTS (SELECT 1 FROM attempts a WHERE a.participant_uuid = p.uuid AND a.seminar_uuid IS "
        u"NOT NULL) "
        u"OR EXISTS (SELECT 1 FROM attempts a WHERE a.participant_uuid = p.uuid AND a.seminar_uuid IS NULL)"_s);
}

QList<Participant> ResultsStore::participantsWhere(const QString &where)
{
    QList<Participant> list;
    QSqlQuery q(database());
    q.exec(u"SELECT p.uuid, p.display_name, p.code, p.role, p.created FROM participants p %1 "
           u"ORDER BY p.display_name, p.created"_s.arg(where));
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), fromIso(q.value(4))});
    return list;
}

std::optional<Participant> ResultsStore::participant(const QString &key)
{
    // A uuid or code names one person; a name may be shared, and then the code must be used.
    QSqlQuery q(database());
    q.prepare(u"SELECT uuid, display_name, code, role, created FROM participants "
              u"WHERE uuid = ? OR code = ? OR display_name = ? ORDER BY (display_name = ?), created"_s);
    for (int i = 0; i < 4; ++i)
        q.addBindValue(key);
    if (!q.exec() || !q.next()) {
        m_lastError = u"There is no participant '%1'."_s.arg(key);
        return std::nullopt;
    }
    const Participant p{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), fromIso(q.value(4))};
    if (p.displayName == key && p.uuid != key && p.code != key && q.next()) {
        m_lastError = u"Several participants are called '%1'; name one by its code."_s.arg(key);
        return std::nullopt;
    }
    return p;
}

namespace {

// Lower case without accents: "Mārīte" and "MARITE" read alike in a search.
QString searchKey(const QString &text)
{
    QString key;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c);
    return key.toCaseFolded();
}

} // namespace

QList<Participant> ResultsStore::findParticipants(const QString &text, int limit)
{
    // In C++, not SQL: SQLite's LIKE folds only ASCII. A laptop holds thousands of people, not millions.
    const QString needle = searchKey(text.simplified());
    QList<Participant> found;
    for (const Participant &p : participants()) {
        if (found.size() >= limit)
            break;
        if (searchKey(p.displayName).contains(needle) || searchKey(p.code).contains(needle))
            found.append(p);
    }
    return found;
}

QHash<QString, int> ResultsStore::attemptCounts()
{
    QHash<QString, int> counts;
    QSqlQuery q(database());
    q.exec(u"SELECT participant_uuid, count(*) FROM attempts GROUP BY participant_uuid"_s);
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

bool ResultsStore::eraseParticipant(const QString &uuid)
{
    // Attempts and their events go with the participant (ON DELETE CASCADE), in one transaction.
    const QString sql = u"DELETE FROM participants WHERE uuid = ?"_s;
    QSqlQuery q(database());
    q.prepare(sql);
    q.addBindValue(uuid);
    if (!q.exec())
        return fail(u"erase the participant"_s, q.lastError());
    if (q.numRowsAffected() == 0) {
        m_lastError = u"There is no participant '%1'."_s.arg(uuid);
        return false;
    }
    q.finish();
    forgetEverywhere(sql, {uuid});
    return true;
}

int ResultsStore::pseudonymiseSeminar(const QString &seminar)
{
    // A name becomes the person's code everywhere: a participant of two seminars is one person.
    const QString sql = u"UPDATE participants SET display_name = code WHERE display_name != code AND uuid IN "
                        u"(SELECT participant_uuid FROM attempts WHERE seminar_uuid = ?)"_s;
    QSqlQuery q(database());
    q.prepare(sql);
    q.addBindValue(seminar);
    if (!q.exec()) {
        fail(u"replace the seminar's names by codes"_s, q.lastError());
        return -1;
    }
    const int renamed = q.numRowsAffected();
    q.finish();
    forgetEverywhere(sql, {seminar});
    return renamed;
}

void ResultsStore::forgetEverywhere(const QString &sql, const QVariantList &values)
{
    // Nothing removed may linger: not in the write-ahead log, not in the backups.
    QSqlQuery q(database());
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    q.finish();
    for (const QString &file : backups()) {
        const QString connection = m_connection + u"-forget"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery b(db);
                b.exec(u"PRAGMA foreign_keys=ON"_s);
                b.exec(u"PRAGMA secure_delete=ON"_s);
                b.prepare(sql);
                for (const QVariant &v : values)
                    b.addBindValue(v);
                const bool changed = b.exec();
                b.finish();
                if (!changed || !b.exec(u"VACUUM"_s))
                    qCWarning(lcStore)
                        << "could not remove personal data from the backup" << file << b.lastError().text();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }
}

std::optional<Seminar> ResultsStore::addSeminar(Seminar s)
{
    if (s.uuid.isEmpty())
        s.uuid = newUuid();
    if (!s.created.isValid())
        s.created = QDateTime::currentDateTimeUtc();
    if (!write(
            u"INSERT INTO seminars (uuid, title, date, place, lecturer, audience, scenarios, notes, created) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {s.uuid, s.title, s.date.toString(Qt::ISODate), s.place, s.lecturer, s.audience,
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(s.scenarios)).toJson(QJsonDocument::Compact)),
             s.notes, isoTime(s.created)},
            u"add the seminar"_s))
        return std::nullopt;
    return s;
}

QList<Seminar> ResultsStore::seminars()
{
    QList<Seminar> list;
    QSqlQuery q(database());
    q.exec(u"SELECT uuid, title, date, place, lecturer, audience, scenarios, notes, created FROM seminars "
           u"ORDER BY date, created"_s);
    while (q.next()) {
        Seminar s;
        s.uuid = q.value(0).toString();
        s.title = q.value(1).toString();
        s.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        s.place = q.value(3).toString();
        s.lecturer = q.value(4).toString();
        s.audience = q.value(5).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toByteArray()).array())
            s.scenarios.append(v.toString());
        s.notes = q.value(7).toString();
        s.created = fromIso(q.value(8));
        list.append(s);
    }
    return list;
}

std::optional<AttemptRecord> ResultsStore::beginAttempt(const QString &participant, const QString &seminar,
                                                        PlayMode mode, const Scenario &scenario,
                                                        const QString &language, const QString &roomRun)
{
    AttemptRecord a;
    a.roomRun = roomRun;
    a.uuid = newUuid();
    a.participant = participant;
    a.seminar = seminar;
    a.mode = mode;
    a.scenarioId = scenario.id;
    a.scenarioVersion = scenario.version;
    a.contentHash = QString::fromLatin1(scenario.contentHash());
    a.language = language;
    a.started = QDateTime::currentDateTimeUtc();
    Transaction transaction(*this);
    if (!transaction.isOpen())
        return std::nullopt;
    // The snapshot of what is played, once per content hash: results stay explainable after the file changes.
    const bool ok =
        write(
            u"INSERT OR IGNORE INTO scenario_snapshots (content_hash, scenario_id, version, source) VALUES (?, ?, ?, ?)"_s,
            {a.contentHash, a.scenarioId, a.scenarioVersion, scenario.sourceBytes},
            u"keep the scenario played"_s) &&
        write(
            u"INSERT INTO attempts (uuid, participant_uuid, seminar_uuid, mode, scenario_id, "
            u"scenario_version, "
            u"content_hash, started, status, language, room_run_uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            u"?)"_s,
            {a.uuid, participant, seminar.isEmpty() ? QVariant() : QVariant(seminar), playModeId(mode),
             a.scenarioId, a.scenarioVersion, a.contentHash, isoTime(a.started), attemptStatusId(a.status),
             language, roomRun.isEmpty() ? QVariant() : QVariant(roomRun)},
            u"start the attempt"_s);
    if (!ok || !transaction.commit())
        return std::nullopt;
    return a;
}

std::optional<RoomRun> ResultsStore::beginRoomRun(const QString &seminar, const Scenario &scenario,
                                                  const QString &language)
{
    RoomRun r;
    r.uuid = newUuid();
    r.seminar = seminar;
    r.scenarioId = scenario.id;
    r.scenarioVersion = scenario.version;
    r.contentHash = QString::fromLatin1(scenario.contentHash());
    r.language = language;
    r.started = QDateTime::currentDateTimeUtc();
    Transaction transaction(*this);
    if (!transaction.isOpen())
        return std::nullopt;
    const bool ok =
        write(
            u"INSERT OR IGNORE INTO scenario_snapshots (content_hash, scenario_id, version, source) VALUES (?, ?, ?, ?)"_s,
            {r.contentHash, r.scenarioId, r.scenarioVersion, scenario.sourceBytes},
            u"keep the scenario played"_s) &&
        write(u"INSERT INTO room_runs (uuid, seminar_uuid, scenario_id, scenario_version, content_hash, "
              u"language, "
              u"started, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {r.uuid, seminar, r.scenarioId, r.scenarioVersion, r.contentHash, language, isoTime(r.started),
               attemptStatusId(r.status)},
              u"start the seminar's scenario"_s);
    if (!ok || !transaction.commit())
        return std::nullopt;
    return r;
}

bool ResultsStore::appendRoomEvent(const QString &run, const Event &event)
{
    return write(u"INSERT INTO room_events (run_uuid, seq, time, type, payload) VALUES (?, ?, ?, ?, ?)"_s,
                 {run, event.sequence, isoTime(event.timestamp), eventTypeId(event.type),
                  QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact))},
                 u"save the room's step"_s);
}

bool ResultsStore::saveHandCount(const QString &run, int decision, const QString &scene,
                                 const QJsonObject &counts)
{
    return write(
        u"INSERT OR REPLACE INTO room_hand_counts (run_uuid, decision, scene, counts, time) VALUES (?, "
        u"?, ?, ?, ?)"_s,
        {run, decision, scene, QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)),
         isoTime(QDateTime::currentDateTimeUtc())},
        u"save the show of hands"_s);
}

QList<HandCount> ResultsStore::handCounts(const QString &run)
{
    QList<HandCount> list;
    QSqlQuery q(database());
    q.prepare(u"SELECT decision, scene, counts FROM room_hand_counts WHERE run_uuid = ? ORDER BY decision"_s);
    q.addBindValue(run);
    q.exec();
    while (q.next())
        list.append(HandCount{q.value(0).toInt(), q.value(1).toString(),
                              QJsonDocument::fromJson(q.value(2).toByteArray()).object()});
    return list;
}

bool ResultsStore::finishRoomRun(const QString &run, AttemptRecord::Status status, const QJsonObject &score,
                                 const QDateTime &finished)
{
    return write(u"UPDATE room_runs SET status = ?, score = ?, finished = ? WHERE uuid = ?"_s,
                 {attemptStatusId(status),
                  score.isEmpty()
                      ? QVariant()
                      : QVariant(QString::fromUtf8(QJsonDocument(score).toJson(QJsonDocument::Compact))),
                  finished.isValid() ? QVariant(isoTime(finished)) : QVariant(), run},
                 u"save the room's result"_s);
}

QList<RoomRun> ResultsStore::roomRuns(const QString &seminar)
{
    QList<RoomRun> list;
    QSqlQuery q(database());
    q.prepare(u"SELECT %1 FROM room_runs WHERE ? = '' OR seminar_uuid = ? ORDER BY started, uuid"_s.arg(
        s_roomRunColumns));
    const QString key = seminar.isNull() ? u""_s : seminar;
    q.addBindValue(key);
    q.addBindValue(key);
    q.exec();
    while (q.next())
        list.append(roomRunFrom(q));
    return list;
}

QList<RoomRun> ResultsStore::interruptedRoomRuns()
{
    QList<RoomRun> list;
    QSqlQuery q(database());
    q.exec(u"SELECT %1 FROM room_runs WHERE status = 'in-progress' ORDER BY started"_s.arg(s_roomRunColumns));
    while (q.next())
        list.append(roomRunFrom(q));
    return list;
}

bool ResultsStore::closeInterruptedRoomRun(const QString &run)
{
    Transaction transaction(*this);
    return transaction.isOpen() &&
           write(u"UPDATE room_runs SET status = 'interrupted', finished = ? WHERE uuid = ? AND status = "
                 u"'in-progress'"_s,
                 {isoTime(QDateTime::currentDateTimeUtc()), run}, u"close the interrupted seminar"_s) &&
           write(u"UPDATE attempts SET status = 'interrupted', finished = ? WHERE room_run_uuid = ? AND "
                 u"status = "
                 u"'in-progress'"_s,
                 {isoTime(QDateTime::currentDateTimeUtc()), run}, u"close the interrupted seminar"_s) &&
           transaction.commit();
}

bool ResultsStore::addRoomMember(const QString &seminar, const RoomMemberRecord &member)
{
    return write(
        u"INSERT INTO room_members (seminar_uuid, member_id, token_hash, participant_uuid, language, "
        u"joined) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {seminar, member.memberId, member.tokenHash, member.participant, member.language,
         isoTime(QDateTime::currentDateTimeUtc())},
        u"keep who joined the seminar"_s);
}

QList<RoomMemberRecord> ResultsStore::roomMembers(const QString &seminar)
{
    QList<RoomMemberRecord> list;
    QSqlQuery q(database());
    q.prepare(
        u"SELECT member_id, token_hash, participant_uuid, language FROM room_members WHERE seminar_uuid = ? "
        u"ORDER BY joined, member_id"_s);
    q.addBindValue(seminar);
    q.exec();
    while (q.next())
        list.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return list;
}

QList<Event> ResultsStore::roomEvents(const QString &run)
{
    return readEvents(u"SELECT seq, time, type, payload FROM room_events WHERE run_uuid = ? ORDER BY seq"_s,
                      run);
}

QList<AttemptRecord> ResultsStore::roomAttempts(const QString &run)
{
    QList<AttemptRecord> list;
    QSqlQuery q(database());
    q.prepare(
        u"SELECT %1 FROM attempts WHERE room_run_uuid = ? ORDER BY started, uuid"_s.arg(s_attemptColumns));
    q.addBindValue(run);
    q.exec();
    while (q.next())
        list.append(attemptFrom(q));
    return list;
}

QString ResultsStore::setting(const QString &key)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool ResultsStore::setSetting(const QString &key, const QString &value)
{
    return write(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s, {key, value},
                 u"save the setting"_s);
}

void ResultsStore::setAutomaticCheckpoints(bool on)
{
    QSqlQuery q(database());
    q.exec(on ? u"PRAGMA wal_autocheckpoint = 1000"_s : u"PRAGMA wal_autocheckpoint = 0"_s);
}

bool ResultsStore::checkpoint()
{
    QSqlQuery q(database());
    return q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) || fail(u"tidy the database"_s, q.lastError());
}

ResultsStore::Transaction::Transaction(ResultsStore &store)
    : m_store(&store)
{
    m_open = m_store->beginLevel(&m_level);
}

ResultsStore::Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

bool ResultsStore::Transaction::commit()
{
    if (!m_open) {
        m_store->m_lastError = u"Could not save: the work was already rolled back."_s;
        return false;
    }
    m_open = false;
    return m_store->endLevel(m_level, true);
}

void ResultsStore::Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_store->endLevel(m_level, false);
}

bool ResultsStore::beginLevel(int *level)
{
    QSqlQuery q(database());
    const int depth = m_transactionDepth;
    if (depth == 0) {
        if (!q.exec(u"BEGIN IMMEDIATE"_s))
            return fail(u"start saving"_s, q.lastError());
        m_transactionBroken = false;
    } else if (!q.exec(u"SAVEPOINT level%1"_s.arg(depth))) {
        return fail(u"start saving"_s, q.lastError());
    }
    *level = depth;
    m_transactionDepth = depth + 1;
    return true;
}

bool ResultsStore::endLevel(int level, bool commit)
{
    // Levels end innermost first; a level left open inside this one (a bug) ends with it.
    Q_ASSERT(level == m_transactionDepth - 1);
    if (level >= m_transactionDepth)
        return false;
    m_transactionDepth = level;
    QSqlQuery q(database());
    if (level > 0) {
        // Some errors (a full disk, I/O) make SQLite roll the whole transaction back: then the savepoint is
        // gone, and the outermost level must not report a commit.
        const bool ok =
            commit ? q.exec(u"RELEASE level%1"_s.arg(level))
                   : q.exec(u"ROLLBACK TO level%1"_s.arg(level)) && q.exec(u"RELEASE level%1"_s.arg(level));
        if (!ok) {
            m_transactionBroken = true;
            return fail(u"save"_s, q.lastError());
        }
        return commit;
    }
    if (!commit || m_transactionBroken) {
        q.exec(u"ROLLBACK"_s);
        if (commit) {
            m_lastError = u"Could not save: the database refused part of the work, so none of it was kept."_s;
            return false;
        }
        return false;
    }
    if (q.exec(u"COMMIT"_s))
        return true;
    fail(u"save"_s, q.lastError());
    q.exec(u"ROLLBACK"_s);
    return false;
}

bool ResultsStore::appendEvent(const QString &attempt, const Event &event)
{
    if (!m_appendEvent) {
        auto q = std::make_unique<QSqlQuery>(database());
        if (!q->prepare(
                u"INSERT INTO events (attempt_uuid, seq, time, type, payload) VALUES (?, ?, ?, ?, ?)"_s))
            return fail(u"save the action"_s, q->lastError());
        m_appendEvent = std::move(q);
    }
    // One statement is one transaction: once exec() returns, the event is on disk (synchronous=FULL).
    QSqlQuery &q = *m_appendEvent;
    q.bindValue(0, attempt);
    q.bindValue(1, event.sequence);
    q.bindValue(2, isoTime(event.timestamp));
    q.bindValue(3, eventTypeId(event.type));
    q.bindValue(4, QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)));
    const bool ok = q.exec();
    q.finish(); // release the statement so that checkpoints and backups are not blocked
    return ok || fail(u"save the action"_s, q.lastError());
}

bool ResultsStore::finishAttempt(const QString &attempt, AttemptRecord::Status status,
                                 const QJsonObject &score, const QDateTime &finished,
                                 const AttemptIndex *index)
{
    Transaction transaction(*this);
    if (!transaction.isOpen())
        return false;
    const bool ok =
        write(
            u"UPDATE attempts SET status = ?, score = ?, finished = ?, percent = ?, total = ? WHERE uuid = ?"_s,
            {attemptStatusId(status),
             score.isEmpty()
                 ? QVariant()
                 : QVariant(QString::fromUtf8(QJsonDocument(score).toJson(QJsonDocument::Compact))),
             finished.isValid() ? QVariant(isoTime(finished)) : QVariant(),
             score.isEmpty() ? QVariant() : QVariant(score.value(u"percent"_s).toInt()),
             score.isEmpty() ? QVariant() : QVariant(score.value(u"total"_s).toDouble()), attempt},
            u"save the result"_s) &&
        writeIndex(attempt, index);
    return ok && transaction.commit();
}

bool ResultsStore::writeIndex(const QString &attempt, const AttemptIndex *index)
{
    // A seminar may step back from an ending and finish again: the index follows the latest result.
    if (!write(u"DELETE FROM attempt_items WHERE attempt_uuid = ?"_s, {attempt}, u"update the review"_s) ||
        !write(u"DELETE FROM attempt_indicators WHERE attempt_uuid = ?"_s, {attempt}, u"update the review"_s))
        return false;
    if (!index)
        return true;
    for (const ItemMark &item : index->items)
        if (!write(
                u"INSERT INTO attempt_items (attempt_uuid, item, mark, max, answer) VALUES (?, ?, ?, ?, ?)"_s,
                {attempt, item.item, item.mark, item.max, item.answer}, u"update the review"_s))
            return false;
    for (const IndicatorCount &c : index->indicators)
        if (!write(u"INSERT INTO attempt_indicators (attempt_uuid, indicator, present, found, false_named) "
                   u"VALUES "
                   u"(?, ?, ?, ?, ?)"_s,
                   {attempt, c.indicator, c.present, c.found, c.falseNamed}, u"update the review"_s))
            return false;
    return true;
}

bool ResultsStore::saveIndex(const QString &attempt, const AttemptIndex &index)
{
    Transaction transaction(*this);
    if (!transaction.isOpen())
        return false;
    return writeIndex(attempt, &index) && transaction.commit();
}

QList<InstitutionContact> ResultsStore::institutionContacts()
{
    QList<InstitutionContact> contacts;
    QSqlQuery q(database());
    if (!q.exec(
            u"SELECT institution, phone, free_phone, address, email, website, hours, verified_on, updated "
            u"FROM institution_contacts ORDER BY institution"_s)) {
        fail(u"read the institution contacts"_s, q.lastError());
        return contacts;
    }
    while (q.next())
        contacts.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                         q.value(6).toString(), QDate::fromString(q.value(7).toString(), Qt::ISODate),
                         fromIso(q.value(8))});
    return contacts;
}

bool ResultsStore::saveInstitutionContact(const InstitutionContact &c)
{
    return write(
        u"INSERT OR REPLACE INTO institution_contacts (institution, phone, free_phone, address, email, "
        u"website, hours, verified_on, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {c.institution, c.phone, c.freePhone, c.address, c.email, c.website, c.hours,
         c.verifiedOn.isValid() ? c.verifiedOn.toString(Qt::ISODate) : QString(),
         isoTime(QDateTime::currentDateTimeUtc())},
        u"save the institution's contacts"_s);
}

QList<ItemMark> ResultsStore::attemptItems(const QString &attempt)
{
    QList<ItemMark> items;
    QSqlQuery q(database());
    q.prepare(u"SELECT item, mark, max, answer FROM attempt_items WHERE attempt_uuid = ? ORDER BY item"_s);
    q.addBindValue(attempt);
    if (!q.exec()) {
        fail(u"read an attempt's decisions"_s, q.lastError());
        return items;
    }
    while (q.next())
        items.append(
            {q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toString()});
    return items;
}

QStringList ResultsStore::attemptsWithoutIndex()
{
    QStringList list;
    QSqlQuery q(database());
    q.exec(u"SELECT uuid FROM attempts a WHERE status = 'completed' AND NOT EXISTS "
           u"(SELECT 1 FROM attempt_items i WHERE i.attempt_uuid = a.uuid) ORDER BY started"_s);
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

QList<AttemptRecord> ResultsStore::attempts(const QString &participant)
{
    QList<AttemptRecord> list;
    QSqlQuery q(database());
    q.prepare(u"SELECT %1 FROM attempts WHERE ? = '' OR participant_uuid = ? ORDER BY started, uuid"_s.arg(
        s_attemptColumns));
    const QString key = participant.isNull() ? u""_s : participant; // a null QString would bind as SQL NULL
    q.addBindValue(key);
    q.addBindValue(key);
    q.exec();
    while (q.next())
        list.append(attemptFrom(q));
    return list;
}

std::optional<AttemptRecord> ResultsStore::attempt(const QString &uuid)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT %1 FROM attempts WHERE uuid = ?"_s.arg(s_attemptColumns));
    q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return attemptFrom(q);
}

QList<AttemptRecord> ResultsStore::interruptedAttempts()
{
    QList<AttemptRecord> list;
    QSqlQuery q(database());
    q.exec(u"SELECT %1 FROM attempts WHERE status = 'in-progress' ORDER BY started"_s.arg(s_attemptColumns));
    while (q.next())
        list.append(attemptFrom(q));
    return list;
}

QList<Event> ResultsStore::events(const QString &attempt)
{
    return readEvents(u"SELECT seq, time, type, payload FROM events WHERE attempt_uuid = ? ORDER BY seq"_s,
                      attempt);
}

QList<Event> ResultsStore::readEvents(const QString &sql, const QString &owner)
{
    QList<Event> list;
    QSqlQuery q(database());
    q.prepare(sql);
    q.addBindValue(owner);
    q.exec();
    while (q.next()) {
        Event e;
        e.sequence = q.value(0).toLongLong();
        e.timestamp = fromIso(q.value(1));
        eventTypeFromId(q.value(2).toString(), &e.type);
        e.payload = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        list.append(e);
    }
    return list;
}

QByteArray ResultsStore::scenarioSnapshot(const QString &contentHash)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT source FROM scenario_snapshots WHERE content_hash = ?"_s);
    q.addBindValue(contentHash);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

} // namespace saskati
