CREATE TABLE sessions (
    id bigint PRIMARY KEY,
    user_id integer NOT NULL,
    expires_at timestamptz NOT NULL
);

ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;

CREATE POLICY sessions_own ON sessions
    TO app_writer
    USING (user_id = current_setting('app.user_id', true)::integer)
    WITH CHECK (user_id = current_setting('app.user_id', true)::integer);

COMMENT ON POLICY sessions_own ON sessions IS 'Users see and write their own sessions';
