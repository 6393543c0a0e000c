CREATE TABLE vocabulary_words (
    id bigint PRIMARY KEY,
    word text NOT NULL
);

CREATE FUNCTION random_word() RETURNS text
    LANGUAGE sql
    AS $$ SELECT word FROM vocabulary_words ORDER BY random() LIMIT 1 $$;

CREATE FUNCTION words_like(pattern text) RETURNS SETOF vocabulary_words
    LANGUAGE sql
    STABLE
    AS $$ SELECT * FROM vocabulary_words WHERE word LIKE pattern $$;

CREATE FUNCTION word_length(w text) RETURNS integer
    LANGUAGE sql
    IMMUTABLE
    STRICT
    AS $$ SELECT char_length(w) $$;

CREATE PROCEDURE add_word(p_id bigint, p_word text)
    LANGUAGE sql
    AS $$ INSERT INTO vocabulary_words VALUES (p_id, p_word) $$;
