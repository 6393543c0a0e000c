-- schemac forward plan: 2 steps
-- hazards: blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint stores_country_region_code_fkey on public.stores
ALTER TABLE public.stores DROP CONSTRAINT stores_country_region_code_fkey;

-- add constraint stores_country_region_code_fkey on public.stores
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public.stores ADD CONSTRAINT stores_country_region_code_fkey FOREIGN KEY (country, region_code) REFERENCES public.regions (country, region_code) MATCH FULL;

COMMIT;
