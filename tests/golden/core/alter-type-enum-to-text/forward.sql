-- schemac forward plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.accounts.state (type public.account_state -> text)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.accounts ALTER COLUMN state DROP DEFAULT;
ALTER TABLE public.accounts ALTER COLUMN state TYPE text;
ALTER TABLE public.accounts ALTER COLUMN state SET DEFAULT 'active';

-- drop type public.account_state
DROP TYPE public.account_state;

COMMIT;
