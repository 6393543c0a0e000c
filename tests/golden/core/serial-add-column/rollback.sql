-- schemac rollback plan: 1 step
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop column public.comments.id
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.comments DROP COLUMN id;

COMMIT;
