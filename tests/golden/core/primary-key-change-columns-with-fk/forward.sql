-- schemac forward plan: 4 steps
-- hazards: access-exclusive-lock, blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint project_members_project_id_fkey on public.project_members
ALTER TABLE public.project_members DROP CONSTRAINT project_members_project_id_fkey;

-- drop constraint projects_pkey on public.projects
ALTER TABLE public.projects DROP CONSTRAINT projects_pkey;

-- add constraint projects_pkey on public.projects
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.projects ADD CONSTRAINT projects_pkey PRIMARY KEY (tenant_id, id);

-- add constraint project_members_tenant_id_project_id_fkey on public.project_members
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public.project_members ADD CONSTRAINT project_members_tenant_id_project_id_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES public.projects (tenant_id, id) ON DELETE CASCADE;

COMMIT;
