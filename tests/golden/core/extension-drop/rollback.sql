-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create extension hstore
CREATE EXTENSION hstore WITH SCHEMA public;

-- comment on extension hstore
COMMENT ON EXTENSION hstore IS 'was used for legacy attributes';

COMMIT;
