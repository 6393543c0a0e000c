-- schemac forward plan: 3 steps
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter table public.memory_fragments
-- hazards: backward-incompatible
-- note: roles without a matching policy see no rows from now on
ALTER TABLE public.memory_fragments ENABLE ROW LEVEL SECURITY;

-- create policy memory_fragments_owner_select on public.memory_fragments
CREATE POLICY memory_fragments_owner_select ON public.memory_fragments AS PERMISSIVE FOR SELECT TO app_writer USING (owner_id = current_setting('app.user_id', true)::uuid);

-- create policy memory_fragments_owner_write on public.memory_fragments
CREATE POLICY memory_fragments_owner_write ON public.memory_fragments AS PERMISSIVE FOR INSERT TO app_writer WITH CHECK (owner_id = current_setting('app.user_id', true)::uuid);

COMMIT;
