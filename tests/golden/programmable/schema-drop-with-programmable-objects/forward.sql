-- schemac forward plan: 6 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- default privileges
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting REVOKE SELECT ON TABLES FROM app_reader;

-- drop view reporting.order_totals
DROP VIEW reporting.order_totals;

-- drop function reporting.cents_to_euros(bigint)
DROP FUNCTION reporting.cents_to_euros(bigint);

-- drop type reporting.summary
DROP TYPE reporting.summary;

-- drop domain reporting.eur
DROP DOMAIN reporting.eur;

-- drop schema reporting
DROP SCHEMA reporting;

COMMIT;
