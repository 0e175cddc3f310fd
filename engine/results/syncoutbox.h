#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace saskati {

class ResultsDatabase;

/// One thing the shared server does not have yet: a row's kind and key, and how often it was written since it
/// went into the outbox (schema version 10, docs/server.md "Sync").
struct OutboxEntry {
    QString kind; // participant, seminar, room_run, attempt, knowledge, contact, erasure
    QString key;
    qint64 generation = 0;
};

/// Keys as one compact JSON array: how a batch's keys are bound, on the laptop and on the server alike.
QString syncKeysJson(const QStringList &keys);

/// The outbox's reading on any connection to the laptop's file: SyncOutbox's own, or the one of a sync's
/// read-ahead thread (syncreadahead.h). SyncOutbox's functions of the same names say what each gives.
namespace outboxreading {
QList<OutboxEntry> batch(const QSqlDatabase &db, const QString &kind, const QString &after, int limit);
Result<QString> rows(const QSqlDatabase &db, const QString &kind, const QStringList &keys,
                     const QString &related = {});
/// The content hashes of the scenario snapshots the attempts or room runs `keys` were played against.
Result<QStringList> snapshotHashes(const QSqlDatabase &db, const QString &kind, const QStringList &keys);
} // namespace outboxreading

/// What a laptop still has to send to the shared server, and the rows themselves as JSON for it. Triggers
/// fill the outbox on every write; a sync reads a batch, sends it, and acknowledges it once the server has
/// committed: an entry written again meanwhile stays. A part of ResultsStore.
class SyncOutbox {
public:
    explicit SyncOutbox(ResultsDatabase &db)
        : m_db(db)
    {}
    SyncOutbox(const SyncOutbox &) = delete;
    SyncOutbox &operator=(const SyncOutbox &) = delete;

    /// How many entries wait, by kind.
    QMap<QString, qint64> pending();
    /// How many people were erased in this file (their tombstones): grows when a sync erases someone here.
    qint64 tombstones();
    /// Up to `limit` entries of `kind`, in key order.
    QList<OutboxEntry> batch(const QString &kind, int limit);
    /// Removes the entries that were not written again since they were read.
    Result<void> acknowledge(const QList<OutboxEntry> &entries);
    /// Puts every row in the outbox again: for a server that has never seen this laptop's results.
    Result<void> enqueueEverything();

    /// The rows of `keys` of one kind as a JSON array of arrays, columns in the order docs/server.md gives;
    /// with `related` ("participants", "seminars", "room_runs", "snapshots", "events", "items", "indicators",
    /// "room_events", "hand_counts", "key_shown") the rows of that table that belong to them.
    Result<QString> rows(const QString &kind, const QStringList &keys, const QString &related = {});

private:
    ResultsDatabase &m_db;
};

} // namespace saskati
