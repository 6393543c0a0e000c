-- schemac rollback plan: 6 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.accounts_deleted_idx
DROP INDEX public.accounts_deleted_idx;

-- drop index public.accounts_tenant_created_incl_idx
DROP INDEX public.accounts_tenant_created_incl_idx;

-- drop index public.accounts_tenant_score_idx
DROP INDEX public.accounts_tenant_score_idx;

-- drop index public.accounts_email_lower_idx
DROP INDEX public.accounts_email_lower_idx;

-- drop index public.accounts_live_email_lower_uidx
DROP INDEX public.accounts_live_email_lower_uidx;

-- drop index public.accounts_email_uidx
DROP INDEX public.accounts_email_uidx;

COMMIT;
