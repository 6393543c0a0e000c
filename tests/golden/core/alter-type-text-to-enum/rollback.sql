-- schemac rollback plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public.tickets.priority (type public.ticket_priority -> text)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.tickets ALTER COLUMN priority DROP DEFAULT;
ALTER TABLE public.tickets ALTER COLUMN priority TYPE text;
ALTER TABLE public.tickets ALTER COLUMN priority SET DEFAULT 'normal';

-- drop type public.ticket_priority
DROP TYPE public.ticket_priority;

COMMIT;
