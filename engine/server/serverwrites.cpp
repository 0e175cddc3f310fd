#include "serverwrites_p.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace saskati::serverwrites {

namespace {

// r is one row: a JSON array in the order SyncOutbox::rows() writes it. s_keyed also gives its first value as
// a uuid, `key`, computed before the joins (OFFSET 0 keeps the planner from folding it into them): compared
// with a table's uuid column it is a plain uuid equality, which row-level security lets the planner use with
// the table's index. Compared as `(r->>0)::uuid`, an expression security must not run before its own checks,
// every visible row of the table was read once per batch, and each batch took longer than the one before
// (bench/bench_sync.cpp --explain-slow).
const QString s_rows = u"jsonb_array_elements(?::jsonb) AS r"_s;
const QString s_keyed =
    u"(SELECT e AS r, (e->>0)::uuid AS key FROM jsonb_array_elements(?::jsonb) AS e OFFSET 0) AS b"_s;
// A row that hangs under another (an event under its attempt) goes in only where the account can see that
// other row: under one another account sent first (two laptops with the same seminar), the server's row-level
// security would refuse it and fail the batch; the other account sends its own.
const QString s_underRun = u"WHERE EXISTS (SELECT 1 FROM saskati.room_runs p WHERE p.uuid = b.key)"_s;
const QString s_underAttempt = u"WHERE EXISTS (SELECT 1 FROM saskati.attempts p WHERE p.uuid = b.key)"_s;
const QString s_underSeminar = u"WHERE EXISTS (SELECT 1 FROM saskati.seminars p WHERE p.uuid = b.key)"_s;

// The statements that keep new rows of people, seminars and scenarios...
const QHash<QString, QString> &firstInserts()
{
    static const QHash<QString, QString> q = {
        {u"participants"_s,
         u"INSERT INTO saskati.participants (uuid, display_name, code, role, created) SELECT (r->>0)::uuid, "
         u"r->>1, "
         u"r->>2, r->>3, (r->>4)::timestamptz FROM %1 ORDER BY 1 ON CONFLICT (uuid) DO NOTHING"_s.arg(
             s_rows)},
        {u"seminars"_s,
         u"INSERT INTO saskati.seminars (uuid, title, date, place, lecturer, audience, scenarios, notes, "
         u"created) "
         u"SELECT (r->>0)::uuid, r->>1, nullif(r->>2, '')::date, r->>3, r->>4, r->>5, r->>6, r->>7, "
         u"(r->>8)::timestamptz FROM %1 ORDER BY 1 ON CONFLICT (uuid) DO NOTHING"_s.arg(s_rows)},
        {u"snapshots"_s,
         u"INSERT INTO saskati.scenario_snapshots (content_hash, scenario_id, version, source) SELECT "
         u"r->>0, r->>1, (r->>2)::integer, decode(r->>3, 'hex') FROM %1 ORDER BY 1 ON CONFLICT "
         u"(content_hash) DO NOTHING"_s.arg(s_rows)},
    };
    return q;
}

// ... and of the rest: rooms, attempts and everything under them, knowledge checks, the directory.
const QHash<QString, QString> &moreInserts()
{
    static const QHash<QString, QString> q = {
        {u"room_runs"_s, u"INSERT INTO saskati.room_runs (uuid, seminar_uuid, scenario_id, scenario_version, "
                         u"content_hash, language, "
                         u"started, finished, status, score) SELECT (r->>0)::uuid, (r->>1)::uuid, r->>2, "
                         u"(r->>3)::integer, r->>4, "
                         u"r->>5, (r->>6)::timestamptz, (r->>7)::timestamptz, r->>8, r->>9 FROM %1 ORDER BY "
                         u"1 ON CONFLICT (uuid) DO "
                         u"NOTHING"_s.arg(s_rows)},
        {u"room_events"_s,
         u"INSERT INTO saskati.room_events (run_uuid, seq, time, type, payload) SELECT (r->>0)::uuid, "
         u"(r->>1)::integer, (r->>2)::timestamptz, r->>3, r->>4 FROM %1 %2 ORDER BY 1, 2 ON CONFLICT "
         u"(run_uuid, seq) DO NOTHING"_s.arg(s_keyed, s_underRun)},
        {u"hand_counts"_s, u"INSERT INTO saskati.room_hand_counts (run_uuid, decision, scene, counts, time) "
                           u"SELECT (r->>0)::uuid, "
                           u"(r->>1)::integer, r->>2, r->>3, (r->>4)::timestamptz FROM %1 %2 ORDER BY 1, 2 "
                           u"ON CONFLICT (run_uuid, "
                           u"decision) DO NOTHING"_s.arg(s_keyed, s_underRun)},
        {u"attempts"_s,
         u"INSERT INTO saskati.attempts (uuid, participant_uuid, seminar_uuid, mode, scenario_id, "
         u"scenario_version, "
         u"content_hash, started, finished, status, score, language, room_run_uuid, percent, total, "
         u"feedback) SELECT "
         u"(r->>0)::uuid, (r->>1)::uuid, (r->>2)::uuid, r->>3, r->>4, (r->>5)::integer, r->>6, "
         u"(r->>7)::timestamptz, "
         u"(r->>8)::timestamptz, r->>9, r->>10, r->>11, (r->>12)::uuid, (r->>13)::integer, (r->>14)::double "
         u"precision, r->>15 FROM %1 ORDER BY 1 ON CONFLICT (uuid) DO NOTHING"_s.arg(s_rows)},
        {u"events"_s,
         u"INSERT INTO saskati.events (attempt_uuid, seq, time, type, payload) SELECT (r->>0)::uuid, "
         u"(r->>1)::integer, (r->>2)::timestamptz, r->>3, r->>4 FROM %1 %2 ORDER BY 1, 2 ON CONFLICT "
         u"(attempt_uuid, seq) DO NOTHING"_s.arg(s_keyed, s_underAttempt)},
        {u"items"_s,
         u"INSERT INTO saskati.attempt_items (attempt_uuid, item, mark, max, answer) SELECT (r->>0)::uuid, "
         u"r->>1, (r->>2)::double precision, (r->>3)::double precision, r->>4 FROM %1 %2 ORDER BY 1, 2 ON "
         u"CONFLICT (attempt_uuid, item) DO NOTHING"_s.arg(s_keyed, s_underAttempt)},
        {u"indicators"_s, u"INSERT INTO saskati.attempt_indicators (attempt_uuid, indicator, present, found, "
                          u"false_named) SELECT "
                          u"(r->>0)::uuid, r->>1, (r->>2)::integer, (r->>3)::integer, (r->>4)::integer FROM "
                          u"%1 %2 ORDER BY 1, 2 ON "
                          u"CONFLICT (attempt_uuid, indicator) DO NOTHING"_s.arg(s_keyed, s_underAttempt)},
        {u"knowledge_answers"_s,
         u"INSERT INTO saskati.knowledge_answers (seminar_uuid, participant_uuid, round, check_id, "
         u"question_id, "
         u"option_id, correct, answered) SELECT (r->>0)::uuid, (r->>1)::uuid, r->>2, r->>3, r->>4, r->>5, "
         u"(r->>6)::integer, (r->>7)::timestamptz FROM %1 %2 ORDER BY 1, 2, 3, 5 ON CONFLICT (seminar_uuid, "
         u"participant_uuid, round, question_id) DO NOTHING"_s.arg(s_keyed, s_underSeminar)},
        {u"key_shown"_s,
         u"INSERT INTO saskati.knowledge_key_shown (seminar_uuid, shown) SELECT (r->>0)::uuid, "
         u"(r->>1)::timestamptz FROM %1 %2 ORDER BY 1 ON CONFLICT (seminar_uuid) DO NOTHING"_s.arg(
             s_keyed, s_underSeminar)},
        // A correction is the municipality's: the newest one wins, whichever laptop made it.
        {u"contacts"_s,
         u"INSERT INTO saskati.institution_contacts (institution, phone, free_phone, address, email, "
         u"website, hours, "
         u"verified_on, updated) SELECT r->>0, r->>1, r->>2, r->>3, r->>4, r->>5, r->>6, nullif(r->>7, "
         u"'')::date, "
         u"(r->>8)::timestamptz FROM %1 ORDER BY 1 ON CONFLICT (municipality, institution) DO UPDATE SET "
         u"phone = "
         u"excluded.phone, free_phone = excluded.free_phone, address = excluded.address, email = "
         u"excluded.email, "
         u"website = excluded.website, hours = excluded.hours, verified_on = excluded.verified_on, updated = "
         u"excluded.updated, owner = excluded.owner WHERE institution_contacts.updated < excluded.updated"_s
             .arg(s_rows)},
    };
    return q;
}

// UPDATE under row-level security touches only the rows the account may change: a row another account sent is
// left alone, silently, where INSERT ... ON CONFLICT DO UPDATE would fail the whole batch.
const QHash<QString, QString> &updates()
{
    static const QHash<QString, QString> q = {
        {u"participants"_s,
         u"UPDATE saskati.participants p SET display_name = r->>1, code = r->>2, role = r->>3 FROM "
         u"%1 WHERE p.uuid = b.key AND (p.display_name, p.code, p.role) IS DISTINCT FROM "
         u"(r->>1, r->>2, r->>3) "
         // Names replaced by codes stay codes, whatever an older copy says.
         u"AND NOT (p.display_name = p.code AND r->>1 <> r->>2)"_s.arg(s_keyed)},
        {u"seminars"_s,
         u"UPDATE saskati.seminars s SET title = r->>1, date = nullif(r->>2, '')::date, place = r->>3, "
         u"lecturer = "
         u"r->>4, audience = r->>5, scenarios = r->>6, notes = r->>7 FROM %1 WHERE s.uuid = b.key "
         u"AND "
         u"(s.title, s.date, s.place, s.lecturer, s.audience, s.scenarios, s.notes) IS DISTINCT FROM (r->>1, "
         u"nullif(r->>2, '')::date, r->>3, r->>4, r->>5, r->>6, r->>7)"_s.arg(s_keyed)},
        {u"room_runs"_s,
         u"UPDATE saskati.room_runs x SET language = r->>5, finished = (r->>7)::timestamptz, status = "
         u"r->>8, score = r->>9 FROM %1 WHERE x.uuid = b.key AND (x.language, x.finished, "
         u"x.status, x.score) IS DISTINCT FROM (r->>5, (r->>7)::timestamptz, r->>8, r->>9)"_s.arg(s_keyed)},
        {u"attempts"_s,
         u"UPDATE saskati.attempts a SET seminar_uuid = (r->>2)::uuid, finished = (r->>8)::timestamptz, "
         u"status = "
         u"r->>9, score = r->>10, language = r->>11, room_run_uuid = (r->>12)::uuid, percent = "
         u"(r->>13)::integer, "
         u"total = (r->>14)::double precision, feedback = r->>15 FROM %1 WHERE a.uuid = b.key AND "
         u"(a.seminar_uuid, a.finished, a.status, a.score, a.language, a.room_run_uuid, a.percent, a.total, "
         u"a.feedback) IS DISTINCT FROM ((r->>2)::uuid, (r->>8)::timestamptz, r->>9, r->>10, r->>11, "
         u"(r->>12)::uuid, (r->>13)::integer, (r->>14)::double precision, r->>15) "
         // A finished attempt does not go back to in progress (an older copy: a bundle, a restored laptop).
         u"AND NOT (a.status <> 'in-progress' AND r->>9 = 'in-progress')"_s.arg(s_keyed)},
        {u"hand_counts"_s,
         u"UPDATE saskati.room_hand_counts h SET scene = r->>2, counts = r->>3, time = "
         u"(r->>4)::timestamptz FROM %1 WHERE h.run_uuid = b.key AND h.decision = "
         u"(r->>1)::integer AND (h.scene, h.counts, h.time) IS DISTINCT FROM (r->>2, r->>3, "
         u"(r->>4)::timestamptz)"_s.arg(s_keyed)},
        {u"items"_s,
         u"UPDATE saskati.attempt_items i SET mark = (r->>2)::double precision, max = (r->>3)::double "
         u"precision, answer = r->>4 FROM %1 WHERE i.attempt_uuid = b.key AND i.item = r->>1 AND "
         u"(i.mark, i.max, i.answer) IS DISTINCT FROM ((r->>2)::double precision, (r->>3)::double "
         u"precision, r->>4)"_s.arg(s_keyed)},
        {u"indicators"_s,
         u"UPDATE saskati.attempt_indicators i SET present = (r->>2)::integer, found = (r->>3)::integer, "
         u"false_named "
         u"= (r->>4)::integer FROM %1 WHERE i.attempt_uuid = b.key AND i.indicator = r->>1 AND "
         u"(i.present, "
         u"i.found, i.false_named) IS DISTINCT FROM ((r->>2)::integer, (r->>3)::integer, (r->>4)::integer)"_s
             .arg(s_keyed)},
        {u"knowledge_answers"_s, u"UPDATE saskati.knowledge_answers k SET check_id = r->>3, option_id = "
                                 u"r->>5, correct = (r->>6)::integer, "
                                 u"answered = (r->>7)::timestamptz FROM %1 WHERE k.seminar_uuid = b.key AND "
                                 u"k.participant_uuid = "
                                 u"(r->>1)::uuid AND k.round = r->>2 AND k.question_id = r->>4 AND "
                                 u"(k.option_id, k.answered) IS DISTINCT "
                                 u"FROM (r->>5, (r->>7)::timestamptz)"_s.arg(s_keyed)},
    };
    return q;
}

} // namespace

QString prune(const QString &table)
{
    // The keys of the batch (attempt uuids as a uuid[] literal), then the rows sent (as for insert()).
    if (table != u"items" && table != u"indicators")
        return {};
    const QString name = table == u"items" ? u"attempt_items"_s : u"attempt_indicators"_s;
    const QString column = table == u"items" ? u"item"_s : u"indicator"_s;
    return u"DELETE FROM saskati.%1 x WHERE x.attempt_uuid = ANY(?::uuid[]) AND NOT EXISTS (SELECT 1 FROM %3 "
           u"WHERE b.key = x.attempt_uuid AND r->>1 = x.%2)"_s.arg(name, column, s_keyed);
}

QString insert(const QString &table)
{
    return firstInserts().contains(table) ? firstInserts().value(table) : moreInserts().value(table);
}

QString update(const QString &table)
{
    return updates().value(table);
}

QString insertUnderNew(const QString &table)
{
    // Without ORDER BY too: no other session can hold a lock on these rows to meet in another order.
    static const QHash<QString, QString> q = {
        {u"events"_s,
         u"INSERT INTO saskati.events (attempt_uuid, seq, time, type, payload) SELECT (r->>0)::uuid, "
         u"(r->>1)::integer, (r->>2)::timestamptz, r->>3, r->>4 FROM %1"_s.arg(s_rows)},
        {u"items"_s,
         u"INSERT INTO saskati.attempt_items (attempt_uuid, item, mark, max, answer) SELECT "
         u"(r->>0)::uuid, r->>1, (r->>2)::double precision, (r->>3)::double precision, r->>4 FROM "
         u"%1"_s.arg(s_rows)},
        {u"indicators"_s, u"INSERT INTO saskati.attempt_indicators (attempt_uuid, indicator, present, found, "
                          u"false_named) SELECT (r->>0)::uuid, r->>1, (r->>2)::integer, (r->>3)::integer, "
                          u"(r->>4)::integer FROM %1"_s.arg(s_rows)},
    };
    return q.value(table);
}

} // namespace saskati::serverwrites
