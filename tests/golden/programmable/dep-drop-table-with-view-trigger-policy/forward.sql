-- schemac forward plan: 3 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.legacy_note_counts
DROP VIEW public.legacy_note_counts;

-- drop table public.legacy_notes
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.legacy_notes;

-- drop function public.legacy_notes_touch()
DROP FUNCTION public.legacy_notes_touch();

COMMIT;
