-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add value 'can''t reproduce' to type public.resolution
ALTER TYPE public.resolution ADD VALUE 'can''t reproduce' AFTER 'it''s fine';

COMMIT;

BEGIN;

-- alter column public.bugs.res (default)
ALTER TABLE public.bugs ALTER COLUMN res SET DEFAULT 'it''s fine';

COMMIT;
