#pragma once

#include "result.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace saskati {

class ResultsStore;
class ServerConnection;
class SyncReadAhead;
struct SyncBatchRows;

/// What one sync did (`saskati-cli sync` prints it).
struct SyncReport {
    QMap<QString, qint64> sent;     // outbox entries sent, by kind (participant, attempt, ...)
    QMap<QString, qint64> newRows;  // rows the server did not have before, by table
    qint64 erasuresReceived = 0;    // people erased here because the server said so
    QMap<QString, qint64> pending;  // what is left in the outbox (nothing after a complete sync)
    bool newServer = false;         // the server had never seen this laptop: everything was sent
    QMap<QString, qint64> notYours; // rows another account had sent first: theirs on the server, by kind
    QStringList refusedErasures;    // people the server would not erase for this account (still queued)
    QString toText() const;
};

/// Sends what the server does not have yet and brings back the erasures (docs/server.md, "Sync"). Offline
/// first: the laptop records into its SQLite store as always; a sync reads its outbox in batches, and each
/// batch is one transaction on the server, acknowledged on the laptop only after the server committed it.
/// Rows are inserted by their UUIDs and an existing one is left as it is (or updated where it changes: an
/// attempt that finished), so a batch sent twice changes nothing: a sync killed at any point resumes without
/// loss or duplicates. Never on the GUI thread: it waits for the network.
class ServerSync {
public:
    ServerSync(ResultsStore &store, ServerConnection &server);
    ~ServerSync();

    /// Attempts per server transaction (their events go with them).
    void setBatchSize(int attempts) { m_batch = attempts; }
    /// Called after each committed batch with what is sent so far; return false to stop there (the rest
    /// stays in the outbox for the next sync).
    void setProgress(std::function<bool(const SyncReport &)> progress) { m_progress = std::move(progress); }

    /// One sync; refused while another sync of the same results file runs (lockPath()).
    Result<SyncReport> run();
    /// The lock file a sync of the results file at `databasePath` holds.
    static QString lockPath(const QString &databasePath);

private:
    Result<void> meetServer(SyncReport *report);
    Result<void> receiveErasures(SyncReport *report);
    Result<bool> sendKind(const QString &kind, SyncReport *report);
    Result<SyncBatchRows> nextBatch(const QString &kind);
    Result<void> sendBatch(const QString &kind, const SyncBatchRows &batch, SyncReport *report);
    Result<void> putRows(const QString &json, const QStringList &keys, const QString &table,
                         const QString &related, bool changes, SyncReport *report);
    Result<bool> sendErasures(SyncReport *report);
    Result<void> countNotYours(const QString &kind, const QStringList &keys, SyncReport *report);
    Result<void> eraseWhereErased(const QString &people, SyncReport *report);
    Result<void> putSnapshots(const QStringList &hashes, SyncReport *report);
    void refreshStatistics();

    ResultsStore &m_store;
    ServerConnection &m_server;
    int m_batch = 200;
    qint64 m_batches = 0;          // committed in this sync
    bool m_attemptsAllNew = false; // the batch's attempts were all new on the server
    bool m_keysAllNew = false;     // every key of the batch went in new: none is another account's
    bool m_statistics = true;      // the server can refresh its statistics (schema step 2)
    std::unique_ptr<SyncReadAhead> m_readAhead; // the next batch, read while the server works (during run())
    QString m_kind, m_after;                    // the kind being sent, and the last key sent of it
    qint64 m_tombstonesReadAhead = 0;           // the laptop's erasures when the read-ahead started
    std::function<bool(const SyncReport &)> m_progress;
};

} // namespace saskati
