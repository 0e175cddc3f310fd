#include "syncoutbox.h"

#include "resultsdatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// The keys of a batch, bound as one JSON array: `IN (SELECT value FROM json_each(?))`.
const QString s_keys = u"(SELECT value FROM json_each(?))"_s;

const QString s_participantColumns = u"json_array(uuid, display_name, code, role, created)"_s;
const QString s_seminarColumns =
    u"json_array(uuid, title, date, place, lecturer, audience, scenarios, notes, created)"_s;
const QString s_roomRunColumns =
    u"json_array(uuid, seminar_uuid, scenario_id, scenario_version, content_hash, "
    u"language, started, finished, status, score)"_s;

// Each kind's rows, and the rows of other tables that belong with them, as "SELECT columns FROM ... WHERE ...
// ORDER BY ..." with one ? for the keys. The columns are the server's order
// (engine/server/sql/001-results.sql).
const QHash<QString, QString> &queries()
{
    static const QHash<QString, QString> q = {
        {u"participant/"_s,
         u"SELECT %1 FROM participants WHERE uuid IN %2 ORDER BY uuid"_s.arg(s_participantColumns, s_keys)},
        {u"seminar/"_s,
         u"SELECT %1 FROM seminars WHERE uuid IN %2 ORDER BY uuid"_s.arg(s_seminarColumns, s_keys)},
        {u"room_run/"_s,
         u"SELECT %1 FROM room_runs WHERE uuid IN %2 ORDER BY uuid"_s.arg(s_roomRunColumns, s_keys)},
        {u"room_run/seminars"_s,
         u"SELECT %1 FROM seminars WHERE uuid IN (SELECT seminar_uuid FROM room_runs WHERE "
         u"uuid IN %2) ORDER BY uuid"_s.arg(s_seminarColumns, s_keys)},
        {u"room_run/room_events"_s,
         u"SELECT json_array(run_uuid, seq, time, type, payload) FROM room_events WHERE "
         u"run_uuid IN %1 ORDER BY run_uuid, seq"_s.arg(s_keys)},
        {u"room_run/hand_counts"_s,
         u"SELECT json_array(run_uuid, decision, scene, counts, time) FROM "
         u"room_hand_counts WHERE run_uuid IN %1 ORDER BY run_uuid, decision"_s.arg(s_keys)},
        {u"attempt/"_s, u"SELECT json_array(uuid, participant_uuid, seminar_uuid, mode, scenario_id, "
                        u"scenario_version, content_hash, "
                        u"started, finished, status, score, language, room_run_uuid, percent, total, "
                        u"feedback) FROM attempts WHERE "
                        u"uuid IN %1 ORDER BY uuid"_s.arg(s_keys)},
        {u"attempt/participants"_s,
         u"SELECT %1 FROM participants WHERE uuid IN (SELECT participant_uuid FROM "
         u"attempts WHERE uuid IN %2) ORDER BY uuid"_s.arg(s_participantColumns, s_keys)},
        {u"attempt/seminars"_s, u"SELECT %1 FROM seminars WHERE uuid IN (SELECT seminar_uuid FROM attempts "
                                u"WHERE uuid IN %2 UNION SELECT "
                                u"r.seminar_uuid FROM room_runs r JOIN attempts a ON a.room_run_uuid = "
                                u"r.uuid WHERE a.uuid IN %2) ORDER BY "
                                u"uuid"_s.arg(s_seminarColumns, s_keys)},
        {u"attempt/room_runs"_s,
         u"SELECT %1 FROM room_runs WHERE uuid IN (SELECT room_run_uuid FROM attempts WHERE "
         u"uuid IN %2) ORDER BY uuid"_s.arg(s_roomRunColumns, s_keys)},
        {u"attempt/events"_s, u"SELECT json_array(attempt_uuid, seq, time, type, payload) FROM events WHERE "
                              u"attempt_uuid IN %1 ORDER BY attempt_uuid, seq"_s.arg(s_keys)},
        {u"attempt/items"_s,
         u"SELECT json_array(attempt_uuid, item, mark, max, answer) FROM attempt_items WHERE "
         u"attempt_uuid IN %1 ORDER BY attempt_uuid, item"_s.arg(s_keys)},
        {u"attempt/indicators"_s, u"SELECT json_array(attempt_uuid, indicator, present, found, false_named) "
                                  u"FROM attempt_indicators WHERE "
                                  u"attempt_uuid IN %1 ORDER BY attempt_uuid, indicator"_s.arg(s_keys)},
        {u"knowledge/"_s,
         u"SELECT json_array(seminar_uuid, participant_uuid, round, check_id, question_id, "
         u"option_id, correct, answered) FROM knowledge_answers WHERE seminar_uuid IN %1 ORDER BY "
         u"seminar_uuid, participant_uuid, round, question_id"_s.arg(s_keys)},
        {u"knowledge/seminars"_s,
         u"SELECT %1 FROM seminars WHERE uuid IN %2 ORDER BY uuid"_s.arg(s_seminarColumns, s_keys)},
        {u"knowledge/participants"_s,
         u"SELECT %1 FROM participants WHERE uuid IN (SELECT participant_uuid FROM knowledge_answers WHERE "
         u"seminar_uuid IN %2) ORDER BY uuid"_s.arg(s_participantColumns, s_keys)},
        {u"knowledge/key_shown"_s, u"SELECT json_array(seminar_uuid, shown) FROM knowledge_key_shown WHERE "
                                   u"seminar_uuid IN %1 ORDER BY seminar_uuid"_s.arg(s_keys)},
        {u"contact/"_s, u"SELECT json_array(institution, phone, free_phone, address, email, website, hours, "
                        u"verified_on, updated) FROM institution_contacts WHERE institution IN %1 ORDER BY "
                        u"institution"_s.arg(s_keys)},
        {u"snapshot/"_s, u"SELECT json_array(content_hash, scenario_id, version, hex(source)) FROM "
                         u"scenario_snapshots WHERE content_hash IN %1 ORDER BY content_hash"_s.arg(s_keys)},
    };
    return q;
}

// Binds the batch's keys to each ? of `q` (every ? of these queries is the keys' JSON array).
void bindKeys(QSqlQuery &q, const QString &sql, const QStringList &keys)
{
    const QString bound = syncKeysJson(keys);
    for (int i = 0; i < sql.count(u'?'); ++i)
        q.addBindValue(bound);
}

} // namespace

QString syncKeysJson(const QStringList &keys)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
}

QMap<QString, qint64> SyncOutbox::pending()
{
    QMap<QString, qint64> counts;
    QSqlQuery q(m_db.database());
    if (q.exec(u"SELECT kind, count(*) FROM sync_outbox GROUP BY kind"_s))
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

qint64 SyncOutbox::tombstones()
{
    QSqlQuery q(m_db.database());
    return q.exec(u"SELECT count(*) FROM erasures"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<OutboxEntry> SyncOutbox::batch(const QString &kind, int limit)
{
    return outboxreading::batch(m_db.database(), kind, {}, limit);
}

Result<void> SyncOutbox::acknowledge(const QList<OutboxEntry> &entries)
{
    ResultsDatabase::Transaction transaction(m_db);
    if (!transaction.began())
        return transaction.began();
    for (const OutboxEntry &e : entries)
        if (Result<void> done =
                m_db.write(u"DELETE FROM sync_outbox WHERE kind = ? AND key = ? AND generation = ?"_s,
                           {e.kind, e.key, e.generation}, u"note what the server has"_s);
            !done)
            return done;
    return transaction.commit();
}

Result<void> SyncOutbox::enqueueEverything()
{
    ResultsDatabase::Transaction transaction(m_db);
    if (!transaction.began())
        return transaction.began();
    const QList<std::pair<QString, QString>> everything = {
        {u"participant"_s, u"SELECT uuid AS k FROM participants"_s},
        {u"seminar"_s, u"SELECT uuid AS k FROM seminars"_s},
        {u"room_run"_s, u"SELECT uuid AS k FROM room_runs"_s},
        {u"attempt"_s, u"SELECT uuid AS k FROM attempts"_s},
        {u"knowledge"_s, u"SELECT DISTINCT seminar_uuid AS k FROM knowledge_answers"_s},
        {u"contact"_s, u"SELECT institution AS k FROM institution_contacts"_s},
        {u"erasure"_s, u"SELECT participant_uuid AS k FROM erasures"_s},
    };
    if (Result<void> counted = m_db.write(u"UPDATE sync_counter SET n = n + 1"_s, {}, u"count the writes"_s);
        !counted)
        return counted;
    for (const auto &[kind, keys] : everything)
        if (Result<void> done =
                m_db.write(u"INSERT INTO sync_outbox (kind, key, generation) SELECT '%1', k, (SELECT n "
                           u"FROM sync_counter) FROM (%2) WHERE true ON CONFLICT (kind, key) DO UPDATE "
                           u"SET generation = excluded.generation"_s.arg(kind, keys),
                           {}, u"prepare to send everything to a new server"_s);
            !done)
            return done;
    return transaction.commit();
}

Result<QString> SyncOutbox::rows(const QString &kind, const QStringList &keys, const QString &related)
{
    return outboxreading::rows(m_db.database(), kind, keys, related);
}

namespace outboxreading {

QList<OutboxEntry> batch(const QSqlDatabase &db, const QString &kind, const QString &after, int limit)
{
    QList<OutboxEntry> entries;
    QSqlQuery q(db);
    // From the first: every key, the empty one too (a directory correction of an institution without an id).
    q.prepare(u"SELECT key, generation FROM sync_outbox WHERE kind = ? %1 ORDER BY key LIMIT ?"_s.arg(
        after.isEmpty() ? QString() : u"AND key > ?"_s));
    q.addBindValue(kind);
    if (!after.isEmpty())
        q.addBindValue(after);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            entries.append({kind, q.value(0).toString(), q.value(1).toLongLong()});
    return entries;
}

Result<QString> rows(const QSqlDatabase &db, const QString &kind, const QStringList &keys,
                     const QString &related)
{
    const QString select = queries().value(kind + u'/' + related);
    if (select.isEmpty())
        return Error(u"There are no rows '%1' of a '%2' to send."_s.arg(related, kind));
    // Each query's one column is its row as a JSON array (json_array's text): named r, and joined into one
    // array as text. json_group_array would parse each row again to know it is JSON (a quarter of the
    // laptop's reading time, bench/bench_sync.cpp).
    const qsizetype from = select.indexOf(u" FROM "_s);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT '[' || coalesce(group_concat(r, ','), '') || ']' FROM (%1 AS r%2)"_s.arg(
        select.left(from), select.mid(from)));
    bindKeys(q, select, keys);
    if (!q.exec() || !q.next())
        return ResultsDatabase::failure(u"read the rows to send"_s, q.lastError());
    return q.value(0).toString();
}

Result<QStringList> snapshotHashes(const QSqlDatabase &db, const QString &kind, const QStringList &keys)
{
    const QString sql = kind == u"attempt"
                            ? u"SELECT content_hash FROM attempts WHERE uuid IN %1 UNION SELECT "
                              u"r.content_hash FROM room_runs r JOIN "
                              u"attempts a ON a.room_run_uuid = r.uuid WHERE a.uuid IN %1"_s.arg(s_keys)
                            : u"SELECT content_hash FROM room_runs WHERE uuid IN %1"_s.arg(s_keys);
    QSqlQuery q(db);
    q.prepare(sql);
    bindKeys(q, sql, keys);
    if (!q.exec())
        return ResultsDatabase::failure(u"read the scenarios played"_s, q.lastError());
    QStringList hashes;
    while (q.next())
        hashes.append(q.value(0).toString());
    return hashes;
}

} // namespace outboxreading

} // namespace saskati
