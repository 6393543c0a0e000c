-- schemac forward plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add value '' to type public.answer
ALTER TYPE public.answer ADD VALUE '' BEFORE 'yes';

-- add value 'first' to type public.answer
ALTER TYPE public.answer ADD VALUE 'first' AFTER '';

-- add value 'maybe' to type public.answer
ALTER TYPE public.answer ADD VALUE 'maybe' AFTER 'yes';

-- add value 'later' to type public.answer
ALTER TYPE public.answer ADD VALUE 'later';

COMMIT;
