-- schemac forward plan: 2 steps
-- hazards: blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.normalize_email(text)
CREATE FUNCTION public.normalize_email(email text)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE STRICT PARALLEL SAFE
RETURN lower(btrim(email));

-- create index public.users_normalized_email_key
-- hazards: blocks-writes, long-scan, data-dependent
CREATE UNIQUE INDEX users_normalized_email_key ON public.users ((normalize_email(email)));

COMMIT;
