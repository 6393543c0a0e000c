-- schemac rollback plan: 1 step
-- hazards: access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add constraint raw_events_pkey on public.raw_events
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.raw_events ADD CONSTRAINT raw_events_pkey PRIMARY KEY (id);

COMMIT;
