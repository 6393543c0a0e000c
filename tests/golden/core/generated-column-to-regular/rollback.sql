-- schemac rollback plan: 2 steps
-- hazards: deletes-data, rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop column public.people.email_domain
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.people DROP COLUMN email_domain;

-- add column public.people.email_domain
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.people ADD COLUMN email_domain text GENERATED ALWAYS AS (split_part(email, '@', 2)) STORED;

COMMIT;
