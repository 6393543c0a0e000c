-- case: PARALLEL, COST and ROWS of a set-returning function are changed with ALTER FUNCTION (no recreate).
CREATE TABLE vocabulary_words (
    id bigint PRIMARY KEY,
    word text NOT NULL,
    difficulty smallint NOT NULL
);

CREATE FUNCTION words_at_level(level smallint) RETURNS SETOF vocabulary_words
    LANGUAGE sql
    STABLE
    PARALLEL SAFE
    COST 25
    ROWS 200
    AS $$ SELECT * FROM vocabulary_words WHERE difficulty = level $$;
