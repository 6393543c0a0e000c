-- schemac forward plan: 2 steps
-- hazards: access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.articles.slug (type character varying -> text)
-- hazards: access-exclusive-lock
ALTER TABLE public.articles ALTER COLUMN slug TYPE text;

-- alter column public.articles.title (type character varying(255) -> text)
-- hazards: access-exclusive-lock
ALTER TABLE public.articles ALTER COLUMN title TYPE text;

COMMIT;
