CREATE TABLE vocabulary_words (
    id bigint PRIMARY KEY,
    word text NOT NULL,
    definition text NOT NULL,
    legacy_level text,
    difficulty smallint NOT NULL DEFAULT 1
);

CREATE VIEW vocabulary_catalog AS
    SELECT id, word, difficulty, legacy_level
    FROM vocabulary_words;
