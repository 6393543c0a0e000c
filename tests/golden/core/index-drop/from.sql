CREATE TABLE logs (
    id bigint PRIMARY KEY,
    level text NOT NULL,
    logged_at timestamptz NOT NULL,
    message text
);
CREATE INDEX logs_level_idx ON logs (level);
CREATE INDEX ON logs (logged_at DESC);
CREATE UNIQUE INDEX logs_message_uidx ON logs (md5(message)) WHERE message IS NOT NULL;
COMMENT ON INDEX logs_level_idx IS 'used by the dashboard';
