-- Privacy-first telemetry, range-partitioned by month on occurred_at. New monthly partitions
-- are added ahead of time by a migration; the DEFAULT partition catches late or future events
-- so ingestion never fails (rows found there are moved when the month's partition is created).
-- Everything before monthly partitioning started (September 2025), including the events
-- transferred from the legacy analytics_event table, lives in one archive partition.
-- Privileges are granted on the parent only: partitions are not directly accessible to the
-- application roles, so the parent's row-level security always applies.

CREATE TABLE analytics.telemetry_event (
    id               uuid NOT NULL DEFAULT gen_random_uuid(),
    occurred_at      timestamptz NOT NULL,
    received_at      timestamptz NOT NULL DEFAULT now(),
    account_id       uuid REFERENCES users.account (id) ON DELETE SET NULL,
    anonymous_id     uuid,
    client_session   uuid,
    source           analytics.telemetry_source NOT NULL,
    app_version      text CHECK (app_version ~ '^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$'),
    event_name       text NOT NULL CHECK (event_name ~ '^[a-z][a-z0-9_.:-]{0,99}$'),
    properties       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(properties) = 'object'),
    legacy_event_id  bigint,
    CONSTRAINT telemetry_event_pkey PRIMARY KEY (id, occurred_at),
    CONSTRAINT telemetry_event_legacy_event_key UNIQUE (legacy_event_id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE INDEX telemetry_event_account_time_idx ON analytics.telemetry_event (account_id, occurred_at DESC);

CREATE INDEX telemetry_event_name_time_idx ON analytics.telemetry_event (event_name, occurred_at DESC);

CREATE INDEX telemetry_event_occurred_brin ON analytics.telemetry_event USING brin (occurred_at);

COMMENT ON TABLE analytics.telemetry_event IS 'Client and server telemetry (replaces the generic legacy analytics_event for events without a structured table). Monthly range partitions plus a DEFAULT partition.';
COMMENT ON COLUMN analytics.telemetry_event.anonymous_id IS 'Random per-install id for events before login; never joined to account_id by the pipeline.';
COMMENT ON COLUMN analytics.telemetry_event.properties IS 'Event-specific properties (genuinely unstructured; validated per event_name by the ingestion service).';

CREATE TABLE analytics.telemetry_event_archive PARTITION OF analytics.telemetry_event
    FOR VALUES FROM (MINVALUE) TO ('2025-09-01 00:00:00+00');

COMMENT ON TABLE analytics.telemetry_event_archive IS 'Events before September 2025 (legacy analytics_event history); read-mostly.';

CREATE TABLE analytics.telemetry_event_2025_09 PARTITION OF analytics.telemetry_event
    FOR VALUES FROM ('2025-09-01 00:00:00+00') TO ('2025-10-01 00:00:00+00');

CREATE TABLE analytics.telemetry_event_2025_10 PARTITION OF analytics.telemetry_event
    FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2025-11-01 00:00:00+00');

CREATE TABLE analytics.telemetry_event_2025_11 PARTITION OF analytics.telemetry_event
    FOR VALUES FROM ('2025-11-01 00:00:00+00') TO ('2025-12-01 00:00:00+00');

CREATE TABLE analytics.telemetry_event_2025_12 PARTITION OF analytics.telemetry_event
    FOR VALUES FROM ('2025-12-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

CREATE TABLE analytics.telemetry_event_2026_01 PARTITION OF analytics.telemetry_event
    FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');

CREATE TABLE analytics.telemetry_event_2026_02 PARTITION OF analytics.telemetry_event
    FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00');

CREATE TABLE analytics.telemetry_event_2026_03 PARTITION OF analytics.telemetry_event
    FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');

CREATE TABLE analytics.telemetry_event_default PARTITION OF analytics.telemetry_event DEFAULT;

COMMENT ON TABLE analytics.telemetry_event_default IS 'Catch-all partition for events outside the prepared months; should stay (nearly) empty.';
