-- schemac forward plan: 2 steps
-- hazards: blocks-writes, long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.jobs_runnable_idx
DROP INDEX public.jobs_runnable_idx;

-- create index public.jobs_runnable_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX jobs_runnable_idx ON public.jobs (run_at) WHERE (state IN ('queued', 'retrying') AND attempts < 5);

COMMIT;
