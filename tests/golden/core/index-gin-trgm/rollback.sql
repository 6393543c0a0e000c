-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.people_full_name_lower_trgm_gist
DROP INDEX public.people_full_name_lower_trgm_gist;

-- drop index public.people_full_name_trgm_idx
DROP INDEX public.people_full_name_trgm_idx;

-- drop extension pg_trgm
DROP EXTENSION pg_trgm;

COMMIT;
