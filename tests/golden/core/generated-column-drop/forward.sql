-- schemac forward plan: 2 steps
-- hazards: access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.rectangles_area_idx
DROP INDEX public.rectangles_area_idx;

-- drop column public.rectangles.area
-- hazards: access-exclusive-lock
ALTER TABLE public.rectangles DROP COLUMN area;

COMMIT;
