-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create schema reporting
CREATE SCHEMA reporting;

-- create schema "Staging Area"
CREATE SCHEMA "Staging Area";

-- comment on schema reporting
COMMENT ON SCHEMA reporting IS 'read models for BI';

COMMIT;
