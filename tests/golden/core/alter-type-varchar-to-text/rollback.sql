-- schemac rollback plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.articles.slug (type text -> character varying)
-- hazards: access-exclusive-lock
ALTER TABLE public.articles ALTER COLUMN slug TYPE character varying;

-- alter column public.articles.title (type text -> character varying(255))
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.articles ALTER COLUMN title TYPE character varying(255);

COMMIT;
