-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename column public.users.email to column public.users.email_address
ALTER TABLE public.users RENAME COLUMN email TO email_address;

-- rename column public.users.nick to column public.users.nickname
ALTER TABLE public.users RENAME COLUMN nick TO nickname;

COMMIT;
