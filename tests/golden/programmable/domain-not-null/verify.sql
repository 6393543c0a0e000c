DO $$
BEGIN
    ASSERT (SELECT count(*) FROM vocabulary_words) = 2, 'rows lost';
    ASSERT (SELECT typnotnull FROM pg_type WHERE typname = 'non_empty_text'), 'NOT NULL not set';
    ASSERT NOT (SELECT typnotnull FROM pg_type WHERE typname = 'optional_note'), 'NOT NULL not dropped';
    INSERT INTO vocabulary_words VALUES (3, 'kind', NULL);
    DELETE FROM vocabulary_words WHERE id = 3;
END $$;
