#pragma once

// How the parts of the results store turn rows into records and back: shared by the record classes; internal
// to the results chapter (_p.h).

#include "attemptrecords.h"
#include "event.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace saskati {

class ResultsDatabase;
struct Scenario;

namespace storerows {

/// A stored time (ISO 8601 with milliseconds) as UTC; invalid when empty.
QDateTime fromIso(const QVariant &value);
QString newUuid();
/// JSON as stored in a text column: compact UTF-8.
QString compactJson(const QJsonObject &object);
/// An object as a nullable column: NULL when empty (no score yet).
QVariant jsonOrNull(const QJsonObject &object);
QVariant timeOrNull(const QDateTime &time);
/// A uuid column that may be empty: NULL then, so that a foreign key is not violated by ''.
QVariant uuidOrNull(const QString &uuid);

/// The columns attemptFrom() reads, in its order.
QString attemptColumns();
AttemptRecord attemptFrom(const QSqlQuery &q);

/// The scenario file as played, once per content hash: results stay explainable after the file changes.
Result<void> keepScenarioSnapshot(ResultsDatabase &db, const Scenario &scenario);
/// Events of one attempt or room run: `sql` selects seq, time, type, payload for one bound owner.
QList<Event> readEvents(ResultsDatabase &db, const QString &sql, const QString &owner);

} // namespace storerows
} // namespace saskati
