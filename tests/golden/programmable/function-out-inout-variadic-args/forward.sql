-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.session_stats(timestamp with time zone)
CREATE FUNCTION public.session_stats(p_since timestamp with time zone, OUT sessions bigint, OUT open_sessions bigint, OUT avg_minutes numeric)
  RETURNS record
  LANGUAGE sql
  STABLE
AS $function$
        SELECT count(*),
               count(*) FILTER (WHERE ended_at IS NULL),
               round(avg(extract(epoch FROM ended_at - started_at) / 60), 1)
        FROM chat_sessions
        WHERE started_at >= p_since
    $function$;

-- create function public.bump(integer, integer)
CREATE FUNCTION public.bump(INOUT counter integer, step integer DEFAULT 1)
  RETURNS integer
  LANGUAGE plpgsql
  IMMUTABLE
AS $function$
BEGIN
    counter := counter + step;
END;
$function$;

-- create function public.first_present(text[])
CREATE FUNCTION public.first_present(VARIADIC candidates text[])
  RETURNS text
  LANGUAGE sql
  IMMUTABLE
AS $function$ SELECT c FROM unnest(candidates) AS c WHERE c IS NOT NULL AND c <> '' LIMIT 1 $function$;

COMMIT;
