-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add value 'trivial' to type public.severity
ALTER TYPE public.severity ADD VALUE 'trivial' BEFORE 'low';

-- add value 'medium' to type public.severity
ALTER TYPE public.severity ADD VALUE 'medium' AFTER 'low';

-- add value 'critical' to type public.severity
ALTER TYPE public.severity ADD VALUE 'critical';

COMMIT;
