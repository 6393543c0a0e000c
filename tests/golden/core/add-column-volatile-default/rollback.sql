-- schemac rollback plan: 2 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop column public.sessions.created_at
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.sessions DROP COLUMN created_at;

-- drop column public.sessions.token
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.sessions DROP COLUMN token;

COMMIT;
