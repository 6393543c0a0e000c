-- schemac forward plan: 2 steps
-- hazards: access-exclusive-lock, blocks-writes, long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add column public."notes\nDROP TABLE victims; --"."body\nDROP TABLE victims; --"
-- hazards: access-exclusive-lock
ALTER TABLE public."notes
DROP TABLE victims; --" ADD COLUMN "body
DROP TABLE victims; --" text;

-- create index public."by body\nDROP TABLE victims; --"
-- hazards: blocks-writes, long-scan
CREATE INDEX "by body
DROP TABLE victims; --" ON public."notes
DROP TABLE victims; --" ("body
DROP TABLE victims; --");

COMMIT;
