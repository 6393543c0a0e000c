-- schemac forward plan: 2 steps
-- hazards: access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add column public.media_assets.alt_text
-- hazards: access-exclusive-lock
ALTER TABLE public.media_assets ADD COLUMN alt_text text;

-- replace view public.all_media
CREATE OR REPLACE VIEW public.all_media (id, url, kind, alt_text) AS
SELECT media_assets.id, media_assets.url, media_assets.kind, media_assets.alt_text FROM media_assets;

COMMIT;
