-- case: when the body of an IMMUTABLE function used by an expression index changes, CREATE OR REPLACE FUNCTION alone would leave index entries computed by the old body, so the index must be rebuilt (REINDEX or drop + create); lookups through the index then find rows by the new key.
CREATE TABLE vocabulary_words (
    id bigint PRIMARY KEY,
    word text NOT NULL
);

CREATE FUNCTION word_key(word text) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    STRICT
    AS $$ SELECT lower(replace(word, '-', '')) $$;

CREATE INDEX vocabulary_words_key_idx ON vocabulary_words (word_key(word));
