-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename column public.users.email_address to column public.users.email
ALTER TABLE public.users RENAME COLUMN email_address TO email;

-- rename column public.users.nickname to column public.users.nick
ALTER TABLE public.users RENAME COLUMN nickname TO nick;

COMMIT;
