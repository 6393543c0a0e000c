-- schemac forward plan: 6 steps
-- hazards: rewrites-table, access-exclusive-lock, blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.support_tickets_open_idx
DROP INDEX public.support_tickets_open_idx;

-- drop view public.open_tickets
DROP VIEW public.open_tickets;

-- rebuild type public.ticket_state (labels removed or reordered)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
-- note: fails if rows hold values the new type cannot read
ALTER TYPE public.ticket_state RENAME TO ticket_state_schemac_old;
CREATE TYPE public.ticket_state AS ENUM ('open', 'pending', 'closed');
ALTER TABLE public.support_tickets ALTER COLUMN state DROP DEFAULT;
ALTER TABLE public.support_tickets ALTER COLUMN state TYPE public.ticket_state USING state::text::public.ticket_state;
ALTER TABLE public.support_tickets ALTER COLUMN state SET DEFAULT 'open';
DROP TYPE public.ticket_state_schemac_old;

-- create view public.open_tickets
CREATE VIEW public.open_tickets (id, subject, state) AS
SELECT support_tickets.id, support_tickets.subject, support_tickets.state FROM support_tickets WHERE support_tickets.state IN ('open', 'pending');

-- create index public.support_tickets_open_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX support_tickets_open_idx ON public.support_tickets (id) WHERE (state = 'open');

-- privileges on TABLE public.open_tickets
GRANT SELECT ON TABLE public.open_tickets TO app_reader;

COMMIT;
