-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.metrics_device_token_hash
DROP INDEX public.metrics_device_token_hash;

-- drop index public.metrics_recorded_at_brin
DROP INDEX public.metrics_recorded_at_brin;

COMMIT;
