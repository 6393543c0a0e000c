-- schemac forward plan: 3 steps
-- hazards: rewrites-table, access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint invoice_lines_unit_price_check on public.invoice_lines
ALTER TABLE public.invoice_lines DROP CONSTRAINT invoice_lines_unit_price_check;

-- alter column public.invoice_lines.unit_price (type numeric(10,2) -> numeric(12,4))
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.invoice_lines ALTER COLUMN unit_price TYPE numeric(12,4);

-- add constraint invoice_lines_unit_price_check on public.invoice_lines
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.invoice_lines ADD CONSTRAINT invoice_lines_unit_price_check CHECK (unit_price >= 0);

COMMIT;
