-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename sequence public.invoice_no_seq to sequence public.invoice_numbers
ALTER SEQUENCE public.invoice_no_seq RENAME TO invoice_numbers;

-- rename trigger invoices_set_stamp on public.invoices to trigger invoices_stamp on public.invoices
ALTER TRIGGER invoices_set_stamp ON public.invoices RENAME TO invoices_stamp;

-- rename policy invoices_owner on public.invoices to policy own_rows on public.invoices
ALTER POLICY invoices_owner ON public.invoices RENAME TO own_rows;

COMMIT;
