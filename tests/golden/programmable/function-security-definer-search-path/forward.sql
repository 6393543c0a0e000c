-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace function users.account_exists(text)
CREATE OR REPLACE FUNCTION users.account_exists(p_email text)
  RETURNS boolean
  LANGUAGE sql
  STABLE SECURITY DEFINER
  SET search_path TO ''
AS $function$ SELECT EXISTS (SELECT 1 FROM users.accounts WHERE email = lower(p_email)) $function$;

COMMIT;
