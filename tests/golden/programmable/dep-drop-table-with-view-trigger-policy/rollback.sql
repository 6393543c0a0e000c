-- schemac rollback plan: 8 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.legacy_notes_touch()
CREATE FUNCTION public.legacy_notes_touch()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$function$;

-- create table public.legacy_notes
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.legacy_notes (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    body text NOT NULL,
    updated_at timestamp with time zone,
    CONSTRAINT legacy_notes_pkey PRIMARY KEY (id)
);
ALTER TABLE public.legacy_notes ENABLE ROW LEVEL SECURITY;

-- add constraint legacy_notes_user_id_fkey on public.legacy_notes
ALTER TABLE public.legacy_notes ADD CONSTRAINT legacy_notes_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id);

-- create view public.legacy_note_counts
CREATE VIEW public.legacy_note_counts (id, email, notes) AS
SELECT u.id, u.email, count(n.id) AS notes FROM users u LEFT JOIN legacy_notes n ON n.user_id = u.id GROUP BY u.id, u.email;

-- create trigger legacy_notes_touch on public.legacy_notes
CREATE TRIGGER legacy_notes_touch BEFORE UPDATE ON public.legacy_notes FOR EACH ROW EXECUTE FUNCTION public.legacy_notes_touch();

-- create policy legacy_notes_owner on public.legacy_notes
CREATE POLICY legacy_notes_owner ON public.legacy_notes AS PERMISSIVE FOR ALL TO PUBLIC USING (user_id = current_setting('app.user_id', true)::bigint);

-- privileges on TABLE public.legacy_notes
GRANT SELECT ON TABLE public.legacy_notes TO app_reader;

-- privileges on TABLE public.legacy_note_counts
GRANT SELECT ON TABLE public.legacy_note_counts TO app_reader;

COMMIT;
