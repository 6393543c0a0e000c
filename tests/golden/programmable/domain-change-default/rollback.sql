-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter domain public.locale_code
ALTER DOMAIN public.locale_code SET DEFAULT 'en';

-- alter domain public.theme_name
ALTER DOMAIN public.theme_name DROP DEFAULT;

COMMIT;
