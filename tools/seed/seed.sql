-- seed.sql: fills a database built from schema/ with realistic, deterministic rows for every
-- table of the users, calendar, analytics and classroom schemas.
--
--     psql -v ON_ERROR_STOP=1 -d <db> -f tools/seed/seed.sql      (as a superuser)
--
-- Deterministic: every id is md5-derived from a (kind, number) pair and every "random" value
-- comes from pg_temp.rnd(key), a hash of a text key, so two runs on an empty database produce
-- identical rows. All timestamps are fixed dates (June 2025 - April 2026), not now(). Triggers
-- stay enabled while seeding (they maintain counters, streaks and the audit trail); the last
-- step rewrites the few values they stamp with now() to deterministic ones.
-- Runs in one transaction; about 25 seconds on a laptop-class machine (~370 000 rows).

\set ON_ERROR_STOP 1
\ir parts/00_helpers.sql
BEGIN;
\ir parts/10_users.sql
\ir parts/20_calendar.sql
\ir parts/30_classroom.sql
\ir parts/40_analytics.sql
\ir parts/90_finalize.sql
COMMIT;
ANALYZE;
