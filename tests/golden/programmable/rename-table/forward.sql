-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename table public.customers to table public.clients
ALTER TABLE public.customers RENAME TO clients;

-- replace view public.customer_emails
CREATE OR REPLACE VIEW public.customer_emails (id, email) AS
SELECT clients.id, clients.email FROM clients;

COMMIT;
