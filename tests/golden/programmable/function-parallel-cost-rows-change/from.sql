CREATE TABLE vocabulary_words (
    id bigint PRIMARY KEY,
    word text NOT NULL,
    difficulty smallint NOT NULL
);

CREATE FUNCTION words_at_level(level smallint) RETURNS SETOF vocabulary_words
    LANGUAGE sql
    STABLE
    AS $$ SELECT * FROM vocabulary_words WHERE difficulty = level $$;
