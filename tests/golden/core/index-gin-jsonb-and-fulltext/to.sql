-- case: creating GIN indexes on a jsonb column (default and jsonb_path_ops opclass), on a text[] column and on a full-text expression to_tsvector('english', ...).
CREATE TABLE documents (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    body text NOT NULL,
    meta jsonb NOT NULL DEFAULT '{}'::jsonb,
    labels text[]
);

CREATE INDEX documents_meta_gin ON documents USING gin (meta);
CREATE INDEX documents_meta_path_gin ON documents USING gin (meta jsonb_path_ops);
CREATE INDEX documents_labels_gin ON documents USING GIN (labels);
CREATE INDEX documents_fts_idx ON documents USING gin (to_tsvector('english', body));
CREATE INDEX documents_fts_title_body_idx ON documents USING gin (to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || body));
