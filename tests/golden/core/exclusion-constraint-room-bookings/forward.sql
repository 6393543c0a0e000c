-- schemac forward plan: 2 steps
-- hazards: access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create extension btree_gist
CREATE EXTENSION btree_gist WITH SCHEMA public;

-- add constraint room_bookings_no_overlap on public.room_bookings
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.room_bookings ADD CONSTRAINT room_bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);

COMMIT;
