-- case: NOT NULL on a domain is set and dropped with ALTER DOMAIN ... SET / DROP NOT NULL; setting it checks the columns of that domain (which have no NULLs).
CREATE DOMAIN non_empty_text AS text
    NOT NULL
    CHECK (VALUE <> '');

CREATE DOMAIN optional_note AS text;

CREATE TABLE vocabulary_words (
    id bigint PRIMARY KEY,
    word non_empty_text,
    note optional_note
);
