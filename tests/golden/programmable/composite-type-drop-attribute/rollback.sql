-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter type public.chat_turn
ALTER TYPE public.chat_turn ADD ATTRIBUTE legacy_score integer CASCADE;

COMMIT;
