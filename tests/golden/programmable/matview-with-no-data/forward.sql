-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create materialized view public.daily_event_counts
CREATE MATERIALIZED VIEW public.daily_event_counts (day, event_name, events) AS
SELECT date_trunc('day', telemetry_events.occurred_at) AS day, telemetry_events.event_name, count(*) AS events FROM telemetry_events GROUP BY date_trunc('day', telemetry_events.occurred_at), telemetry_events.event_name
WITH NO DATA;

-- create index public.daily_event_counts_key
CREATE UNIQUE INDEX daily_event_counts_key ON public.daily_event_counts (day, event_name);

COMMIT;
