-- case: switching an UNLOGGED table to LOGGED (ALTER TABLE ... SET LOGGED) keeps rows and indexes.
CREATE TABLE cache_entries (
    key text PRIMARY KEY,
    value jsonb,
    expires_at timestamptz
);
CREATE INDEX cache_entries_expires_idx ON cache_entries (expires_at);
