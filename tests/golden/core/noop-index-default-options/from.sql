CREATE TABLE events (
    id bigint PRIMARY KEY,
    at timestamptz NOT NULL,
    kind text,
    score int
);
CREATE INDEX events_at_idx ON events (at);
CREATE INDEX events_kind_at_idx ON events (kind, at DESC);
CREATE INDEX events_score_idx ON events (score NULLS FIRST);
CREATE UNIQUE INDEX events_kind_uidx ON events (kind) WHERE kind IS NOT NULL;
