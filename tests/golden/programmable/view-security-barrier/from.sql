CREATE TABLE memory_fragments (
    id bigint PRIMARY KEY,
    child_id uuid NOT NULL,
    body text NOT NULL,
    is_private boolean NOT NULL DEFAULT true
);

CREATE VIEW shared_fragments AS
    SELECT id, child_id, body FROM memory_fragments WHERE NOT is_private;
