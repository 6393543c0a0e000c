-- schemac forward plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add column public.sessions.token
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.sessions ADD COLUMN token uuid DEFAULT gen_random_uuid() NOT NULL;

-- add column public.sessions.created_at
-- hazards: access-exclusive-lock
ALTER TABLE public.sessions ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;

COMMIT;
