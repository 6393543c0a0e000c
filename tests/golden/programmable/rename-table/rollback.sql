-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename table public.clients to table public.customers
ALTER TABLE public.clients RENAME TO customers;

-- replace view public.customer_emails
CREATE OR REPLACE VIEW public.customer_emails (id, email) AS
SELECT customers.id, customers.email FROM customers;

COMMIT;
