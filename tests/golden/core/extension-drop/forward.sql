-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop extension hstore
DROP EXTENSION hstore;

COMMIT;
