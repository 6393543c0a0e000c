-- schemac rollback plan: 2 steps
-- hazards: rewrites-table, access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rebuild type public.mood (labels removed or reordered)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
-- note: fails if rows hold values the new type cannot read
ALTER TYPE public.mood RENAME TO mood_schemac_old;
CREATE TYPE public.mood AS ENUM ('ok', 'bad');
ALTER TABLE public.check_ins ALTER COLUMN feeling TYPE public.mood USING feeling::text::public.mood;
DROP TYPE public.mood_schemac_old;

-- alter column public.check_ins.feeling (set not null)
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.check_ins ALTER COLUMN feeling SET NOT NULL;

COMMIT;
