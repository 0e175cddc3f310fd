-- Saskati's server schema, step 2 (docs/server.md, "Sync"): the planner's statistics kept up while laptops
-- fill the tables. A sync into a new server adds rows far faster than autovacuum analyses them (it looks once a
-- minute), and on tables it has never analysed the planner guesses that the row-level security policies keep
-- a handful of rows: it then joins a batch against a whole table, and each batch takes longer than the one
-- before (bench/bench_sync.cpp --trace). The sync calls this now and then; only the owner may ANALYZE, so it
-- runs as the owner, and it analyses only the tables that changed by a fifth since they were last analysed.

CREATE FUNCTION saskati.refresh_statistics() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    stale record;
    analysed integer := 0;
BEGIN
    FOR stale IN
        SELECT s.relname
        FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
        WHERE s.schemaname = 'saskati'
          AND s.n_mod_since_analyze >= 500
          AND s.n_mod_since_analyze >= 0.2 * greatest(c.reltuples, 0)
    LOOP
        EXECUTE format('ANALYZE saskati.%I', stale.relname);
        analysed := analysed + 1;
    END LOOP;
    RETURN analysed;
END
$$;
REVOKE ALL ON FUNCTION saskati.refresh_statistics() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION saskati.refresh_statistics() TO saskati_lecturer, saskati_coordinator;
