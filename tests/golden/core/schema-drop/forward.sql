-- schemac forward plan: 5 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop table legacy.old_users
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE legacy.old_users;

-- drop sequence legacy.old_seq
-- hazards: deletes-data
-- note: the sequence's current value is lost
DROP SEQUENCE legacy.old_seq;

-- drop type legacy.old_kind
DROP TYPE legacy.old_kind;

-- drop schema legacy
DROP SCHEMA legacy;

-- drop schema scratch
DROP SCHEMA scratch;

COMMIT;
