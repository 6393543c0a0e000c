-- schemac forward plan: 1 step
-- hazards: blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add constraint subscriptions_user_id_fkey on billing.subscriptions
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE billing.subscriptions ADD CONSTRAINT subscriptions_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users (id) ON DELETE CASCADE;

COMMIT;
