-- schemac forward plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rebuild type public.geo_point (attribute retyped)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
-- note: fails if rows hold values the new type cannot read
ALTER TYPE public.geo_point RENAME TO geo_point_schemac_old;
CREATE TYPE public.geo_point AS (lat double precision, lon double precision);
ALTER TABLE public.schools ALTER COLUMN location TYPE public.geo_point USING location::text::public.geo_point;
DROP TYPE public.geo_point_schemac_old;

COMMIT;
