-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter options of view public.child_names
ALTER VIEW public.child_names SET (security_invoker='true');

COMMIT;
