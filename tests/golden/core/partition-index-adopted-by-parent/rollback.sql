-- schemac rollback plan: 5 steps
-- hazards: blocks-writes, long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.events_by_id
DROP INDEX public.events_by_id;

-- drop index public.events_by_kind
DROP INDEX public.events_by_kind;

-- create index public.old_events_by_id
-- hazards: blocks-writes, long-scan
CREATE INDEX old_events_by_id ON public.events_2024 (id);

-- create index public.by_hand
-- hazards: blocks-writes, long-scan
CREATE INDEX by_hand ON public.events_2025 (id DESC);

-- create index public.clicks_by_id
-- hazards: blocks-writes, long-scan
CREATE INDEX clicks_by_id ON public.events_2026_click (id);

COMMIT;
