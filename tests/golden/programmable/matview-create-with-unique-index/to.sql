-- case: a new materialized view is created populated from the existing rows, with a unique index on it (needed for REFRESH ... CONCURRENTLY) and a plain index.
CREATE SCHEMA analytics;

CREATE TABLE analytics.day_opens (
    id bigint PRIMARY KEY,
    calendar_id bigint NOT NULL,
    day_number smallint NOT NULL,
    opened_at timestamptz NOT NULL
);

CREATE MATERIALIZED VIEW analytics.calendar_open_counts AS
    SELECT calendar_id, count(*) AS opens, max(opened_at) AS last_opened_at
    FROM analytics.day_opens
    GROUP BY calendar_id;

CREATE UNIQUE INDEX calendar_open_counts_calendar_id_idx ON analytics.calendar_open_counts (calendar_id);
CREATE INDEX calendar_open_counts_last_opened_idx ON analytics.calendar_open_counts (last_opened_at DESC);
