-- schemac rollback plan: 3 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.logins.email (type citext -> text)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.logins ALTER COLUMN email TYPE text;

-- alter column public.logins.username (type citext -> character varying(50))
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.logins ALTER COLUMN username TYPE character varying(50);

-- drop extension citext
DROP EXTENSION citext;

COMMIT;
