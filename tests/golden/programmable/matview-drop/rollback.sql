-- schemac rollback plan: 2 steps
-- hazards: long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create materialized view public.metric_averages
-- hazards: long-scan
CREATE MATERIALIZED VIEW public.metric_averages (name, avg_value) AS
SELECT metrics.name, avg(metrics.value) AS avg_value FROM metrics GROUP BY metrics.name;

-- create index public.metric_averages_name_idx
CREATE UNIQUE INDEX metric_averages_name_idx ON public.metric_averages (name);

COMMIT;
