-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.tasks.created_at (default)
ALTER TABLE public.tasks ALTER COLUMN created_at SET DEFAULT now();

-- alter column public.tasks.retries (default)
ALTER TABLE public.tasks ALTER COLUMN retries SET DEFAULT 0;

-- alter column public.tasks.status (default)
ALTER TABLE public.tasks ALTER COLUMN status SET DEFAULT 'todo';

COMMIT;
