CREATE TYPE doc_status AS ENUM ('draft', 'active', 'deprecated', 'archived');

CREATE TABLE docs (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    status doc_status NOT NULL DEFAULT 'draft'
);
CREATE INDEX docs_active_idx ON docs (title) WHERE status = 'active';
CREATE INDEX docs_status_idx ON docs (status);
