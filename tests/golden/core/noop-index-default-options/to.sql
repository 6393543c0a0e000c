-- case: index defaults spelled out (USING btree, ASC, NULLS LAST for ASC, NULLS FIRST for DESC, default opclass, NULLS DISTINCT) are an empty diff, while ASC NULLS FIRST stays a real option.
CREATE TABLE events (
    id bigint PRIMARY KEY,
    at timestamptz NOT NULL,
    kind text,
    score int
);
CREATE INDEX events_at_idx ON events USING btree (at ASC NULLS LAST);
CREATE INDEX events_kind_at_idx ON events USING btree (kind text_ops ASC, at DESC NULLS FIRST);
CREATE INDEX events_score_idx ON events USING btree (score ASC NULLS FIRST);
CREATE UNIQUE INDEX events_kind_uidx ON events USING btree (kind) NULLS DISTINCT WHERE (kind IS NOT NULL);
