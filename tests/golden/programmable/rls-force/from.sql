CREATE TABLE chat_sessions (
    id bigint PRIMARY KEY,
    child_id uuid NOT NULL,
    started_at timestamptz NOT NULL
);

ALTER TABLE chat_sessions ENABLE ROW LEVEL SECURITY;

CREATE POLICY chat_sessions_child ON chat_sessions
    USING (child_id = current_setting('app.child_id', true)::uuid);
