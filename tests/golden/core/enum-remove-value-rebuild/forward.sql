-- schemac forward plan: 3 steps
-- hazards: rewrites-table, access-exclusive-lock, blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.docs_active_idx
DROP INDEX public.docs_active_idx;

-- rebuild type public.doc_status (labels removed or reordered)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
-- note: fails if rows hold values the new type cannot read
ALTER TYPE public.doc_status RENAME TO doc_status_schemac_old;
CREATE TYPE public.doc_status AS ENUM ('draft', 'active', 'archived');
ALTER TABLE public.docs ALTER COLUMN status DROP DEFAULT;
ALTER TABLE public.docs ALTER COLUMN status TYPE public.doc_status USING status::text::public.doc_status;
ALTER TABLE public.docs ALTER COLUMN status SET DEFAULT 'draft';
DROP TYPE public.doc_status_schemac_old;

-- create index public.docs_active_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX docs_active_idx ON public.docs (title) WHERE (status = 'active');

COMMIT;
