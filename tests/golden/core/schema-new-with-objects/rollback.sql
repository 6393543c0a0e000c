-- schemac rollback plan: 4 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop table analytics.events
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE analytics.events;

-- drop sequence analytics.event_batch_seq
-- hazards: deletes-data
-- note: the sequence's current value is lost
DROP SEQUENCE analytics.event_batch_seq;

-- drop type analytics.event_kind
DROP TYPE analytics.event_kind;

-- drop schema analytics
DROP SCHEMA analytics;

COMMIT;
