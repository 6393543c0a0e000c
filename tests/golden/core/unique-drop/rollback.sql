-- schemac rollback plan: 2 steps
-- hazards: access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add constraint members_email_key on public.members
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.members ADD CONSTRAINT members_email_key UNIQUE (email);

-- add constraint members_org_id_handle_key on public.members
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.members ADD CONSTRAINT members_org_id_handle_key UNIQUE (org_id, handle);

COMMIT;
