-- case: function attributes written out at their defaults (VOLATILE, CALLED ON NULL INPUT, SECURITY INVOKER / EXTERNAL SECURITY INVOKER, NOT LEAKPROOF, PARALLEL UNSAFE, COST 100, ROWS 1000 for set-returning functions) and RETURNS NULL ON NULL INPUT for STRICT are an empty diff, for functions and procedures.
CREATE TABLE vocabulary_words (
    id bigint PRIMARY KEY,
    word text NOT NULL
);

CREATE FUNCTION random_word() RETURNS text
    LANGUAGE sql
    VOLATILE
    CALLED ON NULL INPUT
    SECURITY INVOKER
    NOT LEAKPROOF
    PARALLEL UNSAFE
    COST 100
    AS $$ SELECT word FROM vocabulary_words ORDER BY random() LIMIT 1 $$;

CREATE FUNCTION words_like(pattern text) RETURNS SETOF vocabulary_words
    LANGUAGE sql
    STABLE
    EXTERNAL SECURITY INVOKER
    COST 100
    ROWS 1000
    AS $$ SELECT * FROM vocabulary_words WHERE word LIKE pattern $$;

CREATE FUNCTION word_length(w text) RETURNS integer
    LANGUAGE sql
    IMMUTABLE
    RETURNS NULL ON NULL INPUT
    PARALLEL UNSAFE
    AS $$ SELECT char_length(w) $$;

CREATE PROCEDURE add_word(IN p_id bigint, IN p_word text)
    LANGUAGE sql
    SECURITY INVOKER
    AS $$ INSERT INTO vocabulary_words VALUES (p_id, p_word) $$;
