-- schemac forward plan: 2 steps
-- hazards: access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- detach partition public.invoices_2024 from public.invoices
-- hazards: access-exclusive-lock
ALTER TABLE public.invoices DETACH PARTITION public.invoices_2024;

-- attach partition public.invoices_2024 to public.invoices
-- hazards: long-scan, data-dependent
ALTER TABLE public.invoices ATTACH PARTITION public.invoices_2024 FOR VALUES FROM ('2024-01-01') TO ('2026-01-01');

COMMIT;
