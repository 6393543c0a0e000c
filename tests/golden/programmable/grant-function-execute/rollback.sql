-- schemac rollback plan: 2 steps
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on ROUTINE users.reset_password_token(bigint)
-- hazards: backward-incompatible
REVOKE EXECUTE ON ROUTINE users.reset_password_token(bigint) FROM app_admin;
GRANT EXECUTE ON ROUTINE users.reset_password_token(bigint) TO PUBLIC;

-- privileges on ROUTINE users.display_initials(text)
-- hazards: backward-incompatible
REVOKE EXECUTE ON ROUTINE users.display_initials(text) FROM PUBLIC;

COMMIT;
