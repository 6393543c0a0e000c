-- schemac rollback plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop column public.people.display_name
-- hazards: access-exclusive-lock
ALTER TABLE public.people DROP COLUMN display_name;

-- add column public.people.display_name
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.people ADD COLUMN display_name text GENERATED ALWAYS AS ((first_name || ' ') || last_name) STORED;

COMMIT;
