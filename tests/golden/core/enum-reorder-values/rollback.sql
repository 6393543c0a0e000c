-- schemac rollback plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rebuild type public.tshirt (labels removed or reordered)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
-- note: fails if rows hold values the new type cannot read
ALTER TYPE public.tshirt RENAME TO tshirt_schemac_old;
CREATE TYPE public.tshirt AS ENUM ('large', 'small', 'medium');
ALTER TABLE public.stock ALTER COLUMN size TYPE public.tshirt USING size::text::public.tshirt;
DROP TYPE public.tshirt_schemac_old;

COMMIT;
