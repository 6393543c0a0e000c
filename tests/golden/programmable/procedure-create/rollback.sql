-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop procedure public.extend_session(bigint, interval)
DROP PROCEDURE public.extend_session(bigint, interval);

-- drop procedure public.purge_expired_sessions(timestamp with time zone, bigint)
DROP PROCEDURE public.purge_expired_sessions(timestamp with time zone, bigint);

COMMIT;
