-- schemac rollback plan: 3 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.all_media
DROP VIEW public.all_media;

-- drop column public.media_assets.alt_text
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.media_assets DROP COLUMN alt_text;

-- create view public.all_media
CREATE VIEW public.all_media (id, url, kind) AS
SELECT media_assets.id, media_assets.url, media_assets.kind FROM media_assets;

COMMIT;
