-- schemac forward plan: 4 steps
-- hazards: blocks-writes, long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.by_hand_kind
DROP INDEX public.by_hand_kind;

-- create index public.events_by_kind
-- hazards: blocks-writes, long-scan
CREATE INDEX events_by_kind ON public.events (kind);

-- create index public.by_hand_kind
-- hazards: blocks-writes, long-scan
CREATE INDEX by_hand_kind ON public.events_2025 (kind);

-- create index public.events_by_id
-- hazards: blocks-writes, long-scan
CREATE INDEX events_by_id ON public.events (id);

COMMIT;
