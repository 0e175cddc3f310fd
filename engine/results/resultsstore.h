#pragma once

#include "event.h"
#include "institutioncontact.h"
#include "playthrough.h"
#include "reviewindex.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

class QLockFile;
#include <optional>

namespace saskati {

/// A real person who takes part. Only what training needs: a display name, an optional pseudonymous code, a
/// role.
struct Participant {
    QString uuid;
    QString displayName;
    QString code; // pseudonymous code used in exports; generated when not given
    QString role; // catalogue audience role id
    QDateTime created;
};

struct Seminar {
    QString uuid;
    QString title;
    QDate date;
    QString place;
    QString lecturer;
    QString audience;
    QStringList scenarios;
    QString notes;
    QDateTime created;
};

struct AttemptRecord {
    /// Interrupted: a seminar's room run (and its attempts) that a crash stopped and the lecturer chose not
    /// to resume.
    enum class Status { InProgress, Completed, Abandoned, Interrupted };
    QString uuid;
    QString participant; // uuid
    QString seminar;     // uuid, or empty for solo practice
    PlayMode mode = PlayMode::Solo;
    QString scenarioId;
    int scenarioVersion = 0;
    QString contentHash;
    QString language;
    QDateTime started;
    QDateTime finished;
    Status status = Status::InProgress;
    QJsonObject score; // the final breakdown, when finished
    QString roomRun;   // the seminar room's run this attempt followed (seminar participants), or empty
};

/// One scenario played by a seminar room: the room's own playthrough (its path), stored like an attempt.
struct RoomRun {
    QString uuid;
    QString seminar;
    QString scenarioId;
    int scenarioVersion = 0;
    QString contentHash;
    QString language;
    QDateTime started;
    QDateTime finished;
    AttemptRecord::Status status = AttemptRecord::Status::InProgress;
    QJsonObject score; // the room's score (majority answers), when finished
};

/// A phone in a seminar room, kept so that the room can resume after a crash: the phone's resume token is
/// kept only as its hash.
struct RoomMemberRecord {
    QString memberId;
    QString tokenHash; // hex SHA-256 of the token
    QString participant;
    QString language;
};

/// A show of hands the lecturer typed in for one decision of a room run: option id -> number of hands.
struct HandCount {
    int decision = 0; // the room's decision number, 1, 2, 3...
    QString scene;
    QJsonObject counts;
};
QString attemptStatusId(AttemptRecord::Status status);
bool attemptStatusFromId(const QString &id, AttemptRecord::Status *status);

/// Participants, seminars, attempts and their event logs in SQLite (docs/results-store.md). WAL journal,
/// synchronous=FULL (an acknowledged event survives a power cut), foreign keys, a busy timeout for a second
/// process. Opening never modifies a damaged database or one newer than this build; migrations back the file
/// up first. The app also lock()s the file, so that one app at a time uses a database; the CLI does not.
class ResultsStore {
public:
    /// The schema this build writes. Version history: docs/results-store.md.
    static constexpr int schemaVersion = 6;

    /// Why a database cannot be used. ReadOnlyFile / ReadOnlyFolder: it can be read but nothing can be saved
    /// (the file, or its folder, where SQLite keeps its journal and the backups go, is not writable, e.g. a
    /// write-protected stick or another user's file). InUse: another Saskati holds its lock (lock()).
    enum class OpenStatus { Ok, Damaged, NewerThanApp, CannotOpen, ReadOnlyFile, ReadOnlyFolder, InUse };
    struct OpenResult {
        OpenStatus status = OpenStatus::CannotOpen;
        QString message;      // for the user: what happened and what to do
        QString newestBackup; // offered when the file is damaged
        qint64 holderPid = 0; // InUse: the process that holds the lock, and on which computer
        QString holderHost;
        bool ok() const { return status == OpenStatus::Ok; }
    };

    explicit ResultsStore(QString path);
    ~ResultsStore();
    ResultsStore(const ResultsStore &) = delete;
    ResultsStore &operator=(const ResultsStore &) = delete;

    /// The default database: saskati.sqlite in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    /// How much open() does. Full: inspects the file (quick_check), switches it to WAL (waiting up to 5 s for
    /// a moment alone with it), backs it up and migrates, and keeps the daily backup: seconds on a large or
    /// busy file, so the app does it with a store of its own on a worker thread. Prepared: a Full open has
    /// just done all that; only connect (and migrate should the file have changed since).
    enum class OpenMode { Full, Prepared };

    /// Opens (creating or migrating) the database. `targetVersion` is for tests that build old fixtures.
    OpenResult open(int targetVersion = schemaVersion, OpenMode mode = OpenMode::Full);
    /// One app per database: takes `<database>.lock` (QLockFile) until the store is destroyed; call before
    /// open(). InUse when another live process on this computer holds it (or one on another computer: its
    /// lock cannot be checked from here); a lock left by a process that is gone (a crash) is taken over.
    /// ReadOnlyFolder when no lock file can be made beside the database. Readers need no lock: the CLI
    /// reads (and writes, through SQLite's own locking) while the app runs.
    OpenResult lock();
    /// The lock file lock() takes for `databasePath`.
    static QString lockPath(const QString &databasePath);
    bool isOpen() const { return m_open; }
    const QString &path() const { return m_path; }
    /// The last failure, said for a person ("The disk is full: ...").
    const QString &lastError() const { return m_lastError; }

    std::optional<Participant> addParticipant(const QString &displayName, const QString &role = {},
                                              const QString &code = {});
    QList<Participant> participants();
    /// Those who practise on this computer: everyone but the people whose every attempt was in a seminar (the
    /// names typed on phones). One query, however many people the store holds.
    QList<Participant> practisingParticipants();
    std::optional<Participant> participant(const QString &uuidOrNameOrCode);
    /// Everyone whose name or code contains `text` (ignoring case and accents: "marite" finds "Mārīte"), by
    /// name; at most `limit`. Solo trainees, seminar phones and people who left early alike.
    QList<Participant> findParticipants(const QString &text, int limit = 50);
    /// How many attempts each participant has (any status), by uuid: to tell two people of one name apart.
    QHash<QString, int> attemptCounts();
    /// Deletes the participant and every attempt and event of theirs, whatever their status, here and in the
    /// backups; freed pages are overwritten. False (and lastError()) when there is no such participant.
    bool eraseParticipant(const QString &uuid);
    /// Replaces the names of everyone who took part in the seminar by their pseudonymous codes, here and in
    /// the backups; returns how many names were replaced, or -1.
    int pseudonymiseSeminar(const QString &seminar);

    std::optional<Seminar> addSeminar(Seminar seminar);
    QList<Seminar> seminars();

    std::optional<AttemptRecord> beginAttempt(const QString &participant, const QString &seminar,
                                              PlayMode mode, const Scenario &scenario,
                                              const QString &language, const QString &roomRun = {});
    /// Commits one event; true only once it is durable on disk.
    bool appendEvent(const QString &attempt, const Event &event);
    /// Saves the result and, for the coordinator's review, what the attempt contributes (`index`), together.
    bool finishAttempt(const QString &attempt, AttemptRecord::Status status, const QJsonObject &score,
                       const QDateTime &finished, const AttemptIndex *index = nullptr);
    /// Completed attempts whose review rows are missing (finished before schema version 4): `results
    /// reindex`.
    QStringList attemptsWithoutIndex();
    bool saveIndex(const QString &attempt, const AttemptIndex &index);
    /// The decisions of a completed attempt as indexed for the review, in item order.
    QList<ItemMark> attemptItems(const QString &attempt);
    QList<AttemptRecord> attempts(const QString &participant = {});
    std::optional<AttemptRecord> attempt(const QString &uuid);
    /// Attempts still "in progress": interrupted by a crash (or open in another window).
    QList<AttemptRecord> interruptedAttempts();
    QList<Event> events(const QString &attempt);

    // Seminar rooms.
    std::optional<RoomRun> beginRoomRun(const QString &seminar, const Scenario &scenario,
                                        const QString &language);
    bool appendRoomEvent(const QString &run, const Event &event);
    bool finishRoomRun(const QString &run, AttemptRecord::Status status, const QJsonObject &score,
                       const QDateTime &finished);
    bool saveHandCount(const QString &run, int decision, const QString &scene, const QJsonObject &counts);
    QList<HandCount> handCounts(const QString &run);
    QList<RoomRun> roomRuns(const QString &seminar = {});
    /// Room runs still "in progress": their app was killed or crashed (or is running in another window).
    QList<RoomRun> interruptedRoomRuns();
    /// A room run not resumed: it and its attempts still in progress become "interrupted", together.
    bool closeInterruptedRoomRun(const QString &run);
    bool addRoomMember(const QString &seminar, const RoomMemberRecord &member);
    QList<RoomMemberRecord> roomMembers(const QString &seminar);
    QList<Event> roomEvents(const QString &run);
    QList<AttemptRecord> roomAttempts(const QString &run);

    /// SQLite copies the write-ahead log into the database now and then, inside some commit. A seminar room
    /// turns that off while answers stream in and checkpoints when the lecturer moves on, where a pause costs
    /// nothing.
    void setAutomaticCheckpoints(bool on);
    bool checkpoint();

    /// One unit of work on the store, all or nothing: every write that belongs together goes through one
    /// (docs/results-store.md, 6). The outermost is `BEGIN IMMEDIATE` ... `COMMIT`, one fsync however much it
    /// holds (a seminar room's answers that arrive together, a room's step for every participant); one opened
    /// inside another is a `SAVEPOINT`, so a part can be undone alone and the whole still commits. Nothing is
    /// durable until the outermost commit() returns true. Destroyed without commit(): rolled back.
    /// Transactions end in the reverse order of their opening.
    class Transaction {
    public:
        explicit Transaction(ResultsStore &store);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        /// Began, and neither committed nor rolled back yet. False when it could not begin (lastError()).
        bool isOpen() const { return m_open; }
        bool isOutermost() const { return m_level == 0; }
        /// True once the work is kept: durable for the outermost, part of the enclosing one otherwise.
        bool commit();
        void rollback();

    private:
        ResultsStore *m_store;
        int m_level = -1;
        bool m_open = false;
    };
    /// Whether a transaction is open on this store.
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// The scenario file exactly as it was played, by content hash.
    QByteArray scenarioSnapshot(const QString &contentHash);

    /// Writes a consistent copy into the backup folder (`<database>.backups/`); returns its path or empty.
    QString backup(const QString &reason);
    QStringList backups() const;
    /// Moves the current (damaged) file aside, keeping it, and puts a copy of `backupPath` in its place.
    bool restoreBackup(const QString &backupPath);

    /// The institution directory's corrected contacts, and saving one (replacing the previous correction).
    QList<InstitutionContact> institutionContacts();
    bool saveInstitutionContact(const InstitutionContact &contact);

    /// Settings kept with the results (the coordinator's password hash, review preferences); empty if unset.
    QString setting(const QString &key);
    bool setSetting(const QString &key, const QString &value);

    /// Runs a statement directly: for maintenance and for tests that simulate a full disk (max_page_count).
    bool execute(const QString &sql);
    QString integrityCheck();

    /// Imports need raw access within the store's transaction helpers.
    QSqlDatabase database() const;

private:
    QList<Participant> participantsWhere(const QString &where);
    bool migrate(int from, int to);
    /// Once a day a copy goes to the backup folder, so that a damaged file has something to return to.
    void keepDailyBackup();
    bool fail(const QString &what, const QSqlError &error);
    QList<Event> readEvents(const QString &sql, const QString &owner);
    /// Runs `sql` (a removal of personal data) on every backup too, and truncates the write-ahead log.
    void forgetEverywhere(const QString &sql, const QVariantList &values);
    bool writeIndex(const QString &attempt, const AttemptIndex *index);
    bool write(const QString &sql, const QVariantList &values, const QString &what);

    QString m_path;
    QString m_connection;
    bool m_open = false;
    QString m_lastError;
    friend class Transaction;
    bool beginLevel(int *level);
    bool endLevel(int level, bool commit);

    int m_transactionDepth = 0;
    bool m_transactionBroken = false;         // SQLite rolled the whole transaction back under an inner level
    std::unique_ptr<QSqlQuery> m_appendEvent; // prepared once: the hot path of every trainee action
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace saskati
