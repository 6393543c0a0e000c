-- schemac rollback plan: 4 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop policy sessions_own on public.sessions
DROP POLICY sessions_own ON public.sessions;

-- alter column public.sessions.user_id (type bigint -> integer)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.sessions ALTER COLUMN user_id TYPE integer;

-- create policy sessions_own on public.sessions
CREATE POLICY sessions_own ON public.sessions AS PERMISSIVE FOR ALL TO app_writer USING (user_id = current_setting('app.user_id', true)::int) WITH CHECK (user_id = current_setting('app.user_id', true)::int);

-- comment on policy sessions_own on public.sessions
COMMENT ON POLICY sessions_own ON public.sessions IS 'Users see and write their own sessions';

COMMIT;
