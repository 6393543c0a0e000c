-- schemac forward plan: 5 steps
-- hazards: blocks-writes, long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create index public.documents_meta_gin
-- hazards: blocks-writes, long-scan
CREATE INDEX documents_meta_gin ON public.documents USING gin (meta);

-- create index public.documents_meta_path_gin
-- hazards: blocks-writes, long-scan
CREATE INDEX documents_meta_path_gin ON public.documents USING gin (meta jsonb_path_ops);

-- create index public.documents_labels_gin
-- hazards: blocks-writes, long-scan
CREATE INDEX documents_labels_gin ON public.documents USING gin (labels);

-- create index public.documents_fts_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX documents_fts_idx ON public.documents USING gin ((to_tsvector('english', body)));

-- create index public.documents_fts_title_body_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX documents_fts_title_body_idx ON public.documents USING gin ((to_tsvector('english'::regconfig, (COALESCE(title, '') || ' ') || body)));

COMMIT;
