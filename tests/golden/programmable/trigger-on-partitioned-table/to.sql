-- case: a row trigger created on a partitioned table is cloned by PostgreSQL onto every partition; only the parent's trigger is declared (clones are not separate objects to create or drop) and it fires for rows routed to any partition.
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

CREATE FUNCTION analytics.normalize_event_name() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = ''
AS $$
BEGIN
    NEW.name_normalized := lower(replace(NEW.name, ' ', '_'));
    RETURN NEW;
END;
$$;

CREATE TRIGGER events_normalize_name
    BEFORE INSERT ON analytics.events
    FOR EACH ROW
    EXECUTE FUNCTION analytics.normalize_event_name();
