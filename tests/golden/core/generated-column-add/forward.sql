-- schemac forward plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add column public.order_lines.line_total
-- hazards: rewrites-table, access-exclusive-lock
ALTER TABLE public.order_lines ADD COLUMN line_total numeric(12,2) GENERATED ALWAYS AS (qty * unit_price) STORED;

COMMIT;
