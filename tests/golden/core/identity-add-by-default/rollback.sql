-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.notes.note_id (drop identity)
ALTER TABLE public.notes ALTER COLUMN note_id DROP IDENTITY;

COMMIT;
