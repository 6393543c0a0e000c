-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.recent_shared_fragments
DROP VIEW public.recent_shared_fragments;

-- alter options of view public.shared_fragments
ALTER VIEW public.shared_fragments RESET (security_barrier);

COMMIT;
