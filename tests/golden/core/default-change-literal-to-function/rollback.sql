-- schemac rollback plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.api_keys.expires_at (default)
ALTER TABLE public.api_keys ALTER COLUMN expires_at SET DEFAULT '2099-12-31 00:00:00+00';

-- alter column public.api_keys.issued_on (default)
ALTER TABLE public.api_keys ALTER COLUMN issued_on SET DEFAULT '2000-01-01';

-- alter column public.api_keys.key_id (default)
ALTER TABLE public.api_keys ALTER COLUMN key_id SET DEFAULT '00000000-0000-0000-0000-000000000000';

-- alter column public.api_keys.label (default)
ALTER TABLE public.api_keys ALTER COLUMN label SET DEFAULT 'unnamed';

COMMIT;
