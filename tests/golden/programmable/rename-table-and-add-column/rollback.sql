-- schemac rollback plan: 4 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename table calendar.surprises to table calendar.gifts
ALTER TABLE calendar.surprises RENAME TO gifts;

-- rename column calendar.gifts.headline to column calendar.gifts.title
ALTER TABLE calendar.gifts RENAME COLUMN headline TO title;

-- drop index calendar.surprises_revealed_at_idx
DROP INDEX calendar.surprises_revealed_at_idx;

-- drop column calendar.gifts.revealed_at
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE calendar.gifts DROP COLUMN revealed_at;

COMMIT;
