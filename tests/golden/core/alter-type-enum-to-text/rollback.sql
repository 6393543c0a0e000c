-- schemac rollback plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create type public.account_state
CREATE TYPE public.account_state AS ENUM ('active', 'suspended', 'closed');

-- alter column public.accounts.state (type text -> public.account_state)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.accounts ALTER COLUMN state DROP DEFAULT;
ALTER TABLE public.accounts ALTER COLUMN state TYPE public.account_state USING state::text::public.account_state;
ALTER TABLE public.accounts ALTER COLUMN state SET DEFAULT 'active';

COMMIT;
