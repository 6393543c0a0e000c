-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename sequence public.invoice_numbers to sequence public.invoice_no_seq
ALTER SEQUENCE public.invoice_numbers RENAME TO invoice_no_seq;

-- rename trigger invoices_stamp on public.invoices to trigger invoices_set_stamp on public.invoices
ALTER TRIGGER invoices_stamp ON public.invoices RENAME TO invoices_set_stamp;

-- rename policy own_rows on public.invoices to policy invoices_owner on public.invoices
ALTER POLICY own_rows ON public.invoices RENAME TO invoices_owner;

COMMIT;
