#include "resultsexport.h"

#include "scenarioloader.h"
#include "scoring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

SelectedResults selectResults(ResultsStore &store, const ExportSelection &selection)
{
    SelectedResults s;
    const QList<Seminar> allSeminars = store.seminars();
    QSet<QString> seminarIds;
    for (const Seminar &seminar : allSeminars)
        if (selection.seminars.isEmpty() || selection.seminars.contains(seminar.uuid) ||
            selection.seminars.contains(seminar.title))
            seminarIds.insert(seminar.uuid);
    QSet<QString> participantIds;
    for (const Participant &p : store.participants())
        if (selection.participants.isEmpty() || selection.participants.contains(p.uuid) ||
            selection.participants.contains(p.code) || selection.participants.contains(p.displayName))
            participantIds.insert(p.uuid);
    for (const AttemptRecord &a : store.attempts()) {
        if (!participantIds.contains(a.participant))
            continue;
        // With seminars chosen, only their attempts; otherwise solo practice counts too.
        if (!selection.seminars.isEmpty() && !seminarIds.contains(a.seminar))
            continue;
        s.attempts.append(a);
    }
    QSet<QString> usedParticipants, usedSeminars;
    for (const AttemptRecord &a : std::as_const(s.attempts)) {
        usedParticipants.insert(a.participant);
        if (!a.seminar.isEmpty())
            usedSeminars.insert(a.seminar);
    }
    for (const Participant &p : store.participants())
        if (participantIds.contains(p.uuid) &&
            (selection.seminars.isEmpty() || usedParticipants.contains(p.uuid)))
            s.participants.append(p);
    for (const Seminar &seminar : allSeminars)
        if (seminarIds.contains(seminar.uuid) &&
            (selection.participants.isEmpty() || usedSeminars.contains(seminar.uuid)))
            s.seminars.append(seminar);
    return s;
}

namespace {

QJsonObject participantJson(const Participant &p, bool pseudonymise)
{
    return QJsonObject{{u"uuid"_s, p.uuid},
                       {u"displayName"_s, pseudonymise ? p.code : p.displayName},
                       {u"code"_s, p.code},
                       {u"role"_s, p.role},
                       {u"created"_s, isoTime(p.created)}};
}

QJsonObject seminarJson(const Seminar &s, bool pseudonymise)
{
    return QJsonObject{{u"uuid"_s, s.uuid},
                       {u"title"_s, s.title},
                       {u"date"_s, s.date.toString(Qt::ISODate)},
                       {u"place"_s, s.place},
                       {u"lecturer"_s, s.lecturer},
                       {u"audience"_s, s.audience},
                       {u"scenarios"_s, QJsonArray::fromStringList(s.scenarios)},
                       {u"notes"_s, pseudonymise ? QString() : s.notes},
                       {u"created"_s, isoTime(s.created)}};
}

QJsonObject attemptJson(const AttemptRecord &a, const QList<Event> &events)
{
    QJsonArray list;
    for (const Event &e : events)
        list.append(e.toJson());
    return QJsonObject{
        {u"uuid"_s, a.uuid},
        {u"participant"_s, a.participant},
        {u"seminar"_s, a.seminar.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.seminar)},
        {u"mode"_s, playModeId(a.mode)},
        {u"scenarioId"_s, a.scenarioId},
        {u"scenarioVersion"_s, a.scenarioVersion},
        {u"contentHash"_s, a.contentHash},
        {u"language"_s, a.language},
        {u"started"_s, isoTime(a.started)},
        {u"finished"_s, isoTime(a.finished)},
        {u"status"_s, attemptStatusId(a.status)},
        {u"score"_s, a.score},
        {u"events"_s, list}};
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(u""_s) : v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QByteArray csvRow(const QStringList &fields)
{
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            row += ',';
        row += csvField(fields.at(i));
    }
    return row + "\r\n";
}

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

} // namespace

QByteArray csvField(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QJsonObject exportBundle(ResultsStore &store, const ExportSelection &selection)
{
    const SelectedResults s = selectResults(store, selection);
    QJsonArray participants, seminars, attempts, scenarios;
    for (const Participant &p : s.participants)
        participants.append(participantJson(p, selection.pseudonymise));
    for (const Seminar &seminar : s.seminars)
        seminars.append(seminarJson(seminar, selection.pseudonymise));
    QSet<QString> hashes;
    for (const AttemptRecord &a : s.attempts) {
        attempts.append(attemptJson(a, store.events(a.uuid)));
        if (!hashes.contains(a.contentHash)) {
            hashes.insert(a.contentHash);
            scenarios.append(QJsonObject{
                {u"contentHash"_s, a.contentHash},
                {u"scenarioId"_s, a.scenarioId},
                {u"version"_s, a.scenarioVersion},
                {u"source"_s, QString::fromLatin1(store.scenarioSnapshot(a.contentHash).toBase64())}});
        }
    }
    return QJsonObject{{u"bundleFormatVersion"_s, resultsBundleVersion},
                       {u"exportedAt"_s, isoTime(QDateTime::currentDateTimeUtc())},
                       {u"pseudonymised"_s, selection.pseudonymise},
                       {u"participants"_s, participants},
                       {u"seminars"_s, seminars},
                       {u"scenarios"_s, scenarios},
                       {u"attempts"_s, attempts}};
}

ImportReport importBundle(ResultsStore &store, const QJsonObject &bundle)
{
    ImportReport report;
    if (bundle.value(u"bundleFormatVersion"_s).toInt() != resultsBundleVersion) {
        report.error =
            u"This is not a Saskati results bundle of version %1 (it says %2)."_s.arg(resultsBundleVersion)
                .arg(bundle.value(u"bundleFormatVersion"_s).toVariant().toString());
        return report;
    }
    ResultsStore::Transaction transaction(store);
    if (!transaction.isOpen()) {
        report.error = store.lastError();
        return report;
    }
    QSqlDatabase db = store.database();
    QString error;
    // Inserts a row unless its key exists; an existing row must be identical, else it is a conflict.
    auto upsert = [&](const QString &table, const QString &keyColumn, const QStringList &columns,
                      const QVariantList &values, const QString &label) {
        QSqlQuery existing(db);
        if (!exec(existing, u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(columns.join(u", "_s), table, keyColumn),
                  {values.first()}, &error))
            return false;
        if (existing.next()) {
            bool same = true;
            for (qsizetype i = 0; i < columns.size() && same; ++i)
                same = existing.value(int(i)).toString() == values.at(i).toString();
            if (same)
                ++report.unchanged;
            else
                report.conflicts.append(
                    u"%1 %2 differs from the one in this database; the local one is kept"_s.arg(
                        label, values.first().toString()));
            return true;
        }
        QStringList marks(columns.size(), u"?"_s);
        QSqlQuery insert(db);
        if (!exec(insert,
                  u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s)),
                  values, &error))
            return false;
        ++report.added;
        return true;
    };
    bool ok = true;
    QSet<QString> skippedParticipants;
    for (const QJsonValue &v : bundle.value(u"participants"_s).toArray()) {
        const QJsonObject p = v.toObject();
        {
            QSqlQuery sameCode(db);
            if (exec(sameCode, u"SELECT uuid FROM participants WHERE code = ? AND uuid <> ?"_s,
                     {p[u"code"_s].toString(), p[u"uuid"_s].toString()}, &error) &&
                sameCode.next()) {
                report.conflicts.append(
                    u"participant %1 has the code %2, which another participant here already "
                    u"has; they were not imported, and neither were their attempts"_s.arg(
                        p[u"uuid"_s].toString(), p[u"code"_s].toString()));
                skippedParticipants.insert(p[u"uuid"_s].toString());
                continue;
            }
        }
        ok = ok && upsert(u"participants"_s, u"uuid"_s,
                          {u"uuid"_s, u"display_name"_s, u"code"_s, u"role"_s, u"created"_s},
                          {p[u"uuid"_s].toString(), p[u"displayName"_s].toString(), p[u"code"_s].toString(),
                           p[u"role"_s].toString(), p[u"created"_s].toString()},
                          u"participant"_s);
    }
    for (const QJsonValue &v : bundle.value(u"seminars"_s).toArray()) {
        const QJsonObject s = v.toObject();
        ok = ok && upsert(u"seminars"_s, u"uuid"_s,
                          {u"uuid"_s, u"title"_s, u"date"_s, u"place"_s, u"lecturer"_s, u"audience"_s,
                           u"scenarios"_s, u"notes"_s, u"created"_s},
                          {s[u"uuid"_s].toString(), s[u"title"_s].toString(), s[u"date"_s].toString(),
                           s[u"place"_s].toString(), s[u"lecturer"_s].toString(), s[u"audience"_s].toString(),
                           QString::fromUtf8(
                               QJsonDocument(s[u"scenarios"_s].toArray()).toJson(QJsonDocument::Compact)),
                           s[u"notes"_s].toString(), s[u"created"_s].toString()},
                          u"seminar"_s);
    }
    for (const QJsonValue &v : bundle.value(u"scenarios"_s).toArray()) {
        const QJsonObject s = v.toObject();
        ok = ok &&
             upsert(u"scenario_snapshots"_s, u"content_hash"_s,
                    {u"content_hash"_s, u"scenario_id"_s, u"version"_s, u"source"_s},
                    {s[u"contentHash"_s].toString(), s[u"scenarioId"_s].toString(), s[u"version"_s].toInt(),
                     QByteArray::fromBase64(s[u"source"_s].toString().toLatin1())},
                    u"scenario snapshot"_s);
    }
    for (const QJsonValue &v : bundle.value(u"attempts"_s).toArray()) {
        if (!ok)
            break;
        const QJsonObject a = v.toObject();
        const QString uuid = a[u"uuid"_s].toString();
        if (skippedParticipants.contains(a[u"participant"_s].toString()))
            continue;
        const int before = report.added;
        ok = upsert(u"attempts"_s, u"uuid"_s,
                    {u"uuid"_s, u"participant_uuid"_s, u"seminar_uuid"_s, u"mode"_s, u"scenario_id"_s,
                     u"scenario_version"_s, u"content_hash"_s, u"started"_s, u"finished"_s, u"status"_s,
                     u"score"_s, u"language"_s},
                    {uuid, a[u"participant"_s].toString(),
                     a[u"seminar"_s].isNull() ? QVariant() : QVariant(a[u"seminar"_s].toString()),
                     a[u"mode"_s].toString(), a[u"scenarioId"_s].toString(), a[u"scenarioVersion"_s].toInt(),
                     a[u"contentHash"_s].toString(), a[u"started"_s].toString(), a[u"finished"_s].toString(),
                     a[u"status"_s].toString(),
                     a[u"score"_s].toObject().isEmpty()
                         ? QVariant()
                         : QVariant(QString::fromUtf8(
                               QJsonDocument(a[u"score"_s].toObject()).toJson(QJsonDocument::Compact))),
                     a[u"language"_s].toString()},
                    u"attempt"_s);
        if (!ok || report.added == before)
            continue; // existing attempt: its events are as they are here
        for (const QJsonValue &ev : a[u"events"_s].toArray()) {
            Event e;
            if (!Event::fromJson(ev.toObject(), &e, &error)) {
                ok = false;
                break;
            }
            QSqlQuery insert(db);
            ok = exec(insert,
                      u"INSERT INTO events (attempt_uuid, seq, time, type, payload) VALUES (?, ?, ?, ?, ?)"_s,
                      {uuid, e.sequence, isoTime(e.timestamp), eventTypeId(e.type),
                       QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact))},
                      &error);
            if (!ok)
                break;
        }
    }
    if (!ok || !transaction.commit()) {
        transaction.rollback();
        report.error = u"The bundle was not imported (nothing was changed): %1"_s.arg(
            error.isEmpty() ? store.lastError() : error);
        report.added = report.unchanged = 0;
        return report;
    }
    report.ok = true;
    return report;
}

CsvExport exportCsv(ResultsStore &store, const ExportSelection &selection,
                    std::shared_ptr<const Catalog> catalog)
{
    const SelectedResults s = selectResults(store, selection);
    QHash<QString, Participant> participants;
    for (const Participant &p : s.participants)
        participants.insert(p.uuid, p);
    QHash<QString, Seminar> seminars;
    for (const Seminar &seminar : s.seminars)
        seminars.insert(seminar.uuid, seminar);
    QHash<QString, std::shared_ptr<const Scenario>> scenarios;
    ScenarioLoader loader(catalog);
    loader.setCheckMediaFiles(false);

    CsvExport out;
    QStringList who = {u"attempt"_s, u"participant_code"_s};
    if (!selection.pseudonymise)
        who.append(u"participant_name"_s);
    out.attempts = csvRow(who + QStringList{u"role"_s,
                                            u"seminar"_s,
                                            u"seminar_date"_s,
                                            u"scenario"_s,
                                            u"scenario_version"_s,
                                            u"mode"_s,
                                            u"language"_s,
                                            u"status"_s,
                                            u"started"_s,
                                            u"finished"_s,
                                            u"total"_s,
                                            u"max"_s,
                                            u"percent"_s,
                                            u"percent_of_scenario"_s,
                                            u"capped"_s,
                                            u"recognition"_s,
                                            u"recognition_max"_s,
                                            u"recall"_s,
                                            u"precision"_s,
                                            u"conduct"_s,
                                            u"conduct_max"_s,
                                            u"referral"_s,
                                            u"referral_max"_s,
                                            u"assessment"_s,
                                            u"assessment_max"_s,
                                            u"critical_errors"_s});
    out.decisions = csvRow({u"attempt"_s, u"participant_code"_s, u"scenario"_s, u"step"_s, u"scene"_s,
                            u"choice"_s, u"points"_s, u"best_available"_s, u"critical_error_principle"_s});
    out.exposures = csvRow({u"attempt"_s, u"participant_code"_s, u"scenario"_s, u"scene"_s, u"target"_s,
                            u"indicator"_s, u"dimension"_s, u"strength"_s, u"found"_s});
    for (const AttemptRecord &a : s.attempts) {
        auto &scenario = scenarios[a.contentHash];
        if (!scenario)
            scenario = loader.loadBytes(u"snapshot:"_s + a.scenarioId, store.scenarioSnapshot(a.contentHash))
                           .scenario;
        if (!scenario)
            continue; // a snapshot this catalogue cannot read: the bundle export still has it
        QString error;
        const std::optional<Playthrough> p = Playthrough::replay(scenario, store.events(a.uuid), &error);
        if (!p)
            continue;
        const Score score = scorePlaythrough(*scenario, p->state());
        const Participant person = participants.value(a.participant);
        const Seminar seminar = seminars.value(a.seminar);
        QStringList row = {a.uuid, person.code};
        if (!selection.pseudonymise)
            row.append(person.displayName);
        const RecognitionResult &r = score.recognition;
        const bool anyCue = !r.hits.isEmpty() || !r.misses.isEmpty();
        const bool anyFlag = !r.hits.isEmpty() || !r.falseFlags.isEmpty();
        out.attempts += csvRow(row + QStringList{person.role,
                                                 seminar.title,
                                                 seminar.date.toString(Qt::ISODate),
                                                 a.scenarioId,
                                                 QString::number(a.scenarioVersion),
                                                 playModeId(a.mode),
                                                 a.language,
                                                 attemptStatusId(a.status),
                                                 isoTime(a.started),
                                                 isoTime(a.finished),
                                                 QString::number(score.points.total()),
                                                 QString::number(score.pathMax.total()),
                                                 QString::number(score.percent),
                                                 QString::number(score.percentOfScenario),
                                                 score.capped ? u"1"_s : u"0"_s,
                                                 QString::number(score.points.recognition),
                                                 QString::number(score.pathMax.recognition),
                                                 anyCue ? number(r.recall()) : QString(),
                                                 anyFlag ? number(r.precision()) : QString(),
                                                 QString::number(score.points.conduct),
                                                 QString::number(score.pathMax.conduct),
                                                 QString::number(score.points.referral),
                                                 QString::number(score.pathMax.referral),
                                                 QString::number(score.points.assessment),
                                                 QString::number(score.pathMax.assessment),
                                                 QString::number(score.criticalErrors.size())});
        int step = 0;
        for (const PathStep &ps : p->state().path) {
            const DecisionScore d = scoreChoice(*scenario, ps.choice);
            out.decisions +=
                csvRow({a.uuid, person.code, a.scenarioId, QString::number(++step), ps.scene, ps.choice,
                        QString::number(d.points),
                        QString::number(bestAvailable(*scenario->scene(ps.scene), ps.variablesBefore)),
                        d.criticalError ? d.criticalError->principle : QString()});
        }
        auto exposure = [&](const QString &scene, const QString &id, bool found) {
            const FlagTarget *t = scenario->targetIndex.value(id).target;
            const Indicator indicator = catalog->indicators.value(t->indicator);
            out.exposures += csvRow({a.uuid, person.code, a.scenarioId, scene, id, t->indicator,
                                     dimensionId(indicator.dimension), strengthId(indicator.strength),
                                     found ? u"1"_s : u"0"_s});
        };
        for (const FlagOutcome &hit : r.hits)
            exposure(scenario->scenes.at(scenario->targetIndex.value(hit.target).scene).id, hit.target, true);
        for (const FlagOutcome &miss : r.misses)
            exposure(scenario->scenes.at(scenario->targetIndex.value(miss.target).scene).id, miss.target,
                     false);
    }
    return out;
}

} // namespace saskati
