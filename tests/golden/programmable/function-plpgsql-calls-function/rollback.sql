-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop function analytics.nps_category(smallint)
DROP FUNCTION analytics.nps_category(smallint);

-- drop function analytics.nps_score()
DROP FUNCTION analytics.nps_score();

COMMIT;
