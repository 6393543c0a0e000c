-- schemac rollback plan: 3 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop table public.kept_rows
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.kept_rows;

-- drop table public.scratch_rows
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public.scratch_rows;

-- drop sequence public.ticket_numbers
-- hazards: deletes-data
-- note: the sequence's current value is lost
DROP SEQUENCE public.ticket_numbers;

COMMIT;
