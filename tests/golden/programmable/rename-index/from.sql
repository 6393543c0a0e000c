CREATE TABLE chat_messages (
    id bigint PRIMARY KEY,
    session_id bigint NOT NULL,
    sent_at timestamptz NOT NULL
);

CREATE INDEX idx_msgs_session ON chat_messages (session_id, sent_at DESC);
COMMENT ON INDEX idx_msgs_session IS 'Timeline lookups';
