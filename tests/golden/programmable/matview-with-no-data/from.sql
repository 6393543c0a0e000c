CREATE TABLE telemetry_events (
    id bigint PRIMARY KEY,
    event_name text NOT NULL,
    occurred_at timestamptz NOT NULL
);
