-- schemac forward plan: 4 steps
-- hazards: access-exclusive-lock, blocks-writes, long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename table calendar.gifts to table calendar.surprises
ALTER TABLE calendar.gifts RENAME TO surprises;

-- rename column calendar.surprises.title to column calendar.surprises.headline
ALTER TABLE calendar.surprises RENAME COLUMN title TO headline;

-- add column calendar.surprises.revealed_at
-- hazards: access-exclusive-lock
ALTER TABLE calendar.surprises ADD COLUMN revealed_at timestamp with time zone;

-- create index calendar.surprises_revealed_at_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX surprises_revealed_at_idx ON calendar.surprises (revealed_at) WHERE (revealed_at IS NOT NULL);

COMMIT;
