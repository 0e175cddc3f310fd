#include "serversync.h"

#include "filelock.h"
#include "resultsstore.h"
#include "serverconnection.h"
#include "servermirror.h"
#include "serverwrites_p.h"
#include "syncreadahead.h"
#include "syncsettings.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// The order a sync sends in: an erasure before anything of the person could be sent again; people and
// seminars before what refers to them (each batch also carries the rows it refers to, so the order is a
// saving, not a condition).
const QStringList s_kinds = {u"erasure"_s, u"participant"_s, u"seminar"_s, u"room_run"_s,
                             u"attempt"_s, u"knowledge"_s,   u"contact"_s};

const QString s_serverSetting = u"sync.server"_s;

// What a batch of each kind puts on the server, in this order: a table, the rows it gets
// (SyncOutbox::rows()'s `related`: "" for the kind's own), and whether the rows the server has are brought up
// to date. Attempts and room runs send the scenarios they were played against first (putSnapshots()).
struct Step {
    QString table, related;
    bool changes = false;
};
const QHash<QString, QList<Step>> &stepsOf()
{
    static const QHash<QString, QList<Step>> steps = {
        {u"participant"_s, {{u"participants"_s, {}, true}}},
        {u"seminar"_s, {{u"seminars"_s, {}, true}}},
        {u"contact"_s, {{u"contacts"_s, {}, true}}},
        {u"room_run"_s,
         {{u"seminars"_s, u"seminars"_s, false},
          {u"room_runs"_s, {}, true},
          {u"room_events"_s, u"room_events"_s, false},
          {u"hand_counts"_s, u"hand_counts"_s, true}}},
        {u"attempt"_s,
         {{u"participants"_s, u"participants"_s, false},
          {u"seminars"_s, u"seminars"_s, false},
          {u"room_runs"_s, u"room_runs"_s, false},
          {u"attempts"_s, {}, true},
          {u"events"_s, u"events"_s, false},
          {u"items"_s, u"items"_s, true},
          {u"indicators"_s, u"indicators"_s, true}}},
        {u"knowledge"_s,
         {{u"participants"_s, u"participants"_s, false},
          {u"seminars"_s, u"seminars"_s, false},
          {u"knowledge_answers"_s, {}, true},
          {u"key_shown"_s, u"key_shown"_s, false}}},
    };
    return steps;
}

SyncBatchShape shapeOf(const QString &kind)
{
    SyncBatchShape shape;
    for (const Step &step : stepsOf().value(kind))
        shape.related.append(step.related);
    shape.snapshots = kind == u"attempt" || kind == u"room_run";
    return shape;
}

// Keys as a PostgreSQL array (?::uuid[]): the planner sees how many there are, and looks them up by index.
QString uuidArray(const QStringList &keys)
{
    QStringList quoted;
    for (QString key : keys)
        quoted.append(u'"' + key.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"');
    return u"{%1}"_s.arg(quoted.join(u','));
}

const QString s_erasuresSetting = u"sync.erasures_seen"_s;

bool holdsPerson(ResultsStore &store, const QString &uuid)
{
    QSqlQuery here(store.database());
    here.prepare(u"SELECT 1 FROM participants WHERE uuid = ?"_s);
    here.addBindValue(uuid);
    return here.exec() && here.next();
}

} // namespace

ServerSync::ServerSync(ResultsStore &store, ServerConnection &server)
    : m_store(store)
    , m_server(server)
{}

ServerSync::~ServerSync() = default;

QString ServerSync::lockPath(const QString &databasePath)
{
    return databasePath + u".sync.lock"_s;
}

Result<SyncReport> ServerSync::run()
{
    if (ServerMirror::isMirror(m_store))
        return Error::withCode(
            u"mirror"_s, u"%1 is a copy of a server's results for the review, not results recorded here: "
                         u"it is never sent. Sync the laptop's own results file."_s.arg(m_store.path()));
    // One sync of a results file at a time (the app's in the background, the command line's): two would send
    // the same batches twice. The lock of a sync that crashed is free again: the kernel let go of it.
    FileLock lock(lockPath(m_store.path()));
    switch (lock.tryLock()) {
    case FileLock::Status::Locked:
        break;
    case FileLock::Status::HeldByAnother:
        return Error::withCode(u"busy"_s,
                               (lock.holder().pid > 0
                                    ? u"Another sync of %1 is running (process %2). "_s.arg(m_store.path())
                                          .arg(lock.holder().pid)
                                    : u"Another sync of %1 is running. "_s.arg(m_store.path())) +
                                   u"Wait for it to finish, then sync again."_s);
    case FileLock::Status::NoPermission:
        return Error(
            u"A sync of %1 needs a lock file beside it (%2), and its folder is read-only (%3). Copy the "
            u"results file to a folder you may write in and sync that."_s.arg(m_store.path(), lock.path(),
                                                                              lock.errorString()));
    case FileLock::Status::Failed:
        return Error(u"A sync of %1 could not take its lock file %2: %3."_s.arg(m_store.path(), lock.path(),
                                                                                lock.errorString()));
    }
    SyncReport report;
    m_kind.clear();
    m_after.clear();
    // Read on a second connection to the file: a file only this connection can see (in memory) is read here.
    if (m_store.path() != u":memory:" && !m_store.path().isEmpty())
        m_readAhead = std::make_unique<SyncReadAhead>(m_store.path());
    const auto stopReading = qScopeGuard([this] { m_readAhead.reset(); });
    if (Result<void> met = meetServer(&report); !met)
        return met.error();
    if (Result<void> received = receiveErasures(&report); !received)
        return received.error();
    for (const QString &kind : s_kinds) {
        for (;;) {
            const Result<bool> more = sendKind(kind, &report);
            if (!more)
                return more.error();
            if (!*more)
                break;
            if (m_progress && !m_progress(report)) {
                report.pending = m_store.pending();
                return report;
            }
        }
    }
    report.pending = m_store.pending();
    // Everything was sent unless something was written meanwhile (a seminar running beside the sync).
    bool everything = true;
    for (const qint64 count : std::as_const(report.pending))
        everything = everything && count == 0;
    if (everything)
        if (Result<void> marked = SyncSettings::markComplete(m_store, m_server.address()); !marked)
            return marked.error();
    return report;
}

// A server this laptop has not sent to before (a new one, or one rebuilt from nothing) gets everything.
Result<void> ServerSync::meetServer(SyncReport *report)
{
    const Result<QVariant> id =
        m_server.value(u"SELECT id::text FROM saskati.installation"_s, {},
                       u"read which server this is (is its schema made? server init)"_s);
    if (!id)
        return id.error();
    const QString installation = id->toString();
    if (m_store.setting(s_serverSetting) == installation)
        return {};
    report->newServer = true;
    if (Result<void> queued = m_store.enqueueEverything(); !queued)
        return queued;
    if (Result<void> kept = m_store.setSetting(s_erasuresSetting, u"0"_s); !kept)
        return kept;
    return m_store.setSetting(s_serverSetting, installation);
}

// People erased on the server (by a coordinator, or on another laptop) are erased here too.
Result<void> ServerSync::receiveErasures(SyncReport *report)
{
    QSqlQuery q(m_server.database());
    q.prepare(u"SELECT participant_uuid::text, seq FROM saskati.erasures WHERE seq > ? ORDER BY seq"_s);
    q.addBindValue(m_store.setting(s_erasuresSetting).toLongLong());
    if (!q.exec())
        return m_server.fail(u"read the erasures"_s, q.lastError());
    qint64 seen = -1;
    while (q.next()) {
        const QString person = q.value(0).toString();
        if (holdsPerson(m_store, person)) {
            if (Result<void> erased = m_store.eraseParticipant(person); !erased)
                return erased;
            ++report->erasuresReceived;
        }
        seen = q.value(1).toLongLong();
    }
    if (seen < 0)
        return {};
    return m_store.setSetting(s_erasuresSetting, QString::number(seen));
}

// One table's rows of a batch into the server (`json`: as SyncOutbox::rows() gives them); `changes`: also
// bring the rows the server has up to date.
Result<void> ServerSync::putRows(const QString &json, const QStringList &keys, const QString &table,
                                 const QString &related, bool changes, SyncReport *report)
{
    const QString prune = serverwrites::prune(table);
    if (json == u"[]" && prune.isEmpty())
        return {};
    if (table == u"participants")
        if (Result<void> clear = eraseWhereErased(json, report); !clear)
            return clear;
    if (json != u"[]") {
        const QString fresh = m_attemptsAllNew ? serverwrites::insertUnderNew(table) : QString();
        const Result<qint64> added =
            m_server.write(fresh.isEmpty() ? serverwrites::insert(table) : fresh, {json},
                           u"send the %1"_s.arg(QString(table).replace(u'_', u' ')));
        if (!added)
            return added.error();
        report->newRows[table] += *added;
        if (related.isEmpty() && table != u"snapshots") // the kind's own rows
            m_keysAllNew = *added == keys.size();
        // Attempts all new on the server have no review rows there yet: nothing to bring up to date or
        // remove.
        if (table == u"attempts")
            m_attemptsAllNew = *added == keys.size();
    }
    if ((table == u"items" || table == u"indicators") && m_attemptsAllNew)
        return {};
    if (changes && !serverwrites::update(table).isEmpty() && json != u"[]")
        if (Result<qint64> changed =
                m_server.write(serverwrites::update(table), {json}, u"bring the %1 up to date"_s.arg(table));
            !changed)
            return changed.error();
    if (!prune.isEmpty())
        if (Result<qint64> pruned =
                m_server.write(prune, {uuidArray(keys), json}, u"remove old review rows"_s);
            !pruned)
            return pruned.error();
    return {};
}

// A person erased on the server (in any municipality, or since this sync read the erasures) is erased here
// first; the batch is then sent again without them.
Result<void> ServerSync::eraseWhereErased(const QString &people, SyncReport *report)
{
    const Result<QVariantList> erased = m_server.column(u"SELECT saskati.erased_among(?::jsonb)"_s, {people},
                                                        u"ask which people were erased"_s);
    if (!erased)
        return erased.error();
    if (erased->isEmpty())
        return {};
    for (const QVariant &person : *erased) {
        // Already gone here (erased on this laptop meanwhile too): nothing left to erase.
        if (!holdsPerson(m_store, person.toString()))
            continue;
        if (Result<void> gone = m_store.eraseParticipant(person.toString()); !gone)
            return gone;
        ++report->erasuresReceived;
    }
    return Error::withCode(u"erased"_s, u"Some people of this batch were erased on the server meanwhile."_s);
}

// The scenarios a batch was played against, byte for byte, where the server does not have them yet.
Result<void> ServerSync::putSnapshots(const QStringList &hashes, SyncReport *report)
{
    if (hashes.isEmpty())
        return {};
    const Result<QVariantList> missing = m_server.column(
        u"SELECT h FROM jsonb_array_elements_text(?::jsonb) AS h WHERE NOT EXISTS (SELECT 1 FROM "
        u"saskati.scenario_snapshots s WHERE s.content_hash = h)"_s,
        {syncKeysJson(hashes)}, u"ask which scenarios the server has"_s);
    if (!missing)
        return missing.error();
    QStringList wanted;
    for (const QVariant &h : *missing)
        wanted.append(h.toString());
    if (wanted.isEmpty())
        return {};
    const Result<QString> rows = m_store.rows(u"snapshot"_s, wanted);
    if (!rows)
        return rows.error();
    return putRows(*rows, wanted, u"snapshots"_s, {}, false, report);
}

// One batch of one kind, in one transaction on the server.
Result<void> ServerSync::sendBatch(const QString &kind, const SyncBatchRows &batch, SyncReport *report)
{
    if (!stepsOf().contains(kind)) // erasures go one by one: sendErasures()
        return Error(u"Saskati does not know how to send a '%1'."_s.arg(kind));
    m_attemptsAllNew = false;
    m_keysAllNew = false;
    return m_server.transaction([&]() -> Result<void> {
        // A batch touches a few hundred keys of tables that hold millions of rows: looking each up by its
        // index is always right. The planner's guess of what row-level security lets through can be off by
        // thousands (a table analysed while a sync filled it): it then scanned the whole participants table
        // once per person of the batch, 4.5 s a batch (bench/bench_sync.cpp --explain-slow). For this
        // transaction only.
        if (Result<void> indexed =
                m_server.exec(u"SET LOCAL enable_seqscan = off"_s, {}, u"prepare the batch"_s);
            !indexed)
            return indexed;
        if (Result<void> scenarios = putSnapshots(batch.snapshotHashes, report); !scenarios)
            return scenarios;
        for (const Step &step : stepsOf().value(kind))
            if (Result<void> done = putRows(batch.rows.value(step.related), batch.keys, step.table,
                                            step.related, step.changes, report);
                !done)
                return done;
        return {};
    });
}

// The batch of `kind` after m_after: the one read ahead while the batch before went to the server, or read
// now. Past the last key it starts again from the first: entries written meanwhile (a seminar running beside
// the sync) or left because they were written again while being sent.
Result<SyncBatchRows> ServerSync::nextBatch(const QString &kind)
{
    const int limit = kind == u"attempt" ? m_batch : 500;
    const SyncBatchShape shape = shapeOf(kind);
    // Counted before any reading: an erasure after it is seen at the next batch.
    const qint64 tombstones = m_store.tombstones();
    Result<SyncBatchRows> batch = Error(u"not read"_s);
    if (m_readAhead && m_readAhead->reads(kind, m_after)) {
        batch = m_readAhead->take();
        if (!batch) // the second connection failed: this sync reads on its own
            m_readAhead.reset();
        // Someone was erased on this laptop meanwhile (the app beside a command-line sync): the batch read
        // ahead may still hold them, and is read again.
        else if (tombstones != m_tombstonesReadAhead)
            batch = Error(u"read again"_s);
    }
    // Not read ahead, or it failed: read here, and say what fails.
    if (!batch)
        batch = readSyncBatch(m_store.database(), kind, m_after, limit, shape);
    if (batch && batch->entries.isEmpty() && !m_after.isEmpty()) {
        m_after.clear();
        batch = readSyncBatch(m_store.database(), kind, m_after, limit, shape);
    }
    if (batch && !batch->entries.isEmpty() && m_readAhead) {
        m_tombstonesReadAhead = tombstones;
        m_readAhead->start(kind, batch->keys.last(), limit, shape);
    }
    return batch;
}

Result<bool> ServerSync::sendKind(const QString &kind, SyncReport *report)
{
    if (kind == u"erasure")
        return sendErasures(report);
    if (m_kind != kind) {
        m_kind = kind;
        m_after.clear();
    }
    for (int tries = 0;; ++tries) {
        const Result<SyncBatchRows> batch = nextBatch(kind);
        if (!batch)
            return batch.error();
        if (batch->entries.isEmpty())
            return false;
        Result<void> sent = sendBatch(kind, *batch, report);
        if (!sent && (sent.error().code == u"erased" || sent.error().code == u"SK001") && tries < 3) {
            // People of the batch were erased on the server (erased: they are gone here now; SK001: one was
            // erased while this batch waited for the erasure, and its tombstone is read now). The batch goes
            // again without them, read again, and so is the one read ahead.
            if (sent.error().code == u"SK001")
                if (Result<void> received = receiveErasures(report); !received)
                    return received.error();
            if (m_readAhead && m_readAhead->reads(kind, batch->keys.last()))
                (void)m_readAhead->take();
            continue;
        }
        if (!sent)
            return sent.error();
        // Only now is it the server's: a sync killed before this line sends the batch again, and the server
        // keeps one of each.
        if (Result<void> acknowledged = m_store.acknowledge(batch->entries); !acknowledged)
            return acknowledged.error();
        m_after = batch->keys.last();
        report->sent[kind] += batch->entries.size();
        refreshStatistics();
        // Only where a key was on the server before: rows this batch put there new are this account's.
        if ((kind == u"attempt" || kind == u"seminar") && !m_keysAllNew)
            if (Result<void> counted = countNotYours(kind, batch->keys, report); !counted)
                return counted.error();
        return true;
    }
}

// Erasures one by one, each in its own transaction: one the server refuses (a lecturer may erase only the
// people they sent) is reported and stays in the outbox for the next sync, and the others go on.
Result<bool> ServerSync::sendErasures(SyncReport *report)
{
    for (const OutboxEntry &e : m_store.batch(u"erasure"_s, 100000)) {
        const Result<void> erased = m_server.transaction([&] {
            return m_server.exec(u"SELECT saskati.erase_participant(?::uuid)"_s, {e.key},
                                 u"erase the person on the server"_s);
        });
        if (!erased && erased.error().code == u"42501") {
            report->refusedErasures.append(e.key);
            continue;
        }
        if (!erased)
            return erased.error();
        if (Result<void> acknowledged = m_store.acknowledge({e}); !acknowledged)
            return acknowledged.error();
        report->sent[e.kind] += 1;
    }
    return false;
}

// The server's statistics follow its tables as a sync fills them (sql/002-statistics.sql): after the 1st,
// 2nd, 4th, ... 32nd batch and every 32nd after, the tables that grew by a fifth are analysed. Only a saving:
// a server without the function (an older schema) or a failure changes nothing else.
void ServerSync::refreshStatistics()
{
    ++m_batches;
    if (!m_statistics || ((m_batches & (m_batches - 1)) != 0 && m_batches % 32 != 0))
        return;
    // Never inside a server transaction (after a batch was acknowledged): a failure aborts nothing. Once is
    // enough to know the server has no such function.
    m_statistics =
        m_server.exec(u"SELECT saskati.refresh_statistics()"_s, {}, u"refresh the statistics"_s).ok();
}

// Rows the server already had from another account (two laptops with one seminar, a bundle imported by a
// colleague) are theirs: this account's copy changes nothing there. Said, not hidden.
Result<void> ServerSync::countNotYours(const QString &kind, const QStringList &keys, SyncReport *report)
{
    const QString table = kind == u"attempt" ? u"attempts"_s : u"seminars"_s;
    // An array the planner sees the length of: it looks the keys up by the primary key (with a set from JSON,
    // which it takes for 100 rows, it scanned every visible row once per key).
    const Result<QVariant> visible =
        m_server.value(u"SELECT count(*) FROM saskati.%1 WHERE uuid = ANY(?::uuid[])"_s.arg(table),
                       {uuidArray(keys)}, u"count what the server holds"_s);
    if (!visible)
        return visible.error();
    QSqlQuery here(m_store.database());
    here.prepare(u"SELECT count(*) FROM %1 WHERE uuid IN (SELECT value FROM json_each(?))"_s.arg(table));
    here.addBindValue(syncKeysJson(keys));
    if (!here.exec() || !here.next())
        return Error(u"Could not count the %1 here: %2"_s.arg(table, here.lastError().text()));
    const qint64 others = here.value(0).toLongLong() - visible->toLongLong();
    if (others > 0)
        report->notYours[kind] += others;
    return {};
}

QString SyncReport::toText() const
{
    QString text;
    if (newServer)
        text += u"a server this laptop had not sent to: everything is sent\n"_s;
    if (erasuresReceived > 0)
        text += u"erased here, as the server asked: %1 people\n"_s.arg(erasuresReceived);
    for (auto it = sent.cbegin(); it != sent.cend(); ++it)
        text += u"sent %1 %2\n"_s.arg(it.value()).arg(it.key());
    for (auto it = newRows.cbegin(); it != newRows.cend(); ++it)
        text += u"new on the server: %1 %2\n"_s.arg(it.value()).arg(it.key());
    for (auto it = notYours.cbegin(); it != notYours.cend(); ++it)
        text += u"already on the server from another account (left as theirs): %1 %2\n"_s.arg(it.value())
                    .arg(it.key());
    if (!refusedErasures.isEmpty())
        text += u"erasures the server refused (the person was sent by another account; ask the coordinator "
                u"to erase "
                u"them): %1\n"_s.arg(refusedErasures.join(u", "_s));
    qint64 left = 0;
    for (qint64 n : pending)
        left += n;
    text += left == 0 ? u"nothing left to send\n"_s : u"left to send: %1\n"_s.arg(left);
    return text;
}

} // namespace saskati
