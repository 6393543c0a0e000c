CREATE TABLE sessions (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    expires_at timestamptz NOT NULL
);
