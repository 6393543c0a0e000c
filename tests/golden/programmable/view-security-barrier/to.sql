-- case: adding security_barrier to an existing view (and a second view created with it) sets the reloption without recreating the view.
CREATE TABLE memory_fragments (
    id bigint PRIMARY KEY,
    child_id uuid NOT NULL,
    body text NOT NULL,
    is_private boolean NOT NULL DEFAULT true
);

CREATE VIEW shared_fragments WITH (security_barrier) AS
    SELECT id, child_id, body FROM memory_fragments WHERE NOT is_private;

CREATE VIEW recent_shared_fragments WITH (security_barrier = true, security_invoker = true) AS
    SELECT id, child_id, body FROM memory_fragments WHERE NOT is_private AND id > 1000;
