#include "xapiexport.h"

#include <QHash>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// The namespace of Saskati's statement ids (a fixed random UUID: never change it, or ids change).
const QUuid statementNamespace(u"7f0b5a6e-3c1d-4f7e-9a55-2b8c61d0e4a3"_s);

QString verbId(const QString &verb)
{
    return u"http://adlnet.gov/expapi/verbs/"_s + verb;
}

QJsonObject verb(const QString &id, const QString &lv)
{
    return {{u"id"_s, verbId(id)}, {u"display"_s, QJsonObject{{u"en-US"_s, id}, {u"lv"_s, lv}}}};
}

// ISO 8601 duration, whole seconds: PT1H2M3S.
QString duration(const QDateTime &from, const QDateTime &to)
{
    qint64 seconds = std::max<qint64>(0, from.secsTo(to));
    QString d = u"PT"_s;
    if (seconds >= 3600)
        d += QString::number(seconds / 3600) + u'H', seconds %= 3600;
    if (seconds >= 60)
        d += QString::number(seconds / 60) + u'M', seconds %= 60;
    return d + QString::number(seconds) + u'S';
}

QString scenarioActivity(const QString &scenario)
{
    return xapiBase() + u"/scenarios/"_s + QString::fromLatin1(QUrl::toPercentEncoding(scenario));
}

// A score scaled to the range xAPI allows.
double scaled(double raw, double max)
{
    return max > 0 ? std::clamp(raw / max, -1.0, 1.0) : 0.0;
}

/// One "answered" statement per decision of a completed attempt, as its review rows have it.
void appendDecisions(ResultsStore &store, const AttemptRecord &a, const QJsonObject &actor,
                     const QJsonObject &context, const QDateTime &when, QJsonArray *statements)
{
    QJsonObject decisionContext = context;
    decisionContext.insert(
        u"contextActivities"_s,
        QJsonObject{{u"parent"_s, QJsonArray{QJsonObject{{u"id"_s, scenarioActivity(a.scenarioId)}}}}});
    for (const ItemMark &item : store.attemptItems(a.uuid)) {
        if (item.item.startsWith(askedItemPrefix()))
            continue; // a conversation move's question type: its decision is the statement
        QJsonObject result{{u"score"_s, QJsonObject{{u"scaled"_s, scaled(item.mark, item.max)},
                                                    {u"raw"_s, item.mark},
                                                    {u"max"_s, item.max}}}};
        if (!item.answer.isEmpty())
            result.insert(u"response"_s, item.answer);
        statements->append(QJsonObject{
            {u"id"_s, QUuid::createUuidV5(statementNamespace, QString(a.uuid + u'/' + item.item))
                          .toString(QUuid::WithoutBraces)},
            {u"actor"_s, actor},
            {u"verb"_s, verb(u"answered"_s, u"atbildēja"_s)},
            {u"object"_s,
             QJsonObject{{u"objectType"_s, u"Activity"_s},
                         {u"id"_s, QString(scenarioActivity(a.scenarioId) + u"/decisions/"_s +
                                           QString::fromLatin1(QUrl::toPercentEncoding(item.item)))},
                         {u"definition"_s,
                          QJsonObject{{u"type"_s, u"http://adlnet.gov/expapi/activities/cmi.interaction"_s},
                                      {u"interactionType"_s, u"choice"_s}}}}},
            {u"result"_s, result},
            {u"context"_s, decisionContext},
            {u"timestamp"_s, isoTime(when)}});
    }
}

} // namespace

QString xapiBase()
{
    return u"https://saskati.liepaja.lv/xapi"_s;
}

QJsonArray xapiStatements(ResultsStore &store, const ExportSelection &selection)
{
    const SelectedResults selected = selectResults(store, selection);
    QHash<QString, QString> codeOf;
    for (const Participant &p : selected.participants)
        codeOf.insert(p.uuid, p.code);
    QHash<QString, QJsonObject> titleOf; // by content hash: the scenario's title as it was played
    const auto title = [&](const AttemptRecord &a) {
        if (!titleOf.contains(a.contentHash))
            titleOf.insert(a.contentHash, QJsonDocument::fromJson(store.scenarioSnapshot(a.contentHash))
                                              .object()
                                              .value(u"title"_s)
                                              .toObject());
        return titleOf.value(a.contentHash);
    };

    QJsonArray statements;
    for (const AttemptRecord &a : selected.attempts) {
        if (a.status == AttemptRecord::Status::InProgress || !codeOf.contains(a.participant))
            continue;
        const QJsonObject actor{{u"objectType"_s, u"Agent"_s},
                                {u"account"_s, QJsonObject{{u"homePage"_s, xapiBase()},
                                                           {u"name"_s, codeOf.value(a.participant)}}}};
        const QJsonObject scenario{
            {u"objectType"_s, u"Activity"_s},
            {u"id"_s, scenarioActivity(a.scenarioId)},
            {u"definition"_s, QJsonObject{{u"type"_s, u"http://adlnet.gov/expapi/activities/simulation"_s},
                                          {u"name"_s, title(a)}}}};
        QJsonObject context{
            {u"platform"_s, u"Saskati"_s},
            {u"extensions"_s, QJsonObject{{xapiBase() + u"/extensions/mode"_s, playModeId(a.mode)},
                                          {xapiBase() + u"/extensions/scenario-version"_s, a.scenarioVersion},
                                          {xapiBase() + u"/extensions/attempt"_s, a.uuid}}}};
        if (!a.language.isEmpty())
            context.insert(u"language"_s, a.language);
        if (!QUuid(a.seminar).isNull()) // a registration must be a UUID
            context.insert(u"registration"_s, a.seminar);
        const QDateTime when = a.finished.isValid() ? a.finished : a.started;

        QJsonObject attempt{
            {u"id"_s, QUuid::createUuidV5(statementNamespace, a.uuid).toString(QUuid::WithoutBraces)},
            {u"actor"_s, actor},
            {u"object"_s, scenario},
            {u"context"_s, context},
            {u"timestamp"_s, isoTime(when)}};
        // Stopped before an ending: by the trainee or lecturer (abandoned) or by a crash nobody resumed.
        if (a.status == AttemptRecord::Status::Abandoned || a.status == AttemptRecord::Status::Interrupted) {
            attempt.insert(u"verb"_s, verb(u"terminated"_s, u"pārtrauca"_s));
            attempt.insert(u"result"_s,
                           QJsonObject{{u"completion"_s, false}, {u"duration"_s, duration(a.started, when)}});
            statements.append(attempt);
            continue;
        }
        const double total = a.score.value(u"total"_s).toDouble(), max = a.score.value(u"max"_s).toDouble();
        attempt.insert(u"verb"_s, verb(u"completed"_s, u"pabeidza"_s));
        attempt.insert(u"result"_s, QJsonObject{{u"completion"_s, true},
                                                {u"duration"_s, duration(a.started, when)},
                                                {u"score"_s, QJsonObject{{u"scaled"_s, scaled(total, max)},
                                                                         {u"raw"_s, total},
                                                                         {u"max"_s, max}}}});
        statements.append(attempt);

        appendDecisions(store, a, actor, context, when, &statements);
    }
    return statements;
}

} // namespace saskati
