-- case: a materialized view declared WITH NO DATA is created unpopulated (relispopulated = false; pg_dump --schema-only cannot tell the difference) and its index is still built.
CREATE TABLE telemetry_events (
    id bigint PRIMARY KEY,
    event_name text NOT NULL,
    occurred_at timestamptz NOT NULL
);

CREATE MATERIALIZED VIEW daily_event_counts AS
    SELECT date_trunc('day', occurred_at) AS day, event_name, count(*) AS events
    FROM telemetry_events
    GROUP BY 1, 2
WITH NO DATA;

CREATE UNIQUE INDEX daily_event_counts_key ON daily_event_counts (day, event_name);
