-- Saskati's server schema, step 1 (docs/server.md): the laptops' results, who may see which, and the national
-- figures without names. Run by `saskati-cli server migrate` in one transaction, as the administrator who owns
-- the database; the three group roles exist already (server init makes them). A released step is never
-- edited: a change is the next file.
--
-- The tables mirror the laptop's SQLite store (docs/results-store.md) column for column, with three columns
-- of the server's own: the municipality a row belongs to, the account that sent it (owner) and when it came
-- (received). Event payloads and scores stay text, byte for byte as the laptop wrote them: a score is a pure
-- function of (scenario, events), and the server must give back the events it was given.

CREATE SCHEMA saskati;
REVOKE ALL ON SCHEMA saskati FROM PUBLIC;
GRANT USAGE ON SCHEMA saskati TO saskati_lecturer, saskati_coordinator, saskati_national;

CREATE TABLE saskati.schema_version (version integer NOT NULL);
INSERT INTO saskati.schema_version VALUES (0);

-- This server's identity: a laptop that meets a different server sends everything again.
CREATE TABLE saskati.installation (id uuid PRIMARY KEY, created timestamptz NOT NULL DEFAULT now());
INSERT INTO saskati.installation (id) VALUES (gen_random_uuid());

CREATE TABLE saskati.municipalities (
    id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name text NOT NULL
);

-- The login roles Saskati knows: a lecturer writes and reads their own seminars; a coordinator reads and
-- erases all of their municipality; a national account reads the aggregate views only.
CREATE TABLE saskati.accounts (
    role_name text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('lecturer', 'coordinator', 'national')),
    municipality text REFERENCES saskati.municipalities (id),
    created timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'national') = (municipality IS NULL))
);

-- The caller's municipality and kind: the policies' questions about the account (session_user: the login,
-- not a role it may have set).
CREATE FUNCTION saskati.my_municipality() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
    AS $$ SELECT municipality FROM saskati.accounts WHERE role_name = session_user $$;
CREATE FUNCTION saskati.my_kind() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
    AS $$ SELECT kind FROM saskati.accounts WHERE role_name = session_user $$;
REVOKE ALL ON FUNCTION saskati.my_municipality(), saskati.my_kind() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION saskati.my_municipality(), saskati.my_kind()
    TO saskati_lecturer, saskati_coordinator, saskati_national;

-- ---- The results, as on the laptops --------------------------------------------------------------------

CREATE TABLE saskati.participants (
    uuid uuid PRIMARY KEY,
    display_name text NOT NULL,
    code text NOT NULL,
    role text NOT NULL DEFAULT '',
    created timestamptz NOT NULL,
    municipality text NOT NULL DEFAULT saskati.my_municipality() REFERENCES saskati.municipalities (id),
    owner text NOT NULL DEFAULT session_user,
    received timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE saskati.seminars (
    uuid uuid PRIMARY KEY,
    title text NOT NULL,
    date date,
    place text NOT NULL DEFAULT '',
    lecturer text NOT NULL DEFAULT '',
    audience text NOT NULL DEFAULT '',
    scenarios text NOT NULL DEFAULT '[]',
    notes text NOT NULL DEFAULT '',
    created timestamptz NOT NULL,
    municipality text NOT NULL DEFAULT saskati.my_municipality() REFERENCES saskati.municipalities (id),
    owner text NOT NULL DEFAULT session_user,
    received timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX seminars_municipality ON saskati.seminars (municipality, date);

-- The scenario each attempt was scored against, as played (no personal data: shared by every account).
CREATE TABLE saskati.scenario_snapshots (
    content_hash text PRIMARY KEY,
    scenario_id text NOT NULL,
    version integer NOT NULL,
    source bytea NOT NULL
);

CREATE TABLE saskati.room_runs (
    uuid uuid PRIMARY KEY,
    seminar_uuid uuid NOT NULL REFERENCES saskati.seminars (uuid) ON DELETE CASCADE,
    scenario_id text NOT NULL,
    scenario_version integer NOT NULL,
    content_hash text NOT NULL REFERENCES saskati.scenario_snapshots (content_hash),
    language text NOT NULL DEFAULT '',
    started timestamptz NOT NULL,
    finished timestamptz,
    status text NOT NULL,
    score text,
    municipality text NOT NULL DEFAULT saskati.my_municipality() REFERENCES saskati.municipalities (id),
    owner text NOT NULL DEFAULT session_user,
    received timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX room_runs_seminar ON saskati.room_runs (seminar_uuid);

CREATE TABLE saskati.room_events (
    run_uuid uuid NOT NULL REFERENCES saskati.room_runs (uuid) ON DELETE CASCADE,
    seq integer NOT NULL,
    time timestamptz NOT NULL,
    type text NOT NULL,
    payload text NOT NULL,
    PRIMARY KEY (run_uuid, seq)
);

CREATE TABLE saskati.room_hand_counts (
    run_uuid uuid NOT NULL REFERENCES saskati.room_runs (uuid) ON DELETE CASCADE,
    decision integer NOT NULL,
    scene text NOT NULL,
    counts text NOT NULL,
    time timestamptz NOT NULL,
    PRIMARY KEY (run_uuid, decision)
);

CREATE TABLE saskati.attempts (
    uuid uuid PRIMARY KEY,
    participant_uuid uuid NOT NULL REFERENCES saskati.participants (uuid) ON DELETE CASCADE,
    seminar_uuid uuid REFERENCES saskati.seminars (uuid) ON DELETE SET NULL,
    mode text NOT NULL,
    scenario_id text NOT NULL,
    scenario_version integer NOT NULL,
    content_hash text NOT NULL REFERENCES saskati.scenario_snapshots (content_hash),
    started timestamptz NOT NULL,
    finished timestamptz,
    status text NOT NULL,
    score text,
    language text NOT NULL DEFAULT '',
    room_run_uuid uuid REFERENCES saskati.room_runs (uuid) ON DELETE SET NULL,
    percent integer,
    total double precision,
    feedback text NOT NULL DEFAULT '',
    municipality text NOT NULL DEFAULT saskati.my_municipality() REFERENCES saskati.municipalities (id),
    owner text NOT NULL DEFAULT session_user,
    received timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attempts_participant ON saskati.attempts (participant_uuid);
CREATE INDEX attempts_seminar ON saskati.attempts (seminar_uuid);
CREATE INDEX attempts_scenario ON saskati.attempts (scenario_id, started);
CREATE INDEX attempts_owner ON saskati.attempts (owner);
CREATE INDEX attempts_municipality ON saskati.attempts (municipality, started);
CREATE INDEX attempts_room_run ON saskati.attempts (room_run_uuid);

CREATE TABLE saskati.events (
    attempt_uuid uuid NOT NULL REFERENCES saskati.attempts (uuid) ON DELETE CASCADE,
    seq integer NOT NULL,
    time timestamptz NOT NULL,
    type text NOT NULL,
    payload text NOT NULL,
    PRIMARY KEY (attempt_uuid, seq)
);

-- The review's rows (docs/review-statistics.md): each finished attempt's decisions and indicator counts.
CREATE TABLE saskati.attempt_items (
    attempt_uuid uuid NOT NULL REFERENCES saskati.attempts (uuid) ON DELETE CASCADE,
    item text NOT NULL,
    mark double precision NOT NULL,
    max double precision NOT NULL,
    answer text NOT NULL DEFAULT '',
    PRIMARY KEY (attempt_uuid, item)
);

CREATE TABLE saskati.attempt_indicators (
    attempt_uuid uuid NOT NULL REFERENCES saskati.attempts (uuid) ON DELETE CASCADE,
    indicator text NOT NULL,
    present integer NOT NULL,
    found integer NOT NULL,
    false_named integer NOT NULL,
    PRIMARY KEY (attempt_uuid, indicator)
);

-- The coordinator's corrections of the institution directory, per municipality.
CREATE TABLE saskati.institution_contacts (
    municipality text NOT NULL DEFAULT saskati.my_municipality() REFERENCES saskati.municipalities (id),
    institution text NOT NULL,
    phone text NOT NULL DEFAULT '',
    free_phone text NOT NULL DEFAULT '',
    address text NOT NULL DEFAULT '',
    email text NOT NULL DEFAULT '',
    website text NOT NULL DEFAULT '',
    hours text NOT NULL DEFAULT '',
    verified_on date,
    updated timestamptz NOT NULL,
    owner text NOT NULL DEFAULT session_user,
    PRIMARY KEY (municipality, institution)
);

CREATE TABLE saskati.knowledge_answers (
    seminar_uuid uuid NOT NULL REFERENCES saskati.seminars (uuid) ON DELETE CASCADE,
    participant_uuid uuid NOT NULL REFERENCES saskati.participants (uuid) ON DELETE CASCADE,
    round text NOT NULL CHECK (round IN ('before', 'after')),
    check_id text NOT NULL,
    question_id text NOT NULL,
    option_id text NOT NULL,
    correct integer NOT NULL,
    answered timestamptz NOT NULL,
    PRIMARY KEY (seminar_uuid, participant_uuid, round, question_id)
);
CREATE INDEX knowledge_answers_participant ON saskati.knowledge_answers (participant_uuid);

CREATE TABLE saskati.knowledge_key_shown (
    seminar_uuid uuid PRIMARY KEY REFERENCES saskati.seminars (uuid) ON DELETE CASCADE,
    shown timestamptz NOT NULL
);

-- An erased person, by uuid only: it removes them from the server and, on their next sync, from every laptop;
-- and it refuses their rows from a laptop that has not heard of it yet.
CREATE TABLE saskati.erasures (
    participant_uuid uuid PRIMARY KEY,
    erased timestamptz NOT NULL DEFAULT now(),
    municipality text REFERENCES saskati.municipalities (id),
    seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);

-- ---- Who sees what: row-level security -------------------------------------------------------------------
-- A lecturer's rows are those they sent; a coordinator's, their municipality's. Rows that hang under another
-- (events under attempts, ...) are visible exactly when that row is: the policy's subquery is itself filtered.
-- The account's municipality is asked as (SELECT saskati.my_municipality()): once per statement (an InitPlan),
-- not once per row, which a sync of millions of events would feel.

DO $$
DECLARE
    owned text[] := ARRAY['participants', 'seminars', 'room_runs', 'attempts'];
    t text;
BEGIN
    FOREACH t IN ARRAY owned LOOP
        EXECUTE format('ALTER TABLE saskati.%I ENABLE ROW LEVEL SECURITY', t);
        -- The municipality too: an account name used again in another municipality reads nothing of the old.
        EXECUTE format('CREATE POLICY lecturer_own ON saskati.%I TO saskati_lecturer '
                       'USING (owner = session_user AND municipality = (SELECT saskati.my_municipality()))', t);
        EXECUTE format('CREATE POLICY coordinator_municipality ON saskati.%I TO saskati_coordinator '
                       'USING (municipality = (SELECT saskati.my_municipality()))', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON saskati.%I TO saskati_lecturer, saskati_coordinator', t);
    END LOOP;
END $$;

ALTER TABLE saskati.events ENABLE ROW LEVEL SECURITY;
CREATE POLICY through_attempt ON saskati.events TO saskati_lecturer, saskati_coordinator
    USING (EXISTS (SELECT 1 FROM saskati.attempts a WHERE a.uuid = attempt_uuid));
ALTER TABLE saskati.attempt_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY through_attempt ON saskati.attempt_items TO saskati_lecturer, saskati_coordinator
    USING (EXISTS (SELECT 1 FROM saskati.attempts a WHERE a.uuid = attempt_uuid));
ALTER TABLE saskati.attempt_indicators ENABLE ROW LEVEL SECURITY;
CREATE POLICY through_attempt ON saskati.attempt_indicators TO saskati_lecturer, saskati_coordinator
    USING (EXISTS (SELECT 1 FROM saskati.attempts a WHERE a.uuid = attempt_uuid));
ALTER TABLE saskati.room_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY through_run ON saskati.room_events TO saskati_lecturer, saskati_coordinator
    USING (EXISTS (SELECT 1 FROM saskati.room_runs r WHERE r.uuid = run_uuid));
ALTER TABLE saskati.room_hand_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY through_run ON saskati.room_hand_counts TO saskati_lecturer, saskati_coordinator
    USING (EXISTS (SELECT 1 FROM saskati.room_runs r WHERE r.uuid = run_uuid));
ALTER TABLE saskati.knowledge_answers ENABLE ROW LEVEL SECURITY;
CREATE POLICY through_seminar ON saskati.knowledge_answers TO saskati_lecturer, saskati_coordinator
    USING (EXISTS (SELECT 1 FROM saskati.seminars s WHERE s.uuid = seminar_uuid));
ALTER TABLE saskati.knowledge_key_shown ENABLE ROW LEVEL SECURITY;
CREATE POLICY through_seminar ON saskati.knowledge_key_shown TO saskati_lecturer, saskati_coordinator
    USING (EXISTS (SELECT 1 FROM saskati.seminars s WHERE s.uuid = seminar_uuid));
-- Review rows are rewritten when an attempt is indexed again: the old ones go.
GRANT DELETE ON saskati.attempt_items, saskati.attempt_indicators TO saskati_lecturer, saskati_coordinator;
GRANT SELECT, INSERT, UPDATE ON saskati.events, saskati.attempt_items, saskati.attempt_indicators,
    saskati.room_events, saskati.room_hand_counts, saskati.knowledge_answers, saskati.knowledge_key_shown
    TO saskati_lecturer, saskati_coordinator;

-- The directory's corrections: read and written within the municipality.
ALTER TABLE saskati.institution_contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY same_municipality ON saskati.institution_contacts TO saskati_lecturer, saskati_coordinator
    USING (municipality = (SELECT saskati.my_municipality()));
GRANT SELECT, INSERT, UPDATE ON saskati.institution_contacts TO saskati_lecturer, saskati_coordinator;

GRANT SELECT, INSERT ON saskati.scenario_snapshots TO saskati_lecturer, saskati_coordinator;
GRANT SELECT ON saskati.installation, saskati.schema_version, saskati.municipalities
    TO saskati_lecturer, saskati_coordinator, saskati_national;

-- Tombstones carry no name: every lecturer and coordinator of the municipality reads them, to erase locally.
ALTER TABLE saskati.erasures ENABLE ROW LEVEL SECURITY;
CREATE POLICY same_municipality ON saskati.erasures TO saskati_lecturer, saskati_coordinator
    USING (municipality IS NULL OR municipality = (SELECT saskati.my_municipality()));
GRANT SELECT ON saskati.erasures TO saskati_lecturer, saskati_coordinator;

-- ---- Erasure ---------------------------------------------------------------------------------------------

-- Erases a person from the server and leaves a tombstone. A coordinator may erase anyone of their
-- municipality; a lecturer, a person they sent. A person the server never had still gets a tombstone (the
-- laptop erased them before sending), so that no laptop can send them later.
CREATE FUNCTION saskati.erase_participant(person uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
    AS $$
DECLARE
    their_municipality text;
    their_owner text;
BEGIN
    -- One erasure at a time: tombstones commit in the order of their seq, so a laptop that has read up to seq N
    -- never misses one that commits later with a smaller number.
    LOCK TABLE saskati.erasures IN SHARE ROW EXCLUSIVE MODE;
    SELECT municipality, owner INTO their_municipality, their_owner FROM saskati.participants WHERE uuid = person;
    IF FOUND THEN
        -- IS NOT TRUE: an account without a row in saskati.accounts (NULL kind) is refused, not let through.
        IF ((saskati.my_kind() = 'coordinator' AND their_municipality = saskati.my_municipality())
            OR (saskati.my_kind() = 'lecturer' AND their_owner = session_user
                AND their_municipality = saskati.my_municipality())) IS NOT TRUE THEN
            RAISE EXCEPTION 'account % may not erase participant %', session_user, person
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        DELETE FROM saskati.participants WHERE uuid = person;
    ELSIF (saskati.my_kind() IN ('lecturer', 'coordinator')) IS NOT TRUE THEN
        RAISE EXCEPTION 'account % may not erase', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO saskati.erasures (participant_uuid, municipality)
        VALUES (person, coalesce(their_municipality, saskati.my_municipality()))
        ON CONFLICT (participant_uuid) DO NOTHING;
END $$;
REVOKE ALL ON FUNCTION saskati.erase_participant(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION saskati.erase_participant(uuid) TO saskati_lecturer, saskati_coordinator;

-- Which of these people (a laptop's JSON array of rows, the uuid first) are erased, in any municipality: a
-- laptop that holds one erases them before sending. Says nothing but the uuids the laptop already has.
CREATE FUNCTION saskati.erased_among(people jsonb) RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
    AS $$ SELECT r->>0 FROM jsonb_array_elements(people) AS r
          WHERE EXISTS (SELECT 1 FROM saskati.erasures e WHERE e.participant_uuid = (r->>0)::uuid) $$;
REVOKE ALL ON FUNCTION saskati.erased_among(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION saskati.erased_among(jsonb) TO saskati_lecturer, saskati_coordinator;

-- An erased person's rows are refused, whoever sends them (their attempts then fail on the missing person).
CREATE FUNCTION saskati.refuse_erased() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
    AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM saskati.erasures WHERE participant_uuid = NEW.uuid) THEN
        RAISE EXCEPTION 'participant % was erased', NEW.uuid USING ERRCODE = 'SK001',
            HINT = 'Sync again: the laptop erases the person first.';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER refuse_erased BEFORE INSERT ON saskati.participants
    FOR EACH ROW EXECUTE FUNCTION saskati.refuse_erased();

-- ---- The national view: figures, no names ------------------------------------------------------------------
-- Views run with their owner's rights, so they read every municipality; they show counts and means only, and
-- only for groups of at least five people: a mean of one or two people's scores would be theirs.

CREATE VIEW saskati.national_results AS
    SELECT a.municipality, a.scenario_id, date_trunc('month', a.started)::date AS month,
           count(*) AS attempts,
           count(*) FILTER (WHERE a.status = 'completed') AS completed,
           round(avg(a.percent) FILTER (WHERE a.status = 'completed'), 1) AS mean_percent,
           count(DISTINCT a.seminar_uuid) AS seminars
    FROM saskati.attempts a
    GROUP BY a.municipality, a.scenario_id, date_trunc('month', a.started)
    HAVING count(DISTINCT a.participant_uuid) >= 5;

CREATE VIEW saskati.national_knowledge AS
    SELECT s.municipality, k.check_id, k.round, count(DISTINCT k.participant_uuid) AS participants,
           count(*) AS answers, round(avg(k.correct) * 100, 1) AS percent_right
    FROM saskati.knowledge_answers k JOIN saskati.seminars s ON s.uuid = k.seminar_uuid
    GROUP BY s.municipality, k.check_id, k.round
    HAVING count(DISTINCT k.participant_uuid) >= 5;

GRANT SELECT ON saskati.national_results, saskati.national_knowledge
    TO saskati_national, saskati_coordinator;
