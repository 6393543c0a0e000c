-- schemac rollback plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rebuild type public.resolution (labels removed or reordered)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
-- note: fails if rows hold values the new type cannot read
ALTER TYPE public.resolution RENAME TO resolution_schemac_old;
CREATE TYPE public.resolution AS ENUM ('it''s fine', 'won''t fix', 'a "quoted" label', E'back\\slash');
ALTER TABLE public.bugs ALTER COLUMN res DROP DEFAULT;
ALTER TABLE public.bugs ALTER COLUMN res TYPE public.resolution USING res::text::public.resolution;
ALTER TABLE public.bugs ALTER COLUMN res SET DEFAULT 'won''t fix';
DROP TYPE public.resolution_schemac_old;

COMMIT;
