#include "resultsbundle.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace saskati {

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

QJsonObject knowledgeAnswerJson(const KnowledgeAnswer &k)
{
    return QJsonObject{{u"seminar"_s, k.seminar},      {u"participant"_s, k.participant},
                       {u"round"_s, roundId(k.round)}, {u"check"_s, k.check},
                       {u"question"_s, k.question},    {u"option"_s, k.option},
                       {u"correct"_s, k.correct},      {u"answered"_s, isoTime(k.answered)}};
}

} // namespace

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
    QJsonArray knowledgeAnswers;
    for (const KnowledgeAnswer &k : s.knowledgeAnswers)
        knowledgeAnswers.append(knowledgeAnswerJson(k));
    // Without answers the bundle is what version 1 was: a laptop not yet updated still reads it.
    const int version = knowledgeAnswers.isEmpty() ? oldestResultsBundleVersion : resultsBundleVersion;
    QJsonObject bundle{{u"bundleFormatVersion"_s, version},
                       {u"exportedAt"_s, isoTime(QDateTime::currentDateTimeUtc())},
                       {u"pseudonymised"_s, selection.pseudonymise},
                       {u"participants"_s, participants},
                       {u"seminars"_s, seminars},
                       {u"scenarios"_s, scenarios},
                       {u"attempts"_s, attempts}};
    if (!knowledgeAnswers.isEmpty())
        bundle.insert(u"knowledgeAnswers"_s, knowledgeAnswers);
    return bundle;
}

} // namespace saskati
