-- schemac rollback plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public."Files".ext (type text -> text)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public."Files" ALTER COLUMN ext TYPE text COLLATE "POSIX";

-- alter column public."Files".path (type text -> text)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public."Files" ALTER COLUMN path TYPE text;

COMMIT;
