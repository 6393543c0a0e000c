-- schemac forward plan: 1 step
SET search_path = public;

BEGIN;

-- drop extension hstore
DROP EXTENSION hstore;

COMMIT;
