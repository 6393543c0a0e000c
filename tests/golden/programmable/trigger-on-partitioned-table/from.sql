CREATE SCHEMA analytics;

CREATE TABLE analytics.events (
    id bigint NOT NULL,
    occurred_at timestamptz NOT NULL,
    name text NOT NULL,
    name_normalized text,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE TABLE analytics.events_2024 PARTITION OF analytics.events
    FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');

CREATE TABLE analytics.events_2025 PARTITION OF analytics.events
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
