-- schemac rollback plan: 2 steps
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter table public.nps_responses
-- hazards: backward-incompatible
-- note: roles without a matching policy see no rows from now on
ALTER TABLE public.nps_responses ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.nps_responses FORCE ROW LEVEL SECURITY;

-- create policy nps_responses_own on public.nps_responses
CREATE POLICY nps_responses_own ON public.nps_responses AS PERMISSIVE FOR SELECT TO PUBLIC USING (user_id = current_setting('app.user_id', true)::bigint);

COMMIT;
