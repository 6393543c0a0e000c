-- schemac forward plan: 1 step
-- hazards: deletes-data
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter type public.chat_turn
-- hazards: deletes-data
ALTER TYPE public.chat_turn DROP ATTRIBUTE legacy_score CASCADE;

COMMIT;
