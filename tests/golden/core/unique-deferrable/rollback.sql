-- schemac rollback plan: 2 steps
-- hazards: access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint playlist_items_position_key on public.playlist_items
ALTER TABLE public.playlist_items DROP CONSTRAINT playlist_items_position_key;

-- add constraint playlist_items_position_key on public.playlist_items
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.playlist_items ADD CONSTRAINT playlist_items_position_key UNIQUE (playlist_id, "position");

COMMIT;
