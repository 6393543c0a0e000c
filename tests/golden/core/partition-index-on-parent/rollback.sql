-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.page_hits_id_hit_at_uidx
DROP INDEX public.page_hits_id_hit_at_uidx;

-- drop index public.page_hits_url_idx
DROP INDEX public.page_hits_url_idx;

COMMIT;
