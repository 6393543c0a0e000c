-- case: enabling row level security and adding owner policies on a table with rows is ALTER TABLE ... ENABLE ROW LEVEL SECURITY plus CREATE POLICY; the rows are untouched.
CREATE TABLE memory_fragments (
    id bigint PRIMARY KEY,
    owner_id uuid NOT NULL,
    body text NOT NULL
);

GRANT SELECT, INSERT, UPDATE, DELETE ON memory_fragments TO app_writer;

ALTER TABLE memory_fragments ENABLE ROW LEVEL SECURITY;

CREATE POLICY memory_fragments_owner_select ON memory_fragments
    FOR SELECT
    TO app_writer
    USING (owner_id = current_setting('app.user_id', true)::uuid);

CREATE POLICY memory_fragments_owner_write ON memory_fragments
    FOR INSERT
    TO app_writer
    WITH CHECK (owner_id = current_setting('app.user_id', true)::uuid);
