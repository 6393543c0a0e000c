-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- remove comment on table public.notes
COMMENT ON TABLE public.notes IS NULL;

-- comment on column public.notes.body
COMMENT ON COLUMN public.notes.body IS 'old comment';

-- remove comment on constraint notes_pkey on public.notes
COMMENT ON CONSTRAINT notes_pkey ON public.notes IS NULL;

COMMIT;
