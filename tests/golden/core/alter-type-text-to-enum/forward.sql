-- schemac forward plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create type public.ticket_priority
CREATE TYPE public.ticket_priority AS ENUM ('low', 'normal', 'high');

-- alter column public.tickets.priority (type text -> public.ticket_priority)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.tickets ALTER COLUMN priority DROP DEFAULT;
ALTER TABLE public.tickets ALTER COLUMN priority TYPE public.ticket_priority USING priority::text::public.ticket_priority;
ALTER TABLE public.tickets ALTER COLUMN priority SET DEFAULT 'normal';

COMMIT;
