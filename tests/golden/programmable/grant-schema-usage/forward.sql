-- schemac forward plan: 2 steps
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on SCHEMA analytics
GRANT CREATE ON SCHEMA analytics TO app_admin;
GRANT USAGE ON SCHEMA analytics TO app_admin;
GRANT USAGE ON SCHEMA analytics TO app_reader;

-- privileges on SCHEMA classroom
-- hazards: backward-incompatible
REVOKE USAGE ON SCHEMA classroom FROM app_reader;
GRANT USAGE ON SCHEMA classroom TO app_writer;

COMMIT;
