#pragma once

#include "result.h"
#include "syncoutbox.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace saskati {

/// What one batch of a sync reads besides the kind's own rows: the rows of other tables that go with them
/// (SyncOutbox::rows()'s `related`), and whether the scenarios they were played against.
struct SyncBatchShape {
    QStringList related;
    bool snapshots = false;
};

/// One batch of a sync as read from the laptop's file: its outbox entries and the rows that go with them.
struct SyncBatchRows {
    QList<OutboxEntry> entries;
    QStringList keys;
    QHash<QString, QString>
        rows; // by `related` ("" for the kind's own rows), as SyncOutbox::rows() gives them
    QStringList snapshotHashes;
};

/// Reads the batch of `kind` after the key `after` (up to `limit` entries, in key order) on `db`.
Result<SyncBatchRows> readSyncBatch(const QSqlDatabase &db, const QString &kind, const QString &after,
                                    int limit, const SyncBatchShape &shape);

/// Reads a sync's next batch on a thread of its own, with its own read-only connection to the laptop's file,
/// while the server works on the batch before: read one after the other, the laptop's reading and the
/// server's work left a core idle (bench/bench_sync.cpp). One batch ahead at most. The file is in WAL mode:
/// this reader and the sync's writer (acknowledging the batch before) do not wait for each other.
class SyncReadAhead {
public:
    explicit SyncReadAhead(QString databasePath);
    ~SyncReadAhead();
    SyncReadAhead(const SyncReadAhead &) = delete;
    SyncReadAhead &operator=(const SyncReadAhead &) = delete;

    /// Starts reading the batch of `kind` after `after`. A batch started before and not taken is dropped.
    void start(const QString &kind, const QString &after, int limit, const SyncBatchShape &shape);
    /// Whether the batch being read is the one of `kind` after `after`.
    bool reads(const QString &kind, const QString &after) const;
    /// The batch started last, once read (waits for it); then nothing is started.
    Result<SyncBatchRows> take();

private:
    struct Request {
        QString kind, after;
        int limit = 0;
        SyncBatchShape shape;
    };
    void work();

    const QString m_path;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<Request> m_request;            // waiting for the thread
    std::optional<Request> m_started;            // what take() gives: being read, or read
    std::optional<Result<SyncBatchRows>> m_read; // read, not yet taken
    bool m_stop = false;
};

} // namespace saskati
