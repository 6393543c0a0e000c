-- schemac rollback plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.users.username (type character varying(100) -> character varying(20))
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.users ALTER COLUMN username TYPE character varying(20);

COMMIT;
