CREATE SCHEMA analytics;

CREATE TABLE analytics.metrics (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    value double precision
);

CREATE FUNCTION analytics.metric_count() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM analytics.metrics $$;

GRANT ALL ON SCHEMA analytics TO app_admin;
GRANT ALL ON analytics.metrics TO app_admin;
GRANT ALL PRIVILEGES ON SEQUENCE analytics.metrics_id_seq TO app_admin;
GRANT ALL ON FUNCTION analytics.metric_count() TO app_admin;
GRANT SELECT (name, value) ON analytics.metrics TO app_reader;
