-- schemac rollback plan: 2 steps
-- hazards: access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint slots_room_day_uq on public.slots
ALTER TABLE public.slots DROP CONSTRAINT slots_room_day_uq;

-- add constraint slots_room_day_uq on public.slots
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.slots ADD CONSTRAINT slots_room_day_uq UNIQUE (room, day);

COMMIT;
