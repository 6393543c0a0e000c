-- schemac forward plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rebuild type public.ticket_state (labels removed or reordered)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
-- note: fails if rows hold values the new type cannot read
ALTER TYPE public.ticket_state RENAME TO ticket_state_schemac_old;
CREATE TYPE public.ticket_state AS ENUM ('open', 'closed');
ALTER TABLE public.tickets ALTER COLUMN state DROP DEFAULT;
ALTER TABLE public.tickets ALTER COLUMN state TYPE public.ticket_state USING state::text::public.ticket_state;
ALTER TABLE public.tickets ALTER COLUMN state SET DEFAULT 'open';
DROP TYPE public.ticket_state_schemac_old;

-- comment on type public.ticket_state
COMMENT ON TYPE public.ticket_state IS 'Where a ticket is; it''s shown to users';

COMMIT;
