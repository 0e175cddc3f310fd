#include "syncreadahead.h"

#include "resultsdatabase.h"

#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace saskati {

Result<SyncBatchRows> readSyncBatch(const QSqlDatabase &db, const QString &kind, const QString &after,
                                    int limit, const SyncBatchShape &shape)
{
    SyncBatchRows batch;
    batch.entries = outboxreading::batch(db, kind, after, limit);
    for (const OutboxEntry &e : std::as_const(batch.entries))
        batch.keys.append(e.key);
    if (batch.entries.isEmpty())
        return batch;
    for (const QString &related : shape.related) {
        Result<QString> rows = outboxreading::rows(db, kind, batch.keys, related);
        if (!rows)
            return rows.error();
        batch.rows.insert(related, std::move(*rows));
    }
    if (shape.snapshots) {
        Result<QStringList> hashes = outboxreading::snapshotHashes(db, kind, batch.keys);
        if (!hashes)
            return hashes.error();
        batch.snapshotHashes = std::move(*hashes);
    }
    return batch;
}

SyncReadAhead::SyncReadAhead(QString databasePath)
    : m_path(std::move(databasePath))
{}

SyncReadAhead::~SyncReadAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void SyncReadAhead::start(const QString &kind, const QString &after, int limit, const SyncBatchShape &shape)
{
    {
        const std::lock_guard lock(m_mutex);
        m_request = Request{kind, after, limit, shape};
        m_started = m_request;
        m_read.reset();
    }
    if (!m_thread.joinable())
        m_thread = std::thread([this] { work(); });
    m_changed.notify_all();
}

bool SyncReadAhead::reads(const QString &kind, const QString &after) const
{
    return m_started && m_started->kind == kind && m_started->after == after;
}

Result<SyncBatchRows> SyncReadAhead::take()
{
    std::unique_lock lock(m_mutex);
    if (!m_started)
        return Error(u"No batch is being read ahead."_s);
    m_changed.wait(lock, [this] { return m_read.has_value(); });
    Result<SyncBatchRows> read = std::move(*m_read);
    m_read.reset();
    m_started.reset();
    return read;
}

void SyncReadAhead::work()
{
    const QString name = u"saskati-sync-read-ahead-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        const bool opened = db.open();
        for (;;) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_request.has_value(); });
            if (m_stop)
                break;
            const Request request = *std::exchange(m_request, std::nullopt);
            lock.unlock();
            Result<SyncBatchRows> read =
                opened ? readSyncBatch(db, request.kind, request.after, request.limit, request.shape)
                       : Result<SyncBatchRows>(ResultsDatabase::failure(
                             u"open the results file a second time to read ahead"_s, db.lastError()));
            lock.lock();
            // Dropped meanwhile for another (start() again): the newer one is read next.
            if (!m_request && m_started && m_started->kind == request.kind &&
                m_started->after == request.after)
                m_read.emplace(std::move(read));
            lock.unlock();
            m_changed.notify_all();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace saskati
