-- case: dropping a table column that a view reads is refused by PostgreSQL, so the view (which no longer selects it) is dropped first, the column dropped, and the view recreated; the other data is kept.
CREATE TABLE vocabulary_words (
    id bigint PRIMARY KEY,
    word text NOT NULL,
    definition text NOT NULL,
    difficulty smallint NOT NULL DEFAULT 1
);

CREATE VIEW vocabulary_catalog AS
    SELECT id, word, difficulty
    FROM vocabulary_words;
