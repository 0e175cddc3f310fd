#include "servermirror_p.h"

#include "mirrorrows.h"
#include "resultsstore.h"
#include "serverconnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// A PostgreSQL array literal of the keys, each quoted.
QString arrayLiteral(const QStringList &keys)
{
    QStringList quoted;
    for (QString key : keys)
        quoted.append(u'"' + key.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"');
    return u"{%1}"_s.arg(quoted.join(u','));
}

const QString s_rowsTable = mirrorrows::table();

using Set = ServerMirror::Set;

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

Result<MirrorReport> ServerMirror::refresh()
{
    MirrorReport report;
    m_stopped = false;
    QString snapshot;
    const Result<void> done = m_server.transaction([&]() -> Result<void> {
        // One picture of the server: every listing and copy sees the same committed rows.
        if (Result<void> set = m_server.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s,
                                             {}, u"start reading the server"_s);
            !set)
            return set;
        if (Result<void> same = startOverIfAnotherServer(&report); !same)
            return same;
        Result<QVariant> now =
            m_server.value(u"SELECT pg_current_snapshot()::text"_s, {}, u"read the server's snapshot"_s);
        if (!now)
            return now.error();
        snapshot = now->toString();
        report.fullPass = !chooseIncremental(snapshot);
        // Until this reading is complete, the copy is not as the server was at any one time.
        if (Result<void> cleared = m_mirror.setSetting(refreshedSetting(), {}); !cleared)
            return cleared;
        for (const Set &set : mirrorsets::all()) {
            if (Result<void> brought = bringSet(set, &report); !brought)
                return brought;
            if (m_stopped)
                return {};
        }
        return followErasures(&report);
    });
    if (!done)
        return done.error();
    if (m_stopped)
        return report;
    // Complete: the next reading lists what is written after this one's snapshot.
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const auto &[key, value] : {std::pair{refreshedSetting(), at}, {snapshotSetting(), snapshot}})
        if (Result<void> kept = m_mirror.setSetting(key, value); !kept)
            return kept.error();
    if (report.fullPass)
        if (Result<void> kept = m_mirror.setSetting(fullPassSetting(), at); !kept)
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
    Result<QVariant> kind =
        m_server.value(u"SELECT coalesce(saskati.my_kind(), '')"_s, {}, u"read the account"_s);
    if (!kind)
        return kind.error();
    if (kind->toString() == u"national")
        return Error::withCode(
            u"42501"_s, u"The account %1 is a national one: it reads the figures by municipality "
                        u"(saskati.national_results), not people's results. Read the server for the "
                        u"review with a coordinator's or lecturer's account."_s.arg(account->toString()));
    report->municipality = municipality->toString();
    const QString id = installation->toString(), who = account->toString();
    if (!isMirror(m_mirror)) {
        // A laptop's own results must never be emptied by mistake: a mirror is a file of its own.
        // Only a file with nothing in it becomes one: no people or seminars, no erasures still to send, no
        // directory corrections, no settings (a server, a coordinator's password).
        QSqlQuery q(m_mirror.database());
        if (!q.exec(
                u"SELECT (SELECT count(*) FROM participants) + (SELECT count(*) FROM seminars) + (SELECT "
                u"count(*) FROM sync_outbox) + (SELECT count(*) FROM erasures) + (SELECT count(*) FROM "
                u"institution_contacts) + (SELECT count(*) FROM scenario_snapshots) + (SELECT count(*) FROM "
                u"settings WHERE key NOT LIKE 'mirror.%')"_s) ||
            !q.next() || q.value(0).toLongLong() > 0)
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
        QSqlQuery truncate(m_mirror.database());
        truncate.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s); // what was deleted does not stay in the log
        // And the next reading is a full one.
        for (const QString &setting :
             {snapshotSetting(), fullPassSetting(), erasuresSetting(), refreshedSetting()})
            if (Result<void> cleared = m_mirror.setSetting(setting, {}); !cleared)
                return cleared;
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
    if (Result<void> kept = m_mirror.setSetting(serverSetting(), m_server.address().display()); !kept)
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

bool ServerMirror::chooseIncremental(const QString &now)
{
    // pg_snapshot's text: xmin:xmax:xip,... (64-bit transaction ids).
    static const QRegularExpression snapshotText(u"^\\d+:(\\d+):[\\d,]*$"_s);
    const QString since = m_mirror.setting(snapshotSetting());
    const QRegularExpressionMatch current = snapshotText.match(now);
    const QDateTime lastFull = QDateTime::fromString(m_mirror.setting(fullPassSetting()), Qt::ISODateWithMs);
    m_since.clear();
    if (m_forceFull || !snapshotText.match(since).hasMatch() || !current.hasMatch() || !lastFull.isValid() ||
        lastFull.secsTo(QDateTime::currentDateTimeUtc()) > 24 * 3600)
        return false;
    m_since = since;
    m_xmax = current.captured(1).toLongLong();
    return true;
}

QString ServerMirror::writtenSince(const QString &alias) const
{
    // A row's xmin is the 32-bit id of the transaction that wrote it; the snapshot's are 64-bit. The epoch is
    // this reading's: a row's id is at most this snapshot's xmax. A row too old for that reckoning (frozen
    // long ago) at worst comes again; a row written since the last reading is never taken for an older one.
    const qint64 epoch = m_xmax & ~qint64(0xFFFFFFFF);
    const QString full = u"(%1 + %2.xmin::text::bigint)"_s.arg(epoch).arg(alias);
    return u"NOT pg_visible_in_snapshot((CASE WHEN %1 >= %2 THEN greatest(0, %1 - 4294967296) ELSE %1 END)"
           u"::text::xid8, '%3'::pg_snapshot)"_s.arg(full)
               .arg(m_xmax)
               .arg(m_since);
}

Result<void> ServerMirror::followErasures(MirrorReport *report)
{
    QSqlQuery q(m_server.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT participant_uuid::text, seq FROM saskati.erasures WHERE seq > ? ORDER BY seq"_s);
    q.addBindValue(m_mirror.setting(erasuresSetting()).toLongLong());
    if (!q.exec())
        return m_server.fail(u"read the erasures"_s, q.lastError());
    qint64 seen = -1;
    QStringList erased;
    while (q.next()) {
        if (m_mirror.participant(q.value(0).toString()))
            erased.append(q.value(0).toString());
        seen = q.value(1).toLongLong();
    }
    if (!erased.isEmpty()) {
        if (Result<void> removed = removeGone(mirrorsets::participants(), erased); !removed)
            return removed;
        report->removed[u"participants"_s] += erased.size();
        if (Result<void> forgotten = forgetVanishedRows(report); !forgotten)
            return forgotten;
    }
    return seen < 0 ? Result<void>() : m_mirror.setSetting(erasuresSetting(), QString::number(seen));
}

Result<void> ServerMirror::forgetVanishedRows(MirrorReport *report)
{
    // Rows that went with others here (a person's attempts, a seminar's room runs and answers, by the foreign
    // keys): their versions go too, or a row shown again with the same version would never come back.
    for (const Set &set : mirrorsets::all()) {
        QSqlQuery q(m_mirror.database());
        if (!q.exec(u"DELETE FROM %1 WHERE set_name = '%2' AND key NOT IN (SELECT %3 FROM %4)"_s.arg(
                s_rowsTable, set.name, set.keyColumn, set.table)))
            return m_mirror.fail(u"note what went with the removed rows"_s, q.lastError());
        if (q.numRowsAffected() > 0)
            report->removed[set.name] += q.numRowsAffected();
    }
    return {};
}

Result<void> ServerMirror::bringSet(const Set &set, MirrorReport *report)
{
    // What the server shows now (in a reading after the last one, what was written since), and what the
    // mirror holds.
    const bool onlyWritten = !m_since.isEmpty() && !set.alias.isEmpty();
    QString listing = set.listing;
    if (onlyWritten)
        listing += u" AND (%1%2)"_s.arg(
            writtenSince(set.alias),
            set.alsoChanged.isEmpty() ? QString() : u" OR "_s + set.alsoChanged.arg(writtenSince(u"i"_s)));
    QMap<QString, QString> versions, municipalities;
    {
        QSqlQuery q(m_server.database());
        q.setForwardOnly(true);
        if (!q.exec(listing))
            return m_server.fail(u"list the server's %1"_s.arg(set.name), q.lastError());
        while (q.next()) {
            versions.insert(q.value(0).toString(), q.value(1).toString());
            municipalities.insert(q.value(0).toString(), q.value(2).toString());
        }
    }
    // Of the mirror's rows, those listed (a reading after the last: few) or all (a full pass: to find the
    // gone).
    QMap<QString, QString> held;
    {
        QSqlQuery q(m_mirror.database());
        q.prepare(onlyWritten
                      ? u"SELECT key, version FROM %1 WHERE set_name = ? AND key IN (SELECT value FROM "
                        u"json_each(?))"_s.arg(s_rowsTable)
                      : u"SELECT key, version FROM %1 WHERE set_name = ?"_s.arg(s_rowsTable));
        q.addBindValue(set.name);
        if (onlyWritten)
            q.addBindValue(jsonKeys(versions.keys()));
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
        if (!onlyWritten && !versions.contains(it.key()))
            gone.append(it.key());
    if (!gone.isEmpty()) {
        report->removed[set.name] += gone.size();
        if (Result<void> removed = removeGone(set, gone); !removed)
            return removed;
        if (Result<void> forgotten = forgetVanishedRows(report); !forgotten)
            return forgotten;
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
        if (table != u"participants"_s || !to.lastError().text().contains(u"participants.code"_s))
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
        // One already gone here (a reading cut off after the erasure, before its version was forgotten) is
        // done.
        for (const QString &person : keys)
            if (m_mirror.participant(person))
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
