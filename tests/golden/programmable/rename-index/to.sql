-- case: an index renamed by annotation is ALTER INDEX ... RENAME TO, not drop + create (no rebuild); its comment is kept.
CREATE TABLE chat_messages (
    id bigint PRIMARY KEY,
    session_id bigint NOT NULL,
    sent_at timestamptz NOT NULL
);

-- schemac:renamed-from idx_msgs_session
CREATE INDEX chat_messages_session_sent_at_idx ON chat_messages (session_id, sent_at DESC);
COMMENT ON INDEX chat_messages_session_sent_at_idx IS 'Timeline lookups';
