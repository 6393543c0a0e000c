-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.tasks.created_at (drop default)
ALTER TABLE public.tasks ALTER COLUMN created_at DROP DEFAULT;

-- alter column public.tasks.retries (drop default)
ALTER TABLE public.tasks ALTER COLUMN retries DROP DEFAULT;

-- alter column public.tasks.status (drop default)
ALTER TABLE public.tasks ALTER COLUMN status DROP DEFAULT;

COMMIT;
