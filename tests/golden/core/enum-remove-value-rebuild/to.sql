-- case: removing an unused enum label forces a type rebuild (create new type, convert the column via text, recreate the default and the partial index whose predicate references the type, drop the old type) while rows with the remaining labels survive.
CREATE TYPE doc_status AS ENUM ('draft', 'active', 'archived');

CREATE TABLE docs (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    status doc_status NOT NULL DEFAULT 'draft'
);
CREATE INDEX docs_active_idx ON docs (title) WHERE status = 'active';
CREATE INDEX docs_status_idx ON docs (status);
