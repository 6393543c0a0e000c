-- schemac forward plan: 3 steps
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create extension citext
CREATE EXTENSION citext WITH SCHEMA public;

-- alter column public.logins.email (type text -> citext)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.logins ALTER COLUMN email TYPE citext;

-- alter column public.logins.username (type character varying(50) -> citext)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.logins ALTER COLUMN username TYPE citext;

COMMIT;
