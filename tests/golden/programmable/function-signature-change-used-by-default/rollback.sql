-- schemac rollback plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop default of column public.invoices.code (it uses an object being rebuilt)
ALTER TABLE public.invoices ALTER COLUMN code DROP DEFAULT;

-- drop function public.next_invoice_code(text, integer)
DROP FUNCTION public.next_invoice_code(text, integer);

-- create function public.next_invoice_code(text)
CREATE FUNCTION public.next_invoice_code(prefix text)
  RETURNS text
  LANGUAGE sql
AS $function$ SELECT prefix || '-' || lpad(nextval('invoice_number_seq')::text, 6, '0') $function$;

-- set default of column public.invoices.code
ALTER TABLE public.invoices ALTER COLUMN code SET DEFAULT next_invoice_code('INV');

COMMIT;
