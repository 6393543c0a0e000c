-- case: PostgreSQL refuses to retype a column used in a policy, so the policy is dropped, the column altered (integer to bigint), and the policy (with its comment) recreated; rows are kept.
CREATE TABLE sessions (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    expires_at timestamptz NOT NULL
);

ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;

CREATE POLICY sessions_own ON sessions
    TO app_writer
    USING (user_id = current_setting('app.user_id', true)::bigint)
    WITH CHECK (user_id = current_setting('app.user_id', true)::bigint);

COMMENT ON POLICY sessions_own ON sessions IS 'Users see and write their own sessions';
