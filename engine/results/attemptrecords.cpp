#include "attemptrecords.h"

#include "resultsdatabase.h"
#include "reviewrows.h"
#include "scenario.h"
#include "storerows_p.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

QString attemptStatusId(AttemptRecord::Status status)
{
    switch (status) {
    case AttemptRecord::Status::InProgress:
        return u"in-progress"_s;
    case AttemptRecord::Status::Completed:
        return u"completed"_s;
    case AttemptRecord::Status::Abandoned:
        return u"abandoned"_s;
    case AttemptRecord::Status::Interrupted:
        return u"interrupted"_s;
    }
    return {};
}

bool attemptStatusFromId(const QString &id, AttemptRecord::Status *status)
{
    if (id == u"in-progress")
        *status = AttemptRecord::Status::InProgress;
    else if (id == u"completed")
        *status = AttemptRecord::Status::Completed;
    else if (id == u"abandoned")
        *status = AttemptRecord::Status::Abandoned;
    else if (id == u"interrupted")
        *status = AttemptRecord::Status::Interrupted;
    else
        return false;
    return true;
}

Result<AttemptRecord> AttemptRecords::beginAttempt(const QString &participant, const QString &seminar,
                                                   PlayMode mode, const Scenario &scenario,
                                                   const QString &language, const QString &roomRun)
{
    AttemptRecord a;
    a.roomRun = roomRun;
    a.uuid = storerows::newUuid();
    a.participant = participant;
    a.seminar = seminar;
    a.mode = mode;
    a.scenarioId = scenario.id;
    a.scenarioVersion = scenario.version;
    a.contentHash = QString::fromLatin1(scenario.contentHash());
    a.language = language;
    a.started = QDateTime::currentDateTimeUtc();
    ResultsDatabase::Transaction transaction(m_db);
    if (!transaction.isOpen())
        return transaction.began().error();
    if (Result<void> kept = storerows::keepScenarioSnapshot(m_db, scenario); !kept)
        return kept.error();
    if (Result<void> written =
            m_db.write(u"INSERT INTO attempts (uuid, participant_uuid, seminar_uuid, mode, scenario_id, "
                       u"scenario_version, content_hash, started, status, language, room_run_uuid) "
                       u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {a.uuid, participant, storerows::uuidOrNull(seminar), playModeId(mode), a.scenarioId,
                        a.scenarioVersion, a.contentHash, isoTime(a.started), attemptStatusId(a.status),
                        language, storerows::uuidOrNull(roomRun)},
                       u"start the attempt"_s);
        !written)
        return written.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return a;
}

Result<void> AttemptRecords::appendEvent(const QString &attempt, const Event &event)
{
    const QString what = u"save the action"_s;
    const Result<QSqlQuery *> prepared = m_db.prepared(
        u"INSERT INTO events (attempt_uuid, seq, time, type, payload) VALUES (?, ?, ?, ?, ?)"_s, what);
    if (!prepared)
        return prepared.error();
    QSqlQuery *q = *prepared;
    // One statement is one transaction: once exec() returns, the event is on disk (synchronous=FULL).
    q->bindValue(0, attempt);
    q->bindValue(1, event.sequence);
    q->bindValue(2, isoTime(event.timestamp));
    q->bindValue(3, eventTypeId(event.type));
    q->bindValue(4, storerows::compactJson(event.payload));
    const bool ok = q->exec();
    q->finish(); // release the statement so that checkpoints and backups are not blocked
    if (!ok)
        return m_db.fail(what, q->lastError());
    return {};
}

Result<void> AttemptRecords::finishAttempt(const QString &attempt, AttemptRecord::Status status,
                                           const QJsonObject &score, const QDateTime &finished,
                                           const AttemptIndex *index)
{
    ResultsDatabase::Transaction transaction(m_db);
    if (!transaction.isOpen())
        return transaction.began();
    if (Result<void> written = m_db.write(
            u"UPDATE attempts SET status = ?, score = ?, finished = ?, percent = ?, total = ? WHERE uuid = ?"_s,
            {attemptStatusId(status), storerows::jsonOrNull(score), storerows::timeOrNull(finished),
             score.isEmpty() ? QVariant() : QVariant(score.value(u"percent"_s).toInt()),
             score.isEmpty() ? QVariant() : QVariant(score.value(u"total"_s).toDouble()), attempt},
            u"save the result"_s);
        !written)
        return written;
    if (Result<void> indexed = ReviewRows(m_db).writeIndex(attempt, index); !indexed)
        return indexed;
    return transaction.commit();
}

QList<AttemptRecord> AttemptRecords::attempts(const QString &participant)
{
    QList<AttemptRecord> list;
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT %1 FROM attempts WHERE ? = '' OR participant_uuid = ? ORDER BY started, uuid"_s.arg(
        storerows::attemptColumns()));
    const QString key = participant.isNull() ? u""_s : participant; // a null QString would bind as SQL NULL
    q.addBindValue(key);
    q.addBindValue(key);
    q.exec();
    while (q.next())
        list.append(storerows::attemptFrom(q));
    return list;
}

std::optional<AttemptRecord> AttemptRecords::attempt(const QString &uuid)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT %1 FROM attempts WHERE uuid = ?"_s.arg(storerows::attemptColumns()));
    q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return storerows::attemptFrom(q);
}

QList<AttemptRecord> AttemptRecords::interruptedAttempts()
{
    QList<AttemptRecord> list;
    QSqlQuery q(m_db.database());
    q.exec(u"SELECT %1 FROM attempts WHERE status = 'in-progress' ORDER BY started"_s.arg(
        storerows::attemptColumns()));
    while (q.next())
        list.append(storerows::attemptFrom(q));
    return list;
}

QList<Event> AttemptRecords::events(const QString &attempt)
{
    return storerows::readEvents(
        m_db, u"SELECT seq, time, type, payload FROM events WHERE attempt_uuid = ? ORDER BY seq"_s, attempt);
}

QByteArray AttemptRecords::scenarioSnapshot(const QString &contentHash)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT source FROM scenario_snapshots WHERE content_hash = ?"_s);
    q.addBindValue(contentHash);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

} // namespace saskati
