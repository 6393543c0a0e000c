-- case: ALTER DEFAULT PRIVILEGES entries (per schema and object kind, for the role running the DDL) are added and revoked; they only affect objects created later, so the existing table's privileges do not change.
CREATE SCHEMA analytics;

CREATE TABLE analytics.metrics (
    id bigint PRIMARY KEY,
    name text NOT NULL
);

ALTER DEFAULT PRIVILEGES IN SCHEMA analytics GRANT SELECT ON TABLES TO app_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA analytics GRANT USAGE, SELECT ON SEQUENCES TO app_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA analytics GRANT EXECUTE ON FUNCTIONS TO app_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
