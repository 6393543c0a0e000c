-- schemac forward plan: 3 steps
-- hazards: blocks-writes, long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.vocabulary_words_key_idx
DROP INDEX public.vocabulary_words_key_idx;

-- replace function public.word_key(text)
CREATE OR REPLACE FUNCTION public.word_key(word text)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE STRICT
AS $function$ SELECT lower(replace(word, '-', '')) $function$;

-- create index public.vocabulary_words_key_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX vocabulary_words_key_idx ON public.vocabulary_words ((word_key(word)));

COMMIT;
