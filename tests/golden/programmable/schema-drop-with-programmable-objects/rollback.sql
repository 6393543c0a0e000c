-- schemac rollback plan: 7 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create schema reporting
CREATE SCHEMA reporting;

-- default privileges
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO app_reader;

-- create domain reporting.eur
CREATE DOMAIN reporting.eur AS numeric(12,2);

-- create type reporting.summary
CREATE TYPE reporting.summary AS (orders bigint, total reporting.eur);

-- create function reporting.cents_to_euros(bigint)
CREATE FUNCTION reporting.cents_to_euros(cents bigint)
  RETURNS numeric
  LANGUAGE sql
  IMMUTABLE
RETURN cents / 100.0;

-- create view reporting.order_totals
CREATE VIEW reporting.order_totals (id, total_eur) AS
SELECT orders.id, reporting.cents_to_euros(orders.total_cents) AS total_eur FROM orders;

-- privileges on SCHEMA reporting
GRANT USAGE ON SCHEMA reporting TO app_reader;

COMMIT;
