-- schemac rollback plan: 2 steps
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- privileges on SCHEMA analytics
-- hazards: backward-incompatible
REVOKE CREATE ON SCHEMA analytics FROM app_admin;
REVOKE USAGE ON SCHEMA analytics FROM app_admin;
REVOKE USAGE ON SCHEMA analytics FROM app_reader;

-- privileges on SCHEMA classroom
-- hazards: backward-incompatible
REVOKE USAGE ON SCHEMA classroom FROM app_writer;
GRANT USAGE ON SCHEMA classroom TO app_reader;

COMMIT;
