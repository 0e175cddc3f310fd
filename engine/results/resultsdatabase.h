#pragma once

#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <memory>

class QSqlError;

namespace saskati {

class FileLock;

/// The results file itself (docs/results-store.md): one SQLite connection with its pragmas (WAL,
/// synchronous=FULL, foreign keys, secure_delete, a busy timeout), the schema and its migrations, the lock
/// that keeps a second app away, backups and restore, and the one transaction API every write goes through.
/// It knows no kind of record: the parts of the store (ParticipantRecords, AttemptRecords, ...) each keep
/// theirs on a database they are given, and ResultsStore is all of them on one file.
/// Opening never modifies a damaged database or one newer than this build; migrations back the file up
/// first.
class ResultsDatabase {
public:
    /// The schema this build writes. Version history: docs/results-store.md; the steps: schemamigrations.cpp.
    static constexpr int schemaVersion = 10;

    /// Why a database cannot be used. ReadOnlyFile / ReadOnlyFolder: it can be read but nothing can be saved
    /// (the file, or its folder, where SQLite keeps its journal and the backups go, is not writable, e.g. a
    /// write-protected stick or another user's file). InUse: another Saskati holds its lock (lock()).
    enum class OpenStatus { Ok, Damaged, NewerThanApp, CannotOpen, ReadOnlyFile, ReadOnlyFolder, InUse };
    struct OpenResult {
        OpenStatus status = OpenStatus::CannotOpen;
        Error error;          // for the user: what happened and what to do (none when Ok)
        QString newestBackup; // offered when the file is damaged
        qint64 holderPid = 0; // InUse: the process that holds the lock, and on which computer
        QString holderHost;
        bool ok() const { return status == OpenStatus::Ok; }
    };

    explicit ResultsDatabase(QString path);
    ~ResultsDatabase();
    ResultsDatabase(const ResultsDatabase &) = delete;
    ResultsDatabase &operator=(const ResultsDatabase &) = delete;

    /// The default database: saskati.sqlite in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    /// How much open() does. Full: inspects the file (quick_check), switches it to WAL (waiting up to 5 s for
    /// a moment alone with it), backs it up and migrates, and keeps the daily backup: seconds on a large or
    /// busy file, so the app does it with a store of its own on a worker thread. Prepared: a Full open has
    /// just done all that; only connect (and migrate should the file have changed since).
    enum class OpenMode { Full, Prepared };

    /// Opens (creating or migrating) the database. `targetVersion` is for tests that build old fixtures.
    OpenResult open(int targetVersion = schemaVersion, OpenMode mode = OpenMode::Full);
    /// Whether a Full open keeps a daily backup (the default). A file that can be made again from elsewhere
    /// (the review's copy of a server) keeps none: no old copies of people's results lie about.
    void setDailyBackups(bool keep) { m_dailyBackups = keep; }
    /// One app per database: takes `<database>.lock` (FileLock) until the store is destroyed; call before
    /// open(). InUse when another live process holds it (on a network folder: as far as its file system's
    /// locks reach, filelock.h); the lock of a process that is gone (a crash) is free again and taken.
    /// ReadOnlyFolder when no lock file can be made beside the database. Readers need no lock: the CLI
    /// reads (and writes, through SQLite's own locking) while the app runs.
    OpenResult lock();
    /// The lock file lock() takes for `databasePath`.
    static QString lockPath(const QString &databasePath);
    bool isOpen() const { return m_open; }
    const QString &path() const { return m_path; }

    /// SQLite copies the write-ahead log into the database now and then, inside some commit. A seminar room
    /// turns that off while answers stream in and checkpoints when the lecturer moves on, where a pause costs
    /// nothing.
    void setAutomaticCheckpoints(bool on);
    Result<void> checkpoint();

    /// One unit of work on the store, all or nothing: every write that belongs together goes through one
    /// (docs/results-store.md, 6). The outermost is `BEGIN IMMEDIATE` ... `COMMIT`, one fsync however much it
    /// holds (a seminar room's answers that arrive together, a room's step for every participant); one opened
    /// inside another is a `SAVEPOINT`, so a part can be undone alone and the whole still commits. Nothing is
    /// durable until the outermost commit() succeeds. Destroyed without commit(): rolled back.
    /// Transactions end in the reverse order of their opening.
    class Transaction {
    public:
        explicit Transaction(ResultsDatabase &database);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        /// Began, and neither committed nor rolled back yet. False when it could not begin (began()).
        bool isOpen() const { return m_open; }
        /// Whether it could begin, and if not why.
        const Result<void> &began() const { return m_began; }
        bool isOutermost() const { return m_level == 0; }
        /// Succeeds once the work is kept: durable for the outermost, part of the enclosing one otherwise.
        Result<void> commit();
        void rollback();

    private:
        ResultsDatabase *m_database;
        int m_level = -1;
        bool m_open = false;
        Result<void> m_began;
    };
    /// Whether a transaction is open on this database.
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// Writes a consistent copy into the backup folder (`<database>.backups/`); returns its path.
    Result<QString> backup(const QString &reason);
    QStringList backups() const;
    /// Moves the current (damaged) file aside, keeping it, and puts a copy of `backupPath` in its place.
    Result<void> restoreBackup(const QString &backupPath);

    /// Settings kept with the results (the coordinator's password hash, review preferences); empty if unset.
    QString setting(const QString &key);
    Result<void> setSetting(const QString &key, const QString &value);

    /// Runs a statement directly: for maintenance and for tests that simulate a full disk (max_page_count).
    Result<void> execute(const QString &sql);
    QString integrityCheck();

    /// The connection, for the parts of the store and for readers (the review, the bundle importer).
    QSqlDatabase database() const;

    // For the parts of the store: the way each writes and says what went wrong.

    /// Runs one statement with `values` bound in order; on failure says "Could not `what`: why." (fail()).
    Result<void> write(const QString &sql, const QVariantList &values, const QString &what);
    /// A database error said for a person (a full disk, a busy file, a read-only file): "Could not `what`:
    /// why."; also logged.
    Error fail(const QString &what, const QSqlError &error) const { return failure(what, error); }
    /// The same for a connection of another thread (a sync's read-ahead).
    static Error failure(const QString &what, const QSqlError &error);
    /// The statement for `sql`, prepared once on this connection: for the hot paths (an event per action).
    /// Finish it after use so that checkpoints are not blocked.
    Result<QSqlQuery *> prepared(const QString &sql, const QString &what);
    /// Runs `sql` (a removal of personal data) on every backup too, and truncates the write-ahead log, so
    /// that nothing removed lingers.
    void forgetEverywhere(const QString &sql, const QVariantList &values);

private:
    bool refuseReadOnly(OpenResult *result);
    /// Reads the file read-only first: a damaged or newer file must not be touched, not even by switching to
    /// WAL. Sets `*version` to the file's schema version.
    void inspect(int targetVersion, int *version, OpenResult *result);
    bool connect(OpenResult *result);
    bool readVersion(int targetVersion, int *version, OpenResult *result);
    Result<void> migrate(int from, int to);
    /// Once a day a copy goes to the backup folder, so that a damaged file has something to return to.
    void keepDailyBackup();
    void close();
    /// Begins the next level and returns its number.
    Result<int> beginLevel();
    Result<void> endLevel(int level, bool commit);

    QString m_path;
    QString m_connection;
    bool m_open = false;
    bool m_dailyBackups = true;
    int m_transactionDepth = 0;
    bool m_transactionBroken = false; // SQLite rolled the whole transaction back under an inner level
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    std::unique_ptr<FileLock> m_lock;
};

} // namespace saskati
