-- Saskati's server schema, step 3 (docs/server.md, "Erasure everywhere"): a person erased while a laptop sends
-- them does not come back.
--
-- refuse_erased() looked for a tombstone before a person was inserted. A sync that sent a person the server
-- already had, while a coordinator erased them, found no tombstone yet (it was not committed), waited on the
-- deleted row for its ON CONFLICT, and once the erasure committed inserted the person again, beside their own
-- tombstone: a BEFORE trigger does not run again. Now it first takes a lock that erase_participant()'s SHARE
-- ROW EXCLUSIVE lock on the erasures conflicts with, so a person is inserted either before an erasure starts
-- (which then waits for that sync's batch to commit) or after it has committed (and its tombstone is seen, by
-- the query after the lock). Syncs do not wait for each other: ROW EXCLUSIVE does not conflict with itself.

CREATE OR REPLACE FUNCTION saskati.refuse_erased() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    LOCK TABLE saskati.erasures IN ROW EXCLUSIVE MODE;
    IF EXISTS (SELECT 1 FROM saskati.erasures WHERE participant_uuid = NEW.uuid) THEN
        RAISE EXCEPTION 'participant % was erased', NEW.uuid USING ERRCODE = 'SK001',
            HINT = 'Sync again: the laptop erases the person first.';
    END IF;
    RETURN NEW;
END $$;
