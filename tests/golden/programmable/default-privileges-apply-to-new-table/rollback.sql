-- schemac rollback plan: 3 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- default privileges
ALTER DEFAULT PRIVILEGES IN SCHEMA classroom GRANT INSERT ON TABLES TO app_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA classroom GRANT SELECT ON TABLES TO app_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA classroom GRANT UPDATE ON TABLES TO app_writer;

-- drop table classroom.seating_charts
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE classroom.seating_charts;

-- privileges on TABLE classroom.rooms
GRANT INSERT ON TABLE classroom.rooms TO app_writer;
GRANT SELECT ON TABLE classroom.rooms TO app_writer;
GRANT UPDATE ON TABLE classroom.rooms TO app_writer;

COMMIT;
