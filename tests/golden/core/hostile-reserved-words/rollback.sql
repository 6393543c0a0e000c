-- schemac rollback plan: 4 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.index
DROP INDEX public.index;

-- drop table public."select"
-- hazards: deletes-data, access-exclusive-lock
DROP TABLE public."select";

-- drop constraint order_user_fkey on public."order"
ALTER TABLE public."order" DROP CONSTRAINT order_user_fkey;

-- drop constraint "check" on public."order"
ALTER TABLE public."order" DROP CONSTRAINT "check";

COMMIT;
