-- schemac rollback plan: 6 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint users_billing_account_fk on public.users
ALTER TABLE public.users DROP CONSTRAINT users_billing_account_fk;

-- drop table billing.accounts
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE billing.accounts;

-- drop column public.users.billing_account_id
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.users DROP COLUMN billing_account_id;

-- drop column public.users.plan
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.users DROP COLUMN plan;

-- drop type billing.plan
DROP TYPE billing.plan;

-- drop schema billing
DROP SCHEMA billing;

COMMIT;
