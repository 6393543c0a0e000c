-- schemac rollback plan: 1 step
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rebuild type public.severity (labels removed or reordered)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
-- note: fails if rows hold values the new type cannot read
ALTER TYPE public.severity RENAME TO severity_schemac_old;
CREATE TYPE public.severity AS ENUM ('low', 'high');
ALTER TABLE public.incidents ALTER COLUMN sev TYPE public.severity USING sev::text::public.severity;
DROP TYPE public.severity_schemac_old;

COMMIT;
