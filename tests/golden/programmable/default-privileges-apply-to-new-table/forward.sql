-- schemac forward plan: 4 steps
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- default privileges
ALTER DEFAULT PRIVILEGES IN SCHEMA classroom REVOKE INSERT ON TABLES FROM app_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA classroom REVOKE SELECT ON TABLES FROM app_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA classroom REVOKE UPDATE ON TABLES FROM app_writer;

-- create table classroom.seating_charts
CREATE TABLE classroom.seating_charts (
    id bigint NOT NULL,
    room_id integer NOT NULL,
    layout jsonb DEFAULT '{}' NOT NULL,
    CONSTRAINT seating_charts_pkey PRIMARY KEY (id)
);

-- add constraint seating_charts_room_id_fkey on classroom.seating_charts
ALTER TABLE classroom.seating_charts ADD CONSTRAINT seating_charts_room_id_fkey FOREIGN KEY (room_id) REFERENCES classroom.rooms (id);

-- privileges on TABLE classroom.rooms
-- hazards: backward-incompatible
REVOKE INSERT ON TABLE classroom.rooms FROM app_writer;
REVOKE SELECT ON TABLE classroom.rooms FROM app_writer;
REVOKE UPDATE ON TABLE classroom.rooms FROM app_writer;

COMMIT;
