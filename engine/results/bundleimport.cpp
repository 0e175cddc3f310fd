#include "resultsbundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

Result<void> exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return Error(q.lastError().text());
    for (const QVariant &v : values)
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(u""_s) : v);
    if (!q.exec())
        return Error(q.lastError().text());
    return {};
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// Adds a bundle's rows to the store inside the caller's transaction, record kind by record kind; each
/// fails on a database error and counts what it added, found unchanged or in conflict.
class BundleImporter {
public:
    BundleImporter(ResultsStore &store, ImportReport &report)
        : m_db(store.database())
        , m_report(report)
    {}

    Result<void> participants(const QJsonArray &list);
    Result<void> seminars(const QJsonArray &list);
    Result<void> scenarios(const QJsonArray &list);
    Result<void> attempts(const QJsonArray &list);
    Result<void> knowledgeAnswers(const QJsonArray &list);

private:
    /// Inserts a row unless its key (the first `keyColumns` of `columns`) exists; an existing row must be
    /// identical, else it is a conflict, named "`conflict` differs from the one in this database".
    Result<void> upsert(const QString &table, qsizetype keyColumns, const QStringList &columns,
                        const QVariantList &values, const QString &conflict);
    /// A row keyed by its first column: `label` and that key name it in a conflict.
    Result<void> upsert(const QString &table, const QStringList &columns, const QVariantList &values,
                        const QString &label)
    {
        return upsert(table, 1, columns, values, label + u' ' + values.first().toString());
    }
    /// Another participant here has this one's code: a conflict, and the participant is skipped.
    Result<bool> codeTaken(const QJsonObject &p);
    Result<void> events(const QString &attempt, const QJsonArray &list);

    QSqlDatabase m_db;
    ImportReport &m_report;
    QSet<QString> m_skippedParticipants;
};

Result<void> BundleImporter::upsert(const QString &table, qsizetype keyColumns, const QStringList &columns,
                                    const QVariantList &values, const QString &conflict)
{
    QStringList keyTerms;
    for (qsizetype i = 0; i < keyColumns; ++i)
        keyTerms.append(columns.at(i) + u" = ?"_s);
    QSqlQuery existing(m_db);
    if (Result<void> found =
            exec(existing,
                 u"SELECT %1 FROM %2 WHERE %3"_s.arg(columns.join(u", "_s), table, keyTerms.join(u" AND "_s)),
                 values.first(keyColumns));
        !found)
        return found;
    if (existing.next()) {
        bool same = true;
        for (qsizetype i = 0; i < columns.size() && same; ++i)
            same = existing.value(int(i)).toString() == values.at(i).toString();
        if (same)
            ++m_report.unchanged;
        else
            m_report.conflicts.append(
                u"%1 differs from the one in this database; the local one is kept"_s.arg(conflict));
        return {};
    }
    QStringList marks(columns.size(), u"?"_s);
    QSqlQuery insert(m_db);
    if (Result<void> inserted =
            exec(insert,
                 u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s)),
                 values);
        !inserted)
        return inserted;
    ++m_report.added;
    return {};
}

Result<bool> BundleImporter::codeTaken(const QJsonObject &p)
{
    QSqlQuery sameCode(m_db);
    if (Result<void> found = exec(sameCode, u"SELECT uuid FROM participants WHERE code = ? AND uuid <> ?"_s,
                                  {p[u"code"_s].toString(), p[u"uuid"_s].toString()});
        !found)
        return found.error();
    if (!sameCode.next())
        return false;
    m_report.conflicts.append(u"participant %1 has the code %2, which another participant here already "
                              u"has; they were not imported, and neither were their attempts"_s.arg(
                                  p[u"uuid"_s].toString(), p[u"code"_s].toString()));
    m_skippedParticipants.insert(p[u"uuid"_s].toString());
    return true;
}

Result<void> BundleImporter::participants(const QJsonArray &list)
{
    for (const QJsonValue &v : list) {
        const QJsonObject p = v.toObject();
        const Result<bool> taken = codeTaken(p);
        if (!taken)
            return taken.error();
        if (*taken)
            continue;
        if (Result<void> added =
                upsert(u"participants"_s, {u"uuid"_s, u"display_name"_s, u"code"_s, u"role"_s, u"created"_s},
                       {p[u"uuid"_s].toString(), p[u"displayName"_s].toString(), p[u"code"_s].toString(),
                        p[u"role"_s].toString(), p[u"created"_s].toString()},
                       u"participant"_s);
            !added)
            return added;
    }
    return {};
}

Result<void> BundleImporter::seminars(const QJsonArray &list)
{
    for (const QJsonValue &v : list) {
        const QJsonObject s = v.toObject();
        if (Result<void> added = upsert(
                u"seminars"_s,
                {u"uuid"_s, u"title"_s, u"date"_s, u"place"_s, u"lecturer"_s, u"audience"_s, u"scenarios"_s,
                 u"notes"_s, u"created"_s},
                {s[u"uuid"_s].toString(), s[u"title"_s].toString(), s[u"date"_s].toString(),
                 s[u"place"_s].toString(), s[u"lecturer"_s].toString(), s[u"audience"_s].toString(),
                 compact(s[u"scenarios"_s].toArray()), s[u"notes"_s].toString(), s[u"created"_s].toString()},
                u"seminar"_s);
            !added)
            return added;
    }
    return {};
}

Result<void> BundleImporter::scenarios(const QJsonArray &list)
{
    for (const QJsonValue &v : list) {
        const QJsonObject s = v.toObject();
        if (Result<void> added = upsert(
                u"scenario_snapshots"_s, {u"content_hash"_s, u"scenario_id"_s, u"version"_s, u"source"_s},
                {s[u"contentHash"_s].toString(), s[u"scenarioId"_s].toString(), s[u"version"_s].toInt(),
                 QByteArray::fromBase64(s[u"source"_s].toString().toLatin1())},
                u"scenario snapshot"_s);
            !added)
            return added;
    }
    return {};
}

Result<void> BundleImporter::attempts(const QJsonArray &list)
{
    for (const QJsonValue &v : list) {
        const QJsonObject a = v.toObject();
        const QString uuid = a[u"uuid"_s].toString();
        if (m_skippedParticipants.contains(a[u"participant"_s].toString()))
            continue;
        const QJsonObject score = a[u"score"_s].toObject();
        const int before = m_report.added;
        if (Result<void> added = upsert(
                u"attempts"_s,
                {u"uuid"_s, u"participant_uuid"_s, u"seminar_uuid"_s, u"mode"_s, u"scenario_id"_s,
                 u"scenario_version"_s, u"content_hash"_s, u"started"_s, u"finished"_s, u"status"_s,
                 u"score"_s, u"language"_s},
                {uuid, a[u"participant"_s].toString(),
                 a[u"seminar"_s].isNull() ? QVariant() : QVariant(a[u"seminar"_s].toString()),
                 a[u"mode"_s].toString(), a[u"scenarioId"_s].toString(), a[u"scenarioVersion"_s].toInt(),
                 a[u"contentHash"_s].toString(), a[u"started"_s].toString(), a[u"finished"_s].toString(),
                 a[u"status"_s].toString(),
                 score.isEmpty()
                     ? QVariant()
                     : QVariant(QString::fromUtf8(QJsonDocument(score).toJson(QJsonDocument::Compact))),
                 a[u"language"_s].toString()},
                u"attempt"_s);
            !added)
            return added;
        if (m_report.added == before)
            continue; // existing attempt: its events are as they are here
        if (Result<void> added = events(uuid, a[u"events"_s].toArray()); !added)
            return added;
    }
    return {};
}

Result<void> BundleImporter::events(const QString &attempt, const QJsonArray &list)
{
    for (const QJsonValue &ev : list) {
        const Result<Event> read = Event::fromJson(ev.toObject());
        if (!read)
            return read.error();
        const Event &e = *read;
        QSqlQuery insert(m_db);
        if (Result<void> inserted =
                exec(insert,
                     u"INSERT INTO events (attempt_uuid, seq, time, type, payload) VALUES (?, ?, ?, ?, ?)"_s,
                     {attempt, e.sequence, isoTime(e.timestamp), eventTypeId(e.type),
                      QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact))});
            !inserted)
            return inserted;
    }
    return {};
}

// Keyed by seminar, participant, round and question, as in the table. Each answer counts as a row.
Result<void> BundleImporter::knowledgeAnswers(const QJsonArray &list)
{
    for (const QJsonValue &v : list) {
        const QJsonObject k = v.toObject();
        const QString participant = k[u"participant"_s].toString(), question = k[u"question"_s].toString();
        if (m_skippedParticipants.contains(participant))
            continue;
        KnowledgeAnswer::Round round;
        if (!roundFromId(k[u"round"_s].toString(), &round))
            return Error(u"a knowledge-check answer has the round '%1'; it must be 'before' or 'after'"_s.arg(
                k[u"round"_s].toString()));
        const QString seminar = k[u"seminar"_s].toString();
        if (Result<void> added = upsert(
                u"knowledge_answers"_s, 4,
                {u"seminar_uuid"_s, u"participant_uuid"_s, u"round"_s, u"question_id"_s, u"check_id"_s,
                 u"option_id"_s, u"correct"_s, u"answered"_s},
                {seminar, participant, roundId(round), question, k[u"check"_s].toString(),
                 k[u"option"_s].toString(), k[u"correct"_s].toBool() ? 1 : 0, k[u"answered"_s].toString()},
                u"the knowledge-check answer of participant %1 to question %2 (%3, seminar %4)"_s.arg(
                    participant, question, roundId(round), seminar));
            !added)
            return added;
    }
    return {};
}

} // namespace

ImportReport importBundle(ResultsStore &store, const QJsonObject &bundle)
{
    ImportReport report;
    const int version = bundle.value(u"bundleFormatVersion"_s).toInt();
    if (version < oldestResultsBundleVersion || version > resultsBundleVersion) {
        report.error =
            Error(u"This is not a Saskati results bundle of version %1 to %2 (it says %3); a newer "
                  u"Saskati may read it."_s.arg(oldestResultsBundleVersion)
                      .arg(resultsBundleVersion)
                      .arg(bundle.value(u"bundleFormatVersion"_s).toVariant().toString()));
        return report;
    }
    ResultsStore::Transaction transaction(store);
    if (!transaction.isOpen()) {
        report.error = transaction.began().error();
        return report;
    }
    BundleImporter importer(store, report);
    Result<void> imported = importer.participants(bundle.value(u"participants"_s).toArray());
    if (imported)
        imported = importer.seminars(bundle.value(u"seminars"_s).toArray());
    if (imported)
        imported = importer.scenarios(bundle.value(u"scenarios"_s).toArray());
    if (imported)
        imported = importer.attempts(bundle.value(u"attempts"_s).toArray());
    if (imported) // version 2; none in a version 1 bundle
        imported = importer.knowledgeAnswers(bundle.value(u"knowledgeAnswers"_s).toArray());
    const Result<void> committed = imported ? transaction.commit() : imported;
    if (!committed) {
        transaction.rollback();
        report.error =
            Error(u"The bundle was not imported (nothing was changed): %1"_s.arg(committed.error().message));
        report.added = report.unchanged = 0;
        return report;
    }
    report.ok = true;
    return report;
}

} // namespace saskati
