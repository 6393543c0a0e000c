-- case: creating a BRIN index (with pages_per_range storage parameter) and a HASH index.
CREATE TABLE metrics (
    id bigint PRIMARY KEY,
    recorded_at timestamptz NOT NULL,
    device_token text NOT NULL,
    value double precision
);

CREATE INDEX metrics_recorded_at_brin ON metrics USING brin (recorded_at) WITH (pages_per_range = 32);
CREATE INDEX metrics_device_token_hash ON metrics USING hash (device_token);
