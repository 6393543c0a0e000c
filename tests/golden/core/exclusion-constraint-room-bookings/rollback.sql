-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint room_bookings_no_overlap on public.room_bookings
ALTER TABLE public.room_bookings DROP CONSTRAINT room_bookings_no_overlap;

-- drop extension btree_gist
DROP EXTENSION btree_gist;

COMMIT;
