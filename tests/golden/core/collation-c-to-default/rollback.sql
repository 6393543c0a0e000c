-- schemac rollback plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.tags.description (type text -> text)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.tags ALTER COLUMN description TYPE text;

-- alter column public.tags.name (type character varying(64) -> character varying(64))
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.tags ALTER COLUMN name TYPE character varying(64) COLLATE "C";

COMMIT;
