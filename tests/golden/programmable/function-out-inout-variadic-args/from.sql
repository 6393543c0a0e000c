CREATE TABLE chat_sessions (
    id bigint PRIMARY KEY,
    started_at timestamptz NOT NULL,
    ended_at timestamptz
);
