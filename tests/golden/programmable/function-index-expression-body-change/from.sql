CREATE TABLE vocabulary_words (
    id bigint PRIMARY KEY,
    word text NOT NULL
);

CREATE FUNCTION word_key(word text) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    STRICT
    AS $$ SELECT lower(word) $$;

CREATE INDEX vocabulary_words_key_idx ON vocabulary_words (word_key(word));
