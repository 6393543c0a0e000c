-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop policy memory_fragments_owner_write on public.memory_fragments
DROP POLICY memory_fragments_owner_write ON public.memory_fragments;

-- drop policy memory_fragments_owner_select on public.memory_fragments
DROP POLICY memory_fragments_owner_select ON public.memory_fragments;

-- alter table public.memory_fragments
ALTER TABLE public.memory_fragments DISABLE ROW LEVEL SECURITY;

COMMIT;
