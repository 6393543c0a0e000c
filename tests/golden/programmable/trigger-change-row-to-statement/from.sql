CREATE SCHEMA analytics;

CREATE TABLE analytics.telemetry (
    id bigint PRIMARY KEY,
    payload jsonb NOT NULL
);

CREATE TABLE analytics.refresh_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    requested_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE FUNCTION analytics.request_refresh() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = ''
AS $$
BEGIN
    INSERT INTO analytics.refresh_requests DEFAULT VALUES;
    RETURN NULL;
END;
$$;

CREATE TRIGGER telemetry_request_refresh
    AFTER INSERT ON analytics.telemetry
    FOR EACH ROW
    EXECUTE FUNCTION analytics.request_refresh();
