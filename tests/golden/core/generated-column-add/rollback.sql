-- schemac rollback plan: 1 step
-- hazards: access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop column public.order_lines.line_total
-- hazards: access-exclusive-lock
ALTER TABLE public.order_lines DROP COLUMN line_total;

COMMIT;
