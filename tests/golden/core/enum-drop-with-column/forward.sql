-- schemac forward plan: 3 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.shirts_size_idx
DROP INDEX public.shirts_size_idx;

-- drop column public.shirts.size
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.shirts DROP COLUMN size;

-- drop type public.shirt_size
DROP TYPE public.shirt_size;

COMMIT;
