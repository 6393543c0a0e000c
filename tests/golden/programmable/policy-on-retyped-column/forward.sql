-- schemac forward plan: 4 steps
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop policy sessions_own on public.sessions
DROP POLICY sessions_own ON public.sessions;

-- alter column public.sessions.user_id (type integer -> bigint)
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.sessions ALTER COLUMN user_id TYPE bigint;

-- create policy sessions_own on public.sessions
CREATE POLICY sessions_own ON public.sessions AS PERMISSIVE FOR ALL TO app_writer USING (user_id = current_setting('app.user_id', true)::bigint) WITH CHECK (user_id = current_setting('app.user_id', true)::bigint);

-- comment on policy sessions_own on public.sessions
COMMENT ON POLICY sessions_own ON public.sessions IS 'Users see and write their own sessions';

COMMIT;
