-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop trigger events_normalize_name on analytics.events
DROP TRIGGER events_normalize_name ON analytics.events;

-- drop function analytics.normalize_event_name()
DROP FUNCTION analytics.normalize_event_name();

COMMIT;
