#include "servermirror_p.h"

using namespace Qt::StringLiterals;

namespace saskati::mirrorsets {

namespace {

using Set = ServerMirror::Set;

// The server keeps times as timestamptz; the laptop's files as "YYYY-MM-DDTHH:MM:SS.mmmZ" (UTC), which the
// review reads by position: given back in exactly that form.
QString utc(const QString &column)
{
    return u"to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s.arg(column);
}

// A row that hangs under a person comes only with the person: a lecturer may see an attempt of someone
// another lecturer sent first, and the mirror's foreign keys need the person.
const QString s_personVisible = u"EXISTS (SELECT 1 FROM saskati.participants p WHERE p.uuid = %1)"_s;
const QString s_seminarVisible = u"EXISTS (SELECT 1 FROM saskati.seminars s WHERE s.uuid = %1)"_s;
// A run comes when its seminar is visible too (a lecturer may run a room in a seminar another sent first).
const QString s_runVisible =
    u"EXISTS (SELECT 1 FROM saskati.room_runs r WHERE r.uuid = %1 AND EXISTS (SELECT 1 "
    u"FROM saskati.seminars s WHERE s.uuid = r.seminar_uuid))"_s;

// The rows under a row, as part of its version: how many and the sum of their versions (a row added, changed
// or removed under it changes it).
QString rowsUnder(const QString &table, const QString &column, const QString &parent)
{
    return u"coalesce((SELECT count(*)::text || ':' || sum(i.xmin::text::bigint)::text FROM saskati.%1 i "
           u"WHERE "
           u"i.%2 = %3), '0')"_s.arg(table, column, parent);
}

QStringList columns(const QString &names)
{
    return names.split(u' ');
}

// Scenarios as played, people and seminars: the rows others hang under.
QList<Set> peopleAndSeminars()
{
    return {
        // Scenarios as played: no personal data, every account reads them; they never change.
        {u"snapshots"_s,
         u"SELECT content_hash, '1', '' FROM saskati.scenario_snapshots"_s,
         u"scenario_snapshots"_s,
         u"content_hash"_s,
         {{u"SELECT content_hash, scenario_id, version, source FROM saskati.scenario_snapshots WHERE "
           u"content_hash = ANY(?::text[])"_s,
           u"scenario_snapshots"_s, columns(u"content_hash scenario_id version source"_s), true}}},
        {u"participants"_s,
         u"SELECT uuid::text, xmin::text, municipality FROM saskati.participants p WHERE true"_s,
         u"participants"_s,
         u"uuid"_s,
         {{u"SELECT uuid::text, display_name, code, role, %1 FROM saskati.participants WHERE uuid = "
           u"ANY(?::uuid[])"_s.arg(utc(u"created"_s)),
           u"participants"_s, columns(u"uuid display_name code role created"_s), true}},
         u"p"_s},
        {u"seminars"_s,
         u"SELECT uuid::text, xmin::text, municipality FROM saskati.seminars s WHERE true"_s,
         u"seminars"_s,
         u"uuid"_s,
         {{u"SELECT uuid::text, title, to_char(date, 'YYYY-MM-DD'), place, lecturer, audience, scenarios, "
           u"notes, %1 FROM saskati.seminars WHERE uuid = ANY(?::uuid[])"_s.arg(utc(u"created"_s)),
           u"seminars"_s, columns(u"uuid title date place lecturer audience scenarios notes created"_s),
           true}},
         u"s"_s},
    };
}

// Seminar rooms' runs and attempts, with everything under them.
QList<Set> roomsAndAttempts()
{
    const QString attemptColumns = u"uuid participant_uuid seminar_uuid mode scenario_id scenario_version "
                                   u"content_hash started finished status score language room_run_uuid "
                                   u"percent total feedback"_s;
    const QString runColumns =
        u"uuid seminar_uuid scenario_id scenario_version content_hash language started "
        u"finished status score"_s;
    return {
        {u"room_runs"_s,
         u"SELECT uuid::text, xmin::text || '/' || %1 || '/' || %2, municipality FROM saskati.room_runs r "
         u"WHERE "
         u"%3"_s.arg(rowsUnder(u"room_events"_s, u"run_uuid"_s, u"r.uuid"_s),
                     rowsUnder(u"room_hand_counts"_s, u"run_uuid"_s, u"r.uuid"_s),
                     s_seminarVisible.arg(u"r.seminar_uuid"_s)),
         u"room_runs"_s,
         u"uuid"_s,
         {{u"SELECT uuid::text, seminar_uuid::text, scenario_id, scenario_version, content_hash, language, "
           u"%1, "
           u"%2, status, score FROM saskati.room_runs WHERE uuid = ANY(?::uuid[])"_s.arg(utc(u"started"_s),
                                                                                         utc(u"finished"_s)),
           u"room_runs"_s, columns(runColumns), true},
          {u"SELECT run_uuid::text, seq, %1, type, payload FROM saskati.room_events WHERE run_uuid = "
           u"ANY(?::uuid[]) ORDER BY 1, 2"_s.arg(utc(u"time"_s)),
           u"room_events"_s, columns(u"run_uuid seq time type payload"_s)},
          {u"SELECT run_uuid::text, decision, scene, counts, %1 FROM saskati.room_hand_counts WHERE run_uuid "
           u"= ANY(?::uuid[]) ORDER BY 1, 2"_s.arg(utc(u"time"_s)),
           u"room_hand_counts"_s, columns(u"run_uuid decision scene counts time"_s)}},
         u"r"_s,
         u"r.uuid IN (SELECT run_uuid FROM saskati.room_events i WHERE %1 UNION SELECT run_uuid FROM "
         u"saskati.room_hand_counts i WHERE %1)"_s},
        // An attempt indexed again on a laptop may rewrite its review rows and not the attempt: their
        // versions are part of its own.
        {u"attempts"_s,
         u"SELECT uuid::text, xmin::text || '/' || %1 || '/' || %2 || '/' || coalesce((SELECT max(seq) FROM "
         u"saskati.events e WHERE e.attempt_uuid = a.uuid), 0)::text, municipality FROM saskati.attempts a "
         u"WHERE %3"_s.arg(rowsUnder(u"attempt_items"_s, u"attempt_uuid"_s, u"a.uuid"_s),
                           rowsUnder(u"attempt_indicators"_s, u"attempt_uuid"_s, u"a.uuid"_s),
                           s_personVisible.arg(u"a.participant_uuid"_s)),
         u"attempts"_s,
         u"uuid"_s,
         {{u"SELECT uuid::text, participant_uuid::text, CASE WHEN %1 THEN seminar_uuid::text END, mode, "
           u"scenario_id, scenario_version, content_hash, %2, %3, status, score, language, CASE WHEN %4 "
           u"THEN room_run_uuid::text END, percent, total, feedback FROM saskati.attempts a WHERE uuid = "
           u"ANY(?::uuid[])"_s.arg(s_seminarVisible.arg(u"a.seminar_uuid"_s), utc(u"started"_s),
                                   utc(u"finished"_s), s_runVisible.arg(u"a.room_run_uuid"_s)),
           u"attempts"_s, columns(attemptColumns), true},
          {u"SELECT attempt_uuid::text, seq, %1, type, payload FROM saskati.events WHERE attempt_uuid = "
           u"ANY(?::uuid[]) ORDER BY 1, 2"_s.arg(utc(u"time"_s)),
           u"events"_s, columns(u"attempt_uuid seq time type payload"_s)},
          {u"SELECT attempt_uuid::text, item, mark, max, answer FROM saskati.attempt_items WHERE "
           u"attempt_uuid = ANY(?::uuid[]) ORDER BY 1, 2"_s,
           u"attempt_items"_s, columns(u"attempt_uuid item mark max answer"_s)},
          {u"SELECT attempt_uuid::text, indicator, present, found, false_named FROM "
           u"saskati.attempt_indicators WHERE attempt_uuid = ANY(?::uuid[]) ORDER BY 1, 2"_s,
           u"attempt_indicators"_s, columns(u"attempt_uuid indicator present found false_named"_s)}},
         // Not the review rows under them: row-level security checks each of millions before the condition
         // (it is not leakproof), seconds a reading; an attempt indexed again alone comes with the full pass.
         u"a"_s},
    };
}

QList<Set> knowledgeChecks()
{
    return {
        // A seminar's knowledge-check answers arrive after the seminar, from several laptops: versioned as a
        // whole (how many, and the sum of their row versions).
        {u"knowledge"_s,
         u"SELECT seminar_uuid::text, count(*)::text || '/' || sum(xmin::text::bigint)::text, '' FROM "
         u"saskati.knowledge_answers k WHERE %1 GROUP BY 1"_s.arg(
             s_personVisible.arg(u"k.participant_uuid"_s)),
         u"knowledge_answers"_s,
         u"seminar_uuid"_s,
         {{u"SELECT seminar_uuid::text, participant_uuid::text, round, check_id, question_id, option_id, "
           u"correct, %1 FROM saskati.knowledge_answers k WHERE seminar_uuid = ANY(?::uuid[]) AND %2 "
           u"ORDER BY 1, 2, 3, 5"_s.arg(utc(u"answered"_s), s_personVisible.arg(u"k.participant_uuid"_s)),
           u"knowledge_answers"_s,
           columns(
               u"seminar_uuid participant_uuid round check_id question_id option_id correct answered"_s)}}},
        {u"key_shown"_s,
         u"SELECT seminar_uuid::text, xmin::text, '' FROM saskati.knowledge_key_shown"_s,
         u"knowledge_key_shown"_s,
         u"seminar_uuid"_s,
         {{u"SELECT seminar_uuid::text, %1 FROM saskati.knowledge_key_shown WHERE seminar_uuid = "
           u"ANY(?::uuid[])"_s.arg(utc(u"shown"_s)),
           u"knowledge_key_shown"_s, columns(u"seminar_uuid shown"_s)}}},
    };
}

} // namespace

const QList<Set> &all()
{
    // Built once: a reading asks for them after every removal.
    static const QList<Set> sets = peopleAndSeminars() + roomsAndAttempts() + knowledgeChecks();
    return sets;
}

const Set &participants()
{
    return all().at(1); // after the scenarios, before the seminars
}

} // namespace saskati::mirrorsets
