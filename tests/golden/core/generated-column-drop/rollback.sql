-- schemac rollback plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, blocks-writes, long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add column public.rectangles.area
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.rectangles ADD COLUMN area double precision GENERATED ALWAYS AS (width * height) STORED;

-- create index public.rectangles_area_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX rectangles_area_idx ON public.rectangles (area);

COMMIT;
