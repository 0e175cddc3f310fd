#include "roomrecords.h"

#include "resultsdatabase.h"
#include "scenario.h"
#include "storerows_p.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

RoomRun roomRunFrom(const QSqlQuery &q)
{
    RoomRun r;
    r.uuid = q.value(0).toString();
    r.seminar = q.value(1).toString();
    r.scenarioId = q.value(2).toString();
    r.scenarioVersion = q.value(3).toInt();
    r.contentHash = q.value(4).toString();
    r.language = q.value(5).toString();
    r.started = storerows::fromIso(q.value(6));
    r.finished = storerows::fromIso(q.value(7));
    attemptStatusFromId(q.value(8).toString(), &r.status);
    r.score = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
    return r;
}

const QString s_roomRunColumns =
    u"uuid, seminar_uuid, scenario_id, scenario_version, content_hash, language, "
    u"started, finished, status, score"_s;

} // namespace

Result<RoomRun> RoomRecords::beginRoomRun(const QString &seminar, const Scenario &scenario,
                                          const QString &language)
{
    RoomRun r;
    r.uuid = storerows::newUuid();
    r.seminar = seminar;
    r.scenarioId = scenario.id;
    r.scenarioVersion = scenario.version;
    r.contentHash = QString::fromLatin1(scenario.contentHash());
    r.language = language;
    r.started = QDateTime::currentDateTimeUtc();
    ResultsDatabase::Transaction transaction(m_db);
    if (!transaction.isOpen())
        return transaction.began().error();
    if (Result<void> kept = storerows::keepScenarioSnapshot(m_db, scenario); !kept)
        return kept.error();
    if (Result<void> written = m_db.write(
            u"INSERT INTO room_runs (uuid, seminar_uuid, scenario_id, scenario_version, content_hash, "
            u"language, started, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {r.uuid, seminar, r.scenarioId, r.scenarioVersion, r.contentHash, language, isoTime(r.started),
             attemptStatusId(r.status)},
            u"start the seminar's scenario"_s);
        !written)
        return written.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return r;
}

Result<void> RoomRecords::appendRoomEvent(const QString &run, const Event &event)
{
    return m_db.write(
        u"INSERT INTO room_events (run_uuid, seq, time, type, payload) VALUES (?, ?, ?, ?, ?)"_s,
        {run, event.sequence, isoTime(event.timestamp), eventTypeId(event.type),
         storerows::compactJson(event.payload)},
        u"save the room's step"_s);
}

Result<void> RoomRecords::saveHandCount(const QString &run, int decision, const QString &scene,
                                        const QJsonObject &counts)
{
    return m_db.write(
        u"INSERT OR REPLACE INTO room_hand_counts (run_uuid, decision, scene, counts, time) "
        u"VALUES (?, ?, ?, ?, ?)"_s,
        {run, decision, scene, storerows::compactJson(counts), isoTime(QDateTime::currentDateTimeUtc())},
        u"save the show of hands"_s);
}

QList<HandCount> RoomRecords::handCounts(const QString &run)
{
    QList<HandCount> list;
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT decision, scene, counts FROM room_hand_counts WHERE run_uuid = ? ORDER BY decision"_s);
    q.addBindValue(run);
    q.exec();
    while (q.next())
        list.append(HandCount{q.value(0).toInt(), q.value(1).toString(),
                              QJsonDocument::fromJson(q.value(2).toByteArray()).object()});
    return list;
}

Result<void> RoomRecords::finishRoomRun(const QString &run, AttemptRecord::Status status,
                                        const QJsonObject &score, const QDateTime &finished)
{
    return m_db.write(
        u"UPDATE room_runs SET status = ?, score = ?, finished = ? WHERE uuid = ?"_s,
        {attemptStatusId(status), storerows::jsonOrNull(score), storerows::timeOrNull(finished), run},
        u"save the room's result"_s);
}

QList<RoomRun> RoomRecords::roomRuns(const QString &seminar)
{
    QList<RoomRun> list;
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT %1 FROM room_runs WHERE ? = '' OR seminar_uuid = ? ORDER BY started, uuid"_s.arg(
        s_roomRunColumns));
    const QString key = seminar.isNull() ? u""_s : seminar;
    q.addBindValue(key);
    q.addBindValue(key);
    q.exec();
    while (q.next())
        list.append(roomRunFrom(q));
    return list;
}

QList<RoomRun> RoomRecords::interruptedRoomRuns()
{
    QList<RoomRun> list;
    QSqlQuery q(m_db.database());
    q.exec(u"SELECT %1 FROM room_runs WHERE status = 'in-progress' ORDER BY started"_s.arg(s_roomRunColumns));
    while (q.next())
        list.append(roomRunFrom(q));
    return list;
}

Result<void> RoomRecords::closeInterruptedRoomRun(const QString &run)
{
    ResultsDatabase::Transaction transaction(m_db);
    const QString what = u"close the interrupted seminar"_s;
    if (!transaction.isOpen())
        return transaction.began();
    if (Result<void> closed = m_db.write(
            u"UPDATE room_runs SET status = 'interrupted', finished = ? WHERE uuid = ? AND status = "
            u"'in-progress'"_s,
            {isoTime(QDateTime::currentDateTimeUtc()), run}, what);
        !closed)
        return closed;
    if (Result<void> closed = m_db.write(
            u"UPDATE attempts SET status = 'interrupted', finished = ? WHERE room_run_uuid = ? AND "
            u"status = 'in-progress'"_s,
            {isoTime(QDateTime::currentDateTimeUtc()), run}, what);
        !closed)
        return closed;
    return transaction.commit();
}

Result<void> RoomRecords::addRoomMember(const QString &seminar, const RoomMemberRecord &member)
{
    return m_db.write(u"INSERT INTO room_members (seminar_uuid, member_id, token_hash, participant_uuid, "
                      u"language, joined) VALUES (?, ?, ?, ?, ?, ?)"_s,
                      {seminar, member.memberId, member.tokenHash, member.participant, member.language,
                       isoTime(QDateTime::currentDateTimeUtc())},
                      u"keep who joined the seminar"_s);
}

QList<RoomMemberRecord> RoomRecords::roomMembers(const QString &seminar)
{
    QList<RoomMemberRecord> list;
    QSqlQuery q(m_db.database());
    q.prepare(
        u"SELECT member_id, token_hash, participant_uuid, language FROM room_members WHERE seminar_uuid = ? "
        u"ORDER BY joined, member_id"_s);
    q.addBindValue(seminar);
    q.exec();
    while (q.next())
        list.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return list;
}

QList<Event> RoomRecords::roomEvents(const QString &run)
{
    return storerows::readEvents(
        m_db, u"SELECT seq, time, type, payload FROM room_events WHERE run_uuid = ? ORDER BY seq"_s, run);
}

QList<AttemptRecord> RoomRecords::roomAttempts(const QString &run)
{
    QList<AttemptRecord> list;
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT %1 FROM attempts WHERE room_run_uuid = ? ORDER BY started, uuid"_s.arg(
        storerows::attemptColumns()));
    q.addBindValue(run);
    q.exec();
    while (q.next())
        list.append(storerows::attemptFrom(q));
    return list;
}

} // namespace saskati
