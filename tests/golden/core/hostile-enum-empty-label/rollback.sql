-- schemac rollback plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rebuild type public.answer (labels removed or reordered)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
-- note: fails if rows hold values the new type cannot read
ALTER TYPE public.answer RENAME TO answer_schemac_old;
CREATE TYPE public.answer AS ENUM ('yes', 'no');
ALTER TABLE public.replies ALTER COLUMN a TYPE public.answer USING a::text::public.answer;
DROP TYPE public.answer_schemac_old;

COMMIT;
