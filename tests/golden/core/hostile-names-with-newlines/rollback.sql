-- schemac rollback plan: 2 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public."by body\nDROP TABLE victims; --"
DROP INDEX public."by body
DROP TABLE victims; --";

-- drop column public."notes\nDROP TABLE victims; --"."body\nDROP TABLE victims; --"
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public."notes
DROP TABLE victims; --" DROP COLUMN "body
DROP TABLE victims; --";

COMMIT;
