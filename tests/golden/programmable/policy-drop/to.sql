-- case: dropping one policy is DROP POLICY name ON table; RLS stays enabled and the other policy stays.
CREATE TABLE telemetry (
    id bigint PRIMARY KEY,
    device_id uuid NOT NULL,
    payload jsonb NOT NULL
);

ALTER TABLE telemetry ENABLE ROW LEVEL SECURITY;

CREATE POLICY telemetry_insert ON telemetry FOR INSERT TO app_writer WITH CHECK (true);
