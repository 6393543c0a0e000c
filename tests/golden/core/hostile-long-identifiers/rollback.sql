-- schemac rollback plan: 1 step
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop table public.customer_loyalty_program_membership_history_records_for_auditin
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.customer_loyalty_program_membership_history_records_for_auditin;

COMMIT;
