-- Saskati's server schema, step 2 (docs/server.md, "Sync"): the planner's statistics kept up while laptops
-- fill the tables, and every function that runs as the owner made safe from temporary objects.
--
-- A sync into a new server adds rows far faster than autovacuum analyses them (it looks once a minute), and on
-- tables it has never analysed the planner guesses that the row-level security policies keep a handful of
-- rows: it then joins a batch against a whole table, and each batch takes longer than the one before
-- (bench/bench_sync.cpp --trace). The sync calls this now and then; only the owner may ANALYZE, so it runs as
-- the owner, and it analyses only the tables that changed by a fifth since they were last analysed, one caller
-- at a time, skipping a table another session holds.
--
-- A function that runs as its owner must not find a name in pg_temp, which every account may fill and which is
-- searched first unless the search path names it: pg_temp goes last, and the catalogue's names are written in
-- full.

CREATE FUNCTION saskati.refresh_statistics() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    stale record;
    analysed integer := 0;
BEGIN
    IF NOT pg_catalog.pg_try_advisory_xact_lock(pg_catalog.hashtext('saskati.refresh_statistics')) THEN
        RETURN 0;
    END IF;
    FOR stale IN
        SELECT s.relname
        FROM pg_catalog.pg_stat_user_tables s JOIN pg_catalog.pg_class c ON c.oid = s.relid
        WHERE c.relnamespace = 'saskati'::regnamespace
          AND s.n_mod_since_analyze >= 500
          AND s.n_mod_since_analyze >= 0.2 * greatest(c.reltuples, 0)
    LOOP
        EXECUTE pg_catalog.format('ANALYZE (SKIP_LOCKED) saskati.%I', stale.relname);
        analysed := analysed + 1;
    END LOOP;
    RETURN analysed;
END
$$;
REVOKE ALL ON FUNCTION saskati.refresh_statistics() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION saskati.refresh_statistics() TO saskati_lecturer, saskati_coordinator;

-- Step 1's functions that run as the owner, with pg_temp last.
ALTER FUNCTION saskati.my_municipality() SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION saskati.my_kind() SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION saskati.erase_participant(uuid) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION saskati.erased_among(jsonb) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION saskati.refuse_erased() SET search_path = pg_catalog, pg_temp;
