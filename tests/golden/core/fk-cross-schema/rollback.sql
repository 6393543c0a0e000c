-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint subscriptions_user_id_fkey on billing.subscriptions
ALTER TABLE billing.subscriptions DROP CONSTRAINT subscriptions_user_id_fkey;

COMMIT;
