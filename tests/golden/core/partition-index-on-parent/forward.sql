-- schemac forward plan: 2 steps
-- hazards: blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create index public.page_hits_url_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX page_hits_url_idx ON public.page_hits (url);

-- create index public.page_hits_id_hit_at_uidx
-- hazards: blocks-writes, long-scan, data-dependent
CREATE UNIQUE INDEX page_hits_id_hit_at_uidx ON public.page_hits (id, hit_at);

COMMIT;
