-- schemac forward plan: 3 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.vocabulary_catalog
DROP VIEW public.vocabulary_catalog;

-- drop column public.vocabulary_words.legacy_level
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.vocabulary_words DROP COLUMN legacy_level;

-- create view public.vocabulary_catalog
CREATE VIEW public.vocabulary_catalog (id, word, difficulty) AS
SELECT vocabulary_words.id, vocabulary_words.word, vocabulary_words.difficulty FROM vocabulary_words;

COMMIT;
