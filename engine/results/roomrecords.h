#pragma once

#include "attemptrecords.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace saskati {

class ResultsDatabase;
struct Scenario;

/// One scenario played by a seminar room: the room's own playthrough (its path), stored like an attempt.
struct RoomRun {
    QString uuid;
    QString seminar;
    QString scenarioId;
    int scenarioVersion = 0;
    QString contentHash;
    QString language;
    QDateTime started;
    QDateTime finished;
    AttemptRecord::Status status = AttemptRecord::Status::InProgress;
    QJsonObject score; // the room's score (majority answers), when finished
};

/// A phone in a seminar room, kept so that the room can resume after a crash: the phone's resume token is
/// kept only as its hash.
struct RoomMemberRecord {
    QString memberId;
    QString tokenHash; // hex SHA-256 of the token
    QString participant;
    QString language;
};

/// A show of hands the lecturer typed in for one decision of a room run: option id -> number of hands.
struct HandCount {
    int decision = 0; // the room's decision number, 1, 2, 3...
    QString scene;
    QJsonObject counts;
};

/// What seminar rooms played (docs/seminar-protocol.md, docs/results-store.md): each room run with its event
/// log, the shows of hands, who joined from which phone, and the attempts that followed the room. A part of
/// ResultsStore; it works on any open ResultsDatabase.
class RoomRecords {
public:
    explicit RoomRecords(ResultsDatabase &db)
        : m_db(db)
    {}
    RoomRecords(const RoomRecords &) = delete; // a part lives on its database, inside its store
    RoomRecords &operator=(const RoomRecords &) = delete;

    Result<RoomRun> beginRoomRun(const QString &seminar, const Scenario &scenario, const QString &language);
    Result<void> appendRoomEvent(const QString &run, const Event &event);
    Result<void> finishRoomRun(const QString &run, AttemptRecord::Status status, const QJsonObject &score,
                               const QDateTime &finished);
    Result<void> saveHandCount(const QString &run, int decision, const QString &scene,
                               const QJsonObject &counts);
    QList<HandCount> handCounts(const QString &run);
    QList<RoomRun> roomRuns(const QString &seminar = {});
    /// Room runs still "in progress": their app was killed or crashed (or is running in another window).
    QList<RoomRun> interruptedRoomRuns();
    /// A room run not resumed: it and its attempts still in progress become "interrupted", together.
    Result<void> closeInterruptedRoomRun(const QString &run);
    Result<void> addRoomMember(const QString &seminar, const RoomMemberRecord &member);
    QList<RoomMemberRecord> roomMembers(const QString &seminar);
    QList<Event> roomEvents(const QString &run);
    QList<AttemptRecord> roomAttempts(const QString &run);

private:
    ResultsDatabase &m_db;
};

} // namespace saskati
