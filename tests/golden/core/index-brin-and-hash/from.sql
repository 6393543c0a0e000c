CREATE TABLE metrics (
    id bigint PRIMARY KEY,
    recorded_at timestamptz NOT NULL,
    device_token text NOT NULL,
    value double precision
);
