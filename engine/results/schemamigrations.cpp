#include "schemamigrations.h"

#include "resultsdatabase.h"

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// A trigger that puts the key of each row written to `table` into the sync outbox (step 10).
QString outboxTrigger(const QString &table, const QString &event, const QString &kind, const QString &key)
{
    return u"CREATE TRIGGER outbox_%1_%2 AFTER %2 ON %1 BEGIN UPDATE sync_counter SET n = n + 1; "
           u"INSERT INTO sync_outbox (kind, key, generation) VALUES ('%3', %4, (SELECT n FROM sync_counter)) "
           u"ON CONFLICT (kind, key) DO UPDATE SET generation = excluded.generation; END"_s.arg(table, event,
                                                                                                kind, key);
}

// Each migration step brings the schema from version N-1 to N, in one transaction. Never edit a released
// step: add a new one (docs/results-store.md).
const QList<QStringList> s_steps = {
    // 1: participants, seminars, attempts, their events, and snapshots of the scenarios played.
    {
        u"CREATE TABLE participants (uuid TEXT PRIMARY KEY NOT NULL, display_name TEXT NOT NULL, "
        u"code TEXT NOT NULL UNIQUE, role TEXT NOT NULL DEFAULT '', created TEXT NOT NULL)"_s,
        u"CREATE TABLE seminars (uuid TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, date TEXT, "
        u"place TEXT NOT NULL DEFAULT '', lecturer TEXT NOT NULL DEFAULT '', audience TEXT NOT NULL DEFAULT "
        u"'', "
        u"scenarios TEXT NOT NULL DEFAULT '[]', notes TEXT NOT NULL DEFAULT '', created TEXT NOT NULL)"_s,
        u"CREATE TABLE scenario_snapshots (content_hash TEXT PRIMARY KEY NOT NULL, scenario_id TEXT NOT "
        u"NULL, "
        u"version INTEGER NOT NULL, source BLOB NOT NULL)"_s,
        u"CREATE TABLE attempts (uuid TEXT PRIMARY KEY NOT NULL, "
        u"participant_uuid TEXT NOT NULL REFERENCES participants(uuid) ON DELETE CASCADE, "
        u"seminar_uuid TEXT REFERENCES seminars(uuid) ON DELETE SET NULL, mode TEXT NOT NULL, "
        u"scenario_id TEXT NOT NULL, scenario_version INTEGER NOT NULL, "
        u"content_hash TEXT NOT NULL REFERENCES scenario_snapshots(content_hash), started TEXT NOT NULL, "
        u"finished TEXT, status TEXT NOT NULL, score TEXT)"_s,
        u"CREATE INDEX attempts_participant ON attempts(participant_uuid)"_s,
        u"CREATE TABLE events (attempt_uuid TEXT NOT NULL REFERENCES attempts(uuid) ON DELETE CASCADE, "
        u"seq INTEGER NOT NULL, time TEXT NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL, "
        u"PRIMARY KEY (attempt_uuid, seq)) WITHOUT ROWID"_s,
    },
    // 2: the language an attempt was played in; settings (coordinator preferences); finding interrupted
    // attempts.
    {
        u"ALTER TABLE attempts ADD COLUMN language TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
        u"CREATE INDEX attempts_status ON attempts(status)"_s,
    },
    // 3: seminar rooms: the path a room took through a scenario (its own event log), show-of-hands counts,
    // and the link from each participant's attempt to the room it was played in.
    {
        u"CREATE TABLE room_runs (uuid TEXT PRIMARY KEY NOT NULL, "
        u"seminar_uuid TEXT NOT NULL REFERENCES seminars(uuid) ON DELETE CASCADE, scenario_id TEXT NOT NULL, "
        u"scenario_version INTEGER NOT NULL, "
        u"content_hash TEXT NOT NULL REFERENCES scenario_snapshots(content_hash), "
        u"language TEXT NOT NULL DEFAULT '', started TEXT NOT NULL, finished TEXT, status TEXT NOT NULL, "
        u"score TEXT)"_s,
        u"CREATE INDEX room_runs_seminar ON room_runs(seminar_uuid)"_s,
        u"CREATE TABLE room_events (run_uuid TEXT NOT NULL REFERENCES room_runs(uuid) ON DELETE CASCADE, "
        u"seq INTEGER NOT NULL, time TEXT NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL, "
        u"PRIMARY KEY (run_uuid, seq)) WITHOUT ROWID"_s,
        u"CREATE TABLE room_hand_counts (run_uuid TEXT NOT NULL REFERENCES room_runs(uuid) ON DELETE "
        u"CASCADE, "
        u"decision INTEGER NOT NULL, scene TEXT NOT NULL, counts TEXT NOT NULL, time TEXT NOT NULL, "
        u"PRIMARY KEY (run_uuid, decision)) WITHOUT ROWID"_s,
        u"ALTER TABLE attempts ADD COLUMN room_run_uuid TEXT REFERENCES room_runs(uuid) ON DELETE SET NULL"_s,
        u"CREATE INDEX attempts_room_run ON attempts(room_run_uuid)"_s,
    },
    // 4: the coordinator's review: each finished attempt's percent and total as columns, its decisions
    // (items)
    // and indicator counts as rows, so that the review's figures are SQL aggregates
    // (docs/review-statistics.md).
    // Attempts finished before version 4 get their items on the next `results reindex` (or app start).
    {
        u"ALTER TABLE attempts ADD COLUMN percent INTEGER"_s,
        u"ALTER TABLE attempts ADD COLUMN total REAL"_s,
        u"UPDATE attempts SET percent = json_extract(score, '$.percent'), total = json_extract(score, "
        u"'$.total') "
        u"WHERE score IS NOT NULL"_s,
        u"CREATE INDEX attempts_scenario ON attempts(scenario_id, started)"_s,
        u"CREATE INDEX attempts_seminar ON attempts(seminar_uuid)"_s,
        u"CREATE TABLE attempt_items (attempt_uuid TEXT NOT NULL REFERENCES attempts(uuid) ON DELETE "
        u"CASCADE, "
        u"item TEXT NOT NULL, mark REAL NOT NULL, max REAL NOT NULL, answer TEXT NOT NULL DEFAULT '', "
        u"PRIMARY KEY (attempt_uuid, item)) WITHOUT ROWID"_s,
        u"CREATE TABLE attempt_indicators (attempt_uuid TEXT NOT NULL REFERENCES attempts(uuid) ON DELETE "
        u"CASCADE, "
        u"indicator TEXT NOT NULL, present INTEGER NOT NULL, found INTEGER NOT NULL, false_named INTEGER NOT "
        u"NULL, "
        u"PRIMARY KEY (attempt_uuid, indicator)) WITHOUT ROWID"_s,
    },
    // 5: the coordinator's corrections of the institution directory's contacts, each with the date it was
    // verified; they override the catalogue file's (which a coordinator may not be able to edit) in debriefs.
    {
        u"CREATE TABLE institution_contacts (institution TEXT PRIMARY KEY NOT NULL, phone TEXT NOT NULL "
        u"DEFAULT "
        u"'', free_phone TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', email TEXT NOT NULL "
        u"DEFAULT '', website TEXT NOT NULL DEFAULT '', hours TEXT NOT NULL DEFAULT '', verified_on TEXT NOT "
        u"NULL DEFAULT '', updated TEXT NOT NULL)"_s,
    },
    // 6: who is in a seminar room, so that it can resume after a crash: each phone's member id, a hash of its
    // resume token (the token itself stays on the phone), the participant and the page's language.
    {
        u"CREATE TABLE room_members (seminar_uuid TEXT NOT NULL REFERENCES seminars(uuid) ON DELETE CASCADE, "
        u"member_id TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, "
        u"participant_uuid TEXT NOT NULL REFERENCES participants(uuid) ON DELETE CASCADE, "
        u"language TEXT NOT NULL DEFAULT 'lv', joined TEXT NOT NULL, PRIMARY KEY (seminar_uuid, member_id)) "
        u"WITHOUT ROWID"_s,
        u"CREATE INDEX room_members_participant ON room_members(participant_uuid)"_s,
    },
    // 7: whether an attempt's conversation moves were played with feedback after each move (practice) or
    // without (assessment), for the review's comparison (docs/review-statistics.md, section 5). Written with
    // the review rows; '' for attempts that recorded none.
    {
        u"ALTER TABLE attempts ADD COLUMN feedback TEXT NOT NULL DEFAULT ''"_s,
    },
    // 8: a prevention seminar's knowledge check (issue #20): each participant's answer to each question,
    // before
    // and after, with whether it was right by the catalogue of the day.
    {
        u"CREATE TABLE knowledge_answers (seminar_uuid TEXT NOT NULL REFERENCES seminars(uuid) ON DELETE "
        u"CASCADE, participant_uuid TEXT NOT NULL REFERENCES participants(uuid) ON DELETE CASCADE, "
        u"round TEXT NOT NULL CHECK (round IN ('before', 'after')), check_id TEXT NOT NULL, "
        u"question_id TEXT NOT NULL, option_id TEXT NOT NULL, correct INTEGER NOT NULL, answered TEXT NOT "
        u"NULL, "
        u"PRIMARY KEY (seminar_uuid, participant_uuid, round, question_id)) WITHOUT ROWID"_s,
        u"CREATE INDEX knowledge_answers_participant ON knowledge_answers(participant_uuid)"_s,
    },
    // 9: when a seminar's knowledge check showed its right answers on the phones: after that no round opens
    // again, also after the app was restarted (answers given knowing the key would make the gain a lie).
    {
        u"CREATE TABLE knowledge_key_shown (seminar_uuid TEXT PRIMARY KEY NOT NULL REFERENCES seminars(uuid) "
        u"ON DELETE CASCADE, shown TEXT NOT NULL) WITHOUT ROWID"_s,
    },
    // 10: what the shared server (issue #22, docs/server.md) does not have yet. Triggers put every written
    // row's
    // key in the outbox, whichever code path wrote it (recorder, room, bundle import, reindex); a sync takes
    // keys out only once the server has committed them, and only if they were not written again meanwhile
    // (generation: a number that only grows, from sync_counter, so that an entry written again after a sync
    // took it out never carries the number that sync read). An erased person leaves a tombstone (their uuid,
    // no name) for the server.
    {
        u"CREATE TABLE sync_outbox (kind TEXT NOT NULL, key TEXT NOT NULL, generation INTEGER NOT NULL "
        u"DEFAULT 0, "
        u"PRIMARY KEY (kind, key)) WITHOUT ROWID"_s,
        u"CREATE TABLE sync_counter (n INTEGER NOT NULL)"_s,
        u"INSERT INTO sync_counter VALUES (0)"_s,
        u"CREATE TABLE erasures (participant_uuid TEXT PRIMARY KEY NOT NULL, erased TEXT NOT NULL) WITHOUT ROWID"_s,
        outboxTrigger(u"participants"_s, u"INSERT"_s, u"participant"_s, u"NEW.uuid"_s),
        outboxTrigger(u"participants"_s, u"UPDATE"_s, u"participant"_s, u"NEW.uuid"_s),
        outboxTrigger(u"seminars"_s, u"INSERT"_s, u"seminar"_s, u"NEW.uuid"_s),
        outboxTrigger(u"seminars"_s, u"UPDATE"_s, u"seminar"_s, u"NEW.uuid"_s),
        outboxTrigger(u"attempts"_s, u"INSERT"_s, u"attempt"_s, u"NEW.uuid"_s),
        outboxTrigger(u"attempts"_s, u"UPDATE"_s, u"attempt"_s, u"NEW.uuid"_s),
        outboxTrigger(u"events"_s, u"INSERT"_s, u"attempt"_s, u"NEW.attempt_uuid"_s),
        outboxTrigger(u"attempt_items"_s, u"INSERT"_s, u"attempt"_s, u"NEW.attempt_uuid"_s),
        outboxTrigger(u"attempt_items"_s, u"UPDATE"_s, u"attempt"_s, u"NEW.attempt_uuid"_s),
        outboxTrigger(u"attempt_indicators"_s, u"INSERT"_s, u"attempt"_s, u"NEW.attempt_uuid"_s),
        outboxTrigger(u"attempt_indicators"_s, u"UPDATE"_s, u"attempt"_s, u"NEW.attempt_uuid"_s),
        outboxTrigger(u"room_runs"_s, u"INSERT"_s, u"room_run"_s, u"NEW.uuid"_s),
        outboxTrigger(u"room_runs"_s, u"UPDATE"_s, u"room_run"_s, u"NEW.uuid"_s),
        outboxTrigger(u"room_events"_s, u"INSERT"_s, u"room_run"_s, u"NEW.run_uuid"_s),
        outboxTrigger(u"room_hand_counts"_s, u"INSERT"_s, u"room_run"_s, u"NEW.run_uuid"_s),
        outboxTrigger(u"room_hand_counts"_s, u"UPDATE"_s, u"room_run"_s, u"NEW.run_uuid"_s),
        outboxTrigger(u"knowledge_answers"_s, u"INSERT"_s, u"knowledge"_s, u"NEW.seminar_uuid"_s),
        outboxTrigger(u"knowledge_answers"_s, u"UPDATE"_s, u"knowledge"_s, u"NEW.seminar_uuid"_s),
        outboxTrigger(u"knowledge_key_shown"_s, u"INSERT"_s, u"knowledge"_s, u"NEW.seminar_uuid"_s),
        outboxTrigger(u"institution_contacts"_s, u"INSERT"_s, u"contact"_s, u"NEW.institution"_s),
        outboxTrigger(u"institution_contacts"_s, u"UPDATE"_s, u"contact"_s, u"NEW.institution"_s),
        u"CREATE TRIGGER outbox_participants_DELETE AFTER DELETE ON participants BEGIN "
        u"INSERT INTO erasures (participant_uuid, erased) VALUES (OLD.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', "
        u"'now')) "
        u"ON CONFLICT (participant_uuid) DO NOTHING; "
        u"UPDATE sync_counter SET n = n + 1; "
        u"INSERT INTO sync_outbox (kind, key, generation) VALUES ('erasure', OLD.uuid, (SELECT n FROM "
        u"sync_counter)) "
        u"ON CONFLICT (kind, key) DO UPDATE SET generation = excluded.generation; END"_s,
        // What was written before this version is not on any server yet.
        u"INSERT INTO sync_outbox (kind, key) SELECT 'participant', uuid FROM participants"_s,
        u"INSERT INTO sync_outbox (kind, key) SELECT 'seminar', uuid FROM seminars"_s,
        u"INSERT INTO sync_outbox (kind, key) SELECT 'room_run', uuid FROM room_runs"_s,
        u"INSERT INTO sync_outbox (kind, key) SELECT 'attempt', uuid FROM attempts"_s,
        u"INSERT INTO sync_outbox (kind, key) SELECT DISTINCT 'knowledge', seminar_uuid FROM knowledge_answers"_s,
        u"INSERT INTO sync_outbox (kind, key) SELECT 'contact', institution FROM institution_contacts"_s,
    },
};
} // namespace

static_assert(ResultsDatabase::schemaVersion == 10, "add the migration step to s_steps");

const QList<QStringList> &schemaMigrations()
{
    return s_steps;
}

} // namespace saskati
