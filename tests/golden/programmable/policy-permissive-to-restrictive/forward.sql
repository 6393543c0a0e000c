-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop policy media_assets_not_quarantined on public.media_assets
DROP POLICY media_assets_not_quarantined ON public.media_assets;

-- create policy media_assets_not_quarantined on public.media_assets
CREATE POLICY media_assets_not_quarantined ON public.media_assets AS RESTRICTIVE FOR SELECT TO PUBLIC USING (NOT quarantined);

COMMIT;
