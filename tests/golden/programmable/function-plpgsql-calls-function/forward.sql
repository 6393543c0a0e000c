-- schemac forward plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function analytics.nps_score()
CREATE FUNCTION analytics.nps_score()
  RETURNS integer
  LANGUAGE plpgsql
  STABLE
  SET search_path TO ''
AS $function$
DECLARE
    promoters bigint;
    detractors bigint;
    total bigint;
BEGIN
    SELECT count(*) FILTER (WHERE analytics.nps_category(score) = 'promoter'),
           count(*) FILTER (WHERE analytics.nps_category(score) = 'detractor'),
           count(*)
      INTO promoters, detractors, total
      FROM analytics.nps_responses;
    IF total = 0 THEN
        RETURN NULL;
    END IF;
    RETURN round(100.0 * (promoters - detractors) / total);
END;
$function$;

-- create function analytics.nps_category(smallint)
CREATE FUNCTION analytics.nps_category(score smallint)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE
AS $function$ SELECT CASE WHEN score >= 9 THEN 'promoter' WHEN score >= 7 THEN 'passive' ELSE 'detractor' END $function$;

COMMIT;
