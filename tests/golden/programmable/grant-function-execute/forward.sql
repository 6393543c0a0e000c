-- schemac forward plan: 2 steps
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on ROUTINE users.reset_password_token(bigint)
-- hazards: backward-incompatible
REVOKE EXECUTE ON ROUTINE users.reset_password_token(bigint) FROM PUBLIC;
GRANT EXECUTE ON ROUTINE users.reset_password_token(bigint) TO app_admin;

-- privileges on ROUTINE users.display_initials(text)
GRANT EXECUTE ON ROUTINE users.display_initials(text) TO PUBLIC;

COMMIT;
