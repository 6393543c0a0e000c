-- schemac rollback plan: 4 steps
-- hazards: blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create index public.logs_level_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX logs_level_idx ON public.logs (level);

-- create index public.logs_logged_at_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX logs_logged_at_idx ON public.logs (logged_at DESC);

-- create index public.logs_message_uidx
-- hazards: blocks-writes, long-scan, data-dependent
CREATE UNIQUE INDEX logs_message_uidx ON public.logs ((md5(message))) WHERE (message IS NOT NULL);

-- comment on index public.logs_level_idx
COMMENT ON INDEX public.logs_level_idx IS 'used by the dashboard';

COMMIT;
