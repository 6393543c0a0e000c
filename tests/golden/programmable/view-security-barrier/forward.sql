-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter options of view public.shared_fragments
ALTER VIEW public.shared_fragments SET (security_barrier='true');

-- create view public.recent_shared_fragments
CREATE VIEW public.recent_shared_fragments (id, child_id, body) WITH (security_barrier='true', security_invoker='true') AS
SELECT memory_fragments.id, memory_fragments.child_id, memory_fragments.body FROM memory_fragments WHERE NOT memory_fragments.is_private AND memory_fragments.id > 1000;

COMMIT;
