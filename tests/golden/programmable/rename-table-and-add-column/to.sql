-- case: a rename combined with other changes on the same table: the table is renamed first (ALTER TABLE ... RENAME, data kept), then a column is added, a column renamed and an index added on the new name.
CREATE SCHEMA calendar;

-- schemac:renamed-from gifts
CREATE TABLE calendar.surprises (
    id bigint CONSTRAINT gifts_pkey PRIMARY KEY,
    calendar_id bigint NOT NULL,
    -- schemac:renamed-from title
    headline text NOT NULL,
    revealed_at timestamptz
);

CREATE INDEX gifts_calendar_id_idx ON calendar.surprises (calendar_id);
CREATE INDEX surprises_revealed_at_idx ON calendar.surprises (revealed_at) WHERE revealed_at IS NOT NULL;
