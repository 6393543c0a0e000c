-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter options of view public.approved_video_surprises
ALTER VIEW public.approved_video_surprises SET (check_option='local');

COMMIT;
