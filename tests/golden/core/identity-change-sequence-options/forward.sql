-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.tickets.id (identity)
ALTER TABLE public.tickets ALTER COLUMN id SET INCREMENT BY 10 SET MAXVALUE 9999999 SET START WITH 1000 SET CACHE 20;

COMMIT;
