-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add value 'meh' to type public.mood
ALTER TYPE public.mood ADD VALUE 'meh' AFTER 'ok';

COMMIT;

BEGIN;

-- rename column public.check_ins.feeling to column public.check_ins.current_mood
ALTER TABLE public.check_ins RENAME COLUMN feeling TO current_mood;

COMMIT;
