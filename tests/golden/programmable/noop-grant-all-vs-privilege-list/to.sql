-- case: GRANT ALL equals the explicit list of every privilege of the object kind (table: SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER; schema: USAGE, CREATE; sequence: USAGE, SELECT, UPDATE; function: EXECUTE), and GRANT SELECT (a), SELECT (b) equals GRANT SELECT (a, b): an empty diff.
CREATE SCHEMA analytics;

CREATE TABLE analytics.metrics (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    value double precision
);

CREATE FUNCTION analytics.metric_count() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM analytics.metrics $$;

GRANT USAGE, CREATE ON SCHEMA analytics TO app_admin;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE analytics.metrics TO app_admin;
GRANT USAGE, SELECT, UPDATE ON SEQUENCE analytics.metrics_id_seq TO app_admin;
GRANT EXECUTE ON FUNCTION analytics.metric_count() TO app_admin;
GRANT SELECT (name), SELECT (value) ON analytics.metrics TO app_reader;
