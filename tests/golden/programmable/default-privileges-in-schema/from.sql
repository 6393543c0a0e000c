CREATE SCHEMA analytics;

CREATE TABLE analytics.metrics (
    id bigint PRIMARY KEY,
    name text NOT NULL
);

ALTER DEFAULT PRIVILEGES IN SCHEMA analytics GRANT SELECT ON TABLES TO app_writer;
