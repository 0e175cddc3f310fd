#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace saskati {

/// One trainee action, as recorded in a playthrough's append-only log. The log is the truth: the runtime
/// state and the score are pure functions of (scenario, events).
struct Event {
    // Feedback: whether the question type of each conversation move is shown when it is taken (practice) or
    // only in the debrief (assessment); recorded at the start and whenever it is switched.
    enum class Type {
        Start,
        Flag,
        Unflag,
        Choose,
        SubmitReferral,
        Answer,
        StepBack,
        Abandon,
        Vote,
        Feedback
    };

    qint64 sequence = 0; // 1, 2, 3... without gaps
    QDateTime timestamp; // UTC; the only wall-clock input, and it never changes state
    Type type = Type::Start;
    QJsonObject payload;

    QJsonObject toJson() const;
    /// Reads an event written by toJson(); fails with a reason for anything else.
    static Result<Event> fromJson(const QJsonObject &json);
    bool operator==(const Event &) const = default;
};

/// The one time format of events, the results store and its exports: UTC, ISO 8601 with milliseconds and Z;
/// empty for an invalid time.
QString isoTime(const QDateTime &time);

QString eventTypeId(Event::Type type);
bool eventTypeFromId(const QString &id, Event::Type *type);

} // namespace saskati
