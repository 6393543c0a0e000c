-- schemac rollback plan: 3 steps
-- hazards: blocks-writes, long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.urls_host_prefix_idx
DROP INDEX public.urls_host_prefix_idx;

-- drop index public.urls_path_idx
DROP INDEX public.urls_path_idx;

-- create index public.urls_path_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX urls_path_idx ON public.urls (path);

COMMIT;
