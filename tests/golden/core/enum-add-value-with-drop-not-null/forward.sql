-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add value 'meh' to type public.mood
ALTER TYPE public.mood ADD VALUE 'meh' AFTER 'ok';

COMMIT;

BEGIN;

-- alter column public.check_ins.feeling (drop not null)
ALTER TABLE public.check_ins ALTER COLUMN feeling DROP NOT NULL;

COMMIT;
