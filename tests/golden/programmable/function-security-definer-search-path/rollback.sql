-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace function users.account_exists(text)
CREATE OR REPLACE FUNCTION users.account_exists(p_email text)
  RETURNS boolean
  LANGUAGE sql
  STABLE
AS $function$ SELECT EXISTS (SELECT 1 FROM users.accounts WHERE email = lower(p_email)) $function$;

COMMIT;
