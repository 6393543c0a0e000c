-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter table public.chat_sessions
ALTER TABLE public.chat_sessions FORCE ROW LEVEL SECURITY;

COMMIT;
