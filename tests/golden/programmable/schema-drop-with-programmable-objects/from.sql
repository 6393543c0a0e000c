CREATE SCHEMA reporting;

CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    total_cents bigint NOT NULL
);

CREATE FUNCTION reporting.cents_to_euros(cents bigint) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN cents / 100.0;

CREATE VIEW reporting.order_totals AS
    SELECT id, reporting.cents_to_euros(total_cents) AS total_eur FROM public.orders;

CREATE DOMAIN reporting.eur AS numeric(12,2);
CREATE TYPE reporting.summary AS (orders bigint, total reporting.eur);

GRANT USAGE ON SCHEMA reporting TO app_reader;
GRANT SELECT ON reporting.order_totals TO app_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO app_reader;
