-- schemac forward plan: 2 steps
-- hazards: access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add constraint settings_pkey on public.settings
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.settings ADD CONSTRAINT settings_pkey PRIMARY KEY (key);

-- add constraint user_roles_pk on public.user_roles
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.user_roles ADD CONSTRAINT user_roles_pk PRIMARY KEY (user_id, role_id);

COMMIT;
