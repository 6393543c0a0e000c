-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create table public.engagement
CREATE TABLE public.engagement (
    id bigint NOT NULL,
    score integer DEFAULT 0 NOT NULL,
    CONSTRAINT engagement_pkey PRIMARY KEY (id)
);

-- create function public.bump(public.engagement)
CREATE FUNCTION public.bump(e public.engagement)
  RETURNS public.engagement
  LANGUAGE sql
AS $function$ SELECT e.id, e.score + 1 $function$;

-- create function public.latest()
CREATE FUNCTION public.latest()
  RETURNS SETOF public.engagement
  LANGUAGE sql
  STABLE
AS $function$ SELECT * FROM engagement ORDER BY id DESC LIMIT 1 $function$;

COMMIT;
