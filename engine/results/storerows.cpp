#include "storerows_p.h"

#include "resultsdatabase.h"
#include "scenario.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace saskati::storerows {

QDateTime fromIso(const QVariant &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant jsonOrNull(const QJsonObject &object)
{
    return object.isEmpty() ? QVariant() : QVariant(compactJson(object));
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(isoTime(time)) : QVariant();
}

QVariant uuidOrNull(const QString &uuid)
{
    return uuid.isEmpty() ? QVariant() : QVariant(uuid);
}

QString attemptColumns()
{
    return u"uuid, participant_uuid, seminar_uuid, mode, scenario_id, scenario_version, content_hash, "
           u"started, "
           u"finished, status, score, language, room_run_uuid"_s;
}

AttemptRecord attemptFrom(const QSqlQuery &q)
{
    AttemptRecord a;
    a.uuid = q.value(0).toString();
    a.participant = q.value(1).toString();
    a.seminar = q.value(2).toString();
    playModeFromId(q.value(3).toString(), &a.mode);
    a.scenarioId = q.value(4).toString();
    a.scenarioVersion = q.value(5).toInt();
    a.contentHash = q.value(6).toString();
    a.started = fromIso(q.value(7));
    a.finished = fromIso(q.value(8));
    attemptStatusFromId(q.value(9).toString(), &a.status);
    a.score = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
    a.language = q.value(11).toString();
    a.roomRun = q.value(12).toString();
    return a;
}

Result<void> keepScenarioSnapshot(ResultsDatabase &db, const Scenario &scenario)
{
    return db.write(
        u"INSERT OR IGNORE INTO scenario_snapshots (content_hash, scenario_id, version, source) VALUES (?, ?, ?, ?)"_s,
        {QString::fromLatin1(scenario.contentHash()), scenario.id, scenario.version, scenario.sourceBytes},
        u"keep the scenario played"_s);
}

QList<Event> readEvents(ResultsDatabase &db, const QString &sql, const QString &owner)
{
    QList<Event> list;
    QSqlQuery q(db.database());
    q.prepare(sql);
    q.addBindValue(owner);
    q.exec();
    while (q.next()) {
        Event e;
        e.sequence = q.value(0).toLongLong();
        e.timestamp = fromIso(q.value(1));
        eventTypeFromId(q.value(2).toString(), &e.type);
        e.payload = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        list.append(e);
    }
    return list;
}

} // namespace saskati::storerows
