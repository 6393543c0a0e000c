-- schemac forward plan: 3 steps
-- hazards: blocks-writes, long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create extension pg_trgm
CREATE EXTENSION pg_trgm WITH SCHEMA public;

-- create index public.people_full_name_trgm_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX people_full_name_trgm_idx ON public.people USING gin (full_name gin_trgm_ops);

-- create index public.people_full_name_lower_trgm_gist
-- hazards: blocks-writes, long-scan
CREATE INDEX people_full_name_lower_trgm_gist ON public.people USING gist ((lower(full_name)) gist_trgm_ops);

COMMIT;
