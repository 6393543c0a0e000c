-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- comment on table public.notes
COMMENT ON TABLE public.notes IS 'He said "hi" and it''s
a two-line comment; with a semicolon';

-- comment on column public.notes.body
COMMENT ON COLUMN public.notes.body IS E'tab:	here, backslash: \\, newline:
end -- not a comment /* nor this */';

-- comment on constraint notes_pkey on public.notes
COMMENT ON CONSTRAINT notes_pkey ON public.notes IS 'dollar-quoted: it''s "fine"; ';

COMMIT;
