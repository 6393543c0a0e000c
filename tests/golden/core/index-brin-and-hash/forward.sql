-- schemac forward plan: 2 steps
-- hazards: blocks-writes, long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create index public.metrics_recorded_at_brin
-- hazards: blocks-writes, long-scan
CREATE INDEX metrics_recorded_at_brin ON public.metrics USING brin (recorded_at) WITH (pages_per_range='32');

-- create index public.metrics_device_token_hash
-- hazards: blocks-writes, long-scan
CREATE INDEX metrics_device_token_hash ON public.metrics USING hash (device_token);

COMMIT;
