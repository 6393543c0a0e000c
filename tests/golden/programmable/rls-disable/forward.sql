-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop policy nps_responses_own on public.nps_responses
DROP POLICY nps_responses_own ON public.nps_responses;

-- alter table public.nps_responses
ALTER TABLE public.nps_responses DISABLE ROW LEVEL SECURITY;
ALTER TABLE public.nps_responses NO FORCE ROW LEVEL SECURITY;

COMMIT;
