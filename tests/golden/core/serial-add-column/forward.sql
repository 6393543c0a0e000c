-- schemac forward plan: 3 steps
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create sequence public.comments_id_seq
CREATE SEQUENCE public.comments_id_seq AS integer;

-- add column public.comments.id
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.comments ADD COLUMN id integer DEFAULT nextval('comments_id_seq'::regclass) NOT NULL;

-- set owner of sequence public.comments_id_seq to public.comments.id
ALTER SEQUENCE public.comments_id_seq OWNED BY public.comments.id;

COMMIT;
