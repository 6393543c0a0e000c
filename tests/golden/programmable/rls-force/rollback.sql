-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter table public.chat_sessions
ALTER TABLE public.chat_sessions NO FORCE ROW LEVEL SECURITY;

COMMIT;
