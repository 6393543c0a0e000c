-- schemac forward plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.api_keys.expires_at (default)
ALTER TABLE public.api_keys ALTER COLUMN expires_at SET DEFAULT now() + '1 year'::interval;

-- alter column public.api_keys.issued_on (default)
ALTER TABLE public.api_keys ALTER COLUMN issued_on SET DEFAULT current_date;

-- alter column public.api_keys.key_id (default)
ALTER TABLE public.api_keys ALTER COLUMN key_id SET DEFAULT gen_random_uuid();

-- alter column public.api_keys.label (default)
ALTER TABLE public.api_keys ALTER COLUMN label SET DEFAULT 'default key';

COMMIT;
