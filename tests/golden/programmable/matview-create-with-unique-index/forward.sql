-- schemac forward plan: 3 steps
-- hazards: long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create materialized view analytics.calendar_open_counts
-- hazards: long-scan
CREATE MATERIALIZED VIEW analytics.calendar_open_counts (calendar_id, opens, last_opened_at) AS
SELECT day_opens.calendar_id, count(*) AS opens, max(day_opens.opened_at) AS last_opened_at FROM analytics.day_opens GROUP BY day_opens.calendar_id;

-- create index analytics.calendar_open_counts_calendar_id_idx
CREATE UNIQUE INDEX calendar_open_counts_calendar_id_idx ON analytics.calendar_open_counts (calendar_id);

-- create index analytics.calendar_open_counts_last_opened_idx
CREATE INDEX calendar_open_counts_last_opened_idx ON analytics.calendar_open_counts (last_opened_at DESC);

COMMIT;
