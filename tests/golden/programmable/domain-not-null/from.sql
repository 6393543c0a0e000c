CREATE DOMAIN non_empty_text AS text
    CHECK (VALUE <> '');

CREATE DOMAIN optional_note AS text NOT NULL;

CREATE TABLE vocabulary_words (
    id bigint PRIMARY KEY,
    word non_empty_text,
    note optional_note
);
