CREATE SCHEMA analytics;

CREATE TABLE analytics.day_opens (
    id bigint PRIMARY KEY,
    calendar_id bigint NOT NULL,
    day_number smallint NOT NULL,
    opened_at timestamptz NOT NULL
);
