-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint members_org_handle_uq on public.members
ALTER TABLE public.members DROP CONSTRAINT members_org_handle_uq;

-- drop constraint members_email_key on public.members
ALTER TABLE public.members DROP CONSTRAINT members_email_key;

COMMIT;
