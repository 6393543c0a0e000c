-- schemac rollback plan: 2 steps
-- hazards: access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add column public.vocabulary_words.legacy_level
-- hazards: access-exclusive-lock
-- note: the forward migration deleted this column's data; recreating it does not bring the data back
ALTER TABLE public.vocabulary_words ADD COLUMN legacy_level text;

-- replace view public.vocabulary_catalog
CREATE OR REPLACE VIEW public.vocabulary_catalog (id, word, difficulty, legacy_level) AS
SELECT vocabulary_words.id, vocabulary_words.word, vocabulary_words.difficulty, vocabulary_words.legacy_level FROM vocabulary_words;

COMMIT;
