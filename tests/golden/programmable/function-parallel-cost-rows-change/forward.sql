-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- replace function public.words_at_level(smallint)
CREATE OR REPLACE FUNCTION public.words_at_level(level smallint)
  RETURNS SETOF public.vocabulary_words
  LANGUAGE sql
  STABLE PARALLEL SAFE COST 25 ROWS 200
AS $function$ SELECT * FROM vocabulary_words WHERE difficulty = level $function$;

COMMIT;
