-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create function public.keep_opened_at()
CREATE FUNCTION public.keep_opened_at()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
DECLARE
    probe days;
    r record;
BEGIN
    probe := NEW;
    probe.opened_at := OLD.opened_at;
    SELECT 1 AS n INTO r;
    r.n := 2;
    IF probe IS DISTINCT FROM NEW THEN
        NEW.note = 'changed';
    END IF;
    RETURN NEW;
END;
$function$;

-- create function public.purge()
CREATE FUNCTION public.purge()
  RETURNS TABLE(purged integer)
  LANGUAGE plpgsql
AS $function$
BEGIN
    DELETE FROM archive WHERE true;
    GET DIAGNOSTICS purged = ROW_COUNT;
    RETURN NEXT;
END;
$function$;

-- create table public.archive
CREATE TABLE public.archive (
    id bigint NOT NULL,
    CONSTRAINT archive_pkey PRIMARY KEY (id)
);

COMMIT;
