-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop schema "Staging Area"
DROP SCHEMA "Staging Area";

-- drop schema reporting
DROP SCHEMA reporting;

COMMIT;
