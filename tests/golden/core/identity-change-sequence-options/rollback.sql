-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.tickets.id (identity)
ALTER TABLE public.tickets ALTER COLUMN id SET INCREMENT BY 1 SET MAXVALUE 9223372036854775807 SET START WITH 1 SET CACHE 1;

COMMIT;
