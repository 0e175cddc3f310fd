#include "servermirror.h"

#include "resultsstore.h"
#include "serverconnection.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// The server keeps times as timestamptz; the laptop's files as "YYYY-MM-DDTHH:MM:SS.mmmZ" (UTC), which the
// review reads by position: given back in exactly that form.
QString utc(const QString &column)
{
    return u"to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s.arg(column);
}

// A PostgreSQL array literal of the keys, each quoted.
QString arrayLiteral(const QStringList &keys)
{
    QStringList quoted;
    for (QString key : keys)
        quoted.append(u'"' + key.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"');
    return u"{%1}"_s.arg(quoted.join(u','));
}

// A row that hangs under a person comes only with the person: a lecturer may see an attempt of someone
// another lecturer sent first, and the mirror's foreign keys need the person.
const QString s_personVisible = u"EXISTS (SELECT 1 FROM saskati.participants p WHERE p.uuid = %1)"_s;
const QString s_seminarVisible = u"EXISTS (SELECT 1 FROM saskati.seminars s WHERE s.uuid = %1)"_s;
const QString s_runVisible = u"EXISTS (SELECT 1 FROM saskati.room_runs r WHERE r.uuid = %1)"_s;

const QString s_rowsTable = u"mirror_rows"_s;

} // namespace

/// One kind of row the mirror keeps: how the server lists every visible one with its version (key, version,
/// municipality), and how a piece of them is copied (the set's own table, then the rows under it).
struct ServerMirror::Set {
    struct Copy {
        QString sql; // one parameter: the keys as an array
        QString table;
        QStringList columns;
        bool upsert = false; // the set's own rows; rows under them are removed and copied again
    };
    QString name;
    QString listing;
    QString table, keyColumn; // where a row the server no longer shows is removed
    QList<Copy> copies;
};

namespace {

using Set = ServerMirror::Set;

QStringList columns(const QString &names)
{
    return names.split(u' ');
}

// Scenarios as played, people and seminars: the rows others hang under.
QList<Set> peopleAndSeminars()
{
    return {
        // Scenarios as played: no personal data, every account reads them; they never change.
        {u"snapshots"_s,
         u"SELECT content_hash, '1', '' FROM saskati.scenario_snapshots"_s,
         u"scenario_snapshots"_s,
         u"content_hash"_s,
         {{u"SELECT content_hash, scenario_id, version, source FROM saskati.scenario_snapshots WHERE "
           u"content_hash = ANY(?::text[])"_s,
           u"scenario_snapshots"_s, columns(u"content_hash scenario_id version source"_s), true}}},
        {u"participants"_s,
         u"SELECT uuid::text, xmin::text, municipality FROM saskati.participants"_s,
         u"participants"_s,
         u"uuid"_s,
         {{u"SELECT uuid::text, display_name, code, role, %1 FROM saskati.participants WHERE uuid = "
           u"ANY(?::uuid[])"_s.arg(utc(u"created"_s)),
           u"participants"_s, columns(u"uuid display_name code role created"_s), true}}},
        {u"seminars"_s,
         u"SELECT uuid::text, xmin::text, municipality FROM saskati.seminars"_s,
         u"seminars"_s,
         u"uuid"_s,
         {{u"SELECT uuid::text, title, to_char(date, 'YYYY-MM-DD'), place, lecturer, audience, scenarios, "
           u"notes, %1 FROM saskati.seminars WHERE uuid = ANY(?::uuid[])"_s.arg(utc(u"created"_s)),
           u"seminars"_s, columns(u"uuid title date place lecturer audience scenarios notes created"_s),
           true}}},
    };
}

// Seminar rooms' runs and attempts, with everything under them.
QList<Set> roomsAndAttempts()
{
    const QString attemptColumns = u"uuid participant_uuid seminar_uuid mode scenario_id scenario_version "
                                   u"content_hash started finished status score language room_run_uuid "
                                   u"percent total feedback"_s;
    const QString runColumns =
        u"uuid seminar_uuid scenario_id scenario_version content_hash language started "
        u"finished status score"_s;
    return {
        {u"room_runs"_s,
         u"SELECT uuid::text, xmin::text, municipality FROM saskati.room_runs r WHERE %1"_s.arg(
             s_seminarVisible.arg(u"r.seminar_uuid"_s)),
         u"room_runs"_s,
         u"uuid"_s,
         {{u"SELECT uuid::text, seminar_uuid::text, scenario_id, scenario_version, content_hash, language, "
           u"%1, "
           u"%2, status, score FROM saskati.room_runs WHERE uuid = ANY(?::uuid[])"_s.arg(utc(u"started"_s),
                                                                                         utc(u"finished"_s)),
           u"room_runs"_s, columns(runColumns), true},
          {u"SELECT run_uuid::text, seq, %1, type, payload FROM saskati.room_events WHERE run_uuid = "
           u"ANY(?::uuid[]) ORDER BY 1, 2"_s.arg(utc(u"time"_s)),
           u"room_events"_s, columns(u"run_uuid seq time type payload"_s)},
          {u"SELECT run_uuid::text, decision, scene, counts, %1 FROM saskati.room_hand_counts WHERE run_uuid "
           u"= ANY(?::uuid[]) ORDER BY 1, 2"_s.arg(utc(u"time"_s)),
           u"room_hand_counts"_s, columns(u"run_uuid decision scene counts time"_s)}}},
        // An attempt indexed again on a laptop may rewrite its review rows and not the attempt: their
        // versions are part of its own.
        {u"attempts"_s,
         u"SELECT uuid::text, xmin::text || '/' || coalesce((SELECT sum(i.xmin::text::bigint) FROM "
         u"saskati.attempt_items i WHERE i.attempt_uuid = a.uuid), 0)::text || '/' || coalesce((SELECT "
         u"sum(i.xmin::text::bigint) FROM saskati.attempt_indicators i WHERE i.attempt_uuid = a.uuid), "
         u"0)::text, municipality FROM saskati.attempts a WHERE %1"_s.arg(
             s_personVisible.arg(u"a.participant_uuid"_s)),
         u"attempts"_s,
         u"uuid"_s,
         {{u"SELECT uuid::text, participant_uuid::text, CASE WHEN %1 THEN seminar_uuid::text END, mode, "
           u"scenario_id, scenario_version, content_hash, %2, %3, status, score, language, CASE WHEN %4 "
           u"THEN room_run_uuid::text END, percent, total, feedback FROM saskati.attempts a WHERE uuid = "
           u"ANY(?::uuid[])"_s.arg(s_seminarVisible.arg(u"a.seminar_uuid"_s), utc(u"started"_s),
                                   utc(u"finished"_s), s_runVisible.arg(u"a.room_run_uuid"_s)),
           u"attempts"_s, columns(attemptColumns), true},
          {u"SELECT attempt_uuid::text, seq, %1, type, payload FROM saskati.events WHERE attempt_uuid = "
           u"ANY(?::uuid[]) ORDER BY 1, 2"_s.arg(utc(u"time"_s)),
           u"events"_s, columns(u"attempt_uuid seq time type payload"_s)},
          {u"SELECT attempt_uuid::text, item, mark, max, answer FROM saskati.attempt_items WHERE "
           u"attempt_uuid = ANY(?::uuid[]) ORDER BY 1, 2"_s,
           u"attempt_items"_s, columns(u"attempt_uuid item mark max answer"_s)},
          {u"SELECT attempt_uuid::text, indicator, present, found, false_named FROM "
           u"saskati.attempt_indicators WHERE attempt_uuid = ANY(?::uuid[]) ORDER BY 1, 2"_s,
           u"attempt_indicators"_s, columns(u"attempt_uuid indicator present found false_named"_s)}}},
    };
}

QList<Set> knowledgeChecks()
{
    return {
        // A seminar's knowledge-check answers arrive after the seminar, from several laptops: versioned as a
        // whole (how many, and the sum of their row versions).
        {u"knowledge"_s,
         u"SELECT seminar_uuid::text, count(*)::text || '/' || sum(xmin::text::bigint)::text, '' FROM "
         u"saskati.knowledge_answers k WHERE %1 GROUP BY 1"_s.arg(
             s_personVisible.arg(u"k.participant_uuid"_s)),
         u"knowledge_answers"_s,
         u"seminar_uuid"_s,
         {{u"SELECT seminar_uuid::text, participant_uuid::text, round, check_id, question_id, option_id, "
           u"correct, %1 FROM saskati.knowledge_answers k WHERE seminar_uuid = ANY(?::uuid[]) AND %2 "
           u"ORDER BY 1, 2, 3, 5"_s.arg(utc(u"answered"_s), s_personVisible.arg(u"k.participant_uuid"_s)),
           u"knowledge_answers"_s,
           columns(
               u"seminar_uuid participant_uuid round check_id question_id option_id correct answered"_s)}}},
        {u"key_shown"_s,
         u"SELECT seminar_uuid::text, xmin::text, '' FROM saskati.knowledge_key_shown"_s,
         u"knowledge_key_shown"_s,
         u"seminar_uuid"_s,
         {{u"SELECT seminar_uuid::text, %1 FROM saskati.knowledge_key_shown WHERE seminar_uuid = "
           u"ANY(?::uuid[])"_s.arg(utc(u"shown"_s)),
           u"knowledge_key_shown"_s, columns(u"seminar_uuid shown"_s)}}},
    };
}

// In the order the mirror's foreign keys need them.
QList<Set> mirroredSets()
{
    return peopleAndSeminars() + roomsAndAttempts() + knowledgeChecks();
}

QString insertStatement(const QString &table, const QStringList &columns, bool upsert)
{
    QStringList marks, updates;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        marks.append(u"?"_s);
        if (i > 0)
            updates.append(u"%1 = excluded.%1"_s.arg(columns.at(i)));
    }
    QString sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s));
    if (upsert)
        sql += updates.isEmpty()
                   ? u" ON CONFLICT DO NOTHING"_s
                   : u" ON CONFLICT (%1) DO UPDATE SET %2"_s.arg(columns.first(), updates.join(u", "_s));
    return sql;
}

// The keys of a piece, bound as one JSON array on the SQLite side.
QString jsonKeys(const QStringList &keys)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
}

} // namespace

QString MirrorReport::toText() const
{
    QString text;
    if (startedOver)
        text += u"another server or account than last time: the mirror started over\n"_s;
    const auto list = [&](const char *what, const QMap<QString, qint64> &counts) {
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            text += u"%1 %2: %3\n"_s.arg(QLatin1StringView(what), it.key()).arg(it.value());
    };
    list("added", added);
    list("changed", changed);
    list("removed", removed);
    if (added.isEmpty() && changed.isEmpty() && removed.isEmpty())
        text += u"nothing new on the server\n"_s;
    return text;
}

ServerMirror::ServerMirror(ResultsStore &mirror, ServerConnection &server)
    : m_mirror(mirror)
    , m_server(server)
{}

QString ServerMirror::installationSetting()
{
    return u"mirror.installation"_s;
}

QString ServerMirror::accountSetting()
{
    return u"mirror.account"_s;
}

QString ServerMirror::refreshedSetting()
{
    return u"mirror.refreshed"_s;
}

QString ServerMirror::municipalitiesSetting()
{
    return u"mirror.municipalities"_s;
}

QString ServerMirror::pathBeside(const QString &resultsPath)
{
    const QFileInfo results(resultsPath);
    return results.dir().filePath(results.completeBaseName() + u".server-copy.sqlite"_s);
}

bool ServerMirror::isMirror(ResultsStore &store)
{
    return !store.setting(installationSetting()).isEmpty();
}

Result<MirrorReport> ServerMirror::refresh()
{
    MirrorReport report;
    m_stopped = false;
    const Result<void> done = m_server.transaction([&]() -> Result<void> {
        // One picture of the server: every listing and copy sees the same committed rows.
        if (Result<void> set = m_server.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s,
                                             {}, u"start reading the server"_s);
            !set)
            return set;
        if (Result<void> same = startOverIfAnotherServer(&report); !same)
            return same;
        for (const Set &set : mirroredSets()) {
            if (Result<void> brought = bringSet(set, &report); !brought)
                return brought;
            if (m_stopped)
                return {};
        }
        return {};
    });
    if (!done)
        return done.error();
    if (!m_stopped)
        if (Result<void> kept = m_mirror.setSetting(
                refreshedSetting(), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            !kept)
            return kept.error();
    return report;
}

Result<void> ServerMirror::startOverIfAnotherServer(MirrorReport *report)
{
    Result<QVariant> installation =
        m_server.value(u"SELECT id::text FROM saskati.installation"_s, {}, u"read the server's identity"_s);
    if (!installation)
        return installation.error();
    Result<QVariant> account = m_server.value(u"SELECT session_user::text"_s, {}, u"read the account"_s);
    if (!account)
        return account.error();
    Result<QVariant> municipality =
        m_server.value(u"SELECT coalesce(saskati.my_municipality(), '')"_s, {}, u"read the account"_s);
    if (!municipality)
        return municipality.error();
    report->municipality = municipality->toString();
    const QString id = installation->toString(), who = account->toString();
    if (!isMirror(m_mirror)) {
        // A laptop's own results must never be emptied by mistake: a mirror is a file of its own.
        QSqlQuery q(m_mirror.database());
        if (q.exec(u"SELECT (SELECT count(*) FROM participants) + (SELECT count(*) FROM seminars)"_s) &&
            q.next() && q.value(0).toLongLong() > 0)
            return Error::withCode(u"not-a-mirror"_s,
                                   u"%1 holds results recorded on this computer, not a copy of a server's. "
                                   u"Give the server's copy a file of its own."_s.arg(m_mirror.path()));
    } else if (m_mirror.setting(installationSetting()) != id || m_mirror.setting(accountSetting()) != who) {
        // Another server or account may see other people: nothing of the old picture stays.
        report->startedOver = true;
        for (const QString &sql :
             {u"DELETE FROM participants"_s, u"DELETE FROM seminars"_s, u"DELETE FROM scenario_snapshots"_s,
              u"DELETE FROM %1"_s.arg(s_rowsTable), u"DELETE FROM sync_outbox"_s, u"DELETE FROM erasures"_s})
            if (Result<void> emptied = m_mirror.execute(sql); !emptied)
                return emptied;
    }
    if (Result<void> made = m_mirror.execute(
            u"CREATE TABLE IF NOT EXISTS %1 (set_name TEXT NOT NULL, key TEXT NOT NULL, version TEXT NOT "
            u"NULL, "
            u"municipality TEXT NOT NULL DEFAULT '', PRIMARY KEY (set_name, key)) WITHOUT ROWID"_s.arg(
                s_rowsTable));
        !made)
        return made;
    if (Result<void> kept = m_mirror.setSetting(installationSetting(), id); !kept)
        return kept;
    if (Result<void> kept = m_mirror.setSetting(accountSetting(), who); !kept)
        return kept;
    // The municipalities' names, for the review's filter (ids are what the rows carry).
    QSqlQuery q(m_server.database());
    if (!q.exec(u"SELECT id, name FROM saskati.municipalities"_s))
        return m_server.fail(u"read the municipalities"_s, q.lastError());
    QJsonObject names;
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    return m_mirror.setSetting(municipalitiesSetting(),
                               QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)));
}

Result<void> ServerMirror::bringSet(const Set &set, MirrorReport *report)
{
    // What the server shows now, and what the mirror holds.
    QMap<QString, QString> versions, municipalities;
    {
        QSqlQuery q(m_server.database());
        q.setForwardOnly(true);
        if (!q.exec(set.listing))
            return m_server.fail(u"list the server's %1"_s.arg(set.name), q.lastError());
        while (q.next()) {
            versions.insert(q.value(0).toString(), q.value(1).toString());
            municipalities.insert(q.value(0).toString(), q.value(2).toString());
        }
    }
    QMap<QString, QString> held;
    {
        QSqlQuery q(m_mirror.database());
        q.prepare(u"SELECT key, version FROM %1 WHERE set_name = ?"_s.arg(s_rowsTable));
        q.addBindValue(set.name);
        if (!q.exec())
            return m_mirror.fail(u"read the mirror's rows"_s, q.lastError());
        while (q.next())
            held.insert(q.value(0).toString(), q.value(1).toString());
    }
    QStringList bring, gone;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        const auto there = held.constFind(it.key());
        if (there == held.cend())
            ++report->added[set.name], bring.append(it.key());
        else if (*there != it.value())
            ++report->changed[set.name], bring.append(it.key());
    }
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        if (!versions.contains(it.key()))
            gone.append(it.key());
    if (!gone.isEmpty()) {
        report->removed[set.name] += gone.size();
        if (Result<void> removed = removeGone(set, gone); !removed)
            return removed;
    }
    for (qsizetype i = 0; i < bring.size(); i += m_piece) {
        if (Result<void> brought = bringPiece(set, bring.mid(i, m_piece), versions, municipalities); !brought)
            return brought;
        if (m_progress && !m_progress(*report)) {
            m_stopped = true;
            break;
        }
    }
    return {};
}

Result<void> ServerMirror::bringPiece(const Set &set, const QStringList &keys,
                                      const QMap<QString, QString> &versions,
                                      const QMap<QString, QString> &municipalities)
{
    ResultsDatabase::Transaction transaction(m_mirror);
    if (!transaction.isOpen())
        return transaction.began();
    const QString json = jsonKeys(keys);
    for (const Set::Copy &copy : set.copies) {
        if (!copy.upsert) {
            // Rows under a changed one come again whole: the server may have rewritten them.
            QSqlQuery q(m_mirror.database());
            q.prepare(u"DELETE FROM %1 WHERE %2 IN (SELECT value FROM json_each(?))"_s.arg(
                copy.table, copy.columns.first()));
            q.addBindValue(json);
            if (!q.exec())
                return m_mirror.fail(u"replace the mirror's %1"_s.arg(copy.table), q.lastError());
        }
        if (Result<void> copied = copyRows(copy.sql, keys, copy.table, copy.columns, copy.upsert); !copied)
            return copied;
    }
    QSqlQuery q(m_mirror.database());
    q.prepare(
        u"INSERT INTO %1 (set_name, key, version, municipality) VALUES (?, ?, ?, ?) ON CONFLICT "
        u"(set_name, key) DO UPDATE SET version = excluded.version, municipality = excluded.municipality"_s
            .arg(s_rowsTable));
    for (const QString &key : keys) {
        q.addBindValue(set.name);
        q.addBindValue(key);
        q.addBindValue(versions.value(key));
        q.addBindValue(municipalities.value(key));
        if (!q.exec())
            return m_mirror.fail(u"note the mirror's rows"_s, q.lastError());
    }
    q.finish();
    // The store's own triggers queue every row for a sync; a mirror is never sent.
    for (const QString &sql : {u"DELETE FROM sync_outbox"_s, u"DELETE FROM erasures"_s})
        if (Result<void> cleared = m_mirror.execute(sql); !cleared)
            return cleared;
    return transaction.commit();
}

Result<void> ServerMirror::copyRows(const QString &serverSql, const QStringList &keys, const QString &table,
                                    const QStringList &columns, bool upsert)
{
    QSqlQuery from(m_server.database());
    from.setForwardOnly(true);
    if (!from.prepare(serverSql))
        return m_server.fail(u"read the server's %1"_s.arg(table), from.lastError());
    from.addBindValue(arrayLiteral(keys));
    if (!from.exec())
        return m_server.fail(u"read the server's %1"_s.arg(table), from.lastError());
    QSqlQuery to(m_mirror.database());
    if (!to.prepare(insertStatement(table, columns, upsert)))
        return m_mirror.fail(u"copy the server's %1"_s.arg(table), to.lastError());
    while (from.next()) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            to.addBindValue(from.value(int(i)));
        if (to.exec())
            continue;
        // Codes are six random characters drawn free on each laptop: two laptops' people may share one,
        // which a results file does not allow. The second is told apart by the start of their uuid.
        if (table != u"participants"_s)
            return m_mirror.fail(u"copy the server's %1"_s.arg(table), to.lastError());
        for (qsizetype i = 0; i < columns.size(); ++i)
            to.addBindValue(columns.at(i) == u"code"_s
                                ? QVariant(QString(from.value(int(i)).toString() + u'~' +
                                                   from.value(0).toString().left(4)))
                                : from.value(int(i)));
        if (!to.exec())
            return m_mirror.fail(u"copy the server's %1"_s.arg(table), to.lastError());
    }
    return {};
}

Result<void> ServerMirror::removeGone(const Set &set, const QStringList &keys)
{
    if (set.name == u"participants"_s) {
        // A person erased on the server leaves nothing here either: the store's erasure reaches its backups
        // and write-ahead log.
        for (const QString &person : keys)
            if (Result<void> erased = m_mirror.eraseParticipant(person); !erased)
                return erased;
    } else {
        QSqlQuery q(m_mirror.database());
        q.prepare(
            u"DELETE FROM %1 WHERE %2 IN (SELECT value FROM json_each(?))"_s.arg(set.table, set.keyColumn));
        q.addBindValue(jsonKeys(keys));
        if (!q.exec())
            return m_mirror.fail(u"remove what the server no longer shows"_s, q.lastError());
    }
    QSqlQuery q(m_mirror.database());
    q.prepare(
        u"DELETE FROM %1 WHERE set_name = ? AND key IN (SELECT value FROM json_each(?))"_s.arg(s_rowsTable));
    q.addBindValue(set.name);
    q.addBindValue(jsonKeys(keys));
    if (!q.exec())
        return m_mirror.fail(u"remove what the server no longer shows"_s, q.lastError());
    for (const QString &sql : {u"DELETE FROM sync_outbox"_s, u"DELETE FROM erasures"_s})
        if (Result<void> cleared = m_mirror.execute(sql); !cleared)
            return cleared;
    return {};
}

} // namespace saskati
