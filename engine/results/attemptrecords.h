#pragma once

#include "action.h"
#include "event.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace saskati {

class ResultsDatabase;
struct AttemptIndex;
struct Scenario;

struct AttemptRecord {
    /// Interrupted: a seminar's room run (and its attempts) that a crash stopped and the lecturer chose not
    /// to resume.
    enum class Status { InProgress, Completed, Abandoned, Interrupted };
    QString uuid;
    QString participant; // uuid
    QString seminar;     // uuid, or empty for solo practice
    PlayMode mode = PlayMode::Solo;
    QString scenarioId;
    int scenarioVersion = 0;
    QString contentHash;
    QString language;
    QDateTime started;
    QDateTime finished;
    Status status = Status::InProgress;
    QJsonObject score; // the final breakdown, when finished
    QString roomRun;   // the seminar room's run this attempt followed (seminar participants), or empty
};
QString attemptStatusId(AttemptRecord::Status status);
bool attemptStatusFromId(const QString &id, AttemptRecord::Status *status);

/// Attempts and their append-only event logs, with the snapshot of each scenario file as played. An event
/// is durable when appendEvent() returns (synchronous=FULL). A part of ResultsStore; it works on any open
/// ResultsDatabase.
class AttemptRecords {
public:
    explicit AttemptRecords(ResultsDatabase &db)
        : m_db(db)
    {}
    AttemptRecords(const AttemptRecords &) = delete; // a part lives on its database, inside its store
    AttemptRecords &operator=(const AttemptRecords &) = delete;

    Result<AttemptRecord> beginAttempt(const QString &participant, const QString &seminar, PlayMode mode,
                                       const Scenario &scenario, const QString &language,
                                       const QString &roomRun = {});
    /// Commits one event; succeeds only once it is durable on disk.
    Result<void> appendEvent(const QString &attempt, const Event &event);
    /// Saves the result and, for the coordinator's review, what the attempt contributes (`index`), together.
    Result<void> finishAttempt(const QString &attempt, AttemptRecord::Status status, const QJsonObject &score,
                               const QDateTime &finished, const AttemptIndex *index = nullptr);
    QList<AttemptRecord> attempts(const QString &participant = {});
    std::optional<AttemptRecord> attempt(const QString &uuid);
    /// Attempts still "in progress": interrupted by a crash (or open in another window).
    QList<AttemptRecord> interruptedAttempts();
    QList<Event> events(const QString &attempt);
    /// The scenario file exactly as it was played, by content hash.
    QByteArray scenarioSnapshot(const QString &contentHash);

private:
    ResultsDatabase &m_db;
};

} // namespace saskati
