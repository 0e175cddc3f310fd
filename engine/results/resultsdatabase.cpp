#include "resultsdatabase.h"

#include "filelock.h"
#include "privatefiles.h"
#include "schemamigrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "saskati.store", QtInfoMsg)

namespace saskati {

ResultsDatabase::ResultsDatabase(QString path)
    : m_path(std::move(path))
    , m_connection(u"saskati-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ResultsDatabase::~ResultsDatabase()
{
    m_prepared.clear(); // before the connection goes
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString ResultsDatabase::lockPath(const QString &databasePath)
{
    return databasePath + u".lock"_s;
}

ResultsDatabase::OpenResult ResultsDatabase::lock()
{
    OpenResult result;
    if (m_lock) {
        result.status = OpenStatus::Ok;
        return result;
    }
    makePrivateDirectory(QFileInfo(m_path).absolutePath());
    // Held until the store goes; the kernel lets go when this process ends, however it ends, so the lock of
    // a process that is gone is taken at once. A lecturer's app stays open all day: no lock ever goes stale
    // by age.
    auto lock = std::make_unique<FileLock>(lockPath(m_path));
    switch (lock->tryLock()) {
    case FileLock::Status::Locked:
        m_lock = std::move(lock);
        result.status = OpenStatus::Ok;
        return result;
    case FileLock::Status::HeldByAnother:
        result.holderPid = lock->holder().pid;
        result.holderHost = lock->holder().host;
        result.status = OpenStatus::InUse;
        result.error.message =
            (result.holderPid > 0
                 ? u"The results database %1 is in use by another Saskati (process %2 on %3). "_s.arg(m_path)
                       .arg(result.holderPid)
                       .arg(result.holderHost)
                 : u"The results database %1 is in use by another Saskati. "_s.arg(m_path)) +
            u"Use that window, or open another database."_s;
        break;
    case FileLock::Status::NoPermission:
        result.status = OpenStatus::ReadOnlyFolder;
        result.error.message = u"The folder of the results database %1 is read-only: results cannot be saved "
                               u"there."_s.arg(m_path);
        break;
    default:
        result.status = OpenStatus::CannotOpen;
        result.error.message = u"The results database %1 cannot be locked for this app (%2: %3)."_s.arg(
            m_path, lockPath(m_path), lock->errorString());
        break;
    }
    qCWarning(lcStore) << result.error.message;
    return result;
}

QString ResultsDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"saskati.sqlite"_s);
}

QSqlDatabase ResultsDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Error ResultsDatabase::failure(const QString &what, const QSqlError &error)
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
    Error failure(u"Could not %1: %2."_s.arg(what, why));
    qCWarning(lcStore) << failure.message;
    return failure;
}

Result<void> ResultsDatabase::write(const QString &sql, const QVariantList &values, const QString &what)
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
    return {};
}

Result<QSqlQuery *> ResultsDatabase::prepared(const QString &sql, const QString &what)
{
    if (const auto found = m_prepared.constFind(sql); found != m_prepared.constEnd())
        return found->get();
    auto q = std::make_shared<QSqlQuery>(database());
    if (!q->prepare(sql))
        return fail(what, q->lastError());
    m_prepared.insert(sql, q);
    return q.get();
}

ResultsDatabase::OpenResult ResultsDatabase::open(int targetVersion, OpenMode mode)
{
    OpenResult result;
    const QFileInfo info(m_path);
    const bool exists = info.exists() && info.size() > 0;
    int version = 0;
    if (refuseReadOnly(&result))
        return result;
    if (exists && mode == OpenMode::Full) {
        inspect(targetVersion, &version, &result);
        if (result.status != OpenStatus::Ok)
            return result;
    }
    if (!connect(&result))
        return result;
    if (mode == OpenMode::Prepared && !readVersion(targetVersion, &version, &result))
        return result;
    m_open = true;
    if (version < targetVersion) {
        if (exists && version > 0) {
            if (const Result<QString> copy = backup(u"before-migration-to-v%1"_s.arg(targetVersion)); !copy) {
                result.status = OpenStatus::CannotOpen;
                result.error.message =
                    u"The results database needs an update, but no backup could be made first "
                    u"(%1). Nothing was changed."_s.arg(copy.error().message);
                m_open = false;
                return result;
            }
        }
        if (const Result<void> migrated = migrate(version, targetVersion); !migrated) {
            result.status = OpenStatus::CannotOpen;
            result.error.message = migrated.error().message;
            m_open = false;
            return result;
        }
    }
    // Participants are real people: the file is for its owner only, also one made by an older Saskati (SQLite
    // gives -wal and -shm the same mode).
    makeFilePrivate(m_path);
    if (mode == OpenMode::Full && m_dailyBackups)
        keepDailyBackup();
    result.status = OpenStatus::Ok;
    return result;
}

bool ResultsDatabase::refuseReadOnly(OpenResult *result)
{
    const QFileInfo info(m_path);
    const bool exists = info.exists() && info.size() > 0;
    // Readable is not enough: every action is saved as it happens, SQLite keeps its journal beside the file,
    // and backups go beside it too. Say so before anything is played, not at the first answer. (access(2)
    // decides: root may write a chmod-ed file, and nobody a file on a read-only file system.) Checked before
    // the inspection: a WAL database in a read-only folder cannot even be read, and is not damaged.
    // A new database is the user's alone from its first byte (SQLite gives its -wal and -shm files the same
    // permissions).
    if (!exists && makePrivateDirectory(info.absolutePath()) && QFileInfo(info.absolutePath()).isWritable())
        createPrivateFile(m_path);
    if (!QFileInfo(info.absolutePath()).isWritable()) // a write-protected stick: its files are read-only too
        result->status = OpenStatus::ReadOnlyFolder;
    else if (exists && !info.isWritable())
        result->status = OpenStatus::ReadOnlyFile;
    else
        return false;
    result->error.message =
        result->status == OpenStatus::ReadOnlyFile
            ? u"The results database %1 is read-only: results cannot be saved in it."_s.arg(m_path)
            : u"The folder of the results database %1 is read-only: results cannot be saved "
              u"there."_s.arg(m_path);
    return true;
}

void ResultsDatabase::inspect(int targetVersion, int *version, OpenResult *result)
{
    const QString inspector = m_connection + u"-inspect"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, inspector);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            result->status = OpenStatus::CannotOpen;
            result->error.message =
                u"The results database %1 cannot be opened: %2"_s.arg(m_path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            bool readable = q.exec(u"PRAGMA user_version"_s) && q.next();
            *version = readable ? q.value(0).toInt() : 0;
            QString check;
            if (readable && *version <= targetVersion) {
                readable = q.exec(u"PRAGMA quick_check"_s);
                while (readable && q.next())
                    check += q.value(0).toString() + u'\n';
            }
            if (!readable || (!check.isEmpty() && check.trimmed() != u"ok")) {
                result->status = OpenStatus::Damaged;
                result->error.message =
                    u"The results database %1 is damaged (%2). It has been left untouched."_s.arg(
                        m_path, readable ? check.trimmed().left(200) : q.lastError().text());
            } else if (*version > targetVersion) {
                result->status = OpenStatus::NewerThanApp;
                result->error.message =
                    u"The results database %1 was written by a newer Saskati (schema %2; this one "
                    u"reads up to %3). It has not been changed: update Saskati to open it."_s.arg(m_path)
                        .arg(*version)
                        .arg(targetVersion);
            } else {
                result->status = OpenStatus::Ok;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(inspector);
    if (result->status == OpenStatus::Damaged) {
        const QStringList copies = backups();
        result->newestBackup = copies.isEmpty() ? QString() : copies.last();
        result->error.message +=
            result->newestBackup.isEmpty()
                ? u" There is no backup of it."_s
                : u" The newest backup is %1; restore it to go on."_s.arg(result->newestBackup);
    }
}

bool ResultsDatabase::connect(OpenResult *result)
{
    m_prepared.clear(); // statements of an earlier connection of this name must not outlive it
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        result->status = OpenStatus::CannotOpen;
        result->error.message =
            u"The results database %1 cannot be opened: %2"_s.arg(m_path, db.lastError().text());
        return false;
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
            const Error failed = fail(u"prepare the results database"_s, q.lastError());
            // SQLITE_READONLY: writable by its mode, yet not (a read-only mount access(2) did not see).
            result->status =
                q.lastError().nativeErrorCode() == u"8" ? OpenStatus::ReadOnlyFile : OpenStatus::CannotOpen;
            result->error.message = failed.message;
            return false;
        }
        q.finish(); // a pragma's result row would keep a statement open and block VACUUM INTO
    }
    return true;
}

bool ResultsDatabase::readVersion(int targetVersion, int *version, OpenResult *result)
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        result->error.message = fail(u"read the results database's schema version"_s, q.lastError()).message;
        return false;
    }
    *version = q.value(0).toInt();
    q.finish();
    if (*version > targetVersion) {
        result->status = OpenStatus::NewerThanApp;
        result->error.message =
            u"The results database %1 was changed by a newer Saskati while it was being opened. It has "
            u"not been changed: update Saskati to open it."_s.arg(m_path);
        return false;
    }
    return true;
}

Result<void> ResultsDatabase::migrate(int from, int to)
{
    QSqlDatabase db = database();
    for (int version = from + 1; version <= to; ++version) {
        Transaction transaction(*this);
        if (!transaction.isOpen())
            return transaction.began();
        QSqlQuery q(db);
        // Another process may have migrated while we waited for the write lock: skip what it has done.
        if (q.exec(u"PRAGMA user_version"_s) && q.next() && q.value(0).toInt() >= version) {
            q.finish();
            transaction.rollback();
            continue;
        }
        q.finish();
        for (const QString &statement : schemaMigrations().at(version - 1))
            if (!q.exec(statement))
                return fail(u"update the results database to schema %1"_s.arg(version), q.lastError());
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version)))
            return fail(u"finish the update to schema %1"_s.arg(version), q.lastError());
        if (Result<void> committed = transaction.commit(); !committed)
            return committed;
        qCDebug(lcStore) << "migrated" << m_path << "to schema" << version;
    }
    return {};
}

void ResultsDatabase::close()
{
    m_prepared.clear();
    if (m_open) {
        database().close();
        m_open = false;
    }
}

Result<void> ResultsDatabase::execute(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return fail(u"run '%1'"_s.arg(sql), q.lastError());
    return {};
}

QString ResultsDatabase::integrityCheck()
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(u'\n');
}

QString ResultsDatabase::setting(const QString &key)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<void> ResultsDatabase::setSetting(const QString &key, const QString &value)
{
    return write(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s, {key, value},
                 u"save the setting"_s);
}

void ResultsDatabase::setAutomaticCheckpoints(bool on)
{
    QSqlQuery q(database());
    q.exec(on ? u"PRAGMA wal_autocheckpoint = 1000"_s : u"PRAGMA wal_autocheckpoint = 0"_s);
}

Result<void> ResultsDatabase::checkpoint()
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s))
        return fail(u"tidy the database"_s, q.lastError());
    return {};
}

} // namespace saskati
